"""The review build in Firefox, as a subject-matter expert uses it: the one HTML file opened
from `file://` in Debian's Firefox ESR (a profile as Firefox ships it), commented on with a
selected quote, reloaded, Firefox closed and opened again, a verdict, Save comments, the
saved file imported back; axe-core on every page; and a Firefox that keeps nothing.

Firefox runs once per scenario (tests/e2e/firefox/review_build.mjs, puppeteer-core over
WebDriver BiDi); each test asserts on one part of what the reviewer saw."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from authoring.cli import main

from .firefox_driver import Drive, missing_firefox
from .harness import StaticServer
from .review_builds import sample_review_build

pytestmark = pytest.mark.e2e

LOCAL = ("file:", "data:", "blob:")
NOT_KEPT = "Your comments could not be kept in this browser: save them now."


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """The sample library and its course's review build."""
    reason = missing_firefox()
    if reason:
        pytest.skip(reason)
    return sample_review_build(tmp_path_factory.mktemp("review-firefox"))


@pytest.fixture(scope="module")
def firefox(build, tmp_path_factory):
    """Both scenarios, each in its own Firefox, run side by side: {"review": report,
    "unkept": report} (the reports of review_build.mjs).

    review: a Firefox as it ships. unkept: a Firefox that blocks all cookies, which also
    opens a copy of the build that loads an image from a loopback server (the probe: the
    request log must see it)."""
    folder = tmp_path_factory.mktemp("probe")
    (folder / "probe.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    server = StaticServer(folder)
    try:
        probe = folder / "probe.html"
        image = f'<img src="{server.base_url}probe.png" alt="">'
        page = build[1].read_text("utf-8")
        probe.write_text(re.sub(r"<body[^>]*>", lambda m: m.group(0) + image, page, count=1), "utf-8")
        work = {mode: tmp_path_factory.mktemp(f"firefox-{mode}") for mode in ("review", "unkept")}
        runs = {"review": Drive("review_build.mjs", "review", build[1], work["review"], work=work["review"]),
                "unkept": Drive("review_build.mjs", "unkept", build[1], work["unkept"], "--probe", probe,
                                work=work["unkept"])}
        reports = {mode: run.report() for mode, run in runs.items()}
    finally:
        server.stop()
    reports["unkept"]["probe_url"] = f"{server.base_url}probe.png"
    return reports


@pytest.fixture
def review(firefox):
    """What the reviewer saw in a Firefox as it ships."""
    assert "error" not in firefox["review"], firefox["review"]["error"]
    return firefox["review"]


@pytest.fixture
def unkept(firefox):
    """What the reviewer saw in a Firefox that keeps nothing, and the probe's requests."""
    assert "error" not in firefox["unkept"], firefox["unkept"]["error"]
    return firefox["unkept"]


def test_the_review_build_makes_no_network_request_in_firefox(review):
    assert review["browser"].startswith("firefox/")
    assert review["requests"] and all(url.startswith(LOCAL) for url in review["requests"]), review["requests"]
    assert all(url.startswith(LOCAL) for url in review["resources"]), review["resources"]
    assert review["errors"] == []


def test_the_request_log_sees_a_request_that_is_made(unkept):
    assert unkept["probe_url"] in unkept["probe"]["requests"]
    assert unkept["probe_url"] in unkept["probe"]["resources"]


def test_a_comment_with_a_quote_is_kept_after_reload_and_after_firefox_is_reopened(review):
    assert review["nameAsked"] == 1 and review["nameAskedAgain"] == 0  # the name asked once
    quote = review["quote"]
    assert quote.startswith("Oxygen:") and review["quoteInForm"] == quote
    comment = review["afterAdd"]
    assert len(comment) == 1 and comment[0].startswith("Dr. Ada Lovelace · ")
    assert quote in comment[0] and "Name the three sides in the first sentence." in comment[0]
    assert review["focusAfterAdd"] == "csr-comment"
    assert review["afterReload"] == comment
    assert len(review["afterRestart"]) == 2 and comment[0] in review["afterRestart"]
    assert any("A good title." in shown for shown in review["afterRestart"])
    assert review["storageNote"] == []  # Firefox keeps them: no note


def test_the_verdict_is_a_pressed_button_and_is_kept(review):
    assert review["verdictApproved"] == [["Approve", "true"], ["Request changes", "false"]]
    assert review["verdictChanges"] == [["Approve", "false"], ["Request changes", "true"]]
    assert review["verdictAfterRestart"] == review["verdictChanges"]
    assert review["barBeforeClose"] == review["barAfterRestart"] == \
        "Dr. Ada Lovelace: 2 comments, changes requested"


def test_saved_comments_download_and_import_onto_their_block(review, build, capsys):
    library, _ = build
    saved = Path(review["saved"])
    assert saved.name == "Workplace-Fire-Safety-review-Dr-Ada-Lovelace.csreview"
    assert review["savedStatus"] == f"Saved 2 comments as {saved.name}. Send this file back to the author."
    data = json.loads(saved.read_text("utf-8"))
    assert (data["format"], data["reviewer"], data["verdict"]) == ("coursesmith-review", "Dr. Ada Lovelace", "changes")
    on_text = next(c for c in data["comments"] if c["quote"])
    assert (on_text["object"], on_text["quote"]) == (review["quotedBlock"], review["quote"])

    assert main(["review", "import", str(library), str(saved)]) == 0
    assert capsys.readouterr().out == f"imported {saved}: 2 comments\n"
    assert main(["comments", str(library), "--object", on_text["object"], "--json"]) == 0
    threads = json.loads(capsys.readouterr().out)
    assert [(t["object"], t["version"], t["author"], t["text"], t["status"], t["outdated"], t["source"])
            for t in threads] == [
        (review["quotedBlock"], on_text["version"], "Dr. Ada Lovelace", "Name the three sides in the first sentence.",
         "open", False, f"review:{data['build']}")]


def test_keyboard_only_comment_edit_and_delete_in_firefox(review):
    keys = review["keyboard"]
    assert keys["added"][0] == "csr-comment" and "Typed without a mouse." in keys["added"][1]
    assert keys["edited"][0] == "csr-comment" and "Changed by keyboard." in keys["edited"][1]
    assert keys["onDelete"][1] == "Delete"
    assert keys["deleted"] == ["csr-add", "Comment on this page"] and keys["left"] == 0


def test_no_accessibility_violations_in_firefox_on_any_page_with_the_review_tools(review):
    pages = review["axe"]
    assert len(pages) >= 12 and all(p["tools"] >= 1 for p in pages if p["key"] != "results")
    problems = [f"page {p['page']}: {v['id']} ({v['impact']}) {v['help']} — {', '.join(v['targets'])}"
                for p in pages for v in p["violations"]]
    assert not problems, "\n".join(problems)


def test_a_firefox_that_keeps_nothing_says_so_and_still_saves(unkept):
    assert unkept["notes"] == [NOT_KEPT]
    assert unkept["axe"] == [], unkept["axe"]
    assert len(unkept["afterAdd"]) == 1 and "Kept only while the page is open." in unkept["afterAdd"][0]
    # Closing the page on a comment not saved asks first; once saved, it closes.
    assert (unkept["askedBeforeClosing"], unkept["askedAfterSaving"]) == ("beforeunload", None)
    saved = Path(unkept["saved"])
    assert re.fullmatch(r"Saved 1 comment as .*\.csreview\. Send this file back to the author\.",
                        unkept["savedStatus"])
    assert json.loads(saved.read_text("utf-8"))["comments"][0]["text"] == "Kept only while the page is open."
    assert unkept["errors"] == []
