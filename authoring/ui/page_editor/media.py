"""The media block editor (picture, caption, alt text, transcript) and the asset picker."""

from __future__ import annotations

from typing import Any, Callable

from authoring.model.blocks import AssetInfo
from authoring.ui import settings
from authoring.ui.operations import Operation
from authoring.ui.page_editor.blocks import AutoPlainTextEdit, BlockEditor, field_label
from authoring.ui.qt import (
    QDialog, QDialogButtonBox, QHBoxLayout, QIcon, QImage, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPixmap, QPushButton, QSize, QSizePolicy, QVBoxLayout,
    QTimer, QWidget, Qt,
)

PREVIEW_WIDTH = 480  # fits the page column beside the docks on a 1440 px screen


class MediaEditor(BlockEditor):
    kind_label = "Image / media"

    def build(self) -> None:
        self.preview = QLabel(self.body, objectName="mediaPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        # a picture never makes the page wider than the window: it is clipped, not scrolled
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.body_layout.addWidget(self.preview)
        self.host.preview_ready.connect(self._on_preview_ready)
        row = QHBoxLayout()
        self.file_label = QLabel(self.body, objectName="mediaFile", wordWrap=True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton(self.tr("Choose file…"), self.body)
        self.choose.clicked.connect(self._on_choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose)
        self.body_layout.addLayout(row)
        self.caption = self._field(
            QLineEdit(self.body, placeholderText=self.tr("Caption (shown under the picture)")),
            self.tr("Caption"), self.tr("Caption"))
        self.caption.textEdited.connect(self.edited)
        self.alt = self._field(AutoPlainTextEdit(
            self.tr("Alt text: what the picture shows, for learners who cannot see it"), 2, self.body),
            self.tr("Alt text"), self.tr("Alt text (required)"))
        self.alt.textChanged.connect(self._on_alt_change)
        self.alt_warning = QLabel(
            self.tr("⚠ Alt text is required: describe the picture for people who cannot see it."),
            self.body, objectName="altWarning", wordWrap=True)
        self.body_layout.addWidget(self.alt_warning)
        self.transcript = self._field(AutoPlainTextEdit(
            self.tr("Transcript (for audio and video; optional for a picture)"), 2, self.body),
            self.tr("Transcript"), self.tr("Transcript"))
        self.transcript.textChanged.connect(self.edited)

    def _field(self, field, name: str, caption: str):
        """A field under its caption (so a filled-in field still says what it is)."""
        field.setAccessibleName(name)
        self.body_layout.addWidget(field_label(caption, self.body))
        self.body_layout.addWidget(field)
        return field

    def fill(self, data: dict[str, Any]) -> None:
        self._asset = data.get("asset")
        self._show_asset(self._asset)
        if self.caption.text() != (data.get("caption") or ""):
            self.caption.setText(data.get("caption") or "")
            self.caption.setCursorPosition(0)
        self.alt.set_text(data.get("alt") or "")
        self.transcript.set_text(data.get("transcript") or "")
        self._warn_alt()

    def collect(self) -> dict[str, Any]:
        return {
            "asset": self._asset,
            "caption": self.caption.text(),
            "alt": self.alt.toPlainText(),
            "transcript": self.transcript.toPlainText(),
        }

    def _show_asset(self, asset_id: str | None) -> None:
        info = self.host.asset_info(asset_id) if asset_id else None
        image = self.host.preview(asset_id, PREVIEW_WIDTH) if asset_id else None
        if image is not None:
            self.preview.setPixmap(QPixmap.fromImage(image))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No file chosen") if info is None
                                 else self.tr("No preview for this kind of file"))
        if info is None:
            self.file_label.setText(self.tr("No file: choose one from the library"))
        else:
            self.file_label.setText(f"{info.title} · {info.filename}")

    def _on_preview_ready(self, asset_id: str) -> None:
        if asset_id == self._asset:
            self._show_asset(asset_id)

    def _on_alt_change(self) -> None:
        self._warn_alt()
        self.edited()

    def _warn_alt(self) -> None:
        missing = not self.alt.toPlainText().strip()
        self.alt_warning.setVisible(missing)
        self.alt.setProperty("missing", missing)
        self.alt.style().unpolish(self.alt)
        self.alt.style().polish(self.alt)

    def _on_choose(self) -> None:
        asset_id = self.host.pick_asset(self)
        if not asset_id or asset_id == self._asset or not self.host.may_edit(self):
            return
        self._asset = asset_id
        info = self.host.asset_info(asset_id)
        if info and not self.alt.toPlainText().strip():
            self._loading = True
            try:
                self.alt.set_text(info.alt)  # the picture's own description, a good start
            finally:
                self._loading = False
        self.commit(self.tr("Choose media file"))
        self._show_asset(asset_id)
        self._warn_alt()


class AssetPicker(QDialog):
    """Choose an asset of the library, or import one from disk first.

    The import runs as a background operation (progress over the picker, Cancel); the
    picker closes with the new asset chosen when it is in the library.
    """

    def __init__(self, assets: list[AssetInfo], image: Callable[[str], QImage | None],
                 import_file: Callable[[str, QWidget], Operation],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.import_op: Operation | None = None
        self.setWindowTitle(self.tr("Choose a file from the library"))
        self.resize(640, 480)
        self._image = image
        self._import = import_file
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self, placeholderText=self.tr("Filter by name…"))
        self.filter.textChanged.connect(self._on_filter_change)
        layout.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(128, 96))
        self.list.setGridSize(QSize(150, 136))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        from_disk = buttons.addButton(self.tr("Import from disk…"), QDialogButtonBox.ButtonRole.ActionRole)
        from_disk.clicked.connect(self._on_import)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for info in assets:
            self._add(info)

    def _add(self, info: AssetInfo) -> QListWidgetItem:
        item = QListWidgetItem(info.title or info.filename, self.list)
        item.setData(Qt.ItemDataRole.UserRole, info.id)
        item.setToolTip(f"{info.filename} ({info.mime})")
        image = self._image(info.id)
        if image is not None:
            item.setIcon(QIcon(QPixmap.fromImage(image)))
        return item

    def _on_filter_change(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(text.lower() not in item.text().lower())

    def _on_import(self) -> None:
        paths = settings.choose_import_files(self, self.tr("Import a file"), many=False)
        if not paths:
            return
        operation = self._import(paths[0], self)
        operation.success(lambda asset_id: self._on_imported(operation, asset_id))
        self.import_op = operation
        operation.run()

    def _on_imported(self, operation: Operation, asset_id: str) -> None:
        if operation is not self.import_op:
            return  # the picker was closed meanwhile
        self.import_op = None
        self.selected_id = asset_id
        # on the next turn of the event loop: the window repaints after the import's own
        # news (the library grew) before the chosen file is put in the block
        QTimer.singleShot(0, self, self.accept)

    def done(self, result: int) -> None:
        """Closing the picker stops an import still running (nothing of it is kept)."""
        if self.import_op is not None:
            self.import_op.cancel()
            self.import_op = None
        super().done(result)

    def chosen(self) -> str | None:
        if getattr(self, "selected_id", None):
            return self.selected_id
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
