"""Translated XLIFF back into the library: all of a file, or nothing of it.

Each file is checked whole before anything is written: whose library and course it is,
its target locale, every unit id, every target's inline codes. A file with any problem is
refused with all of them listed, in a transaction that wrote nothing. A good file's targets
are stored with the hash of the source the translator saw, so a string whose source
changed since the file was made is applied but stays outdated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy.orm import Session

from authoring.model import identity, locales
from authoring.model.errors import CoursesmithError
from authoring.model.jobs import Job, ensure
from authoring.model.locales import Status
from authoring.model.library import Library
from authoring.model.schema import LearningObject, Meta
from authoring.model.translation import inline, player
from authoring.model.translation.document import FileUnit, ReadFile
from authoring.model.translation.reading import read_xliff
from authoring.model.translation.units import Unit, course_units

MAX_REASONS = 25
_NOT_READY = {"needs-translation"}  # 1.2: the target is a stand-in, not a translation
# a translator who leaves an outdated target as it was and marks it so says it still fits
_CONFIRMED = {"translated", "final", "signed-off", "reviewed"}


@dataclass(frozen=True)
class ImportResult:
    path: Path
    strings: int = 0
    outdated: int = 0
    problems: tuple[str, ...] = ()

    @property
    def refused(self) -> bool:
        return bool(self.problems)

    def line(self) -> str:
        """The line `translate import` prints (CONTRACTS.md)."""
        if self.problems:
            shown = list(self.problems[:MAX_REASONS])
            if len(self.problems) > MAX_REASONS:
                shown.append(f"and {len(self.problems) - MAX_REASONS} more problems")
            return f"refused {self.path}: " + "; ".join(shown)
        noun = "string" if self.strings == 1 else "strings"
        extra = f", {self.outdated} outdated" if self.outdated else ""
        return f"imported {self.path}: {self.strings} {noun}{extra}"


@dataclass(frozen=True)
class _Change:
    unit: Unit
    text: str
    seen_hash: str
    seen_source: str  # the file's source, as the library stores text


class _Refused(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def import_files(library: Library, paths: Iterable[Path], *, job: Job | None = None,
                 on_result: Callable[[ImportResult], None] | None = None) -> list[ImportResult]:
    """Each file in its own transaction; returns one result per file, in order."""
    job = ensure(job)
    paths = [Path(p) for p in paths]
    results = []
    for number, path in enumerate(paths):
        job.check()
        job.progress(number, len(paths), f"Importing {path.name}")
        result = import_file(library, path)
        results.append(result)
        if on_result:
            on_result(result)
    job.progress(len(paths), len(paths), "Imported")
    return results


def import_file(library: Library, path: Path) -> ImportResult:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return ImportResult(path, problems=(f"cannot read it ({error.strerror})",))
    read = read_xliff(data)
    if read.info is None:
        return ImportResult(path, problems=tuple(read.problems))
    try:
        with library.transaction() as session:
            locale, changes = _check(session, read)
            outdated = _apply(session, locale, changes)
    except _Refused as refused:
        return ImportResult(path, problems=tuple(refused.problems))
    return ImportResult(path, len(changes), outdated)


def _check(session: Session, read: ReadFile) -> tuple[str, list[_Change]]:
    """What the file would change; raises `_Refused` with every problem found."""
    info, problems = read.info, list(read.problems)
    assert info is not None
    row = session.get(Meta, identity.KEY)  # read only: a refusal must write nothing
    if row is None or row.value != info.library:
        problems.append(f"it was exported from another library (library {info.library})")
    course = session.get(LearningObject, info.course)
    if course is None or course.kind != "course" or course.trashed_at is not None:
        problems.append(f"its course '{info.course}' is not in this library")
        course = None
    locale = _target_locale(session, info.source_locale, info.target_locale, problems)
    changes: list[_Change] = []
    if course is not None and locale:
        known = {unit.id: unit for unit in course_units(session, course.id, locale)}
        for file_unit in read.units:
            change = _unit_change(known, file_unit, problems)
            if change is not None:
                changes.append(change)
    if problems:
        raise _Refused(problems)
    return locale, changes


def _target_locale(session: Session, source: str, target: str, problems: list[str]) -> str:
    library_source = locales.source_locale(session)
    try:
        if locales.normalize_locale(source) != library_source:
            problems.append(f"its source language '{source}' is not the library's ({library_source})")
    except CoursesmithError:
        problems.append(f"its source language '{source}' is not a locale code")
    try:
        locale = locales.normalize_locale(target)
    except CoursesmithError:
        problems.append(f"its target language '{target}' is not a locale code")
        return ""
    if locale == library_source:
        problems.append(f"its target language is the library's source locale ({locale})")
        return ""
    return locale


def _unit_change(known: dict[str, Unit], file_unit: FileUnit, problems: list[str]) -> _Change | None:
    unit = known.get(file_unit.id)
    if unit is None:
        problems.append(f"unknown unit id '{file_unit.id}'")
        return None
    found = [f"unit {unit.id}: {p}" for p in file_unit.problems]
    if file_unit.target is None or file_unit.state in _NOT_READY:
        problems += found
        return None
    confirmed = unit.status == Status.OUTDATED and file_unit.state in _CONFIRMED
    if unit.target is not None and not confirmed and _unchanged(unit, file_unit.target):
        problems += found
        return None  # what the library has already: nothing to check or apply
    found += [f"unit {unit.id}: {p}" for p in _code_problems(unit, file_unit)]
    problems += found
    if found:
        return None
    target = inline.rebuilt(file_unit.target, file_unit.source)
    text = inline.native(target, unit.kind)
    if not text.strip():
        return None
    source_text = inline.native(file_unit.source, unit.kind)
    seen = file_unit.seen_hash or locales.source_hash(source_text)
    return _Change(unit, text, seen, source_text)


def _unchanged(unit: Unit, target: inline.Run) -> bool:
    assert unit.target is not None
    stored = inline.aligned(inline.parse(unit.target, unit.kind), inline.parse(unit.source, unit.kind))
    return inline.signature(stored) == inline.signature(target)


def _code_problems(unit: Unit, file_unit: FileUnit) -> list[str]:
    source, target = file_unit.source, file_unit.target
    assert target is not None
    codes = [code for code, _ in source.codes()]
    if unit.kind == inline.PLAIN and codes:
        return ["the source of a plain-text field holds inline codes (was the file changed?)"]
    problems = [f"inline code {c.id} of the source has no native markup (was the file changed?)"
                for c in codes if not c.start or c.end == "\x00"]
    if unit.kind == inline.TEMPLATE:
        allowed = {code.start for code, _ in inline.parse(unit.source, unit.kind).codes()}
        problems += [f"placeholder {c.start} is not in today's source"
                     for c in codes if c.start not in allowed]
    return problems + [f"target: {p}" for p in inline.code_problems(source, target)]


def _apply(session: Session, locale: str, changes: list[_Change]) -> int:
    """Store the targets; returns how many stay outdated."""
    locales.add_locale(session, locale)
    for change in changes:
        if change.unit.object_id == player.OBJECT_ID:
            player.store(session, locale, change.unit.field, change.text, change.seen_hash,
                         locales.seen_text(change.seen_hash, change.unit.source, change.seen_source))
    locales.set_translations(session, locale, (
        (c.unit.object_id, c.unit.field, c.text, c.seen_hash, c.seen_source)
        for c in changes if c.unit.object_id != player.OBJECT_ID))
    return sum(1 for change in changes if change.seen_hash != change.unit.source_hash)


def store(session: Session, locale: str, unit: Unit, text: str, seen_hash: str) -> None:
    """Keep one unit's translation, stamped with the hash of the source it was made from."""
    if unit.object_id == player.OBJECT_ID:
        player.store(session, locale, unit.field, text, seen_hash,
                     locales.seen_text(seen_hash, unit.source, None))
    else:
        locales.set_translation(session, unit.object_id, unit.field, locale, text,
                                seen_hash=seen_hash)
