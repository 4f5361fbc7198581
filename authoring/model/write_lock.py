"""Taking turns with other programs: a write transaction holds the write lock before it
reads, and waits its turn (saying so) while another program writes.

Two programs on one library (two windows, the app and the command line, two scripts)
must never lose each other's edits. A transaction that reads a value, then writes what
it computed from it, is only safe if nobody can commit in between; so on SQLite every
write transaction starts with `BEGIN IMMEDIATE`, which takes the write lock before the
first read (the driver's default starts the transaction at the first write, after the
reads: that lost 40% of the increments of two editors). Read-only work (`reading()`)
starts a plain deferred transaction, which WAL lets run while another program writes.

When another program holds the write lock (a long import), `BEGIN IMMEDIATE` waits: the
waiting is reported once through `Waiting.notify` ("waiting for another program (...)")
and gives up only after `Waiting.patience` seconds, with `LibraryBusyError`: busy is
never reported as damaged.

A working copy read in one transaction and written back in a later one (an editor's
view) is guarded by the per-object revision counter instead (`schema.LearningObject`),
which works the same on every database; this module is the SQLite half.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from authoring.model.errors import LibraryBusyError

READ_ONLY = "coursesmith_read_only"  # execution option of the engine `reading()` uses
ATTEMPT_SECONDS = 1.0  # SQLite's own busy wait per attempt: the first report comes after it
DEFAULT_PATIENCE = 5.0


@dataclass
class Waiting:
    """How long a write waits for another program, and who hears that it waits.

    The app keeps a short patience (a window must not hang), the command line a long one
    (a script would rather wait for the other import than fail)."""

    patience: float = DEFAULT_PATIENCE
    notify: Callable[[str], None] | None = None

    def tell(self, message: str) -> None:
        if self.notify is not None:
            self.notify(message)


def waiting_message(path: Path) -> str:
    return (f"waiting for another program (it is writing to {path.name}); "
            "this goes on by itself as soon as it has finished")


def busy_error(path: Path, waited: float) -> LibraryBusyError:
    return LibraryBusyError(
        f"{path} is busy: another program has been writing to it for {waited:.0f} s; "
        "nothing was changed here: try again when it has finished (the library is not damaged)"
    )


def is_busy(error: BaseException) -> bool:
    """Whether a driver error means "another program holds the lock", not damage."""
    text = str(getattr(error, "orig", None) or error).lower()
    return "database is locked" in text or "database is busy" in text or "locked" in text


def install(engine: Engine, path: Path, waiting: Waiting) -> None:
    """Make `engine`'s transactions take their turn (SQLite; other databases lock rows)."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # the driver must not begin on its own

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            begin_immediate(connection.connection.dbapi_connection, path, waiting)


def begin_immediate(dbapi_connection, path: Path, waiting: Waiting) -> None:
    """`BEGIN IMMEDIATE`, retried while another program writes, within the patience."""
    started = time.monotonic()
    told = False
    while True:
        try:
            dbapi_connection.execute("BEGIN IMMEDIATE")
            return
        except Exception as error:  # sqlite3.OperationalError; the driver's, not ours
            if not is_busy(error):
                raise
            waited = time.monotonic() - started
            if waited >= waiting.patience:
                raise busy_error(path, waited) from None
            if not told:
                waiting.tell(waiting_message(path))
                told = True
