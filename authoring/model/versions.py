"""Versions: immutable snapshots recorded when an editing session ends, never per keystroke.

A snapshot holds the title, the data and (for containers) the children with their pins.
`record` makes a new version only when the working copy differs from the head, so the UI
may call it freely whenever focus leaves an object.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import errors, objects
from authoring.model.content import CHILD_KINDS
from authoring.model.objects import ChildRef
from authoring.model.schema import LearningObject, Version


@dataclass(frozen=True)
class Change:
    field: str
    before: Any
    after: Any
    diff: str  # unified diff of the two values as text, for showing to a person


def snapshot(session: Session, obj: LearningObject) -> dict[str, Any]:
    refs = objects.children(session, obj.id) if obj.kind in CHILD_KINDS else []
    return {
        "title": obj.title,
        "data": obj.data,
        "children": [[ref.id, ref.pinned_version] for ref in refs],
    }


def _version_snapshot(version: Version) -> dict[str, Any]:
    return {
        "title": version.title,
        "data": version.data,
        "children": version.children.get("items", []),
    }


def is_modified(session: Session, object_id: str) -> bool:
    """Does the working copy differ from the head (or has it no version yet)?"""
    obj = objects.get(session, object_id)
    if obj.head == 0:
        return True
    head = session.get(Version, (obj.id, obj.head))
    return _version_snapshot(head) != snapshot(session, obj)


def record(
    session: Session, object_id: str, *, author: str = "", summary: str = ""
) -> Version | None:
    """Record the working copy as a new version, if it changed since the head."""
    if not is_modified(session, object_id):
        return None
    obj = objects.get(session, object_id)
    state = snapshot(session, obj)
    version = Version(
        object_id=obj.id, number=obj.head + 1, author=author, summary=summary,
        title=state["title"], data=state["data"], children={"items": state["children"]},
    )
    session.add(version)
    obj.head = version.number
    session.flush()
    return version


def history(session: Session, object_id: str) -> list[Version]:
    """Newest first."""
    objects.get(session, object_id)
    query = select(Version).where(Version.object_id == object_id).order_by(Version.number.desc())
    return list(session.scalars(query))


def read(session: Session, object_id: str, number: int) -> Version:
    version = session.get(Version, (object_id, number))
    if version is None:
        raise errors.ObjectNotFoundError(f"object '{object_id}' has no version {number}")
    return version


def compare(session: Session, object_id: str, old: int, new: int | None = None) -> list[Change]:
    """What changed from version `old` to version `new` (None: the working copy)."""
    before = _version_snapshot(read(session, object_id, old))
    if new is None:
        after = snapshot(session, objects.get(session, object_id))
    else:
        after = _version_snapshot(read(session, object_id, new))
    changes = []
    for field, a, b in _flatten_pairs(before, after):
        if a != b:
            changes.append(Change(field, a, b, _text_diff(a, b, field)))
    return changes


def _flatten_pairs(before: dict, after: dict):
    yield "title", before["title"], after["title"]
    yield "children", before["children"], after["children"]
    for key in sorted(set(before["data"]) | set(after["data"])):
        yield key, before["data"].get(key), after["data"].get(key)


def _text_diff(a: Any, b: Any, field: str) -> str:
    def lines(value: Any) -> list[str]:
        text = value if isinstance(value, str) else json.dumps(value, indent=1, ensure_ascii=False)
        return (text or "").splitlines()

    return "\n".join(
        difflib.unified_diff(lines(a), lines(b), f"{field} (before)", f"{field} (after)", lineterm="")
    )


def revert(session: Session, object_id: str, number: int, *, author: str = "") -> Version:
    """Bring back an old version; the revert is itself a new version, so nothing is lost."""
    old = read(session, object_id, number)
    record(session, object_id, author=author, summary="Before revert")
    obj = objects.update(session, object_id, title=old.title, data=dict(old.data), replace=True)
    if obj.kind in CHILD_KINDS:
        refs = [ChildRef(cid, pin) for cid, pin in old.children.get("items", [])]
        objects.set_children(session, object_id, refs)
    version = record(session, object_id, author=author, summary=f"Reverted to version {number}")
    if version is None:  # the working copy already matched that version
        version = session.get(Version, (obj.id, obj.head))
    return version
