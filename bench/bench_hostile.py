"""Hostile files: the memory and time they cost (issue 14, items 5 and 8).

    python -m bench.bench_hostile

Each case runs in a fresh subprocess, so its peak RSS (`ru_maxrss`) is its own:
- a 1 GiB `.docx` bomb: a real Word document plus one part of 1 GiB of zeros (~1 MB on
  disk), imported with `importer.import_paths`: refused, at what peak;
- a 9400 x 9400 1-bit PNG (a scanned page): imported (decoded whole, to catch truncation,
  and thumbnailed): at what peak;
- `validate` of a zip of 30 entries of 60 MB each (zeros): how long, at what peak.

Files are made once in bench/corpus/hostile/. To compare with another checkout (the one
before the fix), run with `PYTHONPATH=/path/to/that/checkout`.
"""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from pathlib import Path

CORPUS = Path("bench/corpus/hostile")

_IMPORT = """
import resource, sys
from authoring.model.library import Library
from authoring.model.importer import import_paths
with Library.create(sys.argv[1], "en") as library:
    [outcome] = import_paths(library, [sys.argv[2]])
print(outcome.status, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, outcome.reason[:90])
"""

_VALIDATE = """
import resource, sys
from authoring.export.validate import validate_package
report = validate_package(sys.argv[1])
print(len(report.problems), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def word_bomb(path: Path, inflated: int, part: str = "word/media/image1.png") -> Path:
    """A real .docx with a picture whose part (or `part`) is `inflated` zero bytes (a few
    hundred KB compressed): python-docx reads a picture's part whole. (The tests use it.)"""
    import docx
    from PIL import Image

    picture = path.with_suffix(".png")
    Image.new("RGB", (4, 4), "red").save(picture)
    document = docx.Document()
    document.add_heading("Hello", level=1)
    document.add_picture(str(picture))
    document.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {i.filename: source.read(i) for i in source.infolist() if i.filename != part}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        with archive.open(part, "w", force_zip64=True) as stream:
            chunk = bytes(8 * 1024 * 1024)
            for _ in range(inflated // len(chunk)):
                stream.write(chunk)
    return path


def _docx_bomb(path: Path) -> Path:
    return path if path.exists() else word_bomb(path, 1024 * 1024 * 1024)


def _bilevel_png(path: Path) -> Path:
    if not path.exists():
        from PIL import Image

        image = Image.new("1", (9400, 9400), 1)
        image.paste(0, (2000, 2000, 6000, 6000))
        image.save(path)
    return path


def _huge_zip(path: Path) -> Path:
    if path.exists():
        return path
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("imsmanifest.xml", "<manifest/>")
        for index in range(30):
            with archive.open(f"player/part{index}.js", "w") as stream:
                for _ in range(60):
                    stream.write(bytes(1024 * 1024))
    return path


def _run(script: str, *args: Path) -> tuple[float, str]:
    start = time.perf_counter()
    # run in the corpus folder: the checkout imported is the installed one (or PYTHONPATH's)
    result = subprocess.run([sys.executable, "-c", script, *(str(a.resolve()) for a in args)],
                            capture_output=True, text=True, timeout=600, cwd=CORPUS)
    elapsed = time.perf_counter() - start
    if result.returncode:
        return elapsed, "failed: " + result.stderr.strip().splitlines()[-1]
    return elapsed, result.stdout.strip()


def main() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    bomb, png, big = _docx_bomb(CORPUS / "bomb.docx"), _bilevel_png(CORPUS / "scan.png"), _huge_zip(CORPUS / "huge.zip")
    for library in CORPUS.glob("*.cslib*"):
        library.unlink()
    print(f"{'case':<44} {'file':>9} {'seconds':>8}  outcome, peak RSS MiB")
    for name, script, args in [
        ("import a .docx inflating to 1 GiB", _IMPORT, (CORPUS / "a.cslib", bomb)),
        ("import a 9400x9400 1-bit PNG", _IMPORT, (CORPUS / "b.cslib", png)),
        ("validate 30 x 60 MB zip entries", _VALIDATE, (big,)),
    ]:
        elapsed, outcome = _run(script, *args)
        size = args[-1].stat().st_size / 1024 / 1024
        print(f"{name:<44} {size:>7.1f}MB {elapsed:>8.2f}  {outcome}")


if __name__ == "__main__":
    main()
