"""Item 5: a Word document whose parts inflate far beyond their size is refused before
anything is inflated; a huge 1-bit picture is thumbnailed without decoding it at full size
in full colour (bench/bench_hostile.py prints the memory figures)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

from authoring.model import importer
from authoring.model.docx_import import MAX_PART_BYTES
from bench.bench_hostile import word_bomb


def test_a_word_document_whose_part_inflates_too_far_is_refused(library, tmp_path: Path) -> None:
    bomb = word_bomb(tmp_path / "bomb.docx", MAX_PART_BYTES + 8 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    [outcome] = importer.import_paths(library, [bomb])
    assert outcome.status == "refused"
    assert "too large" in outcome.reason or "compressed" in outcome.reason, outcome.reason


def test_a_part_with_a_suspicious_compression_ratio_is_refused(library, tmp_path: Path) -> None:
    bomb = word_bomb(tmp_path / "ratio.docx", 64 * 1024 * 1024, part="word/document2.xml")
    [outcome] = importer.import_paths(library, [bomb])
    assert outcome.status == "refused" and "compressed" in outcome.reason, outcome.reason


PROBE = """
import resource, sys
from pathlib import Path
from authoring.model.library import Library
from authoring.model.importer import import_paths
with Library.open(sys.argv[1]) as library:
    [outcome] = import_paths(library, [sys.argv[2]])
print(outcome.status, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def big_bilevel_png(path: Path, side: int = 9400) -> Path:
    image = Image.new("1", (side, side), 1)
    image.paste(0, (side // 4, side // 4, side // 2, side // 2))
    image.save(path, optimize=False)
    return path


def peak_import_mib(library_path: Path, file: Path) -> tuple[str, int]:
    result = subprocess.run([sys.executable, "-c", PROBE, str(library_path), str(file)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    status, mib = result.stdout.split()
    return status, int(mib)


def test_a_huge_one_bit_png_thumbnails_in_little_memory(library, tmp_path: Path) -> None:
    png = big_bilevel_png(tmp_path / "scan.png")
    library.close()
    status, mib = peak_import_mib(library.path, png)
    assert status == "imported"
    assert mib < 400, f"peak {mib} MiB"  # 800 MiB when decoded to RGBA at full size
