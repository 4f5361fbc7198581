"""The inspector's tabs beside Properties: version history, where used, comments.

Each panel shows one object; `show_object(object_id)` re-reads it from the library. Writes
are operations (`operations/objects.py`): a revert is undoable, comments are not (they
are a conversation, not an edit to undo).
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from authoring.model import comment_threads, object_details, where_used
from authoring.model.library import Library
from authoring.ui.operations import Context, Operation, objects as ops
from authoring.ui.qt import (
    QFontMetrics, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QRect, QSize, QSplitter, QStyledItemDelegate, Qt, QTextBrowser, QTreeWidget, QTreeWidgetItem,
    QUndoStack, QVBoxLayout, QWidget, Signal,
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
        with self.library.reading() as session:
            users = where_used.containers_using(session, object_id)
        for user in users:
            how = "" if user.direct else self.tr(" (through another object)")
            item = QListWidgetItem(f"{user.kind}: {user.title}{how}")
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            self.list.addItem(item)
        self.empty.setText(self.tr("Not used in any page, lesson or course.") if not users
                           else self.tr("Places using it: %n", "", len(users)))


class CommentsPanel(QWidget):
    """Threads of comments on the object: add, reply, resolve (or reopen).

    Choosing a thread (click, arrow keys) says so (`thread_selected`): the page editor
    scrolls to the block and marks the words the thread quotes. The thread chosen stays
    chosen when the list is read again (after a reply, a resolve, an import)."""

    thread_selected = Signal(str, int)  # (object id, thread id), chosen by the designer

    def __init__(self, library: Library, author: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.author = library, author
        self.context = Context(library, parent=self, origin=self)
        self.object_id: str | None = None
        self._quiet = 0  # > 0 while the list is filled or chosen from outside: no signal
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrappedRows(self.tree))
        self.tree.setAccessibleName(self.tr("Comment threads"))
        self.tree.currentItemChanged.connect(self._on_current_change)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write a comment…"))
        self.editor.setAccessibleName(self.tr("Comment or reply"))
        self.editor.setTabChangesFocus(True)
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
        kept = self._selected_id() if object_id == self.object_id else None
        self.object_id = object_id
        self._quiet += 1
        try:
            self.tree.clear()
            if object_id is not None:
                self._fill(object_id)
                if kept is not None:
                    self._select(kept)
        finally:
            self._quiet -= 1
        self._update_buttons()

    def _fill(self, object_id: str) -> None:
        with self.library.transaction() as session:
            threads = comment_threads.list_threads(session, object_id=object_id)
            changed = {t["id"]: comment_threads.what_changed(session, object_id, t["version"])
                       for t in threads if t["outdated"]}
        for thread in reversed(threads):  # oldest first, as a conversation reads
            resolved = thread["status"] == "resolved"
            root = QTreeWidgetItem([self._describe(thread, changed.get(thread["id"], []))])
            root.setData(0, Qt.ItemDataRole.UserRole, (int(thread["id"]), resolved))
            for reply in thread["replies"]:
                child = QTreeWidgetItem([f"{reply['author'] or '—'} · {when(reply['created'])}\n{reply['text']}"])
                child.setData(0, Qt.ItemDataRole.UserRole, (int(reply["id"]), resolved))
                root.addChild(child)
            self.tree.addTopLevelItem(root)
            root.setExpanded(not resolved)

    def select_thread(self, thread_id: int) -> bool:
        """Choose the thread THREAD_ID in the list (from the page editor: no signal back)."""
        self._quiet += 1
        try:
            found = self._select(thread_id)
        finally:
            self._quiet -= 1
        self._update_buttons()
        return found

    def _select(self, comment_id: int) -> bool:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole)[0] == comment_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def _items(self):
        for index in range(self.tree.topLevelItemCount()):
            root = self.tree.topLevelItem(index)
            yield root
            for child in range(root.childCount()):
                yield root.child(child)

    def _selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole)[0] if item is not None else None

    def _thread_of(self, item: QTreeWidgetItem) -> int:
        """The thread an item belongs to: its root comment's id."""
        while item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole)[0]

    def _on_current_change(self, current: QTreeWidgetItem | None, _previous) -> None:
        if self._quiet:
            return  # the list is being read again: a button disabled meanwhile would
            # lose the focus (Resolve, just clicked) to some other control of the window
        self._update_buttons()
        if current is not None and self.object_id is not None:
            self.thread_selected.emit(self.object_id, self._thread_of(current))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.tree.doItemsLayout()  # rows re-wrap to the new width

    def _describe(self, thread: dict, changed: list[str]) -> str:
        """A thread's first line (who, when, which version, from where, outdated or
        resolved), the quoted text, then the comment."""
        marks = [f"v{thread['version']}"]
        source = comment_threads.source_label(thread["source"])
        if source:
            marks.append(self.tr("from a review build") if source == "review build"
                         else self.tr("from a Word review"))
        if thread["outdated"]:
            fields = ", ".join(dict.fromkeys("text" if f == "html" else f for f in changed))
            marks.append(self.tr("outdated: %1 changed since").replace("%1", fields)
                         if changed else self.tr("outdated"))
        if thread["status"] == "resolved":
            marks.append(self.tr("resolved"))
        lines = [f"{thread['author'] or '—'} · {when(thread['created'])} · {' · '.join(marks)}"]
        if thread["quote"]:
            lines.append(f"“{thread['quote']}”")
        lines.append(thread["text"])
        return "\n".join(lines)

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
        """Resolve (or reopen) the whole thread, whichever of its comments is chosen."""
        selected = self.tree.currentItem()
        if selected is not None:
            resolved = selected.data(0, Qt.ItemDataRole.UserRole)[1]
            self._write(ops.set_resolved(self.context, self._thread_of(selected), not resolved))


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the panel's width (Qt sizes a row for its
    lines as written, so a long comment would be cut off with "...")."""

    def sizeHint(self, option, index) -> QSize:
        tree = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(80, tree.viewport().width() - tree.indentation() * (depth + 1) - 12)
        text = index.data() or ""
        box = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 100_000),
                                                     int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, box.height() + 8)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
