"""The library browser dock: search as you type, filters, list or grid, drag in and out.

Files dropped from the desktop are imported by an `imports` operation (progress, Cancel,
a summary of what was refused); a search runs as a `library` operation off the window's
thread, and a newer keystroke cancels the search before it. Objects dragged out carry
their ids (`drag.py`), so the page editor and the outline insert them by reference.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from authoring.model import browse, content, locales, workflow
from authoring.model.browse import Filters
from authoring.model.events import Changes
from authoring.model.filenames import stored_name
from authoring.model.library import Library
from authoring.ui import words
from authoring.ui import dialogs, settings
from authoring.ui.browser_model import IdRole, KindRole, LibraryItemModel, thumbnail_size_hint
from authoring.ui.coverage import CoverageCache, CoverageDelegate
from authoring.ui.drag import OBJECT_IDS_MIME
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.operations import Context, Operation, export as export_ops, imports, library as library_ops
from authoring.ui.operations.imports import ImportReport
from authoring.ui.qt import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QMenu, QModelIndex,
    QSize, Qt, QTimer, QToolButton, QVBoxLayout, QWidget, Signal,
)

DEBOUNCE_MS = 150


class _DropListView(QListView):
    """A list that also takes files dragged from the desktop, and hands them on."""

    def __init__(self, on_files: Callable[[list[str]], object], parent=None) -> None:
        super().__init__(parent)
        self._on_files = on_files

    @staticmethod
    def _files(event) -> list[str]:
        mime = event.mimeData()
        if mime is None or mime.hasFormat(OBJECT_IDS_MIME) or not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        files = self._files(event)
        if files:
            event.acceptProposedAction()
            self._on_files(files)
        else:
            event.ignore()


class QtLibraryBrowser(QWidget):
    object_selected = Signal(str)
    object_activated = Signal(str)
    message = Signal(str)  # for the status bar
    import_finished = Signal(object)  # list[importer.Outcome]
    search_finished = Signal()
    translate_requested = Signal(str, str, str)  # (course id, locale, first unit to do or "")

    def __init__(self, library: Library, events: QtLibraryEvents | None = None,
                 parent: QWidget | None = None, coverage: CoverageCache | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.events = events or QtLibraryEvents(library, self)
        self.events.changed.connect(self._on_library_change)
        self.coverage = coverage or CoverageCache(library, self.events, self)
        self.model = LibraryItemModel(library, self, self.coverage)
        self.model.reloaded.connect(self._update_count)
        self.context = Context(library, parent=self, origin=self)
        self._search_op: Operation | None = None
        self.import_op: Operation | None = None
        self._build()
        self._fill_filters()
        self.model.show_listing(self.filters())
        self._update_count()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, text, questions, tags…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the library"))
        self.kind = QComboBox()
        self.tag = QComboBox()
        self.state = QComboBox()
        self.locale = QComboBox()
        for combo, tip in ((self.kind, self.tr("Kind")), (self.tag, self.tr("Tag")),
                           (self.state, self.tr("Workflow state")),
                           (self.locale, self.tr("Locale searched"))):
            combo.setToolTip(tip)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)  # the dock may be narrow; the popup is not
            combo.currentIndexChanged.connect(self._schedule_search)
        self.open_review = QCheckBox(self.tr("Open review comments"))
        self.open_review.setToolTip(self.tr("Only objects with open comments from a reviewer"))
        self.open_review.toggled.connect(self._schedule_search)
        self.list_button = self._mode_button(self.tr("List"), "list")
        self.grid_button = self._mode_button(self.tr("Grid"), "grid")
        self.view = _DropListView(self.import_paths)
        self.view.setAccessibleName(self.tr("Library objects"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setUniformItemSizes(True)
        self.view.selectionModel().currentChanged.connect(self._on_current_change)
        self.view.activated.connect(self._on_activated)
        self.delegate = CoverageDelegate(self.view)
        self.delegate.translate.connect(self._translate_index)
        self.view.setItemDelegate(self.delegate)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.count = QLabel()
        self.count.setObjectName("browserCount")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._schedule_search)

        top = QHBoxLayout()
        top.setSpacing(2)
        top.addWidget(self.search, 1)
        top.addWidget(self.list_button)
        top.addWidget(self.grid_button)
        filters = QHBoxLayout()
        filters.setSpacing(4)
        for combo in (self.kind, self.state, self.tag, self.locale):
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.open_review)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.set_view_mode("list")

    def _mode_button(self, text: str, mode: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.set_view_mode(mode))
        return button

    def _fill_filters(self) -> None:
        with self.library.reading() as session:
            tags = browse.tag_names(session)
            all_locales = locales.all_locales(session)
        self._fill(self.kind, self.tr("All kinds"), [(k, words.kind(k)) for k in content.KINDS])
        self._fill(self.state, self.tr("Any state"),
                   [(s, words.state(s)) for s in workflow.STATES])
        self._fill(self.tag, self.tr("Any tag"), [(t, t) for t in tags])
        self._fill(self.locale, self.tr("All locales"), [(code, code) for code in all_locales])

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def set_view_mode(self, mode: str) -> None:
        grid = mode == "grid"
        self.model.set_grid(grid)
        self.view.setViewMode(QListView.ViewMode.IconMode if grid else QListView.ViewMode.ListMode)
        self.view.setIconSize(thumbnail_size_hint(grid))
        self.view.setGridSize(QSize(118, 124) if grid else QSize())
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(grid)
        self.view.setUniformItemSizes(not grid)  # grid cells size to their own label
        self.view.setMovement(QListView.Movement.Static)
        # setMovement(Static) also switches dragging and drops off: items are dragged
        # out (to the outline, to a page) and files dropped in, in both modes
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setSpacing(2 if not grid else 0)
        self.list_button.setChecked(not grid)
        self.grid_button.setChecked(grid)
        self.mode = mode

    # ------------------------------------------------------------------ search

    def filters(self) -> Filters:
        return Filters(self.kind.currentData() or "", self.tag.currentData() or "",
                       self.state.currentData() or "", self.locale.currentData() or "",
                       self.open_review.isChecked())

    def _schedule_search(self, *_args) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Empty query: the filtered listing (paged). Else full-text search off the GUI thread."""
        self._timer.stop()
        if self._search_op is not None:
            self._search_op.cancel()  # a newer keystroke wins
            self._search_op = None
        query, filters = self.search.text().strip(), self.filters()
        if not query:
            self.model.show_listing(filters)
            self._update_count()
            self.search_finished.emit()
            return
        op = library_ops.search(self.context, query, filters)
        op.success(lambda rows: self._show_results(op, rows, filters))
        self._search_op = op
        op.run()

    def _show_results(self, op: Operation, rows: list[browse.Row], filters: Filters) -> None:
        if op is not self._search_op:
            return  # cancelled by a newer keystroke after it had finished
        self._search_op = None
        self.model.show_results(rows, filters)
        self._update_count()
        self.search_finished.emit()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.searching:
            text = self.tr("Results: %n", "", n) if n else self.tr(
                "Nothing matches: try fewer words, or another kind or locale.")
        elif n == 0:
            text = self.tr("The library is empty: drop files here, or use File › Import files…")
        else:
            text = self.tr("Objects: %n", "", n) + ("+" if self.model.canFetchMore() else "")
        self.count.setText(text)

    # ------------------------------------------------------------------ import

    def _prepare_images(self, report: ImportReport) -> None:
        """Pictures just imported get their package sizes made now, in the background."""
        ids = [o.object_id for o in report.outcomes if o.status == "imported" and o.kind == "asset"]
        if ids:
            self.prepare_op = export_ops.prepare_images(self.context, ids, settings.image_quality())
            self.prepare_op.failure(lambda error: None).run()  # the export will try again

    def import_paths(self, paths: list[str]) -> Operation:
        """Import files and folders on the writer thread; one transaction per file."""
        self.import_op = imports.import_paths(self.context, paths, settings.author())
        self.import_op.success(self._on_imported).run()
        return self.import_op

    def _on_imported(self, report: ImportReport) -> None:
        self._prepare_images(report)
        refused = report.refused()
        summary = self.tr("Imported {imported}, already in the library {duplicates}, "
                          "refused {refused}.").format(
            imported=report.count("imported"), duplicates=report.count("duplicate"),
            refused=len(refused))
        if report.cancelled:
            summary += " " + self.tr("Cancelled: {left} files were not imported.").format(
                left=report.total - len(report.outcomes))
        self.message.emit(summary)
        if refused:
            # a name that is not UTF-8 shows its undecodable bytes as U+FFFD
            lines = "\n".join(f"{stored_name(Path(o.path).name)}: {o.reason}" for o in refused)
            dialogs.show_info(self, summary + "\n\n" + self.tr("Refused files:") + "\n" + lines,
                              title=self.tr("Import finished"))
        self.import_finished.emit(report.outcomes)

    # ------------------------------------------------------------------ events

    def _on_library_change(self, changes: Changes) -> None:
        if changes.created or changes.deleted or changes.trash:
            self._fill_filters()
            self._refresh_all()
        elif changes.comments and self.open_review.isChecked():  # a thread resolved or imported
            self._refresh_all()
        elif changes.modified:
            self.model.refresh_rows(changes.modified)

    def _refresh_all(self) -> None:
        if self.model.searching:
            self._schedule_search()
        else:
            self.model.reload()  # the count follows when it is read

    def _on_current_change(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.object_selected.emit(current.data(IdRole))

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.object_activated.emit(index.data(IdRole))

    # ------------------------------------------------------------------ translation

    def _on_context_menu(self, point) -> None:
        """A course's menu offers its translation into each locale, with how far it is."""
        index = self.view.indexAt(point)
        coverage = self.model.coverage_of(index) if index.isValid() else None
        if coverage is None or not coverage.locales or index.data(KindRole) != "course":
            return
        menu = QMenu(self)
        menu.setObjectName("browserMenu")
        for code, found in coverage.locales.items():
            text = self.tr("Translate into {locale}… ({percent}% current)").format(
                locale=code, percent=found.course.percent)
            menu.addAction(text, lambda c=code: self._translate_index(index, c))
        menu.popup(self.view.viewport().mapToGlobal(point))
        self.context_menu = menu

    def _translate_index(self, index: QModelIndex, locale: str) -> None:
        coverage = self.model.coverage_of(index)
        if coverage is not None and locale in coverage.locales:
            first = coverage.locales[locale].first_open.get(coverage.course_id, "")
            self.translate_requested.emit(coverage.course_id, locale, first)

    def select_id(self, object_id: str) -> bool:
        for row, oid in enumerate(self.model.ids()):
            if oid == object_id:
                self.view.setCurrentIndex(self.model.index(row))
                return True
        return False
