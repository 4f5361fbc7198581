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
from authoring.model.translation import player
from authoring.model.translation.editing import stored_text
from authoring.model.translation.exporting import target_locale
from authoring.model.translation.importing import ImportResult, import_files, store
from authoring.model.translation.pseudo import pseudo_translate
from authoring.model.translation.units import Unit
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


def save_translation(context: Context, unit: Unit, locale: str, edited: str) -> Operation:
    """One unit's target, typed in the Translation view, stamped with today's source:
    it becomes current. Undoable (the object's translations are in its snapshot), except
    the player's strings, which belong to no object."""
    undoable = unit.object_id != player.OBJECT_ID and context.undo_stack is not None

    def action(session) -> str:
        store(session, target_locale(session, locale), unit, stored_text(edited, unit),
              unit.source_hash)
        return unit.id

    return Operation(context, tr("Translate a string"), action=action, undoable=undoable,
                     touched=[unit.object_id] if undoable else [])


def pseudo_translate_course(context: Context, course_id: str, locale: str) -> Operation:
    """Every string of the course in `locale` replaced by its pseudo-translation, in one
    transaction on a worker; the result is how many strings."""
    return Operation(context, tr("Pseudo-translating"), background=True,
                     action=lambda session: pseudo_translate(session, course_id, locale))
