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


# --------------------------------------------------------------------------- refused, failed, cancelled


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder for packages alone (the library lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def library_state(library) -> tuple[dict[str, int], int]:
    """Every object's head version, and how many publications are recorded."""
    from authoring.model.schema import LearningObject

    with library.transaction() as s:
        heads = {obj.id: obj.head for obj in s.scalars(select(LearningObject))}
        return heads, len(s.scalars(select(Publication)).all())


@pytest.mark.parametrize(("options", "message"), [
    ({"image_quality": 5}, "image quality is a percentage from 30 to 100, not 5"),
    ({"locale": "de"}, "the library has no locale 'de'"),
    ({"locale": "not a locale"}, "'not a locale' is not a locale code"),
    ({"format": "scorm3000"}, "unknown format 'scorm3000'; use one of scorm12, scorm2004, cmi5, xapi, html"),
])
def test_a_refused_export_records_nothing(small_course, out_dir, options, message) -> None:
    before = library_state(small_course.library)
    assert any(head == 0 for head in before[0].values())  # working copies an export would publish
    out = out_dir / "course.zip"
    arguments = {"format": "scorm2004", **options}
    fmt = arguments.pop("format")
    with pytest.raises(CoursesmithError, match=message):
        export_course(small_course.library, small_course.course, fmt, out, **arguments)
    assert library_state(small_course.library) == before
    assert list(out_dir.glob("*.zip")) == [] and not list(out_dir.glob(".*partial"))


def test_a_package_that_fails_its_own_checks_records_nothing(small_course, out_dir) -> None:
    from authoring.export import formats

    broken = formats.Format(name="broken", label="Broken", builder=formats.get("html").builder,
                            marker="index.html", check=lambda package: ["the check found a bug"])
    formats.register(broken)
    try:
        before = library_state(small_course.library)
        with pytest.raises(CoursesmithError, match="failed its own checks.*the check found a bug"):
            export_course(small_course.library, small_course.course, "broken", out_dir / "course.zip")
    finally:
        formats.unregister("broken")
    assert library_state(small_course.library) == before
    assert list(out_dir.iterdir()) == []


def test_a_cancelled_export_leaves_no_file_and_records_nothing(small_course, out_dir) -> None:
    from authoring.model.jobs import Cancelled, Job

    out = out_dir / "course.zip"
    out.write_bytes(b"the package from last week")
    before = library_state(small_course.library)
    job = Job()
    job.on_progress = lambda done, total, text: job.cancel() if text == "writing the package" and done == 3 else None
    with pytest.raises(Cancelled):
        export_course(small_course.library, small_course.course, "scorm2004", out, job=job)
    assert (job.done, job.text) == (3, "writing the package")  # it stopped between two files
    assert out.read_bytes() == b"the package from last week"
    assert [p.name for p in out_dir.iterdir()] == ["course.zip"]
    assert library_state(small_course.library) == before


def test_the_job_hears_of_each_image_and_each_file(small_course, out_dir) -> None:
    from authoring.model.jobs import Job

    heard: list[tuple[int, int, str]] = []
    out = out_dir / "course.zip"
    export_course(small_course.library, small_course.course, "scorm12", out,
                  job=Job(on_progress=lambda done, total, text: heard.append((done, total, text))))
    assert [h for h in heard if h[2] == "preparing images"] == [(0, 1, "preparing images"), (1, 1, "preparing images")]
    files = len(zipfile.ZipFile(out).namelist())
    writing = [h[0] for h in heard if h[2] == "writing the package"]
    assert writing == list(range(files + 1)) and {h[1] for h in heard if h[2] == "writing the package"} == {files}
    assert heard[0][2] == "resolving the course" and heard[-1] == (1, 1, "done")


def test_a_course_changed_during_the_export_is_not_recorded(small_course, out_dir) -> None:
    """What was packaged must be what the publication says: an edit made while the zip was
    being written (the designer typing in the app) makes the export refuse, not lie."""
    from authoring.model.jobs import Job

    before = library_state(small_course.library)

    def edit_once(done: int, total: int, text: str) -> None:
        if text == "writing the package" and done == 1:
            with small_course.library.transaction() as s:
                objects.rename(s, small_course.pages[0], "Renamed meanwhile")

    out = out_dir / "course.zip"
    with pytest.raises(CoursesmithError, match="changed while it was being exported"):
        export_course(small_course.library, small_course.course, "html", out, job=Job(on_progress=edit_once))
    assert library_state(small_course.library) == before
    assert list(out_dir.iterdir()) == []
    export_course(small_course.library, small_course.course, "html", out)  # and again: fine
    assert library_state(small_course.library)[1] == 1


def test_an_edit_to_an_already_published_object_during_the_export_waits_for_the_next(small_course,
                                                                                   out_dir) -> None:
    """The package and its publication hold the version that was the head when the export
    began; the edit stays in the working copy, for the next export."""
    from authoring.model import versions
    from authoring.model.jobs import Job

    export_course(small_course.library, small_course.course, "html", out_dir / "first.zip")

    def edit_once(done: int, total: int, text: str) -> None:
        if text == "writing the package" and done == 1:
            with small_course.library.transaction() as s:
                objects.rename(s, small_course.pages[0], "Renamed meanwhile")

    out = out_dir / "second.zip"
    export_course(small_course.library, small_course.course, "html", out, job=Job(on_progress=edit_once))
    assert "Renamed meanwhile" not in zipfile.ZipFile(out).read("index.html").decode()
    with small_course.library.transaction() as s:
        latest = s.scalars(select(Publication).order_by(Publication.id.desc())).first()
        assert dict(map(tuple, latest.versions["items"]))[small_course.pages[0]] == 1
        assert objects.get(s, small_course.pages[0]).head == 1
        assert versions.is_modified(s, small_course.pages[0])


def test_the_request_checks_where_the_package_goes(small_course, out_dir) -> None:
    with pytest.raises(CoursesmithError, match="is a folder; give the package a file name"):
        export_course(small_course.library, small_course.course, "html", out_dir)
    with pytest.raises(CoursesmithError, match="the folder .*nowhere does not exist"):
        export_course(small_course.library, small_course.course, "html", out_dir / "nowhere" / "x.zip")
