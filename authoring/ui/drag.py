"""What a drag of library objects carries: their ids, one per line, under our own MIME type.

The library browser and the outline put ids on a drag; the outline and the page editor
take them, and insert the objects by reference, never by copy.
"""

from __future__ import annotations

from typing import Iterable

from authoring.ui.qt import QByteArray, QMimeData

OBJECT_IDS_MIME = "application/x-coursesmith-object-ids"


def put_ids(mime: QMimeData, ids: Iterable[str]) -> QMimeData:
    mime.setData(OBJECT_IDS_MIME, QByteArray("\n".join(ids).encode()))
    return mime


def dropped_ids(mime: QMimeData | None) -> list[str]:
    """The object ids a drag carries (none if it carries something else)."""
    if mime is None or not mime.hasFormat(OBJECT_IDS_MIME):
        return []
    text = bytes(mime.data(OBJECT_IDS_MIME)).decode("utf-8", "replace")
    return [line.strip() for line in text.splitlines() if line.strip()]
