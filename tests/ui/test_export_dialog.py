"""File › Export… as a designer uses it: sensible defaults, every problem shown with the
choices kept, an overwrite check, and a result with next steps."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from authoring.model import objects
from authoring.model.library import Library
from authoring.ui.export_dialog import ExportDialog
from authoring.ui.qt import QMessageBox, Qt

from tests.export.conftest import build_small_course


@pytest.fixture
def course(tmp_path):
    library = Library.create(tmp_path / "lib.cslib")
    built = build_small_course(library, tmp_path)
    yield built
    library.close()


def open_dialog(qtbot, library) -> ExportDialog:
    dialog = ExportDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_defaults_are_scorm_2004_and_a_file_named_after_the_course(qtbot, course):
    dialog = open_dialog(qtbot, course.library)
    assert dialog.format.currentText() == "SCORM 2004 (4th edition)"
    assert Path(dialog.output.text()).name == "Fire basics.zip"
    assert dialog.per_lesson.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("xapi"))
    assert not dialog.per_lesson.isEnabled(), "xAPI launches the course as one unit"


def test_an_export_is_remembered_and_reported_with_next_steps(qtbot, course, tmp_path):
    dialog = open_dialog(qtbot, course.library)
    dialog.format.setCurrentIndex(dialog.format.findData("scorm12"))
    dialog.output.setText(str(tmp_path / "out" / "fire.zip"))
    (tmp_path / "out").mkdir()
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: getattr(dialog, "result_dialog", None) is not None, timeout=60000)
    result = dialog.result_dialog
    assert (tmp_path / "out" / "fire.zip").is_file()
    click(qtbot, result.validate)
    qtbot.waitUntil(lambda: "no problems found" in result.validation.text(), timeout=30000)
    assert "Valid SCORM 1.2 package" in result.validation.text()  # the format's name, not its id
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "out" / "fire.zip").stat().st_mode & 0o777 == 0o666 & ~umask  # not 0600
    result.close()
    again = open_dialog(qtbot, course.library)
    assert again.format.currentText() == "SCORM 1.2"
    assert again.output.text() == str(tmp_path / "out" / "fire.zip")


def test_every_problem_is_listed_and_the_choices_stay(qtbot, course, tmp_path):
    with course.library.transaction() as session:
        for number in (1, 2):
            broken = objects.create(session, "question", f"Broken {number}",
                                    {"type": "single", "prompt": "", "choices": []})
            refs = objects.children(session, course.pages[0])
            objects.set_children(session, course.pages[0], [*refs, broken.id])
    dialog = open_dialog(qtbot, course.library)
    dialog.format.setCurrentIndex(dialog.format.findData("cmi5"))
    target = tmp_path / "cmi5.zip"
    dialog.output.setText(str(target))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.problems.count() > 0, timeout=60000)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert sum("Broken 1" in text for text in listed) >= 1 and sum("Broken 2" in text for text in listed) >= 1
    assert dialog.isVisible() and dialog.format.currentData() == "cmi5"
    assert dialog.output.text() == str(target) and not target.exists()


def test_an_existing_file_is_replaced_only_when_the_designer_says_so(qtbot, gestures, course, tmp_path):
    target = tmp_path / "keep.zip"
    target.write_bytes(b"the designer's old package")
    dialog = open_dialog(qtbot, course.library)
    dialog.output.setText(str(target))
    seen: list[str] = []
    gestures.answer_box(QMessageBox.StandardButton.No, seen)
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "keep.zip" in seen[0] and "already exists" in seen[0]
    assert target.read_bytes() == b"the designer's old package" and dialog.isVisible()


def test_the_result_dialogs_preview_opens_the_exported_course_in_the_window(qtbot, course, tmp_path):
    from authoring.ui.main_window import QtMainWindow
    from authoring.ui.qt import QApplication

    window = QtMainWindow(course.library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.setActiveWindow(window)  # the offscreen platform activates none
    window.outline.view.setFocus()
    qtbot.keyClick(window.outline.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # File › Export…
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None, timeout=5000)
    dialog = window.findChild(ExportDialog)
    qtbot.waitExposed(dialog)
    dialog.output.setText(str(tmp_path / "fire.zip"))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: getattr(dialog, "result_dialog", None) is not None, timeout=60000)
    result = dialog.result_dialog
    assert result.preview.isVisible()
    click(qtbot, result.preview)
    qtbot.waitUntil(lambda: window.preview_dock.isVisible() and window.preview_dock.preview is not None,
                    timeout=10000)
    qtbot.waitUntil(lambda: window.preview_dock.preview.course_id == course.course, timeout=10000)
    result.close()
