"""What the export's image preparation needs to read from the library, as plain data."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import blobstore
from authoring.model.schema import AssetFile


def resizable_images(session: Session, asset_ids: list[str], mimes: Collection[str]) -> list[tuple[str, str]]:
    """(sha256, mime) of those assets that are images the export resizes."""
    if not asset_ids:
        return []
    rows = session.execute(select(AssetFile.sha256, AssetFile.mime)
                           .where(AssetFile.object_id.in_(asset_ids), AssetFile.mime.in_(list(mimes))))
    return [(sha256, mime) for sha256, mime in rows]


def blob(session: Session, sha256: str) -> bytes:
    return blobstore.read_bytes(session, sha256)
