"""The keyboard's drag: Alt+Shift+Up / Down move the block (or the question's row) being
edited, one undo step each, as the ▲▼ buttons and a drag by the grip do."""

from __future__ import annotations

from authoring.ui.qt import Qt
from tests.ui.test_page_editor import Harness, ui  # noqa: F401 (the fixture)

MOVE = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def test_alt_shift_up_moves_the_block_being_typed_in_above_the_one_before(ui) -> None:
    first = ui.block("text", {"html": "<p>First</p>"})
    second = ui.block("text", {"html": "<p>Second</p>"})
    page = ui.page(first, second)
    ui.widget.show_page(page)
    edit = ui.widget.block_editors()[1].text
    ui.click(edit)
    ui.qtbot.keyClick(edit, Qt.Key.Key_Up, MOVE)
    assert ui.children(page) == [second, first]
    assert ui.stack.undoText() == "Move block"
    ui.qtbot.keyClick(ui.widget.block_editors()[0].text, Qt.Key.Key_Down, MOVE)
    assert ui.children(page) == [first, second]
    ui.stack.undo()
    assert ui.children(page) == [second, first]


def test_alt_shift_down_in_a_choice_moves_that_choice_and_keeps_the_cursor_in_it(ui) -> None:
    question = ui.block("question", {"type": "single", "prompt": "Which?", "choices": [
        {"text": "One", "correct": True}, {"text": "Two"}, {"text": "Three"}]})
    ui.widget.show_page(ui.page(question))
    rows = ui.widget.block_editors()[0].single
    field = rows.row_fields(0)[0]
    ui.click(field)
    ui.qtbot.keyClick(field, Qt.Key.Key_Down, MOVE)
    assert [c["text"] for c in ui.data(question)["choices"]] == ["Two", "One", "Three"]
    assert ui.data(question)["choices"][1]["correct"] is True  # the row moves whole
    moved = rows.row_fields(1)[0]
    assert moved.text() == "One"
    ui.qtbot.waitUntil(moved.hasFocus, timeout=1000)
    ui.qtbot.keyClick(moved, Qt.Key.Key_Down, MOVE)
    assert [c["text"] for c in ui.data(question)["choices"]] == ["Two", "Three", "One"]
    ui.stack.undo()
    assert [c["text"] for c in ui.data(question)["choices"]] == ["Two", "One", "Three"]
