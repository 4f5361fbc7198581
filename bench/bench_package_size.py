"""Package size of the bundled sample course against the size of what it carries.

    python -m bench.bench_package_size

Writes the sample library (`authoring.model.sample.write_sample`) to a temporary folder,
exports "Workplace Fire Safety" to SCORM 1.2 and SCORM 2004, and prints for each:

- the package size (the zip file);
- the raw size of the course: the UTF-8 bytes of every text field a learner reads in the
  exported course (course/lesson/page titles and descriptions, text and callout HTML,
  media alt/caption/transcript, question prompts, feedback, choices, pairs, items,
  answers; read from the resolved course, so exactly what was exported) plus the file
  sizes of the assets it shows (the originals as imported);
- the ratio package / raw;
- the breakdown of the zip by part: player (its .js/.css, with their gzip -9 size as
  the validator's budget counts it), HTML, assets, manifest + XSDs/DTDs, and the zip's own
  headers; each with its uncompressed size and its size in the zip.
"""

from __future__ import annotations

import os
import sys
import tempfile
import zipfile
from pathlib import Path

from authoring.export import resolved as r

COURSE = "Workplace Fire Safety"
FORMATS = ("scorm12", "scorm2004")


def text_bytes(course: r.Course) -> int:
    """UTF-8 bytes of every text field of the resolved course."""

    def size(*values: str) -> int:
        return sum(len((v or "").encode("utf-8")) for v in values)

    total = size(course.title, course.description)
    for lesson in course.lessons:
        total += size(lesson.title, lesson.description)
        for page in lesson.pages:
            total += size(page.title)
            for block in page.blocks:
                if isinstance(block, (r.TextBlock, r.Callout)):
                    total += size(block.html)
                elif isinstance(block, r.MediaBlock):
                    total += size(block.alt, block.caption, block.transcript)
                elif isinstance(block, r.Question):
                    total += size(block.prompt, block.feedback_correct, block.feedback_incorrect,
                                  *block.answers)
                    total += sum(size(c.text, c.feedback) for c in block.choices)
                    total += sum(size(p.prompt, p.match) for p in block.pairs)
                    total += sum(size(i.text) for i in block.items)
    return total


def part_of(name: str) -> str:
    lower = name.lower()
    if name.startswith("assets/"):
        return "assets"
    if name.startswith("player/"):
        return "player (.js/.css)" if lower.endswith((".js", ".css")) else "player (other)"
    if lower.endswith((".html", ".htm")):
        return "HTML"
    if name == "imsmanifest.xml":
        return "manifest"
    if lower.endswith((".xsd", ".dtd")):
        return "XSDs/DTDs"
    return "other"


def breakdown(path: Path) -> dict[str, list[int]]:
    """part -> [files, uncompressed bytes, bytes in the zip (compressed data)]"""
    parts: dict[str, list[int]] = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            row = parts.setdefault(part_of(info.filename), [0, 0, 0])
            row[0] += 1
            row[1] += info.file_size
            row[2] += info.compress_size
    return parts


def main() -> int:
    from authoring.export.export import export_course
    from authoring.export.resolve import find_course, resolve
    from authoring.export.validate import validate_package
    from authoring.model.library import Library
    from authoring.model.sample import write_sample

    with tempfile.TemporaryDirectory(prefix="package-size-") as folder:
        folder = Path(folder)
        os.environ.setdefault("COURSESMITH_CACHE", str(folder / "cache"))
        library_path = write_sample(folder / "sample.cslib")
        with Library.open(library_path) as library:
            for fmt in FORMATS:
                target = folder / f"fire-safety-{fmt}.zip"
                result = export_course(library, COURSE, fmt, target)
                with library.transaction() as session:
                    course, _ = resolve(session, find_course(session, COURSE).id)
                    text = text_bytes(course)
                    asset_bytes = sum(a.size for a in course.assets)
                    n_assets = len(course.assets)
                raw = text + asset_bytes
                report = validate_package(target)
                parts = breakdown(target)
                stored = sum(row[2] for row in parts.values())
                print(f"== {COURSE}: {fmt} ==")
                print(f"package             {result.size:>10,} bytes  ({report.files} files, "
                      f"{report.size:,} bytes unzipped)")
                print(f"raw course          {raw:>10,} bytes  = text {text:,} + assets {asset_bytes:,} "
                      f"({n_assets} files)")
                print(f"ratio package/raw   {result.size / raw:>10.2f}x   "
                      f"(package without assets/ vs text: "
                      f"{(result.size - parts.get('assets', [0, 0, 0])[2]) / text:.1f}x)")
                print(f"{'part':<20}{'files':>6}{'unzipped':>12}{'in zip':>12}{'share':>8}")
                order = ["player (.js/.css)", "player (other)", "HTML", "assets", "manifest",
                         "XSDs/DTDs", "other"]
                for part in sorted(parts, key=lambda p: order.index(p) if p in order else 99):
                    files, size, packed = parts[part]
                    print(f"{part:<20}{files:>6}{size:>12,}{packed:>12,}{packed / result.size:>8.1%}")
                manifest_xsd = [sum(parts.get(p, [0, 0, 0])[i] for p in ("manifest", "XSDs/DTDs"))
                                for i in range(3)]
                print(f"{'  manifest+XSDs':<20}{manifest_xsd[0]:>6}{manifest_xsd[1]:>12,}"
                      f"{manifest_xsd[2]:>12,}{manifest_xsd[2] / result.size:>8.1%}")
                overhead = result.size - stored
                print(f"{'zip headers':<20}{'':>6}{'':>12}{overhead:>12,}{overhead / result.size:>8.1%}")
                print(f"player gzip -9 (validator's budget count): {report.player_gzip:,} bytes "
                      f"(budget {40 * 1024:,})")
                print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
