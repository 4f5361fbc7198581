"""Exporting a course to a package file: the one entry point the CLI and the app call.

publish (record versions) → resolve → build the file tree → write a deterministic zip
beside the target → validate it → rename it into place → record the publication. A
failed export leaves no file behind and the previous package (if any) untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from authoring.export.formats import BUILDERS
from authoring.export.images import DEFAULT_QUALITY
from authoring.export.resolve import ExportError, Problem, find_course, publish, resolve
from authoring.export.zipwriter import write_zip
from authoring.model import blobstore
from authoring.model.errors import CoursesmithError
from authoring.model.library import Library
from authoring.model.schema import Publication

Progress = Callable[[str, int, int], None]  # (what, done, total)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    warnings: list[Problem]
    publication_id: int
    size: int
    sha256: str


def export_course(
    library: Library,
    course: str,
    format: str,
    target: Path,
    *,
    locale: str | None = None,
    per_lesson: bool = False,
    author: str = "",
    progress: Progress | None = None,
    image_quality: int = DEFAULT_QUALITY,
) -> ExportResult:
    """Export `course` (id or exact title) as a `format` package at `target`."""
    if format not in BUILDERS:
        raise CoursesmithError(f"unknown format '{format}'; use one of {', '.join(sorted(BUILDERS))}")
    target = Path(target).absolute()
    if not target.parent.is_dir():
        raise CoursesmithError(f"the folder {target.parent} does not exist")
    report = progress or (lambda what, done, total: None)
    report("resolving the course", 0, 1)
    with library.transaction() as session:
        course_id = find_course(session, course).id
        publish(session, course_id, author=author)
        tree_course, problems = resolve(session, course_id, locale)
        if any(p.severity == "error" for p in problems):
            raise ExportError(problems)  # rolls back: nothing recorded for a failed export
    if not 30 <= image_quality <= 100:
        raise CoursesmithError(f"image quality is a percentage from 30 to 100, not {image_quality}")
    builder = BUILDERS[format](tree_course, per_lesson=per_lesson, image_quality=image_quality)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with library.transaction() as session:
            tree = builder.build(
                read_bytes=lambda sha: blobstore.read_bytes(session, sha),
                stream_to=lambda sha: _streamer(session, sha),
            )
            report("writing the package", 0, len(tree.files))
            write_zip(partial, tree.files.items())
        _validate(partial)
        digest, size = blobstore.hash_file(partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    with library.transaction() as session:
        record = Publication(
            course_id=course_id, author=author, format=format, locale=tree_course.locale,
            options={"per_lesson": per_lesson}, filename=target.name, sha256=digest, size=size,
            versions={"items": [list(item) for item in tree_course.versions]},
        )
        session.add(record)
        session.flush()
        publication_id = record.id
    report("done", 1, 1)
    warnings = [p for p in problems if p.severity == "warning"]
    return ExportResult(target, format, warnings, publication_id, size, digest)


def _streamer(session, sha256: str) -> Callable[[BinaryIO], None]:
    return lambda stream: blobstore.write_to(session, sha256, stream)


def _validate(path: Path) -> None:
    from authoring.export.validate import validate_package

    report = validate_package(path)
    if report.problems:
        raise CoursesmithError(
            "the package failed its own checks (a bug in Coursesmith; please report it): "
            + "; ".join(report.problems[:3])
        )
