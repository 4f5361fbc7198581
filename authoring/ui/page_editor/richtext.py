"""Rich text editing for text blocks and callouts: the edit field (toolbar: `_toolbar`).

The field shows the stored HTML (images `asset:ID` as library thumbnails), grows with
its content so the page scrolls as one, and saves through `document_to_html`. Qt's own
undo is off: Ctrl+Z goes to the application's undo stack (one step per typing burst).
"""

from __future__ import annotations

from typing import Callable

from authoring.ui.drag import OBJECT_IDS_MIME
from authoring.ui.page_editor.html_writer import document_to_html
from authoring.ui.qt import (
    QColor, QEvent, QFont, QImage, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextEdit,
    QTextFormat, QTextImageFormat, QTextLength, QTextListFormat, QTextTable, QTextTableFormat,
    QUrl, QWidget, Qt, Signal,
)

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
            self._draw_table_borders()
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

    def _draw_table_borders(self) -> None:
        """Tables as learners see them: ruled cells (looks only; never saved)."""
        for frame in self.document().rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                frame.setFormat(_ruled(frame.format()))

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

    def insert_table(self, rows: int, columns: int, header: bool = True) -> None:
        fmt = _ruled(QTextTableFormat())
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setHeaderRowCount(1 if header and rows > 1 else 0)
        self.textCursor().insertTable(rows, columns, fmt)

    def insert_image(self, asset_id: str, alt: str) -> None:
        fmt = QTextImageFormat()
        fmt.setName(f"asset:{asset_id}")
        fmt.setProperty(QTextFormat.Property.ImageAltText, alt)
        self.textCursor().insertImage(fmt)


def _ruled(fmt: QTextTableFormat) -> QTextTableFormat:
    fmt.setBorder(1)
    fmt.setBorderBrush(QColor("#c9d1db"))
    fmt.setBorderStyle(QTextTableFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(5)
    fmt.setCellSpacing(0)
    return fmt


def _blocks_between(document, cursor: QTextCursor):
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    while block.isValid():
        yield block
        if block == last:
            break
        block = block.next()
