"""Edits reach the running preview in place: typed words show in the learner's page while
the attempt goes on (no reload, no new LMS session, the answers, the suspend data and the
scroll position kept), and a question's new words show without restarting anything.

Keys are real key presses into the page editor's fields; the preview's DOM is read with
runJavaScript.
"""

from __future__ import annotations

import json

from authoring.model import objects
from authoring.ui.qt import QApplication, Qt
from tests.ui.test_preview import (
    TIMEOUT, answer, click_page_in_outline, course_pages, heading, js, open_preview, open_window,
    sample, sample_file, single_choice,
)

__all__ = ["sample", "sample_file"]  # the fixtures


class Session:
    """What says the preview's attempt is still the same one: the page never reloaded, the
    simulated LMS was initialized once, the registration is the same."""

    def __init__(self, preview) -> None:
        self.preview = preview
        self.loads = 0
        self.initialized = 0
        preview.page.loadFinished.connect(self._loaded)
        preview.bridge.reported.connect(self._reported)
        self.registration = preview.registration

    def _loaded(self, _ok: bool) -> None:
        self.loads += 1

    def _reported(self, message: str) -> None:
        self.initialized += json.loads(message).get("kind") == "initialize"

    def assert_unchanged(self) -> None:
        assert self.loads == 0, "the preview reloaded"
        assert self.initialized == 0, "the LMS session started again"
        assert self.preview.registration == self.registration
        assert self.preview.record.state == "running"


def block_text(qtbot, preview, block_id: str) -> str:
    return js(qtbot, preview, f"(document.querySelector(\"#cs-page [data-block='{block_id}']\") "
                              "|| {}).textContent || ''")


def scroll_y(qtbot, preview) -> int:
    return round(js(qtbot, preview, "window.scrollY"))


def type_into(qtbot, field, words: str) -> None:
    """Click into the field, go to its end and type, as a person does."""
    field.ensureCursorVisible()
    target = field.viewport() if hasattr(field, "viewport") else field
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.rect().center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=5000)
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, words)


def prepared(qtbot, path):
    """The main window on the sample's single-choice page, the preview open there with the
    question answered and the page scrolled a little: (window, preview, page, question,
    the attempt's session, the suspend data)."""
    _, pages = course_pages(path)
    page, question = single_choice(pages)
    window = open_window(qtbot, path)
    click_page_in_outline(qtbot, window, page.id)
    qtbot.waitUntil(lambda: window.page_editor.current_page() == page.id, timeout=5000)
    _, preview = open_preview(qtbot, window)
    correct = next(c for c in question.choices if c.correct)
    answer(qtbot, preview, page, question, correct.id)
    settled = lambda: preview.record.suspend_data == js(qtbot, preview, "Coursesmith.state().suspendData")  # noqa: E731
    qtbot.waitUntil(settled, timeout=TIMEOUT)  # the answer is in the LMS's suspend data
    suspend = preview.record.suspend_data
    assert suspend
    js(qtbot, preview, "window.scrollTo(0, 60), window.scrollY")
    return window, preview, page, question, Session(preview), suspend


def saved_html(window, block_id: str) -> str:
    with window.library.transaction() as db:
        return objects.get(db, block_id).data["html"]


def editor_of(window, block_id: str):
    return next(e for e in window.page_editor._editors if e.block_id == block_id)


def test_typing_shows_in_the_preview_without_restarting_the_attempt(qtbot, sample) -> None:
    window, preview, page, question, session, suspend = prepared(qtbot, sample)
    text = next(b for b in page.blocks if type(b).__name__ == "TextBlock")
    y = scroll_y(qtbot, preview)

    type_into(qtbot, editor_of(window, text.id).text, " Close the door behind you.")

    qtbot.waitUntil(lambda: "Close the door behind you." in block_text(qtbot, preview, text.id),
                    timeout=TIMEOUT)
    session.assert_unchanged()
    assert heading(qtbot, preview) == page.title
    assert scroll_y(qtbot, preview) == y
    assert preview.record.suspend_data == suspend
    assert preview.tracking.interactions.rowCount() == 1
    chosen = f"form[data-block='{question.id}'] input:checked"
    assert js(qtbot, preview, f"!!document.querySelector(\"{chosen}\")") is True

    # the autosave commits; the saved words are what the page already shows: nothing moves
    qtbot.waitUntil(lambda: "Close the door behind you." in saved_html(window, text.id), timeout=TIMEOUT)
    qtbot.wait(300)
    assert "Close the door behind you." in block_text(qtbot, preview, text.id)
    session.assert_unchanged()
    assert scroll_y(qtbot, preview) == y
    assert preview.record.suspend_data == suspend
    window.close()


def test_a_question_edited_shows_its_new_words_without_a_reload(qtbot, sample) -> None:
    window, preview, page, question, session, suspend = prepared(qtbot, sample)
    legend = f"(document.querySelector(\"form[data-block='{question.id}'] legend\") || {{}}).textContent"

    type_into(qtbot, editor_of(window, question.id).prompt, " Explain.")

    new_prompt = question.prompt + " Explain."
    qtbot.waitUntil(lambda: js(qtbot, preview, legend) == new_prompt, timeout=TIMEOUT)
    session.assert_unchanged()
    assert preview.record.suspend_data == suspend
    table = preview.tracking.interactions
    qtbot.waitUntil(lambda: table.item(0, 0).text() == new_prompt, timeout=TIMEOUT)
    chosen = f"form[data-block='{question.id}'] input:checked"
    assert js(qtbot, preview, f"!!document.querySelector(\"{chosen}\")") is True  # answer kept
    window.close()


def test_a_page_added_reloads_and_resumes_the_attempt(qtbot, sample) -> None:
    window, preview, page, question, session, suspend = prepared(qtbot, sample)
    menu = "document.querySelectorAll('.cs-menu-page').length"
    before = js(qtbot, preview, menu)
    with window.library.transaction() as db:  # structure: the player's pages change
        lesson = next(o for o in objects.list_objects(db, "lesson"))
        new_page = objects.create(db, "page", "A page added meanwhile", {}, author="test")
        objects.insert_child(db, lesson.id, new_page.id, 0)
        objects.insert_child(db, new_page.id, objects.create(db, "text", "Words", {"html": "<p>New.</p>"},
                                                              author="test").id, 0)

    qtbot.waitUntil(lambda: session.loads == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: preview.tracking.interactions.rowCount() == 1, timeout=TIMEOUT)
    assert preview.registration == session.registration
    qtbot.waitUntil(lambda: js(qtbot, preview, menu) == before + 1, timeout=TIMEOUT)
    assert preview.record.suspend_data  # resumed: the answer is still in the attempt
    window.close()


def test_a_block_put_in_the_trash_leaves_the_page_without_a_reload(qtbot, sample) -> None:
    window, preview, page, question, session, suspend = prepared(qtbot, sample)
    callout = next(b for b in page.blocks if type(b).__name__ == "Callout")
    count = f"document.querySelectorAll(\"#cs-page [data-block='{callout.id}']\").length"
    assert js(qtbot, preview, count) == 1
    with window.library.transaction() as db:
        objects.trash(db, callout.id, force=True)

    qtbot.waitUntil(lambda: js(qtbot, preview, count) == 0, timeout=TIMEOUT)
    session.assert_unchanged()
    assert preview.record.suspend_data == suspend
    window.close()


def test_edits_made_while_the_preview_is_closed_show_when_it_opens_again(qtbot, sample) -> None:
    window, preview, page, question, session, suspend = prepared(qtbot, sample)
    text = next(b for b in page.blocks if type(b).__name__ == "TextBlock")
    dock = window.preview_dock
    window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=5000)

    type_into(qtbot, editor_of(window, text.id).text, " Written while closed.")
    qtbot.waitUntil(lambda: "Written while closed." in saved_html(window, text.id), timeout=TIMEOUT)

    window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(dock.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: "Written while closed." in block_text(qtbot, preview, text.id), timeout=TIMEOUT)
    session.assert_unchanged()
    window.close()
