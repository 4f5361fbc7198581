"""How far a course's translation into one locale is: missing, outdated, current.

`total` is the number of units `translate export` writes for the course and locale, so
a translator's word count and the status never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from authoring.model import locales
from authoring.model.locales import Status
from authoring.model.translation.units import Unit, course_units


@dataclass(frozen=True)
class ObjectStatus:
    object_id: str
    where: str  # the first unit's context, without the field
    missing: int
    outdated: int


@dataclass(frozen=True)
class TranslationStatus:
    locale: str
    total: int
    current: int
    outdated: int
    missing: int
    objects: tuple[ObjectStatus, ...] = field(default=())

    def as_json(self) -> dict:
        return {"locale": self.locale, "total": self.total, "current": self.current,
                "outdated": self.outdated, "missing": self.missing}


def course_status(session: Session, course_id: str, locale: str) -> TranslationStatus:
    locale = locales.normalize_locale(locale)
    units = course_units(session, course_id, locale)
    counts = Counter(unit.status for unit in units)
    return TranslationStatus(locale, len(units), counts[Status.CURRENT], counts[Status.OUTDATED],
                             counts[Status.MISSING], _by_object(units))


def _by_object(units: list[Unit]) -> tuple[ObjectStatus, ...]:
    """The objects that still need work, in reading order."""
    found: dict[str, tuple[str, Counter]] = {}
    for unit in units:
        if unit.status != Status.CURRENT:
            where, counts = found.setdefault(unit.object_id, (unit.context.rsplit(":", 1)[0], Counter()))
            counts[unit.status] += 1
    return tuple(ObjectStatus(oid, where, counts[Status.MISSING], counts[Status.OUTDATED])
                 for oid, (where, counts) in found.items())
