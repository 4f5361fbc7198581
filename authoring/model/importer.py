"""Importing a batch of files and folders, one transaction per file.

A batch is what a designer drops on the window or passes to `coursesmith import`: one bad
file must not cost the others, so each file commits (or rolls back) on its own and the
outcome of every file is reported. A batch takes a `Job`: progress per file, and Cancel
between files (or between the pages of a Word document, which then rolls back whole).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from authoring.model import assets, jobs
from authoring.model.errors import CoursesmithError, ImportRefusedError
from authoring.model.jobs import Cancelled, Job
from authoring.model.library import Library


@dataclass(frozen=True)
class Outcome:
    path: Path
    status: str  # "imported" | "duplicate" | "refused"
    kind: str = ""
    object_id: str = ""
    reason: str = ""


def expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files in the order given; folders recursively, sorted, hidden files skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def import_one(library: Library, path: Path, *, author: str = "", job: Job | None = None) -> Outcome:
    """Import one file in its own transaction; a refusal leaves the library unchanged
    (and so does a cancelled job: `Cancelled` is raised)."""
    if not path.exists():
        return Outcome(path, "refused", reason="no such file or folder")
    if not os.access(path, os.R_OK):
        return Outcome(path, "refused", reason="the file cannot be read (no permission)")
    try:
        with library.transaction() as session:
            if path.suffix.lower() == ".docx":
                from authoring.model.docx_import import import_docx

                lesson = import_docx(session, path, author=author, job=job)
                return Outcome(path, "imported", "lesson", lesson.id)
            result = assets.import_file(session, path, author=author)
            return Outcome(path, result.status, result.kind, result.object_id)
    except Cancelled:
        raise
    except ImportRefusedError as error:
        return Outcome(path, "refused", reason=str(error))
    except CoursesmithError as error:
        return Outcome(path, "refused", reason=str(error))
    except OSError as error:
        return Outcome(path, "refused", reason=f"the file cannot be read ({error.strerror})")


def import_paths(
    library: Library,
    paths: Iterable[str | os.PathLike[str]],
    *,
    author: str = "",
    job: Job | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """The outcome of every file, in order; `on_outcome` hears each as it comes.

    `job` hears "done n of N files" after each file. A cancelled job stops the batch
    between files and the outcomes so far are returned (no `Cancelled`): the files done
    stay imported, each having committed on its own, and the caller reports them."""
    job = jobs.ensure(job)
    own_files = {library.path.with_name(library.path.name + end) for end in ("", "-wal", "-shm", "-journal")}
    # the library itself may be found inside a folder being imported
    files = [path for path in expand(paths) if path.absolute() not in own_files]
    outcomes: list[Outcome] = []
    job.progress(0, len(files))
    for path in files:
        if job.cancelled:
            break
        try:
            outcome = import_one(library, path, author=author, job=job)
        except Cancelled:
            break
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
        job.progress(len(outcomes), len(files), path.name)
    return outcomes
