"""A text block's rich text (the sanitized HTML subset, see `model/sanitize.py`) written
as Word paragraphs, runs, lists and tables: bold, italic, underline, strike, sub/sup,
code, links, line breaks, headings, quotes, images with their alt text.

The HTML is already clean (only the allowed tags reach here), so each tag maps to one
Word construct; an unknown one is written as its text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import lxml.html
from docx.document import Document
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph
from lxml import etree

from authoring.export import wordml

# What inline formatting a run carries, from the tags around it.
INLINE_FLAGS = {"strong": "bold", "b": "bold", "em": "italic", "i": "italic", "u": "underline",
                "s": "strike", "sub": "subscript", "sup": "superscript", "code": "code"}
HEADING_LEVEL = {"h2": 3, "h3": 4, "h4": 5}  # Heading 1 and 2 are the lessons' and pages'
BLOCK_TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "blockquote", "pre", "table"}
LINK_COLOUR = RGBColor(0x05, 0x63, 0xC1)

# Writes an inline image (asset id, alt text) into a paragraph; False if it cannot.
ImageWriter = Callable[[Paragraph, str, str], bool]


@dataclass(frozen=True)
class _Style:
    flags: frozenset[str] = frozenset()
    link: etree._Element | None = None  # the w:hyperlink runs go into


@dataclass
class HtmlWriter:
    """Writes HTML into `document` (or a table cell: anything with add_paragraph/add_table)."""

    document: Document
    images: ImageWriter
    container: object = None
    list_depth: int = 0
    _quote: bool = field(default=False)

    def __post_init__(self) -> None:
        if self.container is None:
            self.container = self.document

    def write(self, markup: str) -> None:
        if not markup.strip():
            return
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
        self._children(root)

    # ------------------------------------------------------------ blocks

    def _children(self, parent: etree._Element) -> None:
        """Block children in order; loose inline content between them becomes a paragraph."""
        loose: list[object] = []
        if parent.text and parent.text.strip():
            loose.append(parent.text)
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            if child.tag in BLOCK_TAGS:
                self._loose(loose)
                loose = []
                self._block(child)
            else:
                loose.append(child)
            if child.tail and child.tail.strip():
                loose.append(child.tail)
        self._loose(loose)

    def _loose(self, parts: list[object]) -> None:
        if not parts:
            return
        paragraph = self._paragraph()
        for part in parts:
            if isinstance(part, str):
                self._run(paragraph, part, _Style())
            else:
                self._inline(paragraph, part, _Style(), tail=False)

    def _block(self, node: etree._Element) -> None:
        tag = node.tag
        if tag in ("ul", "ol"):
            self._list(node, numbered=tag == "ol")
        elif tag == "table":
            self._table(node)
        elif tag == "blockquote":
            quoted = replace(self, _quote=True)
            quoted._children(node)
        else:
            style = f"Heading {HEADING_LEVEL[tag]}" if tag in HEADING_LEVEL else None
            paragraph = self._paragraph(style)
            flags = frozenset({"code"}) if tag == "pre" else frozenset()
            self._content(paragraph, node, _Style(flags))

    def _paragraph(self, style: str | None = None) -> Paragraph:
        if style is None and self._quote:
            style = "Quote"
        return self.container.add_paragraph(style=style)

    def _list(self, node: etree._Element, numbered: bool) -> None:
        level = min(self.list_depth, 2)
        style = ("List Number" if numbered else "List Bullet") + (f" {level + 1}" if level else "")
        first = True
        for item in node.iter("li"):
            if item.getparent() is not node:
                continue
            paragraph = self.container.add_paragraph(style=style)
            if numbered and first and level == 0:
                wordml.restart_numbering(self.document, paragraph, int(node.get("start") or 1))
            first = False
            nested = [child for child in item if child.tag in ("ul", "ol")]
            self._content(paragraph, item, _Style(), skip=set(nested))
            deeper = replace(self, list_depth=self.list_depth + 1)
            for child in nested:
                deeper._list(child, numbered=child.tag == "ol")

    def _table(self, node: etree._Element) -> None:
        rows = [row for row in node.iter("tr")]
        caption = node.find("caption")
        if caption is not None and caption.text_content().strip():
            self._content(self._paragraph("Caption"), caption, _Style())
        if not rows:
            return
        width = max(len([c for c in row if c.tag in ("td", "th")]) for row in rows)
        table = self.container.add_table(rows=len(rows), cols=max(width, 1))
        table.style = self.document.styles["Table Grid"]
        for r, row in enumerate(rows):
            cells = [c for c in row if c.tag in ("td", "th")]
            for c, cell in enumerate(cells):
                target = table.cell(r, c)
                paragraph = target.paragraphs[0]
                flags = frozenset({"bold"}) if cell.tag == "th" else frozenset()
                self._content(paragraph, cell, _Style(flags), skip={x for x in cell if x.tag in BLOCK_TAGS},
                              nested=replace(self, container=target))

    # ------------------------------------------------------------ inline

    def _content(self, paragraph: Paragraph, node: etree._Element, style: _Style,
                 skip: set | None = None, nested: "HtmlWriter | None" = None) -> None:
        """The inline content of `node` into `paragraph` (a cell's paragraphs and block
        children go below it, through `nested`)."""
        if node.text:
            self._run(paragraph, node.text, style)
        for child in node:
            if not isinstance(child.tag, str):
                continue
            if skip and child in skip:
                if nested is not None and child.tag in ("p", "ul", "ol", "pre"):
                    if child.tag == "p" and not _has_text(paragraph):
                        self._content(paragraph, child, style)
                    else:
                        nested._block(child)
                if child.tail and child.tail.strip():
                    self._run(paragraph, child.tail, style)
                continue
            self._inline(paragraph, child, style)

    def _inline(self, paragraph: Paragraph, node: etree._Element, style: _Style, tail: bool = True) -> None:
        tag = node.tag
        if tag == "br":
            self._target(paragraph, style).add_break()
        elif tag == "img":
            if not self.images(paragraph, _asset_id(node.get("src", "")), node.get("alt", "")):
                self._run(paragraph, f"[image: {node.get('alt') or 'no description'}]", style)
        else:
            inner = style
            if tag in INLINE_FLAGS:
                inner = replace(style, flags=style.flags | {INLINE_FLAGS[tag]})
            elif tag == "a" and node.get("href", "").startswith(("http:", "https:", "mailto:")):
                inner = replace(style, link=wordml.add_hyperlink(paragraph, node.get("href")),
                                flags=style.flags | {"link"})
            self._content(paragraph, node, inner)
        if tail and node.tail:
            self._run(paragraph, node.tail, style)

    def _target(self, paragraph: Paragraph, style: _Style):
        """A new run, in the paragraph or in the hyperlink it belongs to."""
        run = paragraph.add_run()
        if style.link is not None:
            style.link.append(run._r)
        return run

    def _run(self, paragraph: Paragraph, text: str, style: _Style) -> None:
        if not text:
            return
        run = self._target(paragraph, style)
        run.text = text
        flags = style.flags
        font = run.font
        font.bold = True if "bold" in flags else None
        font.italic = True if "italic" in flags else None
        font.underline = True if "underline" in flags or "link" in flags else None
        font.strike = True if "strike" in flags else None
        font.subscript = True if "subscript" in flags else None
        font.superscript = True if "superscript" in flags else None
        if "code" in flags:
            font.name = "Consolas"
            font.size = Pt(10)
        if "link" in flags:
            font.color.rgb = LINK_COLOUR


def _asset_id(src: str) -> str:
    return src[len("asset:"):] if src.startswith("asset:") else ""


def _has_text(paragraph: Paragraph) -> bool:
    return bool(paragraph.text.strip())
