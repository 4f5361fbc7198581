"""Containers: a course holds lessons, a lesson pages, a page blocks.

Their children are links (`objects.children`), not content; what is here is what a
container says about itself, and which kinds of children it may hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from authoring.model import errors
from authoring.model.content.base import Content

BLOCK_KINDS = ("text", "media", "callout", "question")
COMPLETION_RULES = ("all_pages", "quiz_passed")  # every page seen | the quiz passed
NAVIGATION_MODES = ("free", "linear")  # any page at any time | in order, each once seen


@dataclass(frozen=True, kw_only=True)
class Page(Content):
    kind: ClassVar[str] = "page"
    TITLE_IS_TEXT: ClassVar[bool] = True
    HOLDS: ClassVar[tuple[str, ...]] = BLOCK_KINDS


@dataclass(frozen=True, kw_only=True)
class Lesson(Content):
    kind: ClassVar[str] = "lesson"
    TITLE_IS_TEXT: ClassVar[bool] = True
    HOLDS: ClassVar[tuple[str, ...]] = ("page",)
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("description",)

    description: str = ""


@dataclass(frozen=True, kw_only=True)
class Course(Content):
    kind: ClassVar[str] = "course"
    TITLE_IS_TEXT: ClassVar[bool] = True
    HOLDS: ClassVar[tuple[str, ...]] = ("lesson",)
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("description",)

    description: str = ""
    pass_mark: float = 80  # percent of the scored questions' points
    completion: str = "all_pages"
    navigation: str = "free"
    attempts: int = 1  # what a new question in this course allows, unless it says otherwise
    feedback_correct: str = ""  # what a new question says to a right answer ("" = nothing)
    feedback_incorrect: str = ""  # ... and to a wrong one

    @property
    def completes_with_quiz(self) -> bool:
        """Completion needs a passed quiz, so the course must have scored questions."""
        return self.completion == "quiz_passed"

    def check(self) -> None:
        mark = self.pass_mark
        if not isinstance(mark, (int, float)) or not 0 <= mark <= 100:
            raise errors.InvalidContentError(f"a pass mark is a percentage 0-100, not {mark!r}")
        if self.completion not in COMPLETION_RULES:
            raise errors.InvalidContentError(f"unknown completion rule '{self.completion}'")
        if self.navigation not in NAVIGATION_MODES:
            raise errors.InvalidContentError(f"unknown navigation '{self.navigation}'")
        if not isinstance(self.attempts, int) or self.attempts < 1:
            raise errors.InvalidContentError(f"attempts must be 1 or more, not {self.attempts!r}")
