"""Opening and creating library files.

A library is one SQLite file. Before anything is written to a file we check, read-only,
that it is a Coursesmith library this version understands and that we may write to it:
a wrong, damaged, newer, read-only or locked file must come back untouched, with a
message that names it and says what to do. Only then is it migrated (after a backup)
and opened for work.
"""

from __future__ import annotations

import glob
import json
import os
import sqlite3
import stat
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from authoring import __version__
from authoring.model import errors, locales, search, write_lock
from authoring.model.events import ChangeHub
from authoring.model.jobs import Job
from authoring.model.schema import Locale, Meta
from authoring.model.write_lock import Waiting

APPLICATION_ID = 0x43534C42  # "CSLB", stored in the SQLite header: marks our files
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")
LOCK_WAIT_SECONDS = 1.0


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def known_revisions() -> tuple[set[str], str]:
    """Every schema revision this version knows, and the newest (head).

    Read from the migration file names (`0002_publications.py` is revision "0002"; the
    revisions form one straight line), so that opening an up-to-date library does not
    import Alembic at all: that saves a third of a second on every start.
    """
    names = sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    return set(names), names[-1]


class Library:
    """An open library: a SQLAlchemy engine over one file, and sessions on it."""

    def __init__(self, path: Path, engine: Engine, waiting: Waiting | None = None) -> None:
        self.path = path
        self.engine = engine
        self.waiting = waiting or Waiting()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(engine.execution_options(**{write_lock.READ_ONLY: True}),
                                     expire_on_commit=False)
        self.events = ChangeHub()

    @property
    def name(self) -> str:
        """The file name without its suffix: what the window title shows."""
        return self.path.stem

    @contextmanager
    def transaction(self, origin: object = None) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all.

        After the commit, `events` listeners hear what changed (and who changed it:
        `origin`), so views refresh only that.

        The transaction holds the write lock from its start, before its first read, so
        nobody can commit between what it reads and what it writes (`write_lock`); it
        waits its turn while another program writes. An object changed elsewhere since it
        was read raises `ChangedElsewhereError` and nothing is written.
        """
        with self._sessions() as session:
            self.events.watch(session, origin)
            try:
                with session.begin():
                    session.connection()  # begin now: the write lock before any read
                    yield session
            except StaleDataError:
                raise errors.ChangedElsewhereError(
                    "someone else (another program or window) changed this meanwhile; "
                    "nothing was saved here: look at their change and make yours again"
                ) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction: a consistent view that never waits for, nor blocks,
        another program's writes (WAL). Nothing in it may be written."""
        with self._readers() as session, session.begin():
            yield session

    def source_locale(self) -> str:
        with self.transaction() as session:
            return locales.source_locale(session)

    def checkpoint(self, mode: str = "PASSIVE") -> tuple[int, int, int]:
        """Copy the write-ahead log into the library file, so that the `.cslib` alone holds
        every committed edit (a copy of it, a backup tool, a sync service see them).

        PASSIVE never waits for another connection; TRUNCATE (on close) also empties the
        `-wal` file. Returns SQLite's (busy, log frames, frames checkpointed).
        """
        if mode not in ("PASSIVE", "FULL", "RESTART", "TRUNCATE"):
            raise ValueError(f"unknown checkpoint mode {mode}")
        with self.engine.connect() as connection:  # outside any transaction (BEGIN IMMEDIATE hooks)
            row = connection.connection.dbapi_connection.execute(
                f"PRAGMA wal_checkpoint({mode})").fetchone()
        return tuple(row)

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """A consistent single-file copy of the library as it is now (SQLite's backup API:
        committed edits included, whether still in the log or not), written beside the
        target and renamed, so a failure leaves no half-made file."""
        target = Path(target).expanduser().absolute()
        if target == self.path:
            raise errors.CoursesmithError("a copy cannot replace the library itself; choose another name")
        if not target.parent.is_dir():
            raise errors.CoursesmithError(f"the folder {target.parent} does not exist")
        temporary = target.with_name(f".{target.name}.saving")
        temporary.unlink(missing_ok=True)
        try:
            source = sqlite3.connect(self.path, timeout=5)
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
            finally:
                destination.close()
                source.close()
            os.replace(temporary, target)
        except OSError as error:
            raise errors.CoursesmithError(f"the copy could not be written to {target}: "
                                          f"{error.strerror or error}") from None
        finally:
            temporary.unlink(missing_ok=True)
        return target

    def close(self) -> None:
        try:
            self.checkpoint("TRUNCATE")  # the .cslib alone holds everything from now on
        except SQLAlchemyError:  # a checkpoint is a courtesy; closing must close
            pass
        self.engine.dispose()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(cls, path: str | os.PathLike[str], job: Job | None = None, *,
             waiting: Waiting | None = None, for_reading: bool = False) -> "Library":
        """Open a library for work. `job` hears of (and may cancel) the one long step an
        open can take: rebuilding the search index of a library indexed by an older version.

        `waiting` says how long writes wait while another program writes, and who hears
        of it. `for_reading`: the caller only reads (list, search, info), which WAL allows
        while another program writes, so the open does not wait for the write lock."""
        path = Path(path).expanduser().absolute()
        waiting = waiting or Waiting()
        revision = check_library_file(path, waiting, for_reading=for_reading)
        _, head = known_revisions()
        engine = _engine(path, waiting)
        if revision != head:
            _backup_once(path, label=f"before-upgrade-from-{revision}")
            _migrate(engine)
        library = cls(path, engine, waiting)
        try:
            with library.reading() as session:
                ready = search.index_ready(session)
            if not ready:
                with library.transaction() as session:
                    search.ensure_index(session, job)
        except BaseException:
            library.close()
            raise
        return library

    @classmethod
    def create(
        cls, path: str | os.PathLike[str], source_locale: str = "en", title: str = ""
    ) -> "Library":
        """A new, empty library; written beside the target and renamed, so a failure
        leaves no half-made file."""
        path = Path(path).expanduser().absolute()
        if path.exists():
            raise errors.LibraryExistsError(
                f"{path} already exists; choose another name or move that file away"
            )
        if not path.parent.is_dir():
            raise errors.CoursesmithError(f"the folder {path.parent} does not exist")
        locale = locales.normalize_locale(source_locale)
        temporary = path.with_name(f".{path.name}.creating")
        temporary.unlink(missing_ok=True)
        try:
            engine = _engine(temporary)
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            _migrate(engine)
            library = cls(temporary, engine)
            with library.transaction() as session:
                session.add(Locale(code=locale, is_source=True, position=0))
                session.add(Meta(key="created_with", value=f"Coursesmith {__version__}"))
                session.add(Meta(key="title", value=title or path.stem))
            engine.dispose()
            temporary.rename(path)
        finally:
            for leftover in (temporary, *_sidecars(temporary)):
                leftover.unlink(missing_ok=True)
        return cls.open(path)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


CACHE_KIB = 32 * 1024  # per connection, at most


def _engine(path: Path, waiting: Waiting | None = None) -> Engine:
    def load_json(text: str) -> object:
        """An object's stored JSON; unreadable means damaged, said in plain words."""
        try:
            return json.loads(text)
        except ValueError:
            raise errors.DamagedLibraryError(
                f"{path} is damaged (an object's data cannot be read); restore it from a "
                "backup (Coursesmith keeps one beside the library before each upgrade)"
            ) from None

    engine = create_engine(f"sqlite:///{path}",
                           connect_args={"timeout": write_lock.ATTEMPT_SECONDS},
                           json_deserializer=load_json)
    write_lock.install(engine, path, waiting or Waiting())

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # a search reads the same index pages query after query: keep more of them than
        # the default 2 MB (~5% less CPU per search on 100k objects). No mmap_size: a
        # mapped file that shrinks or vanishes (a removed drive) kills the process
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.close()

    return engine


def _migrate(engine: Engine) -> None:
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _backup_once(path: Path, label: str) -> Path:
    """The backup before an upgrade; an upgrade that failed and is tried again finds the
    one it made (newer than the unchanged library) instead of writing one more."""
    made = path.stat().st_mtime
    pattern = f"{glob.escape(path.stem)}.{label}.*{glob.escape(path.suffix or '.cslib')}"
    earlier = [p for p in path.parent.glob(pattern) if p.stat().st_mtime >= made]
    return max(earlier, default=None) or backup(path, label)


def backup(path: Path, label: str) -> Path:
    """A consistent copy beside the library (SQLite online backup), kept for the user."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}.{stamp}{path.suffix or '.cslib'}")
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


# --------------------------------------------------------------- pre-open checks


def check_library_file(path: Path, waiting: Waiting | None = None, *,
                       for_reading: bool = False) -> str | None:
    """Check, without writing, that `path` can be opened; return its schema revision.

    Raises a `LibraryOpenError` whose message says what is wrong and what to do, and then
    leaves the folder as it was (no -wal or -shm file made by the check). Writability comes
    before the contents: SQLite cannot read a WAL library in a folder it cannot write to,
    and a healthy library there must be called read-only, never damaged. A library
    another program is writing to is waited for (up to `waiting.patience`), not refused,
    unless the caller only reads.
    """
    _check_is_sqlite(path)
    _check_writable(path)
    with _leaving_folder_as_found(path):
        revision = _check_contents(path)
        if not for_reading:
            _check_not_locked(path, waiting or Waiting(patience=LOCK_WAIT_SECONDS))
    return revision


@contextmanager
def _leaving_folder_as_found(path: Path) -> Iterator[None]:
    """On a refusal, remove the -wal and -shm files the checks made. Another program's
    are kept: they were there before, or its -wal holds data."""
    sidecars = _sidecars(path)
    before = {sidecar for sidecar in sidecars if sidecar.exists()}
    try:
        yield
    except errors.LibraryOpenError:
        made = [sidecar for sidecar in sidecars if sidecar not in before and sidecar.exists()]
        wal = sidecars[0]
        if not (wal in made and wal.stat().st_size > 0):
            for sidecar in made:
                sidecar.unlink(missing_ok=True)
        raise


def is_library_file(path: Path) -> bool:
    """Is `path` (after symbolic links) a Coursesmith library, or one's -wal, -shm or
    -journal file? Read from the file's header, whatever its name: what must never be
    written over by anything but the library itself."""
    path = Path(path).resolve()
    for end in ("-wal", "-shm", "-journal"):
        if path.name.endswith(end) and is_library_file(path.with_name(path.name[: -len(end)])):
            return True
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError:
        return False
    return header.startswith(SQLITE_HEADER) and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def _check_is_sqlite(path: Path) -> None:
    if not path.exists():
        raise errors.LibraryOpenError(f"{path} does not exist; check the path")
    if path.is_dir():
        raise errors.NotALibraryError(f"{path} is a folder, not a Coursesmith library")
    if not path.is_file():  # reading a pipe would wait forever for a writer
        raise errors.NotALibraryError(
            f"{path} is not a regular file (a pipe, socket or device), not a Coursesmith "
            "library; open a .cslib file"
        )
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except PermissionError:
        raise errors.ReadOnlyLibraryError(
            f"{path} cannot be read: you have no permission; ask its owner for access"
        ) from None
    if not header.startswith(SQLITE_HEADER):
        raise errors.NotALibraryError(
            f"{path} is not a Coursesmith library; open a .cslib file or create a new library"
        )
    if len(header) < 100 or int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise errors.NotALibraryError(
            f"{path} is a database, but not a Coursesmith library; open a .cslib file"
        )


def _check_contents(path: Path) -> str | None:
    known, _ = known_revisions()
    damaged = errors.DamagedLibraryError(
        f"{path} is damaged and cannot be opened; restore it from a backup "
        "(Coursesmith keeps one beside the library before each upgrade)"
    )
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=LOCK_WAIT_SECONDS)
    except sqlite3.Error:
        raise damaged from None
    try:
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise damaged
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise _locked(path) from None
        raise damaged from None
    except sqlite3.DatabaseError:
        raise damaged from None
    finally:
        connection.close()
    if not revision:  # our file, but its creation never finished
        raise damaged
    revision = revision[0]
    if revision not in known:
        raise errors.NewerLibraryError(
            f"{path} was made by a newer version of Coursesmith; "
            "update Coursesmith to open it (the file was not changed)"
        )
    return revision


def _check_writable(path: Path) -> None:
    # os.access says yes to an administrator (root) whatever the permissions, so a file
    # the user marked read-only (no write bit for anyone) is also read-only here.
    marked_read_only = not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    if not os.access(path.parent, os.W_OK):  # a read-only file system says no to root too
        raise errors.ReadOnlyLibraryError(
            f"{path} is in a read-only folder ({path.parent}); Coursesmith writes its journal "
            "beside the library: copy the library to a folder where you can write"
        )
    if marked_read_only or not os.access(path, os.W_OK):
        raise errors.ReadOnlyLibraryError(
            f"{path} is read-only; copy it to a folder where you can write, "
            "or ask its owner for write access"
        )


def _locked(path: Path) -> errors.LibraryLockedError:
    return errors.LibraryLockedError(
        f"{path} is locked by another program; close that program (or wait) and try again"
    )


def _check_not_locked(path: Path, waiting: Waiting) -> None:
    """Take and release the write lock (BEGIN IMMEDIATE writes nothing to the file),
    waiting for another program's writes up to the patience."""
    try:
        connection = sqlite3.connect(path, timeout=min(LOCK_WAIT_SECONDS, waiting.patience),
                                     isolation_level=None)
        try:
            write_lock.begin_immediate(connection, path, waiting)
            connection.execute("ROLLBACK")
        finally:
            connection.close()
    except (sqlite3.OperationalError, errors.LibraryBusyError):
        raise _locked(path) from None
