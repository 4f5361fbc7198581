"""Item 1: an export never writes over a library (its own, its -wal/-shm, or any other)."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.cli import main
from authoring.export.request import ExportRequest
from authoring.model.errors import CoursesmithError
from authoring.model.library import Library


def _targets(small_course, tmp_path: Path) -> list[Path]:
    own = small_course.library.path
    other = tmp_path / "elsewhere" / "Other.data"  # any name: a library is known by its contents
    other.parent.mkdir()
    Library.create(other, "en").close()
    return [own, own.with_name(own.name + "-wal"), own.with_name(own.name + "-shm"), other]


def test_the_cli_refuses_to_export_over_a_library(small_course, tmp_path, capsys) -> None:
    own = small_course.library.path
    for target in _targets(small_course, tmp_path):
        before = target.read_bytes() if target.exists() else None
        code = main(["export", str(own), small_course.course, "--format", "scorm12", "-o", str(target)])
        err = capsys.readouterr().err
        assert code == 1 and err.startswith("coursesmith: error: ") and "library" in err, err
        assert str(target) in err
        assert (target.read_bytes() if target.exists() else None) == before
    with Library.open(own) as library, library.transaction() as session:  # the course is still there
        from authoring.model import objects

        assert objects.get(session, small_course.course).title == "Fire basics"


def test_the_export_pipeline_refuses_it_too(small_course, tmp_path) -> None:
    """The Export dialog builds the same request: it gets the same refusal."""
    for target in _targets(small_course, tmp_path):
        with pytest.raises(CoursesmithError, match="library"):
            ExportRequest(course=small_course.course, format="html", target=target)


def test_a_symlink_to_the_library_is_refused(small_course, tmp_path) -> None:
    link = tmp_path / "package.zip"
    link.symlink_to(small_course.library.path)
    with pytest.raises(CoursesmithError, match="library"):
        ExportRequest(course=small_course.course, format="scorm2004", target=link)
