"""Whole flows through the main window, with the real model underneath."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from authoring.model import objects, versions, workflow
from authoring.model.library import Library
from authoring.ui import operations, settings
from authoring.ui.browser_model import IdRole
from authoring.ui.drag import OBJECT_IDS_MIME
from authoring.ui.main_window import QtMainWindow
from authoring.ui.outline_model import IdRole as OutlineId
from authoring.ui.qt import QDropEvent, QMessageBox, QMimeData, QPointF, Qt, QUrl


def open_window(qtbot, path: Path) -> QtMainWindow:
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.show()
    return window


def drop_files(view, paths: list[Path]) -> None:
    """What the desktop does when files are dropped on the view."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert event.isAccepted()


def titles(library: Library, parent_id: str) -> list[str]:
    with library.transaction() as session:
        return [objects.get(session, ref.id).title for ref in objects.children(session, parent_id)]


def outline_titles(window: QtMainWindow, parent_id: str) -> list[str]:
    model = window.outline.model
    parent = model.find(parent_id)
    model.ensure_loaded(parent)
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def build_course(window: QtMainWindow) -> dict[str, str]:
    outline = window.outline
    ids = {"course": outline.add_course("Fire Safety")}
    ids["l1"] = outline.add_lesson(ids["course"], "Understanding fire")
    ids["l2"] = outline.add_lesson(ids["course"], "When a fire starts")
    for key, lesson, title in (("p1", "l1", "Fire triangle"), ("p2", "l1", "Classes of fire"),
                               ("p3", "l1", "Fire spread"), ("p4", "l2", "Raise the alarm")):
        outline.view.setCurrentIndex(outline.model.find(ids[lesson]))
        ids[key] = outline.add_page(title=title)
    return ids



def test_the_title_names_the_library(qtbot, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    assert "Fire Safety — Coursesmith" in window.windowTitle()
    assert not window.isWindowModified()
    assert window.save_state.text() == "All changes saved"
    assert settings.recent_libraries()[0] == str(lib_path)


def test_dropping_two_pngs_on_the_browser_imports_them(qtbot, lib_path, images) -> None:
    window = open_window(qtbot, lib_path)
    browser = window.browser
    with qtbot.waitSignal(browser.import_finished, timeout=20000) as finished:
        drop_files(browser.view, [images.png("a.png", seed=1), images.png("b.png", seed=2)])
    assert [o.status for o in finished.args[0]] == ["imported", "imported"]
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2)
    index = browser.model.index(0)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()  # a thumbnail
    mime = browser.model.mimeData([index, browser.model.index(1)])
    assert bytes(mime.data(OBJECT_IDS_MIME)).decode().split("\n") == browser.model.ids()
    qtbot.waitUntil(lambda: operations.running() == 0)  # the images prepared after the import
    assert not window.isWindowModified()


def test_refused_files_are_listed_and_the_rest_imported(qtbot, lib_path, images, tmp_path) -> None:
    window = open_window(qtbot, lib_path)
    broken = tmp_path / "broken.png"
    broken.write_bytes(images.png("good.png").read_bytes()[:200])
    with qtbot.waitSignal(window.browser.import_finished, timeout=20000) as finished:
        window.browser.import_paths([str(images.folder / "good.png"), str(broken)])
    assert sorted(o.status for o in finished.args[0]) == ["imported", "refused"]
    qtbot.waitUntil(lambda: window.browser.model.rowCount() == 1)


def test_build_a_course_reorder_pages_undo_redo(qtbot, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    ids = build_course(window)
    library, model, stack = window.library, window.outline.model, window.undo_stack
    assert outline_titles(window, ids["course"]) == ["Understanding fire", "When a fire starts"]
    assert outline_titles(window, ids["l1"]) == ["Fire triangle", "Classes of fire", "Fire spread"]

    # drag "Fire spread" to the top of its lesson: the model's own drop path
    lesson = model.find(ids["l1"])
    dragged = model.mimeData([model.index(2, 0, lesson)])
    assert model.canDropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, lesson)
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, lesson)
    expected = ["Fire spread", "Fire triangle", "Classes of fire"]
    assert titles(library, ids["l1"]) == expected == outline_titles(window, ids["l1"])
    stack.undo()
    assert outline_titles(window, ids["l1"]) == ["Fire triangle", "Classes of fire", "Fire spread"]
    stack.redo()
    assert outline_titles(window, ids["l1"]) == expected

    # and a page dropped onto another lesson's page lands right after it
    target = model.find(ids["p4"])
    model.dropMimeData(model.mimeData([model.find(ids["p1"])]), Qt.DropAction.MoveAction, -1, 0, target)
    assert titles(library, ids["l2"]) == ["Raise the alarm", "Fire triangle"]
    assert outline_titles(window, ids["l1"]) == ["Fire spread", "Classes of fire"]
    stack.undo()
    assert titles(library, ids["l2"]) == ["Raise the alarm"]
    assert outline_titles(window, ids["l1"]) == expected


def test_a_lesson_cannot_be_dropped_among_pages_of_nowhere(qtbot, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    ids = build_course(window)
    model = window.outline.model
    dragged = model.mimeData([model.find(ids["course"])])
    assert not model.canDropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, model.find(ids["l1"]))


def test_rename_duplicate_delete_with_undo(qtbot, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    ids = build_course(window)
    outline, model = window.outline, window.outline.model
    assert model.setData(model.find(ids["p2"]), "Fire classes")
    assert outline_titles(window, ids["l1"])[1] == "Fire classes"

    outline.view.setCurrentIndex(model.find(ids["p2"]))
    copy_id = outline.duplicate_current()
    assert outline_titles(window, ids["l1"]) == ["Fire triangle", "Fire classes", "Fire classes (copy)", "Fire spread"]
    assert copy_id != ids["p2"]

    outline.view.setCurrentIndex(model.find(copy_id))
    outline.delete_current(confirm=False)
    assert outline_titles(window, ids["l1"]) == ["Fire triangle", "Fire classes", "Fire spread"]
    window.undo_stack.undo()
    assert outline_titles(window, ids["l1"])[2] == "Fire classes (copy)"


def test_search_as_you_type_shows_a_hit(qtbot, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    with window.library.transaction() as session:
        block = objects.create(session, "text", "Exits", {"html": "<p>Know your evacuation route.</p>"})
        objects.create(session, "text", "Other", {"html": "<p>Nothing to see.</p>"})
    browser = window.browser
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2)
    qtbot.keyClicks(browser.search, "evacu*")
    qtbot.waitUntil(lambda: browser.model.searching and browser.model.ids() == [block.id], timeout=5000)
    assert browser.count.text() == "Results: 1"
    browser.search.clear()
    qtbot.waitUntil(lambda: not browser.model.searching and browser.model.rowCount() == 2)


def test_revert_a_version_from_the_inspector(qtbot, gestures, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    library = window.library
    with library.transaction() as session:
        block = objects.create(session, "text", "Doors", {"html": "<p>Keep fire doors shut.</p>"})
        versions.record(session, block.id, author="Ann", summary="first")
        objects.update(session, block.id, data={"html": "<p>Wedge fire doors open.</p>"})
        versions.record(session, block.id, author="Bob", summary="second")
    window.select_object(block.id)
    history = window.inspector.history
    tabs = window.inspector.tabs.tabBar()
    gestures.click(tabs, tabs.tabRect(window.inspector.tabs.indexOf(history)).center())
    assert history.list.count() == 2
    assert "Version 2" in history.list.item(0).text()  # newest first
    history.list.setCurrentRow(1)
    assert "Keep fire doors shut" in history.content.toPlainText()
    assert "<p>" not in history.content.toPlainText()  # the text as it reads, not its markup
    seen: list[str] = []
    gestures.answer_box(QMessageBox.StandardButton.Ok, seen)
    gestures.click(history.revert_button)
    qtbot.waitUntil(lambda: history.list.count() == 3)
    assert "new version" in seen[0]
    assert seen[1:] == ["Restore"]  # the button says what it does, not "Yes"

    def html() -> str:
        with library.transaction() as session:
            return objects.get(session, block.id).data["html"]

    assert html() == "<p>Keep fire doors shut.</p>"
    assert history.list.count() == 3 and "Reverted to version 1" in history.list.item(0).text()
    window.undo_stack.undo()
    assert html() == "<p>Wedge fire doors open.</p>"


def test_comments_and_workflow_in_the_inspector(qtbot, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    with window.library.transaction() as session:
        page = objects.create(session, "page", "Exits")
    window.select_object(page.id)
    inspector = window.inspector
    inspector.comments.add("Is this the right exit?")
    assert inspector.comments.tree.topLevelItemCount() == 1
    inspector.comments.tree.setCurrentItem(inspector.comments.tree.topLevelItem(0))
    inspector.comments.reply("Yes.")
    assert inspector.comments.tree.topLevelItem(0).childCount() == 1
    inspector.comments.tree.setCurrentItem(inspector.comments.tree.topLevelItem(0))
    inspector.comments.toggle_resolved()
    assert "resolved" in inspector.comments.tree.topLevelItem(0).text(0)
    inspector.state_buttons["in_review"].click()
    assert inspector.state_label.text() == "in review"
    tabs = inspector.tabs.tabBar()  # the History tab, as a person opens it
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(inspector.tabs.indexOf(inspector.history)).center())
    assert inspector.history.list.count() == 1  # sending to review records a version


def test_the_browser_filters_by_a_state_as_people_write_it(qtbot, gestures, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    with window.library.transaction() as session:
        objects.create(session, "page", "Draft page")
        reviewed = objects.create(session, "page", "Reviewed page").id
        workflow.set_state(session, reviewed, "in_review")
    browser = window.browser
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2)
    combo = browser.state
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Any state", "draft", "in review", "approved"]
    gestures.click(combo)
    qtbot.waitUntil(combo.view().isVisible)  # the list drops down: type the state, Return
    qtbot.keyClicks(combo.view(), "in review")
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1)
    assert browser.model.index(0, 0).data(IdRole) == reviewed


def test_a_rename_becomes_a_version_when_the_designer_moves_on(qtbot, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    ids = build_course(window)
    window.outline.rename(ids["p1"], "The fire triangle")
    window.outline.view.setCurrentIndex(window.outline.model.find(ids["p2"]))
    with window.library.transaction() as session:
        history = versions.history(session, ids["p1"])
        assert history and history[0].title == "The fire triangle"


def test_everything_is_there_after_closing_and_reopening(qtbot, lib_path, images) -> None:
    window = open_window(qtbot, lib_path)
    ids = build_course(window)
    with qtbot.waitSignal(window.browser.import_finished, timeout=20000):
        window.browser.import_paths([str(images.png("a.png")), str(images.png("b.png", seed=3))])
    window.set_browser_mode("grid")
    window.close()

    again = open_window(qtbot, lib_path)
    assert outline_titles(again, ids["course"]) == ["Understanding fire", "When a fire starts"]
    assert outline_titles(again, ids["l1"]) == ["Fire triangle", "Classes of fire", "Fire spread"]
    model = again.browser.model
    kinds = [model.index(r).data(Qt.ItemDataRole.UserRole + 2) for r in range(model.rowCount())]
    assert kinds.count("asset") == 2
    assert again.browser.mode == "grid"  # the layout came back too
    assert model.index(0).data(IdRole)


def test_open_refuses_a_file_that_is_not_a_library(tmp_path) -> None:
    text = tmp_path / "notalibrary.txt"
    text.write_text("just some notes")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"}
    result = subprocess.run([sys.executable, "-m", "authoring", "open", str(text)],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1
    assert result.stderr == (f"coursesmith: error: {text} is not a Coursesmith library; "
                             "open a .cslib file or create a new library\n")
    assert text.read_text() == "just some notes"
    assert list(tmp_path.iterdir()) == [text]


def test_outline_ids_match_the_library(qtbot, lib_path) -> None:
    window = open_window(qtbot, lib_path)
    ids = build_course(window)
    model = window.outline.model
    course = model.find(ids["course"])
    assert [model.index(r, 0, course).data(OutlineId) for r in range(2)] == [ids["l1"], ids["l2"]]


def test_clicking_the_open_pages_row_again_opens_no_rename_but_f2_does(qtbot, lib_path) -> None:
    from authoring.ui.qt import QAbstractItemView, QApplication

    window = open_window(qtbot, lib_path)
    ids = build_course(window)
    view = window.outline.view
    index = window.outline.model.find(ids["p2"])
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: window.page_editor.current_page() == ids["p2"], timeout=5000)
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(QApplication.doubleClickInterval() + 300)
    assert view.state() != QAbstractItemView.State.EditingState
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.EditingState, timeout=2000)
