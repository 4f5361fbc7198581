"""A course's settings as a designer sets them: pass mark, completion, navigation, and what
a new question starts with (attempts, feedback).

They live in the course's content (`content.Course`); this module reads them as one plain
record and writes a change of any of them as an ordinary edit of the course (checked,
versioned, undoable by the caller's operation). The library's source locale is shown
beside them: it is the language every course of the library is written in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from authoring.model import content, errors, locales, objects, where_used
from authoring.model.content.containers import COMPLETION_RULES, NAVIGATION_MODES

# Keys a designer may change, and what the app calls the values
EDITABLE = ("pass_mark", "completion", "navigation", "attempts", "feedback_correct",
            "feedback_incorrect", "description")
COMPLETION_LABELS = {"all_pages": "All pages viewed", "quiz_passed": "Quiz passed"}
NAVIGATION_LABELS = {"free": "Free", "linear": "Linear"}
assert set(COMPLETION_LABELS) == set(COMPLETION_RULES)
assert set(NAVIGATION_LABELS) == set(NAVIGATION_MODES)


@dataclass(frozen=True)
class CourseSettings:
    course_id: str
    title: str
    pass_mark: int
    completion: str
    navigation: str
    attempts: int
    feedback_correct: str
    feedback_incorrect: str
    description: str
    source_locale: str


def read(session: Session, course_id: str) -> CourseSettings:
    course = objects.get(session, course_id)
    if course.kind != "course":
        raise errors.InvalidContentError(f"'{course.title}' is a {course.kind}, not a course")
    body = content.of("course", course.data)
    return CourseSettings(course.id, course.title, round(body.pass_mark), body.completion,
                          body.navigation, body.attempts, body.feedback_correct,
                          body.feedback_incorrect, body.description,
                          locales.source_locale(session))


def write(session: Session, course_id: str, **changes: Any) -> None:
    """Change some settings; anything else is refused before anything is written."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise errors.InvalidContentError(f"a course has no setting {', '.join(sorted(unknown))}")
    read(session, course_id)  # a course, or a plain-words refusal
    objects.update(session, course_id, data=changes)


def course_of(session: Session, object_id: str) -> str | None:
    """The course an object belongs to (itself if it is one): the first that uses it."""
    if objects.get(session, object_id).kind == "course":
        return object_id
    return next((u.id for u in where_used.where_used(session, object_id) if u.kind == "course"), None)


def question_defaults(session: Session, page_id: str) -> dict[str, Any]:
    """What a new question on `page_id` starts with, from its course's settings."""
    course_id = course_of(session, page_id)
    if course_id is None:
        return {}
    facts = read(session, course_id)
    defaults = {"attempts": facts.attempts, "feedback_correct": facts.feedback_correct,
                "feedback_incorrect": facts.feedback_incorrect}
    return {key: value for key, value in defaults.items() if value}
