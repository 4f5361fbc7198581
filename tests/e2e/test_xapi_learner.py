"""xAPI (TinCan) packages in Chromium against a loopback LRS (tests/e2e/lrs.py): a learner
goes through the sample course by role and name; the statements, the State API bookmark and
the statement queue (LRS failing, going away, refusing) are checked."""

from __future__ import annotations

import re
import time
import uuid
from datetime import datetime

import pytest

from authoring.export.activities import course_iri, lesson_iri, page_iri, question_iri

from .lrs import (
    XAPI_ACTOR, Learner, agent_key, expected_percent, sample_course, sample_package,
    verb, xapi_launch_url,
)
from .xapi_validate import validate_statements

pytestmark = pytest.mark.e2e

LMS_ACTIVITY = "https://lms.example.com/courses/fire-safety"
ISO_DURATION = re.compile(r"^P(?:\d+D)?T(?:\d+H)?(?:\d+M)?\d+(?:\.\d+)?S$")


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return sample_package(tmp_path_factory, "xapi")


@pytest.fixture(scope="module")
def course(package):
    return sample_course(package[1])


def _count(statements: list[dict], name: str) -> int:
    return sum(1 for s in statements if verb(s) == name)


def _objects(statements: list[dict], name: str) -> list[str]:
    return [s["object"]["id"] for s in statements if verb(s) == name]


def _assert_whole_run(statements: list[dict], course, registration: str | None, course_id: str) -> None:
    """Every page experienced and every question answered exactly once; the course-level
    verbs once each, initialized first and terminated last."""
    verbs = [verb(s) for s in statements]
    assert verbs[0] == "initialized" and verbs[-1] == "terminated", verbs
    assert sorted(_objects(statements, "experienced")) == sorted(
        page_iri(course.id, p.id) for p in course.pages)
    assert sorted(_objects(statements, "answered")) == sorted(
        question_iri(course.id, q.id) for p in course.pages for q in p.questions)
    for name in ("initialized", "completed", "terminated"):
        assert _count(statements, name) == 1, (name, verbs)
    assert _count(statements, "passed") + _count(statements, "failed") == 1, verbs
    for s in statements:
        assert (s["context"].get("registration") == registration) if registration else (
            "registration" not in s["context"]), s
    for name in ("initialized", "completed", "passed", "failed", "terminated", "suspended"):
        assert all(s["object"]["id"] == course_id for s in statements if verb(s) == name)


# ----------------------------------------------------------------- a learner run


def test_a_learner_run_sends_valid_statements_in_order(lrs, site, course, tabs):
    registration = str(uuid.uuid4())
    tab = tabs(xapi_launch_url(site, lrs, registration=registration, activity_id=LMS_ACTIVITY))
    learner = Learner(tab.page, course)
    wrong = {course.pages[3].questions[0].id}  # one two-point matching question wrong
    learner.do_pages(wrong=wrong)
    shown = learner.results_percent()
    assert shown == expected_percent(course, wrong) == 88
    lrs.wait_for_verb("passed", registration)
    tab.leave()
    lrs.wait_for_verb("terminated", registration)

    statements = lrs.statements(registration)
    assert validate_statements(statements) == []
    _assert_whole_run(statements, course, registration, LMS_ACTIVITY)
    verbs = [verb(s) for s in statements]
    assert "suspended" not in verbs and "failed" not in verbs, "completed before leaving"
    assert verbs.index("completed") < verbs.index("passed") < verbs.index("terminated")

    # ids, timestamps, actor, version header and auth (the LRS checks the last two)
    assert len({s["id"] for s in statements}) == len(statements)
    assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", s["id"])
               for s in statements)
    times = [datetime.fromisoformat(s["timestamp"].replace("Z", "+00:00")) for s in statements]
    assert all(s["timestamp"].endswith("Z") for s in statements) and times == sorted(times)
    assert all(agent_key(s["actor"]) == agent_key(XAPI_ACTOR) for s in statements)
    assert lrs.problems == []
    assert all(r["headers"].get("X-Experience-API-Version") == "1.0.3"
               for r in lrs.requests() if r["method"] != "OPTIONS")

    # the result: the shown percentage is the tracked score
    [passed] = lrs.statements(registration, "passed")
    assert abs(passed["result"]["score"]["scaled"] * 100 - shown) < 0.5
    assert passed["result"]["success"] is True and ISO_DURATION.match(passed["result"]["duration"])
    [completed] = lrs.statements(registration, "completed")
    assert completed["result"]["completion"] is True
    assert ISO_DURATION.match(lrs.statements(registration, "terminated")[0]["result"]["duration"])

    # pages and questions: parent / grouping, response, success, score
    first_page = course.pages[0]
    experienced = next(s for s in statements if verb(s) == "experienced")
    assert experienced["object"]["id"] == page_iri(course.id, first_page.id)
    assert experienced["object"]["definition"]["name"] == {"en": first_page.title}
    assert experienced["context"]["contextActivities"]["parent"][0]["id"] == lesson_iri(
        course.id, course.lessons[0].id)
    assert experienced["context"]["contextActivities"]["grouping"][0]["id"] == LMS_ACTIVITY
    answers = {s["object"]["id"]: s for s in statements if verb(s) == "answered"}
    matching = answers[question_iri(course.id, course.pages[3].questions[0].id)]
    assert matching["result"]["success"] is False
    assert matching["result"]["score"] == {"scaled": 0, "raw": 0, "min": 0, "max": 2}
    assert matching["object"]["definition"]["interactionType"] == "matching"
    assert re.fullmatch(r"\w+\[\.\]\w+(\[,\]\w+\[\.\]\w+)+", matching["result"]["response"])
    fill_in = answers[question_iri(course.id, course.pages[1].questions[0].id)]
    assert fill_in["result"]["response"] == course.pages[1].questions[0].answers[0]
    assert fill_in["result"]["success"] is True and fill_in["result"]["score"]["scaled"] == 1
    assert fill_in["context"]["contextActivities"]["parent"][0]["id"] == page_iri(course.id, course.pages[1].id)
    single = answers[question_iri(course.id, course.pages[2].questions[0].id)]
    assert single["object"]["definition"]["correctResponsesPattern"] == [
        next(c.id for c in course.pages[2].questions[0].choices if c.correct)]

    # the bookmark is in the State API for this activity, agent and registration
    bookmark = lrs.get_state(LMS_ACTIVITY, XAPI_ACTOR, registration, "bookmark")
    assert bookmark and bookmark["suspendData"]
    assert tab.errors() == []


def test_a_relaunch_with_the_same_registration_opens_where_the_learner_left(lrs, site, course, tabs):
    registration = str(uuid.uuid4())
    url = xapi_launch_url(site, lrs, registration=registration)
    first = tabs(url)
    Learner(first.page, course).do_pages(0, 5)  # answers pages 0-4, then opens page 5
    Learner(first.page, course).wait_for_page(course.pages[5].title)
    first.leave()
    lrs.wait_for_verb("terminated", registration)
    verbs = [verb(s) for s in lrs.statements(registration)]
    assert verbs[-2:] == ["suspended", "terminated"], verbs
    assert "completed" not in verbs

    second = tabs(url)  # a new browser context: nothing in localStorage, only the LRS
    learner = Learner(second.page, course)
    learner.wait_for_page(course.pages[5].title)
    second.page.get_by_role("button", name="Previous", exact=True).click()
    learner.wait_for_page(course.pages[4].title)
    question = course.pages[4].questions[0]
    group = learner.main().get_by_role("group", name=question.prompt)
    assert group.is_disabled() or learner.main().get_by_role("status").first.inner_text() != ""
    lrs.wait_for_verb("initialized", registration, count=2)
    lrs.wait_for_verb("resumed", registration)
    # the learner finishes in the second session
    learner.next()
    learner.do_pages(5)
    learner.results_percent()
    second.leave()
    lrs.wait_for_verb("terminated", registration, count=2)
    statements = lrs.statements(registration)
    assert validate_statements(statements) == []
    assert _count(statements, "completed") == 1 and _count(statements, "passed") == 1
    assert first.errors() == [] and second.errors() == [] and lrs.problems == []


def test_launch_parameters_are_optional(lrs, site, course, tabs):
    tab = tabs(xapi_launch_url(site, lrs))  # no registration, no activity_id
    learner = Learner(tab.page, course)
    learner.do_pages(0, 2)
    tab.leave()
    lrs.wait_for_verb("terminated")
    statements = lrs.statements()
    assert validate_statements(statements) == []
    assert all("registration" not in s["context"] for s in statements)
    assert statements[0]["object"]["id"] == course_iri(course.id)  # the tincan.xml id
    assert lrs.get_state(course_iri(course.id), XAPI_ACTOR, None, "bookmark")["suspendData"]
    assert tab.errors() == [] and lrs.problems == []


def test_without_an_endpoint_it_runs_untracked_with_a_local_bookmark(lrs, site, course, tabs):
    tab = tabs(xapi_launch_url(site, None))
    learner = Learner(tab.page, course)
    learner.do_pages(0, 3)
    learner.wait_for_page(course.pages[3].title)
    tab.page.reload()
    learner.wait_for_page(course.pages[3].title)
    assert lrs.requests() == []
    requested = []
    tab.page.on("request", lambda r: requested.append(r.url))
    tab.page.reload()
    learner.wait_for_page(course.pages[3].title)
    assert requested and all(u.startswith(site) for u in requested)
    assert tab.errors() == [] and tab.warnings() == []


# ----------------------------------------------------------------- an LRS that fails


def test_an_lrs_that_fails_with_500_mid_course_loses_no_statement(lrs, site, course, tabs):
    registration = str(uuid.uuid4())
    tab = tabs(xapi_launch_url(site, lrs, registration=registration))
    learner = Learner(tab.page, course)
    learner.do_pages(0, 3)
    lrs.wait_for(lambda l: len(l.statements(registration, "answered")) == 2, what="two answers")
    with lrs.outage("500"):
        learner.do_pages(3, 8)  # the learner goes on, never blocked
        failed = [r for r in lrs.requests("POST", "/xapi/statements") if r["status"] == 500]
        assert failed
        lrs.wait_for(lambda l: len([r for r in l.requests("POST", "/xapi/statements")
                                    if r["status"] == 500]) >= 2, what="a retry")
        posts = [r for r in lrs.requests("POST", "/xapi/statements") if r["status"] == 500]
        assert posts[1]["time"] - posts[0]["time"] < 1.0, "the first retry comes within a second"
        time.sleep(1.5)
    learner.do_pages(8)
    learner.results_percent()
    tab.leave()
    lrs.wait_for_verb("terminated", registration)
    statements = lrs.statements(registration)
    assert validate_statements(statements) == []
    _assert_whole_run(statements, course, registration, course_iri(course.id))
    assert any("kept and sent again" in w for w in tab.warnings())
    assert tab.errors(network=False) == [], "failures show as console.warn, never console.error"
    assert lrs.problems == []


def test_an_lrs_that_goes_away_mid_course_loses_no_statement(lrs, site, course, tabs):
    registration = str(uuid.uuid4())
    tab = tabs(xapi_launch_url(site, lrs, registration=registration))
    learner = Learner(tab.page, course)
    learner.do_pages(0, 2)
    with lrs.outage("gone"):
        learner.do_pages(2, 7)
        time.sleep(1)
    learner.do_pages(7)
    learner.results_percent()
    tab.leave()
    lrs.wait_for_verb("terminated", registration)
    statements = lrs.statements(registration)
    assert validate_statements(statements) == []
    _assert_whole_run(statements, course, registration, course_iri(course.id))
    assert tab.errors(network=False) == [] and lrs.problems == []


def test_queued_statements_survive_a_reload_and_go_out_on_leaving(lrs, site, course, tabs):
    registration = str(uuid.uuid4())
    url = xapi_launch_url(site, lrs, registration=registration)
    tab = tabs(url)
    learner = Learner(tab.page, course)
    learner.do_pages(0, 2)
    with lrs.outage("gone"):
        learner.do_pages(2, 4)  # answers the questions of pages 2 and 3 while the LRS is away
        tab.page.reload()  # their statements wait in localStorage
        learner.wait_for_page(course.pages[4].title)  # resumed from the local copy of the bookmark
        queued = tab.page.evaluate("""() => Object.keys(localStorage)
            .filter(k => k.startsWith('coursesmith:xapi:queue:'))
            .map(k => JSON.parse(localStorage.getItem(k)).length)""")
        assert queued and queued[0] >= 4  # experienced x2, answered x2 at least
    lrs.wait_for(lambda l: len(l.statements(registration, "answered")) == 3, what="the queued answers")
    answered = _objects(lrs.statements(registration), "answered")
    assert sorted(answered) == sorted(question_iri(course.id, p.questions[0].id) for p in course.pages[:4]
                                      if p.questions)
    # with the LRS away again, what is left goes out with keepalive when the learner leaves
    with lrs.outage("500"):
        learner.do_pages(4, 5)
    learner.wait_for_page(course.pages[5].title)
    tab.leave()
    lrs.wait_for_verb("terminated", registration, count=2)
    assert question_iri(course.id, course.pages[4].questions[0].id) in _objects(
        lrs.statements(registration), "answered")
    assert validate_statements(lrs.statements(registration)) == []
    assert tab.errors(network=False) == [] and lrs.problems == []


def test_a_statement_the_lrs_refuses_is_dropped_with_a_warning(lrs, site, course, tabs):
    registration = str(uuid.uuid4())
    refused_page = page_iri(course.id, course.pages[1].id)
    lrs.reject = lambda s: 400 if s["object"]["id"] == refused_page else None
    tab = tabs(xapi_launch_url(site, lrs, registration=registration))
    learner = Learner(tab.page, course)
    learner.do_pages(0, 3)
    lrs.wait_for(lambda l: len(l.statements(registration, "answered")) == 2, what="two answers")
    time.sleep(1)
    statements = lrs.statements(registration)
    assert refused_page not in _objects(statements, "experienced")
    assert page_iri(course.id, course.pages[2].id) in _objects(statements, "experienced")
    attempts = [s for s in lrs.refused if s["object"]["id"] == refused_page]
    assert 1 <= len(attempts) <= 2, "refused once in a batch, once alone; never retried"
    assert any("refused a statement (HTTP 400)" in w for w in tab.warnings())
    assert tab.errors(network=False) == []
