"""Images for packages: resized and optimized once with Pillow, cached by (bytes, settings).

The cache lives in the user's cache folder, so a second export of a course (after a text
change, say) reuses every processed image: the slow part of an export is done once per
image, not once per export.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from PIL import Image, ImageOps

from authoring.model.jobs import Job, ensure

SETTINGS = {"widths": (480, 960, 1600), "version": 2}
DEFAULT_QUALITY = 82  # JPEG quality; the app's preferences may choose another


def _settings_key(quality: int) -> str:
    settings = {**SETTINGS, "jpeg_quality": quality}
    return hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()[:12]
RESIZABLE = {"image/jpeg", "image/png", "image/webp", "image/bmp", "image/tiff"}
# Threads that make images when an export has several new ones: every core (Pillow lets
# go of the GIL while it decodes, resizes and encodes).
WORKERS = max(2, os.cpu_count() or 2)


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    suffix: str  # ".jpg" | ".png"
    path: Path  # in the cache


def cache_dir() -> Path:
    override = os.environ.get("COURSESMITH_CACHE")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("Coursesmith", appauthor=False))


def _folder(sha256: str, quality: int) -> Path:
    return cache_dir() / "images" / _settings_key(quality) / sha256[:2] / sha256


def _cached(folder: Path) -> list[Variant] | None:
    index = folder / "variants.json"
    if index.exists():
        try:
            return [Variant(w, h, s, folder / name) for w, h, s, name in json.loads(index.read_text())]
        except (ValueError, TypeError):
            pass  # a damaged cache entry is simply made again
    return None


def variants(sha256: str, mime: str, read: callable, quality: int = DEFAULT_QUALITY) -> list[Variant]:
    """The processed sizes of one image, made on first use. `read()` returns its bytes."""
    folder = _folder(sha256, quality)
    cached = _cached(folder)
    if cached is not None:
        return cached
    return _make_and_index(read(), mime, folder, quality)


def variants_of_many(
    images: Iterable[tuple[str, str]], read: Callable[[str], bytes], workers: int | None = None,
    quality: int = DEFAULT_QUALITY, job: Job | None = None,
) -> dict[str, list[Variant]]:
    """`variants` of many (sha256, mime) images: sha256 -> variants.

    Cached images are read from the cache; the others are made by `workers` threads:
    Pillow lets go of the GIL while it decodes, resizes and encodes, so two threads make
    images nearly twice as fast on two cores, without the start-up, pickling and
    main-module pitfalls of processes. `read(sha256)` is called here, in the calling
    thread (it may use a database session), and at most `workers + 1` images are in
    flight, so memory stays bounded whatever the number of images.

    `job` hears of each image done; a cancelled job stops before the next image is read
    (the images in flight finish, so the cache holds no half-made entry).
    """
    job = ensure(job)
    workers = WORKERS if workers is None else workers
    found: dict[str, list[Variant]] = {}
    todo: list[tuple[str, str, Path]] = []
    seen: set[str] = set()
    for sha256, mime in images:
        if sha256 in seen:
            continue
        seen.add(sha256)
        folder = _folder(sha256, quality)
        cached = _cached(folder)
        if cached is not None:
            found[sha256] = cached
        else:
            todo.append((sha256, mime, folder))
    total = len(seen)

    def made_one() -> None:
        job.progress(len(found), total, "preparing images")

    made_one()
    if len(todo) < 2 or workers < 2:
        for sha256, mime, folder in todo:
            job.check()
            found[sha256] = _make_and_index(read(sha256), mime, folder, quality)
            made_one()
        return found
    with ThreadPoolExecutor(min(workers, len(todo)), thread_name_prefix="images") as pool:
        pending = {}
        queue = iter(todo)
        while True:
            while len(pending) < workers + 1 and not job.cancelled:
                image = next(queue, None)
                if image is None:
                    break
                sha256, mime, folder = image
                pending[pool.submit(_make_and_index, read(sha256), mime, folder, quality)] = sha256
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                found[pending.pop(future)] = future.result()  # a bad image raises here
                made_one()
    job.check()
    return found


def _make_and_index(data: bytes, mime: str, folder: Path, quality: int) -> list[Variant]:
    made = _make(data, mime, folder, quality)
    (folder / "variants.json").write_text(
        json.dumps([[v.width, v.height, v.suffix, v.path.name] for v in made]))
    return made


def _make(data: bytes, mime: str, folder: Path, quality: int) -> list[Variant]:
    """Every width up to the original's, largest first, each made from the one before
    (resizing a smaller picture is cheaper). A JPEG or PNG that needs no resizing and no
    rotation is shipped as it came: decoding and encoding it again costs time (PNG's
    optimizer most of all) and, for a JPEG, quality. A JPEG is decoded at the smallest
    scale (`draft`) that still covers the largest width needed."""
    folder.mkdir(parents=True, exist_ok=True)
    with Image.open(io.BytesIO(data)) as original:
        largest = min(original.width, SETTINGS["widths"][-1])
        untouched = (mime in ("image/jpeg", "image/png") and original.format in ("JPEG", "PNG")
                     and original.width == largest and original.getexif().get(0x0112, 1) == 1)
        if original.format == "JPEG":
            original.draft("RGB", (largest, max(1, original.height * largest // original.width)))
        ImageOps.exif_transpose(original, in_place=True)  # no copy of the whole image
        image = original
        keep_alpha = image.mode in ("RGBA", "LA", "P") or "transparency" in image.info
        suffix = ".png" if keep_alpha or mime == "image/png" else ".jpg"
        widths = sorted({w for w in SETTINGS["widths"] if w < largest} | {largest}, reverse=True)
        made = []
        for width in widths:
            height = max(1, round(image.height * width / image.width))
            if width != image.width:
                image = image.resize((width, height), Image.LANCZOS, reducing_gap=3.0)
            path = folder / f"{width}{suffix}"
            if untouched and width == largest:
                _write(path, data)
            else:
                _save(image, path, suffix, quality)
            made.append(Variant(width, height, suffix, path))
        return made[::-1]


def _write(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(path)


def _save(image: Image.Image, path: Path, suffix: str, quality: int) -> None:
    temporary = path.with_name(path.name + ".part")
    if suffix == ".jpg":
        rgb = image if image.mode == "RGB" else image.convert("RGB")  # convert() copies
        rgb.save(temporary, "JPEG", quality=quality, optimize=True, progressive=True)
    else:
        image.save(temporary, "PNG", optimize=True)
    temporary.replace(path)


def prepare(library, asset_ids: Iterable[str], quality: int = DEFAULT_QUALITY,
            job: Job | None = None) -> int:
    """Make the package images of ASSET_IDS now, into the cache, so that the first export
    of a course finds them ready (the app calls this in the background right after an
    import). Each file is read in a transaction of its own, so nothing holds the library
    while images are made. Returns how many images were made or found."""
    from authoring.model import renditions

    with library.transaction() as session:
        images = renditions.resizable_images(session, list(asset_ids), RESIZABLE)

    def read(sha256: str) -> bytes:
        with library.transaction() as session:
            return renditions.blob(session, sha256)

    return len(variants_of_many(images, read, quality=quality, job=job))
