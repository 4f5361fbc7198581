"""The course outline dock: courses → lessons → pages, built and rearranged in place.

Every change is one `commands.run` step (undoable); the tree then redraws from the
change event, never from a guess of what the library now holds.
"""

from __future__ import annotations

from typing import Callable

from sqlalchemy.orm import Session

from authoring.model import objects, where_used
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.model.objects import ChildRef
from authoring.model.schema import LearningObject
from authoring.ui import commands, dialogs, settings
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.operations import report_error
from authoring.ui.outline_model import IdRole, KindRole, OutlineModel
from authoring.ui.qt import (
    QAbstractItemView, QAction, QKeySequence, QMenu, QMessageBox, QModelIndex, Qt,
    QToolBar, QTreeView, QUndoStack, QVBoxLayout, QWidget, Signal,
)
from authoring.model.errors import CoursesmithError

_CHILD_OF = {"course": "lesson", "lesson": "page"}


class QtOutline(QWidget):
    page_activated = Signal(str)
    object_selected = Signal(str)

    def __init__(self, library: Library, undo_stack: QUndoStack,
                 events: QtLibraryEvents | None = None,
                 author: Callable[[], str] = settings.author, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.undo_stack, self.author = library, undo_stack, author
        self.events = events or QtLibraryEvents(library, self)
        self.events.changed.connect(self._on_library_change)
        self.model = OutlineModel(library, self)
        self.model.rename_requested.connect(self.rename)
        self.model.move_requested.connect(self.move_items)
        self.model.insert_requested.connect(self.insert_references)
        self._build()

    def _build(self) -> None:
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.view.selectionModel().currentChanged.connect(self._on_current_change)
        self.view.activated.connect(self._on_activated)

        self.actions_ = {}
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for key, text, shortcut, slot in (
            ("add_course", self.tr("+ Course"), None, lambda: self.add_course(edit=True)),
            ("add_lesson", self.tr("+ Lesson"), None, lambda: self.add_lesson(edit=True)),
            ("add_page", self.tr("+ Page"), QKeySequence("Ctrl+Shift+N"), lambda: self.add_page(edit=True)),
            ("rename", self.tr("Rename"), QKeySequence("F2"), self._rename_current),
            ("duplicate", self.tr("Duplicate"), QKeySequence("Ctrl+D"), self.duplicate_current),
            ("delete", self.tr("Delete…"), QKeySequence(QKeySequence.StandardKey.Delete), self.delete_current),
            ("up", self.tr("Move up"), QKeySequence("Ctrl+Up"), lambda: self.nudge(-1)),
            ("down", self.tr("Move down"), QKeySequence("Ctrl+Down"), lambda: self.nudge(1)),
        ):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.actions_[key] = action
            self.addAction(action)
            if key in ("add_course", "add_lesson", "add_page", "duplicate", "delete"):
                toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view)
        self._update_actions()

    # ------------------------------------------------------------------ helpers

    def current(self) -> QModelIndex:
        return self.view.currentIndex()

    def _run(self, label: str, action: Callable[[Session], object], touched=()) -> object:
        try:
            return commands.run(self.undo_stack, self.library, label, action, touched, origin=self)
        except CoursesmithError as error:
            report_error(self, error)
            return None

    def _container_for(self, kind: str, container_id: str | None) -> str | None:
        """The course a new lesson goes in (or lesson for a page): given, or from the selection."""
        if container_id:
            return container_id
        index = self.current()
        while index.isValid():
            if index.data(KindRole) == kind:
                return index.data(IdRole)
            index = index.parent()
        return None

    def select(self, object_id: str, parent_id: str | None = None, edit: bool = False) -> QModelIndex:
        if parent_id:
            parent = self.model.find(parent_id)
            self.model.ensure_loaded(parent)
            self.view.expand(parent)
        index = self.model.find(object_id, parent_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            if edit:
                self.view.edit(index)
        return index

    # ------------------------------------------------------------------ actions

    def add_course(self, title: str = "", edit: bool = False) -> str | None:
        title = title or self.tr("New course")
        course_id = self._run(self.tr("Add course"), lambda s: objects.create(
            s, "course", title, author=self.author()).id)
        if course_id:
            self.select(course_id, edit=edit)
        return course_id

    def add_lesson(self, course_id: str | None = None, title: str = "", edit: bool = False) -> str | None:
        return self._add_child("course", "lesson", course_id, title or self.tr("New lesson"),
                               self.tr("Add lesson"), edit)

    def add_page(self, lesson_id: str | None = None, title: str = "", edit: bool = False) -> str | None:
        return self._add_child("lesson", "page", lesson_id, title or self.tr("New page"),
                               self.tr("Add page"), edit)

    def _add_child(self, parent_kind: str, kind: str, parent_id: str | None, title: str,
                   label: str, edit: bool) -> str | None:
        parent_id = self._container_for(parent_kind, parent_id)
        if parent_id is None:
            dialogs.show_info(self, self.tr("Select a {kind} first.").format(kind=parent_kind))
            return None
        position = None
        current = self.current()
        if current.isValid() and current.data(KindRole) == kind and current.parent().data(IdRole) == parent_id:
            position = current.row() + 1

        def action(s: Session) -> str:
            child = objects.create(s, kind, title, author=self.author())
            objects.insert_child(s, parent_id, child.id, position)
            return child.id

        new_id = self._run(label, action, [parent_id])
        if new_id:
            self.select(new_id, parent_id, edit=edit)
        return new_id

    def rename(self, object_id: str, title: str) -> None:
        self._run(self.tr("Rename"), lambda s: objects.rename(s, object_id, title), [object_id])

    def _rename_current(self) -> None:
        if self.current().isValid():
            self.view.edit(self.current())

    def move_items(self, items, target_id: str, position: int) -> None:
        """Move rows [(parent id, row, id, kind)] to `position` in `target_id`: one step."""
        items = [tuple(item) for item in items]
        parents = list(dict.fromkeys([*(item[0] for item in items), target_id]))

        def action(s: Session) -> None:
            lists = {pid: objects.children(s, pid) for pid in parents}
            moved: list[ChildRef] = []
            nonlocal_position = position
            for parent_id, row, object_id, _kind in sorted(items, key=lambda i: -i[1]):
                refs = lists[parent_id]
                if row >= len(refs) or refs[row].id != object_id:
                    raise CoursesmithError("the outline changed meanwhile; try again")
                moved.insert(0, refs.pop(row))
                if parent_id == target_id and row < position:
                    nonlocal_position -= 1
            moved.sort(key=lambda ref: [i[2] for i in items].index(ref.id))
            target = lists[target_id]
            target[nonlocal_position:nonlocal_position] = moved
            for parent_id in parents:
                objects.set_children(s, parent_id, lists[parent_id])

        label = self.tr("Move") if len(items) == 1 else self.tr("Move %n items", "", len(items))
        self._run(label, action, parents)
        if items:
            self.select(items[0][2], target_id)

    def nudge(self, delta: int) -> None:
        index = self.current()
        parent = index.parent()
        if not index.isValid() or not parent.isValid():
            return
        target = index.row() + delta
        if 0 <= target < self.model.rowCount(parent):
            item = (parent.data(IdRole), index.row(), index.data(IdRole), index.data(KindRole))
            self.move_items([item], parent.data(IdRole), target + (1 if delta > 0 else 0))

    def insert_references(self, ids: list[str], target_id: str, position: int) -> None:
        def action(s: Session) -> None:
            refs = objects.children(s, target_id)
            refs[position:position] = [ChildRef(i) for i in ids]
            objects.set_children(s, target_id, refs)

        self._run(self.tr("Insert"), action, [target_id])

    def duplicate_current(self) -> str | None:
        index = self.current()
        if not index.isValid():
            return None
        object_id, row = index.data(IdRole), index.row()
        parent_id = index.parent().data(IdRole) if index.parent().isValid() else None

        def action(s: Session) -> str:
            copy = objects.copy(s, object_id, deep=True, author=self.author())
            if parent_id:
                objects.insert_child(s, parent_id, copy.id, row + 1)
            return copy.id

        new_id = self._run(self.tr("Duplicate"), action, [parent_id] if parent_id else [])
        if new_id:
            self.select(new_id, parent_id)
        return new_id

    def delete_current(self, confirm: bool = True) -> None:
        index = self.current()
        if not index.isValid():
            return
        object_id = index.data(IdRole)
        parent_id = index.parent().data(IdRole) if index.parent().isValid() else None
        row = index.row()
        with self.library.transaction() as session:
            title = objects.get(session, object_id).title
            elsewhere = [u for u in where_used.containers_using(session, object_id)
                         if u.id != parent_id and u.direct]
        if confirm and dialogs.dialogs_wanted():
            text = self.tr("Move “{title}” to the trash?").format(title=title)
            if elsewhere:
                text += "\n\n" + self.tr("It is also used in:") + "\n" + "\n".join(
                    f"• {u.kind} “{u.title}”" for u in elsewhere)
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), text,
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            box.accepted.connect(lambda: self._delete(object_id, parent_id, row))
            box.open()
            self._confirmation = box
            return
        self._delete(object_id, parent_id, row)

    def _delete(self, object_id: str, parent_id: str | None, row: int) -> None:
        def action(s: Session) -> None:
            if parent_id:
                refs = objects.children(s, parent_id)
                if row < len(refs) and refs[row].id == object_id:
                    objects.remove_child(s, parent_id, row)
            objects.trash(s, object_id, force=True)

        touched = [parent_id, object_id] if parent_id else [object_id]
        self._run(self.tr("Delete"), action, touched)

    # ------------------------------------------------------------------ events

    def _on_library_change(self, changes: Changes) -> None:
        candidates = changes.created | changes.deleted | changes.modified
        courses_changed = bool(changes.deleted)
        if candidates and not courses_changed:
            with self.library.transaction() as session:
                courses_changed = session.query(LearningObject.id).filter(
                    LearningObject.id.in_(candidates), LearningObject.kind == "course"
                ).first() is not None
        self.model.refresh(changes.children, changes.modified, courses_changed)
        self._update_actions()

    def _on_current_change(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        if not current.isValid():
            return
        self.object_selected.emit(current.data(IdRole))
        if current.data(KindRole) == "page":
            self.page_activated.emit(current.data(IdRole))

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(KindRole) == "page":
            self.page_activated.emit(index.data(IdRole))

    def _update_actions(self) -> None:
        index = self.current()
        kind = index.data(KindRole) if index.isValid() else None
        kinds = set()
        while index.isValid():
            kinds.add(index.data(KindRole))
            index = index.parent()
        self.actions_["add_lesson"].setEnabled("course" in kinds)
        self.actions_["add_page"].setEnabled("lesson" in kinds)
        for key in ("rename", "duplicate", "delete"):
            self.actions_[key].setEnabled(kind is not None)
        self.actions_["up"].setEnabled(kind in ("lesson", "page"))
        self.actions_["down"].setEnabled(kind in ("lesson", "page"))

    def _on_context_menu(self, point) -> None:
        menu = QMenu(self)
        for key in ("add_course", "add_lesson", "add_page", None, "rename", "duplicate",
                    "up", "down", None, "delete"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions_[key])
        menu.popup(self.view.viewport().mapToGlobal(point))
