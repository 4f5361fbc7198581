"""Where-used: which blocks, pages, lessons and courses reach an object.

A query over the links of working copies, not a cache, so it is never stale. One
recursive CTE walks up from the object; it runs unchanged on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from authoring.model.content import CONTAINER_KINDS
from authoring.model.schema import LearningObject, Link


@dataclass(frozen=True)
class User:
    id: str
    kind: str
    title: str
    direct: bool  # refers to the object itself, not through another object


def where_used(session: Session, object_id: str, *, include_trashed: bool = False) -> list[User]:
    """Every object above `object_id` (direct users first), trash left out unless asked."""
    up = (
        select(Link.parent_id.label("id"), literal(1).label("depth"))
        .where(Link.child_id == object_id)
        .cte("up", recursive=True)
    )
    step = select(Link.parent_id, up.c.depth + 1).join(up, Link.child_id == up.c.id)
    if not include_trashed:  # a block on a trashed page is not used by that page's lesson
        step = step.join(LearningObject, LearningObject.id == Link.parent_id).where(
            LearningObject.trashed_at.is_(None))
    up = up.union(step)
    query = (
        select(LearningObject.id, LearningObject.kind, LearningObject.title, up.c.depth)
        .join(up, LearningObject.id == up.c.id)
        .order_by(up.c.depth, LearningObject.kind, LearningObject.title)
    )
    if not include_trashed:
        query = query.where(LearningObject.trashed_at.is_(None))
    seen: dict[str, User] = {}
    for oid, kind, title, depth in session.execute(query):
        if oid not in seen:
            seen[oid] = User(oid, kind, title, direct=depth == 1)
    return list(seen.values())


def containers_using(session: Session, object_id: str) -> list[User]:
    """The pages, lessons and courses that reach an object: what a designer asks for."""
    return [u for u in where_used(session, object_id) if u.kind in CONTAINER_KINDS]
