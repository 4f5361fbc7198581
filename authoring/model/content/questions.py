"""Questions: six types, their parts (choices, pairs, items, answers) and their rules.

A question keeps the parts of every type it has had: a designer who switches a single
choice question to matching and back finds the choices again. What a learner sees, and
what `problems` checks, is the part of the current type.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any, ClassVar, Iterable, Iterator, Mapping, Self

from authoring.model import errors
from authoring.model.content.base import Content, Record

# question type -> its name in the app
QUESTION_TYPE_LABELS = {
    "single": "Single choice", "multiple": "Multiple response", "true_false": "True / false",
    "fill_in": "Fill in the blank", "matching": "Matching", "ordering": "Ordering",
}
QUESTION_TYPES = tuple(QUESTION_TYPE_LABELS)
CHOICE_TYPES = ("single", "multiple")


@dataclass(frozen=True, kw_only=True)
class Choice(Record):
    TEXTS: ClassVar[tuple[str, ...]] = ("text", "feedback")

    id: str = ""
    text: str = ""
    correct: bool = False
    feedback: str = ""  # shown when a learner picks this choice


@dataclass(frozen=True, kw_only=True)
class Pair(Record):
    """An item and its match (learners see the matches shuffled)."""

    TEXTS: ClassVar[tuple[str, ...]] = ("prompt", "match")

    id: str = ""
    prompt: str = ""
    match: str = ""


@dataclass(frozen=True, kw_only=True)
class Item(Record):
    """One item of an ordering question; the stored order is the right one."""

    TEXTS: ClassVar[tuple[str, ...]] = ("text",)

    id: str = ""
    text: str = ""


_PART_RECORDS: dict[str, type[Record]] = {"choices": Choice, "pairs": Pair, "items": Item}
_PART_OF_TYPE = {"single": "choices", "multiple": "choices", "matching": "pairs",
                 "ordering": "items"}
_KEYS_OF_TYPE = {"true_false": ("answer",), "fill_in": ("answers", "case_sensitive")}
_TYPE_KEYS = frozenset({*_PART_RECORDS, "answer", "answers", "case_sensitive"})


@dataclass(frozen=True, kw_only=True)
class Question(Content):
    kind: ClassVar[str] = "question"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("prompt", "feedback_correct", "feedback_incorrect")
    INTERNAL: ClassVar[frozenset[str]] = frozenset({"extra", "stored"})

    type: str = "single"
    prompt: str = ""
    points: float = 1
    attempts: int = 1
    feedback_correct: str = ""
    feedback_incorrect: str = ""
    choices: tuple[Choice, ...] = ()  # single and multiple choice
    pairs: tuple[Pair, ...] = ()  # matching
    items: tuple[Item, ...] = ()  # ordering
    answer: bool = True  # true/false
    answers: tuple[str, ...] = ()  # fill in the blank: every accepted answer
    case_sensitive: bool = False  # fill in the blank
    # which type-dependent keys the stored JSON holds: written back even when empty
    stored: frozenset[str] = frozenset()

    @classmethod
    def _parse(cls, values: dict[str, Any], data: Mapping[str, Any]) -> dict[str, Any]:
        for part, record in _PART_RECORDS.items():
            if part in values:
                values[part] = _with_ids(record.from_data(item) for item in values[part] or ())
        if "answers" in values:
            values["answers"] = tuple(values["answers"] or ())
        values["stored"] = frozenset(key for key in _TYPE_KEYS if key in data)
        return values

    def _written_keys(self) -> Iterable[str]:
        """Every key but the type-dependent ones; of those, the current type's, the ones
        the JSON held, and any other part that is not empty."""
        wanted = set(self.stored) | set(_KEYS_OF_TYPE.get(self.type, ()))
        wanted |= {key for key in (*_PART_RECORDS, "answers") if getattr(self, key)}
        if self.type in _PART_OF_TYPE:
            wanted.add(_PART_OF_TYPE[self.type])
        return [key for key in self.keys() if key not in _TYPE_KEYS or key in wanted]

    # ------------------------------------------------------------ rules

    def check(self) -> None:
        if self.type not in QUESTION_TYPES:
            raise errors.InvalidContentError(
                f"unknown question type '{self.type}'; use one of {', '.join(QUESTION_TYPES)}"
            )
        points, attempts = self.points, self.attempts
        if not isinstance(points, (int, float)) or points < 0:
            raise errors.InvalidContentError(f"points must be 0 or more, not {points!r}")
        if not isinstance(attempts, int) or attempts < 1:
            raise errors.InvalidContentError(f"attempts must be 1 or more, not {attempts!r}")

    def _normalized(self) -> Self:
        changes: dict[str, Any] = {part: _with_ids(getattr(self, part)) for part in _PART_RECORDS}
        if self.type == "true_false":
            changes["answer"] = bool(self.answer)
        if self.type == "fill_in":
            changes["answers"] = tuple(str(a).strip() for a in self.answers if str(a).strip())
            changes["case_sensitive"] = bool(self.case_sensitive)
        if self.type in CHOICE_TYPES:
            changes["choices"] = tuple(c.replaced(correct=bool(c.correct)) for c in changes["choices"])
        return self.replaced(**changes)

    def problems(self) -> list[str]:
        """What stops a learner answering it correctly, in plain words; empty when it can
        be exported. Export refuses a question with problems (a question nobody can get
        right is a support ticket); the editor shows the same messages as the designer works."""
        problems = []
        if not (self.prompt or "").strip():
            problems.append("the question has no text")
        if self.type in CHOICE_TYPES:
            problems += _choice_problems(self.type, self.choices)
        if self.type == "fill_in" and not self.answers:
            problems.append("no accepted answer is given")
        if self.type == "matching":
            if len(self.pairs) < 2:
                problems.append("a matching question needs at least two pairs")
            if any(not p.prompt or not p.match for p in self.pairs):
                problems.append("a pair is missing its item or its match")
        if self.type == "ordering" and len(self.items) < 2:
            problems.append("an ordering question needs at least two items")
        return problems

    # ------------------------------------------------------------ text

    def _part_texts(self) -> Iterator[tuple[str, str]]:
        for part in _PART_RECORDS:
            for record in getattr(self, part):
                for key in record.TEXTS:
                    yield f"{part}.{record.id}.{key}", getattr(record, key)
        if self.type == "fill_in":
            yield "answers", "\n".join(self.answers)

    def _with_part_texts(self, texts: Mapping[str, str]) -> Self:
        changes: dict[str, Any] = {}
        if "answers" in texts:
            changes["answers"] = tuple(line for line in texts["answers"].splitlines() if line.strip())
        by_part: dict[str, dict[tuple[str, str], str]] = {}
        for name, text in texts.items():
            part, _, rest = name.partition(".")
            record_id, _, key = rest.partition(".")
            if part in _PART_RECORDS and key in _PART_RECORDS[part].TEXTS:
                by_part.setdefault(part, {})[(record_id, key)] = text
        for part, found in by_part.items():
            changes[part] = tuple(_translated_record(record, found) for record in getattr(self, part))
        return self.replaced(**changes)


def _choice_problems(qtype: str, choices: tuple[Choice, ...]) -> list[str]:
    problems = []
    correct = [c for c in choices if c.correct]
    if len(choices) < 2:
        problems.append("a choice question needs at least two choices")
    if any(not (c.text or "").strip() for c in choices):
        problems.append("a choice has no text")
    if not correct:
        problems.append("no choice is marked correct")
    elif qtype == "single" and len(correct) > 1:
        problems.append("a single-choice question has more than one correct choice")
    return problems


def _translated_record(record: Record, found: Mapping[tuple[str, str], str]) -> Record:
    return record.replaced(**{key: found[(record.id, key)] for key in record.TEXTS
                              if (record.id, key) in found})


def _with_ids(records: Iterable[Record]) -> tuple[Any, ...]:
    """Give every choice / pair / item a short id that stays when others move."""
    records = tuple(records)
    taken = {record.id for record in records if record.id}
    if len(taken) == len(records):
        return records
    spare = (letter for letter in _id_sequence() if letter not in taken)
    return tuple(record if record.id else record.replaced(id=next(spare)) for record in records)


def _id_sequence() -> Iterator[str]:
    yield from string.ascii_lowercase
    number = 1
    while True:
        yield f"x{number}"
        number += 1
