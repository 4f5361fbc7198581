"""Fonts a package carries, so every script renders right with no network and whatever
fonts the learner's machine has.

A learner on a school PC with no Devanagari font sees boxes where a Hindi course should
be; one with only a poor Arabic font sees unjoined letters. So a package whose text uses
a complex or non-Latin script carries the open-licence Noto Sans font for that script
(Regular and Bold), cut down with fontTools to the characters the course uses (plus what
shaping needs: the joiners and the dotted circle), as WOFF2, with the licence beside it
and one stylesheet of `@font-face` rules. Each rule has the script's `unicode-range`, so
the browser uses the face only for that script's characters: Latin text keeps the
learner's system font, and a Latin-only course carries no font at all.

The fonts (`resources/fonts/`, found through `authoring.resources`) are already cut down
to their own script's blocks (`packaging/noto_fonts.py` makes them from Debian's
`fonts-noto-core`), so exporting needs no system font at run time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from authoring import resources

FONTS_DIR = resources.path("fonts")
FAMILY = "Coursesmith Noto"  # the family player.css puts first in its font stack
FOLDER = "player/fonts"  # where a package keeps its fonts, its licence and fonts.css
STYLESHEET = f"{FOLDER}/fonts.css"
LICENCE = "OFL.txt"
WEIGHTS = {"Regular": 400, "Bold": 700}
# Characters shaping needs whatever the text: joiners, directional marks, the dotted
# circle a shaper shows a lone combining mark on, and the Indic dandas.
SHAPING = frozenset(map(chr, (0x200C, 0x200D, 0x200E, 0x200F, 0x25CC, 0x0964, 0x0965)))


@dataclass(frozen=True)
class Script:
    """One writing system the package can carry a font for."""

    name: str  # "Arabic", as Unicode names the script
    stem: str  # font files: resources/fonts/{stem}-{Regular,Bold}.ttf
    ranges: tuple[tuple[int, int], ...]  # its Unicode blocks, first and last code point
    cursive: bool = False  # joined letters: never letter-spaced

    def covers(self, char: str) -> bool:
        code = ord(char)
        return any(first <= code <= last for first, last in self.ranges)

    @property
    def unicode_range(self) -> str:
        """The CSS `unicode-range` value of its blocks."""
        return ", ".join(f"U+{first:04X}-{last:04X}" for first, last in self.ranges)


SCRIPTS: tuple[Script, ...] = (
    Script("Arabic", "NotoSansArabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),
                                        (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)), cursive=True),
    Script("Hebrew", "NotoSansHebrew", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    Script("Devanagari", "NotoSansDevanagari", ((0x0900, 0x097F), (0xA8E0, 0xA8FF),
                                                (0x1CD0, 0x1CFF))),
    Script("Bengali", "NotoSansBengali", ((0x0980, 0x09FF),)),
    Script("Gurmukhi", "NotoSansGurmukhi", ((0x0A00, 0x0A7F),)),
    Script("Gujarati", "NotoSansGujarati", ((0x0A80, 0x0AFF),)),
    Script("Tamil", "NotoSansTamil", ((0x0B80, 0x0BFF),)),
    Script("Telugu", "NotoSansTelugu", ((0x0C00, 0x0C7F),)),
    Script("Kannada", "NotoSansKannada", ((0x0C80, 0x0CFF),)),
    Script("Malayalam", "NotoSansMalayalam", ((0x0D00, 0x0D7F),)),
    Script("Thai", "NotoSansThai", ((0x0E00, 0x0E7F),)),
)


def scripts_used(text: str) -> list[Script]:
    """The scripts (in SCRIPTS order) of which `text` has at least one letter."""
    chars = set(text) - SHAPING
    return [script for script in SCRIPTS if any(script.covers(c) for c in chars)]


def source_font(script: Script, weight: str) -> Path:
    """The bundled font of one script and weight ("Regular" or "Bold")."""
    return FONTS_DIR / f"{script.stem}-{weight}.ttf"


def font_files() -> list[Path]:
    """Every bundled font file (the app registers them so the editor shapes every script)."""
    return [source_font(s, w) for s in SCRIPTS for w in WEIGHTS if source_font(s, w).is_file()]


def package_fonts(text: str) -> dict[str, bytes]:
    """The files a package needs for the scripts in `text`, by path in the package:
    one WOFF2 per script and weight, the licence and the stylesheet; {} for a text that
    needs none (Latin, Greek, Cyrillic: every learner's machine has fonts for those)."""
    used = scripts_used(text)
    if not used:
        return {}
    files: dict[str, bytes] = {}
    rules = []
    for script in used:
        chars = "".join(sorted(c for c in set(text) | SHAPING if script.covers(c) or c in SHAPING))
        for weight, number in WEIGHTS.items():
            name = f"{script.stem}-{weight}.woff2"
            files[f"{FOLDER}/{name}"] = subset(script, weight, chars)
            rules.append(_face(script, name, number))
    files[f"{FOLDER}/{LICENCE}"] = (FONTS_DIR / LICENCE).read_bytes()
    files[STYLESHEET] = _stylesheet(rules).encode("utf-8")
    return files


def _face(script: Script, filename: str, weight: int) -> str:
    return (f'@font-face {{ font-family: "{FAMILY}"; font-style: normal; font-weight: {weight}; '
            f'font-display: swap; src: url("{filename}") format("woff2"); '
            f"unicode-range: {script.unicode_range}; }}")


def _stylesheet(rules: list[str]) -> str:
    head = ("/* Noto Sans (SIL Open Font License 1.1, see OFL.txt), cut down to the characters"
            " this course uses. */")
    return "\n".join([head, *rules, ""])


@lru_cache(maxsize=64)
def subset(script: Script, weight: str, chars: str) -> bytes:
    """One script's font cut down to `chars` (and what its shaping rules reach from them:
    conjuncts, joining forms, marks) as WOFF2. The same input gives the same bytes, so
    packages stay reproducible; cached because an app exports the same course often."""
    from fontTools import subset as fonttools_subset  # a second to import: only when needed
    from fontTools.ttLib import TTFont

    options = fonttools_subset.Options()
    options.layout_features = ["*"]  # every shaping feature the script's rules use
    options.name_IDs = ["*"]  # keep the copyright and licence notices
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.flavor = "woff2"
    font = TTFont(source_font(script, weight), recalcTimestamp=False)
    subsetter = fonttools_subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
