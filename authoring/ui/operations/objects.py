"""Operations on one object: title, tags, fields, workflow, versions and comments.

Edits are undoable (one step each; typing in one field merges into one step). Workflow
steps, comments and recorded versions are history, not edits: they are written in a
transaction of their own and never undone.
"""

from __future__ import annotations

from typing import Iterable

from authoring.model import editing, objects, versions, workflow
from authoring.ui.operations.operation import Context, Operation, tr


def rename(context: Context, object_id: str, title: str, label: str = "",
           merge_key: str | None = None) -> Operation:
    def action(session) -> None:
        objects.rename(session, object_id, title)

    return Operation(context, label or tr("Rename"), action=action, undoable=True,
                     touched=[object_id], merge_key=merge_key)


def set_tags(context: Context, object_id: str, tags: list[str]) -> Operation:
    def action(session) -> None:
        objects.set_tags(session, object_id, tags)

    return Operation(context, tr("Change tags"), action=action, undoable=True, touched=[object_id])


def edit_field(context: Context, object_id: str, key: str, value: str) -> Operation:
    """One field of the object's data (alt text, caption, credit...); typing merges."""
    def action(session) -> None:
        objects.update(session, object_id, data={key: value})

    return Operation(context, tr("Edit {field}").format(field=key), action=action,
                     undoable=True, touched=[object_id], merge_key=f"inspector:{object_id}:{key}")


def revert(context: Context, object_id: str, number: int, author: str) -> Operation:
    """Bring back an old version (as a new version): undoable like any edit."""
    def action(session) -> None:
        versions.revert(session, object_id, number, author=author)

    return Operation(context, tr("Revert to version {n}").format(n=number), action=action,
                     undoable=True, touched=[object_id])


def set_state(context: Context, object_id: str, state: str, author: str) -> Operation:
    def action(session) -> None:
        workflow.set_state(session, object_id, state, author=author)

    return Operation(context, tr("Change state"), action=action)


def add_comment(context: Context, object_id: str, body: str, author: str,
                reply_to: int | None = None) -> Operation:
    def action(session) -> None:
        workflow.add_comment(session, object_id, body, author=author, reply_to=reply_to)

    return Operation(context, tr("Comment"), action=action)


def set_resolved(context: Context, comment_id: int, resolved: bool) -> Operation:
    def action(session) -> None:
        workflow.set_resolved(session, comment_id, resolved)

    return Operation(context, tr("Resolve") if resolved else tr("Reopen"), action=action)


def record_versions(context: Context, ids: Iterable[str], author: str,
                    summary: str = "") -> Operation:
    """An editing session ended: a version of what changed (no undo step for that)."""
    ids = list(ids)
    return Operation(context, tr("Record versions"), action=lambda session: editing.record_versions(
        session, ids, author=author, summary=summary))
