"""What an XLIFF file says, whichever version wrote it: whose course it is, and its units.

The writers (`xliff12`, `xliff20`) take `FileInfo` and the course's `Unit`s; the readers
give back `FileInfo` and `FileUnit`s with the problems they found, so an import can list
every reason a file is refused at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from lxml import etree

from authoring.model.translation.inline import Code, Node, Run

ORIGINAL = "coursesmith:{library}:{course}"
HASH_NS = "urn:coursesmith:xliff:1"  # our own attributes and contexts (the source hash)


@dataclass(frozen=True)
class FileInfo:
    library: str  # the library's uuid
    course: str  # the course's id
    source_locale: str
    target_locale: str


def original(info: FileInfo) -> str:
    return ORIGINAL.format(library=info.library, course=info.course)


def parse_original(value: str | None) -> tuple[str, str] | None:
    """(library, course) from a file's `original`, or None when it is not ours."""
    parts = (value or "").split(":")
    if len(parts) != 3 or parts[0] != "coursesmith" or not all(parts[1:]):
        return None
    return parts[1], parts[2]


@dataclass
class FileUnit:
    """One unit as a file holds it."""

    id: str
    source: Run
    target: Run | None
    state: str | None  # the target's state, as the file says it
    seen_hash: str | None  # hash of the source the translator saw
    problems: list[str] = field(default_factory=list)


@dataclass
class ReadFile:
    info: FileInfo | None
    units: list[FileUnit]
    problems: list[str]


def indented(root: etree._Element, fills: list[tuple[etree._Element, list[Node]]],
             fill: Callable[[etree._Element, list[Node]], None]) -> bytes:
    """The file, indented for people to read, then each source and target filled: text
    inside them is content (xml:space="preserve"), so no indentation may go there."""
    etree.indent(root, space="  ")
    for element, nodes in fills:
        fill(element, nodes)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def add_text(parent: etree._Element, text: str) -> None:
    """Append text after whatever `parent` already holds."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


class RunBuilder:
    """Builds a `Run` from a stream of text, begin, end and placeholder events (the
    shape both XLIFF versions' inline markup reduces to), noting nesting mistakes."""

    def __init__(self) -> None:
        self.run = Run()
        self.stack: list[tuple[Code, list[Node]]] = []
        self.problems: list[str] = []

    @property
    def _nodes(self) -> list[Node]:
        return self.stack[-1][0].children if self.stack else self.run.nodes

    def text(self, text: str | None) -> None:
        if text:
            nodes = self._nodes
            if nodes and isinstance(nodes[-1], str):
                nodes[-1] += text
            else:
                nodes.append(text)

    def placeholder(self, code_id: str, start: str) -> None:
        self._nodes.append(Code(code_id, "ph", start))

    def begin(self, code_id: str, start: str, end: str = "") -> Code:
        code = Code(code_id, "pc", start, end or "\x00")  # "\x00": paired, native unknown yet
        self._nodes.append(code)
        self.stack.append((code, self._nodes))
        return code

    def end(self, code_id: str, end: str | None = None) -> None:
        if not self.stack or self.stack[-1][0].id != code_id:
            self.problems.append(f"inline code {code_id} closes where it was not opened "
                                 "(codes are wrongly nested)")
            return
        code, _ = self.stack.pop()
        if end:
            code.end = end

    def finish(self) -> Run:
        for code, _ in self.stack:
            self.problems.append(f"inline code {code.id} is opened but never closed")
        self.stack.clear()
        return self.run
