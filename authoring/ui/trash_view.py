"""View › Trash…: what was deleted; restore it, or empty the trash (asked first).

Restoring is an undoable edit like the delete was; emptying the trash deletes for good and
cannot be undone, so it is confirmed. The list follows the library's change events, so a
delete or an undo elsewhere shows here at once.
"""

from __future__ import annotations

from authoring.model import trash
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.ui.icons import kind_icon
from authoring.ui.inspector_panels import when
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.operations import Context, Operation
from authoring.ui.operations.operation import tr
from authoring.ui.qt import (
    QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, Qt,
    QUndoStack, QVBoxLayout, QWidget,
)


def restore(context: Context, ids: list[str]) -> Operation:
    return Operation(context, tr("Restore from trash"), undoable=True, touched=ids,
                     action=lambda session: trash.restore(session, ids))


def empty(context: Context) -> Operation:
    """For good: not undoable."""
    return Operation(context, tr("Empty trash"), action=trash.empty)


class TrashDialog(QDialog):
    def __init__(self, library: Library, undo_stack: QUndoStack, events: QtLibraryEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.library = library
        self.context = Context(library, undo_stack, parent=self, origin=self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Deleted objects"))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.ask_to_empty)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.empty_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(460, 420)
        events.changed.connect(self._on_library_change)
        self.refresh()

    def refresh(self) -> None:
        with self.library.transaction() as session:
            items = trash.items(session)
        self.list.clear()
        for item in items:
            row = QListWidgetItem(kind_icon(item.kind), f"{item.title or item.id}  ·  "
                                  f"{item.kind}, {self.tr('deleted')} {when(item.trashed)}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
        self.empty_label.setVisible(not items)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))
        self.empty_button.setEnabled(self.list.count() > 0)

    def restore_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if ids:
            restore(self.context, ids).run()

    def ask_to_empty(self) -> None:
        count = self.list.count()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Empty trash"),
                          self.tr("Delete %n objects for good? This cannot be undone.", "", count),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("emptyTrashConfirmation")
        delete = box.addButton(self.tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.buttonClicked.connect(lambda button: empty(self.context).run() if button is delete else None)
        box.open()
        self.confirmation = box

    def _on_library_change(self, changes: Changes) -> None:
        if changes.trash or changes.deleted or changes.created:
            self.refresh()
