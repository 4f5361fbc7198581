"""The Translation view shows what changed in an outdated string's source (removed words
struck out, added words underlined, and the same in words for a screen reader), and the
picture an alt text describes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from authoring.model import assets, locales, objects, versions
from authoring.model.library import Library
from authoring.ui.main_window import QtMainWindow
from authoring.ui.qt import QApplication, QColor, Qt
from authoring.ui.replace_dialog import ReplaceDialog

RED, BLUE = (200, 30, 30), (30, 60, 200)


@pytest.fixture
def drill(tmp_path: Path) -> dict[str, str]:
    """A translated course: a text, and two pictures with their own alt texts."""
    path = tmp_path / "Drill.cslib"
    ids = {"path": str(path)}
    with Library.create(path, "en") as library, library.transaction() as s:
        for name, colour in (("red", RED), ("blue", BLUE)):
            picture = tmp_path / f"{name}.png"
            Image.new("RGB", (64, 48), colour).save(picture)
            ids[name] = assets.import_file(s, picture).object_id
        objects.update(s, ids["red"], data={"alt": "A red alarm call point"})
        objects.update(s, ids["blue"], data={"alt": "A blue fire blanket"})
        ids["text"] = objects.create(s, "text", "Intro", {
            "html": "<p>Leave by the <strong>nearest</strong> exit and wait.</p>"}).id
        media = [objects.create(s, "media", name, {"asset": ids[name]}).id for name in ("red", "blue")]
        page = objects.create(s, "page", "Leaving", children=[ids["text"], *media])
        lesson = objects.create(s, "lesson", "Evacuation", children=[page.id])
        objects.create(s, "course", "Fire drill", children=[lesson.id])
        locales.add_locale(s, "de")
        locales.set_translation(s, ids["text"], "html", "de",
                                "<p>Verlassen Sie das Haus durch den <strong>nächsten</strong> "
                                "Ausgang und warten Sie.</p>")
        locales.set_translation(s, page.id, "title", "de", "Verlassen")
        locales.set_translation(s, ids["blue"], "alt", "de", "Eine Löschdecke",
                                seen_hash=locales.source_hash("A fire blanket, never stored"))
        for object_id in (ids["text"], page.id):
            versions.record(s, object_id)
    return ids


def _press(qtbot, window: QtMainWindow, key, modifiers) -> None:
    """A shortcut typed with the window active (the offscreen platform activates none)."""
    QApplication.setActiveWindow(window)
    window.outline.view.setFocus()
    qtbot.keyClick(window.outline.view, key, modifiers)


def _replace(qtbot, gestures, window: QtMainWindow, find: str, replacement: str) -> None:
    """Edit › Replace in library…, typed as a designer does: a new version of each object."""
    _press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReplaceDialog))
    dialog = QApplication.activeModalWidget()
    QApplication.setActiveWindow(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.find)
    qtbot.keyClicks(dialog.find, find)
    gestures.key(dialog.find, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), replacement)
    qtbot.waitUntil(lambda: dialog.summary.text() == "1 match in 1 object")
    gestures.click(dialog.apply_button)  # the dialog closes (and is deleted)
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), ReplaceDialog))


def _open_view(qtbot, window: QtMainWindow):
    _press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "translation_view", None) is not None
                    and window.translation_view.isVisible(), timeout=5000)
    return window.translation_view


def _show(gestures, view, label: str) -> None:
    """Pick Missing / Outdated / All in Show with the arrow keys."""
    view.filter.setFocus()
    gestures.key(view.filter, Qt.Key.Key_Home)
    while view.filter.currentText() != label:
        gestures.key(view.filter, Qt.Key.Key_Down)


def _click_row(gestures, view, words: str) -> None:
    row = next(r for r in range(view.table.rowCount()) if words in view.table.item(r, 1).text())
    rect = view.table.visualRect(view.table.model().index(row, 0))
    gestures.click(view.table.viewport(), rect.center())


def _marks(view, words: str) -> tuple[bool, bool]:
    """(struck out, underlined) of WORDS as the diff shows them."""
    cursor = view.changes.document().find(words)
    assert not cursor.isNull(), f"{words!r} is not shown"
    char = cursor.charFormat()
    return char.fontStrikeOut(), char.fontUnderline()


def test_an_edited_source_shows_its_removed_and_added_words(qtbot, gestures, drill) -> None:
    window = QtMainWindow(Library.open(Path(drill["path"])))
    qtbot.addWidget(window)
    window.show()
    _replace(qtbot, gestures, window, "exit", "marked door")
    with window.library.reading() as s:
        assert objects.get(s, drill["text"]).head == 2  # the edit is a new version

    view = _open_view(qtbot, window)
    _show(gestures, view, "Outdated")
    assert {view.table.item(r, 3).text() for r in range(view.table.rowCount())} == {"outdated"}
    _click_row(gestures, view, "marked door")

    assert view.changes.isVisible()
    shown = view.changes.toPlainText()
    assert shown == "Leave by the nearest exit marked door and wait."
    assert _marks(view, "exit") == (True, False)
    assert _marks(view, "marked door") == (False, True)
    assert _marks(view, "nearest") == (False, False)
    said = view.changes.accessibleDescription()
    assert "Words removed: “exit”." in said and "Words added: “marked door”." in said
    assert view.changes.accessibleName() == "What changed in the source"
    assert view.source.toPlainText() == "<1>Leave by the <2>nearest</2> marked door and wait.</1>"

    _show(gestures, view, "All")  # a current string has nothing to compare
    _click_row(gestures, view, "Leaving")
    assert not view.changes.isVisible()
    view.close()
    window.close()


def test_a_previous_source_never_stored_is_said_plainly(qtbot, gestures, drill) -> None:
    window = QtMainWindow(Library.open(Path(drill["path"])))
    qtbot.addWidget(window)
    window.show()
    view = _open_view(qtbot, window)
    _show(gestures, view, "Outdated")
    _click_row(gestures, view, "blue fire blanket")
    assert view.changes.isVisible()
    assert "Previous source not available" in view.changes.toPlainText()
    assert "Previous source not available" in view.changes.accessibleDescription()
    view.close()
    window.close()


def test_an_alt_text_shows_the_picture_it_describes(qtbot, gestures, drill) -> None:
    window = QtMainWindow(Library.open(Path(drill["path"])))
    qtbot.addWidget(window)
    window.show()
    view = _open_view(qtbot, window)
    _show(gestures, view, "All")

    for words, colour in (("red alarm", RED), ("blue fire", BLUE)):
        _click_row(gestures, view, words)
        assert view.picture.isVisible()
        image = view.picture.pixmap().toImage()
        assert not image.isNull() and image.width() <= 120 and image.height() <= 120
        centre = QColor(image.pixel(image.width() // 2, image.height() // 2))
        assert all(abs(a - b) < 12 for a, b in zip((centre.red(), centre.green(), centre.blue()), colour))
        assert view.picture.accessibleName() == "Picture the alt text describes"

    _click_row(gestures, view, "Leave by")  # not an alt text: no picture
    assert not view.picture.isVisible()
    view.close()
    window.close()
