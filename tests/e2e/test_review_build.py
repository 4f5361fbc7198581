"""A review build as a subject-matter expert uses it: the one HTML file opened from
`file://` in Chromium, commented on by mouse and by keyboard, reloaded, saved, and the
saved file imported back into the library it came from."""

from __future__ import annotations

import json

import pytest

from .axe import axe_violations, describe
from .review_builds import run, sample_review_build


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """The sample library and its course's review build."""
    return sample_review_build(tmp_path_factory.mktemp("review"))


@pytest.fixture
def reviewer(browser, build):
    """A fresh browser profile on the review build: (page, requests made, console errors)."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1366, "height": 900})
    context.set_default_timeout(90_000)  # a shared, loaded machine: slow is not broken
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("data:", "blob:")) else None)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(build[1].as_uri())
    yield page, requests, errors
    context.close()


def test_comment_reload_save_and_import_back(reviewer, build, tmp_path):
    page, requests, errors = reviewer
    library, target = build
    page.get_by_role("button", name="Next").click()
    title = page.get_by_role("heading", level=1).inner_text()
    first_text = page.locator("#cs-page > .cs-text").first
    first_text.select_text()
    quote = page.evaluate("() => String(getSelection()).trim()")
    page.get_by_role("button", name="Comment on this text").first.click()
    page.get_by_role("textbox", name="Your name").fill("Dr. Ada Lovelace")
    page.get_by_role("textbox", name="Comment").fill("Name the three sides in the first sentence.")
    page.get_by_role("button", name="Add comment").click()
    assert page.locator(".csr-comment").inner_text().count("Name the three sides") == 1

    page.reload()
    page.get_by_role("button", name=title).click()  # the menu: back to the commented page
    shown = page.locator(".csr-comment")
    assert shown.count() == 1 and "Dr. Ada Lovelace" in shown.inner_text()
    # The name is remembered: the next comment asks only for the comment.
    page.get_by_role("button", name="Comment on this page").click()
    assert page.get_by_role("textbox", name="Your name").count() == 0
    page.get_by_role("textbox", name="Comment").fill("A good title.")
    page.get_by_role("button", name="Add comment").click()
    page.get_by_role("button", name="Request changes").click()

    with page.expect_download() as download:
        page.get_by_role("button", name="Save comments").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.suffix == ".csreview"
    data = json.loads(saved.read_text("utf-8"))
    assert set(data) == {"format", "version", "library", "build", "course", "locale", "reviewer",
                         "verdict", "comments"}
    assert (data["format"], data["version"], data["reviewer"], data["verdict"]) == \
        ("coursesmith-review", 1, "Dr. Ada Lovelace", "changes")
    on_text = next(c for c in data["comments"] if c["quote"])
    assert on_text["quote"] == quote and set(on_text) == {"id", "object", "version", "hash", "quote",
                                                          "text", "created"}
    assert all(url.startswith("file://") for url in requests), requests
    assert not errors

    imported = run("review", "import", library, saved)
    assert (imported.returncode, imported.stdout) == (0, f"imported {saved}: 2 comments\n")
    threads = json.loads(run("comments", library, "--object", on_text["object"], "--json").stdout)
    assert [(t["author"], t["text"], t["status"], t["outdated"], t["source"]) for t in threads] == [
        ("Dr. Ada Lovelace", "Name the three sides in the first sentence.", "open", False,
         f"review:{data['build']}")]
    again = run("review", "import", library, saved)
    assert (again.returncode, again.stdout) == (0, f"duplicate {saved} (already imported)\n")


def test_keyboard_only_edit_and_delete(reviewer):
    page, _, _ = reviewer
    button = page.get_by_role("button", name="Comment on this page")
    button.focus()
    page.keyboard.press("Enter")
    page.keyboard.type("Keyboard Reviewer")  # focus starts in "Your name"
    page.keyboard.press("Tab")
    page.keyboard.type("Typed without a mouse.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # Add comment
    focused = page.evaluate("() => document.activeElement.className")
    assert focused == "csr-comment" and "Typed without a mouse." in page.locator(".csr-comment").inner_text()
    page.keyboard.press("Tab")  # Edit
    page.keyboard.press("Enter")
    page.keyboard.press("Control+a")
    page.keyboard.type("Changed by keyboard.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # Save
    assert page.locator(".csr-text").inner_text() == "Changed by keyboard."
    page.get_by_role("button", name="Delete").focus()
    page.keyboard.press("Enter")
    assert page.locator(".csr-comment").count() == 0
    assert page.evaluate("() => document.activeElement.textContent") == "Comment on this page"


def test_no_accessibility_violations_on_any_page_with_the_review_tools(reviewer):
    page, _, _ = reviewer
    page.get_by_role("button", name="Comment on this page").click()
    page.get_by_role("textbox", name="Your name").fill("Ada")
    page.get_by_role("textbox", name="Comment").fill("Check the wording.")
    page.get_by_role("button", name="Add comment").click()
    page.get_by_role("button", name="Comment on this page").click()  # an open form too
    problems = []
    for n in range(page.locator(".cs-menu-page").count()):
        page.locator(".cs-menu-page").nth(n).click()
        violations = axe_violations(page)
        if violations:
            problems.append(f"page {n + 1}: {describe(violations)}")
        assert n == page.locator(".cs-menu-page").count() - 1 or page.locator(".csr-add").count() >= 1
    assert not problems, "\n".join(problems)
