"""A scripted learner takes the sample course ("Workplace Fire Safety") in a real SCORM
runtime (scorm-again in Chromium) and the LMS side is checked against CONTRACTS.md, "The
player (inside every package)".

The learner only uses what a screen-reader user has: roles and accessible names (headings,
buttons, groups named by their legend, labelled inputs). The questions and their answers
come from the sample's content file (resources/sample/fire_safety.py), so the learner knows
what is right without reading the player's configuration.

Packages are exported once per test session (lazily, per variant) and shared.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from authoring import resources

from .axe import axe_violations, describe
from .harness import unpack

pytestmark = pytest.mark.e2e

COURSE_TITLE = "Workplace Fire Safety"
PASS_MARK = 80
STRINGS = {
    locale: json.loads(resources.path("player", "strings", f"{locale}.json").read_text("utf-8"))
    for locale in ("en", "fr")
}
# CONTRACTS.md's interaction type per question type, written out as what the test expects
# (the exporter's own table is authoring/export/interactions.py).
INTERACTION_TYPES = {
    "single": "choice", "multiple": "choice", "true_false": "true-false",
    "fill_in": "fill-in", "matching": "matching", "ordering": "sequencing",
}
# "Your score: 80%" / "Votre score : 80 %"
SCORE_TEXT = re.compile(r"score\s*:\s*(\d+(?:[.,]\d+)?)\s*%", re.IGNORECASE)


# --------------------------------------------------------------------------- the course


def _content():
    from authoring.model.sample import load_content

    return load_content()


CONTENT = _content()


def _pages() -> list[dict]:
    """Every page of the sample course in order: lesson number (1-based), titles by
    locale and its questions (the content file's question data)."""
    pages = []
    for number, lesson in enumerate(CONTENT.COURSE["lessons"], start=1):
        for page in lesson["pages"]:
            questions = [block["data"] for block in page["blocks"]
                         if "shared" not in block and block["kind"] == "question"]
            pages.append({"lesson": number, "title": page["title"], "questions": questions})
    return pages


PAGES = _pages()
QUESTIONS = [q for page in PAGES for q in page["questions"]]


def lesson_pages(number: int) -> list[dict]:
    return [page for page in PAGES if page["lesson"] == number]


def percent(pages: list[dict], right: list[bool]) -> int:
    """The score the player should show for these answers (points earned / possible)."""
    questions = [q for page in pages for q in page["questions"]]
    earned = sum(q["points"] for q, ok in zip(questions, right) if ok)
    possible = sum(q["points"] for q in questions)
    return round(earned / possible * 100)


def expected_response(q: dict, standard: str, right: bool = True) -> str | None:
    """The learner response the LMS should record for a right answer (None: not checked)."""
    if not right:
        return None
    comma, dot = (",", ".") if standard == "scorm12" else ("[,]", "[.]")
    kind = q["type"]
    if kind == "single":
        return next(c["id"] for c in q["choices"] if c["correct"])
    if kind == "multiple":
        return comma.join(c["id"] for c in q["choices"] if c["correct"])
    if kind == "true_false":
        if standard == "scorm12":
            return "t" if q["answer"] else "f"
        return "true" if q["answer"] else "false"
    if kind == "fill_in":
        return q["answers"]["en"][0]
    if kind == "matching":
        return comma.join(f"{p['id']}{dot}{p['id']}" for p in q["pairs"])
    return comma.join(item["id"] for item in q["items"])


# --------------------------------------------------------------------------- packages


@contextlib.contextmanager
def _environment(name: str, value: str):
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


class Packages:
    """Exports of the sample course, each made once per test session when first asked for
    (with COURSESMITH_CACHE in the session's temporary folder while exporting)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.built: dict[tuple, Path] = {}
        self._libraries: dict[str, Path] = {}

    def get(self, standard: str, *, per_lesson: bool = False, locale: str | None = None,
            navigation: str = "free") -> Path:
        key = (standard, per_lesson, locale, navigation)
        if key not in self.built:
            with _environment("COURSESMITH_CACHE", str(self.root / "cache")):
                self.built[key] = self._export(standard, per_lesson, locale, navigation)
        return self.built[key]

    def _library(self, navigation: str) -> Path:
        if navigation not in self._libraries:
            from authoring.model import objects
            from authoring.model.library import Library
            from authoring.model.sample import write_sample

            path = self.root / f"sample-{navigation}.cslib"
            write_sample(path)
            if navigation != "free":
                library = Library.open(path)
                try:
                    with library.transaction() as session:
                        course = next(c for c in objects.list_objects(session, "course")
                                      if c.title == COURSE_TITLE)
                        objects.update(session, course.id, data={"navigation": navigation})
                finally:
                    library.close()
            self._libraries[navigation] = path
        return self._libraries[navigation]

    def _export(self, standard: str, per_lesson: bool, locale: str | None, navigation: str) -> Path:
        from authoring.export.export import export_course
        from authoring.model.library import Library

        library = Library.open(self._library(navigation))
        name = "-".join([standard, "lessons" if per_lesson else "course", locale or "en", navigation])
        target = self.root / f"{name}.zip"
        try:
            export_course(library, COURSE_TITLE, standard, target, per_lesson=per_lesson, locale=locale)
        finally:
            library.close()
        return target


@pytest.fixture(scope="session")
def packages(tmp_path_factory):
    return Packages(tmp_path_factory.mktemp("learner-packages"))


# --------------------------------------------------------------------------- the learner


class Learner:
    """Drives the player in `session.frame` by role and accessible name only."""

    def __init__(self, session, locale: str = "en") -> None:
        self.session = session
        self.locale = locale
        self.s = STRINGS[locale]
        # The player and its adapters warn (console.warn) about anything that went wrong
        # but need not stop the learner: a failed call, a slow LMS, dropped state...
        session.warnings = []
        session.page.on("console", lambda m: session.warnings.append(m.text)
                        if m.type == "warning" and "Coursesmith" in m.text else None)

    @property
    def frame(self):
        return self.session.frame

    def button(self, key: str):
        return self.frame.get_by_role("button", name=self.s[key], exact=True)

    def heading(self) -> str:
        headings = self.frame.get_by_role("main").get_by_role("heading", level=1)
        headings.wait_for()
        assert headings.count() == 1, "the page's title is the page's only h1, inside main"
        return headings.inner_text().strip()

    def expect_page(self, title: str) -> None:
        from playwright.sync_api import expect

        expect(self.frame.get_by_role("main").get_by_role("heading", level=1)).to_have_text(title)

    def next(self) -> None:
        self.button("next").click()

    def previous(self) -> None:
        self.button("previous").click()

    def group(self, q: dict):
        return self.frame.get_by_role("group", name=q["prompt"][self.locale], exact=True)

    def fill(self, q: dict, right: bool = True) -> None:
        """Give a right (or a wrong) answer to a question, without submitting it."""
        loc = self.locale
        group = self.group(q)
        kind = q["type"]
        if kind == "single":
            choice = next(c for c in q["choices"] if c["correct"] == right)
            group.get_by_label(choice["text"][loc], exact=True).check()
        elif kind == "multiple":
            for choice in q["choices"]:
                if choice["correct"] == right:
                    group.get_by_label(choice["text"][loc], exact=True).check()
        elif kind == "true_false":
            value = q["answer"] if right else not q["answer"]
            group.get_by_label(self.s["true"] if value else self.s["false"], exact=True).check()
        elif kind == "fill_in":
            group.get_by_role("textbox", name=self.s["yourAnswer"]).fill(
                q["answers"][loc][0] if right else "water")
        elif kind == "matching":
            pairs = q["pairs"]
            for n, pair in enumerate(pairs):
                target = pair if right else pairs[(n + 1) % len(pairs)]
                select = group.get_by_label(pair["prompt"][loc], exact=True)
                assert select.evaluate("s => s.tagName === 'SELECT' && s.options[0].value === ''"), \
                    "a matching item is a labelled select whose first option is an empty choice"
                select.select_option(label=target["match"][loc])
        elif kind == "ordering":
            texts = [item["text"][loc] for item in q["items"]]
            self.order(group, texts if right else texts[1:] + texts[:1])
        else:
            raise AssertionError(f"unknown question type {kind}")

    def order(self, group, wanted: list[str]) -> None:
        """Put an ordering question's items in `wanted` order with the Move up buttons."""
        for position, text in enumerate(wanted):
            for _ in range(len(wanted)):
                items = group.get_by_role("listitem")
                shown = [t.strip() for t in items.all_inner_texts()]
                at = next(i for i, t in enumerate(shown) if t.startswith(text))
                if at == position:
                    break
                items.nth(at).get_by_role("button", name=self.s["moveUp"], exact=True).click()
        shown = [t.strip() for t in group.get_by_role("listitem").all_inner_texts()]
        assert [next(w for w in wanted if t.startswith(w)) for t in shown] == wanted

    def submit(self, page: dict, q: dict) -> None:
        """Press the question's own Submit button (the n-th on the page, as a screen reader
        user meets them after each question)."""
        index = page["questions"].index(q)
        self.frame.get_by_role("main").get_by_role("button", name=self.s["submit"], exact=True).nth(index).click()

    def answer(self, page: dict, q: dict, right: bool = True) -> None:
        self.fill(q, right)
        self.submit(page, q)
        # The verdict appears in the question's live region (role "status").
        verdicts = [self.s["correct"]] if right else [self.s["incorrect"], self.s["partlyCorrect"]]
        said = re.compile("|".join(re.escape(v) for v in verdicts))
        self.frame.get_by_role("status").filter(has_text=said).first.wait_for()

    def shown_score(self) -> float:
        text = self.frame.get_by_role("main").inner_text()
        match = SCORE_TEXT.search(text)
        assert match, f"the results page states no score: {text!r}"
        return float(match.group(1).replace(",", "."))

    def walk(self, pages: list[dict], right: list[bool], *, stop_before_last: bool = False) -> None:
        """From the first page, answer every question (right[i] for the i-th of the unit)
        and go on with Next, up to the last content page (not to the results page).
        `stop_before_last`: leave the last question unanswered."""
        plan = iter(right)
        for n, page in enumerate(pages):
            self.expect_page(page["title"][self.locale])
            for q in page["questions"]:
                ok = next(plan)
                if stop_before_last and n == len(pages) - 1 and q is page["questions"][-1]:
                    return
                self.answer(page, q, ok)
            if n < len(pages) - 1:
                self.next()


def tracked_percent(session) -> float:
    if session.standard == "scorm12":
        return float(session.value("cmi.core.score.raw"))
    return float(session.value("cmi.score.scaled")) * 100


def status(session) -> tuple[str, ...]:
    if session.standard == "scorm12":
        return (session.value("cmi.core.lesson_status"),)
    return (session.value("cmi.completion_status"), session.value("cmi.success_status"))


def passed_status(standard: str, passed: bool) -> tuple[str, ...]:
    if standard == "scorm12":
        return ("passed" if passed else "failed",)
    return ("completed", "passed" if passed else "failed")


def incomplete_status(standard: str) -> tuple[str, ...]:
    return ("incomplete",) if standard == "scorm12" else ("incomplete", "unknown")


def check_clean(session) -> None:
    assert session.api_errors() == [], session.api_errors()
    assert session.console_errors() == [], session.console_errors()
    assert session.dialogs() == []
    assert session.http_errors() == [], session.http_errors()
    assert session.lms_log("ERROR") == [], session.lms_log("ERROR")
    assert getattr(session, "warnings", []) == [], session.warnings


def foreign_requests(session) -> list[str]:
    """Requests to anything but the test LMS's own origin (the package is served under
    base_url + "sco/", the LMS under base_url + "lms/")."""
    return [url for url in session.requests()
            if not url.startswith(session.base_url) and url.split(":", 1)[0] not in ("data", "about", "blob")]


# --------------------------------------------------------------------------- formats

IDENTIFIER_12 = re.compile(r"^[A-Za-z0-9_\-]{1,255}$")
TIMESPAN_12 = re.compile(r"^\d{4}:\d{2}:\d{2}\.\d{2}$")  # HHHH:MM:SS.SS
TIME_12 = re.compile(r"^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$")
RESPONSE_12 = {
    "choice": re.compile(r"^[0-9a-z](,[0-9a-z])*$"),
    "sequencing": re.compile(r"^[0-9a-z](,[0-9a-z])*$"),
    "true-false": re.compile(r"^[01tf]$"),
    "matching": re.compile(r"^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$"),
    "fill-in": re.compile(r"^.{0,255}$", re.DOTALL),
}
DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?$")
RESPONSE_2004 = {
    "choice": re.compile(r"^[^\[\]]+(\[,\][^\[\]]+)*$"),
    "sequencing": re.compile(r"^[^\[\]]+(\[,\][^\[\]]+)*$"),
    "true-false": re.compile(r"^(true|false)$"),
    "matching": re.compile(r"^[^\[\]]+\[\.\][^\[\]]+(\[,\][^\[\]]+\[\.\][^\[\]]+)*$"),
    "fill-in": re.compile(r"^[^\[\]]{0,250}$", re.DOTALL),
}


def interactions(session) -> list[dict]:
    found = session.value("cmi.interactions") or {}
    if isinstance(found, list):
        return found
    return [found[k] for k in sorted((k for k in found if k.isdigit()), key=int)]


def check_interactions(session, questions: list[dict], right: list[bool]) -> None:
    """One interaction per submitted question, in order, each in the standard's formats."""
    got = interactions(session)
    assert len(got) == len(questions), [i.get("id") for i in got]
    ids = [i["id"] for i in got]
    assert len(set(ids)) == len(ids), f"interaction ids are not unique: {ids}"
    for record, q, ok in zip(got, questions, right):
        kind = INTERACTION_TYPES[q["type"]]
        assert record["type"] == kind, (record, q["prompt"]["en"])
        responses = record["correct_responses"]
        responses = [responses[k] for k in sorted(responses, key=int)] if isinstance(responses, dict) else responses
        pattern = responses[0]["pattern"]
        if q["type"] == "fill_in":  # every accepted answer is a correct pattern
            assert [r["pattern"] for r in responses] == [a for a in q["answers"]["en"]], responses
        if session.standard == "scorm12":
            assert IDENTIFIER_12.match(record["id"]), record["id"]
            response = record["student_response"]
            assert RESPONSE_12[kind].match(response), (kind, response)
            assert RESPONSE_12[kind].match(pattern), (kind, pattern)
            assert record["result"] == ("correct" if ok else "wrong"), record
            assert TIME_12.match(record["time"]), record["time"]
            assert TIMESPAN_12.match(record["latency"]) or re.match(r"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$", record["latency"]), record["latency"]
        else:
            assert record["id"] and not re.search(r"\s", record["id"]), record["id"]
            response = record["learner_response"]
            assert RESPONSE_2004[kind].match(response), (kind, response)
            assert RESPONSE_2004[kind].match(pattern), (kind, pattern)
            assert record["result"] == ("correct" if ok else "incorrect"), record
            assert TIMESTAMP.match(record["timestamp"]), record["timestamp"]
            assert DURATION.match(record["latency"]), record["latency"]
            assert record.get("description") == q["prompt"]["en"][:250]
        if ok:
            assert response == expected_response(q, session.standard), (q["prompt"]["en"], response)
            if q["type"] != "fill_in":
                assert response == pattern, (q["prompt"]["en"], response, pattern)
        else:
            assert response != expected_response(q, session.standard, True)


def check_score_elements(session) -> None:
    if session.standard == "scorm12":
        assert session.value("cmi.core.score.min") == "0"
        assert session.value("cmi.core.score.max") == "100"
        assert 0 <= float(session.value("cmi.core.score.raw")) <= 100
    else:
        assert session.value("cmi.score.min") == "0"
        assert session.value("cmi.score.max") == "100"
        assert 0 <= float(session.value("cmi.score.scaled")) <= 1
        assert abs(float(session.value("cmi.score.raw")) - float(session.value("cmi.score.scaled")) * 100) <= 1


def check_exit_and_session_time(session, suspended: bool) -> None:
    if session.standard == "scorm12":
        assert session.value("cmi.core.exit") == ("suspend" if suspended else "")
        written = [c["value"] for c in session.calls("LMSSetValue") if c["element"] == "cmi.core.session_time"]
        assert len(written) == 1 and TIMESPAN_12.match(written[0]), written
    else:
        assert session.value("cmi.exit") == ("suspend" if suspended else "normal")
        written = [c["value"] for c in session.calls("SetValue") if c["element"] == "cmi.session_time"]
        assert len(written) == 1 and DURATION.match(written[0]), written
    assert session.finished


# --------------------------------------------------------------------------- 1, 2: a good learner


@pytest.mark.parametrize("standard", ["scorm12", "scorm2004"])
def test_a_learner_who_answers_everything_right_passes(lms, packages, standard):
    """The whole course, every answer right: passed at 100 %, with no click after the last
    Submit; the results page shows what the LMS tracked; clean API use; normal exit."""
    package = packages.get(standard)
    session = lms.launch(package, standard=standard)
    learner = Learner(session)
    right = [True] * len(QUESTIONS)

    # The package's mastery (what the LMS read from imsmanifest.xml) is the pass mark.
    if standard == "scorm12":
        assert session.value("cmi.student_data.mastery_score") == str(PASS_MARK)
    else:
        assert float(session.value("cmi.scaled_passing_score")) == PASS_MARK / 100
    assert session.frame.evaluate("document.documentElement.lang") == "en"
    assert learner.button("previous").is_disabled()
    assert status(session) == incomplete_status(standard)

    learner.walk(PAGES, right, stop_before_last=True)
    assert status(session) == incomplete_status(standard), "completed before every question was submitted"
    last_page = PAGES[-1]
    learner.answer(last_page, last_page["questions"][-1], True)
    # Completion at once: no click after the last Submit.
    assert status(session) == passed_status(standard, True)
    tracked = tracked_percent(session)
    assert tracked == pytest.approx(100, abs=1)
    check_score_elements(session)

    learner.next()
    learner.expect_page(learner.s["results"])
    shown = learner.shown_score()
    assert abs(shown - tracked) <= 1, (shown, tracked)
    main_text = session.frame.get_by_role("main").inner_text()
    assert learner.s["passed"] in main_text
    assert learner.s["passMark"].format(mark=PASS_MARK) in main_text
    # Last page: Next is absent or disabled.
    next_button = learner.button("next")
    assert next_button.count() == 0 or next_button.is_disabled()

    check_interactions(session, QUESTIONS, right)

    session.unload()
    check_exit_and_session_time(session, suspended=False)
    assert status(session) == passed_status(standard, True)
    check_clean(session)
    assert foreign_requests(session) == []
    figures = {"standard": standard, "shown": shown, "tracked": tracked, "status": status(session)}
    print("tracked:", figures)


# --------------------------------------------------------------------------- 3: a failing learner


@pytest.mark.parametrize("standard", ["scorm12", "scorm2004"])
def test_a_learner_who_answers_everything_wrong_fails(lms, packages, standard):
    package = packages.get(standard)
    session = lms.launch(package, standard=standard)
    learner = Learner(session)
    right = [False] * len(QUESTIONS)

    learner.walk(PAGES, right)
    assert status(session) == passed_status(standard, False)
    tracked = tracked_percent(session)
    assert tracked == pytest.approx(percent(PAGES, right), abs=1)
    check_score_elements(session)

    learner.next()
    learner.expect_page(learner.s["results"])
    shown = learner.shown_score()
    assert abs(shown - tracked) <= 1, (shown, tracked)
    main_text = session.frame.get_by_role("main").inner_text()
    assert learner.s["failed"] in main_text
    assert learner.s["passMark"].format(mark=PASS_MARK) in main_text
    check_interactions(session, QUESTIONS, right)

    session.unload()
    check_exit_and_session_time(session, suspended=False)
    check_clean(session)
    print("tracked:", {"standard": standard, "shown": shown, "tracked": tracked, "status": status(session)})


# --------------------------------------------------------------------------- 4: quit and resume


@pytest.mark.parametrize("standard", ["scorm12", "scorm2004"])
def test_quitting_half_way_then_relaunching_resumes(lms, packages, standard):
    package = packages.get(standard)
    session = lms.launch(package, standard=standard)
    learner = Learner(session)
    page3, page4 = PAGES[2], PAGES[3]
    question = page3["questions"][0]
    wrong_choice = next(c for c in question["choices"] if not c["correct"])["text"]["en"]

    learner.next()
    learner.next()
    learner.expect_page(page3["title"]["en"])
    learner.answer(page3, question, right=False)  # one attempt of two used
    assert learner.s["attemptsLeft"].format(n=1) in session.frame.get_by_role("main").get_by_role("status").inner_text()
    learner.next()
    learner.expect_page(page4["title"]["en"])

    session.unload()
    check_exit_and_session_time(session, suspended=True)
    suspend_element = "cmi.suspend_data"
    suspend_data = session.value(suspend_element)
    assert suspend_data, "no suspend data"
    if standard == "scorm12":
        assert len(suspend_data) <= 4096
        assert session.value("cmi.core.lesson_status") == "incomplete"
    else:
        assert session.value("cmi.completion_status") == "incomplete"
    check_clean(session)
    saved = session.saved_cmi()

    again = lms.launch(package, standard=standard, cmi=saved)
    learner = Learner(again)
    learner.expect_page(page4["title"]["en"])
    assert status(again) == incomplete_status(standard)
    learner.previous()
    learner.expect_page(page3["title"]["en"])
    group = learner.group(question)
    assert group.get_by_label(wrong_choice, exact=True).is_checked(), "the answer was not kept"
    assert group.get_by_label(wrong_choice, exact=True).is_enabled(), "one attempt is left"
    form_text = again.frame.get_by_role("main").get_by_role("status").inner_text()
    assert learner.s["incorrect"] in form_text and learner.s["attemptsLeft"].format(n=1) in form_text
    # The second (last) attempt: the attempts count was restored, so the inputs lock now.
    learner.answer(page3, question, right=True)
    assert group.get_by_label(wrong_choice, exact=True).is_disabled()
    assert status(again) == incomplete_status(standard)
    assert interactions(again)[-1]["result"] == "correct"
    assert len(interactions(again)) == 2
    again.unload()
    check_exit_and_session_time(again, suspended=True)
    check_clean(again)
    print("suspend data:", standard, len(suspend_data), repr(suspend_data))


# --------------------------------------------------------------------------- 5: one SCO per lesson


@pytest.mark.parametrize("standard", ["scorm12", "scorm2004"])
def test_one_sco_per_lesson_tracks_only_its_lesson(lms, packages, standard):
    package = packages.get(standard, per_lesson=True)
    session = lms.launch(package, standard=standard, sco_href="lesson-02.html")
    learner = Learner(session)
    pages = lesson_pages(2)

    menu = session.frame.get_by_role("navigation").get_by_role("button")
    names = [n.strip() for n in menu.all_inner_texts()]
    assert names == [p["title"]["en"] for p in pages] + [learner.s["results"]]
    banner = session.frame.get_by_role("banner").inner_text()
    assert learner.s["progress"].format(n=1, total=len(pages)) in banner

    right = [True] * sum(len(p["questions"]) for p in pages)
    learner.walk(pages, right)
    assert status(session) == passed_status(standard, True)
    tracked = tracked_percent(session)
    learner.next()
    learner.expect_page(learner.s["results"])
    assert abs(learner.shown_score() - tracked) <= 1
    check_interactions(session, [q for p in pages for q in p["questions"]], right)
    session.unload(how="remove")  # the LMS takes the frame away
    check_exit_and_session_time(session, suspended=False)
    check_clean(session)
    assert foreign_requests(session) == []


# --------------------------------------------------------------------------- 6: the LMS's mastery wins


@pytest.mark.parametrize("standard", ["scorm12", "scorm2004"])
def test_the_lms_mastery_score_wins_over_the_pass_mark(lms, packages, standard):
    package = packages.get(standard)
    seed = {"student_data": {"mastery_score": "50"}} if standard == "scorm12" else {"scaled_passing_score": "0.5"}
    session = lms.launch(package, standard=standard, cmi=seed)
    learner = Learner(session)
    # Wrong on three 2-point questions: 11 of 17 points = 65 %, between 50 and 80.
    wrong = {2, 3, 7}
    right = [n not in wrong for n in range(len(QUESTIONS))]
    expected = percent(PAGES, right)
    assert 50 < expected < PASS_MARK

    learner.walk(PAGES, right)
    assert status(session) == passed_status(standard, True)
    tracked = tracked_percent(session)
    assert tracked == pytest.approx(expected, abs=1)
    learner.next()
    shown = learner.shown_score()
    assert abs(shown - tracked) <= 1
    main_text = session.frame.get_by_role("main").inner_text()
    assert learner.s["passed"] in main_text
    assert learner.s["passMark"].format(mark=50) in main_text
    session.unload()
    check_clean(session)
    print("tracked:", {"standard": standard, "shown": shown, "tracked": tracked, "status": status(session)})


# --------------------------------------------------------------------------- 7: linear navigation


def test_linear_navigation_waits_for_the_questions(lms, packages):
    package = packages.get("scorm12", navigation="linear")
    session = lms.launch(package, standard="scorm12")
    learner = Learner(session)
    first, second = PAGES[0], PAGES[1]

    learner.expect_page(first["title"]["en"])
    assert learner.button("next").is_enabled(), "a page without questions is done once viewed"
    learner.next()
    learner.expect_page(second["title"]["en"])
    assert learner.button("next").is_disabled(), "Next is disabled until the question is submitted"
    assert learner.s["answerAll"] in session.frame.get_by_role("main").inner_text()
    # Pages further on cannot be reached from the menu either.
    later = session.frame.get_by_role("navigation").get_by_role("button", name=PAGES[3]["title"]["en"], exact=True)
    assert later.is_disabled()

    learner.fill(second["questions"][0])
    assert learner.button("next").is_disabled(), "filling in is not submitting"
    learner.submit(second, second["questions"][0])
    from playwright.sync_api import expect

    expect(learner.button("next")).to_be_enabled()
    learner.next()
    learner.expect_page(PAGES[2]["title"]["en"])
    assert learner.button("next").is_disabled()
    session.unload()
    check_clean(session)


# --------------------------------------------------------------------------- 8: accessibility


def check_page_structure(session, title: str) -> None:
    """Landmarks, and the page's title as the document's first heading and only h1."""
    frame = session.frame
    assert frame.get_by_role("banner").count() == 1
    assert frame.get_by_role("navigation").count() == 1
    assert frame.get_by_role("main").count() == 1
    assert COURSE_TITLE in frame.get_by_role("banner").inner_text()
    assert frame.get_by_role("banner").get_by_role("heading").count() == 0, "the course title is not a heading"
    assert frame.get_by_role("heading", level=1).count() == 1
    assert frame.get_by_role("main").get_by_role("heading", level=1).inner_text().strip() == title
    assert frame.get_by_role("heading").first.inner_text().strip() == title, "the h1 is the first heading"


def test_every_page_has_no_axe_violations(lms, packages):
    package = packages.get("scorm12")
    session = lms.launch(package, standard="scorm12")
    learner = Learner(session)
    found = {}
    for n, page in enumerate(PAGES):
        learner.expect_page(page["title"]["en"])
        check_page_structure(session, page["title"]["en"])
        violations = axe_violations(session.frame)
        if violations:
            found[page["title"]["en"]] = describe(violations)
        if page["questions"]:
            for q in page["questions"]:
                learner.answer(page, q, right=(n % 2 == 0))  # feedback of both kinds
            violations = axe_violations(session.frame)
            if violations:
                found[page["title"]["en"] + " (answered)"] = describe(violations)
        learner.next()
    learner.expect_page(learner.s["results"])
    check_page_structure(session, learner.s["results"])
    violations = axe_violations(session.frame)
    if violations:
        found["Results"] = describe(violations)
    assert found == {}, "\n".join(f"{k}:\n{v}" for k, v in found.items())
    check_clean(session)


def test_every_page_at_phone_width_has_no_axe_violations(lms, packages):
    """At 320 px (a phone, or 400 % zoom) nothing scrolls sideways and axe finds nothing;
    a table too wide for the screen scrolls on its own and can be scrolled by keyboard."""
    package = packages.get("scorm12")
    session = lms.launch(package, standard="scorm12", viewport={"width": 320, "height": 640})
    learner = Learner(session)
    frame = session.frame
    found = {}
    for page in PAGES + [None]:
        title = page["title"]["en"] if page else learner.s["results"]
        learner.expect_page(title)
        overflow = frame.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{title}: the page scrolls sideways by {overflow}px"
        violations = axe_violations(frame)
        if violations:
            found[title] = describe(violations)
        if page:
            learner.next()
    assert found == {}, "\n".join(f"{k}:\n{v}" for k, v in found.items())

    # Narrower still (200 px): the table of fire classes no longer fits.
    learner.button("menu").click()
    table_page = next(p for p in PAGES if p["title"]["en"] == "Classes of fire")
    frame.get_by_role("navigation").get_by_role("button", name=table_page["title"]["en"], exact=True).click()
    learner.expect_page(table_page["title"]["en"])
    session.page.set_viewport_size({"width": 200, "height": 640})
    table = frame.get_by_role("main").get_by_role("table")
    frame.wait_for_function("() => document.querySelector('table').tabIndex === 0", timeout=3000)
    assert table.evaluate("t => t.scrollWidth > t.clientWidth")
    violations = axe_violations(frame)
    assert violations == [], describe(violations)
    session.unload()
    check_clean(session)


def test_the_french_package_speaks_french_and_has_no_axe_violations(lms, packages):
    package = packages.get("scorm12", locale="fr")
    session = lms.launch(package, standard="scorm12")
    learner = Learner(session, "fr")
    fr, en = STRINGS["fr"], STRINGS["en"]
    frame = session.frame

    assert frame.evaluate("document.documentElement.lang") == "fr"
    learner.expect_page(PAGES[0]["title"]["fr"])
    assert learner.button("previous").count() == 1 and learner.button("next").count() == 1
    assert frame.get_by_role("button", name=en["next"], exact=True).count() == 0
    assert frame.get_by_role("navigation", name=fr["contents"]).count() == 1

    # The ordering question ("Donner l'alerte"): Valider, Monter, Descendre.
    page = next(p for p in PAGES if p["questions"] and p["questions"][0]["type"] == "ordering")
    frame.get_by_role("navigation").get_by_role("button", name=page["title"]["fr"], exact=True).click()
    learner.expect_page(page["title"]["fr"])
    group = learner.group(page["questions"][0])
    assert group.get_by_role("button", name=fr["moveUp"], exact=True).count() == len(page["questions"][0]["items"])
    assert group.get_by_role("button", name=fr["moveDown"], exact=True).count() == len(page["questions"][0]["items"])
    assert frame.get_by_role("main").get_by_role("button", name=fr["submit"], exact=True).count() == 1
    assert frame.get_by_role("button", name=en["submit"], exact=True).count() == 0
    assert learner.s["progress"].format(n=PAGES.index(page) + 1, total=len(PAGES)) in frame.get_by_role("banner").inner_text()
    violations = axe_violations(frame)
    assert violations == [], describe(violations)

    # A true/false question: Vrai / Faux; a right answer gives French feedback.
    page = next(p for p in PAGES if p["questions"] and p["questions"][0]["type"] == "true_false")
    frame.get_by_role("navigation").get_by_role("button", name=page["title"]["fr"], exact=True).click()
    learner.expect_page(page["title"]["fr"])
    learner.answer(page, page["questions"][0], right=True)
    violations = axe_violations(frame)
    assert violations == [], describe(violations)
    session.unload()
    check_clean(session)


# --------------------------------------------------------------------------- 9: layout


@pytest.mark.parametrize("name,viewport", [
    ("desktop", {"width": 1280, "height": 900}),
    ("phone", {"width": 320, "height": 640}),
])
def test_layout_screenshots(lms, packages, tmp_path, name, viewport):
    """A question page at desktop and phone sizes: nothing overflows sideways, the title,
    the question and the pager fit the width; the screenshots are kept for a person to
    look at (COURSESMITH_SCREENSHOTS=folder copies them there, e.g. docs/)."""
    package = packages.get("scorm12")
    session = lms.launch(package, standard="scorm12", viewport=viewport)
    learner = Learner(session)
    frame = session.frame
    page = PAGES[-1]  # "Summary and final check": an ordering and a single-choice question
    menu_toggle = learner.button("menu")
    if menu_toggle.count():  # the menu is folded away on small screens
        menu_toggle.click()
    frame.get_by_role("navigation").get_by_role("button", name=page["title"]["en"], exact=True).click()
    learner.expect_page(page["title"]["en"])
    ordering = page["questions"][0]
    assert ordering["type"] == "ordering"

    overflow = frame.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {viewport}"
    width = viewport["width"]
    for locator in (learner.group(ordering), learner.group(page["questions"][1]),
                    learner.button("next"), learner.button("previous"),
                    learner.group(ordering).get_by_role("button", name=learner.s["moveDown"]).last,
                    frame.get_by_role("main").get_by_role("heading", level=1)):
        box = locator.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (locator, box)

    if name == "phone":
        learner.group(ordering).scroll_into_view_if_needed()
        frame.evaluate("window.scrollBy(0, -16)")
    path = tmp_path / f"player-{name}.png"
    session.page.screenshot(path=str(path))
    assert path.stat().st_size < 200_000
    keep = os.environ.get("COURSESMITH_SCREENSHOTS")
    if keep:
        shutil.copy2(path, Path(keep) / path.name)
    session.unload()
    check_clean(session)


# --------------------------------------------------------------------------- 10: no network


def test_the_player_requests_only_its_own_files(lms, packages):
    package = packages.get("scorm2004")
    session = lms.launch(package, standard="scorm2004")
    learner = Learner(session)
    # Every page, so that every lazy image loads.
    for page in PAGES:
        learner.expect_page(page["title"]["en"])
        session.frame.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        learner.next()
    learner.expect_page(learner.s["results"])
    session.page.wait_for_load_state("networkidle")
    requests = session.requests()
    assert any(url.startswith(session.base_url + "sco/assets/") for url in requests), "no image was loaded"
    assert foreign_requests(session) == []
    assert session.http_errors() == []
    package_files = {url for url in requests if url.startswith(session.base_url + "sco/")}
    for url in package_files:
        assert (session.site / "sco" / url[len(session.base_url + "sco/"):].split("?")[0].split("#")[0]).is_file(), url
    session.unload()
    check_clean(session)


# --------------------------------------------------------------------------- without an LMS


def test_without_an_lms_the_player_runs_untracked_from_file_urls(page, packages, tmp_path):
    """Opened straight from the disk (file://), with no LMS: it runs, keeps its bookmark
    in localStorage, and reopens where the learner left."""
    folder = unpack(packages.get("scorm12"), tmp_path / "package")
    url = (folder / "index.html").as_uri()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    page.get_by_role("button", name="Next", exact=True).click()
    page.get_by_role("button", name="Next", exact=True).click()
    from playwright.sync_api import expect

    title = PAGES[2]["title"]["en"]
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert page.evaluate("Object.keys(localStorage).some(k => k.startsWith('coursesmith:'))")
    assert errors == []
    assert [u for u in requests if not u.startswith(folder.as_uri()) and not u.startswith(("data:", "about:"))] == []
