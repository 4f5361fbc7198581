"""The app's fonts: every script a course may be written in renders and shapes right in
the editor, with no font installed on the designer's machine.

At start the app registers the Noto fonts the packages also carry (`resources/fonts/`,
one per script: Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai…). Registered fonts join
the fonts Qt falls back on (fontconfig's application set on Linux) for a character the
desktop's font lacks, so a Hindi paragraph is drawn, conjuncts and all, with Noto Sans
Devanagari rather than boxes or a font with no shaping rules, and Latin text keeps the
desktop's font and metrics. They are not added to the application font's family list:
a font with a family list takes the tallest line of all its families (Noto Sans Arabic's
made every line of English 25 px high instead of 14, double-spaced text everywhere). Paragraph direction needs nothing here: Qt lays out each paragraph by its first
strong letter, so an Arabic paragraph runs right to left beside an English one.
"""

from __future__ import annotations

from authoring.export import fonts
from authoring.ui.qt import QApplication, QFontDatabase


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
    """Let the app fall back on the bundled families (see above); returns them."""
    return register_bundled_fonts()
