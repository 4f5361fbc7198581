"""The fonts a package carries: one Noto face per script and weight its text uses, cut down
to the characters used, with the licence and the @font-face rules; none for Latin."""

from __future__ import annotations

import io
import re
import zipfile

from fontTools.ttLib import TTFont

from authoring.export import fonts
from authoring.export.export import export_course
from authoring.model import locales

ARABIC = "مرحبا بالعالم"
HINDI = "नमस्ते दुनिया, क्षत्रिय"


def cmap(data: bytes) -> set[str]:
    return {chr(code) for code in TTFont(io.BytesIO(data)).getBestCmap()}


def test_every_script_has_its_bundled_regular_and_bold_font():
    assert len(fonts.font_files()) == 2 * len(fonts.SCRIPTS)
    for path in fonts.font_files():
        assert TTFont(path)["name"].getDebugName(1).startswith("Noto Sans")
    assert "SIL OPEN FONT LICENSE" in (fonts.FONTS_DIR / "OFL.txt").read_text("utf-8")


def test_latin_greek_and_cyrillic_need_no_font():
    assert fonts.scripts_used("Fire safety – Ελληνικά – Русский 123 \u200d") == []
    assert fonts.package_fonts("Fire safety – Ελληνικά – Русский 123") == {}


def test_a_font_holds_only_the_characters_used():
    files = fonts.package_fonts(f"Hello {ARABIC}")
    regular = files["player/fonts/NotoSansArabic-Regular.woff2"]
    assert regular[:4] == b"wOF2"
    used = {c for c in ARABIC if not c.isspace()}
    assert used <= cmap(regular) <= used | fonts.SHAPING
    assert "H" not in cmap(regular)  # Latin stays with the learner's own fonts
    assert cmap(files["player/fonts/NotoSansArabic-Bold.woff2"]) == cmap(regular)
    assert len(regular) < 20_000


def test_the_licence_and_the_stylesheet_come_with_the_fonts():
    files = fonts.package_fonts(f"{ARABIC} {HINDI}")
    assert set(files) == {
        "player/fonts/NotoSansArabic-Regular.woff2", "player/fonts/NotoSansArabic-Bold.woff2",
        "player/fonts/NotoSansDevanagari-Regular.woff2", "player/fonts/NotoSansDevanagari-Bold.woff2",
        "player/fonts/OFL.txt", "player/fonts/fonts.css",
    }
    assert b"SIL Open Font License" in files["player/fonts/OFL.txt"]
    css = files["player/fonts/fonts.css"].decode("utf-8")
    faces = re.findall(r'url\("([^"]+)"\)', css)
    assert sorted(f"player/fonts/{name}" for name in faces) == sorted(n for n in files if n.endswith(".woff2"))
    assert css.count(f'font-family: "{fonts.FAMILY}"') == 4
    assert "unicode-range: U+0600-06FF" in css and "unicode-range: U+0900-097F" in css
    assert "OFL.txt" in css


def test_the_same_text_gives_the_same_bytes():
    first = fonts.package_fonts(HINDI)
    fonts.subset.cache_clear()
    assert fonts.package_fonts(HINDI) == first


def test_an_indic_subset_keeps_what_shaping_reaches():
    """क्ष is क + virama + ष; the font must keep the conjunct's glyph, not only the three
    characters' own glyphs."""
    data = fonts.package_fonts("क्ष")["player/fonts/NotoSansDevanagari-Regular.woff2"]
    font = TTFont(io.BytesIO(data))
    assert len(font.getGlyphOrder()) > len(font.getBestCmap())
    assert "GSUB" in font and "GPOS" in font


# ------------------------------------------------------------------ in an export


def names(package) -> set[str]:
    with zipfile.ZipFile(package) as archive:
        return set(archive.namelist())


def read(package, name: str) -> str:
    with zipfile.ZipFile(package) as archive:
        return archive.read(name).decode("utf-8")


def test_a_latin_course_carries_no_font(small_course, tmp_path):
    package = tmp_path / "en.zip"
    export_course(small_course.library, small_course.course, "html", package)
    assert not [n for n in names(package) if n.startswith("player/fonts/")]
    assert "fonts.css" not in read(package, "index.html")


def test_an_arabic_export_carries_the_arabic_font(small_course, tmp_path):
    with small_course.library.transaction() as s:
        locales.add_locale(s, "ar")
        locales.set_translation(s, small_course.course, "title", "ar", "أساسيات الحريق")
        locales.set_translation(s, small_course.pages[0], "title", "ar", "ما يحتاجه الحريق")
    package = tmp_path / "ar.zip"
    export_course(small_course.library, small_course.course, "scorm12", package, locale="ar")
    found = names(package)
    assert {"player/fonts/NotoSansArabic-Regular.woff2", "player/fonts/OFL.txt",
            "player/fonts/fonts.css"} <= found
    assert not [n for n in found if "Devanagari" in n]
    page = read(package, "index.html")
    assert '<link rel="stylesheet" href="player/fonts/fonts.css">' in page
    assert 'href="player/fonts/NotoSansArabic-Regular.woff2"' in read(package, "imsmanifest.xml")
    with zipfile.ZipFile(package) as archive:
        chars = cmap(archive.read("player/fonts/NotoSansArabic-Regular.woff2"))
    # The titles and the player's Arabic strings ("التالي", "السابق"…) are in the font.
    assert set("أساسيات الحريق".replace(" ", "")) | set("التالي") <= chars
