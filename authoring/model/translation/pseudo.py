"""Pseudo-translation: every string accented and about 30% longer, to test a layout
before anything goes to a translator.

`Ŝéţţîñĝš` shows at a glance which text is translatable (anything still plain English is
hard-coded), accents catch clipped ascenders and missing glyphs, and the extra length
shows where German or Finnish will overflow. Brackets mark both ends, so truncation shows.
Markup and player placeholders (`{n}`) are kept as they are.
"""

from __future__ import annotations

import math

from sqlalchemy.orm import Session

from authoring.model.jobs import Job, ensure
from authoring.model.translation import inline
from authoring.model.translation.exporting import target_locale
from authoring.model.translation.importing import store
from authoring.model.translation.inline import Code, Node, Run
from authoring.model.translation.units import course_units

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "ȧƀçđéƒĝĥîĵķļɱñöƥǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ"
_TABLE = str.maketrans(_PLAIN, _ACCENTED)
_PADDING = "·ẋ·ŵ·"
GROWTH = 0.3


def pseudo_text(text: str, kind: str) -> str:
    """One field's pseudo-translation (fill-in answers: line by line)."""
    if kind == inline.PLAIN and "\n" in text:
        return "\n".join(pseudo_text(line, kind) if line.strip() else line
                         for line in text.split("\n"))
    run = inline.parse(text, kind)
    length = len(run.text())
    nodes = _accented(run.nodes)
    padding = (_PADDING * length)[: math.ceil(length * GROWTH)]
    _at_edge(nodes, "[", first=True)
    _at_edge(nodes, f"{padding}]", first=False)
    return inline.native(Run(nodes), kind)


def _at_edge(nodes: list[Node], text: str, *, first: bool) -> None:
    """Put `text` at the very start (or end) of the words, inside any paragraph."""
    index = 0 if first else len(nodes) - 1
    node = nodes[index] if nodes else None
    if isinstance(node, str):
        nodes[index] = text + node if first else node + text
    elif node is not None and node.paired:
        _at_edge(node.children, text, first=first)
    else:
        nodes.insert(0 if first else len(nodes), text)


def _accented(nodes: list[Node]) -> list[Node]:
    result: list[Node] = []
    for node in nodes:
        if isinstance(node, str):
            result.append(node.translate(_TABLE))
        else:
            result.append(Code(node.id, node.tag, node.start, node.end, _accented(node.children),
                               node.has_attributes))
    return result


def pseudo_translate(session: Session, course_id: str, locale: str, job: Job | None = None) -> int:
    """Fill `locale` with pseudo-translations of every unit of the course; returns how
    many. (Existing translations of that locale are replaced: use a locale kept for
    testing, such as qps.)"""
    job = ensure(job)
    locale = target_locale(session, locale)
    units = course_units(session, course_id, locale)
    for number, unit in enumerate(units):
        if number % 200 == 0:
            job.progress(number, len(units), "Pseudo-translating")
        store(session, locale, unit, pseudo_text(unit.source, unit.kind), unit.source_hash)
    return len(units)
