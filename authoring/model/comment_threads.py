"""Comment threads as plain rows, across the library: what `coursesmith comments`, the
Comments panel and the browser's "open review comments" filter read.

A thread is a root comment and its replies (`workflow.add_comment`). It is *outdated* when
the object's own version has moved on since the version it was made on: the comment may
be about text that has changed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import versions
from authoring.model.schema import Comment, LearningObject

STATUSES = ("open", "resolved")


def is_outdated(version: int, head: int) -> bool:
    """Whether a comment made on `version` is about an older version than the object's head."""
    return 0 < version < head


def list_threads(session: Session, *, object_id: str | None = None, status: str | None = None,
                 review_only: bool = False) -> list[dict[str, Any]]:
    """Threads, newest first (CONTRACTS `comments --json`): each with its replies, oldest first."""
    roots = select(Comment, LearningObject.head).join(LearningObject, LearningObject.id == Comment.object_id) \
        .where(Comment.parent_id.is_(None))
    if object_id is not None:
        roots = roots.where(Comment.object_id == object_id)
    if status is not None:
        roots = roots.where(Comment.resolved.is_(status == "resolved"))
    if review_only:
        roots = roots.where(Comment.source != "app")
    rows = session.execute(roots.order_by(Comment.at.desc(), Comment.id.desc())).all()
    replies = _replies(session, [comment.id for comment, _ in rows])
    return [{**_row(comment, head), "replies": [_row(reply, head) for reply in replies.get(comment.id, [])]}
            for comment, head in rows]


def _replies(session: Session, root_ids: list[int]) -> dict[int, list[Comment]]:
    """Every reply under the given roots (replies of replies too), by root, oldest first."""
    by_root: dict[int, list[Comment]] = {}
    root_of = {root: root for root in root_ids}
    frontier = list(root_ids)
    while frontier:
        found: list[Comment] = []
        for start in range(0, len(frontier), 500):
            chunk = frontier[start:start + 500]
            found += session.scalars(select(Comment).where(Comment.parent_id.in_(chunk)))
        for reply in found:
            root_of[reply.id] = root_of[reply.parent_id]
            by_root.setdefault(root_of[reply.id], []).append(reply)
        frontier = [reply.id for reply in found]
    for thread in by_root.values():
        thread.sort(key=lambda c: (c.at, c.id))
    return by_root


def _row(comment: Comment, head: int) -> dict[str, Any]:
    return {
        "id": str(comment.id), "object": comment.object_id, "version": comment.version,
        "author": comment.author, "text": comment.body, "created": comment.at.isoformat(),
        "status": "resolved" if comment.resolved else "open",
        "outdated": is_outdated(comment.version, head), "source": comment.source,
        "quote": comment.quote,
    }


@dataclass(frozen=True)
class ReviewNote:
    """An open review thread as the page editor marks it on its block: who said what,
    about which words (`quote`, None when the reviewer selected none)."""

    id: int
    author: str
    text: str
    quote: str | None = None


def open_review_notes(session: Session, object_ids: list[str]) -> dict[str, tuple[ReviewNote, ...]]:
    """Object id -> its open review threads, oldest first (one query for a whole page)."""
    query = select(Comment).where(
        Comment.object_id.in_(object_ids), Comment.parent_id.is_(None),
        Comment.resolved.is_(False), Comment.source != "app",
    ).order_by(Comment.at, Comment.id)
    notes: dict[str, list[ReviewNote]] = {}
    for comment in session.scalars(query):
        notes.setdefault(comment.object_id, []).append(
            ReviewNote(comment.id, comment.author or "", comment.body, comment.quote or None))
    return {object_id: tuple(found) for object_id, found in notes.items()}


def what_changed(session: Session, object_id: str, version: int) -> list[str]:
    """The fields of an object that changed since `version` (to its head): what makes a
    comment made on that version outdated."""
    head = session.get(LearningObject, object_id).head
    if not is_outdated(version, head):
        return []
    return [change.field for change in versions.compare(session, object_id, version, head)]


def source_label(source: str) -> str:
    """Where a comment came from, as people say it."""
    if source.startswith("review:"):
        return "review build"
    if source.startswith("docx:"):
        return "Word review"
    return ""
