"""Exporting a course as a package, on the writer thread with progress and Cancel.

`export_course` reports `progress(what, done, total)`; the adapter below turns that into
the job's progress and checks for Cancel at each step it reports.
"""

from __future__ import annotations

from pathlib import Path

from authoring.model.jobs import Job
from authoring.ui.operations.operation import Context, Operation, tr


def export_course(context: Context, course_id: str, format: str, target: Path, *,
                  locale: str | None, author: str, image_quality: int) -> Operation:
    """The result is the export's `ExportResult` (path, size, warnings...)."""
    library = context.library

    def work(job: Job):
        from authoring.export.export import export_course as export

        return export(library, course_id, format, target, locale=locale, author=author,
                      image_quality=image_quality, progress=_reporter(job))

    return Operation(context, tr("Exporting"), work=work, background=True)


def _reporter(job: Job):
    def progress(what: str, done: int, total: int) -> None:
        if done < total:
            job.check()  # between steps; the step that finished ("done") is not undone
        job.progress(done, total, what)

    return progress
