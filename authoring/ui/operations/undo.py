"""Undo: an undoable operation becomes one `LibraryCommand`, one named step on the stack.

`transact` runs the action once in one transaction, remembering the touched objects
before and after (see `model/snapshots.py`); it may run on a worker thread, since what it
keeps is plain data. The command made from it on the window's thread puts those states
back (undo) or forward again (redo), each in a transaction of its own. A failing action
raises before anything is pushed, so the stack never holds a step that did not happen.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from authoring.model.errors import ChangedElsewhereError
from authoring.model.jobs import Job
from authoring.model.library import Library
from authoring.model.snapshots import ObjectState, capture, restore
from authoring.ui import dialogs
from authoring.ui.qt import QUndoCommand

States = dict[str, ObjectState | None]
Action = Callable[[Any], Any]  # called with the transaction's session


def transact(library: Library, action: Action, touched: Iterable[str], origin: object,
             job: Job) -> tuple[Any, States, States]:
    """Run `action` in one transaction; (its result, states before, states after).

    A job cancelled while the action ran rolls the transaction back (`job.check()`).
    """
    with library.transaction(origin=origin) as session:
        touched = list(touched)
        before = capture(session, touched)
        result = action(session)
        job.check()
        changes = session.info["changes"]
        session.flush()
        ids = [*touched, *changes.created, *changes.modified, *changes.children]
        for created in changes.created:
            before.setdefault(created, None)
        after = capture(session, ids)
    return result, before, after


class LibraryCommand(QUndoCommand):
    MERGE_ID = 7301  # any constant: QUndoStack only merges commands with equal ids

    def __init__(self, library: Library, label: str, before: States, after: States,
                 origin: object = None, merge_key: str | None = None) -> None:
        super().__init__(label)
        self.library, self.origin, self.merge_key = library, origin, merge_key
        self.before, self.after = dict(before), dict(after)
        self._done = True

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing into one block is one undo step, not one per debounced save."""
        if not isinstance(other, LibraryCommand) or other.merge_key != self.merge_key:
            return False
        for object_id, state in other.before.items():
            self.before.setdefault(object_id, state)
        self.after.update(other.after)
        return True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo(); the action already ran
            self._done = False
            return
        self._put_back(self.after, expected=self.before)

    def undo(self) -> None:
        self._put_back({k: v for k, v in self.before.items() if k in self.after or v},
                       expected=self.after)

    def _put_back(self, states: States, expected: States) -> None:
        """Restore `states` where the objects still look as `expected`; if someone else
        (another program or window) changed one since, their change is kept, the user is
        told, and the step is dropped."""
        try:
            with self.library.transaction(origin=self.origin) as session:
                restore(session, states, expected=expected)
        except ChangedElsewhereError as error:
            self.setObsolete(True)
            dialogs.show_error(None, str(error))
