"""WordprocessingML that python-docx has no call for: bookmarks around a block, external
hyperlinks, a picture's alt text, cell shading and borders, custom document properties.

Kept apart from the document's structure (`formats/docx.py`) so that module reads as the
course it writes, and so the reader of reviewed documents (`model/review_docx.py`) and
the writer agree on one bookmark name format, defined here.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from authoring.model.review_docx import CUSTOM_NS, VT_NS, bookmark_name

PROPERTY_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one Word uses for its own

class Bookmarks:
    """Numbers bookmarks and wraps the body elements a block wrote in one of them."""

    def __init__(self) -> None:
        self._next = 0

    def wrap(self, elements: list[etree._Element], object_id: str, version: int) -> None:
        """A bookmark from the start of the first paragraph among `elements` to the end of
        the last one: Word keeps it around the block's text as the reviewer edits."""
        paragraphs = [p for element in elements for p in _paragraphs(element)]
        if not paragraphs:
            return
        self._next += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._next))
        start.set(qn("w:name"), bookmark_name(object_id, version))
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._next))
        first = paragraphs[0]
        properties = first.find(qn("w:pPr"))
        first.insert(0 if properties is None else 1, start)
        paragraphs[-1].append(end)


def _paragraphs(element: etree._Element) -> list[etree._Element]:
    return [element] if element.tag == qn("w:p") else list(element.iter(qn("w:p")))


def add_hyperlink(paragraph: Paragraph, url: str) -> etree._Element:
    """An external hyperlink in `paragraph`; runs go inside the returned element."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    paragraph._p.append(link)
    return link


def describe_picture(run: Run, alt: str) -> None:
    """Set the alt text (Word's "Alt Text", `descr`) of the picture just added to `run`."""
    for properties in run._r.iter(qn("wp:docPr")):
        properties.set("descr", alt)
        properties.set("title", "")


def shade_cell(cell, fill: str, border: str) -> None:
    """A coloured cell with a thick left border: how a callout stands apart."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "24" if side == "left" else "4")
        edge.set(qn("w:color"), border)
        borders.append(edge)
    properties.append(borders)
    properties.append(shading)


def restart_numbering(document: Document, paragraph: Paragraph, start: int = 1) -> None:
    """Make a numbered list start again at `start` (Word's List Number style counts on
    across the whole document otherwise)."""
    numbering = document.part.numbering_part.element
    style = document.styles["List Number"]
    style_num = style.element.pPr.numPr.numId.val if style.element.pPr is not None \
        and style.element.pPr.numPr is not None else None
    if style_num is None:
        return
    abstract = next(n.abstractNumId.val for n in numbering.num_lst if n.numId == style_num)
    num = numbering.add_num(abstract)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(start)
    properties = paragraph._p.get_or_add_pPr()
    num_pr = properties.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num.numId


def set_language(document: Document, locale: str) -> None:
    """The language of all text by default (Word's proofing language): the course's locale,
    so Word spell-checks a French course in French."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    language.set(qn("w:val"), locale)


def set_custom_properties(document: Document, values: dict[str, str]) -> None:
    """docProps/custom.xml with one text property per item (File › Info › Properties ›
    Advanced › Custom in Word): how a document says which library and build it is from."""
    items = "".join(
        f'<property fmtid="{PROPERTY_FMTID}" pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2)
    )
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}">{items}</Properties>').encode()
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)

