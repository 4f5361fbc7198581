"""History in the inspector: compare two versions side by side, restore one, undo it."""

from __future__ import annotations

from authoring.model import objects, versions
from authoring.ui.qt import QApplication, QMessageBox

from tests.ui.test_main_window import open_window


def test_compare_two_versions_and_restore_the_older(qtbot, gestures, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    library = window.library
    with library.transaction() as session:
        block = objects.create(session, "text", "Doors", {"html": "<p>Keep fire doors shut.</p>"})
        versions.record(session, block.id, author="Ann Lee")
        objects.update(session, block.id, data={"html": "<p>Keep fire doors open.</p>"})
        versions.record(session, block.id, author="Bob Stone")
    window.select_object(block.id)
    history = window.inspector.history
    tabs = window.inspector.tabs.tabBar()
    gestures.click(tabs, tabs.tabRect(window.inspector.tabs.indexOf(history)).center())
    assert "Bob Stone" in history.list.item(0).text() and "Changed: Text" in history.list.item(0).text()
    gestures.click(history.list.viewport(), history.list.visualItemRect(history.list.item(0)).center())
    gestures.click(history.compare_button)
    dialog = history.compare_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "shut." in dialog.left.toPlainText() and "open." in dialog.right.toPlainText()
    assert "line-through" in dialog.left.toHtml() and "open." not in dialog.left.toPlainText()
    assert dialog.older.currentText() == "Version 1" and dialog.newer.currentText() == "Version 2"
    gestures.answer_box(QMessageBox.StandardButton.Ok)
    gestures.click(dialog.restore_button)

    def html() -> str:
        with library.transaction() as session:
            return objects.get(session, block.id).data["html"]

    qtbot.waitUntil(lambda: html() == "<p>Keep fire doors shut.</p>")
    qtbot.waitUntil(lambda: not dialog.isVisible())  # it would show a "now" that is gone
    qtbot.waitUntil(lambda: "Reverted to version 1" in history.list.item(0).text())
    window.undo_stack.undo()
    assert html() == "<p>Keep fire doors open.</p>"
    assert QApplication.activeModalWidget() is None


def test_the_first_start_asks_the_designer_name_once(qtbot, lib_path, monkeypatch) -> None:
    from authoring.ui import first_start, settings
    from authoring.ui.qt import Qt

    monkeypatch.delenv("COURSESMITH_NO_DIALOGS")  # a person at the screen
    window = open_window(qtbot, lib_path)
    dialog = first_start.ask_name_once(window)
    qtbot.waitUntil(dialog.isVisible)
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Dana Okafor")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert settings.author() == "Dana Okafor"
    assert first_start.ask_name_once(window) is None, "asked once"


def test_a_hidden_history_tab_waits_until_it_is_opened(qtbot, gestures, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    with window.library.transaction() as session:
        block = objects.create(session, "text", "Doors", {"html": "<p>Keep fire doors shut.</p>"})
        versions.record(session, block.id, author="Ann Lee")
    window.select_object(block.id)
    history = window.inspector.history
    assert history.list.count() == 0  # not rendered while nobody looks
    tabs = window.inspector.tabs.tabBar()
    gestures.click(tabs, tabs.tabRect(window.inspector.tabs.indexOf(history)).center())
    assert history.list.count() == 1 and "Ann Lee" in history.list.item(0).text()


def test_a_version_reads_as_it_looked_bold_and_lists_kept(qtbot, gestures, lib_path) -> None:
    """Seen in the designer's trial: the version view showed plain text, its bold lost."""
    window = open_window(qtbot, lib_path)
    with window.library.transaction() as session:
        block = objects.create(session, "text", "Doors", {
            "html": "<p>Keep fire doors <strong>shut</strong>.</p><ul><li>Day</li><li>Night</li></ul>"})
        versions.record(session, block.id, author="Ann Lee")
    window.select_object(block.id)
    history = window.inspector.history
    tabs = window.inspector.tabs.tabBar()
    gestures.click(tabs, tabs.tabRect(window.inspector.tabs.indexOf(history)).center())
    gestures.click(history.list.viewport(), history.list.visualItemRect(history.list.item(0)).center())
    document = history.content.document()
    qtbot.waitUntil(lambda: "Keep fire doors shut." in document.toPlainText())
    found = document.find("shut")
    assert found.charFormat().fontWeight() >= 700  # bold, as written
    assert document.find("Night").currentList() is not None  # still a list item
    assert "<strong>" not in document.toPlainText()  # rendered, not its markup
