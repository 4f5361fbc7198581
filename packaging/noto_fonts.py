"""Make resources/fonts/ from Debian's Noto fonts (a maintainer's tool, not run at export).

    apt-get install fonts-noto-core
    .venv/bin/python packaging/noto_fonts.py [/usr/share/fonts/truetype/noto]

For each script in `authoring.export.fonts.SCRIPTS`, Noto Sans Regular and Bold cut down
to that script's own Unicode blocks (plus the joiners and the dotted circle shaping
needs), every layout feature kept, hinting dropped: the Latin half of each font is what
every learner already has, and leaving it out halves what the repository, the wheel and
the bundle carry. Export cuts these again, to the characters a course uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

from authoring.export import fonts

DEBIAN = Path("/usr/share/fonts/truetype/noto")


def make(script: fonts.Script, weight: str, source_dir: Path) -> Path:
    """Write one script's cut-down font into resources/fonts/; returns its path."""
    font = TTFont(source_dir / f"{script.stem}-{weight}.ttf", recalcTimestamp=False)
    cmap = font.getBestCmap()
    wanted = [code for first, last in script.ranges for code in range(first, last + 1)]
    wanted += [ord(c) for c in fonts.SHAPING]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for code in wanted if code in cmap])
    subsetter.subset(font)
    target = fonts.source_font(script, weight)
    font.save(target)
    return target


def main(argv: list[str]) -> int:
    source_dir = Path(argv[0]) if argv else DEBIAN
    for script in fonts.SCRIPTS:
        for weight in fonts.WEIGHTS:
            target = make(script, weight, source_dir)
            print(f"{target.name}: {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
