"""Item 11: what a killed run leaves behind is cleaned up by the next run, and messages name
the user's files, never our temporary ones."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import docx
import pytest

from authoring.cli import main
from authoring.model.library import Library
from tests.hostile.conftest import dead_pid, run


def test_sample_force_removes_what_a_killed_sample_left(tmp_path: Path) -> None:
    target = tmp_path / "S.cslib"
    Library.create(target, "en").close()
    pid = dead_pid()
    leftovers = [f".S.cslib.sample-{pid}", f".S.cslib.sample-{pid}-wal", f".S.cslib.sample-{pid}-shm",
                 f"..S.cslib.sample-{pid}.creating", f"..S.cslib.sample-{pid}.creating-wal"]
    for name in leftovers:
        (tmp_path / name).write_bytes(b"half made")
    result = run("sample", "--force", target)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["S.cslib"]


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Hello", level=1)
    document.add_paragraph("World")
    document.save(path)
    return path


def test_a_word_import_removes_temporary_folders_a_killed_import_left(lib: Path, tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    abandoned = temp / f"coursesmith-docx-{dead_pid()}-abcd1234"
    abandoned.mkdir()
    (abandoned / "doc-image1.png").write_bytes(b"x" * 1000)
    old_style = temp / "coursesmith-docx-q1w2e3r4"  # made before folders carried a process id
    old_style.mkdir()
    os.utime(old_style, (1, 1))
    mine = temp / f"coursesmith-docx-{os.getpid()}-live"  # a living import's: kept
    mine.mkdir()
    result = run("import", lib, _docx(tmp_path / "w.docx"), env={"TMPDIR": str(temp)})
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in temp.iterdir()) == [mine.name]


@pytest.mark.parametrize("names_file", [True, False], ids=["open", "write"])
def test_an_export_error_names_the_users_path_not_the_temporary_file(small_course, tmp_path, monkeypatch,
                                                                    capsys, names_file) -> None:
    target = tmp_path / "course.zip"

    def disk_full(path, files, job=None):
        Path(path).write_bytes(b"half")
        if names_file:  # as open() says it
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        raise OSError(errno.ENOSPC, "No space left on device")  # as write() says it

    monkeypatch.setattr("authoring.export.export.write_zip", disk_full)
    code = main(["export", str(small_course.library.path), small_course.course, "--format", "html",
                 "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and str(target) in err and "No space left" in err, err
    assert ".partial" not in err and err.count("\n") == 1, err
    assert not [p.name for p in tmp_path.iterdir() if "course.zip" in p.name]
