"""Time to open a library and show its courses.

    python -m bench.bench_open [--sample bench/corpus/sample.cslib] [--large bench/corpus/large.cslib]

For each library: median of 5 runs of `Library.open(path)` (pre-open checks incl.
`PRAGMA quick_check`, lock check, Alembic) + the first `list_objects(session, "course")`,
and separately `PRAGMA quick_check` alone through sqlite3, to show its share. The OS file
cache is warm (one untimed open first): a cold first open after boot is slower.
The bundled sample library (`authoring.model.sample.write_sample`) is measured too; the
sample-sized library (1,500 objects, 60 assets) is generated when missing.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from pathlib import Path

from authoring.model.library import Library
from authoring.model.objects import list_objects

RUNS = 5


def time_open(path: Path) -> tuple[float, float, int]:
    start = time.perf_counter()
    library = Library.open(path)
    opened = time.perf_counter()
    with library.transaction() as session:
        courses = list_objects(session, "course")
    done = time.perf_counter()
    library.close()
    return (opened - start) * 1000, (done - start) * 1000, len(courses)


def time_quick_check(path: Path) -> float:
    start = time.perf_counter()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    connection.close()
    return (time.perf_counter() - start) * 1000


def measure(label: str, path: Path) -> dict:
    time_open(path)  # warm the file cache and imports
    runs = [time_open(path) for _ in range(RUNS)]
    checks = [time_quick_check(path) for _ in range(RUNS)]
    open_ms = statistics.median(r[0] for r in runs)
    total_ms = statistics.median(r[1] for r in runs)
    check_ms = statistics.median(checks)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as c:
        objects = c.execute("SELECT count(*) FROM objects").fetchone()[0]
    size = path.stat().st_size / 1e6
    print(f"{label}: {path} ({objects:,} objects, {size:.1f} MB)")
    print(f"  Library.open                    {open_ms:9.1f} ms (median of {RUNS})")
    print(f"  open + first list_objects(course) {total_ms:7.1f} ms ({runs[0][2]} courses)")
    print(f"  PRAGMA quick_check alone        {check_ms:9.1f} ms "
          f"= {100 * check_ms / total_ms:.0f}% of open + list")
    return {"open": open_ms, "total": total_ms, "quick_check": check_ms}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=Path("bench/corpus/sample.cslib"))
    parser.add_argument("--large", type=Path, default=Path("bench/corpus/large.cslib"))
    args = parser.parse_args(argv)
    if not args.sample.exists():
        from bench.generate import generate

        generate(args.sample, 1_500, 60, quiet=True)
    from authoring.model.sample import write_sample

    bundled = Path("bench/corpus/bundled-sample.cslib")
    bundled.parent.mkdir(parents=True, exist_ok=True)
    measure("bundled sample library", write_sample(bundled, force=True))
    measure("sample-sized library", args.sample)
    if args.large.exists():
        measure("large library", args.large)
    else:
        print(f"{args.large} missing; run: python -m bench.generate -o {args.large}")
    return 0


if __name__ == "__main__":
    main()
