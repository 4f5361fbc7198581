"""Does a learner's progress fit SCORM 1.2's 4,096 characters of suspend data?

    python -m bench.bench_suspend [--pages 100] [--questions 150]

A course of PAGES pages and QUESTIONS questions of every type (as many of each; four
choices, five for multiple response, four pairs, five items, fill-in answers) is built
with the model, exported as SCORM 1.2, and the exported player's own codec (player.js,
run under Node) saves the progress of a learner who answered every question with its
longest answer on the last attempt, then resumes from it. Printed: the length against
4,096, how many answers came back, and `validate`'s own estimate (export/suspend.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODEC = ROOT / "bench" / "suspend_codec.js"
TYPES = ("single", "multiple", "true_false", "fill_in", "matching", "ordering")


def question_data(kind: str, number: int) -> dict:
    prompt = f"Question {number}: what should you do?"
    if kind in ("single", "multiple"):
        count = 4 if kind == "single" else 5
        return {"type": kind, "prompt": prompt, "attempts": 2, "choices": [
            {"text": f"Answer {n}", "correct": n == 0 or (kind == "multiple" and n == 2)} for n in range(count)]}
    if kind == "true_false":
        return {"type": kind, "prompt": prompt, "answer": True}
    if kind == "fill_in":
        return {"type": kind, "prompt": prompt, "answers": ["assembly point"]}
    if kind == "matching":
        return {"type": kind, "prompt": prompt, "pairs": [
            {"prompt": f"Fire class {n}", "match": f"Extinguisher {n}"} for n in range(4)]}
    return {"type": kind, "prompt": prompt, "items": [{"text": f"Step {n}"} for n in range(5)]}


def build_course(library, pages: int, questions: int) -> str:
    """The course's id: PAGES pages in lessons of ten, QUESTIONS questions spread over them."""
    from authoring.model import objects

    with library.transaction() as session:
        made = [objects.create(session, "question", f"Q{n}", question_data(TYPES[n % len(TYPES)], n)).id
                for n in range(questions)]
        page_ids = []
        for p in range(pages):
            mine = made[p * questions // pages:(p + 1) * questions // pages]
            text = objects.create(session, "text", f"T{p}", {"html": f"<p>Page {p} explains a rule.</p>"}).id
            page_ids.append(objects.create(session, "page", f"Page {p}", children=[text, *mine]).id)
        lessons = [objects.create(session, "lesson", f"Lesson {n}", children=page_ids[n:n + 10]).id
                   for n in range(0, pages, 10)]
        return objects.create(session, "course", "Suspend data", children=lessons).id


def unit_config(package: Path) -> dict:
    from authoring.export.suspend import unit_configs

    with zipfile.ZipFile(package) as archive:
        class View:
            names = [info.filename for info in archive.infolist()]

            @staticmethod
            def read(name: str) -> bytes:
                return archive.read(name)

        configs = unit_configs(View)
    return configs["index.html"] if "index.html" in configs else next(iter(configs.values()))


def run_codec(config: dict, limit: int) -> dict:
    from authoring import resources

    done = subprocess.run(["node", str(CODEC), str(resources.path("player", "player.js")), str(limit)],
                          input=json.dumps(config), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def measure(pages: int, questions: int, fmt: str = "scorm12") -> dict:
    from authoring.export.export import export_course
    from authoring.export.suspend import SCORM12_LIMIT, longest
    from authoring.model.library import Library

    with tempfile.TemporaryDirectory() as folder:
        library = Library.create(Path(folder) / "suspend.cslib")
        course = build_course(library, pages, questions)
        started = time.perf_counter()
        package = export_course(library, course, fmt, Path(folder) / "course.zip").path
        seconds = time.perf_counter() - started
        config = unit_config(package)
        library.close()
    limit = SCORM12_LIMIT if fmt == "scorm12" else 64000
    real = run_codec(config, limit)
    return {**real, "estimate": longest(config), "limit": limit, "export_s": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--questions", type=int, default=150)
    args = parser.parse_args(argv)
    figures = measure(args.pages, args.questions)
    share = figures["length"] / figures["limit"]
    print(f"SCORM 1.2 suspend data, {args.pages} pages, {args.questions} questions of every type, "
          f"all answered (longest answers, last attempt):")
    print(f"  saved: {figures['length']:,} of {figures['limit']:,} characters ({share:.0%}); "
          f"validate's estimate {figures['estimate']:,}")
    print(f"  resumed: {figures['restored']} of {figures['answered']} answers come back "
          f"({'complete' if figures['restored'] == figures['answered'] else 'INCOMPLETE'})")
    print(f"  export: {figures['export_s']:.1f} s")
    return 0 if figures["restored"] == figures["answered"] and figures["length"] <= figures["limit"] else 1


if __name__ == "__main__":
    sys.exit(main())
