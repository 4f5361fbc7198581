"""What the block editors read about assets: thumbnails, previews, names; cached per editor.

Reads only (no undo step, no change event). Thumbnails (at most 256 px, kept in the
library) are read at once. A preview is the picture itself scaled to the column, since
a thumbnail looks nothing like what learners will see; decoding a large photo takes a
noticeable moment, so previews are read and scaled on a reader thread and announced by
`preview_ready` when they are there.
"""

from __future__ import annotations

from authoring.model import blocks
from authoring.model.blocks import AssetInfo
from authoring.model.errors import CoursesmithError
from authoring.model.library import Library
from authoring.ui.operations import Context, Operation
from authoring.ui.qt import QImage, QObject, Qt, Signal
from authoring.ui.thumbnails import read_thumbnail


def _scaled_picture(session, asset_id: str, width: int) -> QImage | None:
    """On the reader thread: QImage, unlike QPixmap, may be made off the window's thread."""
    data = blocks.picture_bytes(session, asset_id)
    image = QImage.fromData(data) if data else QImage()
    if not image.isNull() and image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    return None if image.isNull() else image


class AssetImages(QObject):
    preview_ready = Signal(str)  # asset id: its preview can now be shown

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._images: dict[str, QImage | None] = {}
        self._loading: set[str] = set()

    def image(self, asset_id: str) -> QImage | None:
        """The library's thumbnail (at most 256 px), or None for a file without one."""
        if asset_id not in self._images:
            self._images[asset_id] = read_thumbnail(self._library, asset_id)
        return self._images[asset_id]

    def preview(self, asset_id: str, width: int) -> QImage | None:
        """The picture at most `width` pixels wide if it has been read; else the thumbnail
        for now, and `preview_ready(asset_id)` once the picture is there."""
        key = f"{asset_id}@{width}"
        if key in self._images:
            return self._images[key]
        if key not in self._loading:
            self._loading.add(key)
            operation = Operation(Context(self._library), "Reading a picture", background=True,
                                  writes=False, progress=False,
                                  action=lambda session: _scaled_picture(session, asset_id, width))
            operation.success(lambda image: self._loaded(key, asset_id, image))
            operation.failure(lambda _error: self._loaded(key, asset_id, None)).run()
        return self.image(asset_id)

    def _loaded(self, key: str, asset_id: str, image: QImage | None) -> None:
        self._loading.discard(key)
        self._images[key] = image if image is not None else self.image(asset_id)
        self.preview_ready.emit(asset_id)

    def info(self, asset_id: str) -> AssetInfo | None:
        try:
            with self._library.reading() as session:
                return blocks.asset_info(session, asset_id)
        except CoursesmithError:
            return None

    def all(self, images_only: bool = False) -> list[AssetInfo]:
        with self._library.reading() as session:
            return blocks.asset_infos(session, images_only)
