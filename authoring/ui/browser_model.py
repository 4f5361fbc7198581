"""The library browser's item model: ids and what a row shows, fetched page by page.

A thin adapter: it keeps the ids it shows and their display data (title, kind, state,
MIME type), never ORM objects, and loads `PAGE` rows at a time as the view scrolls
(`canFetchMore`/`fetchMore`), so a library of 100,000 objects opens as fast as one of ten.
"""

from __future__ import annotations

from dataclasses import replace

from authoring.model.browse import Filters, Row, list_rows, row_facts
from authoring.model.library import Library
from authoring.ui import icons
from authoring.ui.drag import OBJECT_IDS_MIME, put_ids
from authoring.ui.thumbnails import read_thumbnail
from authoring.ui.qt import (
    QAbstractListModel, QIcon, QMimeData, QModelIndex, QPixmap, QSize, Qt,
)

PAGE = 200
IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2


class LibraryItemModel(QAbstractListModel):
    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.filters = Filters()
        self.searching = False
        self._rows: list[Row] = []
        self._more = False
        self._thumbnails: dict[str, QIcon | None] = {}
        self.grid = False

    # -- what is shown

    def show_listing(self, filters: Filters, minimum: int = PAGE) -> None:
        """Everything (filtered), newest first; `minimum` keeps a scrolled view's length."""
        self.beginResetModel()
        self.filters, self.searching = filters, False
        with self.library.transaction() as session:
            self._rows = list_rows(session, filters, 0, max(minimum, PAGE))
        self._more = len(self._rows) >= max(minimum, PAGE)
        self.endResetModel()

    def show_results(self, rows: list[Row], filters: Filters) -> None:
        self.beginResetModel()
        self.filters, self.searching = filters, True
        self._rows, self._more = list(rows), False
        self.endResetModel()

    def reload(self) -> None:
        if not self.searching:
            self.show_listing(self.filters, minimum=len(self._rows))

    def refresh_rows(self, ids: set[str]) -> bool:
        """Redraw the rows of changed objects; False if one left the listing (trash)."""
        wanted = {i for i, row in enumerate(self._rows) if row.id in ids}
        if not wanted:
            return True
        with self.library.transaction() as session:
            facts = row_facts(session, ids)
        for i in wanted:
            row = self._rows[i]
            fact = facts.get(row.id)
            if fact is None or fact.trashed:
                return False
            self._rows[i] = replace(row, title=fact.title, state=fact.state)
            index = self.index(i)
            self.dataChanged.emit(index, index)
        return True

    def set_grid(self, grid: bool) -> None:
        if grid != self.grid:
            self.grid = grid
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                      [Qt.ItemDataRole.DecorationRole])

    def ids(self) -> list[str]:
        return [row.id for row in self._rows]

    def row_of(self, index: QModelIndex) -> Row:
        return self._rows[index.row()]

    # -- Qt model interface

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        with self.library.transaction() as session:
            more = list_rows(session, self.filters, len(self._rows), PAGE)
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or self.tr("(untitled {kind})").format(kind=row.kind)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.title}\n{row.kind} · {row.state.replace('_', ' ')}"
            if row.snippet:
                tip += f"\n[{row.locale}] {row.snippet}"
            return tip
        if role == IdRole:
            return row.id
        if role == KindRole:
            return row.kind
        return None

    def _icon(self, row: Row):
        if row.kind == "asset" and row.mime.startswith("image/"):
            icon = self._thumbnail(row.id)
            if icon is not None:
                return icon
        return icons.kind_icon(row.kind, row.mime, 0.55 if self.grid else 1.0)

    def _thumbnail(self, asset_id: str) -> QIcon | None:
        """A QIcon, so the view scales it to its icon size keeping the aspect ratio."""
        if asset_id not in self._thumbnails:
            image = read_thumbnail(self.library, asset_id)
            self._thumbnails[asset_id] = QIcon(QPixmap.fromImage(image)) if image else None
        return self._thumbnails[asset_id]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [OBJECT_IDS_MIME, "text/uri-list"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """Dragged objects go by reference: the page editor inserts the ids it receives."""
        ids = list(dict.fromkeys(self._rows[i.row()].id for i in indexes if i.isValid()))
        mime = put_ids(QMimeData(), ids)
        mime.setText("\n".join(ids))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def thumbnail_size_hint(grid: bool) -> QSize:
    return QSize(72, 72) if grid else QSize(32, 32)
