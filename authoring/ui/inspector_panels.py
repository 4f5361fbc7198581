"""The inspector's tabs beside Properties: version history, where used, comments.

Each panel shows one object; `show_object(object_id)` re-reads it from the library. Writes
are operations (`operations/objects.py`): a revert is undoable, comments are not (they
are a conversation, not an edit to undo).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Callable

from authoring.model import object_details, where_used
from authoring.model.library import Library
from authoring.ui.operations import Context, Operation, objects as ops
from authoring.ui.qt import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSplitter, Qt, QTextBrowser, QTreeWidget, QTreeWidgetItem, QUndoStack, QVBoxLayout,
    QWidget, Signal,
)
from authoring.ui.qt import QDateTime, QLocale


def when(moment: datetime | str | None) -> str:
    """A moment in local time, written the way the interface language writes dates."""
    if moment is None:
        return ""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class HistoryPanel(QWidget):
    """Versions newest first; one can be read (read-only) and brought back."""

    def __init__(self, library: Library, undo_stack: QUndoStack, author: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.author = library, author
        self.context = Context(library, undo_stack, parent=self, origin=self)
        self.object_id: str | None = None
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._on_version_change)
        self.content = QTextBrowser()
        self.content.setPlaceholderText(self.tr("Select a version to read it."))
        self.revert_button = QPushButton(self.tr("Revert to this version"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self.revert_selected)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.content)
        splitter.setSizes([140, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        layout.addWidget(self.revert_button)

    def show_object(self, object_id: str | None) -> None:
        self.object_id = object_id
        selected = self.selected_number()
        self.list.clear()
        self.content.clear()
        if object_id is None:
            return
        with self.library.transaction() as session:
            rows = object_details.version_rows(session, object_id)
        for row in rows:
            text = (self.tr("Version {n}").format(n=row.number)
                    + f" · {row.author or '—'} · {when(row.created)}")
            if row.summary:
                text += f"\n{row.summary}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.number)
            self.list.addItem(item)
            if row.number == selected:
                self.list.setCurrentItem(item)
        if not rows:
            self.content.setPlainText(self.tr("No version recorded yet: one is recorded "
                                              "when you finish editing this object."))

    def selected_number(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_version_change(self, _row: int) -> None:
        number = self.selected_number()
        self.revert_button.setEnabled(number is not None)
        if number is None or self.object_id is None:
            return
        with self.library.transaction() as session:
            version = object_details.version_content(session, self.object_id, number)
        body = json.dumps(version.data, indent=2, ensure_ascii=False)
        html = (f"<h3>{_escape(version.title)}</h3>"
                f"<pre style='white-space: pre-wrap'>{_escape(body)}</pre>")
        if version.children:
            html += "<p>" + self.tr("Children:") + " " + ", ".join(
                _escape(child_id) + (f" (v{pin})" if pin else "")
                for child_id, pin in version.children) + "</p>"
        self.content.setHtml(html)

    def revert_selected(self) -> None:
        number, object_id = self.selected_number(), self.object_id
        if number is None or object_id is None:
            return
        ops.revert(self.context, object_id, number, self.author()).run()


class UsedInPanel(QWidget):
    """The pages, lessons and courses that reach the object: what a change would touch."""

    object_chosen = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.list = QListWidget()
        self.list.itemActivated.connect(
            lambda item: self.object_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)

    def show_object(self, object_id: str | None) -> None:
        self.list.clear()
        if object_id is None:
            self.empty.setText("")
            return
        with self.library.transaction() as session:
            users = where_used.containers_using(session, object_id)
        for user in users:
            how = "" if user.direct else self.tr(" (through another object)")
            item = QListWidgetItem(f"{user.kind}: {user.title}{how}")
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            self.list.addItem(item)
        self.empty.setText(self.tr("Not used in any page, lesson or course.") if not users
                           else self.tr("Places using it: %n", "", len(users)))


class CommentsPanel(QWidget):
    """Threads of comments on the object: add, reply, resolve (or reopen)."""

    def __init__(self, library: Library, author: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.author = library, author
        self.context = Context(library, parent=self, origin=self)
        self.object_id: str | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write a comment…"))
        self.editor.setMaximumHeight(80)
        self.add_button = QPushButton(self.tr("Comment"))
        self.reply_button = QPushButton(self.tr("Reply"))
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.add_button.clicked.connect(lambda: self.add(self.editor.toPlainText()))
        self.reply_button.clicked.connect(lambda: self.reply(self.editor.toPlainText()))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reply_button, self.resolve_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_object(self, object_id: str | None) -> None:
        self.object_id = object_id
        self.tree.clear()
        if object_id is None:
            self._update_buttons()
            return
        with self.library.transaction() as session:
            threads = object_details.comment_threads(session, object_id)
        for first, *replies in threads:
            mark = self.tr(" — resolved") if first.resolved else ""
            root = QTreeWidgetItem([f"{first.author or '—'} · {when(first.at)} · "
                                    f"v{first.version}{mark}\n{first.body}"])
            root.setData(0, Qt.ItemDataRole.UserRole, (first.id, first.resolved))
            for reply in replies:
                child = QTreeWidgetItem([f"{reply.author or '—'} · {when(reply.at)}\n{reply.body}"])
                child.setData(0, Qt.ItemDataRole.UserRole, (reply.id, first.resolved))
                root.addChild(child)
            self.tree.addTopLevelItem(root)
            root.setExpanded(not first.resolved)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_object = self.object_id is not None
        selected = self.tree.currentItem()
        self.add_button.setEnabled(has_object)
        self.reply_button.setEnabled(has_object and selected is not None)
        self.resolve_button.setEnabled(has_object and selected is not None)
        if selected is not None:
            resolved = selected.data(0, Qt.ItemDataRole.UserRole)[1]
            self.resolve_button.setText(self.tr("Reopen") if resolved else self.tr("Resolve"))

    def _write(self, operation: Operation) -> bool:
        operation.run()
        if operation.error is not None:
            return False
        self.show_object(self.object_id)
        return True

    def add(self, body: str) -> None:
        object_id = self.object_id
        if object_id and self._write(ops.add_comment(self.context, object_id, body, self.author())):
            self.editor.clear()

    def reply(self, body: str) -> None:
        selected, object_id = self.tree.currentItem(), self.object_id
        if selected is None or object_id is None:
            return
        comment_id = selected.data(0, Qt.ItemDataRole.UserRole)[0]
        if self._write(ops.add_comment(self.context, object_id, body, self.author(),
                                       reply_to=comment_id)):
            self.editor.clear()

    def toggle_resolved(self) -> None:
        selected = self.tree.currentItem()
        if selected is not None:
            comment_id, resolved = selected.data(0, Qt.ItemDataRole.UserRole)
            self._write(ops.set_resolved(self.context, comment_id, not resolved))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
