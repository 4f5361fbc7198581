"""The trash: what was deleted, brought back, or deleted for good.

Deleting moves an object to the trash (`objects.trash`); nothing is lost until the trash
is emptied, and until then any object can be restored as it was. Emptying purges every
trashed object; references to it go from the containers that held it (`objects.purge`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import objects
from authoring.model.content import CONTAINER_KINDS
from authoring.model.schema import LearningObject


@dataclass(frozen=True)
class TrashedItem:
    id: str
    kind: str
    title: str
    trashed: str  # ISO 8601


def is_trashed(session: Session, object_id: str) -> bool:
    """Gone or in the trash: nothing a view should go on showing as live."""
    obj = session.get(LearningObject, object_id)
    return obj is None or obj.trashed_at is not None


def items(session: Session) -> list[TrashedItem]:
    """What the trash holds, most recently deleted first."""
    rows = session.scalars(select(LearningObject).where(LearningObject.trashed_at.is_not(None))
                           .order_by(LearningObject.trashed_at.desc(), LearningObject.id))
    return [TrashedItem(o.id, o.kind, o.title, o.trashed_at.isoformat()) for o in rows]


def restore(session: Session, ids: list[str]) -> None:
    for object_id in ids:
        objects.restore(session, object_id)


def empty(session: Session) -> int:
    """Delete every trashed object for good, containers before what they hold; how many."""
    order = {kind: depth for depth, kind in enumerate(reversed(CONTAINER_KINDS))}
    trashed = sorted(items(session), key=lambda item: order.get(item.kind, len(order)))
    for item in trashed:
        objects.purge(session, item.id, force=True)
    return len(trashed)
