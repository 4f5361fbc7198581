"""The course outline as a thin `QAbstractItemModel` over the library (napari's pattern).

Nodes hold an id and what the row shows (kind, title, in the trash or not), nothing else;
children are read (`model/outline_rows.py`) when a branch is first expanded, and re-read
only for the containers a change event names. Indexes carry a serial number, not a Python
pointer, so an index that outlives its node can never reach freed memory.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field

from authoring.model import browse, outline_rows
from authoring.model.content import CHILD_KINDS, CONTAINER_KINDS
from authoring.model.library import Library
from authoring.model.outline_rows import OutlineRow
from authoring.ui import coverage as coverage_words, icons
from authoring.ui.coverage import CoverageCache, SegmentsRole
from authoring.ui.drag import OBJECT_IDS_MIME, dropped_ids, put_ids
from authoring.ui.qt import (
    QAbstractItemModel, QByteArray, QColor, QFont, QMimeData, QModelIndex,
    Qt, Signal,
)

OUTLINE_MIME = "application/x-coursesmith-outline-items"
# What the outline shows, from what each container holds (`content.CHILD_KINDS`): the
# containers whose children are containers are its branches (course, lesson); their
# children (lesson, page) are its rows under them. What a page holds is the page editor's.
BRANCHES = tuple(kind for kind, holds in CHILD_KINDS.items() if set(holds) <= set(CONTAINER_KINDS))
CONTAINER_OF = {child: kind for kind in BRANCHES for child in CHILD_KINDS[kind]}
IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
_serials = itertools.count(1)


@dataclass(eq=False)
class Node:
    id: str | None
    kind: str
    title: str = ""
    trashed: bool = False
    parent: "Node | None" = None
    children: list["Node"] | None = None  # None: not read yet
    serial: int = field(default_factory=lambda: next(_serials))


class OutlineModel(QAbstractItemModel):
    # (items [(parent_id, row, id, kind)], target parent id, target row); the widget
    # turns it into one undoable command.
    move_requested = Signal(object, str, int)
    insert_requested = Signal(object, str, int)  # (ids, target parent id, target row)
    rename_requested = Signal(str, str)  # (id, new title)

    def __init__(self, library: Library, parent=None, coverage: CoverageCache | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.coverage = coverage
        self.coverage_locale = ""  # the target locale whose coverage the rows show ("": none)
        if coverage is not None:
            coverage.updated.connect(self._coverage_read)
        self.root = Node(None, "root")
        self._nodes: dict[int, Node] = {self.root.serial: self.root}
        self._load(self.root)

    # ------------------------------------------------------------------ reading

    def _read_children(self, node: Node) -> list[OutlineRow]:
        with self.library.reading() as session:
            if node.id is None:
                return outline_rows.course_rows(session)
            return outline_rows.child_rows(session, node.id)

    def _new_node(self, parent: Node, row: OutlineRow) -> Node:
        node = Node(row.id, row.kind, row.title, row.trashed, parent)
        self._nodes[node.serial] = node
        return node

    def _load(self, node: Node) -> None:
        node.children = [self._new_node(node, row) for row in self._read_children(node)]

    # ------------------------------------------------------------------ indexes

    def node(self, index: QModelIndex) -> Node:
        if not index.isValid():
            return self.root
        return self._nodes.get(index.internalId(), self.root)

    def index_of(self, node: Node) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        siblings = node.parent.children or []
        for row, sibling in enumerate(siblings):
            if sibling is node:
                return self.createIndex(row, 0, node.serial)
        return QModelIndex()

    def index(self, row: int, column: int = 0, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = self.node(parent)
        if column != 0 or node.children is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row].serial)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._nodes.get(index.internalId())
        if node is None or node.parent is None:
            return QModelIndex()
        return self.index_of(node.parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        children = self.node(parent).children
        return len(children) if children is not None else 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        node = self.node(parent)
        if node.children is None:
            return node.kind in BRANCHES
        return bool(node.children)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        node = self.node(parent)
        return node.children is None and node.kind in BRANCHES

    def fetchMore(self, parent: QModelIndex) -> None:
        node = self.node(parent)
        rows = self._read_children(node)
        if not rows:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(rows) - 1)
        node.children = [self._new_node(node, row) for row in rows]
        self.endInsertRows()

    def find(self, object_id: str, parent_id: str | None = None) -> QModelIndex:
        """The first loaded row showing `object_id` (under `parent_id` if given)."""
        for node in self.walk():
            if node.id == object_id and (parent_id is None or (node.parent and node.parent.id == parent_id)):
                return self.index_of(node)
        return QModelIndex()

    def walk(self, node: Node | None = None):
        for child in (node or self.root).children or []:
            yield child
            yield from self.walk(child)

    def ensure_loaded(self, index: QModelIndex) -> None:
        if self.canFetchMore(index):
            self.fetchMore(index)

    # ------------------------------------------------------------------ data

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.DisplayRole and node.trashed:
                return self.tr("{title} (in the trash)").format(title=node.title)
            return node.title or (self.tr("(untitled)") if role == Qt.ItemDataRole.DisplayRole else "")
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.kind_icon(node.kind)
        if role == Qt.ItemDataRole.ForegroundRole and node.trashed:
            return QColor("gray")
        if role == Qt.ItemDataRole.FontRole and node.kind == "course":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = self.counts(node)
            tip = f"{node.kind} {node.id}"
            return tip + "\n" + coverage_words.details(self.coverage_locale, counts) if counts else tip
        if role == SegmentsRole:
            return self._segments(node)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            counts = self.counts(node)
            return coverage_words.details(self.coverage_locale, counts) if counts else None
        if role == IdRole:
            return node.id
        if role == KindRole:
            return node.kind
        return None

    # ------------------------------------------------------------------ coverage

    def course_of(self, node: Node) -> Node | None:
        while node is not None and node.kind != "course":
            node = node.parent
        return node

    def counts(self, node: Node):
        """The row's translation counts in the chosen locale (None: none chosen, not read
        yet, or a row in the trash)."""
        course = self.course_of(node)
        if not self.coverage_locale or self.coverage is None or course is None or node.trashed:
            return None
        found = self.coverage.get(course.id)
        return found.counts(self.coverage_locale, node.id) if found else None

    def first_open(self, node: Node) -> str:
        """The row's first string still to translate in the chosen locale ('' for none)."""
        course = self.course_of(node)
        found = self.coverage.get(course.id) if course is not None and self.coverage else None
        part = found.locales.get(self.coverage_locale) if found else None
        return part.first_open.get(node.id, "") if part else ""

    def _segments(self, node: Node) -> list[tuple[str, str]]:
        counts = self.counts(node)
        if counts is None:
            return []
        if node.kind == "course":
            text = coverage_words.locale_text(self.coverage_locale, counts)
        elif node.kind == "page":
            text = coverage_words.part_text(counts)
        else:
            text = coverage_words.percent(counts)
        return [(self.coverage_locale, text)]

    def set_coverage_locale(self, locale: str) -> None:
        if locale != self.coverage_locale:
            self.coverage_locale = locale
            for course in list(self.root.children or []):
                self._coverage_read(course.id)

    def _coverage_read(self, course_id: str) -> None:
        """Repaint a course's rows that are loaded (a lesson never opened costs nothing)."""
        for course in self.root.children or []:
            if course.id == course_id:
                for node in [course, *self.walk(course)]:
                    index = self.index_of(node)
                    self.dataChanged.emit(index, index, [SegmentsRole, Qt.ItemDataRole.ToolTipRole])

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        node = self.node(index)
        title = str(value).strip()
        if not title or title == node.title:
            return False
        self.rename_requested.emit(node.id, title)
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        node = self.node(index)
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
        if node.kind in CONTAINER_KINDS:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # ------------------------------------------------------------------ refresh

    def refresh(self, children: set[str], modified: set[str], courses_changed: bool) -> None:
        """Re-read only what a change event names."""
        if courses_changed:
            self._reload(self.root)
        for node in list(self.walk()):
            if node.id in children and node.children is not None:
                self._reload(node)
        for node in list(self.walk()):
            if node.id in modified:
                self._reread(node)

    def _reread(self, node: Node) -> None:
        with self.library.reading() as session:
            row = outline_rows.row(session, node.id)
        if row is None or (row.title, row.trashed) == (node.title, node.trashed):
            return  # a new version or state looks the same here: no repaint
        node.title, node.trashed = row.title, row.trashed
        index = self.index_of(node)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def _reload(self, node: Node) -> None:
        """New children for one container, keeping the nodes (and their expanded
        branches, selection) of children that are still there."""
        rows = self._read_children(node)
        old = node.children or []
        pool: dict[str, list[Node]] = {}
        for child in old:
            pool.setdefault(child.id, []).append(child)
        self.layoutAboutToBeChanged.emit()
        fresh = []
        for row in rows:
            reused = pool.get(row.id)
            if reused:
                child = reused.pop(0)
                child.title, child.trashed = row.title, row.trashed
            else:
                child = self._new_node(node, row)
            fresh.append(child)
        node.children = fresh
        gone = [n for left in pool.values() for n in left]
        before, after = [], []
        for persistent in self.persistentIndexList():
            target = self._nodes.get(persistent.internalId())
            before.append(persistent)
            after.append(self.index_of(target) if target and self._alive(target) else QModelIndex())
        self.changePersistentIndexList(before, after)
        for dropped in gone:
            self._forget(dropped)
        self.layoutChanged.emit()

    def _alive(self, node: Node) -> bool:
        while node.parent is not None:
            if not any(c is node for c in node.parent.children or []):
                return False
            node = node.parent
        return node is self.root

    def _forget(self, node: Node) -> None:
        self._nodes.pop(node.serial, None)
        for child in node.children or []:
            self._forget(child)

    # ------------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [OUTLINE_MIME, OBJECT_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        items = []
        for index in indexes:
            node = self.node(index)
            if index.isValid() and node.parent is not None:
                items.append([node.parent.id or "", index.row(), node.id, node.kind])
        mime = QMimeData()
        mime.setData(OUTLINE_MIME, QByteArray(json.dumps(items).encode()))
        return put_ids(mime, (i[2] for i in items))

    def drop_target(self, row: int, parent: QModelIndex, kinds: set[str]) -> tuple[str, int] | None:
        """Where dropped items of `kinds` go: (container id, position), or None.

        Dropped *on* a page (or lesson) among pages, they go right after it.
        """
        node = self.node(parent)
        while node is not self.root:
            allowed = set(CHILD_KINDS.get(node.kind, ()))
            if kinds and kinds <= allowed:
                if node.children is None:
                    self._load(node)
                return node.id, len(node.children) if row < 0 else row
            row = self.index_of(node).row() + 1
            node = node.parent
        return None

    def _dropped(self, data: QMimeData) -> tuple[str, list]:
        if data.hasFormat(OUTLINE_MIME):
            return "move", json.loads(bytes(data.data(OUTLINE_MIME)).decode() or "[]")
        ids = dropped_ids(data)
        if ids:
            with self.library.reading() as session:
                kinds = browse.kinds_of(session, ids)
            return "insert", [["", -1, i, kinds.get(i, "")] for i in ids]
        return "", []

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        how, items = self._dropped(data)
        return bool(items) and self.drop_target(row, parent, {i[3] for i in items}) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        how, items = self._dropped(data)
        target = self.drop_target(row, parent, {i[3] for i in items}) if items else None
        if target is None:
            return False
        if how == "move":
            self.move_requested.emit([tuple(i) for i in items], target[0], target[1])
        else:
            self.insert_requested.emit([i[2] for i in items], target[0], target[1])
        # The rows are moved by the library (one undo step) and come back to this model
        # as a change event; the view must not remove the source rows itself.
        return False
