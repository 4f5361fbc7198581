"""Version history as a designer reads it: each version as the content looked, a summary
of what it changed and by whom, two versions side by side with the changed words marked,
and Restore (with confirmation, undoable).

The words come from `model.version_view` (plain data); this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from authoring.model import version_view
from authoring.model.library import Library
from authoring.model.version_view import ComparedLine, Readable
from authoring.ui.inspector_panels import when
from authoring.ui.operations import Context, objects as ops
from authoring.ui.qt import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QSplitter, Qt, QTextBrowser, QUndoStack, QVBoxLayout, QWidget,
)
from authoring.ui.word_diff import pieces_html, text_html


def version_name(widget: QWidget, version: Readable) -> str:
    if version.number is None:
        return widget.tr("Current (not yet a version)")
    return widget.tr("Version {n}").format(n=version.number)


def readable_html(version: Readable) -> str:
    """A version's texts, each under its label, as the designer wrote them."""
    parts = [f"<p><b>{escape(line.label)}</b></p>{line.html}" if line.html
             else f"<p><b>{escape(line.label)}</b><br>{text_html(line.text)}</p>"
             for line in version.lines]
    return "".join(parts)


def side_html(lines: list[ComparedLine], side: str) -> str:
    """One side of a comparison: the older ("older") or newer ("newer") version's lines,
    removed or added words marked; a line the other side lacks is shown empty there, so
    both sides keep the same rows."""
    rows = []
    for line in lines:
        pieces = getattr(line, side)
        mark = " ●" if line.changed else ""
        body = pieces_html(pieces) if pieces else "<i>—</i>"
        rows.append(f"<p><b>{escape(line.label)}{mark}</b><br>{body}</p>")
    return "".join(rows)


class HistoryPanel(QWidget):
    """Versions newest first with their summaries; the selected one as it looked;
    Compare… and Restore this version."""

    def __init__(self, library: Library, undo_stack: QUndoStack, author: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.author = library, author
        self.context = Context(library, undo_stack, parent=self, origin=self)
        self.object_id: str | None = None
        self.versions: list[Readable] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._on_version_change)
        self.content = QTextBrowser()
        self.content.setAccessibleName(self.tr("The selected version"))
        self.content.setPlaceholderText(self.tr("Select a version to read it."))
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.compare_button.setToolTip(self.tr("Show two versions side by side, changed words marked"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.revert_button = QPushButton(self.tr("Restore this version…"))
        self.revert_button.clicked.connect(self.revert_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.revert_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.content)
        splitter.setSizes([140, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        layout.addLayout(buttons)
        self._enable()

    def show_object(self, object_id: str | None) -> None:
        """Show OBJECT_ID's versions; while the tab is hidden, only remember it: rendering
        and comparing every version is work for when someone looks, not for each click."""
        self.object_id = object_id
        self._stale = not self.isVisible()
        if self._stale:
            return
        self._load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._load()

    def _load(self) -> None:
        self._stale = False
        object_id = self.object_id
        selected = self.selected_number()
        self.list.clear()
        self.content.clear()
        self.versions = []
        if object_id is None:
            self._enable()
            return
        with self.library.reading() as session:
            self.versions = version_view.history(session, object_id)
        for version in self.versions:
            text = (f"{version_name(self, version)} · {version.author or '—'} · "
                    f"{when(version.created)}\n{version.summary}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, version.number)
            self.list.addItem(item)
            if version.number == selected:
                self.list.setCurrentItem(item)
        if not self.versions:
            self.content.setPlainText(self.tr("No version recorded yet: one is recorded "
                                              "when you finish editing this object."))
        self._enable()

    def selected_number(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selected(self) -> Readable | None:
        number = self.selected_number()
        return next((v for v in self.versions if v.number == number), None)

    def _enable(self) -> None:
        chosen = self._selected() is not None
        self.revert_button.setEnabled(chosen)
        self.compare_button.setEnabled(chosen and self.object_id is not None)

    def _on_version_change(self, _row: int) -> None:
        self._enable()
        version = self._selected()
        if version is not None:
            self.content.setHtml(readable_html(version))

    def compare_selected(self) -> None:
        """The selected version against the one before it (the first: against now)."""
        version = self._selected()
        if version is None or self.object_id is None:
            return
        older = [v.number for v in self.versions if v.number < version.number]
        pair = (max(older), version.number) if older else (version.number, None)
        dialog = CompareDialog(self.library, self.object_id, *pair, restore=self.restore, parent=self)
        dialog.open()
        self.compare_dialog = dialog

    def revert_selected(self) -> None:
        number = self.selected_number()
        if number is not None:
            self.restore(number)

    def restore(self, number: int) -> bool:
        """Restore version NUMBER once the designer confirms; True if they did."""
        object_id = self.object_id
        if object_id is None:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Restore version {n}?").format(n=number),
            self.tr("The content of version {n} comes back as a new version; what is there "
                    "now stays in the history, and Edit › Undo takes the restore back.").format(n=number),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Restore"))  # says what it does
        if box.exec() != QMessageBox.StandardButton.Ok:
            return False
        ops.revert(self.context, object_id, number, self.author()).run()
        return True


class CompareDialog(QDialog):
    """Two versions side by side; the changed lines marked ●, removed words struck out in
    red on the left, added words underlined in green on the right."""

    def __init__(self, library: Library, object_id: str, older: int, newer: int | None,
                 restore: Callable[[int], bool] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.object_id, self._restore = library, object_id, restore
        self.setWindowTitle(self.tr("Compare versions"))
        with library.reading() as session:
            self.versions = version_view.history(session, object_id)
            self.versions.insert(0, version_view.readable(session, object_id, None))
        self.older, self.newer = QComboBox(), QComboBox()
        self.older.setAccessibleName(self.tr("Older version"))
        self.newer.setAccessibleName(self.tr("Newer version"))
        for combo in (self.older, self.newer):
            for version in self.versions:
                combo.addItem(version_name(self, version), version.number)
        self.older.setCurrentIndex(self.older.findData(older))
        self.newer.setCurrentIndex(self.newer.findData(newer))
        self.left, self.right = QTextBrowser(), QTextBrowser()
        self.left.setAccessibleName(self.tr("Older version, removed words marked"))
        self.right.setAccessibleName(self.tr("Newer version, added words marked"))
        self.left.verticalScrollBar().valueChanged.connect(self.right.verticalScrollBar().setValue)
        self.right.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        for combo in (self.older, self.newer):
            combo.currentIndexChanged.connect(self.refresh)
        self._layout()
        self.refresh()
        self.resize(900, 560)

    def _layout(self) -> None:
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(self.tr("Older:")))
        pickers.addWidget(self.older, 1)
        pickers.addWidget(QLabel(self.tr("Newer:")))
        pickers.addWidget(self.newer, 1)
        sides = QHBoxLayout()
        sides.addWidget(self.left)
        sides.addWidget(self.right)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Restore the older version…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore_older)
        self.restore_button.setVisible(self._restore is not None)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addLayout(sides, 1)
        layout.addWidget(buttons)

    def _version(self, combo: QComboBox) -> Readable:
        number = combo.currentData()
        return next(v for v in self.versions if v.number == number)

    def refresh(self) -> None:
        older, newer = self._version(self.older), self._version(self.newer)
        lines = version_view.compare(older, newer)
        self.left.setHtml(side_html(lines, "older"))
        self.right.setHtml(side_html(lines, "newer"))
        changed = sum(line.changed for line in lines)
        self.summary.setText(self.tr("%n part(s) changed", "", changed) if changed
                             else self.tr("These two versions read the same."))
        self.restore_button.setEnabled(older.number is not None)

    def _restore_older(self) -> None:
        number = self.older.currentData()
        if number is not None and self._restore is not None and self._restore(number):
            self.accept()  # what it compared is history now: the History tab shows the restore
