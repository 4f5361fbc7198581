"""XLIFF 1.2 (OASIS, valid against `xliff-core-1.2-strict.xsd`): the format every CAT tool
opens.

Inline codes: an element with no attributes (`<strong>`, `<p>`) is a `<g>` whose `ctype`
names it (`x-html-strong`); one with attributes (a link) is `<bpt>`/`<ept>` holding its
native markup, so the translator sees where the link starts and ends and nothing to
translate inside; a line break is `<x ctype="lb"/>`; an image or a player placeholder
(`{n}`) is a `<ph>` holding its native code. The source hash the translator saw travels in
a `context-group`, which CAT tools keep.
"""

from __future__ import annotations

from typing import Iterable

from lxml import etree

from authoring import __version__
from authoring.model.locales import Status
from authoring.model.translation import inline
from authoring.model.translation.document import (
    FileInfo, FileUnit, ReadFile, RunBuilder, add_text, indented, original, parse_original,
)
from authoring.model.translation.inline import Code, Run
from authoring.model.translation.units import Unit

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
HASH_CONTEXT = "x-coursesmith-source-hash"
STATE = {Status.CURRENT: "translated", Status.OUTDATED: "needs-review-translation"}


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def write(info: FileInfo, units: Iterable[Unit]) -> bytes:
    root = etree.Element(_q("xliff"), nsmap={None: NS}, version="1.2")
    file = etree.SubElement(root, _q("file"), {
        "original": original(info), "source-language": info.source_locale,
        "target-language": info.target_locale, "datatype": "html", "tool-id": "coursesmith"})
    header = etree.SubElement(file, _q("header"))
    etree.SubElement(header, _q("tool"), {"tool-id": "coursesmith", "tool-name": "Coursesmith",
                                          "tool-version": __version__})
    body = etree.SubElement(file, _q("body"))
    fills: list[tuple[etree._Element, list[inline.Node]]] = []
    for unit in units:
        body.append(_trans_unit(unit, fills))
    return indented(root, fills, _fill)


def _trans_unit(unit: Unit, fills: list) -> etree._Element:
    element = etree.Element(_q("trans-unit"), {
        "id": unit.id, "resname": unit.id,
        "datatype": "html" if unit.kind == inline.RICH else "plaintext", XML_SPACE: "preserve"})
    if unit.max_length:
        element.set("maxwidth", str(unit.max_length))
        element.set("size-unit", "char")
    source_run = inline.parse(unit.source, unit.kind)
    fills.append((etree.SubElement(element, _q("source")), source_run.nodes))
    if unit.target is not None:
        target = etree.SubElement(element, _q("target"), state=STATE[unit.status])
        fills.append((target, inline.aligned(inline.parse(unit.target, unit.kind), source_run).nodes))
    group = etree.SubElement(element, _q("context-group"), purpose="information")
    etree.SubElement(group, _q("context"), {"context-type": HASH_CONTEXT}).text = unit.source_hash
    etree.SubElement(element, _q("note"), {"from": "coursesmith"}).text = unit.note
    return element


def _fill(parent: etree._Element, nodes: list[inline.Node]) -> None:
    for node in nodes:
        if isinstance(node, str):
            add_text(parent, node)
        elif node.paired and not node.has_attributes:
            g = etree.SubElement(parent, _q("g"), id=node.id, ctype=f"x-html-{node.tag}")
            _fill(g, node.children)
        elif node.paired:
            etree.SubElement(parent, _q("bpt"), id=node.id, ctype=f"x-html-{node.tag}").text = node.start
            _fill(parent, node.children)
            etree.SubElement(parent, _q("ept"), id=node.id).text = node.end
        elif node.tag == "br" and not node.has_attributes:
            etree.SubElement(parent, _q("x"), id=node.id, ctype="lb")
        else:
            ctype = "image" if node.tag == "img" else f"x-{node.tag}"
            etree.SubElement(parent, _q("ph"), id=node.id, ctype=ctype).text = node.start


# ------------------------------------------------------------------ reading


def read(root: etree._Element) -> ReadFile:
    problems: list[str] = []
    files = root.findall(_q("file"))
    if len(files) != 1:
        return ReadFile(None, [], [f"it holds {len(files)} <file> elements; Coursesmith writes one"])
    file = files[0]
    ours = parse_original(file.get("original"))
    if ours is None:
        problems.append("it was not exported by Coursesmith (its <file original> names no "
                        "library and course)")
    info = FileInfo(ours[0], ours[1], file.get("source-language", ""),
                    file.get("target-language", "")) if ours else None
    units = [_read_unit(element) for element in file.iter(_q("trans-unit"))]
    return ReadFile(info, units, problems)


def _read_unit(element: etree._Element) -> FileUnit:
    source, source_problems = _run(element.find(_q("source")))
    target_element = element.find(_q("target"))
    target, target_problems = _run(target_element) if target_element is not None else (None, [])
    seen = None
    for context in element.iter(_q("context")):
        if context.get("context-type") == HASH_CONTEXT:
            seen = (context.text or "").strip()
    state = target_element.get("state") if target_element is not None else None
    unit = FileUnit(element.get("id", ""), source, target, state, seen)
    unit.problems += source_problems + [f"target: {p}" for p in target_problems]
    return unit


_NATIVE_OF_CTYPE = {"lb": "<br>"}


def _run(element: etree._Element | None) -> tuple[Run, list[str]]:
    builder = RunBuilder()
    if element is not None:
        builder.text(element.text)
        for child in element:
            _read_inline(builder, child)
            builder.text(child.tail)
    return builder.finish(), builder.problems


def _read_inline(builder: RunBuilder, element: etree._Element) -> None:
    if not isinstance(element.tag, str):
        return  # an entity reference left unresolved (the file is refused for it)
    name = etree.QName(element).localname
    code_id = element.get("id", "")
    ctype = element.get("ctype", "")
    tag = ctype[len("x-html-"):] if ctype.startswith("x-html-") else ""
    if name == "g":
        builder.begin(code_id, f"<{tag}>" if tag else "", f"</{tag}>" if tag else "")
        builder.text(element.text)
        for child in element:
            _read_inline(builder, child)
            builder.text(child.tail)
        builder.end(code_id)
    elif name == "x":
        builder.placeholder(code_id, _NATIVE_OF_CTYPE.get(ctype, f"<{tag}>" if tag else ""))
    elif name in ("bpt", "bx"):
        builder.begin(element.get("rid") or code_id, _native(element) or (f"<{tag}>" if tag else ""))
    elif name in ("ept", "ex"):
        builder.end(element.get("rid") or code_id, _native(element))
    elif name in ("ph", "it"):
        builder.placeholder(code_id, _native(element))
    elif name == "mrk":  # a marker (a term, a protected span): its text is the text
        builder.text(element.text)
        for child in element:
            _read_inline(builder, child)
            builder.text(child.tail)


def _native(element: etree._Element) -> str:
    """The native code a `bpt`/`ept`/`ph`/`it` holds (a `sub` inside is not code)."""
    return element.text or ""
