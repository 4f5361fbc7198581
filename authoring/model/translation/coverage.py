"""Translation coverage of a course in every target locale, for the library browser and
the outline: how many strings are current, outdated and missing, for the whole course and
for each lesson and page.

The counts are those of `translate status` (the same units, `units.read_course`), so what
the app shows and what the command prints never disagree. A course is read once for all
its locales; `objects` lists what a change must touch for the figures to move, so a view
reads again only the courses a change concerns.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from authoring.model import locales
from authoring.model.locales import Status
from authoring.model.translation import player
from authoring.model.translation.units import Unit, read_course


@dataclass(frozen=True)
class Counts:
    current: int = 0
    outdated: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.current + self.outdated + self.missing

    @property
    def percent(self) -> int:
        """Share current, rounded down: 100 % only when nothing is left to do."""
        return 100 * self.current // self.total if self.total else 100

    @property
    def complete(self) -> bool:
        return self.current == self.total

    def as_json(self, locale: str) -> dict:
        """The fields of `translate status --json`."""
        return {"locale": locale, "total": self.total, "current": self.current,
                "outdated": self.outdated, "missing": self.missing}


@dataclass(frozen=True)
class LocaleCoverage:
    locale: str
    course: Counts
    parts: dict[str, Counts]  # lesson or page id -> the counts of the strings in it
    first_open: dict[str, str]  # course, lesson or page id -> its first unit not current


@dataclass(frozen=True)
class CourseCoverage:
    course_id: str
    locales: dict[str, LocaleCoverage]  # target locales, in the library's order
    objects: frozenset[str] = field(default=frozenset())  # read to make the figures

    def counts(self, locale: str, object_id: str | None = None) -> Counts | None:
        """The course's counts in `locale` (or one lesson's or page's)."""
        found = self.locales.get(locale)
        if found is None:
            return None
        if object_id is None or object_id == self.course_id:
            return found.course
        return found.parts.get(object_id)

    def concerns(self, ids: set[str]) -> bool:
        """Whether a change to `ids` may move these figures."""
        return bool(ids & self.objects) or self.course_id in ids


def course_coverage(session: Session, course_id: str) -> CourseCoverage:
    """The course in each target locale of the library (none: an empty map)."""
    targets = locales.target_locales(session)
    if not targets:  # nothing to read until a locale is added (a change of its own)
        return CourseCoverage(course_id, {})
    reading = read_course(session, course_id, targets)
    found = {locale: _locale_coverage(course_id, locale, reading.units[locale], reading.places)
             for locale in targets}
    return CourseCoverage(course_id, found, frozenset(reading.places) | {player.OBJECT_ID})


def _locale_coverage(course_id: str, locale: str, units: list[Unit],
                     places: dict[str, tuple[str | None, str | None]]) -> LocaleCoverage:
    total: Counter = Counter()
    parts: dict[str, Counter] = {}
    first_open: dict[str, str] = {}
    for unit in units:
        total[unit.status] += 1
        if unit.status != Status.CURRENT:
            first_open.setdefault(course_id, unit.id)
        for part in places.get(unit.object_id, (None, None)):
            if part is not None:
                parts.setdefault(part, Counter())[unit.status] += 1
                if unit.status != Status.CURRENT:
                    first_open.setdefault(part, unit.id)
    return LocaleCoverage(locale, _counts(total), {k: _counts(c) for k, c in parts.items()},
                          first_open)


def _counts(counter: Counter) -> Counts:
    return Counts(counter[Status.CURRENT], counter[Status.OUTDATED], counter[Status.MISSING])
