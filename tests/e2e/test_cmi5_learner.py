"""cmi5 packages in Chromium, launched as a cmi5 LMS does (LMS.LaunchData, a "launched"
statement, a one-time fetch URL) against the loopback LRS (tests/e2e/lrs.py)."""

from __future__ import annotations

import json
import re
import time
import urllib.request
import uuid
from datetime import datetime
from urllib.error import HTTPError

import pytest
from lxml import etree

from authoring.export.activities import page_iri, question_iri

from .lrs import (
    CMI5_ACTOR, CMI5_CATEGORY, MASTERY_EXT, MOVEON_CATEGORY, SESSION_EXT, Learner,
    agent_key, cmi5_launch, expected_percent, sample_course, sample_package, verb,
)
from .xapi_validate import validate_statements

pytestmark = pytest.mark.e2e

NS = "{https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd}"
ISO_DURATION = re.compile(r"^P(?:\d+D)?T(?:\d+H)?(?:\d+M)?\d+(?:\.\d+)?S$")
DEFINED = ("initialized", "completed", "passed", "failed", "terminated")


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return sample_package(tmp_path_factory, "cmi5")


@pytest.fixture(scope="module")
def course(package):
    return sample_course(package[1])


@pytest.fixture(scope="module")
def au(package):
    """(AU id, masteryScore) from the package's cmi5.xml, as an LMS imports them."""
    root = etree.parse(str(package[0] / "cmi5.xml")).getroot()
    [unit] = root.iter(NS + "au")
    return unit.get("id"), float(unit.get("masteryScore"))


def launch(lrs, site, au, **options) -> dict:
    """A launch with the LMS's own activity id for the AU (never the cmi5.xml AU id)."""
    options.setdefault("activity_id", f"https://lms.example.com/registrations/au/{uuid.uuid4()}")
    options.setdefault("mastery_score", au[1])
    return cmi5_launch(lrs, site, au_id=au[0], **options)


def au_statements(lrs, run: dict) -> list[dict]:
    """What the AU sent in this launch's session (the LMS's "launched" left out)."""
    return [s for s in lrs.statements(run["registration"])
            if verb(s) != "launched" and s["context"].get("extensions", {}).get(SESSION_EXT) == run["session"]]


def categories(statement: dict) -> set[str]:
    return {a["id"] for a in statement["context"].get("contextActivities", {}).get("category", [])}


def _count(statements: list[dict], name: str) -> int:
    return sum(1 for s in statements if verb(s) == name)


def assert_cmi5_rules(statements: list[dict], run: dict, au_id: str) -> None:
    """The cmi5 rules every AU session keeps, whatever the learner did."""
    verbs = [verb(s) for s in statements]
    assert verbs[0] == "initialized" and verbs[-1] == "terminated", verbs
    times = [datetime.fromisoformat(s["timestamp"].replace("Z", "+00:00")) for s in statements]
    assert times == sorted(times) and len(set(times)) == len(times), "ordered by timestamp"
    assert len({s["id"] for s in statements}) == len(statements)
    for name in DEFINED:
        assert _count(statements, name) <= 1, (name, verbs)
    assert _count(statements, "passed") + _count(statements, "failed") <= 1, verbs
    for s in statements:
        name = verb(s)
        context = s["context"]
        assert context["registration"] == run["registration"]
        assert context["extensions"][SESSION_EXT] == run["session"]
        assert au_id in [a["id"] for a in context["contextActivities"]["grouping"]], "the template's grouping"
        assert agent_key(s["actor"]) == agent_key(run["actor"])
        assert s["timestamp"].endswith("Z")
        result = s.get("result", {})
        if name in DEFINED:
            assert s["object"]["id"] == run["activity_id"] != au_id
            assert CMI5_CATEGORY in categories(s)
            assert (MOVEON_CATEGORY in categories(s)) == (name in ("completed", "passed", "failed"))
        else:
            assert CMI5_CATEGORY not in categories(s) and MOVEON_CATEGORY not in categories(s), s
        assert ("score" in result and "success" in result) == (name in ("passed", "failed")) or name == "answered"
        assert ("completion" in result) == (name == "completed")
        if name in ("completed", "passed", "failed", "terminated"):
            assert ISO_DURATION.match(result["duration"]), s


# ----------------------------------------------------------------- Normal mode


def test_a_learner_passes_and_exits_to_the_return_url(lrs, site, course, au, tabs):
    # the actor in the URL formatted differently from the LMS's LaunchData: matched by identifier
    actor_text = json.dumps({"account": {"name": "learner-1", "homePage": "https://lms.example.com"},
                             "objectType": "Agent", "name": "Test Learner"}, indent=1)
    run = launch(lrs, site, au, actor_text=actor_text)
    tab = tabs(run["url"])
    learner = Learner(tab.page, course)
    wrong = {course.pages[3].questions[0].id}
    learner.do_pages(wrong=wrong)
    shown = learner.results_percent()
    assert shown == expected_percent(course, wrong) == 88
    lrs.wait_for_verb("passed", run["registration"])
    tab.page.get_by_role("button", name="Exit", exact=True).click()  # as a learner leaves
    tab.page.wait_for_url(lrs.return_url)
    statements = au_statements(lrs, run)

    assert validate_statements(lrs.statements(run["registration"])) == []
    assert_cmi5_rules(statements, run, au[0])
    verbs = [verb(s) for s in statements]
    assert [v for v in verbs if v in DEFINED] == ["initialized", "completed", "passed", "terminated"]
    assert verbs.count("experienced") == len(course.pages)
    assert verbs.count("answered") == sum(len(p.questions) for p in course.pages)
    [passed] = lrs.statements(run["registration"], "passed")
    assert abs(passed["result"]["score"]["scaled"] * 100 - shown) < 0.5
    assert passed["result"]["success"] is True
    assert passed["context"]["extensions"][MASTERY_EXT] == au[1] == 0.8
    assert passed["result"]["score"]["scaled"] >= au[1]
    [completed] = lrs.statements(run["registration"], "completed")
    assert completed["result"]["completion"] is True and MASTERY_EXT not in completed["context"]["extensions"]
    experienced = next(s for s in statements if verb(s) == "experienced")
    assert experienced["object"]["id"] == page_iri(course.id, course.pages[0].id)
    answered = next(s for s in statements if verb(s) == "answered")
    assert answered["object"]["id"] == question_iri(course.id, course.pages[1].questions[0].id)

    # the fetch URL was POSTed once; every xAPI request had the version and Basic <token>
    assert lrs.fetch_posts() == 1 and lrs.problems == []
    token = "Basic " + lrs.fetch_tokens[run["fetch"].rsplit("/", 1)[-1]]["token"]
    xapi = [r for r in lrs.requests() if r["path"].startswith("/xapi/") and r["method"] != "OPTIONS"]
    assert xapi and all(r["headers"].get("Authorization") == token for r in xapi)
    assert all(r["headers"].get("X-Experience-API-Version") == "1.0.3" for r in xapi)
    launch_data = [r for r in xapi if r["query"].get("stateId") == "LMS.LaunchData"]
    assert launch_data and launch_data[0]["query"]["registration"] == run["registration"]
    assert agent_key(json.loads(launch_data[0]["query"]["agent"])) == agent_key(CMI5_ACTOR)
    # a second POST to the fetch URL is refused, as cmi5 wants
    with pytest.raises(HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(run["fetch"], method="POST", data=b""))
    assert refused.value.code == 400 and json.loads(refused.value.read())["error-code"] == "1"
    assert tab.errors() == []


def test_the_lms_mastery_score_wins_over_the_package(lrs, site, course, au, tabs):
    run = launch(lrs, site, au, mastery_score=0.5)
    tab = tabs(run["url"])
    learner = Learner(tab.page, course)
    wrong = {course.pages[3].questions[0].id, course.pages[4].questions[0].id, course.pages[8].questions[0].id}
    learner.do_pages(wrong=wrong)
    shown = learner.results_percent()
    assert shown == expected_percent(course, wrong) == 65  # below the package's 80%, above 50%
    assert "Pass mark: 50%" in learner.main().inner_text()
    [passed] = lrs.wait_for_verb("passed", run["registration"])
    assert passed["context"]["extensions"][MASTERY_EXT] == 0.5
    assert abs(passed["result"]["score"]["scaled"] - 0.65) < 0.005
    tab.leave()
    lrs.wait_for_verb("terminated", run["registration"])
    statements = au_statements(lrs, run)
    assert_cmi5_rules(statements, run, au[0])
    assert _count(statements, "failed") == 0 and validate_statements(statements) == []
    assert tab.errors() == [] and lrs.problems == []


def test_a_failed_attempt_reports_failed_once_and_never_passed_after_it(lrs, site, course, au, tabs):
    run = launch(lrs, site, au)
    tab = tabs(run["url"])
    learner = Learner(tab.page, course)
    retry = course.pages[3].questions[0]
    wrong = {retry.id, course.pages[4].questions[0].id, course.pages[8].questions[0].id}
    learner.do_pages(wrong=wrong)
    assert learner.results_percent() == 65
    [failed] = lrs.wait_for_verb("failed", run["registration"])
    assert failed["result"]["success"] is False and failed["context"]["extensions"][MASTERY_EXT] == 0.8
    # a second attempt at two questions lifts the score over the pass mark in the same session
    for page_index in (3, 4):
        tab.page.get_by_role("button", name=course.pages[page_index].title).click()
        learner.wait_for_page(course.pages[page_index].title)
        learner.answer(course.pages[page_index].questions[0], correct=True)
    tab.page.get_by_role("button", name="Results").click()
    assert learner.results_percent() == 88
    time.sleep(0.5)
    tab.leave()
    lrs.wait_for_verb("terminated", run["registration"])
    statements = au_statements(lrs, run)
    assert_cmi5_rules(statements, run, au[0])
    assert _count(statements, "failed") == 1 and _count(statements, "passed") == 0
    assert _count(statements, "completed") == 1
    assert validate_statements(statements) == [] and tab.errors() == [] and lrs.problems == []


def test_a_relaunch_with_the_same_registration_resumes_on_the_page_left(lrs, site, course, au, tabs):
    registration = str(uuid.uuid4())
    activity_id = "https://lms.example.com/au/" + str(uuid.uuid4())
    first = launch(lrs, site, au, registration=registration, activity_id=activity_id)
    tab = tabs(first["url"])
    Learner(tab.page, course).do_pages(0, 4)
    Learner(tab.page, course).wait_for_page(course.pages[4].title)
    tab.leave()
    lrs.wait_for_verb("terminated", registration)
    assert_cmi5_rules(au_statements(lrs, first), first, au[0])

    second = launch(lrs, site, au, registration=registration, activity_id=activity_id)  # a new session
    assert second["session"] != first["session"]
    tab = tabs(second["url"])  # a new browser context: the bookmark comes from the State API
    learner = Learner(tab.page, course)
    learner.wait_for_page(course.pages[4].title)
    learner.do_pages(4)
    learner.results_percent()
    tab.leave()
    lrs.wait_for_verb("terminated", registration, count=2)
    statements = au_statements(lrs, second)
    assert_cmi5_rules(statements, second, au[0])
    assert _count(statements, "completed") == 1 and _count(statements, "passed") == 1
    assert lrs.fetch_posts() == 2 and lrs.problems == []
    assert validate_statements(lrs.statements(registration)) == []


def test_a_reload_does_not_fetch_twice_or_initialize_twice(lrs, site, course, au, tabs):
    run = launch(lrs, site, au)
    tab = tabs(run["url"])
    learner = Learner(tab.page, course)
    learner.do_pages(0, 2)
    tab.page.reload()
    learner.wait_for_page(course.pages[2].title)
    learner.do_pages(2, 3)
    lrs.wait_for(lambda l: len(l.statements(run["registration"], "answered")) == 2, what="two answers")
    assert lrs.fetch_posts() == 1 and lrs.problems == []
    assert _count(au_statements(lrs, run), "initialized") == 1
    assert tab.errors() == []


# ----------------------------------------------------------------- Browse and Review


@pytest.mark.parametrize("mode", ["Browse", "Review"])
def test_browse_and_review_send_no_completion_or_result(lrs, site, course, au, tabs, mode):
    run = launch(lrs, site, au, launch_mode=mode)
    tab = tabs(run["url"])
    learner = Learner(tab.page, course)
    learner.do_pages()
    learner.results_percent()
    tab.leave()
    lrs.wait_for_verb("terminated", run["registration"])
    statements = au_statements(lrs, run)
    verbs = [verb(s) for s in statements]
    assert verbs[0] == "initialized" and verbs[-1] == "terminated"
    assert not {"completed", "passed", "failed"} & set(verbs), verbs
    assert_cmi5_rules(statements, run, au[0])
    assert not [r for r in lrs.requests("PUT") if r["query"].get("stateId") == "bookmark"], "no bookmark saved"
    assert validate_statements(statements) == [] and tab.errors() == [] and lrs.problems == []


# ----------------------------------------------------------------- an LRS that fails


@pytest.mark.parametrize("outage", ["500", "gone"])
def test_an_lrs_outage_mid_course_loses_no_statement(lrs, site, course, au, tabs, outage):
    run = launch(lrs, site, au)
    tab = tabs(run["url"])
    learner = Learner(tab.page, course)
    learner.do_pages(0, 3)
    with lrs.outage(outage):
        learner.do_pages(3, 8)
        time.sleep(1.2)
    learner.do_pages(8)
    learner.results_percent()
    lrs.wait_for_verb("passed", run["registration"])
    tab.leave()
    lrs.wait_for_verb("terminated", run["registration"])
    statements = au_statements(lrs, run)
    assert_cmi5_rules(statements, run, au[0])
    assert sorted(s["object"]["id"] for s in statements if verb(s) == "experienced") == sorted(
        page_iri(course.id, p.id) for p in course.pages)
    assert sorted(s["object"]["id"] for s in statements if verb(s) == "answered") == sorted(
        question_iri(course.id, q.id) for p in course.pages for q in p.questions)
    assert [verb(s) for s in statements if verb(s) in DEFINED] == [
        "initialized", "completed", "passed", "terminated"]
    assert validate_statements(statements) == []
    assert any("kept and sent again" in w for w in tab.warnings())
    assert tab.errors(network=False) == [] and lrs.problems == []


def test_without_launch_parameters_it_runs_untracked(lrs, site, course, tabs):
    tab = tabs(site + "index.html")
    learner = Learner(tab.page, course)
    learner.do_pages(0, 2)
    tab.page.reload()
    learner.wait_for_page(course.pages[2].title)
    assert lrs.requests() == [] and tab.errors() == []


def test_one_au_per_lesson_reports_on_its_own_questions(lrs, serve, course, tmp_path_factory, tabs):
    folder, _library = sample_package(tmp_path_factory, "cmi5", per_lesson=True)
    root = etree.parse(str(folder / "cmi5.xml")).getroot()
    aus = list(root.iter(NS + "au"))
    assert [a.findtext(NS + "url") for a in aus] == [f"lesson-{n:02d}.html" for n in range(1, len(course.lessons) + 1)]
    lesson = course.lessons[1]
    au_id, au_url = aus[1].get("id"), aus[1].findtext(NS + "url")
    run = cmi5_launch(lrs, serve(folder), au_url=au_url, au_id=au_id,
                      activity_id="https://lms.example.com/au/" + str(uuid.uuid4()),
                      mastery_score=float(aus[1].get("masteryScore")))
    tab = tabs(run["url"])
    learner = Learner(tab.page, course, pages=lesson.pages)
    learner.do_pages()
    assert learner.results_percent() == 100
    lrs.wait_for_verb("passed", run["registration"])
    tab.leave()
    lrs.wait_for_verb("terminated", run["registration"])
    statements = au_statements(lrs, run)
    assert_cmi5_rules(statements, run, au_id)
    assert sorted(s["object"]["id"] for s in statements if verb(s) == "experienced") == sorted(
        page_iri(course.id, p.id) for p in lesson.pages)
    assert [verb(s) for s in statements if verb(s) in DEFINED] == [
        "initialized", "completed", "passed", "terminated"]
    assert validate_statements(statements) == [] and tab.errors() == [] and lrs.problems == []
