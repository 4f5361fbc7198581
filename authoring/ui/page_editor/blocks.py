"""The editors of one block on a page: the shared frame, text blocks and callouts.

A block editor shows one learning object in place and writes back only through its
host (the page editor), which turns each change into one undoable command. Typing is
debounced (`AUTOSAVE_MS`) and saved as one merged undo step per burst; a discrete
change (a combo, a checkbox, adding a row) is saved at once, as its own step. What is
typed is also offered, unsaved, after a much shorter pause (`DRAFT_MS`) to whoever shows
it live (the Preview dock): the learner's page follows the keys, not the autosave.
The editor keeps no copy of the truth: `show_object` fills it from the model again.
"""

from __future__ import annotations

from typing import Any, Protocol

from authoring.model.blocks import AssetInfo, BlockView
from authoring.model.content import CALLOUT_LABELS
from authoring.ui import wheel_guard, words
from authoring.ui.page_editor.reorder import DragGrip
from authoring.ui.page_editor.review_marks import QuoteMarks
from authoring.ui.page_editor.richtext import RichTextEdit
from authoring.ui.qt import (
    QComboBox, QFrame, QHBoxLayout, QImage, QLabel, QPlainTextEdit, QSizePolicy, QTimer,
    QToolButton, QVBoxLayout, QWidget, Qt, Signal,
)

AUTOSAVE_MS = 700
DRAFT_MS = 40  # a pause between keys, well under a person's 150-250 ms between keystrokes


class EditorHost(Protocol):
    """What a block editor asks of the page editor that holds it."""

    preview_ready: Signal  # (asset id): `preview` now has the picture itself

    def may_edit(self, editor: "BlockEditor") -> bool: ...
    def draft(self, editor: "BlockEditor") -> None: ...
    def save(self, editor: "BlockEditor", data: dict[str, Any], label: str,
             merge_key: str | None = None) -> None: ...
    def image(self, asset_id: str) -> QImage | None: ...
    def preview(self, asset_id: str, width: int) -> QImage | None: ...
    def asset_info(self, asset_id: str) -> AssetInfo | None: ...
    def pick_asset(self, parent: QWidget, images_only: bool = False) -> str | None: ...
    def format(self, edit: RichTextEdit, name: str) -> None: ...
    def move_block(self, editor: "BlockEditor", delta: int) -> None: ...
    def block_drag(self, editor: "BlockEditor") -> tuple[str, int] | None: ...
    def remove_block(self, editor: "BlockEditor") -> None: ...
    def choose_review(self, editor: "BlockEditor", thread_id: int) -> None: ...


class BlockHeader(QWidget):
    """Kind, title and badges of a block, with its move and remove buttons."""

    move_requested = Signal(int)
    remove_requested = Signal()
    reviews_requested = Signal()  # the review badge was clicked

    def __init__(self, kind_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.kind = QLabel(kind_label.upper(), objectName="blockKind")
        self.title = QLabel(objectName="blockTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.shared = QLabel(objectName="sharedBadge")
        self.pinned = QLabel(objectName="pinnedBadge")
        self.reviews = QToolButton(objectName="reviewBadge")
        self.reviews.setCursor(Qt.CursorShape.PointingHandCursor)
        # never squeezed away on a narrow page: the title gives way first
        self.reviews.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.reviews.clicked.connect(self.reviews_requested)
        for widget in (self.kind, self.title, self.shared, self.pinned, self.reviews):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.up = self._button("▲", self.tr("Move up"), lambda: self.move_requested.emit(-1))
        self.down = self._button("▼", self.tr("Move down"), lambda: self.move_requested.emit(1))
        self.remove = self._button("✕", self.tr("Remove from page (the block stays in the library)"),
                                   self.remove_requested.emit)
        for button in (self.up, self.down, self.remove):
            layout.addWidget(button)

    def add_grip(self, grip: QWidget) -> None:
        """The handle the block is dragged by, first in the header."""
        self.grip = grip
        self.layout().insertWidget(0, grip)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(text=text, toolTip=tip, autoRaise=True)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def show_view(self, view: BlockView) -> None:
        self.title.setText(view.title)
        self.title.setToolTip(view.title)
        self.shared.setText(self.tr("Used on %n pages", "", view.used_on))
        self.shared.setVisible(view.used_on > 1)
        self.shared.setToolTip(self.tr("A change here changes it on every page that uses it"))
        if view.pinned is not None:
            self.pinned.setText(self.tr("Pinned to version %1 (read-only here)").replace("%1", str(view.pinned)))
        self.pinned.setVisible(view.pinned is not None)
        count = view.review_comments
        self.reviews.setText(self.tr("1 review comment") if count == 1
                             else self.tr("%1 review comments").replace("%1", str(count)))
        self.reviews.setToolTip(self.tr("Open comments from reviewers: show them in the Comments panel"))
        self.reviews.setAccessibleName(self.reviews.text())
        self.reviews.setAccessibleDescription(self.reviews.toolTip())
        self.reviews.setVisible(count > 0)


class BlockEditor(QFrame):
    """The frame every block editor shares: header, body, autosave plumbing."""

    kind_label = "Block"

    def __init__(self, host: EditorHost, view: BlockView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.block_id = view.id
        self.view = view
        self._loading = False
        self._pending = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_MS)
        self._draft_timer.timeout.connect(lambda: self.host.draft(self))
        self.setObjectName("blockEditor")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click anywhere selects the block
        self.setProperty("current", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 12)
        layout.setSpacing(6)
        self.header = BlockHeader(words.word(self.kind_label), self)
        self.header.add_grip(DragGrip(self.tr("Drag to move this block"),
                                      lambda: host.block_drag(self), self.grab, self.header))
        self.header.move_requested.connect(lambda delta: host.move_block(self, delta))
        self.header.remove_requested.connect(lambda: host.remove_block(self))
        layout.addWidget(self.header)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(6)
        layout.addWidget(self.body)
        self.build()
        self.marks = QuoteMarks(self.body)
        self.marks.chosen.connect(lambda thread_id: host.choose_review(self, thread_id))
        self.header.reviews_requested.connect(self._choose_first_review)
        self.show_object(view, force=True)

    # ------------------------------------------------------------ subclasses

    def build(self) -> None:
        """Create the widgets of the body."""

    def fill(self, data: dict[str, Any]) -> None:
        """Show `data` in the widgets (signals from them are ignored meanwhile)."""

    def collect(self) -> dict[str, Any]:
        """The data the widgets show now (keys of the object's data)."""
        return {}

    def saved(self, data: dict[str, Any]) -> None:
        """`data` was stored (cleaned by the model); keep what it added, such as ids."""

    def focus_first_field(self) -> None:
        """Put the cursor where the designer starts writing: the first field of the body
        that takes keyboard focus (the text, the question's prompt), else the block."""
        for child in self.body.findChildren(QWidget):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled() \
                    and not child.isHidden() and hasattr(child, "toPlainText"):
                child.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------- plumbing

    def show_object(self, view: BlockView, force: bool = False) -> None:
        """Show the model's view of the block. Widgets are refilled only when its content
        changed (or `force`): a new title or a version recorded elsewhere leaves the
        field being typed in alone."""
        refill = force or view.data != self.view.data or view.pinned != self.view.pinned
        self.view = view
        self.block_id = view.id
        self.header.show_view(view)
        if refill:
            self._pending = False
            self._timer.stop()
            self._draft_timer.stop()
            self._loading = True
            try:
                self.fill(view.data)
                self.body.setEnabled(view.pinned is None)
            finally:
                self._loading = False
        self.marks.show(view.reviews)  # the quotes, in the text as it is now

    def _choose_first_review(self) -> None:
        """The badge: the first open review thread, the one with a mark on screen first."""
        notes = self.marks.reading_order()
        if notes:
            self.host.choose_review(self, notes[0].id)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)

    def set_position(self, index: int, count: int) -> None:
        self.header.up.setEnabled(index > 0)
        self.header.down.setEnabled(index < count - 1)

    def edited(self, *_args) -> None:
        """Typing: saved after a pause, merged with the rest of the burst."""
        if self._loading or not self.host.may_edit(self):
            return
        self._pending = True
        self._timer.start()
        self._draft_timer.start()

    def changed(self, label: str) -> None:
        """A discrete change: saved at once as its own undo step."""
        if self._loading or not self.host.may_edit(self):
            return
        self.commit(label)

    def commit(self, label: str) -> None:
        """Save what the widgets show now, pending typing included, as one step."""
        self._pending = False
        self._timer.stop()
        self.host.save(self, self.collect(), label)

    def flush(self) -> None:
        """Save typing that waits for its pause (before undo, leaving, closing)."""
        if not self._pending:
            return
        self._pending = False
        self._timer.stop()
        self.host.save(self, self.collect(), self.tr("Typing"), merge_key=f"text:{self.block_id}")

    @property
    def has_pending(self) -> bool:
        return self._pending


# --------------------------------------------------------------- text blocks


class AutoPlainTextEdit(QPlainTextEdit):
    """A plain text field as tall as its text (at least `lines`), for pages that scroll."""

    def __init__(self, placeholder: str = "", lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)

    def _fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(int(self.document().size().height()), self._lines)
        margins = self.contentsMargins()
        self.setFixedHeight(lines * line + margins.top() + margins.bottom()
                            + 2 * int(self.document().documentMargin()) + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()


class PageTitleEdit(AutoPlainTextEdit):
    """The page's title, in large type, wrapped over lines when the page is narrow (a
    long title is read in full, never clipped), and one line of text all the same: Return
    adds no line break and a pasted break becomes a space. Speaks QLineEdit's few words
    the editor uses (`text`, `setText`, `textEdited`)."""

    textEdited = Signal(str)  # noqa: N815 (QLineEdit's name): typed, not set

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(placeholder, 1, parent)
        self._setting = False
        self.textChanged.connect(self._on_change)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (QLineEdit's name)
        self._setting = True
        try:
            self.set_text(" ".join(text.splitlines()))
        finally:
            self._setting = False

    def _on_change(self) -> None:
        if not self._setting:
            self.textEdited.emit(self.toPlainText())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # one line: nothing to break
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))


def field_label(text: str, parent: QWidget) -> QLabel:
    """A small caption above a field, so a filled-in field still says what it is (wrapped:
    a long caption never makes the page wider than the window)."""
    return QLabel(text, parent, objectName="fieldLabel", wordWrap=True)


def reload_rich_text(edit: RichTextEdit, markup: str) -> None:
    """Show new HTML, keeping the cursor where it was as far as the text allows."""
    position = edit.textCursor().position()
    edit.load_html(markup)
    cursor = edit.textCursor()
    cursor.setPosition(min(position, max(edit.document().characterCount() - 1, 0)))
    edit.setTextCursor(cursor)


class TextBlockEditor(BlockEditor):
    kind_label = "Text"

    def build(self) -> None:
        self.text = RichTextEdit(self.host.image, self.body)
        self.text.setAccessibleName(self.tr("Text"))
        self.text.setPlaceholderText(self.tr("Write here…"))
        self.text.textChanged.connect(self.edited)
        self.text.format_requested.connect(lambda name: self.host.format(self.text, name))
        self.body_layout.addWidget(self.text)

    def fill(self, data: dict[str, Any]) -> None:
        if self.text.to_html() != (data.get("html") or ""):
            reload_rich_text(self.text, data.get("html") or "")

    def collect(self) -> dict[str, Any]:
        return {"html": self.text.to_html()}


# variant -> (border, background): the player's colours. The variants and their names are
# `content.CALLOUT_LABELS`; one without colours of its own here is drawn as a note.
CALLOUT_COLOURS = {
    "note": ("#1d5bb8", "#e8f0fb"),
    "tip": ("#17703a", "#e9f6ee"),
    "warning": ("#c26a00", "#fff4e0"),
}


class CalloutEditor(TextBlockEditor):
    kind_label = "Callout"

    def build(self) -> None:
        self.box = QFrame(self.body, objectName="calloutBox")
        box_layout = QVBoxLayout(self.box)
        box_layout.setContentsMargins(14, 8, 12, 8)
        row = QHBoxLayout()
        self.variant = QComboBox(self.box)
        self.variant.setAccessibleName(self.tr("Callout style"))
        for variant, label in CALLOUT_LABELS.items():
            self.variant.addItem(words.word(label), variant)
        self.variant.currentIndexChanged.connect(self._on_variant_change)
        wheel_guard.guard(self.variant)
        row.addWidget(self.variant)
        row.addStretch(1)
        box_layout.addLayout(row)
        self.text = RichTextEdit(self.host.image, self.box)
        self.text.setAccessibleName(self.tr("Callout text"))
        self.text.setPlaceholderText(self.tr("What should learners notice?"))
        self.text.textChanged.connect(self.edited)
        self.text.format_requested.connect(lambda name: self.host.format(self.text, name))
        box_layout.addWidget(self.text)
        self.body_layout.addWidget(self.box)

    def fill(self, data: dict[str, Any]) -> None:
        self.variant.setCurrentIndex(max(self.variant.findData(data.get("variant", "note")), 0))
        self._paint()
        super().fill(data)

    def collect(self) -> dict[str, Any]:
        return {"variant": self.variant.currentData(), "html": self.text.to_html()}

    def _on_variant_change(self, _index: int) -> None:
        self._paint()
        self.changed(self.tr("Change callout style"))

    def _paint(self) -> None:
        border, background = CALLOUT_COLOURS.get(self.variant.currentData(), CALLOUT_COLOURS["note"])
        self.box.setStyleSheet(
            f"#calloutBox {{ background: {background}; border: none;"
            f" border-left: 4px solid {border}; border-radius: 6px; }}"
        )
