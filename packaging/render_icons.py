"""Render the app icon (resources/icons/coursesmith.svg) for every platform's bundle.

    python packaging/render_icons.py OUT_DIR

writes OUT_DIR/hicolor/SIZExSIZE/apps/coursesmith.png for the freedesktop sizes,
OUT_DIR/hicolor/scalable/apps/coursesmith.svg, OUT_DIR/coursesmith.ico (Windows) and
OUT_DIR/coursesmith.icns (macOS). The SVG is the one source: the PNGs are drawn from it
at build time with Qt's SVG renderer (PySide6, already a dependency), so they never drift
from it and no image is committed twice.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

# In resources/, so the app finds it too: `authoring.resources.path("icons", "coursesmith.svg")`.
SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "coursesmith.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"render_icons: could not write {target}")


def png_path(out: Path, size: int) -> Path:
    """The freedesktop sizes in the hicolor tree; the others (for .ico/.icns) beside it."""
    folder = "hicolor" if size in HICOLOR_SIZES else "extra"
    return out / folder / f"{size}x{size}" / "apps" / "coursesmith.png"


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs it)
    for size in sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)):
        render_png(size, png_path(out, size))
    scalable = out / "hicolor" / "scalable" / "apps" / "coursesmith.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)

    Image.open(png_path(out, 256)).save(
        out / "coursesmith.ico", sizes=[(s, s) for s in ICO_SIZES],
        append_images=[Image.open(png_path(out, s)) for s in ICO_SIZES])
    Image.open(png_path(out, 1024)).save(
        out / "coursesmith.icns", append_images=[Image.open(png_path(out, s)) for s in ICNS_SIZES[:-1]])
    print(f"render_icons: {len(HICOLOR_SIZES)} PNG sizes, SVG, .ico and .icns in {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
