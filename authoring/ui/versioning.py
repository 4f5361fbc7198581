"""When an editing session ends, record a version of what was edited.

Edits land in the working copy at once; a version is recorded when the designer moves on
(the selection goes to another object) or after a pause, never per keystroke
(ARCHITECTURE.md). Recording does nothing when the working copy equals the head, so
recording too often costs nothing.
"""

from __future__ import annotations

from typing import Callable

from authoring.model.events import Changes
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.operations import Context, objects as ops
from authoring.ui.qt import QObject, QTimer

PAUSE_MS = 30_000


class VersionRecorder(QObject):
    def __init__(self, events: QtLibraryEvents, author: Callable[[], str],
                 pause_ms: int = PAUSE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = Context(events.library, origin=self)
        self.author = author
        self.pending: set[str] = set()
        events.changed.connect(self._on_library_change)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.flush)

    def _on_library_change(self, changes: Changes) -> None:
        if changes.origin is self:
            return  # our own versions
        # an object given a version in the same transaction (export, a workflow step) has
        # nothing left to record
        edited = ((changes.modified | changes.children) - changes.created - changes.deleted
                  - changes.versions)
        if edited:
            self.pending |= edited
            self._timer.start()

    def selection_changed(self, object_id: str | None) -> None:
        """The designer moved on: what they were editing (not what they went to) is done."""
        self.flush(keep={object_id} if object_id else set())

    def flush(self, keep: set[str] = frozenset()) -> int:
        done = self.pending - set(keep)
        self.pending &= set(keep)
        if not done:
            return 0
        recorded = ops.record_versions(self.context, sorted(done), self.author()).run() or 0
        if self.pending:
            self._timer.start()
        return recorded
