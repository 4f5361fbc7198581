"""Review builds and review comments: file size and export time, and importing comments.

    python -m bench.bench_review [--skip-large] [--comments 1000]

- sample: the bundled sample course as a review build (cold: an empty image cache; warm:
  the cache the cold run filled): seconds and the size of the one HTML file;
- large: the 300-page course with 1,000 images of `bench_export` (its cached corpus, made
  on first use) as a review build: seconds, size, peak memory of the exporting process;
- comments: a `.csreview` file of N comments (default 1,000) on the large course's blocks
  and pages, imported with `coursesmith review import` (seconds), imported again (a
  duplicate: seconds), and listed with `coursesmith comments --json` (seconds); the
  same three in process (the model's own time, without the command's start-up).

Every export and import runs as the real command in a child process; peak memory is the
child's own `ru_maxrss` (`os.wait4`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench.bench_export import ensure_corpus

PYTHON = sys.executable


def run(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(seconds, peak MB, stdout) of one `coursesmith` command in a child process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen([PYTHON, "-m", "authoring", *args], stdout=out, stderr=err,
                                 env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"coursesmith {' '.join(args)} failed: {err.read().strip()}")
        return seconds, usage.ru_maxrss / 1024, out.read()


def first_course(library: Path) -> str:
    listed = subprocess.run([PYTHON, "-m", "authoring", "list", str(library), "--kind", "course", "--json"],
                            capture_output=True, text=True, check=True).stdout
    return json.loads(listed)[0]["id"]


def export_review(library: Path, course: str, target: Path, cache: Path) -> tuple[float, float, int]:
    seconds, peak, _ = run(["export", str(library), course, "--format", "review", "-o", str(target)],
                           env={"COURSESMITH_CACHE": str(cache)})
    return seconds, peak, target.stat().st_size


def bench_sample(folder: Path) -> None:
    from authoring.model.sample import write_sample

    library = write_sample(folder / "sample.cslib")
    course = first_course(library)
    cache = folder / "cache-sample"
    for label in ("cold", "warm"):
        seconds, peak, size = export_review(library, course, folder / f"sample-{label}.html", cache)
        print(f"sample review build ({label} image cache): {seconds:.2f} s, {size / 1e6:.2f} MB, "
              f"peak {peak:.0f} MB", flush=True)


def bench_large(folder: Path) -> tuple[Path, str]:
    info = ensure_corpus()
    from bench.bench_export import _corpus_paths

    library = folder / "large.cslib"
    shutil.copy(_corpus_paths()[0], library)
    cache = folder / "cache-large"
    for label in ("cold", "warm"):
        seconds, peak, size = export_review(library, info["course_id"], folder / f"large-{label}.html", cache)
        print(f"300-page course, 1,000 images, review build ({label} image cache): {seconds:.1f} s, "
              f"{size / 1e6:.0f} MB, peak {peak:.0f} MB", flush=True)
    return library, info["course_id"]


def review_file(library: Path, course: str, count: int, target: Path) -> Path:
    """A .csreview of `count` comments on the course's pages and blocks (as a reviewer of
    its last review build would have saved it)."""
    from authoring.model import identity, objects
    from authoring.model.library import Library
    from authoring.model.schema import LearningObject

    with Library.open(library) as opened, opened.transaction() as session:
        library_id = identity.library_id(session)
        rows = [(o.id, o.head) for o in session.query(LearningObject)
                .filter(LearningObject.kind.in_(("page", "text", "media", "question", "callout")))
                .filter(LearningObject.head > 0).all()]
        objects.get(session, course)
    comments = [{"id": str(uuid.uuid4()), "object": rows[n % len(rows)][0], "version": rows[n % len(rows)][1],
                 "hash": "0123456789abcdef", "quote": None if n % 3 else "a quoted phrase",
                 "text": f"Comment {n}: please check this wording against the procedure.",
                 "created": "2026-12-03T08:00:00Z"} for n in range(count)]
    target.write_text(json.dumps({
        "format": "coursesmith-review", "version": 1, "library": library_id, "build": str(uuid.uuid4()),
        "course": course, "locale": "en", "reviewer": "Bench Reviewer", "verdict": "changes",
        "comments": comments}), "utf-8")
    return target


def bench_comments(library: Path, course: str, count: int, folder: Path) -> None:
    path = review_file(library, course, count, folder / "bench.csreview")
    in_process(library, path, folder)
    seconds, peak, out = run(["review", "import", str(library), str(path)])
    print(f"review import of {count:,} comments: {seconds:.2f} s, peak {peak:.0f} MB ({out.strip()})")
    seconds, _, out = run(["review", "import", str(library), str(path)])
    print(f"the same file again: {seconds:.2f} s ({out.strip()})")
    seconds, _, out = run(["comments", str(library), "--json"])
    print(f"comments --json ({len(json.loads(out)):,} threads): {seconds:.2f} s")


def in_process(library: Path, path: Path, folder: Path) -> None:
    """The model's own time, without the command's start-up: on a copy of the library."""
    from authoring.model.comment_threads import list_threads
    from authoring.model.library import Library
    from authoring.model.review_import import import_review_file

    copy = folder / "in-process.cslib"
    shutil.copy(library, copy)
    with Library.open(copy) as opened:
        started = time.perf_counter()
        first = import_review_file(opened, path)
        imported = time.perf_counter() - started
        started = time.perf_counter()
        again = import_review_file(opened, path)
        duplicate = time.perf_counter() - started
        started = time.perf_counter()
        with opened.transaction() as session:
            threads = list_threads(session)
        listed = time.perf_counter() - started
    print(f"in process: import {imported:.2f} s ({first.status}), again {duplicate:.2f} s "
          f"({again.status}), list {len(threads):,} threads {listed:.2f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-large", action="store_true", help="the sample only (no 1,000-image corpus)")
    parser.add_argument("--comments", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-review-") as tmp:
        folder = Path(tmp)
        bench_sample(folder)
        if args.skip_large:
            library = folder / "sample.cslib"
            bench_comments(library, first_course(library), args.comments, folder)
            return
        library, course = bench_large(folder)
        bench_comments(library, course, args.comments, folder)


if __name__ == "__main__":
    main()
