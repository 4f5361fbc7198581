"""The app's fonts: every script a course may be written in renders and shapes right in
the editor, with no font installed on the designer's machine.

At start the app registers the Noto fonts the packages also carry (`resources/fonts/`,
one per script: Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai…) and puts their families
after the system's own in the application font. Qt picks a font per character from that
list, so Latin text keeps the desktop's font and metrics, and a Hindi paragraph is drawn,
conjuncts and all, with Noto Sans Devanagari rather than boxes or a font with no shaping
rules. Paragraph direction needs nothing here: Qt lays out each paragraph by its first
strong letter, so an Arabic paragraph runs right to left beside an English one.
"""

from __future__ import annotations

from authoring.export import fonts
from authoring.ui.qt import QApplication, QFont, QFontDatabase


def register_bundled_fonts() -> list[str]:
    """Register the bundled fonts (once per process) and return their families in order."""
    families: list[str] = []
    for path in fonts.font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else ():
            if family not in families:
                families.append(family)
    return families


def use_bundled_fonts(app: QApplication) -> list[str]:
    """Make the application font fall back on the bundled families; returns them."""
    families = register_bundled_fonts()
    font = QFont(app.font())
    primary = [f for f in font.families() or [font.family()] if f not in families]
    font.setFamilies([*primary, *families])
    app.setFont(font)
    return families
