"""Time from process start to the main window shown: the desktop bundle against the source.

    python -m bench.bench_bundle [--program dist/Coursesmith/coursesmith] [--large bench/corpus/large.cslib]

Build the bundle first (`bash packaging/build-linux.sh`). Measured exactly as
bench/bench_startup.py measures the app from source (a fresh process with
`COURSESMITH_STARTUP_PROBE=1`, from just before the spawn to the line the app prints once
its window is shown; median of 5 after one warm-up run), for the bundle's `coursesmith`
and for `python -m authoring`, one after the other on the same library so that the load
on the machine weighs on both alike. Target: < 1500 ms, the same as from source.
Offscreen Qt by default; `QT_QPA_PLATFORM=xcb DISPLAY=:N` times a real X window.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.bench_startup import FROM_SOURCE, ROOT, bench

BUNDLED = ROOT / "dist" / "Coursesmith" / "coursesmith"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", type=Path, default=BUNDLED, help="the bundle's executable")
    parser.add_argument("--large", type=Path, default=ROOT / "bench" / "corpus" / "large.cslib")
    args = parser.parse_args()
    if not args.program.exists():
        raise SystemExit(f"{args.program} not found: run `bash packaging/build-linux.sh` first")
    libraries = []
    with tempfile.TemporaryDirectory() as folder:
        from authoring.model.sample import write_sample

        libraries.append(("sample library", write_sample(Path(folder) / "Workplace Fire Safety.cslib")))
        if args.large.exists():
            libraries.append(("large library", args.large))
        for label, library in libraries:
            bench(f"{label}, bundle", library, [str(args.program)])
            bench(f"{label}, from source", library, FROM_SOURCE)


if __name__ == "__main__":
    main()
