"""Asset thumbnails as Qt images: the library's cached PNG (at most 256 px), decoded once."""

from __future__ import annotations

from authoring.model import assets
from authoring.model.library import Library
from authoring.ui.qt import QImage


def read_thumbnail(library: Library, asset_id: str) -> QImage | None:
    """None for a file without a thumbnail, or one that cannot be read: callers then show
    the kind's badge instead, so a broken picture never breaks a view."""
    try:
        with library.reading() as session:  # never waits for another program's writes
            known, png = assets.stored_thumbnail(session, asset_id)
        if not known:
            with library.transaction() as session:  # made once, kept in the library
                png = assets.thumbnail(session, asset_id)
    except Exception:  # noqa: BLE001 (an unreadable image is only a missing picture here)
        return None
    image = QImage.fromData(png) if png else None
    return image if image is not None and not image.isNull() else None
