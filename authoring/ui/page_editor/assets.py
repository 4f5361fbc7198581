"""What the block editors read about assets: thumbnails, previews, names; cached per editor.

Reads only (no undo step, no change event). Pictures are decoded once per page editor;
a preview is the picture itself scaled to the column, since a 256 px thumbnail looks
nothing like what learners will see.
"""

from __future__ import annotations

from authoring.model import assets, objects
from authoring.model.errors import CoursesmithError
from authoring.model.library import Library
from authoring.ui.block_editors import AssetInfo
from authoring.ui.qt import QImage, Qt


class AssetImages:
    def __init__(self, library: Library) -> None:
        self._library = library
        self._images: dict[str, QImage | None] = {}

    def image(self, asset_id: str) -> QImage | None:
        """The library's thumbnail (at most 256 px), or None for a file without one."""
        if asset_id not in self._images:
            png = None
            try:
                with self._library.transaction() as session:
                    png = assets.thumbnail(session, asset_id)
            except CoursesmithError:
                pass
            self._images[asset_id] = QImage.fromData(png) if png else None
        return self._images[asset_id]

    def preview(self, asset_id: str, width: int) -> QImage | None:
        """The picture at most `width` pixels wide; the thumbnail if it cannot be read."""
        key = f"{asset_id}@{width}"
        if key not in self._images:
            image = QImage()
            try:
                with self._library.transaction() as session:
                    if assets.asset_file(session, asset_id).mime.startswith("image/"):
                        image = QImage.fromData(assets.read_bytes(session, asset_id))
            except CoursesmithError:
                pass
            if not image.isNull() and image.width() > width:
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            self._images[key] = image if not image.isNull() else self.image(asset_id)
        return self._images[key]

    def info(self, asset_id: str) -> AssetInfo | None:
        try:
            with self._library.transaction() as session:
                return asset_info(session, asset_id)
        except CoursesmithError:
            return None

    def all(self, images_only: bool = False) -> list[AssetInfo]:
        with self._library.transaction() as session:
            infos = [asset_info(session, a.id) for a in assets.all_assets(session)]
        return [i for i in infos if i.mime.startswith("image/")] if images_only else infos


def asset_info(session, asset_id: str) -> AssetInfo:
    obj = objects.get(session, asset_id)
    record = assets.asset_file(session, asset_id)
    return AssetInfo(obj.id, obj.title, record.filename, record.mime, obj.data.get("alt", ""))
