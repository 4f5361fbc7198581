"""The page editor does what a designer expects without thinking: a new block is ready
to type in and titled from its words, a new question has rows to fill, both redo keys
work, a page opens at its top."""

from __future__ import annotations

from authoring.ui.qt import QApplication, QMenu, Qt, QTimer

from tests.ui.test_page_editor import Harness, ui  # noqa: F401 (the fixture)


def choose_from_insert_menu(ui: Harness, *path: str) -> None:
    """Click Insert, then each entry of PATH in the menus that open, as a person does."""
    steps = list(path)

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or not steps:
            QTimer.singleShot(20, pick)
            return
        wanted = steps[0]
        action = next((a for a in menu.actions() if a.text().replace("&", "") == wanted), None)
        if action is None or not menu.isVisible() or menu.actionGeometry(action).isEmpty():
            QTimer.singleShot(20, pick)
            return
        steps.pop(0)
        ui.qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        if steps:
            QTimer.singleShot(50, pick)

    QTimer.singleShot(20, pick)
    ui.qtbot.mouseClick(ui.widget.insert_button, Qt.MouseButton.LeftButton)
    ui.qtbot.waitUntil(lambda: not steps, timeout=10000)


def test_a_new_text_block_takes_the_cursor_and_its_first_words_as_title(ui) -> None:
    page = ui.page()
    ui.widget.show_page(page)
    choose_from_insert_menu(ui, "Text")
    editor = ui.widget.block_editors()[0]
    ui.qtbot.waitUntil(lambda: editor.text.hasFocus(), timeout=10000)
    ui.qtbot.keyClicks(QApplication.focusWidget(), "Keep fire doors shut at all times, day and night")
    block = editor.block_id

    def title() -> str:
        from authoring.model import objects

        with ui.library.transaction() as session:
            return objects.get(session, block).title

    ui.qtbot.waitUntil(lambda: title() == "Keep fire doors shut at all…", timeout=10000)


def test_a_new_multiple_response_question_starts_with_two_empty_choices(ui) -> None:
    page = ui.page()
    ui.widget.show_page(page)
    choose_from_insert_menu(ui, "Question", "Multiple response")
    editor = ui.widget.block_editors()[0]
    assert editor.type.currentText() == "Multiple response"
    assert [c["text"] for c in ui.data(editor.block_id)["choices"]] == ["", ""]
    assert editor.prompt.hasFocus()


def test_ctrl_y_and_ctrl_shift_z_both_redo(qtbot, lib_path) -> None:
    from tests.ui.test_main_window import open_window

    window = open_window(qtbot, lib_path)
    window.outline.add_course()
    stack = window.undo_stack
    qtbot.waitUntil(lambda: stack.count() > 0, timeout=10000)
    window.outline.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.outline.view)
    for redo in ((Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
                 (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)):
        stack.undo()
        assert stack.canRedo()
        qtbot.keyClick(window.outline.view, *redo)
        assert not stack.canRedo(), redo


def test_a_page_opens_at_its_top(ui) -> None:
    blocks = [ui.block("text", {"html": f"<p>Paragraph {n} " + "words " * 80 + "</p>"}) for n in range(12)]
    long_page, other = ui.page(*blocks), ui.page(*blocks[:2])
    ui.widget.show_page(long_page)
    ui.qtbot.wait(50)
    bar = ui.widget.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    ui.widget.show_page(other)
    ui.widget.show_page(long_page)
    ui.qtbot.wait(50)
    assert bar.value() == 0


def _wheel_down(widget) -> None:
    """One notch of the mouse wheel, down, with the pointer over WIDGET's middle."""
    from authoring.ui.qt import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    middle = QPointF(widget.rect().center())
    event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_a_question_without_changing_its_points(ui) -> None:
    texts = [ui.block("text", {"html": f"<p>{'Words to scroll past. ' * 40}</p>"}) for _ in range(4)]
    question = ui.block("question", {"type": "single", "prompt": "Which?", "points": 3,
                                     "choices": [{"text": "A", "correct": True}, {"text": "B"}]})
    ui.widget.show_page(ui.page(texts[0], question, *texts[1:]))
    editor = next(e for e in ui.widget.block_editors() if e.block_id == question)
    ui.widget.scroll.ensureWidgetVisible(editor.points)
    ui.qtbot.wait(50)
    bar = ui.widget.scroll.verticalScrollBar()
    before = bar.value()
    _wheel_down(editor.points)
    assert editor.points.value() == 3
    assert bar.value() > before  # the page scrolled instead
    ui.click(editor.points)  # once the person chose the box, the wheel is theirs
    ui.qtbot.waitUntil(editor.points.hasFocus, timeout=2000)
    _wheel_down(editor.points)
    assert editor.points.value() == 2


def test_tab_from_the_question_text_walks_the_choices_in_order(ui) -> None:
    """A designer types the question, presses Tab, and fills the choices: Tab reaches the
    first choice's box, then its text, then its feedback, before "+ Add choice"."""
    page = ui.page()
    ui.widget.show_page(page)
    choose_from_insert_menu(ui, "Question", "Single choice")
    editor = ui.widget.block_editors()[0]
    ui.qtbot.waitUntil(lambda: editor.prompt.hasFocus(), timeout=10000)
    ui.qtbot.keyClicks(editor.prompt, "What should you do with a loose cable?")

    def tab() -> None:
        ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    tab()
    assert QApplication.focusWidget() is editor.single.row_toggle(0)
    tab()
    assert QApplication.focusWidget() is editor.single.row_fields(0)[0]
    ui.qtbot.keyClicks(QApplication.focusWidget(), "Tape it down")
    tab()
    assert QApplication.focusWidget() is editor.single.row_fields(0)[1]
    ui.qtbot.keyClicks(QApplication.focusWidget(), "Right: nobody trips")
    ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # the box: this one is right
    ui.qtbot.waitUntil(lambda: [(c["text"], c["feedback"], c["correct"])
                                for c in ui.data(editor.block_id)["choices"]][0]
                       == ("Tape it down", "Right: nobody trips", True), timeout=5000)
    assert len(ui.data(editor.block_id)["choices"]) == 2  # no choice was added by the way

    # the second row follows the first (its radio box is reached with the arrow keys, as
    # in any group of radio buttons), and "+ Add choice" comes after the last row
    tab()
    assert QApplication.focusWidget() is editor.single.row_fields(0)[0]
    reached = []
    for _ in range(8):
        tab()
        reached.append(QApplication.focusWidget())
    row2, add = editor.single.row_fields(1)[0], editor.single.add_button
    assert row2 in reached and add in reached
    assert reached.index(row2) < reached.index(add)
