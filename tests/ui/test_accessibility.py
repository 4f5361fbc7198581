"""Keyboard and screen reader: every control has a name a screen reader can say, and F6
moves between the window's panes."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.model import browse
from authoring.model.library import Library
from authoring.model.sample import write_sample
from authoring.ui.export_dialog import ExportDialog
from authoring.ui.main_window import QtMainWindow
from PySide6.QtTest import QTest

from authoring.ui.qt import QApplication, QLineEdit, Qt
from authoring.ui.settings import PreferencesDialog

from tests.ui.accessibility import accessible_name, unnamed_controls


@pytest.fixture
def window(qtbot, tmp_path) -> QtMainWindow:
    path = tmp_path / "sample.cslib"
    write_sample(path)
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def ids_of(window: QtMainWindow, kind: str) -> list[str]:
    with window.library.transaction() as session:
        return [object_id for object_id, _ in browse.titles(session, kind)]


def test_every_control_has_a_name_on_every_page_of_the_sample(qtbot, window):
    """The sample's pages hold every block kind and every question type; the inspector
    shows each page, and the course."""
    problems = set(unnamed_controls(window))
    for page_id in ids_of(window, "page"):
        window.show_page(page_id)
        window.select_object(page_id)
        qtbot.wait(5)
        problems |= set(unnamed_controls(window))
    for course_id in ids_of(window, "course"):
        window.select_object(course_id)
        problems |= set(unnamed_controls(window))
    assert sorted(problems) == []


@pytest.mark.parametrize("dialog", [PreferencesDialog, ExportDialog])
def test_every_control_of_the_dialogs_has_a_name(qtbot, window, dialog):
    shown = dialog(window) if dialog is PreferencesDialog else dialog(window.library, window)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert unnamed_controls(shown) == []
    shown.close()


def test_the_audit_finds_a_button_named_by_a_glyph(qtbot, window):
    """The check above can fail: a button whose name is "B" is reported."""
    from authoring.ui.qt import QPushButton

    button = QPushButton("B", window.browser)
    button.show()
    assert any("QPushButton" in problem for problem in unnamed_controls(window))
    button.deleteLater()


def test_f6_and_shift_f6_move_between_the_panes(qtbot, window):
    page_id = ids_of(window, "page")[0]
    window.show_page(page_id)
    window.select_object(page_id)
    window.outline.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.outline.view)
    visited = []
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(window.panes.current())
    assert visited == [1, 2, 3, 0], "outline → page → library → inspector → outline"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.panes.current() == 3
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.panes.current() == 2
    focus = QApplication.focusWidget()
    assert isinstance(focus, QLineEdit) and accessible_name(focus) == "Search the library"


def test_a_keyboard_alone_makes_a_page_with_a_text_block_and_a_question(qtbot, window):
    """No mouse: F6 to the outline, arrows to a lesson, Ctrl+Shift+N for a page, its title
    typed, Ctrl+Alt+T for a text block, Ctrl+Alt+Q for a question, both typed into."""
    from authoring.model import objects
    from authoring.ui.outline_model import KindRole

    def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
        QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)
        qtbot.wait(20)

    window.page_editor.title.setFocus()  # somewhere in the window, as after a start
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    while window.panes.current() != 0:
        press(Qt.Key.Key_F6)
    view = window.outline.view
    for _ in range(40):  # down the tree, opening it, to the first lesson
        if view.currentIndex().data(KindRole) == "lesson":
            break
        press(Qt.Key.Key_Right) if not view.isExpanded(view.currentIndex()) else None
        press(Qt.Key.Key_Down)
    assert view.currentIndex().data(KindRole) == "lesson"
    control = Qt.KeyboardModifier.ControlModifier
    press(Qt.Key.Key_N, control | Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(QApplication.focusWidget(), "Keyboard page")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.page_editor.title.text() == "Keyboard page", timeout=10000)
    page = window.page_editor.current_page()
    press(Qt.Key.Key_T, control | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(window.page_editor.block_editors()) == 1, timeout=10000)
    QTest.keyClicks(QApplication.focusWidget(), "Typed without a mouse.")
    press(Qt.Key.Key_Q, control | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(window.page_editor.block_editors()) == 2, timeout=10000)
    QTest.keyClicks(QApplication.focusWidget(), "Which key moves between panes?")

    def blocks() -> list[tuple[str, str]]:
        with window.library.reading() as session:
            refs = objects.children(session, page)
            return [(objects.get(session, r.id).kind,
                     objects.get(session, r.id).data.get("html") or objects.get(session, r.id).data.get("prompt", ""))
                    for r in refs]

    qtbot.waitUntil(lambda: len(blocks()) == 2 and "Which key" in blocks()[1][1], timeout=10000)
    kinds = blocks()
    assert kinds[0][0] == "text" and "Typed without a mouse." in kinds[0][1]
    assert kinds[1][0] == "question"
