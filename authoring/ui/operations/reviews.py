"""Importing reviewers' comments (File › Import review comments…): `.csreview` files and
reviewed Word documents, each file in a transaction of its own (a refused file changes
nothing), on the writer thread with progress. Comments are history, not edits: no undo."""

from __future__ import annotations

from pathlib import Path

from authoring.model import review_import
from authoring.model.jobs import Job
from authoring.ui.operations.operation import Context, Operation, tr


def import_reviews(context: Context, paths: list[str]) -> Operation:
    """The result is one `review_import.Outcome` per file, in order."""
    library = context.library

    def work(job: Job) -> list[review_import.Outcome]:
        outcomes = []
        for done, path in enumerate(paths):
            job.check()
            job.progress(done, len(paths), tr("Importing review comments"))
            outcomes.append(review_import.import_review_file(library, Path(path)))
        return outcomes

    return Operation(context, tr("Importing review comments"), work=work, background=True)
