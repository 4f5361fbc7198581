"""The WYSIWYG page editor: a page's blocks edited in place, as learners will see them.

Every change is an undoable operation (`operations/blocks.py`: one transaction, one undo
step; typing bursts merge per block). The editor redraws from the model: on `library.events` it reloads the
widgets of what changed, except for its own changes, which its widgets already show.
Undo and redo come back as changes too (they are not "ours" while we are not acting), so
the widgets follow the library, never the other way round.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from typing import Any, Callable

from authoring.model import blocks, trash
from authoring.model.blocks import AssetInfo, BlockView
from authoring.model.comment_threads import ReviewNote
from authoring.model.content import BLOCK_KINDS, QUESTION_TYPES
from authoring.model.errors import ChangedElsewhereError, CoursesmithError
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.model.outside_changes import OUTSIDE
from authoring.ui import words
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.operations import (
    Context, Operation, blocks as ops, imports, objects as object_ops,
)
from authoring.ui.page_editor.assets import AssetImages
from authoring.ui.page_editor.blocks import (
    BlockEditor, CalloutEditor, PageTitleEdit, TextBlockEditor,
)
from authoring.ui.page_editor.canvas import (
    COLUMN_WIDTH, STYLE_SHEET, PageCanvas, UndoKeys, ask_shared_edit,
)
from authoring.ui.page_editor.media import AssetPicker, MediaEditor
from authoring.ui.page_editor.questions import QUESTION_TYPE_LABELS, QuestionEditor, RowList
from authoring.ui.page_editor.reorder import drop_slot, move_target
from authoring.ui.page_editor.richtext import RichTextEdit
from authoring.ui.page_editor.toolbar import FormatToolbar
from authoring.ui.qt import (
    QAction, QApplication, QHBoxLayout, QImage, QKeySequence, QLabel, QLineEdit, QMenu, QScrollArea,
    QTimer, QToolButton, QUndoStack, QVBoxLayout, QWidget, Qt, Signal,
)

EDITORS: dict[str, type[BlockEditor]] = {
    "text": TextBlockEditor, "callout": CalloutEditor, "media": MediaEditor,
    "question": QuestionEditor,
}
COMPACT_BELOW = 600  # px of editor width under which the page's margins thin
NEW_TITLES = {"text": "Text", "callout": "Callout", "media": "Image", "question": "Question"}
# What a new question of each type starts with: empty rows to type into, as many as the
# type needs at the least (a choice question with no choices is a blank form).
_STARTING_ROWS = {"single": ("choices", {"text": ""}), "multiple": ("choices", {"text": ""}),
                  "ordering": ("items", {"text": ""}), "matching": ("pairs", {"prompt": "", "match": ""})}


def new_question(question_type: str) -> dict[str, Any]:
    data: dict[str, Any] = {"type": question_type}
    if question_type in _STARTING_ROWS:
        part, row = _STARTING_ROWS[question_type]
        data[part] = [dict(row), dict(row)]
    return data


class QtPageEditor(QWidget):
    object_selected = Signal(str)
    # (block id, kind, data): what a block shows while it is typed into, not saved yet
    drafted = Signal(str, str, object)
    review_chosen = Signal(str, int)  # (block id, thread id): its mark or badge clicked, or F8

    def __init__(self, library: Library, undo_stack: QUndoStack, author: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._stack = undo_stack
        self._author = author
        self.context = Context(library, undo_stack, parent=self, origin=self)
        self._page_id: str | None = None
        self._editors: list[BlockEditor] = []
        self._current: BlockEditor | None = None  # last block with focus: inserts go after it
        self._active: BlockEditor | None = None  # the block that has focus now
        self._acting = 0  # > 0 while our own operation runs: its change events are ours
        self._changed_elsewhere = False  # the last save failed: another program changed it
        self._modal = 0  # > 0 while our dialog is up: focus moves are not "leaving"
        self._decided: set[str] = set()  # shared blocks the designer chose for, this visit
        self._edited: set[str] = set()  # objects changed this visit: versions to record
        self._auto_titled: set[str] = set()  # new blocks titled from their first words
        self._review_at: tuple[str, int] | None = None  # (block, thread) shown last
        self.assets = AssetImages(library, self)
        self.preview_ready = self.assets.preview_ready  # EditorHost: a preview was read
        self.setStyleSheet(STYLE_SHEET)
        self._build()
        self._add_move_keys()
        self._title_timer = QTimer(self, singleShot=True, interval=700)
        self._title_timer.timeout.connect(self._save_title)
        self._undo_keys = UndoKeys(self, self._undo, self._redo)
        QApplication.instance().focusChanged.connect(self._on_focus_change)
        # `events` by name: the main window detaches the views' bridges when it closes
        self.events = QtLibraryEvents(library, self)  # changes arrive on the GUI thread
        self.events.changed.connect(self._on_library_change)
        self.show_page(None)

    # ================================================================== layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 2)
        self.insert_button = QToolButton(self, text=self.tr("Insert"), toolTip=self.tr("Insert a block"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.insert_button.setMenu(self._insert_menu())
        bar.addWidget(self.insert_button)
        self.toolbar = FormatToolbar(self._pick_image, self._dialog, self)
        bar.addWidget(self.toolbar, 1)
        layout.addLayout(bar)
        self.canvas = PageCanvas(self._drop_position, self._reorder_scope)
        self.canvas.ids_dropped.connect(self.insert_existing)
        self.canvas.block_dropped.connect(self._on_block_dropped)
        outer = QHBoxLayout(self.canvas)
        self.column = QWidget(self.canvas, objectName="pageColumn")
        self.column.setMaximumWidth(COLUMN_WIDTH)
        self.canvas.column = self.column
        outer.addStretch(1)
        outer.addWidget(self.column, 100)
        outer.addStretch(1)
        column = QVBoxLayout(self.column)
        column.setSpacing(10)
        self.save_error = QLabel(self.column, objectName="saveError", wordWrap=True)
        self.save_error.hide()
        column.addWidget(self.save_error)
        self.title = PageTitleEdit(self.tr("Page title"), self.column)
        self.title.setObjectName("pageTitle")
        self.title.setAccessibleName(self.tr("Page title"))
        self.title.textEdited.connect(lambda _text: self._title_timer.start())
        column.addWidget(self.title)
        self.blocks = QVBoxLayout()
        self.blocks.setSpacing(8)
        column.addLayout(self.blocks)
        self.empty = QLabel(self.column, objectName="emptyHint", wordWrap=True,
                            alignment=Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.empty)
        self.welcome_slot = QVBoxLayout()  # the window's welcome view, while no page is open
        column.addLayout(self.welcome_slot)
        self.welcome: QWidget | None = None
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.canvas)
        layout.addWidget(self.scroll, 1)
        self._compact: bool | None = None
        self._fit_margins()

    def _fit_margins(self) -> None:
        """Narrow (beside the preview on a laptop): thinner margins, so the page reflows
        to the width there is instead of scrolling sideways."""
        compact = self.width() < COMPACT_BELOW
        if compact == self._compact:
            return
        self._compact = compact
        self.canvas.layout().setContentsMargins(*((6, 8, 6, 24) if compact else (16, 16, 16, 32)))
        self.column.layout().setContentsMargins(*((12, 12, 12, 16) if compact else (24, 20, 24, 24)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._fit_margins()
        super().resizeEvent(event)

    def _add_move_keys(self) -> None:
        """Alt+Shift+Up / Down: the keyboard's drag. They move the row being typed in (a
        choice, an item, a pair), else the block that has the focus."""
        for text, keys, delta in ((self.tr("Move block or row up"), "Alt+Shift+Up", -1),
                                  (self.tr("Move block or row down"), "Alt+Shift+Down", 1)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, d=delta: self._move_by_keys(d))
            self.addAction(action)

    def _move_by_keys(self, delta: int) -> None:
        focus = QApplication.focusWidget()
        rows = focus
        while rows is not None and not isinstance(rows, RowList):
            rows = rows.parentWidget()
        if rows is not None and rows.reorder and rows.move_focused_row(focus, delta):
            return
        editor = self._editor_of(focus) or self._current
        if editor is not None:
            self.move_block(editor, delta)

    def _insert_menu(self) -> QMenu:
        """The Insert button's menu; the window's Insert menu shows the same actions, so
        their keys (Ctrl+Alt+T, C, M, Q) work from anywhere in the window."""
        menu = QMenu(self)
        for text, slot, keys in ((self.tr("Text"), lambda: self.insert_block("text"), "Ctrl+Alt+T"),
                                 (self.tr("Callout"), lambda: self.insert_block("callout"), "Ctrl+Alt+C"),
                                 (self.tr("Image / media…"), self._insert_media, "Ctrl+Alt+M")):
            menu.addAction(text, slot).setShortcut(QKeySequence(keys))
        questions = menu.addMenu(self.tr("Question"))
        for qtype in QUESTION_TYPES:
            action = questions.addAction(words.word(QUESTION_TYPE_LABELS[qtype]),
                                         lambda t=qtype: self.insert_block("question", new_question(t)))
            if qtype == "single":
                action.setShortcut(QKeySequence("Ctrl+Alt+Q"))
        self.insert_actions = menu.actions()
        return menu

    # =============================================================== the page

    def set_welcome(self, widget: QWidget) -> None:
        """WIDGET stands in the page area while no page is open (the first steps)."""
        self.welcome = widget
        self.welcome_slot.addWidget(widget)
        self._sync_blocks()

    def current_page(self) -> str | None:
        return self._page_id

    def show_page(self, page_id: str | None) -> None:
        """Show a page (None: nothing); leaving a page saves and records its versions."""
        if self._page_id is not None:
            self._leave_page()
        self._page_id = page_id
        self._decided.clear()
        self._edited.clear()
        self._review_at = None
        self._current = self._active = None
        self.toolbar.set_target(None)
        self._clear_blocks()
        self.save_error.hide()
        if page_id is not None:
            try:
                self._load_title()
            except CoursesmithError:
                self._page_id = None
        has_page = self._page_id is not None
        self.title.setVisible(has_page)
        self.insert_button.setEnabled(has_page)
        self._sync_blocks()
        self.scroll.verticalScrollBar().setValue(0)  # a page opens at its top

    def _leave_page(self) -> None:
        self._flush_all()
        self._record(list(self._edited))
        self._edited.clear()

    def _load_title(self) -> None:
        with self._library.reading() as session:
            title = blocks.page_title(session, self._page_id)
        if self.title.text() != title:
            self.title.setText(title)

    def _save_title(self) -> None:
        title = self.title.text().strip()
        page_id = self._page_id
        if page_id is None or not title:
            return  # a page keeps its old title until it gets a new one
        if self._run(object_ops.rename(self.context, page_id, title, self.tr("Rename page"),
                                       merge_key=f"title:{page_id}")) is not _FAILED:
            self._edited.add(page_id)

    # ============================================================= the blocks

    def block_editors(self) -> list[BlockEditor]:
        return list(self._editors)

    def _read_views(self) -> list[BlockView]:
        if self._page_id is None:
            return []
        with self._library.reading() as session:
            return blocks.read_block_views(session, self._page_id)

    def _sync_blocks(self) -> None:
        """Match the editors to the page's blocks; editors of blocks that stay are kept."""
        views = self._read_views()
        spare: dict[str, list[BlockEditor]] = {}
        for editor in self._editors:
            spare.setdefault(editor.block_id, []).append(editor)
        editors = []
        for view in views:
            editor = spare.get(view.id, []).pop(0) if spare.get(view.id) else None
            if editor is None or editor.view.kind != view.kind:
                editor = EDITORS[view.kind](self, view, self.column)
            elif editor.view != view or editor.view.revision != view.revision:
                editor.show_object(view)  # refilled only if the content differs
            editors.append(editor)
        for leftovers in spare.values():
            for editor in leftovers:
                self._drop_editor(editor)
        while self.blocks.count():
            self.blocks.takeAt(0)
        for index, editor in enumerate(editors):
            self.blocks.addWidget(editor)
            editor.set_position(index, len(editors))
            editor.show()
        self._editors = editors
        if self._review_at is not None:  # the chosen thread stays marked as such (reopened, say)
            self._activate_review(*self._review_at)
        self.empty.setText(self.tr("Choose a page in the outline to edit it.") if self._page_id is None
                           else self.tr("This page is empty. Insert a block, or drag one here from the library."))
        self.empty.setVisible(not editors and not (self._page_id is None and self.welcome))
        if self.welcome is not None:
            self.welcome.setVisible(self._page_id is None)

    def _drop_editor(self, editor: BlockEditor) -> None:
        if editor is self._current:
            self._current = None
        if editor is self._active:
            self._active = None
            self.toolbar.set_target(None)
        editor.hide()
        self.blocks.removeWidget(editor)
        editor.deleteLater()

    def _clear_blocks(self) -> None:
        for editor in self._editors:
            self._drop_editor(editor)
        self._editors = []

    def _position_of(self, editor: BlockEditor | None) -> int | None:
        return self._editors.index(editor) if editor in self._editors else None

    def _focus(self, block_id: str) -> None:
        """Make BLOCK_ID current, put the cursor in its first field and scroll it into view
        once the layout has placed it (on the next turn of the event loop)."""
        for editor in self._editors:
            if editor.block_id == block_id:
                self._set_current(editor)
                editor.focus_first_field()
                QTimer.singleShot(0, lambda: self._scroll_to(editor))
                return

    def _scroll_to(self, editor: BlockEditor) -> None:
        if editor in self._editors:
            self.scroll.ensureWidgetVisible(editor, 0, 24)

    # ========================================================= insert, move, remove

    def insert_block(self, kind: str, data: dict[str, Any] | None = None,
                     position: int | None = None) -> str | None:
        """A new block after the current one (or at `position`); its id."""
        page_id = self._page_id
        if page_id is None or kind not in BLOCK_KINDS:
            return None
        if position is None:
            current = self._position_of(self._current)
            position = len(self._editors) if current is None else current + 1
        title = self.tr(NEW_TITLES[kind])
        block_id = self._run(ops.insert_block(self.context, page_id, kind, title, data, position,
                                              self._author()))
        if block_id is _FAILED:
            return None
        self._edited.update({page_id, block_id})
        self._auto_titled.add(block_id)  # titled from its first words until renamed
        self._sync_blocks()
        self._focus(block_id)
        return block_id

    def _insert_media(self) -> None:
        asset_id = self.pick_asset(self)
        if asset_id:
            info = self.asset_info(asset_id)
            self.insert_block("media", {"asset": asset_id, "alt": info.alt if info else ""})

    def insert_existing(self, ids: list[str], position: int | None = None,
                        as_copy: bool = False) -> list[str]:
        """Blocks dropped from the library, by reference (or pasted as copies); a dropped
        asset becomes a media block. No position: after the current block."""
        page_id = self._page_id
        if page_id is None:
            return []
        with self._library.reading() as session:
            kinds = blocks.usable_drop(session, ids)
        if not kinds:
            return []
        if position is None:
            current = self._position_of(self._current)
            position = len(self._editors) if current is None else current + 1
        inserted = self._run(ops.insert_dropped(self.context, page_id, kinds, position,
                                                self._author(), as_copy))
        if inserted is _FAILED:
            return []
        self._edited.add(page_id)
        self._sync_blocks()
        return inserted

    def move_block(self, editor: BlockEditor, delta: int) -> None:
        """▲ / ▼: one place up or down."""
        source = self._position_of(editor)
        if source is not None:
            self.move_block_to(editor, source + delta)

    def move_block_to(self, editor: BlockEditor, target: int) -> None:
        """Put the block at position TARGET of the page: one undo step, saved at once."""
        source = self._position_of(editor)
        page_id = self._page_id
        if source is None or target == source or not 0 <= target < len(self._editors):
            return
        self._flush_all()
        if self._run(ops.move_block(self.context, page_id, source, target)) is not _FAILED:
            self._edited.add(page_id)
            self._sync_blocks()
            self._focus(editor.block_id)

    def block_drag(self, editor: BlockEditor) -> tuple[str, int] | None:
        """A drag by the block's grip starts: what it carries (this page, its position)."""
        position = self._position_of(editor)
        return None if position is None or self._page_id is None else (self._reorder_scope(), position)

    def _reorder_scope(self) -> str:
        return f"blocks:{self._page_id}"

    def _on_block_dropped(self, source: int, slot: int) -> None:
        target = move_target(source, slot)
        if target is not None and 0 <= source < len(self._editors):
            self.move_block_to(self._editors[source], target)

    def remove_block(self, editor: BlockEditor) -> None:
        """Take the block off this page; it stays in the library (and on other pages)."""
        position = self._position_of(editor)
        page_id = self._page_id
        if position is None:
            return
        editor.flush()
        if self._run(ops.remove_block(self.context, page_id, position)) is not _FAILED:
            self._edited.add(page_id)
            self._record([editor.block_id])
            self._sync_blocks()
            self.object_selected.emit(page_id)  # the inspector lets go of the block

    def _drop_position(self, y: int) -> tuple[int, int]:
        """Where a drop at canvas height `y` goes: (slot on the page, y of the gap)."""
        spans = []
        for editor in self._editors:
            top = editor.mapTo(self.canvas, editor.rect().topLeft()).y()
            spans.append((top, top + editor.height()))
        if not spans:
            return 0, self.title.mapTo(self.canvas, self.title.rect().bottomLeft()).y() + 6
        return drop_slot(spans, y)

    # ============================================================ EditorHost

    def may_edit(self, editor: BlockEditor) -> bool:
        """Before the first change to a shared block on this visit, ask what is meant."""
        view = editor.view
        if view.used_on <= 1 or view.id in self._decided:
            return True
        with self._dialog():
            answer = ask_shared_edit(self, view.used_on)
        if answer == "everywhere":
            self._decided.add(view.id)
            return True
        if answer == "copy" and self._make_local_copy(editor):
            return True
        QTimer.singleShot(0, lambda: self._revert(editor))  # put the keystroke back
        return False

    def draft(self, editor: BlockEditor) -> None:
        if editor in self._editors and editor.has_pending:
            self.drafted.emit(editor.block_id, editor.view.kind, editor.collect())

    def _revert(self, editor: BlockEditor) -> None:
        if editor in self._editors:
            editor.show_object(editor.view, force=True)

    def _make_local_copy(self, editor: BlockEditor) -> bool:
        page_id, old_id = self._page_id, editor.block_id
        position = self._position_of(editor)
        result = self._run(ops.make_local_copy(self.context, page_id, position, old_id, self._author()))
        if result is _FAILED:
            return False
        new_id, title = result
        self._edited.update({page_id, new_id})
        self._decided.add(new_id)
        view = replace(editor.view, id=new_id, title=title, used_on=1, pinned=None, revision=0,
                       reviews=())  # the reviewers' comments stay on the shared block
        editor.block_id, editor.view = new_id, view
        editor.header.show_view(view)  # the widgets keep what the designer just typed
        editor.marks.show(())
        self.object_selected.emit(new_id)
        return True

    def save(self, editor: BlockEditor, data: dict[str, Any], label: str,
             merge_key: str | None = None) -> None:
        block_id = editor.block_id
        title = None
        if block_id in self._auto_titled:
            title = blocks.title_from_text(editor.view.kind, data) or None
        result = self._run(ops.save_block(self.context, block_id, data, label, merge_key, title,
                                          editor.view.revision))
        if result is _FAILED:
            if self._changed_elsewhere:  # told above the page; now show their version
                self._changed_elsewhere = False
                QTimer.singleShot(0, self._sync_blocks)
            return
        stored, revision = result
        self._edited.add(block_id)
        self.save_error.hide()
        editor.view = replace(editor.view, data=stored, revision=revision,
                              title=title or editor.view.title)  # as stored
        if title:
            editor.header.show_view(editor.view)
        editor.saved(stored)

    def image(self, asset_id: str) -> QImage | None:
        return self.assets.image(asset_id)

    def preview(self, asset_id: str, width: int) -> QImage | None:
        return self.assets.preview(asset_id, width)

    def asset_info(self, asset_id: str) -> AssetInfo | None:
        return self.assets.info(asset_id)

    def pick_asset(self, parent: QWidget, images_only: bool = False) -> str | None:
        with self._dialog():
            picker = AssetPicker(self.assets.all(images_only), self.image, self._import_asset, parent)
            try:
                if picker.exec() != AssetPicker.DialogCode.Accepted:
                    return None
                return picker.chosen()
            finally:
                picker.deleteLater()

    def _pick_image(self, parent: QWidget) -> tuple[str, str] | None:
        asset_id = self.pick_asset(parent, images_only=True)
        info = self.asset_info(asset_id) if asset_id else None
        return (asset_id, info.alt) if info else None

    def _import_asset(self, path: str, picker: QWidget) -> Operation:
        """The picker's "Import from disk…": off the window's thread, progress over the picker."""
        return imports.import_file(replace(self.context, parent=picker), path, self._author())

    def format(self, edit: RichTextEdit, name: str) -> None:
        self.toolbar.format(edit, name)

    # ======================================================== review comments

    def choose_review(self, editor: BlockEditor, thread_id: int) -> None:
        """A mark or a badge was clicked: that thread is the one shown, here (its words
        marked more strongly) and in the Comments panel."""
        self._activate_review(editor.block_id, thread_id)
        self.review_chosen.emit(editor.block_id, thread_id)

    def show_review(self, block_id: str, thread_id: int) -> bool:
        """The Comments panel chose a thread: scroll to its block and mark its words (the
        focus stays where it is). False if the block is not on this page."""
        editor = next((e for e in self._editors if e.block_id == block_id), None)
        if editor is None:
            return False
        self._activate_review(block_id, thread_id)
        QTimer.singleShot(0, lambda: self._scroll_to_review(editor, thread_id))
        return True

    def go_to_review(self, step: int) -> tuple[int, int, ReviewNote] | None:
        """The next (STEP 1) or previous (-1) open review comment on the page, in reading
        order and round again: its words marked, the cursor put before them, its thread
        chosen. Returns (its number, how many, the thread), or None if there are none."""
        stops = [(editor, note) for editor in self._editors for note in editor.marks.reading_order()]
        if not stops:
            return None
        at = next((index for index, (editor, note) in enumerate(stops)
                   if (editor.block_id, note.id) == self._review_at), None)
        index = (0 if step > 0 else len(stops) - 1) if at is None else (at + step) % len(stops)
        editor, note = stops[index]
        self._activate_review(editor.block_id, note.id)
        self._put_cursor_at(editor, note.id)
        QTimer.singleShot(0, lambda: self._scroll_to_review(editor, note.id))
        self.review_chosen.emit(editor.block_id, note.id)
        return index + 1, len(stops), note

    def _activate_review(self, block_id: str, thread_id: int) -> None:
        self._review_at = (block_id, thread_id)
        for editor in self._editors:
            editor.marks.set_active(thread_id if editor.block_id == block_id else None)

    def _put_cursor_at(self, editor: BlockEditor, thread_id: int) -> None:
        """The keyboard follows the eye: the cursor before the quoted words (else in the
        block's first field), so the designer can edit them at once."""
        mark = editor.marks.mark_of(thread_id)
        if mark is None:
            editor.focus_first_field()
            return
        field = mark.field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(field, QLineEdit):
            field.setCursorPosition(mark.start)
            return
        cursor = field.textCursor()
        cursor.setPosition(mark.start)
        field.setTextCursor(cursor)

    def _scroll_to_review(self, editor: BlockEditor, thread_id: int) -> None:
        if editor not in self._editors:
            return
        self.scroll.ensureWidgetVisible(editor, 0, 24)  # its header and badge, if they fit
        mark = editor.marks.mark_of(thread_id)
        if mark is not None:  # the words themselves, a third of the way in at least
            spot = mark.field.mapTo(self.canvas, editor.marks.rect_of(mark).center())
            self.scroll.ensureVisible(spot.x(), spot.y(), 24, self.scroll.viewport().height() // 3)

    # ========================================================= running actions

    def _run(self, operation: Operation):
        """Run one of our edits now: its result, or _FAILED (the reason shown above the page)."""
        self._acting += 1
        try:
            result = operation.failure(self._show_save_error).run()
        finally:
            self._acting -= 1
        return _FAILED if operation.error is not None else result

    def _show_save_error(self, error: BaseException) -> None:
        self._changed_elsewhere = isinstance(error, ChangedElsewhereError)
        self.save_error.setText(self.tr("Not saved: %1").replace("%1", str(error)))
        self.save_error.show()

    def _record(self, ids: list[str]) -> None:
        """A version of each object whose editing session ended (no undo step for that)."""
        if not ids:
            return
        self._acting += 1
        try:
            object_ops.record_versions(self.context, ids, self._author(), summary="Edited").run()
        finally:
            self._acting -= 1

    def _flush_all(self) -> None:
        if self._title_timer.isActive():
            self._title_timer.stop()
            self._save_title()
        for editor in self._editors:
            editor.flush()

    def _undo(self) -> None:
        self._flush_all()
        self._stack.undo()

    def _redo(self) -> None:
        self._flush_all()
        self._stack.redo()

    @contextmanager
    def _dialog(self):
        self._modal += 1
        try:
            yield
        finally:
            self._modal -= 1

    # ================================================================= events

    def _on_library_change(self, changes: Changes) -> None:
        if self._page_id is None:
            return
        if changes.origin is self and self._acting:
            self._follow_revisions(changes.touched)  # our own change: the widgets show it
            return
        if changes.origin is OUTSIDE:
            self._flush_all()  # typing not saved yet: saved now, or refused and told
        page_id = self._page_id
        if page_id in changes.deleted or page_id in changes.trash and self._page_trashed():
            self._page_id = None  # nothing of it is saved any more: typing would save
            self.show_page(None)
            self.empty.setText(self.tr("The page you were editing was deleted. Undo brings it "
                                       "back, or restore it from View › Trash."))
            return
        if page_id in changes.modified and not self.title.hasFocus():
            self._load_title()
        mine = {editor.block_id for editor in self._editors}
        if changes.children or mine & (changes.modified | changes.comments):
            self._sync_blocks()  # order, content, "used on N pages" and review badges

    def _page_trashed(self) -> bool:
        with self._library.transaction() as session:
            return trash.is_trashed(session, self._page_id)

    def _follow_revisions(self, touched: set[str]) -> None:
        """Our own actions (a recorded version, a save) move the blocks' revisions: the
        views follow, so only another program's change makes a save stale."""
        mine = touched & {editor.block_id for editor in self._editors}
        if not mine:
            return
        with self._library.reading() as session:
            found = blocks.revisions(session, mine)
        for editor in self._editors:
            if editor.block_id in found:
                editor.view = replace(editor.view, revision=found[editor.block_id])

    def hideEvent(self, event) -> None:  # noqa: N802
        """Closing the window (or hiding the editor) ends the editing session."""
        if self._active is not None:
            self._leave_block(self._active)
            self._active = None
        self._flush_all()
        super().hideEvent(event)

    def _on_focus_change(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._modal or new is None or not self.isVisible():
            return  # our dialog, another application, or a closed window
        editor = self._editor_of(new)
        if isinstance(new, RichTextEdit) and editor is not None:
            self.toolbar.set_target(new)
        elif editor is not self._active or editor is None:
            self.toolbar.set_target(None)
        if editor is self._active:
            return
        if self._active is not None:
            self._leave_block(self._active)
        self._active = editor
        if editor is not None:
            self._set_current(editor)
            self.object_selected.emit(editor.block_id)
        elif new is self.title and self._page_id:
            self.object_selected.emit(self._page_id)

    def _leave_block(self, editor: BlockEditor) -> None:
        editor.flush()
        if editor.block_id in self._edited:
            self._record([editor.block_id])
            self._edited.discard(editor.block_id)

    def _set_current(self, editor: BlockEditor) -> None:
        if self._current is not None and self._current is not editor and self._current in self._editors:
            self._current.set_current(False)
        self._current = editor
        editor.set_current(True)

    def _editor_of(self, widget: QWidget | None) -> BlockEditor | None:
        while widget is not None and widget is not self:
            if isinstance(widget, BlockEditor):
                return widget if widget in self._editors else None
            widget = widget.parentWidget()
        return None


_FAILED = object()  # what `_run` returns when the model refused the change
