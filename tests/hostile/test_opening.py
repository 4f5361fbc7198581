"""Item 10: opening a hostile or unlucky file says what is wrong in plain words, promptly,
and leaves the folder as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from authoring.model import library as library_module
from authoring.model import objects
from authoring.model.errors import LibraryOpenError
from authoring.model.library import Library
from tests.hostile.conftest import run


def _one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr.decode()
    assert result.returncode == 1, (result.stdout, err)
    assert err.startswith("coursesmith: error: ") and err.count("\n") == 1, err
    return err


def test_a_fifo_named_like_a_library_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "x.cslib"
    os.mkfifo(fifo)
    for command in (["info", fifo], ["list", fifo], ["import", fifo, fifo], ["sample", "--force", fifo]):
        err = _one_error_line(run(*command, timeout=30))
        assert "not a regular file" in err, err
    assert fifo.is_fifo()


@pytest.mark.skipif(not shutil.which("unshare"), reason="needs unshare to mount a read-only folder")
def test_a_healthy_library_in_a_read_only_folder_is_not_called_damaged(lib: Path) -> None:
    folder = lib.parent
    script = (f"mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}' && "
              f"exec \"$@\"")
    from tests.hostile.conftest import COURSESMITH

    result = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", *COURSESMITH, "info", str(lib)],
                            capture_output=True, timeout=60)
    if result.stderr.startswith((b"unshare:", b"mount:", b"sh:")):  # no mount namespace here
        pytest.skip(f"cannot mount here: {result.stderr.decode()}")
    err = _one_error_line(result)
    assert "damaged" not in err and "read-only" in err and str(folder) in err, err


def test_invalid_json_in_an_object_says_damaged_without_a_traceback(lib: Path) -> None:
    with Library.open(lib) as library, library.transaction() as session:
        objects.create(session, "course", "Broken", {"pass_mark": 50})
    with sqlite3.connect(lib) as connection:
        connection.execute("UPDATE objects SET data = '{bad' WHERE kind = 'course'")
    for command in (["list", lib], ["info", lib], ["export", lib, "Broken", "--format", "html",
                                                   "-o", lib.parent / "out.zip"]):
        err = _one_error_line(run(*command))
        assert "damaged" in err and "Traceback" not in err, err
    assert not (lib.parent / "out.zip").exists()


def _damaged(path: Path) -> Path:
    Library.create(path, "en").close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = os.urandom(4096)  # the second page: a table's root
    data[8192:] = b"\xff" * (len(data) - 8192)
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_library_leaves_no_sidecar_files(tmp_path: Path) -> None:
    path = _damaged(tmp_path / "Bad.cslib")
    before = sorted(p.name for p in tmp_path.iterdir())
    err = _one_error_line(run("info", path))
    assert "damaged" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_newer_library_leaves_no_sidecar_files(lib: Path) -> None:
    with sqlite3.connect(lib) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = sorted(p.name for p in lib.parent.iterdir())
    err = _one_error_line(run("list", lib))
    assert "newer version" in err
    assert sorted(p.name for p in lib.parent.iterdir()) == before


def test_a_failed_upgrade_writes_one_backup_not_one_per_try(lib: Path, monkeypatch) -> None:
    with sqlite3.connect(lib) as connection:
        old = sorted(library_module.known_revisions()[0])[-2]
        connection.execute("UPDATE alembic_version SET version_num = ?", (old,))
    connection.close()

    def failing(engine) -> None:
        raise LibraryOpenError("the upgrade failed")

    monkeypatch.setattr(library_module, "_migrate", failing)
    for _ in range(3):
        with pytest.raises(LibraryOpenError):
            Library.open(lib)
        time.sleep(1.1)  # backups are named to the second
    backups = [p.name for p in lib.parent.iterdir() if "before-upgrade" in p.name]
    assert len(backups) == 1, backups
