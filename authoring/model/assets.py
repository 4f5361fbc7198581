"""Importing files as assets, and reading them back.

An asset is a learning object of kind "asset" plus an `AssetFile` row naming its bytes.
Images are opened with Pillow before anything is stored, so a corrupt or truncated image
is refused with a reason instead of breaking a course later; their pixel size and a
thumbnail are recorded at import.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import blobstore, objects
from authoring.model.errors import ImportRefusedError, ObjectNotFoundError
from authoring.model.filenames import stored_name
from authoring.model.schema import AssetFile, LearningObject, Thumbnail
from authoring.model.sniff import sniff
from authoring.model.svg import SVG_MIME, sanitize_svg

THUMBNAIL_SIZE = 256
_PILLOW_FORMATS = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/tiff"}


@dataclass(frozen=True)
class ImportResult:
    status: str  # "imported" | "duplicate"
    object_id: str
    kind: str


def import_file(
    session: Session, path: Path, *, author: str = "", title: str | None = None,
    tags: tuple[str, ...] = (),
) -> ImportResult:
    """Import one file as an asset; raises ImportRefusedError with the reason."""
    path = Path(path)
    mime = sniff(path)
    if mime == SVG_MIME:  # a document that can act: stored inert (see svg.py)
        cleaned = sanitize_svg(path.read_bytes())
        sha256, size = hashlib.sha256(cleaned).hexdigest(), len(cleaned)
    else:
        cleaned = None
        sha256, size = blobstore.hash_file(path)
    existing = session.scalar(select(AssetFile).where(AssetFile.sha256 == sha256))
    if existing is not None:  # known bytes: no need to decode them again
        if existing.obj.trashed_at is not None:  # imported again: the user wants it back
            objects.restore(session, existing.object_id)
        return ImportResult("duplicate", existing.object_id, "asset")
    width = height = None
    thumbnail = None
    if mime in _PILLOW_FORMATS:
        width, height, thumbnail, mime = _inspect_image(path)
    if cleaned is not None:
        blobstore.put_bytes(session, cleaned)
    else:
        blobstore.put_file(session, path, known=(sha256, size))
    obj = objects.create(session, "asset", title or _title_from(path), author=author, tags=tags)
    obj.asset = AssetFile(
        object_id=obj.id, sha256=sha256, filename=stored_name(path.name), mime=mime, size=size,
        width=width, height=height,
    )
    if thumbnail is not None:
        session.add(Thumbnail(sha256=sha256, size=THUMBNAIL_SIZE, png=thumbnail))
    session.flush()
    return ImportResult("imported", obj.id, "asset")


def _title_from(path: Path) -> str:
    """The file name as a title; any bytes a file system allows become valid text."""
    stem = stored_name(path.stem)
    return " ".join(stem.replace("_", " ").replace("-", " ").split()) or stored_name(path.name)


def _inspect_image(path: Path) -> tuple[int, int, bytes, str]:
    """Pixel size, a PNG thumbnail and the real mime type (a PNG named .jpg is a PNG);
    decoding the whole image is what catches truncation."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                mime = Image.MIME.get(image.format or "", "application/octet-stream")
                image.draft("RGB", (THUMBNAIL_SIZE * 2, THUMBNAIL_SIZE * 2))
                image.load()
                return width, height, _thumbnail_png(image), mime
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImportRefusedError("the image cannot be read (damaged, or not really an image)") from None
    except (OSError, SyntaxError, ValueError) as error:
        if "truncated" in str(error):
            raise ImportRefusedError("the image is truncated (the file is incomplete)") from None
        raise ImportRefusedError(f"the image is damaged ({error})") from None


def _thumbnail_png(image: Image.Image) -> bytes:
    """Shrunk in the image's own mode first (a 9400 px 1-bit scan is 88 MB as it is, 350
    MB in full colour), then converted and resampled smoothly to the thumbnail size."""
    small = _reduced(image, max(image.size) // (THUMBNAIL_SIZE * 2))
    if small is image:
        small = image.copy()
    if small.mode not in ("RGB", "RGBA"):
        small = small.convert("RGBA")
    small.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
    buffer = io.BytesIO()
    small.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _reduced(image: Image.Image, factor: int) -> Image.Image:
    """`image` made `factor` times smaller by a cheap box (or, for a palette, nearest)
    filter, without a full-size copy in another mode; `image` itself when small enough."""
    if factor < 2:
        return image
    if image.mode == "1":  # grey levels keep the detail the box filter averages
        image = image.convert("L")
    if image.mode == "P":
        return image.resize((max(1, image.width // factor), max(1, image.height // factor)),
                            Image.Resampling.NEAREST)
    try:
        return image.reduce(factor)
    except ValueError:  # a mode reduce() does not take (I;16, CMYK...): resample as it is
        return image


def asset_file(session: Session, asset_id: str) -> AssetFile:
    obj = objects.get(session, asset_id)
    if obj.asset is None:
        raise ObjectNotFoundError(f"'{obj.title}' is a {obj.kind}, not an asset")
    return obj.asset


def read_bytes(session: Session, asset_id: str) -> bytes:
    return blobstore.read_bytes(session, asset_file(session, asset_id).sha256)


def export_to(session: Session, asset_id: str, target: Path) -> int:
    """Write an asset's bytes to a file, streaming."""
    with Path(target).open("wb") as stream:
        return blobstore.write_to(session, asset_file(session, asset_id).sha256, stream)


def stored_thumbnail(session: Session, asset_id: str) -> tuple[bool, bytes | None]:
    """(whether the answer is known without making a thumbnail, the PNG or None): a read
    only, so a view can show it while another program or thread writes."""
    record = asset_file(session, asset_id)
    cached = session.get(Thumbnail, (record.sha256, THUMBNAIL_SIZE))
    if cached is not None:
        return True, cached.png
    return record.mime not in _PILLOW_FORMATS, None


def thumbnail(session: Session, asset_id: str) -> bytes | None:
    """A PNG no larger than 256 px, made once per image bytes and kept in the library."""
    record = asset_file(session, asset_id)
    cached = session.get(Thumbnail, (record.sha256, THUMBNAIL_SIZE))
    if cached is not None:
        return cached.png
    if record.mime not in _PILLOW_FORMATS:
        return None
    with Image.open(io.BytesIO(blobstore.read_bytes(session, record.sha256))) as image:
        png = _thumbnail_png(image)
    session.add(Thumbnail(sha256=record.sha256, size=THUMBNAIL_SIZE, png=png))
    return png


def all_assets(session: Session) -> list[LearningObject]:
    return objects.list_objects(session, "asset")
