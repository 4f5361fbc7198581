"""Word review documents: export time, file size and peak memory, for the sample course
and a 300-page course with 1,000 images; then reading 1,000 Word comments back.

    python -m bench.bench_docx [--regen]

The large course is bench_export's (cached in `bench/corpus/export/`, made on first use:
300 pages in 15 lessons, 1,000 distinct 1600x1000 photos on 1,000 media blocks, text,
callouts and every question type). Each export runs in a subprocess (`--worker`), so its
peak memory is its own `ru_maxrss`:

- cold: an empty image cache (every picture resized once, as for a first export; the
  caches stay in `bench/corpus/docx/` between runs, `--cold` empties them);
- warm: the cache the cold run filled (as for every later export, of any format).

Then 1,000 comments are added with python-docx (`document.add_comment` on the text of
1,000 different paragraphs, as Word writes them) and `review_docx.read_review` reads them
back: time, and that every comment landed on a block.

Targets: the 300-page course exports warm in under 60 s, in under 500 MB of memory, and
1,000 comments read back in under 5 s.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "corpus" / "docx"
COMMENTS = 1000


def worker(args: argparse.Namespace) -> None:
    """In the subprocess: export once, print JSON."""
    from authoring.export.export import export_course
    from authoring.model.library import Library

    with Library.open(args.library) as library:
        t0 = time.perf_counter()
        result = export_course(library, args.course, "docx", Path(args.out))
        elapsed = time.perf_counter() - t0
    print(json.dumps({"export_s": elapsed, "size": result.size}))


def run_worker(library: Path, course: str, out: Path, cache: Path) -> dict:
    env = {**os.environ, "COURSESMITH_CACHE": str(cache)}
    process = subprocess.Popen([sys.executable, "-m", "bench.bench_docx", "--worker", "--library", str(library),
                                "--course", course, "--out", str(out)], cwd=ROOT, env=env, stdout=subprocess.PIPE)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"export of {course} failed")
    result = json.loads(output.decode().strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024
    return result


def measure(name: str, library: Path, course: str, folder: Path, cold: bool) -> Path:
    """Export twice; the image cache is kept in bench/corpus/docx/ between runs of the
    benchmark (`--cold` empties it first: the cold figure of a 300-page course takes long)."""
    cache = CORPUS / f"cache-{name.replace(' ', '-')}"
    if cold:
        shutil.rmtree(cache, ignore_errors=True)
    out = folder / f"{name}.docx"
    first = "cold" if not any(cache.glob("images/*/*")) else "warm"
    for run in (first, "warm"):
        result = run_worker(library, course, out, cache)
        print(f"{name:>12} {run}: {result['export_s']:6.1f} s  {result['size'] / 1e6:6.1f} MB  "
              f"peak {result['peak_mb']:5.0f} MB", flush=True)
    return out


def comments(path: Path, folder: Path) -> None:
    import docx

    from authoring.model.review_docx import read_review

    document = docx.Document(str(path))
    paragraphs = [p for p in document.paragraphs if p.runs and p.text.strip()]
    step = max(1, len(paragraphs) // COMMENTS)
    chosen = (paragraphs[::step] * (COMMENTS // max(1, len(paragraphs[::step])) + 1))[:COMMENTS]
    t0 = time.perf_counter()
    for number, paragraph in enumerate(chosen):
        document.add_comment(paragraph.runs, text=f"Comment {number}: please check this.", author="SME")
    reviewed = folder / "reviewed.docx"
    document.save(str(reviewed))
    written = time.perf_counter() - t0
    t0 = time.perf_counter()
    review = read_review(reviewed)
    read = time.perf_counter() - t0
    on_course = sum(c["object"] == review["course"] and c["version"] == 0 for c in review["comments"])
    print(f"{len(review['comments'])} Word comments: written by python-docx in {written:.1f} s, "
          f"read back in {read:.2f} s ({on_course} outside every block)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_docx")
    parser.add_argument("--regen", action="store_true", help="rebuild the 300-page course")
    parser.add_argument("--cold", action="store_true", help="empty the image caches first")
    parser.add_argument("--sample-only", action="store_true",
                        help="the sample course only (its comments read back too): a minute, not an hour")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--library", help=argparse.SUPPRESS)
    parser.add_argument("--course", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args)
        return 0
    from authoring.model import objects
    from authoring.model.library import Library
    from authoring.model.sample import write_sample
    from bench import bench_export

    CORPUS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CORPUS) as temporary:
        folder = Path(temporary)
        sample = write_sample(folder / "sample.cslib")
        with Library.open(sample) as library, library.transaction() as session:
            course = objects.list_objects(session, kind="course")[0].id
        out = measure("sample", sample, course, folder, args.cold)
        if args.sample_only:
            comments(out, folder)
            return 0
        info = bench_export.ensure_corpus(args.regen)
        large = folder / "large.cslib"
        shutil.copy(bench_export.CORPUS / "course.cslib", large)
        out = measure("300 pages", large, info["course_id"], folder, args.cold)
        comments(out, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
