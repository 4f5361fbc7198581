"""The words a reviewer quoted, marked in the page editor: the highlight, its tooltip,
clicking it, the Comments panel choosing a thread, F8, and the content never touched."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from authoring.model import identity, objects, versions
from authoring.model.library import Library
from authoring.model.review_import import import_review_file
from authoring.ui.main_window import QtMainWindow
from authoring.ui.page_editor.review_marks import ACTIVE_COLOUR, QUOTE_COLOUR, find_quote
from authoring.ui.qt import QApplication, QEvent, QHelpEvent, QPoint, Qt, QTextCursor, QToolTip

FILLER = "<p>Keep corridors clear and know the way out of every room you work in.</p>"


def review_file(folder: Path, library_id: str, course: str, comments: list[tuple[str, str, str]]) -> Path:
    """A review build's file from Dr. Ada: (object, quote, comment) each, on version 1."""
    path = folder / f"review-{uuid.uuid4().hex[:6]}.csreview"
    path.write_text(json.dumps({
        "format": "coursesmith-review", "version": 1, "library": library_id, "build": str(uuid.uuid4()),
        "course": course, "locale": "en", "reviewer": "Dr. Ada", "verdict": "changes",
        "comments": [{"id": str(uuid.uuid4()), "object": obj, "version": 1, "hash": "00ff", "quote": quote,
                      "text": text, "created": f"2026-12-03T08:0{n}:00Z"}
                     for n, (obj, quote, text) in enumerate(comments)],
    }), "utf-8")
    return path


def reviewed(tmp_path: Path, fillers: int = 0) -> tuple[Path, dict[str, str]]:
    """A page with a text block, a question and FILLERS text blocks after them, and a
    second page; Dr. Ada's comments imported: two quoting the text, one the question."""
    path = tmp_path / "Fire Safety.cslib"
    with Library.create(path, "en") as library:
        with library.transaction() as s:
            ids = {"text": objects.create(s, "text", "Intro", {"html": "<p>Fire needs heat, fuel and oxygen.</p>"}).id,
                   "question": objects.create(s, "question", "Q", {
                       "type": "single", "prompt": "Which gas feeds a fire?",
                       "choices": [{"text": "Oxygen", "correct": True}, {"text": "Helium"}]}).id,
                   "last": objects.create(s, "text", "Last", {"html": "<p>Close the doors behind you.</p>"}).id,
                   "away": objects.create(s, "text", "Away", {"html": "<p>The assembly point is the car park.</p>"}).id}
            filler = [objects.create(s, "text", f"Filler {n}", {"html": FILLER}).id for n in range(fillers)]
            ids["page"] = objects.create(s, "page", "The fire triangle",
                                         children=[ids["text"], ids["question"], *filler, ids["last"]]).id
            ids["other_page"] = objects.create(s, "page", "Leaving", children=[ids["away"]]).id
            ids["course"] = objects.create(s, "course", "Fire Safety", children=[objects.create(
                s, "lesson", "Fire", children=[ids["page"], ids["other_page"]]).id]).id
            for object_id in objects_of(s):
                versions.record(s, object_id)
            library_id = identity.library_id(s)
        import_review_file(library, review_file(tmp_path, library_id, ids["course"], [
            (ids["text"], "heat", "Name all three sides."),
            (ids["question"], "feeds a\n fire", "Say 'keeps a fire going'."),
            (ids["text"], "oxygen", "Air, rather: 21% oxygen."),
            (ids["last"], "the doors", "Fire doors only."),
            (ids["away"], "car park", "Which car park?"),
        ]))
    return path, ids


def objects_of(session) -> list[str]:
    from sqlalchemy import select

    from authoring.model.schema import LearningObject
    return list(session.scalars(select(LearningObject.id)))


def open_window(qtbot, path: Path, page_id: str) -> QtMainWindow:
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # the offscreen platform activates no window by itself
    window.page_editor.show_page(page_id)
    return window


def editor_of(window: QtMainWindow, block_id: str):
    return next(e for e in window.page_editor.block_editors() if e.block_id == block_id)


def marked(field) -> list[tuple[str, str]]:
    """What the field shows highlighted: (text, colour) of each extra selection."""
    return [(s.cursor.selectedText(), s.format.background().color().name()) for s in field.extraSelections()]


def spot(field, text: str) -> QPoint:
    """The middle of TEXT in FIELD, in its viewport's coordinates: where a person points."""
    start = field.toPlainText().index(text)
    cursor = QTextCursor(field.document())
    cursor.setPosition(start + len(text) // 2)
    return field.cursorRect(cursor).center()


def hover(qtbot, field, text: str) -> str:
    """The pointer rests on TEXT: the help event Qt sends once it has rested there (the
    offscreen platform starts no tooltip timer of its own; the real hover is in the
    README's screenshot, under Xvfb). The tooltip shown, read at once: offscreen, the
    tip's own window deactivates ours, which hides it."""
    where = spot(field, text)
    QApplication.sendEvent(field.viewport(), QHelpEvent(QEvent.Type.ToolTip, where, field.viewport().mapToGlobal(where)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def current_thread_text(window: QtMainWindow) -> str:
    item = window.inspector.comments.tree.currentItem()
    return item.text(0) if item is not None else ""


def stored_html(window: QtMainWindow, block_id: str) -> str:
    with window.library.reading() as s:
        return objects.get(s, block_id).data["html"]


# ------------------------------------------------------------------------------ tests


def test_find_quote_takes_spaces_and_line_breaks_loosely() -> None:
    assert find_quote("Fire needs heat,\nfuel and oxygen.", "heat, fuel") == (11, 21)
    assert find_quote("first paragraph\nsecond", "paragraphsecond") == (6, 22)  # Word joins them
    assert find_quote("Fire needs heat.", "Heat") is None
    assert find_quote("anything", "  ") is None


def test_the_quoted_words_are_highlighted_with_a_tooltip_and_a_click_chooses_the_thread(
        qtbot, gestures, tmp_path) -> None:
    path, ids = reviewed(tmp_path)
    window = open_window(qtbot, path, ids["page"])
    text = editor_of(window, ids["text"]).text
    assert marked(text) == [("heat", QUOTE_COLOUR.name()), ("oxygen", QUOTE_COLOUR.name())]
    prompt = editor_of(window, ids["question"]).prompt
    assert marked(prompt) == [("feeds a fire", QUOTE_COLOUR.name())]  # the line break as the reviewer's browser wrote it
    assert "heat" in text.accessibleDescription()

    for dock in (window.outline_dock, window.browser_dock):  # room for the page on a small screen
        dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.childAt(text.viewport().mapTo(window, spot(text, "heat"))) is text.viewport())
    assert hover(qtbot, text, "heat") == "Dr. Ada (review comment): Name all three sides."
    hover(qtbot, text, "fuel")
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)  # no tooltip beside the marks

    gestures.click(text.viewport(), spot(text, "oxygen"))
    tabs = window.inspector.tabs
    qtbot.waitUntil(lambda: tabs.tabText(tabs.currentIndex()).replace("&", "") == "Comments", timeout=5000)
    qtbot.waitUntil(lambda: "“oxygen”\nAir, rather: 21% oxygen." in current_thread_text(window), timeout=5000)
    assert window.inspector.object_id == ids["text"]
    assert ("oxygen", ACTIVE_COLOUR.name()) in marked(text)
    assert QApplication.focusWidget() is text  # the click also put the cursor in the text

    badge = editor_of(window, ids["question"]).header.reviews
    assert badge.text() == "1 review comment" and badge.accessibleName() == "1 review comment"
    gestures.click(badge)
    qtbot.waitUntil(lambda: "“feeds a\n fire”" in current_thread_text(window), timeout=5000)
    assert marked(prompt) == [("feeds a fire", ACTIVE_COLOUR.name())]
    assert ("oxygen", QUOTE_COLOUR.name()) in marked(text)  # one thread is the chosen one


def test_highlighting_never_changes_the_saved_content(qtbot, gestures, tmp_path) -> None:
    path, ids = reviewed(tmp_path)
    window = open_window(qtbot, path, ids["page"])
    text = editor_of(window, ids["text"]).text
    gestures.click(text.viewport(), spot(text, "heat"))
    gestures.key(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text, " Always.")
    qtbot.waitUntil(lambda: stored_html(window, ids["text"]) != "<p>Fire needs heat, fuel and oxygen.</p>", timeout=5000)
    assert stored_html(window, ids["text"]) == "<p>Fire needs heat, fuel and oxygen. Always.</p>"
    assert sorted(t for t, _ in marked(text)) == ["heat", "oxygen"]  # still marked as the text grew


def test_rewording_the_quote_drops_its_mark_and_the_panel_says_outdated(qtbot, gestures, tmp_path) -> None:
    path, ids = reviewed(tmp_path)
    window = open_window(qtbot, path, ids["page"])
    text = editor_of(window, ids["text"]).text
    gestures.click(text.viewport(), spot(text, "heat"))
    gestures.key(text, Qt.Key.Key_Home)
    for _ in range(len("Fire needs ")):
        gestures.key(text, Qt.Key.Key_Right)
    for _ in range(len("heat")):
        gestures.key(text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(text, "warmth")
    assert [t for t, _ in marked(text)] == ["oxygen"]  # at once, before any save
    gestures.click(window.page_editor.title)  # leaving the block records its new version
    qtbot.waitUntil(lambda: stored_html(window, ids["text"]) == "<p>Fire needs warmth, fuel and oxygen.</p>", timeout=5000)
    gestures.click(editor_of(window, ids["text"]).header.reviews)
    tree = window.inspector.comments.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=5000)
    rows = [tree.topLevelItem(i).text(0) for i in range(2)]
    assert "outdated: text changed since" in next(row for row in rows if "“heat”" in row)
    assert "“oxygen”" in current_thread_text(window)  # the badge chose the one still marked


def test_resolving_a_thread_unmarks_its_words_and_reopening_marks_them_again(qtbot, gestures, tmp_path) -> None:
    path, ids = reviewed(tmp_path)
    window = open_window(qtbot, path, ids["page"])
    for dock in (window.outline_dock, window.browser_dock):  # room for the page on a small screen
        dock.toggleViewAction().trigger()
    editor = editor_of(window, ids["question"])
    qtbot.waitUntil(lambda: editor.header.reviews.width() > 0)
    gestures.click(editor.header.reviews)
    panel = window.inspector.comments
    qtbot.waitUntil(lambda: "“feeds a" in current_thread_text(window), timeout=5000)

    gestures.click(panel.resolve_button)
    qtbot.waitUntil(lambda: marked(editor.prompt) == [], timeout=5000)
    assert not editor.header.reviews.isVisible()
    assert panel.resolve_button.text() == "Reopen"  # the thread is still the one chosen

    qtbot.keyClicks(panel.editor, "Done: reworded.")
    gestures.click(panel.reply_button)
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).childCount() == 1, timeout=5000)
    assert "Done: reworded." in panel.tree.topLevelItem(0).child(0).text(0)
    tree = panel.tree
    reply = tree.topLevelItem(0).child(0)
    gestures.click(tree.viewport(), tree.visualItemRect(reply).center())
    assert panel.resolve_button.text() == "Reopen"  # a reply reopens its whole thread
    gestures.click(panel.resolve_button)
    qtbot.waitUntil(lambda: marked(editor.prompt) == [("feeds a fire", ACTIVE_COLOUR.name())], timeout=5000)
    assert editor.header.reviews.isVisible()  # back, and still the thread chosen
    assert "resolved" not in tree.topLevelItem(0).text(0).splitlines()[0]


def test_choosing_a_thread_in_the_comments_panel_scrolls_to_its_words(qtbot, gestures, tmp_path) -> None:
    path, ids = reviewed(tmp_path, fillers=14)
    window = open_window(qtbot, path, ids["page"])
    scroll = window.page_editor.scroll
    last = editor_of(window, ids["last"])
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0, timeout=5000)
    assert scroll.verticalScrollBar().value() == 0

    browser = window.browser
    gestures.click(browser.open_review, QPoint(8, browser.open_review.height() // 2))
    qtbot.waitUntil(lambda: browser.model.rowCount() == 4, timeout=5000)
    row = next(r for r in range(4) if browser.model.index(r, 0).data() == "Last")
    gestures.click(browser.view.viewport(), browser.view.visualRect(browser.model.index(row, 0)).center())
    tabs = window.inspector.tabs
    comments = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Comments")
    gestures.click(tabs.tabBar(), tabs.tabBar().tabRect(comments).center())
    tree = window.inspector.comments.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=5000)
    gestures.click(tree.viewport(), tree.visualItemRect(tree.topLevelItem(0)).center())

    qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() > 0, timeout=5000)
    assert marked(last.text) == [("the doors", ACTIVE_COLOUR.name())]
    top = last.text.mapTo(scroll.viewport(), spot(last.text, "the doors")).y()
    assert 0 <= top <= scroll.viewport().height()  # the words are on screen

    row = next(r for r in range(browser.model.rowCount()) if browser.model.index(r, 0).data() == "Away")
    gestures.click(browser.view.viewport(), browser.view.visualRect(browser.model.index(row, 0)).center())
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1 and "car park" in tree.topLevelItem(0).text(0), timeout=5000)
    gestures.click(tree.viewport(), tree.visualItemRect(tree.topLevelItem(0)).center())
    qtbot.waitUntil(lambda: window.page_editor.current_page() == ids["other_page"], timeout=5000)
    assert marked(editor_of(window, ids["away"]).text) == [("car park", ACTIVE_COLOUR.name())]


def test_f8_goes_from_comment_to_comment_on_the_page(qtbot, gestures, tmp_path) -> None:
    path, ids = reviewed(tmp_path)
    window = open_window(qtbot, path, ids["page"])
    text = editor_of(window, ids["text"]).text
    prompt = editor_of(window, ids["question"]).prompt
    gestures.click(window.page_editor.title)
    menu = window.next_review_action
    assert menu.text().replace("&", "") == "Next review comment" and menu.shortcut().toString() == "F8"

    gestures.key(QApplication.focusWidget(), Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is text, timeout=5000)
    assert text.textCursor().position() == text.toPlainText().index("heat")
    assert window.statusBar().currentMessage() == \
        "Review comment 1 of 4: Dr. Ada (review comment): Name all three sides."
    qtbot.waitUntil(lambda: "“heat”" in current_thread_text(window), timeout=5000)
    assert ("heat", ACTIVE_COLOUR.name()) in marked(text)

    gestures.key(QApplication.focusWidget(), Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: "“oxygen”" in current_thread_text(window), timeout=5000)
    gestures.key(QApplication.focusWidget(), Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is prompt, timeout=5000)
    assert window.statusBar().currentMessage().startswith("Review comment 3 of 4: ")
    qtbot.waitUntil(lambda: "“feeds a" in current_thread_text(window), timeout=5000)

    gestures.key(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "“oxygen”" in current_thread_text(window), timeout=5000)
    assert QApplication.focusWidget() is text
    assert text.textCursor().position() == text.toPlainText().index("oxygen")


def test_a_quote_in_a_choice_marks_the_whole_choice(qtbot, gestures, tmp_path) -> None:
    """A one-line field cannot mark part of its text: the choice the words are in is."""
    path, ids = reviewed(tmp_path)
    with Library.open(path) as library, library.reading() as s:
        library_id, course = identity.library_id(s), ids["course"]
    with Library.open(path) as library:
        import_review_file(library, review_file(tmp_path, library_id, course, [
            (ids["question"], "Helium", "Helium puts nothing out, but say so.")]))
    window = open_window(qtbot, path, ids["page"])
    editor = editor_of(window, ids["question"])
    helium, oxygen = editor.choices().row_fields(1)[0], editor.choices().row_fields(0)[0]
    assert (helium.property("reviewQuote"), oxygen.property("reviewQuote")) == ("yes", "")
    assert helium.accessibleDescription() == "A reviewer commented on “Helium”"
    QApplication.sendEvent(helium, QHelpEvent(QEvent.Type.ToolTip, QPoint(10, 5), helium.mapToGlobal(QPoint(10, 5))))
    assert QToolTip.text() == "Dr. Ada (review comment): Helium puts nothing out, but say so."

    gestures.click(helium)
    qtbot.waitUntil(lambda: "“Helium”" in current_thread_text(window), timeout=5000)
    assert helium.property("reviewQuote") == "active"
    gestures.key(helium, Qt.Key.Key_End)
    gestures.key(helium, Qt.Key.Key_Backspace)
    assert helium.property("reviewQuote") == ""  # "Heliu": the words are gone
