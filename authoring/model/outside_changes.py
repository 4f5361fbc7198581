"""What other programs changed: noticed cheaply, announced like our own changes.

When the command line or a second window writes to the library the app has open, the
app's views must show it. SQLite's `PRAGMA data_version`, read on one connection kept for
the purpose, changes whenever any other connection committed: checking it costs a few
microseconds, so the app can ask every second while idle. Only when it changed are the
objects' revisions read (one narrow query) and compared with the last ones seen; the
difference is announced through `library.events` with origin `OUTSIDE`, so every view
refreshes exactly as after its own edits. Objects this process changed itself since the
last look were announced already and are left out.

SQLite only, like `search` and `blobstore`; on PostgreSQL, LISTEN/NOTIFY will feed the
same `poll`.
"""

from __future__ import annotations

import sqlite3
import threading

from authoring.model.events import Changes
from authoring.model.library import Library


class _Outside:
    def __repr__(self) -> str:
        return "another program"


OUTSIDE = _Outside()  # the origin of changes another program made: no view's own


class OutsideChanges:
    """Polled by the app on a timer (`poll`); see the module docstring."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._connection = sqlite3.connect(library.path, isolation_level=None,
                                           check_same_thread=False)
        self._own: set[str] = set()
        self._lock = threading.Lock()
        library.events.connect(self._note_own)
        self._version = self._data_version()
        self._revisions, self._marks = self._read()

    def poll(self) -> Changes | None:
        """Announce what other programs committed since the last poll; None if nothing."""
        version = self._data_version()
        if version == self._version:
            return None
        self._version = version
        changes = self._compare()
        if changes:
            self._library.events.announce(changes)
        return changes or None

    def close(self) -> None:
        self._library.events.disconnect(self._note_own)
        self._connection.close()

    # ---------------------------------------------------------------- internals

    def _note_own(self, changes: Changes) -> None:
        if changes.origin is not OUTSIDE:
            with self._lock:
                self._own |= changes.touched

    def _data_version(self) -> int:
        return self._connection.execute("PRAGMA data_version").fetchone()[0]

    def _read(self) -> tuple[dict[str, int], tuple[int, int, str]]:
        """Object revisions; the newest comment, workflow step and translation."""
        execute = self._connection.execute
        execute("BEGIN")  # one consistent view
        try:
            revisions = dict(execute("SELECT id, revision FROM objects"))
            marks = execute(
                "SELECT (SELECT coalesce(max(id), 0) FROM comments), "
                "(SELECT coalesce(max(id), 0) FROM workflow_events), "
                "(SELECT coalesce(max(modified_at), '') FROM translations)").fetchone()
        finally:
            execute("COMMIT")
        return revisions, marks

    def _compare(self) -> Changes:
        before, (comment, step, translated) = self._revisions, self._marks
        execute = self._connection.execute
        commented = {row[0] for row in execute(
            "SELECT object_id FROM comments WHERE id > ? UNION "
            "SELECT object_id FROM workflow_events WHERE id > ?", (comment, step))}
        retranslated = {row[0] for row in execute(
            "SELECT DISTINCT object_id FROM translations WHERE modified_at > ?", (translated,))}
        after, self._marks = self._read()
        self._revisions = after
        with self._lock:
            own, self._own = self._own, set()
        modified = {i for i in before.keys() & after.keys() if before[i] != after[i]} - own
        return Changes(
            created=set(after.keys() - before.keys()) - own,
            modified=modified,
            deleted=set(before.keys() - after.keys()) - own,
            children=set(modified), versions=set(modified),
            translations=retranslated - own, comments=commented - own,
            origin=OUTSIDE,
        )
