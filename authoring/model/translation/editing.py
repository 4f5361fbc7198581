"""A unit's text as a person edits it in the app: words, with inline codes as short tokens.

Rich text shows its markup as numbered tokens (`Leave by the <1>nearest</1> exit.<2/>`),
the same numbers as the XLIFF codes, so a translator moves words around the codes without
seeing or typing HTML. Player templates keep their `{placeholders}`. An edited text goes
back through the same checks as an imported file: every code of the source, once, nested
as in the source; the markup itself is always the source's, never typed by hand.
"""

from __future__ import annotations

import re

from authoring.model.errors import InvalidContentError
from authoring.model.translation import inline
from authoring.model.translation.inline import Code, Node, Run
from authoring.model.translation.units import Unit

_TOKEN = re.compile(r"<(/?)(\d+)(/?)>")


def editable(text: str, kind: str) -> str:
    """The stored text (source or target) as the editor shows it."""
    if kind != inline.RICH:
        return text
    return _tokens(inline.parse(text, kind).nodes)


def _tokens(nodes: list[Node]) -> str:
    parts = []
    for node in nodes:
        if isinstance(node, str):
            parts.append(node)
        elif node.paired:
            parts.append(f"<{node.id}>{_tokens(node.children)}</{node.id}>")
        else:
            parts.append(f"<{node.id}/>")
    return "".join(parts)


def stored_text(edited: str, unit: Unit) -> str:
    """The text to store for `unit` from what was typed; raises `InvalidContentError`
    naming every code problem (nothing is stored then)."""
    source = inline.parse(unit.source, unit.kind)
    if unit.kind == inline.RICH:
        target = _read_tokens(edited)
    else:
        target = inline.aligned(inline.parse(edited, unit.kind), source)
    problems = inline.code_problems(source, target)
    if unit.kind == inline.TEMPLATE:
        allowed = {code.start for code, _ in source.codes()}
        problems += [f"placeholder {c.start} is not in the source"
                     for c, _ in target.codes() if c.start not in allowed]
    if problems:
        raise InvalidContentError("the translation does not keep the source's formatting: "
                                  + "; ".join(problems))
    if not target.text().strip():
        raise InvalidContentError("the translation is empty")
    return inline.native(inline.rebuilt(target, source), unit.kind)


def _read_tokens(edited: str) -> Run:
    """`<1>…</1>` and `<2/>` tokens into codes (their markup filled in later by
    `inline.rebuilt`); a token closed out of turn is reported, not guessed at."""
    root: list[Node] = []
    stack: list[tuple[str, list[Node]]] = [("", root)]
    position = 0
    for match in _TOKEN.finditer(edited):
        _add_text(stack[-1][1], edited[position:match.start()])
        position = match.end()
        closing, number, alone = match.groups()
        if alone:
            stack[-1][1].append(Code(number, "", "x"))
        elif not closing:
            code = Code(number, "", "x", "x")
            stack[-1][1].append(code)
            stack.append((number, code.children))
        elif stack[-1][0] == number:
            stack.pop()
        else:
            raise InvalidContentError(f"the translation closes code {number} where it is not open "
                                      f"(type <{number}>…</{number}> around the words)")
    _add_text(stack[-1][1], edited[position:])
    if len(stack) > 1:
        raise InvalidContentError(f"code {stack[-1][0]} is opened but never closed "
                                  f"(type </{stack[-1][0]}> after its words)")
    return Run(root)


def _add_text(nodes: list[Node], text: str) -> None:
    if text:
        nodes.append(text)
