"""Translation coverage as the library browser and the outline show it: reading time, and
how long the window freezes while they read it.

    .venv/bin/python -m bench.bench_coverage [--pages 300] [--objects 20000] [--runs 5]

1. A 300-page course (`bench_xliff.build`: 30 lessons of 10 pages, each a rich text, a
   callout and a question) with German pseudo-translated whole and French half done:
   `course_coverage` (every locale, per lesson and page) against `translate status` for
   one locale, with the SQL statements each runs (median of `--runs`, wall and CPU).
2. The same course in the real main window (offscreen Qt): from the window shown to the
   outline's course row showing its coverage, then from a page renamed (a source string
   edited, committed as the editor does) to the figures changed, with the longest the
   window's thread went without a turn of its event loop meanwhile (a 5 ms timer's
   largest gap; the reading runs on a reader thread).
3. The bench corpus (`bench.generate`, `--objects`): coverage of every one of its courses,
   as a library browser listing courses reads them (total, median and slowest course).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(work: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """Median wall and CPU milliseconds of `runs` runs, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus), result


def statements(library, work: Callable[[object], object]) -> int:
    """How many SQL statements `work(session)` sends."""
    from sqlalchemy import event

    count = [0]

    def seen(*_args) -> None:
        count[0] += 1

    with library.reading() as session:
        engine = session.get_bind()
        event.listen(engine, "before_cursor_execute", seen)
        try:
            work(session)
        finally:
            event.remove(engine, "before_cursor_execute", seen)
    return count[0]


def build_course(path: Path, pages: int) -> str:
    from authoring.model import locales
    from authoring.model.library import Library
    from authoring.model.translation.importing import store
    from authoring.model.translation.pseudo import pseudo_text, pseudo_translate
    from authoring.model.translation.units import course_units
    from bench.bench_xliff import build

    course = build(path, pages)
    with Library.open(path) as library, library.transaction() as session:
        locales.add_locale(session, "de")
        pseudo_translate(session, course, "de")
        locales.add_locale(session, "fr")
        units = course_units(session, course, "fr")
        for unit in units[: len(units) // 2]:
            store(session, "fr", unit, pseudo_text(unit.source, unit.kind), unit.source_hash)
    return course


def model_figures(path: Path, course: str, runs: int) -> None:
    from authoring.model.library import Library
    from authoring.model.translation.coverage import course_coverage
    from authoring.model.translation.status import course_status

    with Library.open(path) as library:
        with library.reading() as session:
            wall, cpu, found = timed(lambda: course_coverage(session, course), runs)
            one_wall, one_cpu, _ = timed(lambda: course_status(session, course, "de"), runs)
        queries = statements(library, lambda s: course_coverage(s, course))
        one_queries = statements(library, lambda s: course_status(s, course, "de"))
    parts = len(next(iter(found.locales.values())).parts)
    print(f"course_coverage, {len(found.locales)} locales, {parts} lessons and pages: "
          f"{wall:6.0f} ms wall {cpu:6.0f} ms CPU, {queries} SQL statements")
    print(f"translate status, 1 locale (for comparison):       "
          f"{one_wall:6.0f} ms wall {one_cpu:6.0f} ms CPU, {one_queries} SQL statements")
    for code, part in found.locales.items():
        print(f"  {code}: {part.course.percent}% of {part.course.total} strings current")


class Beat:
    """The window thread's largest gap between two turns of a 5 ms timer: the smaller of
    the wall-clock gap and this process's CPU time over it (as tests/ui's Heartbeat), so
    that time the machine gave other programs is not counted as the app's freeze;
    `largest_wall` is the wall-clock figure."""

    def __init__(self) -> None:
        from authoring.ui.qt import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.reset()
        self.timer.start()

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        wall = (now - self._last) * 1000
        self.largest_wall = max(self.largest_wall, wall)
        self.largest = max(self.largest, min(wall, (cpu - self._cpu) * 1000))
        self._last, self._cpu = now, cpu

    def reset(self) -> None:
        self.largest = self.largest_wall = 0.0
        self._last, self._cpu = time.perf_counter(), time.process_time()

    def __str__(self) -> str:
        return f"{self.largest:4.0f} ms ({self.largest_wall:.0f} ms wall clock)"


def wait_for(app, condition: Callable[[], bool], timeout_s: float = 60) -> float:
    started = time.perf_counter()
    while not condition():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - started > timeout_s:
            raise SystemExit("timed out waiting for the window")
    return (time.perf_counter() - started) * 1000


def window_figures(path: Path, course: str) -> None:
    from authoring.model import objects
    from authoring.model.library import Library
    from authoring.model.outline_rows import child_rows
    from authoring.ui.app import _application
    from authoring.ui.coverage import SETTLE_MS, SegmentsRole
    from authoring.ui.main_window import QtMainWindow

    app = _application()
    window = QtMainWindow(Library.open(path))
    window.resize(1366, 900)
    beat = Beat()
    window.show()
    outline = window.outline
    row = outline.model.find(course)
    outline.view.expandAll()  # every lesson and page row asks for its figures
    started = time.perf_counter()
    app.processEvents()  # the first paint: the rows ask for their figures
    painted = (time.perf_counter() - started) * 1000
    beat.reset()
    shown = wait_for(app, lambda: bool(row.data(SegmentsRole))) + painted
    print(f"window: course row shows {row.data(SegmentsRole)[0][1]!r} {shown:5.0f} ms after "
          f"the first paint began ({painted:.0f} ms); longest freeze while read {beat}")
    with window.library.reading() as session:
        lesson = child_rows(session, course)[0].id
        page = child_rows(session, lesson)[0].id
    before = row.data(SegmentsRole)
    beat.reset()
    started = time.perf_counter()
    with window.library.transaction() as session:
        objects.update(session, page, title="Renamed for the bench")
    commit = (time.perf_counter() - started) * 1000  # the views' own change handlers too
    beat.reset()
    changed = wait_for(app, lambda: row.data(SegmentsRole) != before) + commit
    print(f"window: a page renamed, the course row shows {row.data(SegmentsRole)[0][1]!r} "
          f"{changed:5.0f} ms later (commit and change handlers {commit:.0f} ms, a "
          f"{SETTLE_MS} ms pause for more edits, the reading); longest freeze while read "
          f"{beat}")
    window.close()


def corpus_figures(folder: Path, objects_: int) -> None:
    from authoring.model import browse
    from authoring.model.library import Library
    from authoring.model.translation.coverage import course_coverage
    from bench.generate import generate

    path = folder / "corpus.cslib"
    made = generate(path, objects_, max(50, objects_ // 40), quiet=True)
    with Library.open(path) as library, library.reading() as session:
        courses = [cid for cid, _title in browse.titles(session, "course")]
        times = []
        started = time.perf_counter()
        for cid in courses:
            one = time.perf_counter()
            course_coverage(session, cid)
            times.append((time.perf_counter() - one) * 1000)
        total = (time.perf_counter() - started) * 1000
    print(f"bench corpus ({made['objects']:,} objects, {len(courses)} courses, fr): every "
          f"course's coverage {total:6.0f} ms; median {statistics.median(times):.1f} ms, "
          f"slowest {max(times):.1f} ms a course")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--objects", type=int, default=20_000,
                        help="size of the generated corpus (0: skip it)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-coverage-") as name:
        folder = Path(name)
        os.environ["COURSESMITH_CONFIG_DIR"] = str(folder / "config")
        os.environ["COURSESMITH_NO_DIALOGS"] = "1"
        path = folder / "course.cslib"
        started = time.perf_counter()
        course = build_course(path, args.pages)
        print(f"built a {args.pages}-page course, de and half of fr translated, in "
              f"{time.perf_counter() - started:.1f} s")
        model_figures(path, course, args.runs)
        window_figures(path, course)
        if args.objects:
            corpus_figures(folder, args.objects)
    return 0


if __name__ == "__main__":
    sys.exit(main())
