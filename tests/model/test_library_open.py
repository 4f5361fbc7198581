"""Creating and opening library files, and every way opening a file can be refused.

A refused file must come back untouched: same bytes, same modification time.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from authoring.model import errors, objects
from authoring.model.library import APPLICATION_ID, Library, backup, known_revisions
from authoring.model.schema import LearningObject, Meta


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _make_library(path: Path, objects_count: int = 0) -> Path:
    with Library.create(path, "en") as lib:
        if objects_count:
            with lib.transaction() as session:
                for i in range(objects_count):
                    objects.create(
                        session, "text", f"Block {i}",
                        {"html": f"<p>Paragraph {i}: " + "fire safety " * 200 + "</p>"},
                    )
    return path


def _refused(path: Path, error_type: type[Exception], *fragments: str) -> errors.LibraryOpenError:
    """Opening `path` raises `error_type` naming the path and the advice; the file is unchanged."""
    before = _fingerprint(path) if path.is_file() else None
    with pytest.raises(error_type) as caught:
        Library.open(path)
    message = str(caught.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message
    if before is not None:
        assert _fingerprint(path) == before, "a refused file must not be changed"
    return caught.value


# ------------------------------------------------------------------ create and reopen


def test_create_then_reopen_keeps_content(tmp_path):
    path = tmp_path / "Safety.cslib"
    with Library.create(path, "fr_ca", title="Fire safety") as lib:
        with lib.transaction() as session:
            block = objects.create(session, "text", "Intro", {"html": "<p>Bonjour</p>"})
            block_id = block.id
    assert path.is_file()
    assert not (tmp_path / ".Safety.cslib.creating").exists()
    with Library.open(path) as lib:
        assert lib.name == "Safety"
        assert lib.source_locale() == "fr-CA"
        with lib.transaction() as session:
            assert session.get(LearningObject, block_id).data["html"] == "<p>Bonjour</p>"
            assert session.get(Meta, "title").value == "Fire safety"
            assert session.get(Meta, "created_with").value.startswith("Coursesmith ")


def test_library_uses_wal_and_foreign_keys(library):
    with library.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID


def test_library_is_at_the_newest_schema_revision(library):
    _, head = known_revisions()
    with library.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head


def test_create_refuses_an_existing_path(tmp_path):
    path = tmp_path / "Existing.cslib"
    path.write_text("something precious")
    with pytest.raises(errors.LibraryExistsError, match="already exists") as caught:
        Library.create(path, "en")
    assert str(path) in str(caught.value)
    assert path.read_text() == "something precious"


def test_create_refuses_a_missing_folder(tmp_path):
    with pytest.raises(errors.CoursesmithError, match="does not exist"):
        Library.create(tmp_path / "nowhere" / "New.cslib", "en")


def test_create_refuses_a_bad_source_locale_and_leaves_no_file(tmp_path):
    with pytest.raises(errors.InvalidContentError, match="not a locale code"):
        Library.create(tmp_path / "New.cslib", "not a locale")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ refusals


def test_open_missing_path(tmp_path):
    path = tmp_path / "Missing.cslib"
    _refused(path, errors.LibraryOpenError, "does not exist", "check the path")
    assert not path.exists()


def test_open_a_folder(tmp_path):
    folder = tmp_path / "Folder.cslib"
    folder.mkdir()
    _refused(folder, errors.NotALibraryError, "is a folder")


def test_open_a_text_file(tmp_path):
    path = tmp_path / "notes.cslib"
    path.write_text("These are my notes, not a library.\n" * 10)
    _refused(path, errors.NotALibraryError, "not a Coursesmith library", "open a .cslib file")


def test_open_an_empty_file(tmp_path):
    path = tmp_path / "empty.cslib"
    path.write_bytes(b"")
    _refused(path, errors.NotALibraryError, "not a Coursesmith library")


def test_open_a_plain_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO customers (name) VALUES ('Ada')")
    connection.commit()
    connection.close()
    _refused(path, errors.NotALibraryError, "a database, but not a Coursesmith library")


@pytest.fixture(scope="module")
def big_library(tmp_path_factory) -> Path:
    """A library of a couple of megabytes (made once), so its middle is table pages."""
    return _make_library(tmp_path_factory.mktemp("big") / "Big.cslib", objects_count=500)


def test_open_a_library_damaged_in_the_middle(tmp_path, big_library):
    path = tmp_path / "Damaged.cslib"
    shutil.copy(big_library, path)
    Library.open(path).close()  # the copy itself is fine
    data = bytearray(path.read_bytes())
    assert len(data) > 1_000_000, "the library must be large enough to damage its middle"
    middle = len(data) // 2
    data[middle:middle + 16384] = random.Random(7).randbytes(16384)
    path.write_bytes(bytes(data))
    _refused(path, errors.DamagedLibraryError, "damaged", "restore it from a backup")


def test_open_a_truncated_library(tmp_path, big_library):
    original = tmp_path / "Whole.cslib"
    shutil.copy(big_library, original)
    truncated = tmp_path / "Truncated.cslib"
    data = original.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    _refused(truncated, errors.DamagedLibraryError, "damaged", "restore it from a backup")
    # the intact original still opens
    Library.open(original).close()


def test_open_a_library_from_a_newer_version(tmp_path):
    path = _make_library(tmp_path / "Future.cslib")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'zzzz9999'")
    connection.commit()
    connection.close()
    _refused(path, errors.NewerLibraryError, "newer version of Coursesmith", "update Coursesmith")
    # no backup was made of a file we refuse to touch
    assert sorted(p.name for p in tmp_path.glob("*.cslib")) == ["Future.cslib"]


def test_open_a_read_only_file(tmp_path):
    path = _make_library(tmp_path / "ReadOnly.cslib")
    path.chmod(0o444)
    try:
        _refused(path, errors.ReadOnlyLibraryError, "read-only", "write access")
    finally:
        path.chmod(0o644)
    Library.open(path).close()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="an administrator (root) may write into any folder, so a read-only folder is not "
    "read-only for this test run",
)
def test_open_a_library_in_a_read_only_folder(tmp_path):
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    path = _make_library(folder / "InFolder.cslib")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        _refused(path, errors.ReadOnlyLibraryError, "read-only")
    finally:
        folder.chmod(0o755)


def test_open_a_locked_library(tmp_path):
    path = _make_library(tmp_path / "Locked.cslib")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        _refused(path, errors.LibraryLockedError, "locked by another program", "try again")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    Library.open(path).close()


def test_every_open_error_is_a_coursesmith_error():
    for error in (errors.NotALibraryError, errors.DamagedLibraryError, errors.NewerLibraryError,
                  errors.LibraryLockedError, errors.ReadOnlyLibraryError):
        assert issubclass(error, errors.LibraryOpenError)
        assert issubclass(error, errors.CoursesmithError)


# ------------------------------------------------------------------ backup


def test_backup_is_a_library_that_opens(tmp_path):
    path = tmp_path / "Source.cslib"
    with Library.create(path, "en") as lib:
        with lib.transaction() as session:
            block_id = objects.create(session, "text", "Kept", {"html": "<p>kept</p>"}).id
        copy = backup(path, "manual")
    assert copy != path
    assert copy.parent == path.parent
    assert copy.name.startswith("Source.manual.") and copy.suffix == ".cslib"
    with Library.open(copy) as restored:
        with restored.transaction() as session:
            assert session.get(LearningObject, block_id).title == "Kept"


def test_a_library_whose_creation_never_finished_is_reported_damaged(tmp_path):
    """Our header but no schema revision: refused as damaged, the file untouched.
    (A real upgrade from an older revision, with its backup, is in test_migrations.)"""
    path = _make_library(tmp_path / "Half.cslib")
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM alembic_version")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(errors.DamagedLibraryError, match="is damaged"):
        Library.open(path)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("Half.before-upgrade-*")) == []
