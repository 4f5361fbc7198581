"""Object snapshots for undo: capture what some objects look like, put it back later.

The app's undo stack keeps, for each user action, the state of the objects it touched
before and after. Restoring goes through the normal services (and the session's hooks),
so links, the search index and change events stay right. An object that did not exist before an action is
moved to the trash on undo (and brought back on redo): ids are never reused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable

from sqlalchemy.orm import Session

from authoring.model import objects
from authoring.model.content import CHILD_KINDS, CONTAINER_KINDS
from authoring.model.objects import ChildRef
from authoring.model.schema import LearningObject


@dataclass(frozen=True)
class ObjectState:
    title: str
    data: dict[str, Any]
    children: tuple[ChildRef, ...]
    tags: tuple[str, ...]
    trashed_at: datetime | None
    state: str
    revision: int = field(default=0, compare=False)  # the object's revision at the capture


def capture(session: Session, ids: Iterable[str]) -> dict[str, ObjectState | None]:
    states: dict[str, ObjectState | None] = {}
    for object_id in dict.fromkeys(ids):
        obj = session.get(LearningObject, object_id)
        if obj is None:
            states[object_id] = None
            continue
        children = tuple(objects.children(session, obj.id)) if obj.kind in CHILD_KINDS else ()
        states[object_id] = ObjectState(
            obj.title, dict(obj.data), children, tuple(t.tag for t in obj.tags),
            obj.trashed_at, obj.state, obj.revision,
        )
    return states


def restore(session: Session, states: dict[str, ObjectState | None],
            expected: dict[str, int] | None = None) -> dict[str, int]:
    """Put `states` back; the objects' revisions afterwards.

    `expected`: the revision each object should still have (the one undo or redo left it
    at). An object someone else changed since is not overwritten: `ChangedElsewhereError`,
    and the caller's transaction rolls back whole."""
    # Containers last, so that the children they refer to are back first.
    ordered = sorted(states.items(), key=lambda item: _depth(session, item[0]))
    for object_id, state in ordered:
        obj = session.get(LearningObject, object_id)
        if obj is None:
            continue  # purged since: nothing to put back
        objects.expect_revision(obj, (expected or {}).get(object_id))
        if state is None:
            if obj.trashed_at is None:
                objects.trash(session, object_id, force=True)
            continue
        objects.update(session, object_id, title=state.title, data=state.data)
        if obj.kind in CHILD_KINDS:
            objects.set_children(session, object_id, state.children)
        objects.set_tags(session, object_id, state.tags)
        if obj.state != state.state:
            obj.state = state.state
        if state.trashed_at is None and obj.trashed_at is not None:
            objects.restore(session, object_id)
        elif state.trashed_at is not None and obj.trashed_at is None:
            objects.trash(session, object_id, force=True)
    session.flush()
    return revisions(session, states)


def revisions(session: Session, ids: Iterable[str]) -> dict[str, int]:
    """The current revision of each object that still exists."""
    found = (session.get(LearningObject, object_id) for object_id in ids)
    return {obj.id: obj.revision for obj in found if obj is not None}


_ORDER = {kind: depth for depth, kind in enumerate(CONTAINER_KINDS, 1)}  # innermost first


def _depth(session: Session, object_id: str) -> int:
    obj = session.get(LearningObject, object_id)
    return _ORDER.get(obj.kind, 0) if obj else 0
