"""Review workflow (draft -> in review -> approved, and back) and threaded comments.

Each change of state is recorded with who, when and why, so an L&D lead can see how an
object got approved. Moving to review or approval records a version first: the state
then refers to exact content.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import errors, objects, versions
from authoring.model.schema import STATES, Comment, LearningObject, Meta, WorkflowEvent, utcnow

SELF_APPROVAL = "allow_self_approval"  # library_meta key


@dataclass(frozen=True)
class Action:
    """A step a designer can take: the state it leads to, and what the app calls it."""

    state: str
    label: str


# The states are `schema.STATES` (the values of the state column), also `workflow.STATES`.
# Every step, in the order the app offers them; `NEXT` says which are possible from where.
ACTIONS = (Action("in_review", "Send to review"), Action("approved", "Approve"),
           Action("draft", "Back to draft"))
NEXT = {
    "draft": ("in_review",),
    "in_review": ("approved", "draft"),
    "approved": ("in_review", "draft"),
}


def state_label(state: str) -> str:
    """A state as people write it ("in review")."""
    return state.replace("_", " ")


def actions(state: str) -> list[Action]:
    """The steps possible from `state`, in the order the app offers them."""
    possible = NEXT.get(state, ())
    return [action for action in ACTIONS if action.state in possible]


def set_state(
    session: Session, object_id: str, state: str, *, author: str = "", note: str = ""
) -> WorkflowEvent:
    obj = objects.get(session, object_id)
    if state not in STATES:
        raise errors.InvalidContentError(
            f"unknown state '{state}'; use one of {', '.join(STATES)}"
        )
    if state not in NEXT[obj.state]:
        raise errors.InvalidContentError(
            f"'{obj.title}' is {state_label(obj.state)}; it cannot go to "
            f"{state_label(state)} from there"
        )
    if state == "approved" and author and author in authors_of(session, obj) \
            and not self_approval_allowed(session):
        raise errors.InvalidContentError(
            f"'{obj.title}' is your own work; someone else approves it (a team of one "
            "can allow it: Course › Allow approving your own work)"
        )
    versions.record(session, object_id, author=author, summary=f"Sent to {state_label(state)}")
    event = WorkflowEvent(
        object_id=object_id, from_state=obj.state, to_state=state, author=author, note=note,
        at=utcnow(),
    )
    obj.state = state
    session.add(event)
    session.flush()
    return event


def authors_of(session: Session, obj: LearningObject) -> set[str]:
    """Who made the work under review: its creator and who sent it to review."""
    senders = session.scalars(select(WorkflowEvent.author).where(
        WorkflowEvent.object_id == obj.id, WorkflowEvent.to_state == "in_review"))
    return {name for name in (obj.created_by, *senders) if name}


def self_approval_allowed(session: Session) -> bool:
    return session.scalar(select(Meta.value).where(Meta.key == SELF_APPROVAL)) == "1"


def allow_self_approval(session: Session, allowed: bool) -> None:
    """A library setting: may a designer approve their own work (a team of one may)."""
    session.merge(Meta(key=SELF_APPROVAL, value="1" if allowed else "0"))
    session.flush()


def approved_by(session: Session, obj: LearningObject) -> str:
    """Who approved the object, while it is approved ("" otherwise)."""
    if obj.state != "approved":
        return ""
    return session.scalar(select(WorkflowEvent.author).where(
        WorkflowEvent.object_id == obj.id, WorkflowEvent.to_state == "approved")
        .order_by(WorkflowEvent.id.desc()).limit(1)) or ""


def state_history(session: Session, object_id: str) -> list[WorkflowEvent]:
    query = select(WorkflowEvent).where(WorkflowEvent.object_id == object_id)
    return list(session.scalars(query.order_by(WorkflowEvent.id)))


def add_comment(
    session: Session, object_id: str, body: str, *, author: str = "",
    reply_to: int | None = None, version: int | None = None,
) -> Comment:
    """A comment anchored to a version (default: the head); a reply joins its thread."""
    obj = objects.get(session, object_id)
    if not body.strip():
        raise errors.InvalidContentError("a comment cannot be empty")
    if reply_to is not None:
        parent = session.get(Comment, reply_to)
        if parent is None or parent.object_id != object_id:
            raise errors.ObjectNotFoundError(f"no comment {reply_to} on '{obj.title}'")
    comment = Comment(
        object_id=object_id, body=body.strip(), author=author, parent_id=reply_to,
        version=obj.head if version is None else version, at=utcnow(),
    )
    session.add(comment)
    session.flush()
    return comment


def set_resolved(session: Session, comment_id: int, resolved: bool = True) -> Comment:
    comment = session.get(Comment, comment_id)
    if comment is None:
        raise errors.ObjectNotFoundError(f"no comment {comment_id}")
    root = comment
    while root.parent_id is not None:  # a thread is resolved as a whole
        root = session.get(Comment, root.parent_id)
    root.resolved = resolved
    session.flush()
    return root


def threads(session: Session, object_id: str, *, include_resolved: bool = True) -> list[list[Comment]]:
    """Comment threads of an object: each the root comment then its replies, in order."""
    rows = list(session.scalars(
        select(Comment).where(Comment.object_id == object_id).order_by(Comment.id)
    ))
    root_of: dict[int, int] = {}
    grouped: dict[int, list[Comment]] = {}
    for comment in rows:
        root = comment.id if comment.parent_id is None else root_of[comment.parent_id]
        root_of[comment.id] = root
        grouped.setdefault(root, []).append(comment)
    return [
        thread for thread in grouped.values() if include_resolved or not thread[0].resolved
    ]
