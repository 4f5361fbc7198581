"""Rich text editing for text blocks and callouts: the edit field and its toolbar.

The field shows the stored HTML (images `asset:ID` as library thumbnails), grows with
its content so the page scrolls as one, and saves through `document_to_html`. Qt's own
undo is off: Ctrl+Z goes to the application's undo stack (one step per typing burst).
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Callable, ContextManager

from authoring.ui.block_editors_html import document_to_html
from authoring.ui.qt import (
    QAction, QColor, QDialog, QDialogButtonBox, QEvent, QFont, QFormLayout, QImage,
    QInputDialog, QSpinBox, QTextBlockFormat, QTextCharFormat, QTextCursor,
    QTextEdit, QTextFormat, QTextImageFormat, QTextLength, QTextListFormat, QTextTableFormat,
    QToolBar, QToolButton, QUrl, QWidget, Qt, Signal,
)

OBJECT_IDS_MIME = "application/x-coursesmith-object-ids"
LINK_COLOUR = QColor("#1d5bb8")
TEXT_COLOUR = QColor("#1b1f24")
BODY_POINT_SIZE = 12.5
_HEADING_SIZE = {2: 3, 3: 2, 4: 1}  # heading level -> QTextCharFormat.fontSizeAdjustment
_SHORTCUTS = {
    (Qt.Key.Key_B, "bold"), (Qt.Key.Key_I, "italic"), (Qt.Key.Key_U, "underline"),
    (Qt.Key.Key_K, "link"),
}

ImageLoader = Callable[[str], "QImage | None"]


class RichTextEdit(QTextEdit):
    """A rich text field that grows to fit, with Ctrl+B/I/U/K and asset images."""

    format_requested = Signal(str)  # "bold", "italic", "underline", "link"

    def __init__(self, load_image: ImageLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_image = load_image
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        font = QFont(self.font())
        font.setPointSizeF(BODY_POINT_SIZE)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(2)
        self.document().setDefaultStyleSheet(
            f"a {{ color: {LINK_COLOUR.name()}; }} p, li {{ margin-bottom: 6px; }}"
            " h2, h3, h4 { margin-top: 12px; margin-bottom: 4px; }"
            " table { border-collapse: collapse; } td, th { padding: 4px; }"
        )
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    # ------------------------------------------------------------ content

    def load_html(self, markup: str) -> None:
        """Show stored HTML without announcing it as a user change."""
        blocked = self.blockSignals(True)
        try:
            self.setHtml(markup or "")
            self._set_line_height()
            self.document().setModified(False)
        finally:
            self.blockSignals(blocked)
        self._fit()

    def to_html(self) -> str:
        return document_to_html(self.document())

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        if url.scheme() == "asset":
            image = self._load_image(url.path())
            if image is not None:
                return image
        return super().loadResource(kind, url)

    def _set_line_height(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(fmt)

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 4
        if height != self.height():
            self.setFixedHeight(max(height, 36))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    # ---------------------------------------------------------- keyboard

    def _shortcut(self, event) -> str | None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier != Qt.KeyboardModifier.ControlModifier:
            return None
        for key, name in _SHORTCUTS:
            if event.key() == key:
                return name
        return None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._shortcut(event):
            event.accept()  # ours while typing, whatever the window binds to these keys
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        name = self._shortcut(event)
        if name:
            self.format_requested.emit(name)
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------- drops

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802
        if source.hasFormat(OBJECT_IDS_MIME):
            return False  # library objects are dropped on the page, between blocks
        return super().canInsertFromMimeData(source)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(OBJECT_IDS_MIME):
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(OBJECT_IDS_MIME):
            event.ignore()
            return
        super().dragMoveEvent(event)

    # ------------------------------------------------------------ formatting

    def toggle_bold(self) -> None:
        bold = self.currentCharFormat().fontWeight() < QFont.Weight.DemiBold
        self._merge(weight=QFont.Weight.Bold if bold else QFont.Weight.Normal)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.currentCharFormat().fontItalic())
        self.mergeCurrentCharFormat(fmt)

    def toggle_underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(not self.currentCharFormat().fontUnderline())
        self.mergeCurrentCharFormat(fmt)

    def _merge(self, weight) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(weight)
        self.mergeCurrentCharFormat(fmt)

    def heading_level(self) -> int:
        return self.textCursor().blockFormat().headingLevel()

    def set_heading(self, level: int) -> None:
        """Make the current paragraph(s) a heading of `level` (0: a plain paragraph)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        block_format = QTextBlockFormat()
        block_format.setHeadingLevel(level)
        cursor.mergeBlockFormat(block_format)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        whole = QTextCursor(self.document())
        whole.setPosition(self.document().findBlock(start).position())
        last = self.document().findBlock(end)
        whole.setPosition(last.position() + max(last.length() - 1, 0), QTextCursor.MoveMode.KeepAnchor)
        char_format = QTextCharFormat()
        char_format.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZE.get(level, 0))
        whole.mergeCharFormat(char_format)
        cursor.endEditBlock()
        self.mergeCurrentCharFormat(char_format)

    def list_style(self):
        current = self.textCursor().currentList()
        return current.format().style() if current else None

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for block in _blocks_between(self.document(), cursor):
                current.remove(block)
                fmt = block.blockFormat()
                fmt.setIndent(0)
                QTextCursor(block).setBlockFormat(fmt)
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(style)
            current.setFormat(fmt)
        else:
            cursor.createList(style)
        cursor.endEditBlock()

    def current_link(self) -> str:
        fmt = self.textCursor().charFormat()
        return fmt.anchorHref() if fmt.isAnchor() else ""

    def set_link(self, href: str) -> None:
        """Link the selection (or the word at the cursor) to `href`; empty `href` unlinks."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        fmt = QTextCharFormat()
        fmt.setAnchor(bool(href))
        fmt.setAnchorHref(href)
        fmt.setFontUnderline(bool(href))
        fmt.setForeground(LINK_COLOUR if href else TEXT_COLOUR)
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        elif href:  # nowhere to put it: the address itself becomes the link text
            cursor.insertText(href, fmt)
            cursor.setCharFormat(QTextCharFormat())
        self.setTextCursor(cursor)

    def insert_table(self, rows: int, columns: int) -> None:
        fmt = QTextTableFormat()
        fmt.setBorder(1)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        self.textCursor().insertTable(rows, columns, fmt)

    def insert_image(self, asset_id: str, alt: str) -> None:
        fmt = QTextImageFormat()
        fmt.setName(f"asset:{asset_id}")
        fmt.setProperty(QTextFormat.Property.ImageAltText, alt)
        self.textCursor().insertImage(fmt)


def _blocks_between(document, cursor: QTextCursor):
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    while block.isValid():
        yield block
        if block == last:
            break
        block = block.next()


# ------------------------------------------------------------------- toolbar


class FormatToolbar(QToolBar):
    """One formatting toolbar for the page; it acts on the rich text field last focused."""

    def __init__(self, pick_image: Callable[[QWidget], "tuple[str, str] | None"],
                 dialog: Callable[[], ContextManager] = nullcontext,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Formatting"), parent)
        self._pick_image = pick_image
        self._dialog = dialog  # while our dialogs are up, the text has not lost its focus
        self.target: RichTextEdit | None = None
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bold = self._action(self.tr("B"), self.tr("Bold (Ctrl+B)"), lambda e: e.toggle_bold(), True)
        self.italic = self._action(self.tr("I"), self.tr("Italic (Ctrl+I)"), lambda e: e.toggle_italic(), True)
        self.underline = self._action(self.tr("U"), self.tr("Underline (Ctrl+U)"),
                                      lambda e: e.toggle_underline(), True)
        _style(self.bold, bold=True)
        _style(self.italic, italic=True)
        _style(self.underline, underline=True)
        self.addSeparator()
        self.h2 = self._action(self.tr("H2"), self.tr("Heading 2"), lambda e: self._heading(e, 2), True)
        self.h3 = self._action(self.tr("H3"), self.tr("Heading 3"), lambda e: self._heading(e, 3), True)
        self.addSeparator()
        self.bullets = self._action(self.tr("• List"), self.tr("Bulleted list"),
                                    lambda e: e.toggle_list(QTextListFormat.Style.ListDisc), True)
        self.numbers = self._action(self.tr("1. List"), self.tr("Numbered list"),
                                    lambda e: e.toggle_list(QTextListFormat.Style.ListDecimal), True)
        self.addSeparator()
        self.link = self._action(self.tr("Link…"), self.tr("Link (Ctrl+K)"), self.ask_link)
        self.table = self._action(self.tr("Table…"), self.tr("Insert a table"), self.ask_table)
        self.image = self._action(self.tr("Image…"), self.tr("Insert an image from the library"),
                                  self.ask_image)
        self.set_target(None)

    def _action(self, text: str, tip: str, apply, checkable: bool = False) -> QAction:
        action = self.addAction(text)
        action.setToolTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(lambda *_: self._apply(apply))
        button = self.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text keeps the cursor
        return action

    def _apply(self, apply) -> None:
        editor = self.target
        if editor is None:
            return
        with self._dialog():
            apply(editor)
        editor.setFocus()
        self.set_target(editor)

    def set_target(self, editor: RichTextEdit | None) -> None:
        if self.target is not None:
            try:
                self.target.cursorPositionChanged.disconnect(self.refresh)
                self.target.currentCharFormatChanged.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass  # already gone with its block
        self.target = editor
        if editor is not None:
            editor.cursorPositionChanged.connect(self.refresh)
            editor.currentCharFormatChanged.connect(self.refresh)
        for action in self.actions():
            action.setEnabled(editor is not None)
        self.refresh()

    def refresh(self, *_args) -> None:
        editor = self.target
        fmt = editor.currentCharFormat() if editor else QTextCharFormat()
        level = editor.heading_level() if editor else 0
        style = editor.list_style() if editor else None
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold and not level)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline() and not fmt.isAnchor())
        self.h2.setChecked(level == 2)
        self.h3.setChecked(level == 3)
        self.bullets.setChecked(style == QTextListFormat.Style.ListDisc)
        self.numbers.setChecked(style == QTextListFormat.Style.ListDecimal)

    def _heading(self, editor: RichTextEdit, level: int) -> None:
        editor.set_heading(0 if editor.heading_level() == level else level)

    def format(self, editor: RichTextEdit, name: str) -> None:
        """Keyboard shortcuts of a field arrive here, so they behave like the buttons."""
        self.set_target(editor)
        getattr(self, name).trigger()

    def ask_link(self, editor: RichTextEdit) -> None:
        href = ask_link_address(editor, editor.current_link())
        if href is not None:
            editor.set_link(href)

    def ask_table(self, editor: RichTextEdit) -> None:
        size = TableSizeDialog.ask(editor)
        if size:
            editor.insert_table(*size)

    def ask_image(self, editor: RichTextEdit) -> None:
        picked = self._pick_image(editor)
        if picked:
            editor.insert_image(*picked)


def ask_link_address(parent: QWidget, current: str) -> str | None:
    """The address to link to ("" removes the link), or None when cancelled."""
    href, ok = QInputDialog.getText(
        parent, parent.tr("Link"),
        parent.tr("Address (https://…, mailto:…); leave empty to remove the link:"),
        text=current or "https://",
    )
    if not ok:
        return None
    href = href.strip()
    return "" if href in ("", "https://") else href


def _style(action: QAction, *, bold=False, italic=False, underline=False) -> None:
    font = QFont(action.font())
    font.setBold(bold)
    font.setItalic(italic)
    font.setUnderline(underline)
    action.setFont(font)


class TableSizeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert table"))
        layout = QFormLayout(self)
        self.rows = QSpinBox(minimum=1, maximum=50, value=3)
        self.columns = QSpinBox(minimum=1, maximum=12, value=2)
        layout.addRow(self.tr("Rows:"), self.rows)
        layout.addRow(self.tr("Columns:"), self.columns)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget) -> tuple[int, int] | None:
        dialog = cls(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.rows.value(), dialog.columns.value()
        return None
