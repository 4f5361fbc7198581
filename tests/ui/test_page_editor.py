"""The page editor over a real library: typing, autosave, undo, questions, drops, sharing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from authoring.model import assets, objects, versions  # noqa: E402
from authoring.model.sample import load_content  # noqa: E402
from authoring.model.sanitize import clean_html  # noqa: E402
from authoring.ui.drag import OBJECT_IDS_MIME  # noqa: E402
from authoring.ui.page_editor import QtPageEditor, editor as page_editor, toolbar  # noqa: E402
from authoring.ui.page_editor.richtext import RichTextEdit  # noqa: E402
from authoring.ui.qt import (  # noqa: E402
    QCheckBox, QPoint, QRadioButton,
    QApplication, QByteArray, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMimeData, QPointF, QTextCursor, QUndoStack, Qt,
)

QT_JUNK = ("style=", "<!DOCTYPE", "qt-paragraph-type", "<html", "<body", "<span")


class Harness:
    def __init__(self, qtbot, library) -> None:
        self.qtbot = qtbot
        self.library = library
        self.stack = QUndoStack()
        self.widget = self.open()

    def open(self) -> QtPageEditor:
        widget = QtPageEditor(self.library, self.stack, lambda: "Tester")
        self.qtbot.addWidget(widget)
        widget.resize(900, 900)
        widget.show()
        self.qtbot.waitExposed(widget)
        widget.activateWindow()
        return widget

    def page(self, *blocks: str, title: str = "Page") -> str:
        with self.library.transaction() as s:
            return objects.create(s, "page", title, children=list(blocks)).id

    def block(self, kind: str, data: dict | None = None, title: str = "Block") -> str:
        with self.library.transaction() as s:
            return objects.create(s, kind, title, data).id

    def data(self, object_id: str) -> dict:
        with self.library.transaction() as s:
            return dict(objects.get(s, object_id).data)

    def head(self, object_id: str) -> int:
        with self.library.transaction() as s:
            return objects.get(s, object_id).head

    def children(self, page_id: str) -> list[str]:
        with self.library.transaction() as s:
            return [ref.id for ref in objects.children(s, page_id)]

    def click(self, widget) -> None:
        """Click like a person: on the widget where it is shown, scrolled into view."""
        self.qtbot.waitUntil(widget.isVisible, timeout=1000)
        self.qtbot.wait(10)  # let nested layouts settle
        self.widget.scroll.ensureWidgetVisible(widget)
        self.qtbot.wait(10)
        at = QPoint()  # the centre
        if isinstance(widget, (QCheckBox, QRadioButton)):  # on the box, not beside its label
            at = QPoint(8, widget.height() // 2)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)

    def type_at_end(self, edit, text: str) -> None:
        edit.setFocus()
        edit.moveCursor(QTextCursor.MoveOperation.End)
        self.qtbot.keyClicks(edit, text)


@pytest.fixture
def ui(qtbot, library):
    return Harness(qtbot, library)


def test_typing_bold_autosaves_clean_html_and_undo_restores_it(ui) -> None:
    text = ui.block("text", {"html": "<p>Fire doors</p>"})
    ui.widget.show_page(ui.page(text))
    edit = ui.widget.block_editors()[0].text

    ui.type_at_end(edit, " stay ")
    ui.qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    ui.qtbot.keyClicks(edit, "shut")
    ui.qtbot.waitUntil(lambda: "<strong>shut</strong>" in ui.data(text)["html"], timeout=3000)

    html = ui.data(text)["html"]
    assert html == "<p>Fire doors stay <strong>shut</strong></p>"
    assert not [junk for junk in QT_JUNK if junk in html]
    assert ui.stack.count() == 1  # one typing burst, one undo step

    ui.stack.undo()
    assert ui.data(text)["html"] == "<p>Fire doors</p>"
    assert edit.toPlainText() == "Fire doors"


def test_ctrl_z_in_the_text_saves_pending_typing_then_undoes_the_burst(ui) -> None:
    text = ui.block("text", {"html": "<p>Exit</p>"})
    ui.widget.show_page(ui.page(text))
    edit = ui.widget.block_editors()[0].text
    ui.type_at_end(edit, " now")
    ui.qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ui.data(text)["html"] == "<p>Exit</p>"
    assert edit.toPlainText() == "Exit"
    assert ui.stack.canRedo()
    ui.stack.redo()
    assert edit.toPlainText() == "Exit now"


def test_a_bulleted_list_and_a_link_round_trip(ui, monkeypatch) -> None:
    text = ui.block("text")
    page = ui.page(text)
    ui.widget.show_page(page)
    edit = ui.widget.block_editors()[0].text
    ui.type_at_end(edit, "Read the")
    ui.widget.toolbar.set_target(edit)
    ui.widget.toolbar.bullets.trigger()
    ui.qtbot.keyClicks(edit, "plan")
    ui.qtbot.keyClick(edit, Qt.Key.Key_Return)
    ui.qtbot.keyClicks(edit, "signs")
    monkeypatch.setattr(toolbar, "ask_link_address", lambda parent, current: "https://example.org/")
    edit.moveCursor(QTextCursor.MoveOperation.StartOfWord)
    edit.moveCursor(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    ui.qtbot.keyClick(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    ui.qtbot.waitUntil(lambda: "<a " in ui.data(text)["html"], timeout=3000)

    html = ui.data(text)["html"]
    assert html == ('<ul><li>Read theplan</li><li><a href="https://example.org/" '
                    'rel="noopener noreferrer">signs</a></li></ul>')
    ui.widget.show_page(None)
    ui.widget.show_page(page)
    assert ui.widget.block_editors()[0].text.to_html() == html  # loads and saves alike


def test_insert_a_single_choice_question_add_choices_and_mark_one_correct(ui) -> None:
    page = ui.page()
    ui.widget.show_page(page)
    question = ui.widget.insert_block("question", {"type": "single"})
    assert ui.children(page) == [question]
    editor = ui.widget.block_editors()[0]
    choices = editor.single

    ui.click(choices.add_button)
    ui.click(choices.add_button)
    ui.qtbot.keyClicks(choices.row_fields(0)[0], "Smoke")
    ui.qtbot.keyClicks(choices.row_fields(1)[0], "Flames")
    assert "no choice is marked correct" in editor.problems.text().lower()
    ui.click(choices.row_toggle(0))

    data = ui.data(question)
    assert data["type"] == "single"
    assert [(c["id"], c["text"], c["correct"]) for c in data["choices"]] == [
        ("a", "Smoke", True), ("b", "Flames", False)]
    assert "no choice is marked correct" not in editor.problems.text().lower()
    assert "the question has no text" in editor.problems.text().lower()

    ui.qtbot.keyClicks(editor.prompt, "What kills most people in fires?")
    assert "ready to publish" in editor.problems.text().lower()
    ui.qtbot.waitUntil(lambda: ui.data(question)["prompt"].startswith("What kills"), timeout=3000)

    choices.move_row(1, -1)  # ids stay with their choices
    assert [(c["id"], c["correct"]) for c in ui.data(question)["choices"]] == [("b", False), ("a", True)]


def test_every_question_type_has_its_editor(ui) -> None:
    page = ui.page()
    ui.widget.show_page(page)
    ids = {qtype: ui.widget.insert_block("question", {"type": qtype})
           for qtype in ("multiple", "true_false", "fill_in", "matching", "ordering")}
    editors = {e.block_id: e for e in ui.widget.block_editors()}

    fill_in = editors[ids["fill_in"]]
    ui.click(fill_in.answers.add_button)
    ui.qtbot.keyClicks(fill_in.answers.row_fields(0)[0], "assembly point")
    ui.click(fill_in.case_sensitive)
    assert ui.data(ids["fill_in"])["answers"] == ["assembly point"]
    assert ui.data(ids["fill_in"])["case_sensitive"] is True

    matching = editors[ids["matching"]]
    matching.pairs.add_row()
    ui.qtbot.keyClicks(matching.pairs.row_fields(0)[0], "Paper")
    ui.qtbot.keyClicks(matching.pairs.row_fields(0)[1], "Class A")
    matching.pairs.add_row()
    assert ui.data(ids["matching"])["pairs"][0] == {"id": "a", "prompt": "Paper", "match": "Class A"}
    assert "a pair is missing its item or its match" in matching.problems.text().lower()

    ordering = editors[ids["ordering"]]
    for word in ("Alarm", "Leave"):
        ordering.items.add_row()
        ui.qtbot.keyClicks(ordering.items.row_fields(ordering.items.rows().__len__() - 1)[0], word)
    ordering.items.move_row(1, -1)
    assert [i["text"] for i in ui.data(ids["ordering"])["items"]] == ["Leave", "Alarm"]

    true_false = editors[ids["true_false"]]
    ui.click(true_false.answer_false)
    assert ui.data(ids["true_false"])["answer"] is False

    multiple = editors[ids["multiple"]]
    for _ in range(3):
        multiple.multiple.add_row()
    ui.click(multiple.multiple.row_toggle(0))
    ui.click(multiple.multiple.row_toggle(2))
    assert [c["correct"] for c in ui.data(ids["multiple"])["choices"]] == [True, False, True]


def test_dropping_library_objects_inserts_them_by_reference(ui, images) -> None:
    first = ui.block("text", {"html": "<p>First</p>"})
    shared = ui.block("callout", {"variant": "tip", "html": "<p>Shared tip</p>"})
    with ui.library.transaction() as s:
        picture = assets.import_file(s, images.png()).object_id
    page = ui.page(first)
    ui.widget.show_page(page)

    mime = QMimeData()
    mime.setData(OBJECT_IDS_MIME, QByteArray(f"{shared}\n{picture}\n".encode()))
    canvas = ui.widget.canvas
    below_everything = QPointF(canvas.width() / 2, canvas.height() - 5)
    args = (below_everything, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(*args), QDragMoveEvent(*args)):  # a drag, then the drop
        QApplication.sendEvent(canvas, event)
        assert event.isAccepted()
    assert canvas.indicator.isVisible()
    QApplication.sendEvent(canvas, QDropEvent(*args))

    children = ui.children(page)
    assert children[:2] == [first, shared]  # the callout itself, not a copy
    media = ui.data(children[2])
    assert media["asset"] == picture
    assert [e.block_id for e in ui.widget.block_editors()] == children
    assert ui.widget.block_editors()[2].preview.pixmap() is not None
    ui.stack.undo()
    assert ui.children(page) == [first]
    assert [e.block_id for e in ui.widget.block_editors()] == [first]


def test_editing_a_shared_block_asks_once_and_can_make_a_local_copy(ui, monkeypatch) -> None:
    shared = ui.block("text", {"html": "<p>Original</p>"})
    this_page = ui.page(shared, title="This page")
    other_page = ui.page(shared, title="Other page")
    asked = []
    monkeypatch.setattr(page_editor, "ask_shared_edit",
                        lambda parent, pages: asked.append(pages) or "copy")
    ui.widget.show_page(this_page)
    editor = ui.widget.block_editors()[0]
    assert editor.header.shared.text() == "Used on 2 pages"
    assert not editor.header.shared.isHidden()

    ui.type_at_end(editor.text, " and changed")
    copy = ui.children(this_page)[0]
    ui.qtbot.waitUntil(lambda: "changed" in ui.data(copy)["html"], timeout=3000)

    assert asked == [2]  # once, not per keystroke
    assert copy != shared
    assert ui.data(copy)["html"] == "<p>Original and changed</p>"
    assert ui.data(shared)["html"] == "<p>Original</p>"
    assert ui.children(other_page) == [shared]
    assert editor.header.shared.isHidden()
    other = ui.open()
    other.show_page(other_page)
    assert other.block_editors()[0].text.toPlainText() == "Original"


def test_cancelling_the_shared_question_puts_the_keystroke_back(ui, monkeypatch) -> None:
    shared = ui.block("text", {"html": "<p>Original</p>"})
    page = ui.page(shared)
    ui.page(shared)
    monkeypatch.setattr(page_editor, "ask_shared_edit", lambda parent, pages: "cancel")
    ui.widget.show_page(page)
    edit = ui.widget.block_editors()[0].text
    ui.type_at_end(edit, "!")
    ui.qtbot.waitUntil(lambda: edit.toPlainText() == "Original", timeout=2000)
    assert ui.stack.count() == 0
    monkeypatch.setattr(page_editor, "ask_shared_edit", lambda parent, pages: "everywhere")
    ui.type_at_end(edit, "!")
    ui.qtbot.waitUntil(lambda: ui.data(shared)["html"] == "<p>Original!</p>", timeout=3000)


def test_leaving_a_block_records_a_version_and_selects_objects(ui) -> None:
    text = ui.block("text", {"html": "<p>Draft</p>"})
    page = ui.page(text)
    ui.widget.show_page(page)
    edit = ui.widget.block_editors()[0].text
    with ui.qtbot.waitSignal(ui.widget.object_selected) as selected:
        edit.setFocus()
    assert selected.args == [text]
    ui.type_at_end(edit, " one")
    assert ui.head(text) == 0
    ui.widget.title.setFocus()  # focus leaves the block: pending typing saved, version recorded
    ui.qtbot.waitUntil(lambda: ui.head(text) == 1, timeout=2000)
    assert ui.data(text)["html"] == "<p>Draft one</p>"
    assert ui.stack.count() == 1  # recording a version is no undo step


def test_insert_move_and_remove_are_undoable_and_remove_keeps_the_object(ui) -> None:
    a = ui.block("text", {"html": "<p>A</p>"})
    b = ui.block("text", {"html": "<p>B</p>"})
    page = ui.page(a, b)
    ui.widget.show_page(page)
    first, second = ui.widget.block_editors()
    ui.widget.move_block(second, -1)
    assert ui.children(page) == [b, a]
    ui.widget.remove_block(ui.widget.block_editors()[1])
    assert ui.children(page) == [b]
    assert ui.data(a)["html"] == "<p>A</p>"  # still in the library
    callout = ui.widget.insert_block("callout")
    assert ui.children(page) == [b, callout]
    for expected in ([b], [b, a], [a, b]):
        ui.stack.undo()
        assert ui.children(page) == expected
        assert [e.block_id for e in ui.widget.block_editors()] == expected


def test_changes_from_elsewhere_reload_the_widgets(ui) -> None:
    text = ui.block("text", {"html": "<p>Old</p>"})
    callout = ui.block("callout", {"variant": "note", "html": "<p>Note</p>"})
    page = ui.page(text, callout, title="Before")
    ui.widget.show_page(page)
    with ui.library.transaction(origin="inspector") as s:
        objects.rename(s, page, "After")
        objects.update(s, text, data={"html": "<p>New</p>"})
        objects.update(s, callout, data={"variant": "warning"})
    assert ui.widget.title.text() == "After"
    text_editor, callout_editor = ui.widget.block_editors()
    assert text_editor.text.toPlainText() == "New"
    assert callout_editor.variant.currentData() == "warning"
    assert ui.stack.count() == 0  # reloading is not an edit


def test_own_changes_do_not_clobber_the_field_being_typed_in(ui) -> None:
    text = ui.block("text", {"html": "<p>Typing</p>"})
    elsewhere = ui.block("text", {"html": "<p>Elsewhere</p>"})
    ui.widget.show_page(ui.page(text))
    edit = ui.widget.block_editors()[0].text
    ui.type_at_end(edit, " here")
    with ui.library.transaction(origin="outline") as s:  # a change that does not concern it
        objects.create(s, "page", "Another", children=[elsewhere])
    assert edit.toPlainText() == "Typing here"
    with ui.library.transaction(origin="recorder") as s:  # a version of what is stored
        versions.record(s, text, author="Someone")
    assert edit.toPlainText() == "Typing here"
    ui.qtbot.waitUntil(lambda: ui.data(text)["html"] == "<p>Typing here</p>", timeout=3000)
    assert edit.toPlainText() == "Typing here"


def _sample_html(value) -> list[str]:
    if isinstance(value, dict):
        found = []
        for key, item in value.items():
            if key == "html":
                found.append(item["en"] if isinstance(item, dict) else item)
            else:
                found += _sample_html(item)
        return found
    if isinstance(value, list):
        return [html for item in value for html in _sample_html(item)]
    return []


def test_every_rich_text_of_the_sample_course_survives_load_and_save(qtbot) -> None:
    """Headings, lists, links, tables with header rows: opening a block changes nothing."""
    content = load_content()
    texts = _sample_html(content.COURSE) + _sample_html(content.SHARED)
    assert any("<table>" in t for t in texts) and any("<ul>" in t for t in texts)
    edit = RichTextEdit(lambda asset_id: None)
    qtbot.addWidget(edit)
    for markup in texts:
        markup = clean_html(markup)
        edit.load_html(markup)
        assert edit.to_html() == markup


def test_choosing_a_callout_style_saves_it_and_undoes(ui) -> None:
    callout = ui.block("callout", {"variant": "note", "html": "<p>Mind the step</p>"})
    ui.widget.show_page(ui.page(callout))
    combo = ui.widget.block_editors()[0].variant
    assert [combo.itemText(i) for i in range(combo.count())] == ["Note", "Tip", "Warning"]
    ui.click(combo)
    ui.qtbot.waitUntil(combo.view().isVisible)  # the list drops down: type the name, Return
    ui.qtbot.keyClicks(combo.view(), "Warning")
    ui.qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: ui.data(callout).get("variant") == "warning")
    assert ui.data(callout)["html"] == "<p>Mind the step</p>"
    assert ui.stack.undoText() == "Change callout style"
    ui.stack.undo()
    assert ui.data(callout)["variant"] == "note"
    assert combo.currentData() == "note"
