"""Operations of the course outline: add, move, insert, duplicate, delete (all undoable).

The logic lives in `model/outline_edits.py`; here each edit gets its label and the
containers its undo step must remember.
"""

from __future__ import annotations

from authoring.model import outline_edits
from authoring.ui.operations.operation import Context, Operation, tr

_ADD_LABELS = {"lesson": "Add lesson", "page": "Add page"}


def add_course(context: Context, title: str, author: str) -> Operation:
    return Operation(context, tr("Add course"), undoable=True,
                     action=lambda session: outline_edits.add_course(session, title, author))


def add_child(context: Context, parent_id: str, kind: str, title: str, position: int | None,
              author: str) -> Operation:
    """A new lesson in a course, or page in a lesson; the result is its id."""
    return Operation(context, tr(_ADD_LABELS[kind]), undoable=True, touched=[parent_id],
                     action=lambda session: outline_edits.add_child(
                         session, parent_id, kind, title, position, author))


def move(context: Context, items: list[outline_edits.Item], target_id: str,
         position: int) -> Operation:
    label = tr("Move") if len(items) == 1 else tr("Move %n items", len(items))
    return Operation(context, label, undoable=True,
                     touched=outline_edits.moved_containers(items, target_id),
                     action=lambda session: outline_edits.move(session, items, target_id, position))


def insert_references(context: Context, ids: list[str], target_id: str, position: int) -> Operation:
    return Operation(context, tr("Insert"), undoable=True, touched=[target_id],
                     action=lambda session: outline_edits.insert_references(
                         session, ids, target_id, position))


def insert_copies(context: Context, ids: list[str], target_id: str, position: int,
                  author: str) -> Operation:
    return Operation(context, tr("Paste as copy"), undoable=True, touched=[target_id],
                     action=lambda session: outline_edits.insert_copies(
                         session, ids, target_id, position, author))


def duplicate(context: Context, object_id: str, parent_id: str | None, row: int,
              author: str) -> Operation:
    return Operation(context, tr("Duplicate"), undoable=True,
                     touched=[parent_id] if parent_id else [],
                     action=lambda session: outline_edits.duplicate(
                         session, object_id, parent_id, row, author))


def delete(context: Context, object_id: str, parent_id: str | None, row: int) -> Operation:
    return Operation(context, tr("Delete"), undoable=True,
                     touched=[parent_id, object_id] if parent_id else [object_id],
                     action=lambda session: outline_edits.delete(session, object_id, parent_id, row))
