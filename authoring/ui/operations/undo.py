"""Undo: every user action is one `LibraryCommand` — one transaction, one undo step.

The command runs the action once, remembering the touched objects before and after (see
`model/snapshots.py`); undo and redo put those states back in a transaction of their
own. A failing action raises before anything is pushed, so the stack never holds a step
that did not happen.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from sqlalchemy.orm import Session

from authoring.model.library import Library
from authoring.model.snapshots import capture, restore
from authoring.ui.qt import QUndoCommand, QUndoStack

Action = Callable[[Session], Any]


class LibraryCommand(QUndoCommand):
    MERGE_ID = 7301  # any constant: QUndoStack only merges commands with equal ids

    def __init__(self, library: Library, label: str, action: Action,
                 touched: Iterable[str] = (), origin: object = None,
                 merge_key: str | None = None) -> None:
        super().__init__(label)
        self.library = library
        self.merge_key = merge_key
        self.origin = origin
        self.result: Any = None
        with library.transaction(origin=origin) as session:
            touched = list(touched)
            self.before = capture(session, touched)
            self.result = action(session)
            changes = session.info["changes"]
            session.flush()
            ids = [*touched, *changes.created, *changes.modified, *changes.children]
            for created in changes.created:
                self.before.setdefault(created, None)
            self.after = capture(session, ids)
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
        with self.library.transaction(origin=self.origin) as session:
            restore(session, self.after)

    def undo(self) -> None:
        with self.library.transaction(origin=self.origin) as session:
            restore(session, {k: v for k, v in self.before.items() if k in self.after or v})


def run(stack: QUndoStack, library: Library, label: str, action: Action,
        touched: Iterable[str] = (), origin: object = None, merge_key: str | None = None) -> Any:
    """Do `action` as one undoable step; returns what the action returned.

    Consecutive commands with the same `merge_key` become one step (typing in a block).
    """
    command = LibraryCommand(library, label, action, touched, origin, merge_key)
    stack.push(command)
    return command.result
