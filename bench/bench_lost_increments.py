"""Lost increments: two programs incrementing one counter in one library at once.

    python -m bench.bench_lost_increments [--runs 5] [--increments 60]

Each run: two processes each do N read-modify-write increments of one object's title;
lost = 2N - final value. Three ways, 600 increments each with the defaults (as in issue 14):

- before: how the library wrote before issue 14 (the driver's default transactions: the
  reads run before the transaction begins, at the first write; the row is updated by id);
- after: `Library.transaction()` (BEGIN IMMEDIATE: the write lock before the read);
- after, two steps: read in one transaction, write in the next with the revision read
  (an editor's copy); a stale write is refused and retried: the retries are counted.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import tempfile
import time
from pathlib import Path

from authoring.model import objects
from authoring.model.errors import ChangedElsewhereError
from authoring.model.library import Library


def _before(path: Path, object_id: str, count: int, _retries) -> None:
    connection = sqlite3.connect(path, timeout=30)  # the driver's default transactions
    for _ in range(count):
        (title,) = connection.execute("SELECT title FROM objects WHERE id = ?", (object_id,)).fetchone()
        connection.execute("UPDATE objects SET title = ? WHERE id = ?", (str(int(title) + 1), object_id))
        connection.commit()
    connection.close()


def _after(path: Path, object_id: str, count: int, _retries) -> None:
    with Library.open(path) as library:
        for _ in range(count):
            with library.transaction() as session:
                obj = objects.get(session, object_id)
                obj.title = str(int(obj.title) + 1)


def _two_steps(path: Path, object_id: str, count: int, retries) -> None:
    with Library.open(path) as library:
        done = 0
        while done < count:
            with library.reading() as session:
                obj = objects.get(session, object_id)
                value, revision = int(obj.title) + 1, obj.revision
            try:
                with library.transaction() as session:
                    objects.update(session, object_id, title=str(value), revision=revision)
                done += 1
            except ChangedElsewhereError:
                with retries.get_lock():
                    retries.value += 1


def run(way, folder: Path, increments: int) -> tuple[int, int, float]:
    """(lost increments, retries, seconds) of one run of two editors."""
    path = folder / f"counter-{time.monotonic_ns()}.cslib"
    with Library.create(path) as library, library.transaction() as session:
        object_id = objects.create(session, "text", "0").id
    context = multiprocessing.get_context("fork")
    retries = context.Value("i", 0)
    start = time.perf_counter()
    editors = [context.Process(target=way, args=(path, object_id, increments, retries))
               for _ in range(2)]
    for editor in editors:
        editor.start()
    for editor in editors:
        editor.join()
    seconds = time.perf_counter() - start
    with Library.open(path) as library, library.reading() as session:
        final = int(objects.get(session, object_id).title)
    return 2 * increments - final, retries.value, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--increments", type=int, default=60, help="per editor and run")
    args = parser.parse_args()
    total = args.runs * 2 * args.increments
    with tempfile.TemporaryDirectory() as folder:
        for label, way in (("before (reads outside the transaction)", _before),
                           ("after (BEGIN IMMEDIATE)", _after),
                           ("after, two steps (revision checked)", _two_steps)):
            results = [run(way, Path(folder), args.increments) for _ in range(args.runs)]
            lost = sum(r[0] for r in results)
            retries = sum(r[1] for r in results)
            seconds = sum(r[2] for r in results)
            print(f"{label:<40} lost {lost:>4} of {total} increments over {args.runs} runs"
                  f"  (retries {retries}; {seconds / args.runs:.1f} s a run, opening included)")


if __name__ == "__main__":
    main()
