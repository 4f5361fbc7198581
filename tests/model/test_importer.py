"""Importing a batch of files under a Job: progress per file, Cancel between files."""

from __future__ import annotations

from sqlalchemy import func, select

from authoring.model import importer
from authoring.model.jobs import Job
from authoring.model.schema import LearningObject


def _count(library, kind: str) -> int:
    with library.transaction() as session:
        return session.scalar(select(func.count()).where(LearningObject.kind == kind))


def test_progress_is_reported_per_file(library, images):
    paths = [images.png("a.png"), images.png("b.png", seed=3), images.folder / "missing.png"]
    heard = []
    outcomes = importer.import_paths(library, paths, job=Job(on_progress=lambda *a: heard.append(a)))
    assert [o.status for o in outcomes] == ["imported", "imported", "refused"]
    assert heard == [(0, 3, ""), (1, 3, "a.png"), (2, 3, "b.png"), (3, 3, "missing.png")]


def test_cancel_stops_between_files_and_keeps_what_was_done(library, images):
    paths = [images.png("a.png"), images.png("b.png", seed=3), images.png("c.png", seed=4)]
    job = Job()
    job.on_progress = lambda done, total, text: job.cancel() if done == 1 else None
    heard = []
    outcomes = importer.import_paths(library, paths, job=job, on_outcome=heard.append)
    assert [o.path.name for o in outcomes] == ["a.png"] and heard == outcomes
    assert _count(library, "asset") == 1


def test_an_outside_cancel_flag_is_honoured(library, images):
    job = Job(cancel_requested=lambda: True)
    assert importer.import_paths(library, [images.png("a.png")], job=job) == []
    assert _count(library, "asset") == 0

