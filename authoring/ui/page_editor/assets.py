"""What the block editors read about assets: thumbnails, previews, names; cached per editor.

Reads only (no undo step, no change event). Pictures are decoded once per page editor;
a preview is the picture itself scaled to the column, since a 256 px thumbnail looks
nothing like what learners will see.
"""

from __future__ import annotations

from authoring.model import blocks
from authoring.model.blocks import AssetInfo
from authoring.model.errors import CoursesmithError
from authoring.model.library import Library
from authoring.ui.qt import QImage, Qt
from authoring.ui.thumbnails import read_thumbnail


class AssetImages:
    def __init__(self, library: Library) -> None:
        self._library = library
        self._images: dict[str, QImage | None] = {}

    def image(self, asset_id: str) -> QImage | None:
        """The library's thumbnail (at most 256 px), or None for a file without one."""
        if asset_id not in self._images:
            self._images[asset_id] = read_thumbnail(self._library, asset_id)
        return self._images[asset_id]

    def preview(self, asset_id: str, width: int) -> QImage | None:
        """The picture at most `width` pixels wide; the thumbnail if it cannot be read."""
        key = f"{asset_id}@{width}"
        if key not in self._images:
            image = QImage()
            try:
                with self._library.transaction() as session:
                    data = blocks.picture_bytes(session, asset_id)
                if data:
                    image = QImage.fromData(data)
            except CoursesmithError:
                pass
            if not image.isNull() and image.width() > width:
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            self._images[key] = image if not image.isNull() else self.image(asset_id)
        return self._images[key]

    def info(self, asset_id: str) -> AssetInfo | None:
        try:
            with self._library.transaction() as session:
                return blocks.asset_info(session, asset_id)
        except CoursesmithError:
            return None

    def all(self, images_only: bool = False) -> list[AssetInfo]:
        with self._library.transaction() as session:
            return blocks.asset_infos(session, images_only)
