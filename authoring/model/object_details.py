"""What the inspector shows about one object: its facts, versions and comment threads.

Plain frozen dataclasses read in the caller's session, so the inspector never holds an
ORM object (or a session) longer than the read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import assets, objects, versions, workflow
from authoring.model.describe import describe
from authoring.model.schema import LearningObject, Link


@dataclass(frozen=True)
class FileFacts:
    filename: str
    mime: str
    size: int
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class ObjectDetails:
    id: str
    kind: str
    title: str
    state: str
    version: int  # the head; 0 = none recorded yet
    tags: tuple[str, ...]
    created: str  # ISO 8601
    modified: str
    data: dict[str, Any]
    file: FileFacts | None = None
    thumbnail: bytes | None = None  # PNG, for pictures
    trail: tuple[str, ...] = ()  # titles of the containers above it: course › lesson › page
    approved_by: str = ""  # who approved it, when it is approved


@dataclass(frozen=True)
class VersionRow:
    number: int
    author: str
    created: datetime
    summary: str


@dataclass(frozen=True)
class VersionContent:
    title: str
    data: dict[str, Any]
    children: tuple[tuple[str, int | None], ...]  # (child id, pinned version)


@dataclass(frozen=True)
class CommentRow:
    id: int
    author: str
    at: datetime
    body: str
    resolved: bool
    version: int


def details(session: Session, object_id: str) -> ObjectDetails:
    obj = objects.get(session, object_id)
    facts = describe(session, obj)
    file = thumbnail = None
    if "filename" in facts:
        file = FileFacts(facts["filename"], facts["mime"], facts["size"],
                         facts.get("width"), facts.get("height"))
        if file.mime.startswith("image/"):
            thumbnail = assets.thumbnail(session, object_id)
    return ObjectDetails(facts["id"], facts["kind"], facts["title"], facts["state"],
                         facts["version"], tuple(facts["tags"]), facts["created"],
                         facts["modified"], dict(obj.data), file, thumbnail,
                         trail(session, object_id), workflow.approved_by(session, obj))


def trail(session: Session, object_id: str) -> tuple[str, ...]:
    """The titles above an object, outermost first, along its first container at each
    step (an object used in several places shows one path; "Used in" lists them all)."""
    titles: list[str] = []
    seen = {object_id}
    current = object_id
    while True:
        parent = session.execute(
            select(LearningObject.id, LearningObject.title)
            .join(Link, Link.parent_id == LearningObject.id)
            .where(Link.child_id == current, Link.role == "child",
                   LearningObject.trashed_at.is_(None))
            .order_by(LearningObject.created_at, LearningObject.id).limit(1)).first()
        if parent is None or parent.id in seen:
            return tuple(titles)
        seen.add(parent.id)
        titles.insert(0, parent.title)
        current = parent.id


def version_rows(session: Session, object_id: str) -> list[VersionRow]:
    """Newest first."""
    return [VersionRow(v.number, v.author, v.created_at, v.summary)
            for v in versions.history(session, object_id)]


def version_content(session: Session, object_id: str, number: int) -> VersionContent:
    version = versions.read(session, object_id, number)
    children = tuple((child_id, pin) for child_id, pin in version.children.get("items", []))
    return VersionContent(version.title, dict(version.data), children)


def comment_threads(session: Session, object_id: str) -> list[list[CommentRow]]:
    """Each thread: its first comment, then the replies in order."""
    return [[CommentRow(c.id, c.author, c.at, c.body, c.resolved, c.version) for c in thread]
            for thread in workflow.threads(session, object_id)]
