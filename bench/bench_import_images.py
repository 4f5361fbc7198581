"""Importing 1,000 photo-like images, and the library's size against the raw files.

    python -m bench.bench_import_images [--count 1000] [--images bench/corpus/images]

Images (1600x1000, gradients + noise + shapes; 85% JPEG, 15% PNG) are generated once and
cached in bench/corpus/images/. Each is imported into a fresh library with
`authoring.model.assets.import_file`, one transaction per file as a user import does, in
a subprocess so that its peak RSS (`ru_maxrss`) is the import's own. A second subprocess
runs the same import of the first 200 files under tracemalloc (Python-heap peak; Pillow's
pixel buffers are not Python allocations, so RSS is the figure that counts). Then the
same folder is imported again into the same library: every file is a duplicate and the
library should not grow. Prints total time, images/s, peaks, and library size / raw bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

DEFAULT_DIR = Path("bench/corpus/images")
WIDTH, HEIGHT = 1600, 1000


def _make_image(args: tuple[int, str]) -> str:
    from PIL import Image, ImageDraw

    index, folder = args
    rng = random.Random(index)
    suffix = "png" if index % 7 == 3 else "jpg"
    path = Path(folder) / f"photo-{index:04d}.{suffix}"
    if path.exists():
        return str(path)
    channels = []
    for _ in range(3):
        gradient = Image.linear_gradient("L").rotate(rng.uniform(0, 360)).resize((WIDTH, HEIGHT))
        noise = Image.effect_noise((WIDTH, HEIGHT), rng.uniform(10, 40))
        channels.append(Image.blend(gradient, noise, rng.uniform(0.15, 0.4)))
    image = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(3, 12)):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        r = rng.randint(20, 300)
        draw.ellipse([x - r, y - r, x + r, y + r],
                     fill=tuple(rng.randrange(256) for _ in range(3)))
    tmp = path.with_suffix(".tmp")
    if suffix == "jpg":
        image.save(tmp, "JPEG", quality=rng.choice([80, 85, 90]))
    else:
        image.save(tmp, "PNG")
    tmp.rename(path)
    return str(path)


def make_images(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        paths = list(pool.map(_make_image, [(i, str(folder)) for i in range(count)],
                              chunksize=8))
    elapsed = time.perf_counter() - start
    if elapsed > 1:
        print(f"made/checked {count} images in {folder} in {elapsed:.1f} s")
    return [Path(p) for p in paths]


def _child(library: str, files: list[str], trace: bool, create: bool) -> dict:
    """Runs in a subprocess: import the files, one transaction each."""
    import tracemalloc

    from authoring.model.assets import import_file
    from authoring.model.library import Library

    if trace:
        tracemalloc.start()
    path = Path(library)
    lib = Library.create(path, "en") if create else Library.open(path)
    statuses: dict[str, int] = {}
    start = time.perf_counter()
    for file in files:
        with lib.transaction() as session:
            status = import_file(session, Path(file)).status
        statuses[status] = statuses.get(status, 0) + 1
    elapsed = time.perf_counter() - start
    lib.close()
    result = {"seconds": elapsed, "statuses": statuses,
              "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    if trace:
        result["traced_peak"] = tracemalloc.get_traced_memory()[1]
    return result


def run_child(library: Path, files: list[Path], *, trace=False, create=True) -> dict:
    payload = json.dumps({"library": str(library), "files": [str(f) for f in files],
                          "trace": trace, "create": create})
    output = subprocess.run([sys.executable, "-m", "bench.bench_import_images", "--child"],
                            input=payload, capture_output=True, text=True, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def _library_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--images", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        request = json.loads(sys.stdin.read())
        print(json.dumps(_child(request["library"], request["files"], request["trace"],
                                request["create"])))
        return 0
    files = make_images(args.images, args.count)
    raw = sum(f.stat().st_size for f in files)
    jpg = sum(1 for f in files if f.suffix == ".jpg")
    print(f"corpus: {len(files)} images {WIDTH}x{HEIGHT} ({jpg} JPEG, {len(files) - jpg} PNG), "
          f"{raw / 1e6:.1f} MB raw")
    library = Path("bench/corpus/import.cslib")
    library.parent.mkdir(parents=True, exist_ok=True)
    _remove(library)
    first = run_child(library, files)
    rate = len(files) / first["seconds"]
    print(f"import: {first['statuses']} in {first['seconds']:.1f} s = {rate:.1f} images/s "
          f"({1000 * first['seconds'] / len(files):.1f} ms per image)")
    print(f"  peak RSS of the importing process: {first['maxrss_kb'] / 1024:.0f} MiB")
    size = _library_size(library)
    print(f"  library {size / 1e6:.1f} MB vs raw files {raw / 1e6:.1f} MB: "
          f"ratio {size / raw:.3f} (library / raw)")
    import sqlite3

    with sqlite3.connect(library) as c:
        thumbs = c.execute("SELECT coalesce(sum(length(png)), 0) FROM thumbnails").fetchone()[0]
    print(f"  of which thumbnails {thumbs / 1e6:.1f} MB ({100 * thumbs / size:.1f}% of the library)")
    again = run_child(library, files, create=False)
    grown = _library_size(library) - size
    print(f"duplicate import of the same folder: {again['statuses']} in "
          f"{again['seconds']:.1f} s; library grew by {grown:,} bytes "
          f"({100 * grown / size:.3f}%)")
    traced_lib = Path("bench/corpus/import-traced.cslib")
    _remove(traced_lib)
    traced = run_child(traced_lib, files[:200], trace=True)
    print(f"tracemalloc peak (Python heap) importing the first 200: "
          f"{traced['traced_peak'] / 2**20:.1f} MiB (RSS peak of that run "
          f"{traced['maxrss_kb'] / 1024:.0f} MiB)")
    _remove(traced_lib)
    return 0


if __name__ == "__main__":
    sys.exit(main())
