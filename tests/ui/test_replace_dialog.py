"""Edit › Replace in library… driven as a designer does: Ctrl+Shift+H, typing, choosing a
course, reading the matches, clicking Replace all; then one Ctrl+Z undoes it all."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.model import locales, objects, versions
from authoring.model.library import Library
from authoring.ui.main_window import QtMainWindow
from authoring.ui.qt import QApplication, QLineEdit, QPushButton, Qt
from authoring.ui.replace_dialog import ReplaceDialog


@pytest.fixture
def lib(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "lib.cslib"
    with Library.create(path) as library, library.transaction() as s:
        locales.add_locale(s, "fr")
        ids = {"text": objects.create(s, "text", "Intro", {"html": '<p>Go to the <a href="https://x.org/muster">muster point</a>.</p>'}).id,
               "question": objects.create(s, "question", "Q", {"type": "true_false", "prompt": "Is the muster point outside?"}).id,
               "other": objects.create(s, "text", "Other", {"html": "<p>Another muster point.</p>"}).id}
        ids["page"] = objects.create(s, "page", "The muster point", children=[ids["text"], ids["question"]]).id
        ids["lesson"] = objects.create(s, "lesson", "Leaving", children=[ids["page"]]).id
        ids["course"] = objects.create(s, "course", "Evacuation", children=[ids["lesson"]]).id
        other_page = objects.create(s, "page", "Else", children=[ids["other"]]).id
        objects.create(s, "course", "Other course", children=[objects.create(s, "lesson", "L", children=[other_page]).id])
        for object_id in ids.values():
            versions.record(s, object_id)
    return path, ids


def open_dialog(qtbot, path: Path) -> tuple[QtMainWindow, ReplaceDialog]:
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.show()
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReplaceDialog))
    dialog = QApplication.activeModalWidget()
    QApplication.setActiveWindow(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.find)  # Find has the focus first
    return window, dialog


def press(qtbot, window: QtMainWindow, key, modifiers) -> None:
    """A shortcut typed with the window active and the outline focused (the offscreen
    platform activates no window by itself)."""
    QApplication.setActiveWindow(window)
    window.outline.view.setFocus()
    qtbot.keyClick(window.outline.view, key, modifiers)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, combo, text: str) -> None:
    """Open the list with the keyboard, pick the entry by typing its start, Enter."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, text
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def shown(dialog: ReplaceDialog) -> dict[str, list[tuple[str, str, str]]]:
    tree = dialog.matches
    found = {}
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        found[top.text(0)] = [tuple(top.child(j).text(c) for c in range(3)) for j in range(top.childCount())]
    return found


def test_every_control_has_an_accessible_name(qtbot, lib) -> None:
    window, dialog = open_dialog(qtbot, lib[0])
    names = {w.accessibleName() for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QPushButton)}
    assert {"Find", "Replace with", "Replace all", "Close"} <= names
    assert dialog.scope.accessibleName() == "Scope" and dialog.locale.accessibleName() == "Locale"
    assert dialog.matches.accessibleName() == "Matches"
    assert window.replace_action.text().replace("&", "") == "Replace in library…"
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_find_preview_replace_then_one_undo(qtbot, lib) -> None:
    path, ids = lib
    window, dialog = open_dialog(qtbot, path)
    qtbot.keyClicks(dialog.find, "muster point")
    qtbot.keyClick(dialog.find, Qt.Key.Key_Tab)  # focus moves to Replace with
    assert QApplication.focusWidget() is dialog.replacement
    qtbot.keyClicks(QApplication.focusWidget(), "assembly point")
    qtbot.waitUntil(lambda: dialog.summary.text() == "4 matches in 4 objects")
    assert not dialog.apply_button.isEnabled() or dialog.plan.matches == 4

    choose(qtbot, dialog.scope, "Course: Evacuation")
    qtbot.waitUntil(lambda: dialog.summary.text() == "3 matches in 3 objects")
    matches = shown(dialog)
    assert matches["The muster point"] == [("Title", "The muster point", "The assembly point")]
    assert matches["Q"] == [("Prompt", "Is the muster point outside?", "Is the assembly point outside?")]
    assert matches["Intro"] == [("Text", "Go to the muster point.", "Go to the assembly point.")]
    assert "Other" not in matches

    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with window.library.transaction() as s:
        assert objects.get(s, ids["page"]).title == "The assembly point"
        html = objects.get(s, ids["text"]).data["html"]
        assert "assembly point</a>" in html and "x.org/muster" in html  # the link's URL untouched
        assert objects.get(s, ids["other"]).data["html"] == "<p>Another muster point.</p>"
        assert objects.get(s, ids["question"]).head == 2  # a new version
    assert window.undo_stack.count() == 1

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.undo_stack.index() == 0)
    with window.library.transaction() as s:
        assert objects.get(s, ids["page"]).title == "The muster point"
        assert objects.get(s, ids["question"]).data["prompt"] == "Is the muster point outside?"
        assert "muster point</a>" in objects.get(s, ids["text"]).data["html"]


def test_a_translation_replace_is_undone_too(qtbot, lib) -> None:
    path, ids = lib
    with Library.open(path) as library, library.transaction() as s:
        locales.set_translation(s, ids["question"], "prompt", "fr", "Le point de rassemblement est-il dehors ?")
    window, dialog = open_dialog(qtbot, path)
    qtbot.keyClicks(dialog.find, "rassemblement")
    qtbot.keyClick(dialog.find, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "regroupement")  # QTest types ASCII only
    qtbot.waitUntil(lambda: dialog.summary.text() == "0 matches in 0 objects")  # the source has none
    choose(qtbot, dialog.locale, "fr")
    qtbot.waitUntil(lambda: dialog.summary.text() == "1 match in 1 object")
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with window.library.transaction() as s:
        assert locales.translations(s, ids["question"], "fr")["prompt"] == "Le point de regroupement est-il dehors ?"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.undo_stack.index() == 0)
    with window.library.transaction() as s:
        assert locales.translations(s, ids["question"], "fr")["prompt"] == "Le point de rassemblement est-il dehors ?"
