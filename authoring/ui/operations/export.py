"""Exporting a course as a package, on the writer thread with progress and Cancel.

The operation's job goes to the export as it is: the export reports each image and file
on it, and checks it between them, so the dialog's Cancel (`job.cancel()`) stops the
export there; a cancelled export records nothing and leaves no file.
"""

from __future__ import annotations

from pathlib import Path

from authoring.model.jobs import Job
from authoring.ui.operations.operation import Context, Operation, tr


def export_course(context: Context, course_id: str, format: str, target: Path, *,
                  locale: str | None, author: str, image_quality: int,
                  per_lesson: bool = False) -> Operation:
    """The result is the export's `ExportResult` (path, size, warnings...)."""
    library = context.library

    def work(job: Job):
        from authoring.export.export import export_course as export  # loads the exporters

        return export(library, course_id, format, target, locale=locale, author=author,
                      image_quality=image_quality, per_lesson=per_lesson, job=job)

    return Operation(context, tr("Exporting"), work=work, background=True)


def validate_package(context: Context, path: Path) -> Operation:
    """Check a written package as `coursesmith validate` does; the result is its Report."""

    def work(job: Job):
        from authoring.export.validate import validate_package as validate

        return validate(path)

    return Operation(context, tr("Validating"), work=work, background=True, writes=False)


def prepare_images(context: Context, asset_ids: list[str], image_quality: int) -> Operation:
    """The package images of newly imported pictures, made in the background at once, so
    the first export finds them ready; nobody waits for it (no progress dialog)."""
    library = context.library

    def work(job: Job) -> int:
        from authoring.export.images import prepare

        return prepare(library, asset_ids, image_quality, job)

    return Operation(context, tr("Preparing images"), work=work, background=True, writes=False,
                     progress=False)
