"""QTextDocument → our stored HTML subset.

Qt's `toHtml()` writes a whole document (doctype, `<style>`, a `style=` on every
paragraph, `-qt-paragraph-type`); none of that belongs in a learning object. This
writer walks the document instead (blocks, fragments and their char formats, lists,
tables) and emits only what the player renders: `<p>`, `<h2>`-`<h4>`, `<strong>`,
`<em>`, `<u>`, `<s>`, `<sub>`, `<sup>`, `<a href>`, `<br>`, `<ul>/<ol><li>`,
`<table><tr><td>` and `<img src="asset:ID">`. The model's `clean_html` still has the
last word before anything is stored.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from authoring.model.sanitize import clean_html
from authoring.ui.qt import (
    QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextFormat, QTextFrame,
    QTextListFormat, QTextTable,
)

_LINE_SEPARATOR = "\u2028"
_OBJECT = "\ufffc"
_ORDERED = {
    QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


def document_to_html(document: QTextDocument) -> str:
    """The stored form of what the editor shows (sanitized)."""
    writer = _Writer()
    writer.frame(document.rootFrame())
    return clean_html("".join(writer.out))


@dataclass(frozen=True)
class _Inline:
    """One inline tag to keep open: the name, and its attributes already escaped."""

    tag: str
    attributes: str = ""


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.lists: list[tuple[object, str, int]] = []  # (QTextList, tag, indent) open

    # ----------------------------------------------------------- structure

    def frame(self, frame: QTextFrame) -> None:
        it = frame.begin()
        while not it.atEnd():
            child = it.currentFrame()
            if child is None:
                self.block(it.currentBlock())
            elif isinstance(child, QTextTable):
                self.close_lists()
                self.table(child)
            else:  # a plain sub-frame: its blocks are part of the flow
                self.frame(child)
            it += 1
        self.close_lists()

    def table(self, table: QTextTable) -> None:
        """Rows within the table format's header count are `<thead>` rows of `<th>`."""
        header_rows = min(table.format().headerRowCount(), table.rows())
        self.out.append("<table>")
        for row in range(table.rows()):
            header = row < header_rows
            if row == 0:
                self.out.append("<thead>" if header else "<tbody>")
            elif row == header_rows:
                self.out.append("</thead><tbody>")
            self.out.append("<tr>")
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                if cell.row() != row or cell.column() != column:
                    continue  # covered by a spanning cell
                tag = "th" if header else "td"
                attributes = ' scope="col"' if header else ""
                if cell.rowSpan() > 1:
                    attributes += f' rowspan="{cell.rowSpan()}"'
                if cell.columnSpan() > 1:
                    attributes += f' colspan="{cell.columnSpan()}"'
                self.out.append(f"<{tag}{attributes}>")
                self.cell(cell, header=header)
                self.out.append(f"</{tag}>")
            self.out.append("</tr>")
        self.out.append("</thead></table>" if header_rows >= table.rows() else "</tbody></table>")

    def cell(self, cell, *, header: bool) -> None:
        blocks = []
        it = cell.begin()
        while not it.atEnd():
            if it.currentFrame() is None:
                blocks.append(it.currentBlock())
            it += 1
        if len(blocks) == 1 and blocks[0].textList() is None and not _heading(blocks[0]):
            self.inline(blocks[0], heading=header)  # one plain paragraph: no <p> needed
            return
        for block in blocks:
            self.block(block)
        self.close_lists()

    def block(self, block: QTextBlock) -> None:
        text_list = block.textList()
        if text_list is None:
            self.close_lists()
            if not block.text().strip(_LINE_SEPARATOR + " \t") and _OBJECT not in block.text():
                return  # empty paragraphs show nothing to a learner
            level = _heading(block)
            tag = f"h{level}" if level else "p"
            self.out.append(f"<{tag}>")
            self.inline(block, heading=bool(level))
            self.out.append(f"</{tag}>")
            return
        self.list_item(block, text_list)
        self.inline(block, heading=False)

    def list_item(self, block: QTextBlock, text_list) -> None:
        indent = text_list.format().indent()
        while self.lists and (
            self.lists[-1][2] > indent or (self.lists[-1][2] == indent and self.lists[-1][0] != text_list)
        ):
            self._close_list()
        if self.lists and self.lists[-1][0] == text_list:
            self.out.append("</li><li>")
            return
        tag = "ol" if text_list.format().style() in _ORDERED else "ul"
        self.lists.append((text_list, tag, indent))
        self.out.append(f"<{tag}><li>")  # a deeper list stays inside the open <li>

    def _close_list(self) -> None:
        _, tag, _ = self.lists.pop()
        self.out.append(f"</li></{tag}>")

    def close_lists(self) -> None:
        while self.lists:
            self._close_list()

    # ------------------------------------------------------------- inline

    def inline(self, block: QTextBlock, *, heading: bool) -> None:
        opened: list[_Inline] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if not fragment.isValid():
                continue
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                self._sync(opened, [])
                self.out.append(_image(fmt))
                continue
            wanted = _inline_tags(fmt, heading=heading)
            self._sync(opened, wanted)
            text = html.escape(fragment.text(), quote=False).replace(_OBJECT, "")
            self.out.append(text.replace(_LINE_SEPARATOR, "<br>"))
        self._sync(opened, [])

    def _sync(self, opened: list[_Inline], wanted: list[_Inline]) -> None:
        """Close and open inline tags so that exactly `wanted` is open, nesting kept."""
        keep = 0
        while keep < min(len(opened), len(wanted)) and opened[keep] == wanted[keep]:
            keep += 1
        while len(opened) > keep:
            self.out.append(f"</{opened.pop().tag}>")
        for tag in wanted[keep:]:
            self.out.append(f"<{tag.tag}{tag.attributes}>")
            opened.append(tag)


def _heading(block: QTextBlock) -> int:
    level = block.blockFormat().headingLevel()
    return min(max(level, 2), 4) if level else 0


def _inline_tags(fmt: QTextCharFormat, *, heading: bool) -> list[_Inline]:
    """Outermost first: a link, then strong, em, u, s, sub/sup."""
    tags = []
    if fmt.isAnchor() and fmt.anchorHref():
        tags.append(_Inline("a", f' href="{html.escape(fmt.anchorHref())}"'))
    if fmt.fontWeight() >= QFont.Weight.DemiBold and not heading:  # headings are bold anyway
        tags.append(_Inline("strong"))
    if fmt.fontItalic():
        tags.append(_Inline("em"))
    if fmt.fontUnderline() and not fmt.isAnchor():  # Qt underlines links itself
        tags.append(_Inline("u"))
    if fmt.fontStrikeOut():
        tags.append(_Inline("s"))
    align = fmt.verticalAlignment()
    if align == QTextCharFormat.VerticalAlignment.AlignSubScript:
        tags.append(_Inline("sub"))
    elif align == QTextCharFormat.VerticalAlignment.AlignSuperScript:
        tags.append(_Inline("sup"))
    return tags


def _image(fmt: QTextCharFormat) -> str:
    image = fmt.toImageFormat()
    alt = image.property(QTextFormat.Property.ImageAltText) or ""
    return f'<img src="{html.escape(image.name())}" alt="{html.escape(str(alt))}">'
