"""Exporting a course to a package file, as the CLI and the app do."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from authoring.cli import main
from authoring.export.export import export_course
from authoring.export.resolve import ExportError
from authoring.export.validate import validate_package
from authoring.model import objects
from authoring.model.errors import CoursesmithError
from authoring.model.schema import Publication


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", ["scorm12", "scorm2004"])
def test_export_writes_a_valid_package_and_records_the_publication(small_course, tmp_path, fmt) -> None:
    out = tmp_path / f"{fmt}.zip"
    result = export_course(small_course.library, "Fire basics", fmt, out)
    assert result.path == out and out.exists()
    report = validate_package(out)
    assert report.format == fmt and report.problems == []
    names = zipfile.ZipFile(out).namelist()
    assert "index.html" in names and "imsmanifest.xml" in names
    assert any(name.startswith(f"assets/{small_course.image}-") for name in names)
    with small_course.library.transaction() as s:
        [publication] = s.scalars(select(Publication)).all()
        versions = dict(map(tuple, publication.versions["items"]))
    assert publication.format == fmt and publication.sha256 == sha(out)
    assert versions[small_course.pages[0]] == 1  # export recorded the working copies


def test_the_same_library_state_gives_the_same_bytes(small_course, tmp_path) -> None:
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    export_course(small_course.library, small_course.course, "scorm2004", first)
    export_course(small_course.library, small_course.course, "scorm2004", second)
    assert sha(first) == sha(second)
    with small_course.library.transaction() as s:
        objects.rename(s, small_course.pages[0], "Something else")
    export_course(small_course.library, small_course.course, "scorm2004", second)
    assert sha(first) != sha(second)


def test_one_sco_per_lesson(small_course, tmp_path) -> None:
    out = tmp_path / "multi.zip"
    export_course(small_course.library, small_course.course, "scorm12", out, per_lesson=True)
    names = zipfile.ZipFile(out).namelist()
    assert {"lesson-01.html", "lesson-02.html", "index.html"} <= set(names)
    manifest = zipfile.ZipFile(out).read("imsmanifest.xml").decode()
    assert manifest.count('adlcp:scormtype="sco"') == 2


def test_a_failed_export_leaves_the_old_package_untouched_and_no_file(small_course, tmp_path) -> None:
    out = tmp_path / "course.zip"
    out.write_bytes(b"the package from last week")
    with small_course.library.transaction() as s:
        objects.update(s, small_course.question, data={"choices": [
            {"id": "a", "text": "Oxygen"}, {"id": "b", "text": "Water"}]})
    with pytest.raises(ExportError) as failure:
        export_course(small_course.library, small_course.course, "scorm12", out)
    assert "no choice is marked correct" in str(failure.value)
    assert out.read_bytes() == b"the package from last week"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".zip" or "partial" in p.name) == ["course.zip"]
    with small_course.library.transaction() as s:
        assert objects.get(s, small_course.pages[0]).head == 0  # nothing recorded


def test_cli_export_and_validate(small_course, tmp_path, capsys) -> None:
    out = tmp_path / "fire.zip"
    lib = str(small_course.library.path)
    small_course.library.close()
    assert main(["export", lib, "Fire basics", "--format", "scorm12", "--locale", "fr", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(f"exported {out}")
    assert "warning: fr:" in captured.err  # untranslated strings are named, not hidden
    assert 'lang="fr"' in zipfile.ZipFile(out).read("index.html").decode()
    assert main(["validate", str(out)]) == 0
    assert "no problems found" in capsys.readouterr().out

    (tmp_path / "notes.txt").write_text("not a package")
    assert main(["validate", str(tmp_path / "notes.txt")]) == 2
    assert main(["export", lib, "No such course", "--format", "scorm12", "-o", str(out)]) == 1
    assert "no course with the id or title 'No such course'" in capsys.readouterr().err


def test_image_quality_reaches_the_resized_pictures(tmp_path) -> None:
    """The designer's quality preference changes the resized JPEGs; a JPEG that needs no
    resizing is shipped as it was uploaded (re-encoding it would only lose quality)."""
    import io
    import random

    from PIL import Image

    from authoring.export import images

    rng = random.Random(7)
    photo = Image.new("RGB", (1200, 800))
    photo.putdata([(rng.randrange(256), rng.randrange(256), 90) for _ in range(1200 * 800)])
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=90)
    data = buffer.getvalue()

    high = images.variants("a" * 64, "image/jpeg", lambda: data, quality=95)
    low = images.variants("a" * 64, "image/jpeg", lambda: data, quality=40)
    assert [v.width for v in high] == [v.width for v in low] == [480, 960, 1200]
    assert low[0].path.stat().st_size < high[0].path.stat().st_size
    assert high[-1].path.read_bytes() == low[-1].path.read_bytes() == data


def test_export_refuses_a_nonsense_image_quality(small_course, tmp_path) -> None:
    with pytest.raises(CoursesmithError, match="image quality"):
        export_course(small_course.library, small_course.course, "html", tmp_path / "x.zip",
                      image_quality=5)
