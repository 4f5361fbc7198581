"""Reuse by hand without a drag: Edit › Copy, Paste as reference, Paste as copy, and
Insert › From library… (a searchable picker).

What is copied is the object's id on the clipboard (our own MIME type, `drag.py`), so a
paste is the same insertion a drop makes: onto the page being edited when the objects are
blocks or assets, else into the outline after the selected row. A reference shares the
object (an edit shows everywhere it is used); a copy is the designer's own from then on.
"""

from __future__ import annotations

from typing import Callable

from authoring.model import browse
from authoring.model.content import BLOCK_KINDS
from authoring.model.library import Library
from authoring.ui import dialogs
from authoring.ui.drag import dropped_ids, put_ids
from authoring.ui.icons import kind_icon
from authoring.ui.operations import Context, Operation, library as library_ops
from authoring.ui.qt import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMimeData, Qt, QTimer, QVBoxLayout, QWidget,
)

PAGE_KINDS = (*BLOCK_KINDS, "asset")  # what a page takes
PICKER_ROWS = 300


def copy_ids(ids: list[str]) -> None:
    mime = put_ids(QMimeData(), ids)
    mime.setText("\n".join(ids))
    QApplication.clipboard().setMimeData(mime)


def forget_clipboard() -> None:
    """Ids mean something only in their own library: when it closes, they go."""
    if clipboard_ids():
        QApplication.clipboard().clear()


def clipboard_ids() -> list[str]:
    return dropped_ids(QApplication.clipboard().mimeData())


class LibraryPicker(QDialog):
    """Insert › From library…: type to search, pick one or more objects, Insert."""

    def __init__(self, library: Library, kinds: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPicker")
        self.setWindowTitle(self.tr("Insert from library"))
        self.library, self.kinds = library, kinds
        self.context = Context(library, parent=self, origin=self)
        self._search: Operation | None = None
        self.search = QLineEdit(placeholderText=self.tr("Search titles, text, questions, tags…"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Library objects"))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.hint = QLabel(self.tr("Inserted by reference: a change to it shows everywhere it is used."))
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.insert_button = buttons.addButton(self.tr("Insert"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(460, 480)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.list.itemSelectionChanged.connect(self._update_button)
        self.run_search()

    def run_search(self) -> None:
        query = self.search.text().strip()
        if self._search is not None:
            self._search.cancel()
            self._search = None
        if not query:
            with self.library.transaction() as session:
                self._show(browse.list_rows(session, browse.Filters(), 0, PICKER_ROWS * 4))
            return
        operation = library_ops.search(self.context, query, browse.Filters())
        operation.success(lambda rows: self._show(rows) if operation is self._search else None)
        self._search = operation
        operation.run()

    def _show(self, rows: list[browse.Row]) -> None:
        self._search = None
        self.list.clear()
        for row in [r for r in rows if r.kind in self.kinds][:PICKER_ROWS]:
            item = QListWidgetItem(kind_icon(row.kind, row.mime), row.title or row.id)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.snippet or row.kind)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_button()

    def _update_button(self) -> None:
        self.insert_button.setEnabled(bool(self.list.selectedItems()))

    def chosen(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]


def paste(ids: list[str], as_copy: bool, into_page: Callable[[list[str], bool], list[str]],
          into_outline: Callable[[list[str], bool], bool], page_open: bool,
          library: Library, parent: QWidget) -> None:
    """Blocks and assets go onto the open page; pages and lessons into the outline."""
    if not ids:
        dialogs.show_info(parent, parent.tr("Copy an object first (Edit › Copy)."))
        return
    with library.transaction() as session:
        kinds = set(browse.kinds_of(session, ids).values())
    if kinds <= set(PAGE_KINDS):
        if not page_open:
            dialogs.show_info(parent, parent.tr("Open a page to paste blocks onto it."))
            return
        into_page(ids, as_copy)
    elif not into_outline(ids, as_copy):
        dialogs.show_info(parent, parent.tr("Select where it goes in the outline first."))
