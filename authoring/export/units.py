"""Units: what an LMS launches and tracks (a SCORM SCO, a cmi5 AU).

One unit for the whole course by default; with `per_lesson`, one per lesson. Each unit is
one HTML file of the player holding its pages, and is scored over its own questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from authoring.export import resolved as r


@dataclass(frozen=True)
class Unit:
    id: str  # the course id, or the lesson id: stable across exports
    title: str
    href: str  # the player file, relative to the package root
    lessons: tuple[r.Lesson, ...]

    @property
    def pages(self) -> tuple[r.Page, ...]:
        return tuple(page for lesson in self.lessons for page in lesson.pages)

    @property
    def scored(self) -> bool:
        return any(q.scored for page in self.pages for q in page.questions)


def units_of(course: r.Course, *, per_lesson: bool = False) -> list[Unit]:
    if not per_lesson:
        return [Unit(course.id, course.title, "index.html", course.lessons)]
    return [
        Unit(lesson.id, lesson.title, f"lesson-{number:02d}.html", (lesson,))
        for number, lesson in enumerate(course.lessons, start=1)
    ]
