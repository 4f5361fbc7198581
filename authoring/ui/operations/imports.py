"""Importing files: a batch (dropped, or File › Import files…) and one file (asset picker).

Both run on the writer thread with a progress dialog and Cancel. A batch commits file by
file, so Cancel stops before the next file and what was imported stays; the single file
of the asset picker is one undoable step, like the edit that will use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from authoring.model import blocks, importer
from authoring.model.jobs import Job
from authoring.ui.operations.operation import Context, Operation, tr


@dataclass(frozen=True)
class ImportReport:
    outcomes: list[importer.Outcome]  # one per file imported or refused, in order
    total: int  # files found in what was given
    cancelled: bool  # stopped between files: total - len(outcomes) were not tried

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    def refused(self) -> list[importer.Outcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "refused"]


def import_paths(context: Context, paths: list[str], author: str) -> Operation:
    """Files and folders (recursively); the result is an `ImportReport`."""
    library, paths = context.library, [str(p) for p in paths]

    def work(job: Job) -> ImportReport:
        outcomes = importer.import_paths(library, paths, author=author, job=job)
        return ImportReport(outcomes, job.total, job.cancelled and len(outcomes) < job.total)

    return Operation(context, tr("Importing files"), work=work, background=True)


def import_file(context: Context, path: str, author: str) -> Operation:
    """One file as an asset, one undo step; the result is the asset's id."""
    return Operation(context, tr("Importing {name}").format(name=Path(path).name),
                     undoable=True, background=True,
                     action=lambda session: blocks.import_asset(session, Path(path), author))
