"""A course's strings out for translation, as XLIFF 1.2 or 2.0.

Exporting for a locale the library does not have yet adds it: sending a course to a
translator is how a new language starts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from authoring.model import identity, locales, objects
from authoring.model.errors import InvalidContentError
from authoring.model.locales import Status
from authoring.model.translation import xliff12, xliff20
from authoring.model.translation.document import FileInfo
from authoring.model.translation.units import Unit, course_units

FORMATS = {"xliff12": xliff12.write, "xliff20": xliff20.write}
ONLY = {"missing": {Status.MISSING}, "outdated": {Status.OUTDATED}}


@dataclass(frozen=True)
class ExportedStrings:
    data: bytes
    strings: int
    locale: str
    source_locale: str


def target_locale(session: Session, locale: str) -> str:
    """`locale` as a target of this library (added when new); the source is refused."""
    locale = locales.normalize_locale(locale)
    source = locales.source_locale(session)
    if locale == source:
        raise InvalidContentError(f"{locale} is the library's source locale; "
                                  "translate into another locale, e.g. --locale de")
    return locales.add_locale(session, locale)


def export_strings(session: Session, course_id: str, locale: str, *, format: str = "xliff12",
                   only: str | None = None) -> ExportedStrings:
    """The course's units for `locale` (with `only`, those missing or outdated) as a file."""
    if format not in FORMATS:
        raise InvalidContentError(f"unknown format '{format}'; use {' or '.join(FORMATS)}")
    if only is not None and only not in ONLY:
        raise InvalidContentError(f"--only takes {' or '.join(ONLY)}, not '{only}'")
    course = objects.get(session, course_id)
    locale = target_locale(session, locale)
    units: list[Unit] = course_units(session, course.id, locale)
    if only:
        units = [unit for unit in units if unit.status in ONLY[only]]
    if not units:  # an XLIFF 2.0 file needs a unit; and an empty file helps nobody
        what = f"{only} " if only else ""
        raise InvalidContentError(f"no {what}strings to translate into {locale}; nothing was written")
    source = locales.source_locale(session)
    info = FileInfo(identity.library_id(session), course.id, source, locale)
    return ExportedStrings(FORMATS[format](info, units), len(units), locale, source)


def save(path: Path, data: bytes) -> None:
    """Write beside the target, then rename: an existing file is only ever replaced by a
    complete one."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
