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
