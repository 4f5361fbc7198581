"""XLIFF 2.0 (OASIS core, valid against `xliff_core_2.0.xsd`).

Inline codes: an element is a `<pc>` (paired code) and a line break, an image or a player
placeholder a `<ph>`, each pointing into the unit's `<originalData>`, which holds the
native markup; the translator moves codes, never edits them. Reading also accepts the
`<sc>`/`<ec>` pairs some tools write. The source hash the translator saw is an attribute
of our own namespace on the unit (core XLIFF 2.0 keeps extension attributes).
"""

from __future__ import annotations

from typing import Iterable

from lxml import etree

from authoring.model.locales import Status
from authoring.model.translation import inline
from authoring.model.translation.document import (
    HASH_NS, FileInfo, FileUnit, ReadFile, RunBuilder, add_text, indented, original,
    parse_original,
)
from authoring.model.translation.inline import Code, Run
from authoring.model.translation.units import Unit

NS = "urn:oasis:names:tc:xliff:document:2.0"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
HASH = f"{{{HASH_NS}}}sourceHash"
STATE = {Status.CURRENT: "translated", Status.OUTDATED: "initial"}
_TYPE = {"a": "link", "img": "image", "var": "other"}


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def write(info: FileInfo, units: Iterable[Unit]) -> bytes:
    root = etree.Element(_q("xliff"), nsmap={None: NS, "cs": HASH_NS}, version="2.0",
                         srcLang=info.source_locale, trgLang=info.target_locale)
    file = etree.SubElement(root, _q("file"), id="f1", original=original(info))
    fills: list[tuple[etree._Element, list[inline.Node]]] = []
    for unit in units:
        file.append(_unit(unit, fills))
    return indented(root, fills, _fill)


def _unit(unit: Unit, fills: list) -> etree._Element:
    element = etree.Element(_q("unit"), {"id": unit.id, "name": unit.id, HASH: unit.source_hash})
    notes = etree.SubElement(element, _q("notes"))
    etree.SubElement(notes, _q("note"), category="location").text = unit.context
    if unit.max_length:
        etree.SubElement(notes, _q("note"), category="length").text = (
            f"at most {unit.max_length} characters")
    if unit.status == Status.OUTDATED:
        etree.SubElement(notes, _q("note"), category="state").text = (
            "the source changed since this was translated: review the target")
    source_run = inline.parse(unit.source, unit.kind)
    codes = [code for code, _ in source_run.codes()]
    if codes:
        data = etree.SubElement(element, _q("originalData"))
        for code in sorted(codes, key=lambda c: int(c.id)):
            _data(data, f"d{code.id}", code.start)
            if code.paired:
                _data(data, f"d{code.id}e", code.end)
    segment = etree.SubElement(element, _q("segment"),
                               state=STATE.get(unit.status, "initial"))
    source = etree.SubElement(segment, _q("source"), {XML_SPACE: "preserve"})
    fills.append((source, source_run.nodes))
    if unit.target is not None:
        target = etree.SubElement(segment, _q("target"), {XML_SPACE: "preserve"})
        fills.append((target, inline.aligned(inline.parse(unit.target, unit.kind), source_run).nodes))
    return element


def _data(parent: etree._Element, data_id: str, text: str) -> None:
    etree.SubElement(parent, _q("data"), {"id": data_id, XML_SPACE: "preserve"}).text = text


def _fill(parent: etree._Element, nodes: list[inline.Node]) -> None:
    for node in nodes:
        if isinstance(node, str):
            add_text(parent, node)
        elif node.paired:
            pc = etree.SubElement(parent, _q("pc"), id=node.id, dataRefStart=f"d{node.id}",
                                  dataRefEnd=f"d{node.id}e", type=_TYPE.get(node.tag, "fmt"))
            _fill(pc, node.children)
        else:
            etree.SubElement(parent, _q("ph"), id=node.id, dataRef=f"d{node.id}",
                             type=_TYPE.get(node.tag, "fmt"))


# ------------------------------------------------------------------ reading


def read(root: etree._Element) -> ReadFile:
    files = root.findall(_q("file"))
    if len(files) != 1:
        return ReadFile(None, [], [f"it holds {len(files)} <file> elements; Coursesmith writes one"])
    ours = parse_original(files[0].get("original"))
    problems = [] if ours else ["it was not exported by Coursesmith (its <file original> names "
                                "no library and course)"]
    info = FileInfo(ours[0], ours[1], root.get("srcLang", ""), root.get("trgLang", "")) if ours else None
    return ReadFile(info, [_read_unit(u) for u in files[0].iter(_q("unit"))], problems)


def _read_unit(element: etree._Element) -> FileUnit:
    data = {d.get("id"): d.text or "" for d in element.iter(_q("data"))}
    segments = element.findall(_q("segment")) + element.findall(_q("ignorable"))
    problems: list[str] = []
    source, source_problems = _run([s.find(_q("source")) for s in segments], data)
    targets = [s.find(_q("target")) for s in segments]
    target = None
    if any(t is not None for t in targets):
        target, target_problems = _run(targets, data)
        problems += [f"target: {p}" for p in target_problems]
    states = [s.get("state", "initial") for s in element.findall(_q("segment"))]
    state = "initial" if "initial" in states else (states[0] if states else None)
    unit = FileUnit(element.get("id", ""), source, target, state, element.get(HASH))
    unit.problems += source_problems + problems
    return unit


def _run(parts: list[etree._Element | None], data: dict[str, str]) -> tuple[Run, list[str]]:
    """The segments' sources (or targets) as one run: a unit is one field."""
    builder = RunBuilder()
    for part in parts:
        if part is not None:
            _read_children(builder, part, data)
    return builder.finish(), builder.problems


def _read_children(builder: RunBuilder, element: etree._Element, data: dict[str, str]) -> None:
    builder.text(element.text)
    for child in element:
        _read_inline(builder, child, data)
        builder.text(child.tail)


def _read_inline(builder: RunBuilder, element: etree._Element, data: dict[str, str]) -> None:
    if not isinstance(element.tag, str):
        return  # an entity reference left unresolved (the file is refused for it)
    name = etree.QName(element).localname
    code_id = element.get("id", "")
    if name == "pc":
        builder.begin(code_id, data.get(element.get("dataRefStart", ""), ""),
                      data.get(element.get("dataRefEnd", ""), ""))
        _read_children(builder, element, data)
        builder.end(code_id)
    elif name == "sc":
        builder.begin(code_id, data.get(element.get("dataRef", ""), ""))
    elif name == "ec":
        builder.end(element.get("startRef") or code_id, data.get(element.get("dataRef", ""), ""))
    elif name == "ph":
        builder.placeholder(code_id, data.get(element.get("dataRef", ""), ""))
    elif name == "cp":
        builder.text(chr(int(element.get("hex", "20"), 16)))
    elif name in ("mrk", "sm", "em"):  # annotations: their text is the text
        _read_children(builder, element, data)
