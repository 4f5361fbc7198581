"""XLIFF export and import of a 300-page course, 1.2 and 2.0: time and peak memory.

    .venv/bin/python -m bench.bench_xliff [--pages 300] [--keep]

Builds the course through the model (30 lessons of 10 pages; each page a rich text block
with bold, a link and a line break, a callout and a three-choice question), exports it
for `de` in both versions, fills every target (the source upper-cased, inline codes kept,
as a CAT tool writes them) and imports each file into a fresh copy of the library.
Each step prints wall-clock and CPU time (the machine may be shared: CPU time is what the
step costs), then Python's peak memory (tracemalloc, a second run) and the process's RSS.
An import's time includes its transaction's commit, where the search index takes in the
new translations.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Callable

from lxml import etree

from authoring.model import objects
from authoring.model.library import Library
from authoring.model.translation.exporting import export_strings
from authoring.model.translation.importing import import_file

TEXT = ('<p>Before you start, <strong>check the {n} exits</strong> on your floor and '
        '<a href="https://example.org/exits/{n}">read the plan</a>.<br>Then tell your team.</p>'
        '<ul><li>Keep corridors clear.</li><li>Never prop fire doors open.</li></ul>')


def build(path: Path, pages: int) -> str:
    with Library.create(path, "en") as library, library.transaction() as s:
        lessons = []
        for lesson_number in range(pages // 10):
            page_ids = []
            for page_number in range(10):
                n = lesson_number * 10 + page_number
                text = objects.create(s, "text", f"Text {n}", {"html": TEXT.format(n=n)})
                callout = objects.create(s, "callout", f"Tip {n}", {
                    "variant": "tip", "html": f"<p>Tip {n}: <em>stay low</em> under smoke.</p>"})
                question = objects.create(s, "question", f"Q{n}", {
                    "type": "single", "prompt": f"What do you do first on floor {n}?",
                    "feedback_correct": "Right.", "feedback_incorrect": "Think again.",
                    "choices": [{"id": "a", "text": "Raise the alarm", "correct": True},
                                {"id": "b", "text": "Finish the call"},
                                {"id": "c", "text": "Look for the fire", "feedback": "No."}]})
                page = objects.create(s, "page", f"Page {n}: exits",
                                      children=[text.id, callout.id, question.id])
                page_ids.append(page.id)
            lessons.append(objects.create(s, "lesson", f"Lesson {lesson_number}",
                                          {"description": "What to do."}, children=page_ids).id)
        return objects.create(s, "course", "Evacuation", children=lessons).id


def translated(data: bytes) -> bytes:
    """Every unit given a target: its source upper-cased, codes and all (as a CAT tool)."""
    root = etree.fromstring(data)
    for source in root.iter("{*}source"):
        target = etree.fromstring(etree.tostring(source))
        target.tag = source.tag.replace("source", "target")
        for element in target.iter():
            if etree.QName(element).localname not in ("bpt", "ept", "ph"):
                element.text = element.text.upper() if element.text else element.text
            element.tail = element.tail.upper() if element.tail and element is not target else element.tail
        old = source.getnext()
        if old is not None and etree.QName(old).localname == "target":
            old.getparent().remove(old)
        source.addnext(target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def measure(label: str, work: Callable[[], object]) -> object:
    """Run `work` twice: timed (wall clock and this process's CPU time: the machine may be
    shared, and CPU time is what the step costs), then traced for its peak memory
    (tracemalloc slows Python down, so it is not timed)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<16} {wall * 1000:8.0f} ms wall  {cpu * 1000:8.0f} ms CPU   "
          f"peak {peak / 2**20:6.1f} MiB")
    return result


def import_into_copy(library_path: Path, copy: Path, sent: Path):
    """A fresh copy of the library each time, so every run imports every string."""
    shutil.copy(library_path, copy)
    with Library.open(copy) as library:
        return import_file(library, sent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="keep the files (printed)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-xliff-"))
    library_path = folder / "course.cslib"
    started = time.perf_counter()
    course = build(library_path, args.pages)
    print(f"built a {args.pages}-page course in {time.perf_counter() - started:.1f} s "
          f"({library_path.stat().st_size / 2**20:.1f} MiB)")
    for version in ("xliff12", "xliff20"):
        with Library.open(library_path) as library, library.transaction() as session:
            exported = measure(f"export {version}", lambda: export_strings(
                session, course, "de", format=version))
        print(f"  {exported.strings} units, {len(exported.data) / 2**20:.2f} MiB")
        sent = folder / f"de-{version}.xlf"
        sent.write_bytes(translated(exported.data))
        copy = folder / f"import-{version}.cslib"
        result = measure(f"import {version}", lambda: import_into_copy(library_path, copy, sent))
        print(f"  {result.line().replace(str(sent), sent.name)}")
    print(f"max RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    if args.keep:
        print(f"files in {folder}")
    else:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
