"""The previous source of an outdated string, as the Translation view reads it on a click.

    .venv/bin/python -m bench.bench_previous_source [--versions 500]

One text block edited VERSIONS times (a version each), translated at its first version.
Two cases: the source kept with the translation (revision 0005 onwards: one row read),
and a translation from before that (its source found by hashing each version's text,
newest first, down to the first: the worst case). Prints the time of one lookup.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from authoring.model import locales, objects, versions
from authoring.model.library import Library
from authoring.model.schema import Translation
from authoring.model.translation.previous import source_change
from authoring.model.translation.units import course_units

PARAGRAPH = "<p>Leave by the <strong>nearest</strong> exit, version {n}. " + "Walk, do not run. " * 20 + "</p>"


def build(path: Path, count: int) -> tuple[str, str]:
    with Library.create(path, "en") as library, library.transaction() as s:
        text = objects.create(s, "text", "Intro", {"html": PARAGRAPH.format(n=0)})
        page = objects.create(s, "page", "Leaving", children=[text.id])
        course = objects.create(s, "course", "Drill", children=[
            objects.create(s, "lesson", "L", children=[page.id]).id])
        locales.add_locale(s, "de")
        versions.record(s, text.id)
        locales.set_translation(s, text.id, "html", "de", "<p>Raus.</p>")
        for n in range(1, count):
            objects.update(s, text.id, data={"html": PARAGRAPH.format(n=n)})
            versions.record(s, text.id)
    return course.id, text.id


def lookup(library: Library, course_id: str, text_id: str) -> float:
    with library.reading() as s:
        unit = next(u for u in course_units(s, course_id, "de") if u.object_id == text_id)
        start = time.perf_counter()
        change = source_change(s, unit, "de")
        elapsed = time.perf_counter() - start
    assert change is not None and change.available
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--versions", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.cslib"
        course_id, text_id = build(path, args.versions)
        with Library.open(path) as library:
            kept = min(lookup(library, course_id, text_id) for _ in range(5))
            with library.transaction() as s:
                s.get(Translation, (text_id, "html", "de")).source_text = None
            searched = min(lookup(library, course_id, text_id) for _ in range(5))
    print(f"previous source, kept with the translation: {kept * 1000:.1f} ms")
    print(f"previous source, found in {args.versions} versions: {searched * 1000:.1f} ms")


if __name__ == "__main__":
    main()
