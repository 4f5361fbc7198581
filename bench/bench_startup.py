"""Time from process start to the main window shown.

    python -m bench.bench_startup [--sample PATH] [--large bench/corpus/large.cslib]

Each run starts `python -m authoring open LIB` in a fresh process with
`COURSESMITH_STARTUP_PROBE=1`: the app prints a line as soon as its window has been shown
(one event-loop turn after `show()`) and quits. The time is taken here, from just before
the process is spawned to that line, so interpreter start-up, imports, the library's
pre-open checks and building the window all count. Median of 5 (target < 1500 ms).
Offscreen Qt by default (`QT_QPA_PLATFORM` from the environment wins, e.g. under Xvfb).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
TARGET_MS = 1500


FROM_SOURCE = [sys.executable, "-m", "authoring"]  # bench/bench_bundle.py times the bundle's program


def one_run(library: Path, config: Path, program: list[str] = FROM_SOURCE) -> tuple[float, float]:
    env = {**os.environ, "COURSESMITH_STARTUP_PROBE": "1", "COURSESMITH_CONFIG_DIR": str(config),
           "COURSESMITH_NO_DIALOGS": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    process = subprocess.Popen([*program, "open", str(library)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    inside = None
    for line in process.stdout:
        if line.startswith("startup-ms"):
            shown = time.perf_counter()
            inside = float(line.split()[1])
            break
    process.wait(timeout=120)
    if inside is None:
        raise SystemExit(f"the app did not show a window for {library} (exit {process.returncode})")
    return (shown - start) * 1000, inside


def bench(label: str, library: Path, program: list[str] = FROM_SOURCE) -> None:
    with tempfile.TemporaryDirectory() as config:
        one_run(library, Path(config), program)  # warm the OS file cache; not counted
        runs = [one_run(library, Path(config), program) for _ in range(RUNS)]
    total = statistics.median(r[0] for r in runs)
    inside = statistics.median(r[1] for r in runs)
    verdict = "ok" if total < TARGET_MS else f"over the {TARGET_MS} ms target"
    print(f"{label}: {library}")
    print(f"  process start -> window shown   {total:7.0f} ms (median of {RUNS}; {verdict})")
    print(f"  of which after `import authoring.ui.app`   {inside:7.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, help="default: the bundled sample, written to a temp dir")
    parser.add_argument("--large", type=Path, default=ROOT / "bench" / "corpus" / "large.cslib")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sample = args.sample
        if sample is None:
            from authoring.model.sample import write_sample

            sample = write_sample(Path(folder) / "Workplace Fire Safety.cslib")
        bench("sample library", sample)
    if args.large and args.large.exists():
        bench("large library", args.large)
    else:
        print(f"large library: {args.large} not found (python -m bench.generate makes it); skipped")


if __name__ == "__main__":
    main()
