"""The main window's actions for a designer's everyday work, kept apart from the window's
layout: copy and paste by reference or as a copy, Insert › From library…, Course ›
Settings…, the library's review rule, View › Trash…, File › Save a copy…, and the
checkpoint after a burst of edits.

`DesignerActions` is a mixin of `QtMainWindow`: it uses the window's library, undo stack,
change events, views and status bar, and owns none of them.
"""

from __future__ import annotations

from authoring.model import browse, workflow
from authoring.ui import dialogs, operations, reuse
from authoring.ui.course_settings import CourseSettingsDialog
from authoring.ui.qt import QFileDialog, QKeySequence, Qt, QTimer
from authoring.ui.trash_view import TrashDialog

CHECKPOINT_IDLE_MS = 2000  # after a burst of edits, the .cslib file alone holds them
LIBRARY_FILTER = "Coursesmith libraries (*.cslib);;All files (*)"


class DesignerActions:
    def _start_designer_actions(self) -> None:
        self.selected_id: str | None = None  # what Edit › Copy copies
        self._checkpoint_timer = QTimer(self, singleShot=True, interval=CHECKPOINT_IDLE_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)
        self.events.changed.connect(lambda _changes: self._checkpoint_timer.start())

    def _stop_designer_actions(self) -> None:
        """The window is closing: no checkpoint after it, no ids of its library to paste."""
        self._checkpoint_timer.stop()
        reuse.forget_clipboard()

    def _add_reuse_and_course_menus(self, bar, edit_menu) -> None:
        edit_menu.addSeparator()
        for text, slot, keys in ((self.tr("&Copy"), self.copy_object, "Ctrl+Shift+C"),
                                 (self.tr("Paste as &reference"), lambda: self.paste(False), "Ctrl+Shift+V"),
                                 (self.tr("Paste as c&opy"), lambda: self.paste(True), "Ctrl+Alt+V")):
            edit_menu.addAction(self._action(text, slot, QKeySequence(keys)))
        insert_menu = bar.addMenu(self.tr("&Insert"))
        insert_menu.addActions(self.page_editor.insert_actions)  # Text, Callout, …, Question ›
        insert_menu.addSeparator()
        insert_menu.addAction(self._action(self.tr("From &library…"), self.insert_from_library,
                                           QKeySequence("Ctrl+Shift+L")))
        course_menu = bar.addMenu(self.tr("&Course"))
        course_menu.addAction(self._action(self.tr("&Settings…"), self.course_settings))
        self.self_approval_action = self._action(self.tr("Allow approving your own work"),
                                                 self._set_self_approval)
        self.self_approval_action.setCheckable(True)
        with self.library.transaction() as session:
            self.self_approval_action.setChecked(workflow.self_approval_allowed(session))
        course_menu.addAction(self.self_approval_action)

    def save_copy(self) -> None:
        suggested = self.library.path.with_name(f"{self.library.path.stem} copy.cslib")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(suggested), LIBRARY_FILTER)
        library = self.library
        if path:
            path = path if path.endswith(".cslib") else path + ".cslib"
            operations.Operation(operations.Context(library, parent=self), self.tr("Save a copy"),
                                 work=lambda _job: str(library.save_copy(path)), background=True) \
                .success(lambda done: self.statusBar().showMessage(
                    self.tr("Saved a copy: {path}").format(path=done), 8000)).run()

    def checkpoint(self) -> None:
        """After a burst of edits: the .cslib file alone holds them (see Library.checkpoint)."""
        library = self.library
        if library is not None:
            operations.Operation(operations.Context(library, parent=self), self.tr("Saving"),
                                 work=lambda _job: library.checkpoint(), background=True,
                                 progress=False).run()

    def copy_object(self) -> None:
        if self.selected_id:
            reuse.copy_ids([self.selected_id])
            self.statusBar().showMessage(self.tr("Copied: paste it as a reference or as a copy"), 5000)

    def paste(self, as_copy: bool) -> None:
        reuse.paste(reuse.clipboard_ids(), as_copy,
                    lambda ids, copy: self.page_editor.insert_existing(ids, as_copy=copy),
                    self.outline.paste, self.page_editor.current_page() is not None,
                    self.library, self)

    def insert_from_library(self) -> None:
        page_open = self.page_editor.current_page() is not None
        kinds = reuse.PAGE_KINDS if page_open else ("page", "lesson")
        picker = reuse.LibraryPicker(self.library, kinds, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        picker.accepted.connect(lambda: self._insert_chosen(picker.chosen(), page_open))
        picker.open()
        self.picker = picker

    def _insert_chosen(self, ids: list[str], page_open: bool) -> None:
        if page_open:
            self.page_editor.insert_existing(ids)
        elif not self.outline.paste(ids):
            dialogs.show_info(self, self.tr("Select where it goes in the outline first."))

    def course_settings(self) -> None:
        course_id = self._selected_course()
        if course_id is None:
            dialogs.show_info(self, self.tr("Select a course (or something in it) in the outline first."))
            return
        dialog = CourseSettingsDialog(self.library, self.undo_stack, course_id, self.events, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        self.settings_dialog = dialog

    def _selected_course(self) -> str | None:
        index = self.outline.current()
        while index.parent().isValid():
            index = index.parent()
        if index.isValid():
            return self.outline.model.node(index).id
        with self.library.transaction() as session:
            courses = browse.titles(session, "course")
        return courses[0][0] if len(courses) == 1 else None

    def _set_self_approval(self, allowed: bool) -> None:
        operations.Operation(operations.Context(self.library, parent=self), self.tr("Library settings"),
                             action=lambda session: workflow.allow_self_approval(session, allowed)).run()

    def show_trash(self) -> None:
        dialog = TrashDialog(self.library, self.undo_stack, self.events, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        self.trash_dialog = dialog
