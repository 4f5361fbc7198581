"""A field's text as translators see it: plain text and inline codes, as a small tree.

Rich text (the sanitized HTML of text blocks and callouts) and the player's templates
(`Page {n} of {total}`) hold markup a translator must keep but never edit. Both become a
`Run`: text, paired codes (an element with text inside: `<strong>…</strong>`) and
placeholders (`<br>`, `<img …>`, `{n}`), numbered 1, 2, … in document order. The XLIFF
writers turn codes into `g`/`x`/`bpt`/`ept`/`ph` (1.2) or `pc`/`ph` (2.0); the readers
give a `Run` back, and `html` rebuilds the markup from the source's native codes, so a
target can never smuggle markup of its own in.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Iterator, Union

VOID_TAGS = frozenset({"br", "img", "hr", "wbr"})
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")

# how a field's text is read: HTML, a player template with {placeholders}, or plain text
RICH, TEMPLATE, PLAIN = "html", "template", "plain"


@dataclass
class Code:
    """One inline code: `start` and `end` are the native markup (end is "" for a
    placeholder); `tag` names the element (or "var" for a template placeholder)."""

    id: str
    tag: str
    start: str
    end: str = ""
    children: list["Node"] = field(default_factory=list)
    has_attributes: bool = False

    @property
    def paired(self) -> bool:
        return bool(self.end)


Node = Union[str, Code]


@dataclass
class Run:
    """The text of one field: strings and codes, codes holding their own runs."""

    nodes: list[Node] = field(default_factory=list)

    def codes(self) -> Iterator[tuple[Code, str | None]]:
        """Every code with the id of the code it sits in (None at the top)."""
        stack: list[tuple[list[Node], str | None]] = [(self.nodes, None)]
        while stack:
            nodes, parent = stack.pop()
            for node in nodes:
                if isinstance(node, Code):
                    yield node, parent
                    stack.append((node.children, node.id))

    def text(self) -> str:
        """The words only (for length checks and empty targets)."""
        return "".join(node if isinstance(node, str) else Run(node.children).text()
                       for node in self.nodes)


def parse(text: str, kind: str) -> Run:
    """A stored field as a `Run`."""
    if kind == RICH:
        return _HtmlReader.read(text)
    if kind == TEMPLATE:
        return _template_run(text)
    return Run([text] if text else [])


def native(run: Run, kind: str) -> str:
    """The stored form of a run: HTML escapes text, templates and plain text do not."""
    escape = (lambda s: html.escape(s, quote=False)) if kind == RICH else (lambda s: s)
    return _native(run.nodes, escape)


def _native(nodes: list[Node], escape) -> str:
    parts = []
    for node in nodes:
        if isinstance(node, str):
            parts.append(escape(node))
        else:
            parts.append(node.start + _native(node.children, escape) + node.end)
    return "".join(parts)


def _template_run(text: str) -> Run:
    nodes: list[Node] = []
    position, number = 0, 0
    for match in _PLACEHOLDER.finditer(text):
        if match.start() > position:
            nodes.append(text[position:match.start()])
        number += 1
        nodes.append(Code(str(number), "var", match.group()))
        position = match.end()
    if position < len(text):
        nodes.append(text[position:])
    return Run(nodes)


class _HtmlReader(HTMLParser):
    """Sanitized HTML (well formed: nh3 wrote it) into a `Run`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Run()
        self.stack: list[list[Node]] = [self.root.nodes]
        self.open: list[Code] = []
        self.count = 0

    @classmethod
    def read(cls, markup: str) -> Run:
        reader = cls()
        reader.feed(markup or "")
        reader.close()
        return reader.root

    def _code(self, tag: str, attrs: list[tuple[str, str | None]], end: str) -> Code:
        self.count += 1
        rendered = "".join(f' {name}="{html.escape(value or "", quote=True)}"'
                           for name, value in attrs)
        return Code(str(self.count), tag, f"<{tag}{rendered}>", end, has_attributes=bool(attrs))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            self.stack[-1].append(self._code(tag, attrs, ""))
            return
        code = self._code(tag, attrs, f"</{tag}>")
        self.stack[-1].append(code)
        self.stack.append(code.children)
        self.open.append(code)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS or tag not in (code.tag for code in self.open):
            return
        while self.open:
            code = self.open.pop()
            self.stack.pop()
            if code.tag == tag:
                return

    def handle_data(self, data: str) -> None:
        siblings = self.stack[-1]
        if siblings and isinstance(siblings[-1], str):
            siblings[-1] += data
        else:
            siblings.append(data)


def aligned(target: Run, source: Run) -> Run:
    """A stored translation with its codes numbered as the source's: the first `<a
    href=X>` of the target is the source's first `<a href=X>`, wherever it moved. (A code
    the source no longer has keeps a number of its own, for the translator to fix.)"""
    by_markup: dict[str, list[str]] = {}
    by_tag: dict[str, list[str]] = {}
    for code, _ in sorted(source.codes(), key=lambda pair: int(pair[0].id)):
        by_markup.setdefault(code.start, []).append(code.id)
        by_tag.setdefault(code.tag, []).append(code.id)
    spare = max((int(code.id) for code, _ in source.codes()), default=0)
    taken: set[str] = set()
    for code, _ in sorted(target.codes(), key=lambda pair: int(pair[0].id)):
        candidates = [i for i in by_markup.get(code.start, []) + by_tag.get(code.tag, [])
                      if i not in taken]
        if candidates:
            code.id = candidates[0]
        else:
            spare += 1
            code.id = str(spare)
        taken.add(code.id)
    return target


def code_problems(source: Run, target: Run) -> list[str]:
    """How a target's inline codes differ from its source's: the same ids, each inside
    the same code, are required (their order may change: languages order words
    differently)."""
    wanted = {code.id: (parent, code.paired) for code, parent in source.codes()}
    found: dict[str, tuple[str | None, bool]] = {}
    problems = []
    for code, parent in target.codes():
        if code.id in found:
            problems.append(f"inline code {code.id} appears twice")
        found[code.id] = (parent, code.paired)
    problems += [f"inline code {i} is missing" for i in wanted if i not in found]
    problems += [f"inline code {i} is not in the source" for i in found if i not in wanted]
    for code_id in wanted.keys() & found.keys():
        (want_parent, want_paired), (got_parent, got_paired) = wanted[code_id], found[code_id]
        if want_paired != got_paired:
            problems.append(f"inline code {code_id} is paired in one and alone in the other")
        elif want_parent != got_parent:
            where = f"inside code {want_parent}" if want_parent else "outside every code"
            problems.append(f"inline code {code_id} is nested differently (the source has it {where})")
    return problems


def rebuilt(target: Run, source: Run) -> Run:
    """The target with each code's native markup taken from the source's code of the same
    id: what a file's target says about markup is never trusted."""
    natives = {code.id: code for code, _ in source.codes()}

    def copy(nodes: list[Node]) -> list[Node]:
        result: list[Node] = []
        for node in nodes:
            if isinstance(node, str):
                result.append(node)
            else:
                model = natives[node.id]
                result.append(Code(node.id, model.tag, model.start, model.end, copy(node.children),
                                   model.has_attributes))
        return result

    return Run(copy(target.nodes))


def signature(run: Run) -> str:
    """The text and where each code is, by id: equal for two runs that say the same."""
    def walk(nodes: list[Node]) -> str:
        return "".join(node if isinstance(node, str)
                       else f"\x01{node.id}\x02{walk(node.children)}\x03" for node in nodes)
    return walk(run.nodes)
