"""Exporting a course to a package file: the one pipeline the command line and the app run.

    request (checks itself) → resolve → build → check → write → record

1. The `ExportRequest` refuses a bad format, locale, image quality or target before the
   library is touched.
2. Resolve, in one transaction that is rolled back (a dry run): find the course, publish
   (record a version of every changed working copy), resolve those versions into the
   immutable course tree. Nothing is kept yet, and no write lock is held afterwards.
3. Build the package tree from that course; the builder reads asset bytes through a
   read-only blob reader, in a read transaction that never blocks the app's edits.
4. Check the tree with the validator (the same checks `coursesmith validate` runs) before
   anything is written: a package that fails its own checks is a bug, and no file is left.
5. Write the deterministic zip beside the target, then read it once for its hash. From
   here to the end the export holds the target's lock, and its temporary file is its own
   (`target_lock`): two exports to one file take turns, never share a file.
6. Record, in one transaction: record again the versions the dry run recorded, and make
   sure they hold what was packaged (else the course changed during the export: refused,
   export it again), add the publication, and put the package in place.

A refused, failed or cancelled export records nothing, leaves no file, and leaves the
previous package (if any) untouched. The `Job` hears of each image and each file written,
and is checked for cancellation between them.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from authoring.export import formats, target_lock
from authoring.export.builder import PackageTree
from authoring.export.document import Build
from authoring.export.images import DEFAULT_QUALITY
from authoring.export.package import Package
from authoring.export.request import ExportRequest
from authoring.export.resolve import ExportError, Problem, find_course, publish, resolve
from authoring.export.resolved import Course
from authoring.export.validate import check_package, name_problems
from authoring.export.zipwriter import Streamed, write_zip
from authoring.model import blobstore, identity, objects, versions
from authoring.model.errors import CoursesmithError
from authoring.model.jobs import Job, ensure
from authoring.model.library import Library
from authoring.model.schema import LearningObject, Publication, Version


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    warnings: list[Problem]
    publication_id: int
    size: int
    sha256: str
    build: str = ""  # this export's uuid (documents carry it, for their comments' way back)


def export_course(
    library: Library,
    course: str,
    format: str,
    target: Path,
    *,
    locale: str | None = None,
    per_lesson: bool = False,
    author: str = "",
    image_quality: int = DEFAULT_QUALITY,
    job: Job | None = None,
) -> ExportResult:
    """Export `course` (id or exact title) as a `format` package at `target`."""
    request = ExportRequest(course=course, format=format, target=Path(target), locale=locale,
                            per_lesson=per_lesson, author=author, image_quality=image_quality)
    return run_export(library, request, job)


def run_export(library: Library, request: ExportRequest, job: Job | None = None) -> ExportResult:
    """Run the pipeline (see the module docstring) for a checked request."""
    job = ensure(job)
    job.progress(0, 0, "resolving the course")
    course, problems, published = _resolve(library, request)
    with library.transaction() as session:  # short: the library's uuid, made on first use
        build = Build(identity.library_id(session), str(uuid.uuid4()), request.image_quality)
    with target_lock.exclusive(request.target, job, patience=library.waiting.patience,
                               tell=library.waiting.tell):
        partial = target_lock.temporary_beside(request.target)
        try:
            with library.reading() as session:  # asset bytes for the builder
                problems = problems + _write(session, request, course, build, partial, job)
            target_lock.make_durable(partial)
            digest, size = blobstore.hash_file(partial)
            job.check()
            job.progress(0, 0, "recording the publication")
            publication_id = _record(library, request, course, published, partial, (digest, size), build)
        except OSError as error:
            if error.filename is not None and os.fspath(error.filename) not in (str(partial), str(request.target)):
                raise  # about another file: its own message names it
            # (a write that fails, e.g. a full disk, names no file at all)
            # the user knows the package's name, not the temporary file written beside it
            raise CoursesmithError(f"{request.target} could not be written: {error.strerror}; "
                                   "nothing was exported") from None
        finally:
            partial.unlink(missing_ok=True)
    job.progress(1, 1, "done")
    warnings = [p for p in problems if p.severity == "warning"]
    return ExportResult(request.target, request.format, warnings, publication_id, size, digest, build.build)


# --------------------------------------------------------------------------- the steps


# A version as the dry run recorded it: object id, number, and its content (title, data,
# children, as JSON), to compare with what the record step records.
Recorded = tuple[str, int, str, str, str]


def _resolve(library: Library, request: ExportRequest) -> tuple[Course, list[Problem], list[Recorded]]:
    """The dry run: (course tree, problems, the versions publishing records); nothing is kept."""
    with library.transaction() as session, _holding(session):
        course_id = find_course(session, request.course).id
        published = [_content(v) for v in publish(session, course_id, author=request.author)]
        course, problems = resolve(session, course_id, request.locale)
        session.rollback()
    if any(p.severity == "error" for p in problems):
        raise ExportError(problems)
    return course, problems, published


@contextmanager
def _holding(session: Session) -> Iterator[None]:
    """Hold every object the session loads until the block ends. A session forgets the
    objects nobody holds, and publishing and resolving ask for each object several times:
    without this, each ask of a course's thousands of objects is one more query."""
    held: list[object] = []

    def hold(_session: Session, instance: object) -> None:
        held.append(instance)

    event.listen(session, "loaded_as_persistent", hold)
    try:
        yield
    finally:
        event.remove(session, "loaded_as_persistent", hold)


def _content(version: Version) -> Recorded:
    return (version.object_id, version.number, version.title, json.dumps(version.data, sort_keys=True),
            json.dumps(version.children, sort_keys=True))


def _write(session: Session, request: ExportRequest, course: Course, build: Build, partial: Path,
           job: Job) -> list[Problem]:
    """Build and write the file at `partial`: a document by its writer; a package built,
    checked, then zipped. Returns the warnings the package's checks found."""
    fmt = formats.get(request.format)
    if fmt.document is not None:
        fmt.document(course, _Blobs(session), partial, build, job)
        return []
    tree = _build(session, request, course, job)
    job.progress(0, 0, "checking the package")
    warnings = _check(tree, request.format)
    write_zip(partial, tree.files.items(), job)
    return warnings


def _build(session: Session, request: ExportRequest, course: Course, job: Job) -> PackageTree:
    builder = formats.get(request.format).builder(course, per_lesson=request.per_lesson,
                                                  image_quality=request.image_quality)
    return builder.build(_Blobs(session), job)


class _Blobs:
    """The builder's read-only view of the library: asset bytes by hash, nothing else."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def read(self, sha256: str) -> bytes:
        return blobstore.read_bytes(self._session, sha256)

    def writer(self, sha256: str, size: int) -> Streamed:
        def write(stream: BinaryIO) -> None:
            blobstore.write_to(self._session, sha256, stream)

        return Streamed(size, write)


def _check(tree: PackageTree, format_name: str) -> list[Problem]:
    """The validator's checks on the built tree; any problem is a bug in Coursesmith.
    What learners would run into (the format's `learner_check`) comes back as warnings."""
    problems, names = name_problems(tree.files)
    package = Package(names, {n: tree.size(n) for n in names}, tree.read)
    report = check_package(package, problems, learner=False)
    if report.format != format_name:
        report.problems.insert(0, f"it was recognised as {report.format}, not {format_name}")
    if report.problems:
        raise CoursesmithError(
            "the package failed its own checks (a bug in Coursesmith; please report it): "
            + "; ".join(report.problems[:3])
        )
    return [Problem("warning", text) for text in formats.get(format_name).learner_check(package)]


def _record(library: Library, request: ExportRequest, course: Course, published: list[Recorded],
            partial: Path, written: tuple[str, int], build: Build) -> int:
    """Record the versions and the publication, and put the package in place, in one
    transaction."""
    digest, size = written
    with library.transaction() as session, _holding(session):
        ids = [expected[0] for expected in published]
        session.scalars(select(LearningObject).where(LearningObject.id.in_(ids))).all()  # one query, held
        if not all(_record_again(session, expected, request.author) for expected in published):
            raise CoursesmithError(f"'{course.title}' changed while it was being exported; "
                                   "nothing was recorded: export it again")
        record = Publication(
            course_id=course.id, author=request.author, format=request.format, locale=course.locale,
            options={"per_lesson": request.per_lesson, "build": build.build}, filename=request.target.name,
            sha256=digest, size=size, versions={"items": [list(item) for item in course.versions]},
        )
        session.add(record)
        session.flush()
        partial.replace(request.target)
        return record.id


def _record_again(session: Session, expected: Recorded, author: str) -> bool:
    """Record the version the dry run recorded; whether the library now holds it, number
    and content, as packaged. Only the dry run's versions need this: every other object
    went in at a version that already existed, and versions never change."""
    object_id = expected[0]
    version = versions.record(session, object_id, author=author, summary="Published")
    if version is None:  # the working copy is its head: recorded meanwhile (the app), or undone
        version = session.get(Version, (object_id, objects.get(session, object_id).head))
    return version is not None and _content(version) == expected
