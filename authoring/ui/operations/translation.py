"""Translation files: a course's strings out as XLIFF, translated files back in.

Export is one transaction (it may add the target locale to the library) that writes the
file beside its target and renames it; import is long work, one transaction per file,
so a refused file changes nothing and the others still go in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from authoring.model.jobs import Job
from authoring.model.translation.exporting import export_strings, save
from authoring.model.translation.importing import ImportResult, import_files
from authoring.ui.operations.operation import Context, Operation, tr


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    strings: int
    locale: str


def export_for_translation(context: Context, course_id: str, locale: str, target: Path, *,
                           format: str = "xliff12", only: str | None = None) -> Operation:
    """The result is an `ExportedFile`."""

    def action(session) -> ExportedFile:
        exported = export_strings(session, course_id, locale, format=format, only=only)
        save(target, exported.data)
        return ExportedFile(Path(target), exported.strings, exported.locale)

    return Operation(context, tr("Exporting for translation"), action=action)


def import_translations(context: Context, paths: list[str]) -> Operation:
    """The result is one `ImportResult` per file, in order."""
    library = context.library

    def work(job: Job) -> list[ImportResult]:
        return import_files(library, [Path(p) for p in paths], job=job)

    return Operation(context, tr("Importing translations"), work=work, background=True)
