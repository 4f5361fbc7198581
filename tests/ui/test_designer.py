"""The designer's day through the window: course settings, deletes and the trash, what the
inspector inspects, review steps from the outline, reuse by copy and paste, and a library
file that holds recent work while the app is open. Real clicks and key presses."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from authoring.model import objects, workflow
from authoring.model.library import Library
from authoring.ui import settings
from authoring.ui.main_window import QtMainWindow
from authoring.ui.qt import (
    QApplication, QComboBox, QContextMenuEvent, QLabel, QLineEdit, QMessageBox, QPoint, QSpinBox,
    Qt, QWidget,
)


@pytest.fixture
def lib_path(tmp_path) -> Path:
    path = tmp_path / "Fire Safety.cslib"
    library = Library.create(path)
    with library.transaction() as s:
        tip = objects.create(s, "callout", "Shared tip", {"variant": "tip", "html": "<p>Tip</p>"},
                             author="Ann")
        first = objects.create(s, "text", "First words", {"html": "<p>First</p>"}, author="Ann")
        question = objects.create(s, "question", "Which class?", {
            "type": "single", "prompt": "Which class?",
            "choices": [{"text": "A", "correct": True}, {"text": "B"}]}, author="Ann")
        page = objects.create(s, "page", "Fire triangle", children=[first.id, question.id], author="Ann")
        other = objects.create(s, "page", "Classes of fire", children=[], author="Ann")
        lesson = objects.create(s, "lesson", "Understanding fire", children=[page.id, other.id],
                                author="Ann")
        course = objects.create(s, "course", "Fire Safety", children=[lesson.id], author="Ann")
        ids = {"tip": tip.id, "first": first.id, "question": question.id, "page": page.id,
               "other": other.id, "lesson": lesson.id, "course": course.id}
    library.close()
    path.with_suffix(".json").write_text(json.dumps(ids))
    return path


@pytest.fixture
def ids(lib_path) -> dict[str, str]:
    return json.loads(lib_path.with_suffix(".json").read_text())


@pytest.fixture
def window(qtbot, lib_path):
    settings.settings().setValue("author", "Ann")
    window = QtMainWindow(Library.open(lib_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def read(window, object_id: str):
    with window.library.transaction() as session:
        obj = objects.get(session, object_id)
        return obj.title, dict(obj.data), obj.state, obj.trashed_at is not None


def children(window, parent_id: str) -> list[str]:
    with window.library.transaction() as session:
        return [ref.id for ref in objects.children(session, parent_id)]


def click_row(qtbot, window, object_id: str, parent_id: str | None = None, button=Qt.MouseButton.LeftButton):
    outline = window.outline
    if parent_id is not None and outline.model.find(parent_id).isValid() is False:
        ids = json.loads(window.library.path.with_suffix(".json").read_text())
        outline.select(ids["lesson"], ids["course"])  # open the course, as a click on its arrow
    index = outline.select(object_id, parent_id)
    assert index.isValid()
    outline.view.scrollTo(index)
    qtbot.mouseClick(outline.view.viewport(), button, pos=outline.view.visualRect(index).center())
    qtbot.wait(30)
    return index


def named(window: QWidget, kind, name: str):
    found = [w for w in window.findChildren(kind) if w.accessibleName() == name and w.isVisible()]
    assert len(found) == 1, f"{len(found)} visible {kind.__name__} named {name!r}"
    return found[0]


def type_text(qtbot, widget, text: str) -> None:
    for char in text:
        qtbot.keyClick(widget, char)
        qtbot.wait(5)


# ------------------------------------------------------------------ course settings


def test_pass_mark_typed_in_the_inspector_is_saved_undone_and_exported(qtbot, window, ids, lib_path, tmp_path) -> None:
    click_row(qtbot, window, ids["course"])
    assert window.inspector.heading.text() == "Course: Fire Safety"
    spin = named(window, QSpinBox, "Pass mark")
    assert spin.value() == 80 and spin.suffix() == " %"
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, spin, "65")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert read(window, ids["course"])[1]["pass_mark"] == 65
    assert window.undo_stack.count() == 1  # the key presses are one undo step
    window.undo_action.trigger()
    assert read(window, ids["course"])[1]["pass_mark"] == 80
    assert spin.value() == 80  # the panel follows the undo
    window.redo_action.trigger()
    assert spin.value() == 65

    completion = named(window, QComboBox, "Completion")
    qtbot.mouseClick(completion, Qt.MouseButton.LeftButton)
    qtbot.keyClick(completion.view(), Qt.Key.Key_Down)
    qtbot.keyClick(completion.view(), Qt.Key.Key_Return)
    assert read(window, ids["course"])[1]["completion"] == "quiz_passed"
    assert named(window, QComboBox, "Navigation").currentText() == "Free"

    out = tmp_path / "course.zip"
    run = subprocess.run([sys.executable, "-m", "authoring", "export", str(lib_path), ids["course"],
                          "--format", "scorm12", "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    with zipfile.ZipFile(out) as package:
        manifest = package.read("imsmanifest.xml").decode()
        player = "".join(package.read(n).decode("utf-8", "replace") for n in package.namelist()
                         if n.endswith((".html", ".js", ".json")))
    assert "<adlcp:masteryscore>65</adlcp:masteryscore>" in manifest
    assert '"passMark": 65' in player or '"passMark":65' in player
    assert "quiz_passed" in player


def test_course_settings_dialog_from_the_course_menu(qtbot, window, gestures, ids) -> None:
    click_row(qtbot, window, ids["page"], ids["lesson"])
    gestures.menu(window, "Course", "Settings…")
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # what the window manager does for a new dialog
    feedback = named(dialog, QLineEdit, "Feedback when correct")
    qtbot.mouseClick(feedback, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(feedback.hasFocus)
    type_text(qtbot, feedback, "Well done.")
    qtbot.keyClick(feedback, Qt.Key.Key_Tab)
    assert read(window, ids["course"])[1]["feedback_correct"] == "Well done."
    assert dialog.windowTitle() == "Course settings — Fire Safety"
    navigation = named(dialog, QComboBox, "Navigation")
    qtbot.mouseClick(navigation, Qt.MouseButton.LeftButton)
    qtbot.keyClick(navigation.view(), Qt.Key.Key_Down)
    qtbot.keyClick(navigation.view(), Qt.Key.Key_Return)
    assert read(window, ids["course"])[1]["navigation"] == "linear"
    attempts = named(dialog, QSpinBox, "Attempts per question")
    qtbot.mouseClick(attempts, Qt.MouseButton.LeftButton)
    qtbot.keyClick(attempts, Qt.Key.Key_Up)
    assert read(window, ids["course"])[1]["attempts"] == 2
    assert named(dialog, QLabel, "Source language").text() == "en"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # a new question in this course starts with the course's attempts
    window.show_page(ids["other"])
    block = window.page_editor.insert_block("question", {"type": "single"})
    assert read(window, block)[1]["attempts"] == 2
    assert read(window, block)[1]["feedback_correct"] == "Well done."


# ------------------------------------------------------------------ library file


def test_a_copy_of_the_library_file_alone_holds_an_edit_made_3_s_before(qtbot, window, ids, lib_path, tmp_path) -> None:
    click_row(qtbot, window, ids["course"])
    title = window.inspector.title
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, title, "Fire Safety at Work")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert read(window, ids["course"])[0] == "Fire Safety at Work"
    qtbot.wait(3000)  # idle: the app checkpoints after 2 s (a loaded machine may need longer)
    qtbot.waitUntil(lambda: not window._checkpoint_timer.isActive()
                    and window.save_state.text() == "All changes saved", timeout=5000)
    copy = tmp_path / "copy" / "Copy.cslib"
    copy.parent.mkdir()
    shutil.copyfile(lib_path, copy)  # the .cslib alone, as a person copies it
    with Library.open(copy) as library, library.transaction() as session:
        assert objects.get(session, ids["course"]).title == "Fire Safety at Work"


# ------------------------------------------------------------------ deletes and trash


def test_deleting_a_lesson_asks_first_then_every_view_follows_and_undo_brings_it_back(
        qtbot, window, ids, monkeypatch) -> None:
    monkeypatch.setenv("COURSESMITH_NO_DIALOGS", "0")
    click_row(qtbot, window, ids["page"], ids["lesson"])
    qtbot.waitUntil(lambda: window.page_editor.current_page() == ids["page"])
    click_row(qtbot, window, ids["lesson"], ids["course"])
    assert window.inspector.object_id == ids["lesson"]
    qtbot.keyClick(window.outline.view, Qt.Key.Key_Delete)
    box = window.outline._confirmation
    qtbot.waitUntil(box.isVisible)
    assert "It holds 2 pages, 2 texts" not in box.text()  # counted by kind
    assert "2 pages" in box.text() and "1 question" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: read(window, ids["lesson"])[3])
    assert children(window, ids["course"]) == []
    assert window.inspector.object_id is None  # nothing stale to edit
    qtbot.waitUntil(lambda: ids["lesson"] not in window.browser.model.ids())

    window.undo_action.trigger()
    assert children(window, ids["course"]) == [ids["lesson"]]
    qtbot.waitUntil(lambda: ids["lesson"] in window.browser.model.ids())
    assert window.outline.model.find(ids["lesson"], ids["course"]).isValid()


def test_a_deleted_page_closes_in_the_editor_and_the_trash_restores_it(qtbot, window, gestures, ids) -> None:
    click_row(qtbot, window, ids["page"], ids["lesson"])
    qtbot.waitUntil(lambda: window.page_editor.current_page() == ids["page"])
    qtbot.keyClick(window.outline.view, Qt.Key.Key_Delete)  # dialogs off: no question asked
    qtbot.waitUntil(lambda: window.page_editor.current_page() is None)
    assert not window.page_editor.title.isVisible()
    assert "deleted" in window.page_editor.empty.text()

    gestures.menu(window, "View", "Trash…")
    dialog = window.trash_dialog
    qtbot.waitUntil(dialog.isVisible)
    rows = dialog.list
    assert rows.count() == 1 and rows.item(0).text().startswith("Fire triangle")
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=rows.visualItemRect(rows.item(0)).center())
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert not read(window, ids["page"])[3]
    qtbot.waitUntil(lambda: rows.count() == 0)
    qtbot.waitUntil(lambda: ids["page"] in window.browser.model.ids())
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_emptying_the_trash_is_confirmed_and_final(qtbot, window, gestures, ids, monkeypatch) -> None:
    click_row(qtbot, window, ids["other"], ids["lesson"])
    qtbot.keyClick(window.outline.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: read(window, ids["other"])[3])
    monkeypatch.setenv("COURSESMITH_NO_DIALOGS", "0")
    gestures.menu(window, "View", "Trash…")
    dialog = window.trash_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    qtbot.waitUntil(box.isVisible)
    delete = next(b for b in box.buttons() if b.text() == "Delete for good")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    with window.library.transaction() as session:
        assert session.get(objects.LearningObject, ids["other"]) is None
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


# ------------------------------------------------------------------ inspector and review


def test_the_inspector_says_what_it_inspects_with_a_breadcrumb(qtbot, window, ids) -> None:
    click_row(qtbot, window, ids["page"], ids["lesson"])
    qtbot.waitUntil(lambda: len(window.page_editor.block_editors()) == 2)
    assert window.inspector.heading.text() == "Page: Fire triangle"
    assert window.inspector.breadcrumb.text() == "Fire Safety › Understanding fire › Fire triangle"
    editor = window.page_editor.block_editors()[0]
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=QPoint(editor.width() // 2, editor.height() // 2))
    qtbot.waitUntil(lambda: window.inspector.object_id == ids["first"])
    assert window.inspector.heading.text() == "Text: First words"
    assert window.inspector.breadcrumb.text() == (
        "Fire Safety › Understanding fire › Fire triangle › First words")
    assert not window.inspector.course_form.isVisible()


def test_review_steps_from_the_outline_menu_act_on_the_row_and_self_approval_is_refused(
        qtbot, window, gestures, ids, capsys) -> None:
    click_row(qtbot, window, ids["page"], ids["lesson"])
    qtbot.waitUntil(lambda: len(window.page_editor.block_editors()) == 2)
    editor = window.page_editor.block_editors()[0]
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=QPoint(editor.width() // 2, editor.height() // 2))
    qtbot.waitUntil(lambda: window.inspector.object_id == ids["first"])  # a block was clicked last

    def context_menu_choose(text: str) -> None:
        index = window.outline.model.find(ids["page"], ids["lesson"])
        viewport = window.outline.view.viewport()
        point = window.outline.view.visualRect(index).center()
        qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=point)
        # the event a window system sends for that right click (QTest sends only the mouse's)
        QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                           viewport.mapToGlobal(point)))
        qtbot.waitUntil(lambda: getattr(window.outline, "context_menu", None) is not None)
        menu = window.outline.context_menu
        qtbot.waitUntil(menu.isVisible)
        action = next(a for a in menu.actions() if a.text() == text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        qtbot.wait(30)
        window.outline.context_menu = None

    context_menu_choose("Send to review")
    assert read(window, ids["page"])[2] == "in_review"
    assert read(window, ids["first"])[2] == "draft"  # the page, not the block clicked last
    context_menu_choose("Approve")
    assert read(window, ids["page"])[2] == "in_review"  # Ann made it: Ann may not approve it
    refused = capsys.readouterr().err
    assert "your own work" in refused
    assert "Course › Allow approving your own work" in refused  # says where the switch is

    gestures.menu(window, "Course", "Allow approving your own work")
    context_menu_choose("Approve")
    assert read(window, ids["page"])[2] == "approved"
    assert window.inspector.approval_label.text() == "Approved by Ann"

    title = window.page_editor.title  # an edit of approved content makes it a draft again
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_End)
    type_text(qtbot, title, " basics")
    qtbot.waitUntil(lambda: read(window, ids["page"])[0] == "Fire triangle basics", timeout=3000)
    assert read(window, ids["page"])[2] == "draft"
    with window.library.transaction() as session:
        last = workflow.state_history(session, ids["page"])[-1]
        assert (last.from_state, last.to_state, last.note) == ("approved", "draft",
                                                               "changed after approval by Ann")


# ------------------------------------------------------------------ reuse without a drag


def test_copy_then_paste_as_reference_and_as_copy(qtbot, window, gestures, ids) -> None:
    click_row(qtbot, window, ids["page"], ids["lesson"])
    qtbot.waitUntil(lambda: len(window.page_editor.block_editors()) == 2)
    editor = window.page_editor.block_editors()[0]
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=QPoint(editor.width() // 2, editor.height() // 2))
    qtbot.waitUntil(lambda: window.selected_id == ids["first"])
    gestures.menu(window, "Edit", "Copy")
    click_row(qtbot, window, ids["other"], ids["lesson"])
    qtbot.waitUntil(lambda: window.page_editor.current_page() == ids["other"])
    gestures.menu(window, "Edit", "Paste as reference")
    assert children(window, ids["other"]) == [ids["first"]]
    gestures.menu(window, "Edit", "Paste as copy")
    pasted = children(window, ids["other"])
    assert len(pasted) == 2 and pasted[1] != ids["first"]
    assert read(window, pasted[1])[1]["html"] == "<p>First</p>"
    # a page copied in the outline, pasted as a copy after the selected page
    click_row(qtbot, window, ids["other"], ids["lesson"])
    gestures.menu(window, "Edit", "Copy")
    gestures.menu(window, "Edit", "Paste as copy")
    lesson = children(window, ids["lesson"])
    assert len(lesson) == 3 and lesson[:2] == [ids["page"], ids["other"]]
    assert read(window, lesson[2])[0] == "Classes of fire (copy)"


def test_insert_from_library_is_a_searchable_picker(qtbot, window, gestures, ids) -> None:
    click_row(qtbot, window, ids["other"], ids["lesson"])
    qtbot.waitUntil(lambda: window.page_editor.current_page() == ids["other"])
    gestures.menu(window, "Insert", "From library…")
    picker = window.picker
    qtbot.waitUntil(picker.isVisible)
    search = picker.search
    assert search.accessibleName() == "Search the library"
    type_text(qtbot, search, "shared")
    qtbot.waitUntil(lambda: picker.list.count() == 1 and picker.list.item(0).text() == "Shared tip",
                    timeout=5000)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: children(window, ids["other"]) == [ids["tip"]])


# ------------------------------------------------------------------ the window


def test_the_window_fits_a_1366_by_768_screen(qtbot, window) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    free = window.screen().availableGeometry()  # offscreen: 800 wide, below the minimum
    assert window.width() <= max(free.width(), hint.width())
    inspector = window.inspector_dock.geometry()
    assert inspector.right() <= window.width()
