"""What the library browser lists: plain rows, read a page at a time, never ORM objects.

The browser shows every object (filtered by kind, state, tag), newest first, or the hits
of a search. Both come back as `Row`s, so the view holds ids and display text only and
a library of 100,000 objects lists as fast as one of ten.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from authoring.model import search
from authoring.model.schema import AssetFile, Comment, LearningObject, Tag

__all__ = ["Filters", "Row", "RowFacts", "list_rows", "search_rows", "row_facts", "tag_names",
           "counts", "kinds_of", "titles"]

SEARCH_LIMIT = 500


@dataclass(frozen=True)
class Filters:
    kind: str = ""
    tag: str = ""
    state: str = ""
    locale: str = ""
    open_review: bool = False  # only objects with open comments from a reviewer


@dataclass(frozen=True)
class Row:
    id: str
    kind: str
    title: str
    state: str
    mime: str = ""
    locale: str = ""
    snippet: str = ""


@dataclass(frozen=True)
class RowFacts:
    """What can change about a listed object without it leaving the listing order."""

    title: str
    state: str
    trashed: bool


def _listing_query(filters: Filters):
    query = (
        select(LearningObject.id, LearningObject.kind, LearningObject.title,
               LearningObject.state, AssetFile.mime)
        .outerjoin(AssetFile, AssetFile.object_id == LearningObject.id)
        .where(LearningObject.trashed_at.is_(None))
        .order_by(LearningObject.created_at.desc(), LearningObject.id.desc())
    )
    if filters.kind:
        query = query.where(LearningObject.kind == filters.kind)
    if filters.state:
        query = query.where(LearningObject.state == filters.state)
    if filters.tag:
        query = query.where(exists().where(Tag.object_id == LearningObject.id,
                                           Tag.tag == filters.tag.strip().lower()))
    if filters.open_review:
        query = query.where(_has_open_review())
    return query


def _has_open_review():
    """An object with an open thread from a review build or a Word review."""
    return exists().where(Comment.object_id == LearningObject.id, Comment.parent_id.is_(None),
                          Comment.resolved.is_(False), Comment.source != "app")


def list_rows(session: Session, filters: Filters, offset: int, limit: int) -> list[Row]:
    """Objects not in the trash, newest first, `limit` of them from `offset`."""
    rows = session.execute(_listing_query(filters).offset(offset).limit(limit))
    return [Row(oid, kind, title, state, mime or "") for oid, kind, title, state, mime in rows]


def search_rows(session: Session, query: str, filters: Filters,
                limit: int = SEARCH_LIMIT) -> list[Row]:
    """Best first, one row per object (its best-matching locale)."""
    hits = search.search(session, query, kind=filters.kind or None, tag=filters.tag or None,
                         state=filters.state or None, locale=filters.locale or None,
                         limit=limit)
    if filters.open_review and hits:
        ids = [hit.id for hit in hits]
        reviewed = set(session.scalars(select(LearningObject.id).where(
            LearningObject.id.in_(ids), _has_open_review())))
        hits = [hit for hit in hits if hit.id in reviewed]
    seen: dict[str, Row] = {}
    for hit in hits:  # the search read each object's state and file type with its text
        if hit.id not in seen:
            seen[hit.id] = Row(hit.id, hit.kind, hit.title, hit.state, hit.mime,
                               locale=hit.locale, snippet=hit.snippet)
    return list(seen.values())


def row_facts(session: Session, ids: set[str] | list[str]) -> dict[str, RowFacts]:
    """Title, state and trash of the objects given (missing ids are left out)."""
    rows = session.execute(
        select(LearningObject.id, LearningObject.title, LearningObject.state,
               LearningObject.trashed_at).where(LearningObject.id.in_(list(ids))))
    return {oid: RowFacts(title, state, trashed is not None) for oid, title, state, trashed in rows}


def tag_names(session: Session) -> list[str]:
    """Every tag in use, sorted: the choices of the browser's tag filter."""
    return list(session.scalars(select(Tag.tag).distinct().order_by(Tag.tag)))


def counts(session: Session, kinds: tuple[str, ...]) -> dict[str, int]:
    """How many objects of each kind are outside the trash (cheap on any library size)."""
    rows = session.execute(
        select(LearningObject.kind, func.count()).where(LearningObject.trashed_at.is_(None))
        .where(LearningObject.kind.in_(kinds)).group_by(LearningObject.kind))
    return {kind: 0 for kind in kinds} | dict(rows.all())


def kinds_of(session: Session, ids: list[str]) -> dict[str, str]:
    """id -> kind of the objects that exist among `ids`."""
    rows = session.execute(select(LearningObject.id, LearningObject.kind)
                           .where(LearningObject.id.in_(list(ids))))
    return dict(rows.all())


def titles(session: Session, kind: str) -> list[tuple[str, str]]:
    """(id, title) of every object of `kind` outside the trash, newest first."""
    rows = session.execute(
        select(LearningObject.id, LearningObject.title)
        .where(LearningObject.kind == kind, LearningObject.trashed_at.is_(None))
        .order_by(LearningObject.created_at.desc(), LearningObject.id.desc()))
    return [(oid, title) for oid, title in rows]
