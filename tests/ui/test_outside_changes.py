"""Item 14.2 in the app: what another program commits shows in the window by itself, and
typing that another program's change made stale is refused in plain words, then the
block shows their version (never a silent overwrite of theirs)."""

from __future__ import annotations

from pathlib import Path

from authoring.model import objects
from authoring.model.library import Library
from authoring.ui.main_window import QtMainWindow
from authoring.ui.qt import QTextCursor


def _page_with_a_block(path: Path) -> tuple[str, str]:
    with Library.create(path) as library, library.transaction() as session:
        block = objects.create(session, "text", "Doors", {"html": "<p>Fire doors</p>"})
        page = objects.create(session, "page", "Page", children=[block.id])
        return page.id, block.id


def _another_program_writes(path: Path, block_id: str, html: str) -> None:
    with Library.open(path) as other, other.transaction() as session:
        objects.update(session, block_id, data={"html": html})


def _open(qtbot, path: Path, page_id: str) -> QtMainWindow:
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_id)
    return window


def _html(window: QtMainWindow, block_id: str) -> str:
    with window.library.reading() as session:
        return objects.get(session, block_id).data["html"]


def test_a_change_another_program_made_shows_by_itself(qtbot, tmp_path):
    path = tmp_path / "Shared.cslib"
    page_id, block_id = _page_with_a_block(path)
    window = _open(qtbot, path, page_id)
    edit = window.page_editor.block_editors()[0].text
    assert edit.toPlainText() == "Fire doors"

    _another_program_writes(path, block_id, "<p>Fire doors stay shut</p>")
    qtbot.waitUntil(lambda: edit.toPlainText() == "Fire doors stay shut", timeout=5000)
    assert "another program" in window.statusBar().currentMessage()
    window.close()


def test_typing_made_stale_by_another_program_is_refused_and_theirs_shown(qtbot, tmp_path):
    path = tmp_path / "Shared.cslib"
    page_id, block_id = _page_with_a_block(path)
    window = _open(qtbot, path, page_id)
    editor = window.page_editor
    edit = editor.block_editors()[0].text
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " open")  # not saved yet: the pause has not come
    _another_program_writes(path, block_id, "<p>Fire doors stay shut</p>")

    qtbot.waitUntil(editor.save_error.isVisible, timeout=5000)
    assert "changed by someone else" in editor.save_error.text()
    assert editor.save_error.text().startswith("Not saved:")
    assert _html(window, block_id) == "<p>Fire doors stay shut</p>"  # theirs, kept
    qtbot.waitUntil(lambda: edit.toPlainText() == "Fire doors stay shut", timeout=5000)
    window.close()
