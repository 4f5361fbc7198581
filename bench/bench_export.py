"""Export a large course to SCORM 2004: time, peak memory, and against `zip -r`.

    python -m bench.bench_export [--repeat 3] [--regen] [--profile]

The course (cached in `bench/corpus/export/`, rebuilt with `--regen` or when its
parameters change): 300 pages in 15 lessons, 1,000 distinct photo-like JPEGs
(1600x1000, gradients + shapes + noise, ~180 KB each) imported one by one with the
real `assets.import_file`, and shown by 1,000 media blocks spread over the pages; every
page also has text blocks and a question (all six types), some a callout. Everything is
made with the real model functions (`objects.create`, `assets.import_file`) in a real
library.

Every export runs in a subprocess (`--worker`), so its peak memory is the child's own
`ru_maxrss` (read with `os.wait4`). Measured, each `--repeat` times (median reported,
with min-max as the noise):

- cold: a pristine copy of the library (nothing published yet) and an empty
  `COURSESMITH_CACHE`, so images are resized and the whole course is published;
- warm: the same library state again (already published) with the cache the cold run
  filled;
- changed: one text block changed (`objects.update(..., data={"html": ...})`), then
  exported with the warm cache;
- zip: the exported package unzipped to a folder, then `zip -r -q out.zip folder`.

Targets: peak memory < 300 MB; export time <= 1.5x `zip -r` (cold and warm);
changed-text export < 10% of the cold export.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "corpus" / "export"
PARAMS = {"pages": 300, "lessons": 15, "images": 1000, "width": 1600, "height": 1000,
          "seed": 7, "generator": 2}
MEMORY_TARGET_MB = 300
RATIO_TARGET = 1.5
CHANGED_TARGET = 0.10
PYTHON = sys.executable

WORDS = ("fire safety exit alarm extinguisher smoke heat fuel oxygen evacuation route door "
         "stairs assembly point warden drill hazard risk assessment storage chemical label "
         "ventilation sprinkler blanket kitchen electrical socket cable overload inspection "
         "report training signage visitor contractor shift night weekend manager team "
         "check record maintenance annual weekly monthly responsible procedure emergency "
         "call number building floor corridor obstruction keep clear close windows").split()


# --------------------------------------------------------------------------- corpus


def _corpus_paths() -> tuple[Path, Path]:
    return CORPUS / "course.cslib", CORPUS / "course.json"


def ensure_corpus(regen: bool = False) -> dict:
    library_path, info_path = _corpus_paths()
    if not regen and library_path.is_file() and info_path.is_file():
        info = json.loads(info_path.read_text())
        if info.get("params") == PARAMS:
            return info
    CORPUS.mkdir(parents=True, exist_ok=True)
    for stale in (library_path, info_path, *_sidecars(library_path)):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="images-", dir=CORPUS) as folder:
        t0 = time.perf_counter()
        images = make_images(Path(folder), PARAMS["images"])
        t_images = time.perf_counter() - t0
        info = build_library(library_path, images)
    info["params"] = PARAMS
    info["timings"]["images"] = round(t_images, 1)
    info["timings"]["total"] = round(time.perf_counter() - started, 1)
    info_path.write_text(json.dumps(info, indent=1))
    print(f"corpus: made {library_path} ({library_path.stat().st_size / 1e6:.0f} MB) "
          f"in {info['timings']['total']:.0f} s {info['timings']}", flush=True)
    return info


_NOISE = None


def _make_image(args: tuple[int, Path]) -> Path:
    """One distinct photo-like JPEG: gradients and soft shapes drawn small, scaled up,
    with film-grain noise (so the JPEG is as hard to compress as a photo)."""
    from PIL import Image, ImageDraw, ImageFilter

    global _NOISE
    index, folder = args
    width, height = PARAMS["width"], PARAMS["height"]
    if _NOISE is None:
        _NOISE = Image.merge("RGB", [Image.effect_noise((width + 256, height + 256), 40)
                                     for _ in range(3)])
    rng = random.Random(PARAMS["seed"] * 100_003 + index)
    w, h = width // 4, height // 4
    channels = []
    for _ in range(3):
        g = Image.linear_gradient("L") if rng.random() < 0.6 else Image.radial_gradient("L")
        g = g.rotate(rng.uniform(0, 360)).resize((w, h), Image.BILINEAR)
        lo, hi = sorted((rng.randint(0, 120), rng.randint(130, 255)))
        channels.append(g.point(lambda v, lo=lo, hi=hi: lo + v * (hi - lo) // 255))
    image = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(6, 14)):
        x, y, r = rng.randint(-50, w), rng.randint(-50, h), rng.randint(10, 100)
        draw.ellipse((x, y, x + r, y + r * rng.uniform(0.5, 1.5)),
                     fill=tuple(rng.randint(0, 255) for _ in range(3)))
    draw.text((rng.randint(0, w - 40), rng.randint(0, h - 12)), f"#{index}", fill=(255, 255, 255))
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(1, 3))).resize((width, height),
                                                                             Image.BICUBIC)
    ox, oy = rng.randint(0, 255), rng.randint(0, 255)
    image = Image.blend(image, _NOISE.crop((ox, oy, ox + width, oy + height)),
                        rng.uniform(0.08, 0.16))
    path = folder / f"photo-{index:04d}.jpg"
    image.save(path, "JPEG", quality=85)
    return path


def make_images(folder: Path, count: int) -> list[Path]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(_make_image, [(i, folder) for i in range(count)], chunksize=20))


def _sentence(rng: random.Random, low: int = 6, high: int = 16) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def _paragraphs(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        parts.append("<p>" + " ".join(_sentence(rng) for _ in range(rng.randint(2, 5))) + "</p>")
    if rng.random() < 0.3:
        items = "".join(f"<li>{_sentence(rng, 3, 7)}</li>" for _ in range(rng.randint(2, 5)))
        parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


def _question(rng: random.Random, n: int) -> dict:
    kind = ("single", "multiple", "true_false", "fill_in", "matching", "ordering")[n % 6]
    data = {"type": kind, "prompt": _sentence(rng).rstrip(".") + "?", "points": 1,
            "feedback_correct": "Right. " + _sentence(rng, 4, 8),
            "feedback_incorrect": "Not quite. " + _sentence(rng, 4, 8)}
    if kind in ("single", "multiple"):
        right = {rng.randrange(4)} if kind == "single" else {0, 2}
        data["choices"] = [{"text": _sentence(rng, 2, 6), "correct": i in right} for i in range(4)]
    elif kind == "true_false":
        data["answer"] = rng.random() < 0.5
    elif kind == "fill_in":
        data["answers"] = [rng.choice(WORDS)]
    elif kind == "matching":
        data["pairs"] = [{"prompt": w.capitalize(), "match": _sentence(rng, 2, 4)}
                         for w in rng.sample(WORDS, 4)]
    else:
        data["items"] = [{"text": _sentence(rng, 2, 5)} for _ in range(4)]
    return data


def build_library(path: Path, images: list[Path]) -> dict:
    from authoring.model import assets, objects
    from authoring.model.library import Library

    rng = random.Random(PARAMS["seed"])
    temporary = path.with_name(path.name + ".building")
    for leftover in (temporary, *_sidecars(temporary)):
        leftover.unlink(missing_ok=True)
    timings = {}
    library = Library.create(temporary, "en", title="Export benchmark")
    try:
        t0 = time.perf_counter()
        asset_ids: list[str] = []
        for start in range(0, len(images), 100):  # one transaction per 100 imports
            with library.transaction() as session:
                for image in images[start:start + 100]:
                    result = assets.import_file(session, image, author="bench",
                                                title=f"Site photo {len(asset_ids) + 1}")
                    objects.update(session, result.object_id,
                                   data={"alt": f"Site photo {len(asset_ids) + 1}"})
                    asset_ids.append(result.object_id)
        timings["import"] = round(time.perf_counter() - t0, 1)

        t0 = time.perf_counter()
        pages, lessons = PARAMS["pages"], PARAMS["lessons"]
        counts = {"text": 0, "media": 0, "question": 0, "callout": 0}
        with library.transaction() as session:
            lesson_ids = []
            first_text = None
            image_iter = iter(asset_ids)
            per_lesson = pages // lessons
            page_number = 0
            for lesson_number in range(lessons):
                page_ids = []
                for _ in range(per_lesson):
                    # media blocks spread evenly: 1000 over 300 pages = 3 or 4 a page
                    n_media = (len(asset_ids) * (page_number + 1)) // pages - \
                              (len(asset_ids) * page_number) // pages
                    blocks = []
                    text = objects.create(session, "text", "", {"html": _paragraphs(rng)})
                    first_text = first_text or text.id
                    blocks.append(text.id)
                    counts["text"] += 1
                    for m in range(n_media):
                        asset_id = next(image_iter)
                        media = objects.create(session, "media", "", {
                            "asset": asset_id, "alt": f"Photo {m + 1} of page {page_number + 1}",
                            "caption": _sentence(rng, 4, 10)})
                        blocks.append(media.id)
                        counts["media"] += 1
                        if m == 1:
                            more = objects.create(session, "text", "", {"html": _paragraphs(rng)})
                            blocks.append(more.id)
                            counts["text"] += 1
                    if page_number % 4 == 0:
                        callout = objects.create(session, "callout", "", {
                            "variant": ("note", "tip", "warning")[page_number % 3],
                            "html": "<p>" + _sentence(rng) + "</p>"})
                        blocks.append(callout.id)
                        counts["callout"] += 1
                    question = objects.create(session, "question", "", _question(rng, page_number))
                    blocks.append(question.id)
                    counts["question"] += 1
                    page = objects.create(session, "page", f"Page {page_number + 1}: "
                                          + _sentence(rng, 2, 5).rstrip("."), children=blocks)
                    page_ids.append(page.id)
                    page_number += 1
                lesson = objects.create(session, "lesson", f"Lesson {lesson_number + 1}",
                                        {"description": _sentence(rng)}, children=page_ids)
                lesson_ids.append(lesson.id)
            course = objects.create(session, "course", "Export benchmark course",
                                    {"description": "A large course for the export benchmark.",
                                     "pass_mark": 70}, children=lesson_ids)
            course_id = course.id
        timings["content"] = round(time.perf_counter() - t0, 1)
        with library.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        library.close()
    for sidecar in _sidecars(temporary):
        sidecar.unlink(missing_ok=True)
    os.replace(temporary, path)
    return {"course_id": course_id, "text_block_id": first_text, "blocks": counts,
            "assets": len(asset_ids), "image_bytes": sum(p.stat().st_size for p in images),
            "timings": timings}


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


# --------------------------------------------------------------------------- worker


def worker(args: argparse.Namespace) -> None:
    """In the subprocess: (optionally change a block,) export, print JSON timings."""
    from authoring.export.export import export_course
    from authoring.model import objects
    from authoring.model.jobs import Job
    from authoring.model.library import Library

    if args.image_workers is not None:  # A/B of the image threads (images.WORKERS)
        from authoring.export import images

        images.WORKERS = args.image_workers
    library = Library.open(args.library)
    if args.baseline:
        library.close()
        print(json.dumps({"export_s": 0.0}))
        return
    if args.change is not None:
        with library.transaction() as session:
            objects.update(session, args.block, data={"html": f"<p>changed {args.change}</p>"})
    prepared_s = 0.0
    if args.prepare:  # what the app does in the background right after an import
        from authoring.export import images
        from authoring.model import browse

        with library.transaction() as session:
            asset_ids = [object_id for object_id, _ in browse.titles(session, "asset")]
        t0 = time.perf_counter()
        images.prepare(library, asset_ids)
        prepared_s = time.perf_counter() - t0
    first: dict[str, float] = {}  # when each step of the pipeline began

    def progress(done: int, total: int, text: str) -> None:
        first.setdefault(text, time.perf_counter())

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0 = time.perf_counter()
    result = export_course(library, args.course, "scorm2004", Path(args.out), job=Job(on_progress=progress))
    elapsed = time.perf_counter() - t0
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    library.close()
    built = first.get("checking the package", t0)
    print(json.dumps({"export_s": elapsed, "size": result.size, "sha256": result.sha256,
                      "prepared_s": prepared_s,
                      "phases": {
                          "publish+resolve+build (incl. images)": built - t0,
                          "check+zip+hash+record": first.get("done", built) - built}}))


def run_worker(*extra: str, env: dict | None = None) -> dict:
    """Run one worker; its JSON plus wall time and its own peak RSS (MB)."""
    t0 = time.perf_counter()
    process = subprocess.Popen([PYTHON, "-m", "bench.bench_export", "--worker", *extra],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if process.returncode:
        raise SystemExit(f"worker failed ({process.returncode}): {' '.join(extra)}")
    result = json.loads(output.decode().strip().splitlines()[-1])
    result["process_s"] = wall
    result["peak_mb"] = usage.ru_maxrss / 1024  # Linux: kilobytes
    return result


# --------------------------------------------------------------------------- main


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _noise(values: list[float]) -> str:
    if len(values) < 2:
        return ""
    med = _median(values)
    spread = (max(values) - min(values)) / med * 100 if med else 0
    return f"{min(values):.2f}-{max(values):.2f} (±{spread / 2:.0f}%)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--regen", action="store_true", help="rebuild the corpus")
    parser.add_argument("--profile", action="store_true",
                        help="also write cProfile stats of one cold and one warm export")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--library", help=argparse.SUPPRESS)
    parser.add_argument("--course", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--block", help=argparse.SUPPRESS)
    parser.add_argument("--change", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--image-workers", type=int,
                        help="threads that make images (default: images.WORKERS)")
    parser.add_argument("--profile-to", dest="profile_out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        args.profile = args.profile_out
        worker(args)
        return 0

    if not shutil.which("zip") or not shutil.which("unzip"):
        raise SystemExit("needs zip and unzip (Debian: apt-get install zip unzip)")
    info = ensure_corpus(args.regen)
    pristine, _ = _corpus_paths()
    print(f"course: {PARAMS['pages']} pages in {PARAMS['lessons']} lessons, {info['assets']} "
          f"images ({info['image_bytes'] / 1e6:.0f} MB of JPEG), blocks {info['blocks']}; "
          f"library {pristine.stat().st_size / 1e6:.0f} MB", flush=True)

    work = Path(tempfile.mkdtemp(prefix="export-", dir=CORPUS))
    library = work / "course.cslib"
    base = ["--library", str(library), "--course", info["course_id"]]
    if args.image_workers is not None:
        base += ["--image-workers", str(args.image_workers)]
    results: dict[str, list[dict]] = {"cold": [], "warm": [], "changed": [], "prepared": []}
    try:
        # cold: pristine library, empty cache
        cache = None
        for k in range(args.repeat):
            for leftover in (library, *_sidecars(library)):
                leftover.unlink(missing_ok=True)
            shutil.copyfile(pristine, library)
            if cache is not None:
                shutil.rmtree(cache)
            cache = work / f"cache-{k}"
            cache.mkdir()
            env = {**os.environ, "COURSESMITH_CACHE": str(cache)}
            out = work / "cold.zip"
            extra = ["--profile-to", str(CORPUS / "profile-cold.prof")] if args.profile and k == 0 else []
            r = run_worker(*base, "--out", str(out), *extra, env=env)
            results["cold"].append(r)
            print(f"  cold #{k + 1}: export {r['export_s']:.2f} s, peak {r['peak_mb']:.0f} MB, "
                  f"{r['phases']}, package sha256 {r['sha256'][:12]}", flush=True)
        # prepared: a pristine library whose images the app prepared after the import, then
        # the first export (what a designer sees: import, a while later, export)
        for k in range(args.repeat):
            for leftover in (library, *_sidecars(library)):
                leftover.unlink(missing_ok=True)
            shutil.copyfile(pristine, library)
            fresh = work / f"cache-prepared-{k}"
            fresh.mkdir()
            r = run_worker(*base, "--out", str(work / "prepared.zip"), "--prepare",
                           env={**os.environ, "COURSESMITH_CACHE": str(fresh)})
            shutil.rmtree(fresh)
            results["prepared"].append(r)
            print(f"  prepared #{k + 1}: images after import {r['prepared_s']:.2f} s, then first "
                  f"export {r['export_s']:.2f} s", flush=True)
        # warm: same library state (already published), the cache the cold run filled
        for k in range(args.repeat):
            extra = ["--profile-to", str(CORPUS / "profile-warm.prof")] if args.profile and k == 0 else []
            r = run_worker(*base, "--out", str(work / "warm.zip"), *extra, env=env)
            results["warm"].append(r)
            print(f"  warm #{k + 1}: export {r['export_s']:.2f} s, peak {r['peak_mb']:.0f} MB, "
                  f"{r['phases']}, package sha256 {r['sha256'][:12]}", flush=True)
        # changed: one text block edited, then exported
        for k in range(args.repeat):
            r = run_worker(*base, "--out", str(work / "changed.zip"), "--block",
                           info["text_block_id"], "--change", str(k + 1), env=env)
            results["changed"].append(r)
            print(f"  changed #{k + 1}: export {r['export_s']:.2f} s, peak {r['peak_mb']:.0f} MB",
                  flush=True)
        # a worker that only imports the exporter and opens the library: the floor
        baseline = run_worker(*base, "--out", str(work / "none.zip"), "--baseline", env=env)

        # zip -r of the same tree
        tree = work / "package"
        subprocess.run(["unzip", "-q", str(work / "cold.zip"), "-d", str(tree)], check=True)
        tree_bytes = sum(p.stat().st_size for p in tree.rglob("*") if p.is_file())
        tree_files = sum(1 for p in tree.rglob("*") if p.is_file())
        zip_times = []
        for k in range(args.repeat):
            target = work / "out.zip"
            target.unlink(missing_ok=True)
            t0 = time.perf_counter()
            subprocess.run(["zip", "-r", "-q", str(target), tree.name], cwd=work, check=True)
            zip_times.append(time.perf_counter() - t0)
            print(f"  zip -r #{k + 1}: {zip_times[-1]:.2f} s", flush=True)
        zip_size = (work / "out.zip").stat().st_size
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    cold = [r["export_s"] for r in results["cold"]]
    prep_images = [r["prepared_s"] for r in results["prepared"]]
    prep_export = [r["export_s"] for r in results["prepared"]]
    warm = [r["export_s"] for r in results["warm"]]
    changed = [r["export_s"] for r in results["changed"]]
    peaks = [r["peak_mb"] for rs in results.values() for r in rs]
    cold_peak = max(r["peak_mb"] for r in results["cold"])
    warm_peak = max(r["peak_mb"] for r in results["warm"] + results["changed"])
    zip_s = _median(zip_times)
    package = results["cold"][0]
    same = len({r["sha256"] for r in results["cold"] + results["warm"]}) == 1

    print()
    print(f"package: {package['size'] / 1e6:.1f} MB, {tree_files} files, "
          f"{tree_bytes / 1e6:.1f} MB unzipped; zip -r output {zip_size / 1e6:.1f} MB; "
          f"cold and warm packages byte-identical: {'yes' if same else 'NO'}")
    rows = [
        ("cold export (fresh cache, first publish)", _median(cold), _noise(cold)),
        ("  of which publish+resolve+build", _median([r["phases"]["publish+resolve+build (incl. images)"] for r in results["cold"]]), ""),
        ("  of which check+zip+hash+record", _median([r["phases"]["check+zip+hash+record"] for r in results["cold"]]), ""),
        ("warm export (cache filled, nothing to publish)", _median(warm), _noise(warm)),
        ("  of which publish+resolve+build", _median([r["phases"]["publish+resolve+build (incl. images)"] for r in results["warm"]]), ""),
        ("  of which check+zip+hash+record", _median([r["phases"]["check+zip+hash+record"] for r in results["warm"]]), ""),
        ("export after one text change", _median(changed), _noise(changed)),
        ("images prepared in the background after import", _median(prep_images), _noise(prep_images)),
        ("first export once they are ready", _median(prep_export), _noise(prep_export)),
        ("zip -r -q of the unzipped package", zip_s, _noise(zip_times)),
    ]
    print(f"{'measure (median of ' + str(args.repeat) + ')':<50} {'seconds':>9}  min-max (noise)")
    for label, value, noise in rows:
        print(f"{label:<50} {value:>9.2f}  {noise}")
    print(f"{'peak memory, cold export (max)':<50} {cold_peak:>7.0f} MB")
    print(f"{'peak memory, warm/changed export (max)':<50} {warm_peak:>7.0f} MB")
    print(f"{'peak memory, worker that only opens the library':<50} {baseline['peak_mb']:>7.0f} MB")
    print()
    checks = [
        (f"peak memory < {MEMORY_TARGET_MB} MB", f"{max(peaks):.0f} MB",
         max(peaks) < MEMORY_TARGET_MB),
        (f"cold export / zip -r <= {RATIO_TARGET}x", f"{_median(cold) / zip_s:.2f}x",
         _median(cold) / zip_s <= RATIO_TARGET),
        (f"first export (images prepared) / zip -r <= {RATIO_TARGET}x", f"{_median(prep_export) / zip_s:.2f}x",
         _median(prep_export) / zip_s <= RATIO_TARGET),
        (f"warm export / zip -r <= {RATIO_TARGET}x", f"{_median(warm) / zip_s:.2f}x",
         _median(warm) / zip_s <= RATIO_TARGET),
        (f"changed export < {CHANGED_TARGET:.0%} of cold", f"{_median(changed) / _median(cold):.1%}",
         _median(changed) / _median(cold) < CHANGED_TARGET),
    ]
    for label, value, ok in checks:
        print(f"target: {label:<40} {value:>10}  {'PASS' if ok else 'MISS'}")
    if args.profile:
        print(f"profiles: {CORPUS / 'profile-cold.prof'}, {CORPUS / 'profile-warm.prof'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
