"""The course outline dock: courses → lessons → pages, built and rearranged in place.

Every change is one undoable operation (`operations/outline.py`); the tree then redraws
from the change event, never from a guess of what the library now holds.
"""

from __future__ import annotations

from typing import Callable

from authoring.model import browse, locales, objects, outline_edits, outline_rows, workflow
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.ui import dialogs, settings
from authoring.ui.coverage import CoverageCache, CoverageDelegate
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.operations import Context, objects as object_ops, outline as ops
from authoring.ui.outline_model import CONTAINER_OF, IdRole, KindRole, OutlineModel
from authoring.ui.qt import (
    QAbstractItemView, QAction, QComboBox, QHBoxLayout, QKeySequence, QLabel, QMenu, QMessageBox,
    QModelIndex, Qt, QTimer, QToolBar, QTreeView, QUndoStack, QVBoxLayout, QWidget, Signal,
)


class QtOutline(QWidget):
    page_activated = Signal(str)
    object_selected = Signal(str)
    translate_requested = Signal(str, str, str)  # (course id, locale, first unit to do or "")

    def __init__(self, library: Library, undo_stack: QUndoStack,
                 events: QtLibraryEvents | None = None,
                 author: Callable[[], str] = settings.author, parent: QWidget | None = None,
                 coverage: CoverageCache | None = None) -> None:
        super().__init__(parent)
        self.library, self.undo_stack, self.author = library, undo_stack, author
        self.context = Context(library, undo_stack, parent=self, origin=self)
        self.events = events or QtLibraryEvents(library, self)
        self.events.changed.connect(self._on_library_change)
        self.coverage = coverage or CoverageCache(library, self.events, self)
        self.model = OutlineModel(library, self, self.coverage)
        self.model.rename_requested.connect(self.rename)
        self.model.move_requested.connect(self.move_items)
        self.model.insert_requested.connect(self.insert_references)
        self._build()

    def _build(self) -> None:
        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Course outline"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        # F2 or Rename renames; a click on the open page's row only opens it (a rename
        # started by a second click surprised designers going back to the page)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.view.selectionModel().currentChanged.connect(self._on_current_change)
        self.view.activated.connect(self._on_activated)
        # a click on the row already current still says "this one" to the inspector
        self.view.clicked.connect(lambda index: self.object_selected.emit(index.data(IdRole)))
        self.delegate = CoverageDelegate(self.view)
        self.delegate.translate.connect(lambda index, locale: self.translate(index))
        self.view.setItemDelegate(self.delegate)

        self.actions_ = {}
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for key, text, shortcut, slot in (
            ("add_course", self.tr("+ Course"), None, lambda: self.add_course(edit=True)),
            ("add_lesson", self.tr("+ Lesson"), None, lambda: self.add_lesson(edit=True)),
            ("add_page", self.tr("+ Page"), QKeySequence("Ctrl+Shift+N"), lambda: self.add_page(edit=True)),
            ("rename", self.tr("Rename"), QKeySequence("F2"), self._rename_current),
            ("duplicate", self.tr("Duplicate"), QKeySequence("Ctrl+D"), self.duplicate_current),
            ("delete", self.tr("Delete…"), QKeySequence(QKeySequence.StandardKey.Delete),
             lambda: self.delete_current()),  # not triggered(checked=False) as `confirm`
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
        layout.addLayout(self._coverage_row())
        self.empty_hint = QLabel(self.tr("No course yet: press + Course to start one, or open "
                                         "the sample course from the welcome page."), self)
        self.empty_hint.setObjectName("outlineEmpty")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setMargin(8)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset,
                       self.model.layoutChanged):
            signal.connect(self._update_empty_hint)
        self._update_empty_hint()
        self._update_actions()

    def _coverage_row(self) -> QHBoxLayout:
        """Which locale's translation coverage the rows show (hidden with no target locale)."""
        self.coverage_label = QLabel(self.tr("Translation:"))
        self.coverage_locale = QComboBox()
        self.coverage_locale.setAccessibleName(self.tr("Translation coverage shown"))
        self.coverage_locale.setToolTip(self.tr("Show how much of each course, lesson and page "
                                                "is translated into this language"))
        self.coverage_label.setBuddy(self.coverage_locale)
        self.coverage_locale.currentIndexChanged.connect(
            lambda _: self.model.set_coverage_locale(self.coverage_locale.currentData() or ""))
        self.coverage.locales_changed.connect(self._fill_coverage_locales)
        row = QHBoxLayout()
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.coverage_label)
        row.addWidget(self.coverage_locale, 1)
        self._fill_coverage_locales()
        return row

    def _fill_coverage_locales(self) -> None:
        with self.library.reading() as session:
            targets = locales.target_locales(session)
        combo = self.coverage_locale
        # "Not shown" stays if chosen; a first locale added to the library is shown
        current = combo.currentData() if combo.count() > 1 else None
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Not shown"), "")
        for code in targets:
            combo.addItem(code, code)
        wanted = current if current is not None else (targets[0] if targets else "")
        combo.setCurrentIndex(max(combo.findData(wanted), 0))
        combo.blockSignals(False)
        self.model.set_coverage_locale(combo.currentData() or "")
        for widget in (self.coverage_label, combo):
            widget.setVisible(bool(targets))

    def translate(self, index: QModelIndex | None = None) -> None:
        """Open the Translation view on the row's course, in the locale shown, at the
        row's first string still to do."""
        index = index if index is not None else self.current()
        locale = self.model.coverage_locale
        course = self.model.course_of(self.model.node(index)) if index.isValid() else None
        if course is not None and locale:
            self.translate_requested.emit(course.id, locale, self.model.first_open(self.model.node(index)))

    def _update_empty_hint(self, *_args) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)

    # ------------------------------------------------------------------ helpers

    def current(self) -> QModelIndex:
        return self.view.currentIndex()

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
    # Each runs one undoable operation now; it returns None if the edit failed (the
    # operation has shown why).

    def add_course(self, title: str = "", edit: bool = False) -> str | None:
        title = title or self.tr("New course")
        course_id = ops.add_course(self.context, title, self.author()).run()
        if course_id:
            self.select(course_id, edit=edit)
        return course_id

    def add_lesson(self, course_id: str | None = None, title: str = "", edit: bool = False) -> str | None:
        return self._add_child("lesson", course_id, title or self.tr("New lesson"), edit)

    def add_page(self, lesson_id: str | None = None, title: str = "", edit: bool = False) -> str | None:
        return self._add_child("page", lesson_id, title or self.tr("New page"), edit)

    def _add_child(self, kind: str, parent_id: str | None, title: str, edit: bool) -> str | None:
        parent_kind = CONTAINER_OF[kind]
        parent_id = self._container_for(parent_kind, parent_id)
        if parent_id is None:
            dialogs.show_info(self, self.tr("Select a {kind} first.").format(kind=parent_kind))
            return None
        position = None
        current = self.current()
        if current.isValid() and current.data(KindRole) == kind and current.parent().data(IdRole) == parent_id:
            position = current.row() + 1
        new_id = ops.add_child(self.context, parent_id, kind, title, position, self.author()).run()
        if new_id:
            self.select(new_id, parent_id, edit=edit)
        return new_id

    def rename(self, object_id: str, title: str) -> None:
        object_ops.rename(self.context, object_id, title).run()

    def _rename_current(self) -> None:
        if self.current().isValid():
            self.view.edit(self.current())

    def move_items(self, items, target_id: str, position: int) -> None:
        """Move rows [(parent id, row, id, kind)] to `position` in `target_id`: one step."""
        items = [tuple(item) for item in items]
        ops.move(self.context, items, target_id, position).run()
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
        ops.insert_references(self.context, ids, target_id, position).run()

    def paste(self, ids: list[str], as_copy: bool = False) -> bool:
        """Pages or lessons pasted after the selected row (or into the selected container),
        by reference or as copies; False if the selection cannot take them."""
        with self.library.transaction() as session:
            kinds = set(browse.kinds_of(session, ids).values())
        index = self.current()
        target = self.model.drop_target(-1, index, kinds) if index.isValid() else None
        if not ids or target is None:
            return False
        if as_copy:
            ops.insert_copies(self.context, ids, target[0], target[1], self.author()).run()
        else:
            self.insert_references(ids, *target)
        return True

    def duplicate_current(self) -> str | None:
        index = self.current()
        if not index.isValid():
            return None
        object_id, row = index.data(IdRole), index.row()
        parent_id = index.parent().data(IdRole) if index.parent().isValid() else None
        new_id = ops.duplicate(self.context, object_id, parent_id, row, self.author()).run()
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
        with self.library.reading() as session:
            title, elsewhere = outline_edits.deletion_facts(session, object_id, parent_id)
            holds = outline_edits.contents(session, object_id)
        if confirm and (elsewhere or holds) and dialogs.dialogs_wanted():
            self._confirm_delete(title, elsewhere, holds,
                                 lambda: self._delete(object_id, parent_id, row))
            return
        self._delete(object_id, parent_id, row)

    def _confirm_delete(self, title: str, elsewhere, holds: dict[str, int], then) -> None:
        """Deleting what holds other objects, or is used elsewhere, is said before it is done."""
        text = self.tr("Move “{title}” to the trash?").format(title=title)
        if holds:
            text += "\n\n" + self.tr("It holds {what}.").format(what=", ".join(
                f"{count} {kind}{'s' if count > 1 else ''}" for kind, count in holds.items()))
        if elsewhere:
            text += "\n\n" + self.tr("It is also used in:") + "\n" + "\n".join(
                f"• {u.kind} “{u.title}”" for u in elsewhere)
        text += "\n\n" + self.tr("You can restore it from View › Trash, or undo.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteConfirmation")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: then() if button is yes else None)
        box.open()
        self._confirmation = box

    def _delete(self, object_id: str, parent_id: str | None, row: int) -> None:
        ops.delete(self.context, object_id, parent_id, row).run()

    # ------------------------------------------------------------------ events

    def _on_library_change(self, changes: Changes) -> None:
        candidates = changes.created | changes.deleted | changes.modified
        courses_changed = bool(changes.deleted)
        if candidates and not courses_changed:
            with self.library.reading() as session:
                courses_changed = outline_rows.any_course(session, candidates)
        self.model.refresh(changes.children, changes.modified, courses_changed)
        self._update_actions()

    def _on_current_change(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        if not current.isValid():
            return
        self.object_selected.emit(current.data(IdRole))
        if current.data(KindRole) == "page":
            # on the next turn of the event loop: the window repaints between the
            # inspector's work and the page editor's, instead of after both
            page_id = current.data(IdRole)
            QTimer.singleShot(0, self, lambda: self._open_if_current(page_id))

    def _open_if_current(self, page_id: str) -> None:
        if self.current().data(IdRole) == page_id:  # not if the designer moved on already
            self.page_activated.emit(page_id)

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
        self.actions_["add_lesson"].setEnabled(CONTAINER_OF["lesson"] in kinds)
        self.actions_["add_page"].setEnabled(CONTAINER_OF["page"] in kinds)
        for key in ("rename", "duplicate", "delete"):
            self.actions_[key].setEnabled(kind is not None)
        self.actions_["up"].setEnabled(kind in CONTAINER_OF)
        self.actions_["down"].setEnabled(kind in CONTAINER_OF)

    def _on_context_menu(self, point) -> None:
        index = self.view.indexAt(point)
        if index.isValid():  # the menu is about the row under the mouse, now inspected
            self.view.setCurrentIndex(index)
            self.object_selected.emit(index.data(IdRole))
        menu = QMenu(self)
        for key in ("add_course", "add_lesson", "add_page", None, "rename", "duplicate",
                    "up", "down", None, "delete"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions_[key])
        self._add_workflow_actions(menu)
        self._add_translate_action(menu, index)
        menu.popup(self.view.viewport().mapToGlobal(point))
        self.context_menu = menu

    def _add_translate_action(self, menu: QMenu, index: QModelIndex) -> None:
        locale = self.model.coverage_locale
        if index.isValid() and locale and self.model.course_of(self.model.node(index)) is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Translate into {locale}…").format(locale=locale),
                           lambda: self.translate(index))

    def _add_workflow_actions(self, menu: QMenu) -> None:
        """Review steps of the row right-clicked (never of whatever was clicked last)."""
        index = self.current()
        if not index.isValid():
            return
        object_id = index.data(IdRole)
        with self.library.transaction() as session:
            state = objects.get(session, object_id).state
        menu.addSeparator()
        for step in workflow.actions(state):
            menu.addAction(self.tr(step.label), lambda s=step.state: object_ops.set_state(
                self.context, object_id, s, self.author()).run())
