"""Translation coverage in the library browser and the outline: what a person reads there
is what `translate status` prints, it follows edits, and it opens the Translation view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from authoring.cli import main
from authoring.model import locales, objects
from authoring.model.library import Library
from authoring.ui.coverage import SegmentsRole
from authoring.ui.main_window import QtMainWindow
from authoring.ui.qt import QApplication, QContextMenuEvent, Qt
from PySide6.QtWidgets import QToolTip


@pytest.fixture
def drill(tmp_path: Path) -> dict:
    path = tmp_path / "Drill.cslib"
    with Library.create(path, "en") as library, library.transaction() as s:
        text = objects.create(s, "text", "Intro", {"html": "<p>Leave by the <strong>nearest</strong> exit.</p>"})
        first = objects.create(s, "page", "Leaving", children=[text.id])
        second = objects.create(s, "page", "Gathering")
        lesson = objects.create(s, "lesson", "Evacuation", children=[first.id, second.id])
        course = objects.create(s, "course", "Fire drill", children=[lesson.id])
        locales.add_locale(s, "de")
        locales.add_locale(s, "fr")
        locales.set_translation(s, first.id, "title", "de", "Verlassen")
        locales.set_translation(s, second.id, "title", "de", "Sammeln")
        locales.set_translation(s, text.id, "html", "fr", "<p>Sortez par la <strong>plus proche</strong> sortie.</p>")
    return {"path": path, "course": course.id, "lesson": lesson.id, "first": first.id,
            "second": second.id, "text": text.id}


def _status(drill: dict, locale: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["translate", "status", str(drill["path"]), drill["course"], "--locale", locale,
                 "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _line(status: dict) -> str:
    """The tooltip's line for one locale, from `translate status --json`."""
    percent = 100 * status["current"] // status["total"]
    return (f"{status['locale']}: {percent}% done — {status['current']} current, "
            f"{status['outdated']} outdated, {status['missing']} missing of {status['total']} strings")


def _open(qtbot, drill: dict) -> QtMainWindow:
    window = QtMainWindow(Library.open(drill["path"]))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.activateWindow()  # tooltips show in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window


def _browser_row(window, object_id: str):
    model = window.browser.model
    return next(model.index(r) for r in range(model.rowCount())
                if model.index(r).data(Qt.ItemDataRole.UserRole + 1) == object_id)


def _hover_tooltip(qtbot, view, index) -> str:
    """Rest the mouse on a row until its tooltip shows; the tooltip's text."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
    view.window().activateWindow()  # the Translation view may have been in front
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window(), timeout=5000)
    point = view.visualRect(index).center()
    qtbot.mouseMove(view.viewport(), point)
    qtbot.mouseMove(view.viewport(), point + point.__class__(1, 0))
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    return QToolTip.text()


def _double_click(qtbot, view, point) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _context_menu(qtbot, widget, view, index, text: str) -> None:
    viewport, point = view.viewport(), view.visualRect(index).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=point)
    # the event a window system sends for that right click (QTest sends only the mouse's)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point)))
    qtbot.waitUntil(lambda: getattr(widget, "context_menu", None) is not None)
    menu = widget.context_menu
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text().startswith(text))
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    widget.context_menu = None


def test_the_library_shows_each_locale_and_follows_a_saved_translation(qtbot, gestures, drill, capsys) -> None:
    window = _open(qtbot, drill)
    de, fr = _status(drill, "de", capsys), _status(drill, "fr", capsys)
    row = _browser_row(window, drill["course"])
    qtbot.waitUntil(lambda: bool(row.data(SegmentsRole)), timeout=5000)
    assert row.data(SegmentsRole) == [("de", f"de {100 * de['current'] // de['total']}%"),
                                      ("fr", f"fr {100 * fr['current'] // fr['total']}%")]
    tip = _hover_tooltip(qtbot, window.browser.view, row)
    assert tip.splitlines()[-3:] == ["Translation coverage:", _line(de), _line(fr)]
    assert row.data(Qt.ItemDataRole.AccessibleDescriptionRole) == \
        f"Translation coverage: {_line(de)} {_line(fr)}"

    # a double-click on "fr …%" opens the Translation view on French, at what is missing
    view = window.browser.view
    rect = window.browser.delegate.segment_rect(row, "fr")
    assert rect.isValid() and view.viewport().rect().contains(rect)
    _double_click(qtbot, view, rect.center())
    qtbot.waitUntil(lambda: getattr(window, "translation_view", None) is not None
                    and window.translation_view.isVisible(), timeout=5000)
    tv = window.translation_view
    assert (tv.course.currentText(), tv.locale.currentText(), tv.filter.currentText()) == \
        ("Fire drill", "fr", "Missing")
    assert tv.current_unit().id == f"{drill['course']}:title"  # the first string to do
    gestures.click(tv.target)
    qtbot.keyClicks(tv.target, "Exercice incendie")
    gestures.click(tv.save_button)

    fr = _status(drill, "fr", capsys)
    assert fr["current"] == 2
    qtbot.waitUntil(lambda: ("fr", f"fr {100 * 2 // fr['total']}%") in row.data(SegmentsRole),
                    timeout=5000)
    assert _hover_tooltip(qtbot, window.browser.view, row).splitlines()[-1] == _line(fr)
    tv.close()
    window.close()


def test_the_outline_marks_pages_and_follows_an_edited_source(qtbot, gestures, drill, capsys) -> None:
    window = _open(qtbot, drill)
    outline = window.outline
    assert outline.coverage_locale.accessibleName() == "Translation coverage shown"
    assert outline.coverage_locale.currentText() == "de"  # the first target locale
    model, tree = outline.model, outline.view
    course = model.find(drill["course"])
    tree.expandAll()
    first = model.find(drill["first"])
    second = model.find(drill["second"])
    lesson = model.find(drill["lesson"])
    de = _status(drill, "de", capsys)
    qtbot.waitUntil(lambda: bool(course.data(SegmentsRole)), timeout=5000)
    assert course.data(SegmentsRole) == [("de", f"de {100 * de['current'] // de['total']}%")]
    assert second.data(SegmentsRole) == [("de", "✓")]  # its title, its only string, is done
    assert first.data(SegmentsRole) == [("de", "1 missing")]  # the text block is not
    assert lesson.data(SegmentsRole) == [("de", "50%")]  # 2 of 4: title, description, pages
    assert _hover_tooltip(qtbot, tree, course).splitlines()[-1] == _line(de)

    # the designer renames the second page: its German title is now outdated
    gestures.click(tree.viewport(), tree.visualRect(second).center())
    gestures.key(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Gathering outside")
    gestures.key(editor, Qt.Key.Key_Return)
    de = _status(drill, "de", capsys)
    assert de["outdated"] == 1
    second = model.find(drill["second"])
    qtbot.waitUntil(lambda: second.data(SegmentsRole) == [("de", "1 outdated")], timeout=5000)
    assert course.data(SegmentsRole) == [("de", f"de {100 * de['current'] // de['total']}% (1 outdated)")]
    assert _hover_tooltip(qtbot, tree, course).splitlines()[-1] == _line(de)

    # French instead, chosen with the keyboard
    outline.coverage_locale.setFocus()
    gestures.key(outline.coverage_locale, Qt.Key.Key_Down)
    fr = _status(drill, "fr", capsys)
    assert course.data(SegmentsRole) == [("fr", f"fr {100 * fr['current'] // fr['total']}%")]
    assert first.data(SegmentsRole) == [("fr", "1 missing")]  # its title

    # "Translate into fr…" on the page: the view opens at the page's first string to do
    _context_menu(qtbot, outline, tree, second, "Translate into fr")
    qtbot.waitUntil(lambda: getattr(window, "translation_view", None) is not None
                    and window.translation_view.isVisible(), timeout=5000)
    tv = window.translation_view
    assert (tv.locale.currentText(), tv.filter.currentText()) == ("fr", "Missing")
    assert tv.current_unit().id == f"{drill['second']}:title"
    tv.close()
    window.close()


def test_no_target_locale_shows_no_coverage(qtbot, lib_path) -> None:
    with Library.open(lib_path) as library, library.transaction() as s:
        course = objects.create(s, "course", "Alone")
    window = QtMainWindow(Library.open(lib_path))
    qtbot.addWidget(window)
    window.show()
    assert not window.outline.coverage_locale.isVisible()
    qtbot.wait(300)
    assert window.outline.model.find(course.id).data(SegmentsRole) == []
    assert _browser_row(window, course.id).data(SegmentsRole) == []

    with window.library.transaction() as s:  # as an export for a new language does
        locales.add_locale(s, "es")
    qtbot.waitUntil(window.outline.coverage_locale.isVisible, timeout=3000)
    assert window.outline.coverage_locale.currentText() == "es"
    row = window.outline.model.find(course.id)
    qtbot.waitUntil(lambda: row.data(SegmentsRole) == [("es", "es 0%")], timeout=5000)
    window.close()


def test_in_a_right_to_left_window_the_figures_sit_at_the_rows_left(qtbot, drill, qapp) -> None:
    """Seen in Arabic: the figures were drawn at the right, over the title that starts there."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = _open(qtbot, drill)
        row = _browser_row(window, drill["course"])
        qtbot.waitUntil(lambda: bool(row.data(SegmentsRole)), timeout=5000)
        view = window.browser.view
        view.viewport().repaint()
        whole = view.visualRect(row)
        drawn = [window.browser.delegate.segment_rect(row, locale) for locale in ("de", "fr")]
        assert all(rect.isValid() for rect in drawn)
        assert all(rect.right() < whole.center().x() for rect in drawn), (drawn, whole)
        window.close()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
