"""What the course outline shows: courses, and each container's children, as plain rows.

One query per container read (not one per child), so expanding a lesson of 300 pages
costs a few milliseconds on the window's thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model.schema import LearningObject, Link


@dataclass(frozen=True)
class OutlineRow:
    id: str
    kind: str
    title: str
    trashed: bool


def _rows(query) -> list[OutlineRow]:
    return [OutlineRow(oid, kind, title, trashed is not None) for oid, kind, title, trashed in query]


_COLUMNS = (LearningObject.id, LearningObject.kind, LearningObject.title, LearningObject.trashed_at)


def course_rows(session: Session) -> list[OutlineRow]:
    """Courses outside the trash, oldest first (the order they were made in)."""
    return _rows(session.execute(
        select(*_COLUMNS).where(LearningObject.kind == "course", LearningObject.trashed_at.is_(None))
        .order_by(LearningObject.created_at, LearningObject.id)))


def child_rows(session: Session, parent_id: str) -> list[OutlineRow]:
    """A container's children in order; a child in the trash is shown as such, not hidden."""
    return _rows(session.execute(
        select(*_COLUMNS).join(Link, Link.child_id == LearningObject.id)
        .where(Link.parent_id == parent_id, Link.role == "child").order_by(Link.position)))


def row(session: Session, object_id: str) -> OutlineRow | None:
    found = _rows(session.execute(select(*_COLUMNS).where(LearningObject.id == object_id)))
    return found[0] if found else None


def any_course(session: Session, ids: set[str]) -> bool:
    """Is one of `ids` a course (so the outline's top level must be read again)?"""
    if not ids:
        return False
    return session.scalar(select(LearningObject.id).where(
        LearningObject.id.in_(list(ids)), LearningObject.kind == "course").limit(1)) is not None
