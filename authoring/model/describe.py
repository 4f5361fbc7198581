"""Plain dictionaries describing objects: what `list --json` and `search --json` print.

Kept in the model (not the CLI) because the app's inspector and future scripts want the
same facts in the same words.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from authoring.model import content, objects
from authoring.model.content import CHILD_KINDS
from authoring.model.schema import LearningObject


def describe(session: Session, obj: LearningObject) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": obj.id,
        "kind": obj.kind,
        "title": obj.title,
        "state": obj.state,
        "version": obj.head,
        "tags": [tag.tag for tag in obj.tags],
        "created": obj.created_at.isoformat(),
        "modified": obj.modified_at.isoformat(),
    }
    body = content.of(obj.kind, obj.data)
    if obj.asset is not None:
        asset = obj.asset
        item.update(filename=asset.filename, mime=asset.mime, size=asset.size,
                    sha256=asset.sha256, alt=body.alt)
        if asset.width:
            item.update(width=asset.width, height=asset.height)
    if obj.kind in CHILD_KINDS:
        item["children"] = [ref.id for ref in objects.children(session, obj.id)]
    if isinstance(body, content.Question):
        item.update(type=body.type, points=body.points)
    if isinstance(body, content.Course):
        item.update(pass_mark=body.pass_mark, completion=body.completion,
                    navigation=body.navigation)
    return item


def describe_many(session: Session, items: list[LearningObject]) -> list[dict[str, Any]]:
    return [describe(session, obj) for obj in items]
