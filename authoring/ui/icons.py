"""Kind badges drawn at run time: no icon files to ship, crisp at any device pixel ratio."""

from __future__ import annotations

from functools import lru_cache

from authoring.ui.qt import QColor, QFont, QIcon, QPainter, QPixmap, QRectF, Qt

_COLORS = {
    "course": "#7b1fa2", "lesson": "#3949ab", "page": "#00897b", "text": "#546e7a",
    "media": "#ef6c00", "callout": "#f9a825", "question": "#c62828", "asset": "#6d4c41",
}
_LETTERS = {
    "course": "C", "lesson": "L", "page": "P", "text": "T", "media": "M", "callout": "!",
    "question": "?", "asset": "F",
}


def _letter(kind: str, mime: str) -> str:
    if kind == "asset":
        for prefix, letter in (("image/", "I"), ("audio/", "A"), ("video/", "V"),
                               ("application/pdf", "PDF"), ("text/vtt", "CC")):
            if mime.startswith(prefix):
                return letter
    return _LETTERS.get(kind, "·")


@lru_cache(maxsize=128)
def kind_icon(kind: str, mime: str = "", scale: float = 1.0) -> QIcon:
    """A coloured badge with a letter; `scale` < 1 leaves a margin (grid view, where a
    full-size badge would shout louder than the thumbnails beside it)."""
    icon = QIcon()
    for size in (16, 32, 64, 128):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_COLORS.get(kind, "#757575")))
        margin = size * (0.08 + (1 - scale) / 2)
        rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
        painter.drawRoundedRect(rect, size * 0.18, size * 0.18)
        letter = _letter(kind, mime)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(size * scale * (0.55 if len(letter) == 1 else 0.32))))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
