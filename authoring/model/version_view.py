"""Versions as a person reads them: the content as it looked, what changed word by word,
and a one-line summary of each version.

The History panel used to show a version's stored JSON, HTML tags and all. A designer
asks other questions: what did this block say then, which words changed, who changed
what. This module answers them without Qt: a version becomes a list of labelled texts
("Question", "Choice ✓", "Feedback when right"...), two such lists are compared line
by line and, inside a changed line, word by word.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from authoring.model import content, objects, versions
from authoring.model.sanitize import html_to_text
from authoring.model.schema import LearningObject
from authoring.model.word_diff import Piece, word_changes

# Field names of the typed content as a designer calls them.
_LABELS = {
    "title": "Title", "html": "Text", "alt": "Alt text", "caption": "Caption",
    "transcript": "Transcript", "description": "Description", "prompt": "Question",
    "feedback_correct": "Feedback when right", "feedback_incorrect": "Feedback when wrong",
}
_PART_LABELS = {"choices": "Choice", "pairs": "Pair", "items": "Item", "answers": "Accepted answer"}


@dataclass(frozen=True)
class Line:
    """One labelled text of a version: ("Choice ✓", "Oxygen"); for a rich-text field
    also its stored HTML, so a version reads as it looked (bold, lists) while compares
    work on the words."""

    label: str
    text: str
    html: str = ""


@dataclass(frozen=True)
class Readable:
    number: int | None  # None: the working copy
    author: str
    created: str
    summary: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class ComparedLine:
    label: str
    older: tuple[Piece, ...]  # the line as the older version had it (empty if added)
    newer: tuple[Piece, ...]  # as the newer has it (empty if removed)

    @property
    def changed(self) -> bool:
        return any(piece.change != "same" for piece in self.older + self.newer)


def readable(session: Session, object_id: str, number: int | None = None) -> Readable:
    """Version NUMBER of an object (None: its working copy) as labelled texts."""
    obj = objects.get(session, object_id)
    if number is None:
        state = versions.snapshot(session, obj)
        return Readable(None, "", "", "", _lines(session, obj, state["title"], state["data"], state["children"]))
    version = versions.read(session, object_id, number)
    return Readable(number, version.author, version.created_at.isoformat() if version.created_at else "",
                    version.summary, _lines(session, obj, version.title, version.data,
                                             version.children.get("items", [])))


def _lines(session: Session, obj: LearningObject, title: str, data: dict, children: list) -> tuple[Line, ...]:
    lines = [Line("Title", title)]
    body = content.of(obj.kind, data)
    correct = _correct_parts(data)
    for field, text in body.translatable().items():
        rich = field in body.RICH_TEXT or "<" in text
        plain = html_to_text(text) if rich else text
        lines.append(Line(_label(field, correct), plain, text if rich else ""))
    for position, (child_id, pin) in enumerate(children, start=1):
        child = session.get(LearningObject, child_id)
        name = child.title if child is not None else "(deleted)"
        pinned = f" (version {pin})" if pin else ""
        lines.append(Line(f"Part {position}", f"{name}{pinned}"))
    return tuple(lines)


def _correct_parts(data: dict) -> set[str]:
    """Ids of the choices marked right, so a compare shows "Choice ✓" changing too."""
    return {str(choice.get("id")) for choice in data.get("choices", []) or [] if choice.get("correct")}


def _label(field: str, correct: set[str]) -> str:
    if field in _LABELS:
        return _LABELS[field]
    part, _, rest = field.partition(".")
    record_id, _, key = rest.partition(".")
    label = _PART_LABELS.get(part, part.capitalize())
    if key == "feedback":
        label += " feedback"
    elif key == "match":
        label += " match"
    if part == "choices" and record_id in correct and key == "text":
        label += " ✓"
    return label


# --------------------------------------------------------------------------- comparing

def compare(older: Readable, newer: Readable) -> list[ComparedLine]:
    """The two versions line by line; changed lines word by word."""
    a = [f"{line.label}\x00{line.text}" for line in older.lines]
    b = [f"{line.label}\x00{line.text}" for line in newer.lines]
    out: list[ComparedLine] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += [ComparedLine(line.label, (Piece("same", line.text),), (Piece("same", line.text),))
                    for line in older.lines[i1:i2]]
            continue
        olds, news = older.lines[i1:i2], newer.lines[j1:j2]
        for index in range(max(len(olds), len(news))):
            old = olds[index] if index < len(olds) else None
            new = news[index] if index < len(news) else None
            out.append(_compare_line(old, new))
    return out


def _compare_line(old: Line | None, new: Line | None) -> ComparedLine:
    if old is None:
        return ComparedLine(new.label, (), (Piece("added", new.text),))
    if new is None:
        return ComparedLine(old.label, (Piece("removed", old.text),), ())
    older, newer = word_changes(old.text, new.text)
    label = new.label if new.label == old.label else f"{old.label} → {new.label}"
    return ComparedLine(label, older, newer)


def change_summary(older: Readable | None, newer: Readable) -> str:
    """What a version changed, in a few words: "Title, Text, Choice ✓ changed"."""
    if older is None:
        return "First version"
    changed = [line.label for line in compare(older, newer) if line.changed]
    if not changed:
        return "No change to the text"
    labels = list(dict.fromkeys(changed))
    shown = ", ".join(labels[:4]) + (f" and {len(labels) - 4} more" if len(labels) > 4 else "")
    return f"Changed: {shown}"


def history(session: Session, object_id: str) -> list[Readable]:
    """Every version newest first, each with its summary of what changed (the stored
    summary, such as "Sent to in review", is kept after it)."""
    numbers = [version.number for version in versions.history(session, object_id)]
    shown = [readable(session, object_id, number) for number in sorted(numbers)]
    out = []
    for index, version in enumerate(shown):
        summary = change_summary(shown[index - 1] if index else None, version)
        if version.summary:
            summary = f"{summary} · {version.summary}"
        out.append(Readable(version.number, version.author, version.created, summary, version.lines))
    return list(reversed(out))
