"""The resolved course: a plain, immutable tree that every package writer reads.

Resolving happens once per export; writers and the renderer never see the database or
ORM objects, so they cannot change the library, and every writer gets the same course.
Text is already in the export locale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class AssetRef:
    id: str
    sha256: str
    filename: str
    mime: str
    size: int
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class TextBlock:
    id: str
    version: int
    html: str
    images: tuple[AssetRef, ...] = ()  # inline <img src="asset:ID">


@dataclass(frozen=True)
class Callout:
    id: str
    version: int
    variant: str
    html: str
    images: tuple[AssetRef, ...] = ()


@dataclass(frozen=True)
class MediaBlock:
    id: str
    version: int
    asset: AssetRef
    alt: str
    caption: str
    transcript: str
    captions: AssetRef | None = None


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    correct: bool = False
    feedback: str = ""


@dataclass(frozen=True)
class Pair:
    id: str
    prompt: str
    match: str


@dataclass(frozen=True)
class Item:
    id: str
    text: str


@dataclass(frozen=True)
class Question:
    id: str
    version: int
    type: str
    prompt: str
    points: float
    attempts: int
    feedback_correct: str = ""
    feedback_incorrect: str = ""
    choices: tuple[Choice, ...] = ()
    pairs: tuple[Pair, ...] = ()
    items: tuple[Item, ...] = ()
    answer: bool = True
    answers: tuple[str, ...] = ()
    case_sensitive: bool = False

    @property
    def scored(self) -> bool:
        return self.points > 0


Block = Union[TextBlock, Callout, MediaBlock, Question]


@dataclass(frozen=True)
class Page:
    id: str
    version: int
    title: str
    blocks: tuple[Block, ...]

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Question))


@dataclass(frozen=True)
class Lesson:
    id: str
    version: int
    title: str
    description: str
    pages: tuple[Page, ...]


@dataclass(frozen=True)
class Course:
    id: str
    version: int
    title: str
    description: str
    pass_mark: float
    completion: str
    navigation: str
    lessons: tuple[Lesson, ...]
    locale: str
    rtl: bool = False
    source_locale: str = ""  # where a string has no translation, the language it is in
    versions: tuple[tuple[str, int], ...] = field(default=(), repr=False)
    # the player's interface strings the library translated for this locale (key, text)
    player_strings: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    @property
    def pages(self) -> tuple[Page, ...]:
        return tuple(page for lesson in self.lessons for page in lesson.pages)

    @property
    def assets(self) -> tuple[AssetRef, ...]:
        """Every asset shown, once each, in course order."""
        seen: dict[str, AssetRef] = {}
        for page in self.pages:
            for block in page.blocks:
                refs = (block.asset, block.captions) if isinstance(block, MediaBlock) else ()
                for ref in (*refs, *getattr(block, "images", ())):
                    if ref is not None:
                        seen.setdefault(ref.id, ref)
        return tuple(seen.values())
