"""View › Translation…: a course translated by hand, string by string, and pseudo-translated."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.model import locales, objects
from authoring.model.library import Library
from authoring.model.translation.status import course_status
from authoring.ui.main_window import QtMainWindow
from authoring.ui.qt import QApplication, QMessageBox, Qt


@pytest.fixture
def drill(tmp_path: Path) -> tuple[Path, str, str]:
    path = tmp_path / "Drill.cslib"
    with Library.create(path, "en") as library, library.transaction() as s:
        text = objects.create(s, "text", "Intro", {"html": "<p>Leave by the <strong>nearest</strong> exit.</p>"})
        page = objects.create(s, "page", "Leaving", children=[text.id])
        lesson = objects.create(s, "lesson", "Evacuation", children=[page.id])
        course = objects.create(s, "course", "Fire drill", children=[lesson.id])
        locales.add_locale(s, "de")
        locales.set_translation(s, page.id, "title", "de", "Verlassen")
    return path, course.id, text.id


def _open(qtbot, gestures, path: Path, by_keys: bool = False):
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.show()
    if by_keys:
        window.activateWindow()  # the offscreen platform activates no window by itself
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
        gestures.key(QApplication.focusWidget() or window, Qt.Key.Key_T,
                     Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    else:
        gestures.menu(window, "View", "Translation…")
    qtbot.waitUntil(lambda: getattr(window, "translation_view", None) is not None
                    and window.translation_view.isVisible(), timeout=5000)
    return window, window.translation_view


def _row_of(view, words: str) -> int:
    return next(row for row in range(view.table.rowCount())
                if words in view.table.item(row, 1).text())


def _click_row(qtbot, view, row: int) -> None:
    table = view.table
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_translate_a_missing_string_by_hand_then_undo(qtbot, gestures, drill) -> None:
    path, course_id, text_id = drill
    window, view = _open(qtbot, gestures, path)
    assert view.windowTitle() == "Translation"
    assert view.course.accessibleName() == "Course" and view.course.currentText() == "Fire drill"
    assert view.locale.accessibleName() == "Target language" and view.locale.currentText() == "de"
    with window.library.reading() as s:
        total = course_status(s, course_id, "de").total
    assert view.coverage.text() == f"1 of {total} strings current ({round(100 / total)} %)"

    view.filter.setFocus()  # Missing is the first choice: choose it with the keyboard
    gestures.key(view.filter, Qt.Key.Key_Home)
    statuses = {view.table.item(r, 3).text() for r in range(view.table.rowCount())}
    assert statuses == {"missing"} and view.table.rowCount() == total - 1
    assert not any("Leaving" == view.table.item(r, 1).text() for r in range(view.table.rowCount()))

    _click_row(qtbot, view, _row_of(view, "nearest"))
    assert view.source.toPlainText() == "<1>Leave by the <2>nearest</2> exit.</1>"
    gestures.click(view.target)
    qtbot.keyClicks(view.target, "<1>Verlassen Sie das Haus durch den <2>naechsten</2> Ausgang.</1>")
    gestures.click(view.save_button)

    with window.library.reading() as s:
        assert locales.translations(s, text_id, "de")["html"] == \
            "<p>Verlassen Sie das Haus durch den <strong>naechsten</strong> Ausgang.</p>"
        assert course_status(s, course_id, "de").current == 2
    assert view.coverage.text().startswith(f"2 of {total} strings current")
    assert not any("nearest" in view.table.item(r, 1).text() for r in range(view.table.rowCount()))

    gestures.click(view.table)  # Ctrl+Z in the view undoes the save
    gestures.key(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with window.library.reading() as s:
        assert "html" not in locales.translations(s, text_id, "de")
    qtbot.waitUntil(lambda: view.coverage.text().startswith(f"1 of {total}"), timeout=3000)
    view.close()
    window.close()


def test_a_translation_that_drops_the_formatting_is_refused(qtbot, gestures, drill, capfd) -> None:
    path, course_id, text_id = drill
    window, view = _open(qtbot, gestures, path)
    _click_row(qtbot, view, _row_of(view, "nearest"))
    gestures.click(view.target)
    qtbot.keyClicks(view.target, "Verlassen Sie das Haus.")
    gestures.key(view.target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "inline code 1 is missing" in capfd.readouterr().err
    with window.library.reading() as s:
        assert "html" not in locales.translations(s, text_id, "de")
    assert view.target.toPlainText() == "Verlassen Sie das Haus."  # kept, to be fixed
    view.close()
    window.close()


def test_pseudo_translate_fills_the_missing_strings(qtbot, gestures, drill) -> None:
    path, course_id, _ = drill
    window, view = _open(qtbot, gestures, path, by_keys=True)
    view.locale.lineEdit().selectAll()
    qtbot.keyClicks(view.locale.lineEdit(), "qps")
    assert view.coverage.text().startswith("0 of ")
    gestures.click(view.pseudo_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=5000)
    box = QApplication.activeModalWidget()
    assert "qps" in box.text()
    go = next(b for b in box.buttons() if b.text() == "Pseudo-translate")
    gestures.click(go)

    def filled() -> bool:
        with window.library.reading() as s:
            return course_status(s, course_id, "qps").missing == 0

    qtbot.waitUntil(filled, timeout=10000)
    qtbot.waitUntil(lambda: view.coverage.text().endswith("(100 %)"), timeout=5000)
    gestures.key(view.filter, Qt.Key.Key_End)  # All
    assert "ñéȧŕéšţ" in view.table.item(_row_of(view, "nearest"), 2).text()
    view.close()
    window.close()
