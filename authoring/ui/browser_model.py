"""The library browser's item model: ids and what a row shows, fetched page by page.

A thin adapter: it keeps the ids it shows and their display data (title, kind, state,
MIME type), never ORM objects, and loads `PAGE` rows at a time as the view scrolls
(`canFetchMore`/`fetchMore`), so a library of 100,000 objects opens as fast as one of ten.
What a change event asks it to read again is read on a reader thread.
"""

from __future__ import annotations

from dataclasses import replace

from authoring.model.browse import Filters, Row, RowFacts, list_rows, row_facts
from authoring.model.library import Library
from authoring.ui import words
from authoring.ui import coverage as words_of_coverage, icons
from authoring.ui.coverage import CoverageCache, SegmentsRole
from authoring.ui.drag import OBJECT_IDS_MIME, put_ids
from authoring.ui.operations import Context, Operation
from authoring.ui.thumbnails import read_thumbnail
from authoring.ui.qt import (
    QAbstractListModel, QIcon, QMimeData, QModelIndex, QPixmap, QSize, Qt, Signal,
)

PAGE = 200
IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2


class LibraryItemModel(QAbstractListModel):
    reloaded = Signal()  # the listing was read again after a change

    def __init__(self, library: Library, parent=None, coverage: CoverageCache | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.coverage = coverage  # each course's translation coverage, shown at its right
        if coverage is not None:
            coverage.updated.connect(self._coverage_read)
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
        with self.library.reading() as session:
            self._rows = list_rows(session, filters, 0, max(minimum, PAGE))
        self._more = len(self._rows) >= max(minimum, PAGE)
        self.endResetModel()

    def show_results(self, rows: list[Row], filters: Filters) -> None:
        self.beginResetModel()
        self.filters, self.searching = filters, True
        self._rows, self._more = list(rows), False
        self.endResetModel()

    def reload(self) -> None:
        """Read the listing again (objects came or went), off the window's thread: during
        an import this happens once per file, while a worker holds the GIL."""
        if self.searching:
            return
        filters, count = self.filters, max(len(self._rows), PAGE)
        self._read(lambda session: list_rows(session, filters, 0, count),
                   lambda rows: self._reloaded(filters, count, rows))

    def _reloaded(self, filters: Filters, count: int, rows: list[Row]) -> None:
        if self.searching or filters != self.filters:
            return  # the designer moved on meanwhile
        self.beginResetModel()
        self._rows, self._more = rows, len(rows) >= count
        self.endResetModel()
        self.reloaded.emit()

    def refresh_rows(self, ids: set[str]) -> None:
        """Redraw the rows whose title or state changed (read off the window's thread);
        a row that left the listing (trash) reloads it. A row that looks the same is not
        redrawn: an export gives every object a new version, and a thousand repaints
        would make the window stutter."""
        wanted = {row.id for row in self._rows if row.id in ids}
        if wanted:
            self._read(lambda session: row_facts(session, wanted),
                       lambda facts: self._refreshed(wanted, facts))

    def _refreshed(self, wanted: set[str], facts: dict[str, RowFacts]) -> None:
        for i, row in enumerate(self._rows):
            if row.id not in wanted:
                continue
            fact = facts.get(row.id)
            if fact is None or fact.trashed:
                self.reload()
                return
            if (fact.title, fact.state) != (row.title, row.state):
                self._rows[i] = replace(row, title=fact.title, state=fact.state)
                self.dataChanged.emit(self.index(i), self.index(i))

    def _read(self, action, then) -> None:
        Operation(Context(self.library), "Reading the library", action=action,
                  background=True, writes=False, progress=False).success(then).run()

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
        with self.library.reading() as session:
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
            tip = f"{row.title}\n{words.kind(row.kind)} · {words.state(row.state)}"
            if row.snippet:
                tip += f"\n[{row.locale}] {row.snippet}"
            coverage = words_of_coverage.course_details(self._coverage(row))
            return tip + ("\n" + coverage if coverage else "")
        if role == SegmentsRole:
            return words_of_coverage.course_segments(self._coverage(row))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return words_of_coverage.course_details(self._coverage(row)).replace("\n", " ") or None
        if role == IdRole:
            return row.id
        if role == KindRole:
            return row.kind
        return None

    def _coverage(self, row: Row):
        """A course's coverage, once read (asking for it the first time it is shown)."""
        if self.coverage is None or row.kind != "course":
            return None
        return self.coverage.get(row.id)

    def coverage_of(self, index: QModelIndex):
        return self._coverage(self._rows[index.row()]) if index.isValid() else None

    def _coverage_read(self, course_id: str) -> None:
        for i, row in enumerate(self._rows):
            if row.id == course_id:
                self.dataChanged.emit(self.index(i), self.index(i))

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
