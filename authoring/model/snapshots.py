"""Object snapshots for undo: capture what some objects look like, put it back later.

The app's undo stack keeps, for each user action, the state of the objects it touched
before and after. Restoring goes through the normal services (and the session's hooks),
so links, the search index and change events stay right. An object that did not exist before an action is
moved to the trash on undo (and brought back on redo): ids are never reused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import errors, objects
from authoring.model.content import CHILD_KINDS, CONTAINER_KINDS
from authoring.model.objects import ChildRef
from authoring.model.schema import LearningObject, Translation


@dataclass(frozen=True)
class ObjectState:
    title: str
    data: dict[str, Any]
    children: tuple[ChildRef, ...]
    tags: tuple[str, ...]
    trashed_at: datetime | None
    state: str
    # (field, locale, text, source hash, source text) of its translations: a replace in
    # a target locale changes only these
    translations: tuple[tuple[str, str, str, str, str | None], ...] = ()

    def content(self) -> tuple:
        """What an edit changes (not the workflow state nor the trash, which are not
        undone edits): compared to tell whether someone else changed the object."""
        return self.title, self.data, self.children, self.tags


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
            obj.trashed_at, obj.state, _translations(session, obj.id),
        )
    return states


def _translations(session: Session, object_id: str) -> tuple[tuple[str, str, str, str, str | None], ...]:
    rows = session.scalars(select(Translation).where(Translation.object_id == object_id)
                           .order_by(Translation.field, Translation.locale))
    return tuple((row.field, row.locale, row.text, row.source_hash, row.source_text)
                 for row in rows)


def _restore_translations(session: Session, object_id: str,
                          wanted: tuple[tuple[str, str, str, str, str | None], ...]) -> None:
    if _translations(session, object_id) == wanted:
        return
    rows = {(row.field, row.locale): row for row in
            session.scalars(select(Translation).where(Translation.object_id == object_id))}
    for field, locale, text, source_hash, source_text in wanted:
        row = rows.pop((field, locale), None)
        if row is None:
            row = Translation(object_id=object_id, field=field, locale=locale)
            session.add(row)
        row.text, row.source_hash, row.source_text = text, source_hash, source_text
    for row in rows.values():
        session.delete(row)
    session.flush()


def restore(session: Session, states: dict[str, ObjectState | None],
            expected: dict[str, ObjectState | None] | None = None) -> None:
    """Put `states` back.

    `expected`: what each object should still look like (what the undone or redone step
    left). An object someone else (another program or window) changed since is not
    overwritten: `ChangedElsewhereError`, and the caller's transaction rolls back whole."""
    if expected:
        _check_unchanged(session, expected)
    # Containers last, so that the children they refer to are back first.
    ordered = sorted(states.items(), key=lambda item: _depth(session, item[0]))
    for object_id, state in ordered:
        obj = session.get(LearningObject, object_id)
        if obj is None:
            continue  # purged since: nothing to put back
        if state is None:
            if obj.trashed_at is None:
                objects.trash(session, object_id, force=True)
            continue
        objects.update(session, object_id, title=state.title, data=state.data)
        if obj.kind in CHILD_KINDS:
            objects.set_children(session, object_id, state.children)
        objects.set_tags(session, object_id, state.tags)
        _restore_translations(session, object_id, state.translations)
        if obj.state != state.state:
            obj.state = state.state
        if state.trashed_at is None and obj.trashed_at is not None:
            objects.restore(session, object_id)
        elif state.trashed_at is not None and obj.trashed_at is None:
            objects.trash(session, object_id, force=True)


def _check_unchanged(session: Session, expected: dict[str, ObjectState | None]) -> None:
    now = capture(session, [i for i, state in expected.items() if state is not None])
    for object_id, state in now.items():
        wanted = expected[object_id]
        if state is not None and state.content() != wanted.content():
            raise errors.ChangedElsewhereError(
                f"'{state.title or object_id}' was changed by someone else (another program "
                "or window) since; it was left as they made it, and this step cannot be undone")


_ORDER = {kind: depth for depth, kind in enumerate(CONTAINER_KINDS, 1)}  # innermost first


def _depth(session: Session, object_id: str) -> int:
    obj = session.get(LearningObject, object_id)
    return _ORDER.get(obj.kind, 0) if obj else 0
