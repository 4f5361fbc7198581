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
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

SETTINGS = {"widths": (480, 960, 1600), "jpeg_quality": 82, "version": 1}
_SETTINGS_KEY = hashlib.sha256(json.dumps(SETTINGS, sort_keys=True).encode()).hexdigest()[:12]
RESIZABLE = {"image/jpeg", "image/png", "image/webp", "image/bmp", "image/tiff"}


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


def variants(sha256: str, mime: str, read: callable) -> list[Variant]:
    """The processed sizes of one image, made on first use. `read()` returns its bytes."""
    folder = cache_dir() / "images" / _SETTINGS_KEY / sha256[:2] / sha256
    index = folder / "variants.json"
    if index.exists():
        try:
            return [Variant(w, h, s, folder / name) for w, h, s, name in json.loads(index.read_text())]
        except (ValueError, TypeError):
            pass  # a damaged cache entry is simply made again
    made = _make(read(), mime, folder)
    index.write_text(json.dumps([[v.width, v.height, v.suffix, v.path.name] for v in made]))
    return made


def _make(data: bytes, mime: str, folder: Path) -> list[Variant]:
    folder.mkdir(parents=True, exist_ok=True)
    with Image.open(io.BytesIO(data)) as original:
        image = ImageOps.exif_transpose(original)
        keep_alpha = image.mode in ("RGBA", "LA", "P") or "transparency" in image.info
        suffix = ".png" if keep_alpha or mime == "image/png" else ".jpg"
        widths = [w for w in SETTINGS["widths"] if w < image.width] + [min(image.width, SETTINGS["widths"][-1])]
        made = []
        for width in sorted(set(widths)):
            height = max(1, round(image.height * width / image.width))
            resized = image if width == image.width else image.resize((width, height), Image.LANCZOS)
            path = folder / f"{width}{suffix}"
            _save(resized, path, suffix)
            made.append(Variant(width, height, suffix, path))
        return made


def _save(image: Image.Image, path: Path, suffix: str) -> None:
    temporary = path.with_name(path.name + ".part")
    if suffix == ".jpg":
        image.convert("RGB").save(temporary, "JPEG", quality=SETTINGS["jpeg_quality"],
                                  optimize=True, progressive=True)
    else:
        image.save(temporary, "PNG", optimize=True)
    temporary.replace(path)
