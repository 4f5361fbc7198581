"""The edits a designer makes in the course outline, each a function of one session.

Each is one user action: the app runs it as one undoable operation, a test or a script
inside any transaction. Positions are rows as the outline shows them; a move checks
that the rows still hold what the designer dragged, so a stale drag changes nothing.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy.orm import Session

from authoring.model import objects, where_used
from authoring.model.errors import CoursesmithError
from authoring.model.objects import ChildRef

# (parent id, row, object id, kind): one dragged outline row
Item = tuple[str, int, str, str]


def add_course(session: Session, title: str, author: str = "") -> str:
    return objects.create(session, "course", title, author=author).id


def add_child(session: Session, parent_id: str, kind: str, title: str,
              position: int | None = None, author: str = "") -> str:
    """A new lesson (in a course) or page (in a lesson) at `position` (None: the end)."""
    child = objects.create(session, kind, title, author=author)
    objects.insert_child(session, parent_id, child.id, position)
    return child.id


def move(session: Session, items: Iterable[Item], target_id: str, position: int) -> None:
    """Move dragged rows to `position` among `target_id`'s children, keeping their order."""
    items = [tuple(item) for item in items]
    parents = list(dict.fromkeys([*(item[0] for item in items), target_id]))
    lists = {pid: objects.children(session, pid) for pid in parents}
    moved: list[ChildRef] = []
    for parent_id, row, object_id, _kind in sorted(items, key=lambda i: -i[1]):
        refs = lists[parent_id]
        if row >= len(refs) or refs[row].id != object_id:
            raise CoursesmithError("the outline changed meanwhile; try again")
        moved.insert(0, refs.pop(row))
        if parent_id == target_id and row < position:
            position -= 1
    order = [item[2] for item in items]
    moved.sort(key=lambda ref: order.index(ref.id))
    lists[target_id][position:position] = moved
    for parent_id in parents:
        objects.set_children(session, parent_id, lists[parent_id])


def moved_containers(items: Iterable[Item], target_id: str) -> list[str]:
    """The containers a move changes: what an undo step must remember."""
    return list(dict.fromkeys([*(item[0] for item in items), target_id]))


def insert_references(session: Session, ids: list[str], target_id: str, position: int) -> None:
    """Objects dropped from the library go in by reference, never as copies."""
    refs = objects.children(session, target_id)
    refs[position:position] = [ChildRef(i) for i in ids]
    objects.set_children(session, target_id, refs)


def insert_copies(session: Session, ids: list[str], target_id: str, position: int,
                  author: str = "") -> list[str]:
    """Pasted as copies: deep copies of the objects go in (nothing shared); their ids."""
    copies = [objects.copy(session, i, deep=True, author=author).id for i in ids]
    insert_references(session, copies, target_id, position)
    return copies


def duplicate(session: Session, object_id: str, parent_id: str | None, row: int,
              author: str = "") -> str:
    """A deep copy placed right after the original (when it has a container)."""
    copy = objects.copy(session, object_id, deep=True, author=author)
    if parent_id:
        objects.insert_child(session, parent_id, copy.id, row + 1)
    return copy.id


def delete(session: Session, object_id: str, parent_id: str | None, row: int) -> None:
    """Take the row out of its container and move the object to the trash."""
    if parent_id:
        refs = objects.children(session, parent_id)
        if row < len(refs) and refs[row].id == object_id:
            objects.remove_child(session, parent_id, row)
    objects.trash(session, object_id, force=True)


def deletion_facts(session: Session, object_id: str, parent_id: str | None
                   ) -> tuple[str, list[where_used.User]]:
    """What a delete confirmation says: the title, and the other places that use it."""
    title = objects.get(session, object_id).title
    elsewhere = [user for user in where_used.containers_using(session, object_id)
                 if user.id != parent_id and user.direct]
    return title, elsewhere


def contents(session: Session, object_id: str) -> dict[str, int]:
    """What a container holds, all the way down: kind -> how many (a delete says so)."""
    counts: dict[str, int] = {}
    pending = [ref.id for ref in objects.children(session, object_id)]
    while pending:
        child = objects.get(session, pending.pop())
        counts[child.kind] = counts.get(child.kind, 0) + 1
        pending.extend(ref.id for ref in objects.children(session, child.id))
    return counts
