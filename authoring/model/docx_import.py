"""Importing a Word document (.docx) as a lesson.

Authors write first drafts in Word; importing one should give them a lesson they would
have built by hand: each top-level heading a page, its paragraphs, lists and tables one
text block (formatting kept), each embedded image an asset shown by a media block where
it stood. Everything is created in the caller's session and nothing is committed: a
document that cannot be read completely is refused whole, so the caller's rollback
leaves no half-imported lesson behind. A long document (pictures take time) says which
page it is on and can be cancelled between pages, which rolls it back whole too.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
import zipfile
from itertools import accumulate, groupby, takewhile
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree
from sqlalchemy.orm import Session

from authoring.model import assets, content, jobs, leftovers, objects
from authoring.model.errors import ImportRefusedError
from authoring.model.jobs import Job
from authoring.model.plain_text import strip_controls
from authoring.model.schema import LearningObject
from authoring.model.sizes import human_size

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_VAL = _q("w:val")
_SKIPPED = {_q(n) for n in ("w:pPr", "w:rPr", "w:del", "w:moveFrom", "w:sdtPr", "w:sdtEndPr")}
_OFF = {"0", "false", "off", "none"}
_TITLE_CHARS = 60


# What the reader finds, in reading order. A _Seg is run text with its formatting tags.
_Seg = NamedTuple("_Seg", [("href", "str | None"), ("fmt", tuple), ("text", str)])
_Image = NamedTuple("_Image", [("rid", "str | None"), ("alt", str), ("name", str)])
_Heading = NamedTuple("_Heading", [("level", int), ("text", str), ("html", str)])
_Html = NamedTuple("_Html", [("html", str)])
_Item = NamedTuple("_Item", [("ordered", bool), ("level", int), ("html", str)])
_Event = _Heading | _Html | _Item | _Image


def import_docx(
    session: Session, path: Path, *, author: str = "", job: Job | None = None
) -> LearningObject:
    """A .docx becomes a lesson; returns the lesson object."""
    path, job = Path(path), jobs.ensure(job)
    document = _open(path)
    reader = _Reader(document)
    try:
        events = list(reader.body(document.element.body))
    except (KeyError, ValueError, AttributeError, IndexError, etree.LxmlError) as error:
        raise ImportRefusedError(f"the Word document cannot be read ({error})") from error
    pages = _split_pages(events)
    if not pages:
        raise ImportRefusedError("the Word document is empty")
    title = _core_title(document) or reader.title or path.stem
    _remove_abandoned_folders()
    with tempfile.TemporaryDirectory(prefix=f"{_TEMP_PREFIX}{os.getpid()}-") as folder:
        images = _ImageImporter(session, document, Path(folder), path.stem, author)
        page_ids = []
        for number, (name, body) in enumerate(pages, 1):
            job.check()
            job.say(f"{path.name}: page {number} of {len(pages)}")
            page_ids.append(_create_page(session, name, body, images, author))
    return objects.create(session, "lesson", title, children=page_ids, author=author)


_TEMP_PREFIX = "coursesmith-docx-"

# python-docx reads every part whole into memory: the zip's own directory is checked
# first, so a small file that inflates to gigabytes is refused before anything is read.
# (zipfile never inflates a part beyond the size the directory declares.)
MAX_PART_BYTES = 256 * 1024 * 1024  # one part, inflated (a picture or a video)
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # all parts, inflated
MAX_PARTS = 10_000
MAX_RATIO = 100  # inflated / compressed, for parts over RATIO_FROM: text reaches ~20
RATIO_FROM = 8 * 1024 * 1024


def _check_sizes(path: Path) -> None:
    """Refuse a document whose parts are too many, too large or compressed like a bomb."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportRefusedError(f"the Word document cannot be read ({error})") from None
    if len(parts) > MAX_PARTS:
        raise ImportRefusedError(f"the Word document has {len(parts):,} parts; "
                                 f"at most {MAX_PARTS:,} are read")
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > MAX_PART_BYTES:
            raise ImportRefusedError(
                f"the Word document's part '{part.filename}' is too large ({human_size(part.file_size)} "
                f"inflated; at most {human_size(MAX_PART_BYTES)})")
        if part.file_size > RATIO_FROM and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise ImportRefusedError(
                f"the Word document's part '{part.filename}' is compressed more than {MAX_RATIO}:1 "
                f"({human_size(part.compress_size)} inflating to {human_size(part.file_size)}); "
                "it looks built to exhaust memory and is not read")
    if total > MAX_TOTAL_BYTES:
        raise ImportRefusedError(f"the Word document is too large ({human_size(total)} inflated; "
                                 f"at most {human_size(MAX_TOTAL_BYTES)})")


def _remove_abandoned_folders() -> None:
    """The image folders of imports that were killed (their process is gone; a folder
    named before names carried the process id: when it is a day old)."""
    prefix = re.escape(_TEMP_PREFIX)
    leftovers.remove_abandoned(Path(tempfile.gettempdir()), re.compile(rf"^{prefix}(?P<pid>\d+)-"),
                               undated=re.compile(rf"^{prefix}[^-]+$"))


def _open(path: Path) -> "docx.document.Document":
    """python-docx's errors name zip internals; the user needs to know which file is bad."""
    if not path.is_file():
        raise ImportRefusedError("the Word document cannot be read (the file does not exist)")
    if not zipfile.is_zipfile(path):
        with path.open("rb") as stream:
            damaged = stream.read(4) == b"PK\x03\x04"
        reason = "the file is incomplete or damaged" if damaged else "it is not a .docx file"
        raise ImportRefusedError(f"the Word document cannot be read ({reason})")
    _check_sizes(path)
    try:
        return docx.Document(str(path))
    except KeyError as error:
        reason = f"a part of the document is missing: {error}"
    except etree.XMLSyntaxError as error:
        reason = f"its XML is damaged: {error}"
    except Exception as error:  # python-docx raises many kinds; all mean "unreadable"
        reason = str(error) or type(error).__name__
    raise ImportRefusedError(f"the Word document cannot be read ({reason[:160]})")


def _core_title(document: "docx.document.Document") -> str:
    """python-docx invents the title "Word Document" for a file without core properties."""
    rels = document.part.package.rels.values()
    if not any(rel.reltype == RT.CORE_PROPERTIES for rel in rels):
        return ""
    return (document.core_properties.title or "").strip()


class _Reader:
    """Turns the document body into a flat list of events, in reading order."""

    def __init__(self, document: "docx.document.Document") -> None:
        self.part = document.part
        self.title = ""
        self.styles = {
            s.get(_q("w:styleId")): s for s in document.styles.element.iterfind("w:style", _NS)
        }
        try:
            self.numbering = self.part.numbering_part.element
        except (KeyError, NotImplementedError):
            self.numbering = None

    def body(self, element: etree._Element) -> Iterator[_Event]:
        for child in element:
            if child.tag == _q("w:p"):
                yield from self.paragraph(child)
            elif child.tag == _q("w:tbl"):
                yield from self.table(child)
            elif child.tag in (_q("w:sdt"), _q("w:sdtContent"), _q("w:customXml")):
                yield from self.body(child)

    # -------------------------------------------------------------- paragraphs

    def paragraph(self, p: etree._Element) -> Iterator[_Event]:
        chain = self._style_chain(_val(p.find("w:pPr", _NS), "w:pStyle") or "")
        names = [_name(style) for style in chain]
        pieces = list(self.inline(p))
        images = [piece for piece in pieces if isinstance(piece, _Image)]
        segs = [piece for piece in pieces if isinstance(piece, _Seg)]
        text = " ".join("".join(s.text for s in segs).split())
        level = next((int(m[1]) for n in names if (m := re.fullmatch(r"heading (\d)", n))), 0)
        if names[:1] == ["title"]:
            self.title = self.title or text
            yield from images
        elif level and text:
            yield _Heading(level, text, _render(segs))
            yield from images
        else:
            yield from _blocks(pieces, self._list_kind(p, chain, names))

    def _style_chain(self, style_id: str) -> list[etree._Element]:
        """The paragraph's style and those it is based on: custom headings count too."""
        chain: list[etree._Element] = []
        while style_id in self.styles and len(chain) < 10:
            chain.append(self.styles[style_id])
            style_id = _val(chain[-1], "w:basedOn") or ""
        return chain

    def _list_kind(
        self, p: etree._Element, chain: list[etree._Element], names: list[str]
    ) -> tuple[bool, int] | None:
        """(ordered, level) of a list paragraph, from its numbering or else its style name."""
        num_pr = p.find("w:pPr/w:numPr", _NS)
        for style in chain:
            num_pr = num_pr if num_pr is not None else style.find("w:pPr/w:numPr", _NS)
        num_id = _val(num_pr, "w:numId") if num_pr is not None else None
        ilvl = _val(num_pr, "w:ilvl") if num_pr is not None else None
        named = next((n for n in names if n.startswith(("list bullet", "list number"))), None)
        if num_id in (None, "0") and named is None:
            return None
        digit = re.search(r"(\d)$", named or "")
        level = int(ilvl) if ilvl and ilvl.isdigit() else int(digit[1]) - 1 if digit else 0
        fmt = self._number_format(num_id, level) if num_id else None
        if fmt is None:
            return (named is not None and named.startswith("list number")), level
        return fmt != "bullet", level

    def _number_format(self, num_id: str, level: int) -> str | None:
        """w:num → w:abstractNum → w:lvl → w:numFmt; None when any link is missing."""
        if self.numbering is None:
            return None
        num = self.numbering.find(f"w:num[@w:numId='{num_id}']", _NS)
        abstract_id = _val(num, "w:abstractNumId") if num is not None else None
        abstract = self.numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", _NS)
        if abstract is None:
            return None
        return _val(abstract.find(f"w:lvl[@w:ilvl='{level}']", _NS), "w:numFmt")

    # ------------------------------------------------------------------ inline

    def inline(self, element: etree._Element, href: str | None = None) -> Iterator[_Seg | _Image]:
        for child in element:
            if child.tag == _q("w:r"):
                yield from self._run(child, href)
            elif child.tag == _q("w:hyperlink"):
                yield from self.inline(child, self._link(child) or href)
            elif child.tag == _q("mc:AlternateContent"):
                yield from self.inline(child[0], href) if len(child) else ()
            elif child.tag not in _SKIPPED:  # w:ins, w:smartTag, w:sdt, w:fldSimple, ...
                yield from self.inline(child, href)

    def _link(self, element: etree._Element) -> str | None:
        rel = self.part.rels.get(element.get(_q("r:id")) or "")
        return rel.target_ref if rel is not None and rel.is_external else None

    def _run(self, run: etree._Element, href: str | None) -> Iterator[_Seg | _Image]:
        fmt = _format(run.find("w:rPr", _NS))
        for child in run:
            tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if tag == "t":
                yield _Seg(href, fmt, strip_controls(child.text or ""))
            elif tag in ("tab", "noBreakHyphen"):
                yield _Seg(href, fmt, " " if tag == "tab" else "-")
            elif tag == "cr" or (tag == "br" and child.get(_q("w:type")) in (None, "textWrapping")):
                yield _Seg(href, fmt, "\n")
            elif tag in ("drawing", "pict", "AlternateContent"):
                yield from _images(child)

    # ------------------------------------------------------------------ tables

    def table(self, tbl: etree._Element) -> Iterator[_Event]:
        """A table becomes <table>, its first row the header; images in it follow it."""
        images: list[_Image] = []
        rows = _span_rows([self._row(tr, images) for tr in tbl.iterfind("w:tr", _NS)])
        html_rows = [
            "<tr>" + "".join(f"<{tag}{attrs}>{inner}</{tag}>" for attrs, inner in row) + "</tr>"
            for index, row in enumerate(rows)
            for tag in ["th" if index == 0 and len(rows) > 1 else "td"]
        ]
        if html_rows:
            head = f"<thead>{html_rows.pop(0)}</thead>" if len(html_rows) > 1 else ""
            yield _Html(f"<table>{head}<tbody>{''.join(html_rows)}</tbody></table>")
        yield from images

    def _row(self, tr: etree._Element, images: list[_Image]) -> list[tuple[int, str | None, str]]:
        """(colspan, vMerge, html) per cell; a cell's paragraphs are joined by <br>."""
        cells = []
        for tc in tr.iterfind("w:tc", _NS):
            parts = []
            for child in tc:
                pieces = list(self.table(child) if child.tag == _q("w:tbl") else self.inline(child))
                images += [piece for piece in pieces if isinstance(piece, _Image)]
                parts += [piece.html for piece in pieces if isinstance(piece, _Html)]
                segs = [piece for piece in pieces if isinstance(piece, _Seg)]
                if "".join(seg.text for seg in segs).strip():
                    parts.append(_render(segs))
            span = _val(tc.find("w:tcPr", _NS), "w:gridSpan") or ""
            merge = tc.find("w:tcPr/w:vMerge", _NS)
            vmerge = None if merge is None else (merge.get(_VAL) or "continue")
            cells.append((int(span) if span.isdigit() else 1, vmerge, "<br>".join(parts)))
        return cells


def _blocks(pieces: list[_Seg | _Image], kind: tuple[bool, int] | None) -> Iterator[_Event]:
    """Images split a paragraph: the text before and after each becomes its own piece."""
    for is_image, group in groupby(pieces, key=lambda piece: isinstance(piece, _Image)):
        group = list(group)
        if is_image:
            yield from group
        elif "".join(seg.text for seg in group).strip():
            inner = _render(group)
            yield _Item(kind[0], kind[1], inner) if kind else _Html(f"<p>{inner}</p>")


def _val(element: etree._Element | None, child: str) -> str | None:
    """The w:val of a child element, the way most WordprocessingML properties are stored."""
    found = element.find(child, _NS) if element is not None else None
    return found.get(_VAL) if found is not None else None


def _name(style: etree._Element) -> str:
    """Built-in style names are stored lower case ("heading 1"); compare them that way."""
    return (_val(style, "w:name") or "").strip().lower()


def _format(rpr: etree._Element | None) -> tuple[str, ...]:
    """The HTML tags a run's direct formatting (and the Strong/Emphasis styles) asks for."""
    if rpr is None:
        return ()

    def on(name: str) -> bool:
        found = rpr.find(f"w:{name}", _NS)
        return found is not None and (found.get(_VAL) or "true").lower() not in _OFF

    style = _val(rpr, "w:rStyle") or ""
    vertical = _val(rpr, "w:vertAlign")
    tags = [
        ("strong", on("b") or style == "Strong"), ("em", on("i") or style == "Emphasis"),
        ("u", on("u")), ("s", on("strike") or on("dstrike")),
        ("sup", vertical == "superscript"), ("sub", vertical == "subscript"),
    ]
    return tuple(tag for tag, wanted in tags if wanted)


def _images(element: etree._Element) -> Iterator[_Image]:
    """Pictures in a w:drawing (DrawingML) or w:pict (VML); one branch of an mc choice."""
    if element.tag == _q("mc:AlternateContent"):
        for branch in element:
            found = list(_images(branch))
            if found:
                yield from found
                return
        return
    doc_pr = element.find(".//wp:docPr", _NS)
    alt = ""
    if doc_pr is not None:
        alt = (doc_pr.get("descr") or doc_pr.get("title") or "").strip()
    name = doc_pr.get("name", "") if doc_pr is not None else ""
    for blip in element.iter(_q("a:blip")):
        yield _Image(blip.get(_q("r:embed")), alt, name)
    for data in element.iter(_q("v:imagedata")):
        yield _Image(data.get(_q("r:id")), alt or data.get(f"{{{_NS['v']}}}title", ""), "")


def _render(segs: Iterable[_Seg]) -> str:
    """Neighbouring runs with the same link and formatting share one tag."""
    out = []
    for href, linked in groupby(segs, key=lambda seg: seg.href):
        inner = ""
        for fmt, same in groupby(linked, key=lambda seg: seg.fmt):
            text = html.escape("".join(seg.text for seg in same)).replace("\n", "<br>")
            for tag in reversed(fmt):
                text = f"<{tag}>{text}</{tag}>"
            inner += text
        out.append(f'<a href="{html.escape(href)}">{inner}</a>' if href else inner)
    return "".join(out)


def _span_rows(rows: list[list[tuple[int, str | None, str]]]) -> list[list[tuple[str, str]]]:
    """Word marks every cell of a vertical merge; HTML wants one cell with a rowspan."""
    grids = [dict(zip(accumulate([0] + [cell[0] for cell in row]), row)) for row in rows]
    result = []
    for r, grid in enumerate(grids):
        cells = []
        for column, (span, merge, inner) in grid.items():
            if merge == "continue":
                continue
            continued = lambda grid: grid.get(column, (0, None, ""))[1] == "continue"  # noqa: E731
            down = 1 + len(list(takewhile(continued, grids[r + 1:])))
            attrs = f' colspan="{span}"' if span > 1 else ""
            attrs += f' rowspan="{down}"' if down > 1 else ""
            cells.append((attrs, inner))
        result.append(cells)
    return result


# ------------------------------------------------------------------- pages and blocks


def _split_pages(events: list[_Event]) -> list[tuple[str, list[_Event]]]:
    """Each heading of the highest level used starts a page; lower ones stay inside it."""
    top = min((e.level for e in events if isinstance(e, _Heading)), default=0)
    pages: list[tuple[str, list[_Event]]] = [("Introduction", [])]
    for event in events:
        if isinstance(event, _Heading) and event.level == top:
            pages.append((event.text, []))
        elif isinstance(event, _Heading):
            tag = f"h{min(event.level - top + 1, 4)}"
            pages[-1][1].append(_Html(f"<{tag}>{event.html}</{tag}>"))
        else:
            pages[-1][1].append(event)
    return pages if pages[0][1] else pages[1:]


def _create_page(
    session: Session, title: str, events: list[_Event], images: "_ImageImporter", author: str
) -> str:
    """Text between images is one text block; each image is a media block where it stood."""
    blocks: list[str] = []
    for is_image, group in groupby(events, key=lambda event: isinstance(event, _Image)):
        if is_image:
            blocks += [images.media_block(image) for image in group]
        else:
            markup = _text_html(list(group))
            text = content.TextBlock(html=markup)
            blocks.append(objects.create(session, "text", _snippet(markup), text, author=author).id)
    return objects.create(session, "page", title, children=blocks, author=author).id


def _snippet(markup: str) -> str:
    """The first words of a text block name it in the library, as authors name them."""
    text = re.sub(r"<(?:/p|/li|/h\d|/t[hd]|br)>", " ", markup)
    text = " ".join(html.unescape(re.sub(r"<[^>]*>", "", text)).split())
    if len(text) <= _TITLE_CHARS:
        return text or "Text"
    return text[:_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _text_html(events: list[_Event]) -> str:
    """Consecutive list items become one (possibly nested) list."""
    out = []
    for is_item, group in groupby(events, key=lambda event: isinstance(event, _Item)):
        out += [_list_html(list(group))] if is_item else [e.html for e in group]
    return "".join(out)


def _list_html(items: list[_Item]) -> str:
    def render(i: int, level: int) -> tuple[str, int]:
        ordered, entries = items[i].ordered, []
        while i < len(items):
            item = items[i]
            if item.level > level:
                nested, i = render(i, item.level)
                entries = entries or [""]
                entries[-1] += nested
                continue
            if item.level < level or item.ordered != ordered:
                break
            entries.append(item.html)
            i += 1
        tag = "ol" if ordered else "ul"
        return f"<{tag}>{''.join(f'<li>{e}</li>' for e in entries)}</{tag}>", i

    out, i = [], 0
    while i < len(items):
        markup, i = render(i, items[i].level)
        out.append(markup)
    return "".join(out)


class _ImageImporter:
    """Writes each image part to a named file and imports it, once per part."""

    def __init__(
        self, session: Session, document: "docx.document.Document", folder: Path, stem: str,
        author: str,
    ) -> None:
        self.session, self.part, self.folder, self.author = session, document.part, folder, author
        self.stem = re.sub(r"[^\w.-]+", "_", stem).strip("._") or "document"
        self.assets: dict[str, str] = {}

    def media_block(self, image: _Image) -> str:
        asset_id = self._asset(image)
        title = image.alt[:_TITLE_CHARS] or objects.get(self.session, asset_id).title
        media = content.MediaBlock(asset=asset_id, alt=image.alt)
        return objects.create(self.session, "media", title, media, author=self.author).id

    def _asset(self, image: _Image) -> str:
        label = image.name or "an image"
        part = self.part.related_parts.get(image.rid) if image.rid else None
        if part is None or not hasattr(part, "blob"):
            raise ImportRefusedError(
                f"the image '{label}' in the Word document is linked or missing, not embedded; "
                "insert it into the document and try again")
        if image.rid not in self.assets:
            target = self.folder / f"{self.stem}-{part.partname.filename}"
            target.write_bytes(part.blob)
            try:
                result = assets.import_file(self.session, target, author=self.author,
                                            title=image.alt[:80] or None)
            except ImportRefusedError as error:
                raise ImportRefusedError(f"the image '{part.partname.filename}' in the Word "
                                         f"document cannot be imported ({error})") from error
            self.assets[image.rid] = result.object_id
        return self.assets[image.rid]
