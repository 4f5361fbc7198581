"""Creating and changing learning objects: the working copy, children, copy, trash.

Every function takes the caller's session and never commits: the caller owns the
transaction, so one user action is one transaction (see STYLE.md). Edits change the
working copy at once; versions are recorded separately (`versions.py`), and the search
index follows by itself (`events.py`).

Content (`data`) may be given as the stored JSON or as a typed `content` object; either
way it is cleaned and checked before it is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from authoring.model import content, errors
from authoring.model.content import CHILD_KINDS, KINDS, Content
from authoring.model.events import note_children_changed
from authoring.model.ids import new_id
from authoring.model.plain_text import strip_controls
from authoring.model.schema import LearningObject, Link, Tag, Translation, WorkflowEvent, utcnow

Data = Mapping[str, Any] | Content


@dataclass(frozen=True)
class ChildRef:
    """A container's reference to a child: following its head, or pinned to a version."""

    id: str
    pinned_version: Optional[int] = None


def get(session: Session, object_id: str) -> LearningObject:
    obj = session.get(LearningObject, object_id)
    if obj is None:
        raise errors.ObjectNotFoundError(f"there is no object with id '{object_id}'")
    return obj


def create(
    session: Session,
    kind: str,
    title: str = "",
    data: Data | None = None,
    *,
    author: str = "",
    children: Iterable[str | ChildRef] = (),
    tags: Iterable[str] = (),
) -> LearningObject:
    if kind not in KINDS:
        raise errors.InvalidContentError(
            f"unknown kind '{kind}'; use one of {', '.join(KINDS)}"
        )
    body = content.clean(kind, data)
    obj = LearningObject(
        id=new_id(), kind=kind, title=strip_controls(title).strip(), data=body.to_data(),
        created_by=author, state="draft", head=0,
    )
    session.add(obj)
    session.flush()
    set_tags(session, obj.id, tags)
    _sync_asset_links(session, obj.id, body)
    if children:
        set_children(session, obj.id, children)
    return obj


def update(
    session: Session,
    object_id: str,
    *,
    title: str | None = None,
    data: Data | None = None,
    replace: bool = False,
    revision: int | None = None,
) -> LearningObject:
    """Change the working copy. JSON `data` is merged into what is there (`replace`:
    instead of it); typed content replaces it whole. `revision`: the object's revision
    the change was made from (an editor's copy); if someone changed it since, the change
    is refused (`ChangedElsewhereError`) rather than silently overwriting theirs."""
    obj = get(session, object_id)
    before = (obj.title, obj.data)
    expect_revision(obj, revision)
    if title is not None:
        obj.title = strip_controls(title).strip()
    if data is not None:
        if not replace and not isinstance(data, Content):
            data = {**obj.data, **data}
        body = content.clean(obj.kind, data)
        obj.data = body.to_data()
        _sync_asset_links(session, obj.id, body)
    _touch(obj)
    if (obj.title, obj.data) != before:
        reopen_if_approved(session, obj)
    session.flush()
    return obj


def expect_revision(obj: LearningObject, revision: int | None) -> None:
    """Refuse a change made from an older copy of `obj` (None: the caller read it in this
    transaction, which holds the write lock: nothing to check)."""
    if revision is not None and obj.revision != revision:
        raise errors.ChangedElsewhereError(
            f"'{obj.title or obj.id}' was changed by someone else (another program or window) "
            "after you opened it; nothing was saved, so their change is kept: look at it "
            "and make yours again"
        )


def rename(session: Session, object_id: str, title: str) -> LearningObject:
    if not strip_controls(title).strip():
        raise errors.InvalidContentError("a title cannot be empty")
    return update(session, object_id, title=title)


def set_tags(session: Session, object_id: str, tags: Iterable[str]) -> None:
    obj = get(session, object_id)
    wanted = sorted({strip_controls(t).strip().lower() for t in tags if t and strip_controls(t).strip()})
    obj.tags = [Tag(object_id=obj.id, tag=tag) for tag in wanted]
    session.flush()


def list_objects(
    session: Session, kind: str | None = None, *, include_trashed: bool = False
) -> list[LearningObject]:
    """Newest first."""
    query = select(LearningObject).order_by(
        LearningObject.created_at.desc(), LearningObject.id.desc()
    )
    if kind:
        query = query.where(LearningObject.kind == kind)
    if not include_trashed:
        query = query.where(LearningObject.trashed_at.is_(None))
    return list(session.scalars(query))


def _touch(obj: LearningObject) -> None:
    obj.modified_at = utcnow()


def reopen_if_approved(session: Session, obj: LearningObject) -> None:
    """An approved object whose content changes is a draft again: the approval was of
    other content. The step is recorded, naming who had approved it."""
    if obj.state != "approved":
        return
    approver = session.scalar(
        select(WorkflowEvent.author).where(WorkflowEvent.object_id == obj.id,
                                           WorkflowEvent.to_state == "approved")
        .order_by(WorkflowEvent.id.desc()).limit(1)) or ""
    note = f"changed after approval by {approver}" if approver else "changed after approval"
    session.add(WorkflowEvent(object_id=obj.id, from_state="approved", to_state="draft",
                              author="", note=note, at=utcnow()))
    obj.state = "draft"


# ------------------------------------------------------------------ children


def children(session: Session, parent_id: str) -> list[ChildRef]:
    rows = session.execute(
        select(Link.child_id, Link.pinned_version)
        .where(Link.parent_id == parent_id, Link.role == "child")
        .order_by(Link.position)
    )
    return [ChildRef(child_id, pin) for child_id, pin in rows]


def set_children(session: Session, parent_id: str, refs: Iterable[str | ChildRef]) -> None:
    """Replace a container's children (the order given is the order learners see)."""
    parent = get(session, parent_id)
    refs = [ref if isinstance(ref, ChildRef) else ChildRef(ref) for ref in refs]
    allowed = CHILD_KINDS.get(parent.kind)
    if allowed is None:
        raise errors.InvalidContentError(f"a {parent.kind} cannot contain other objects")
    for ref in refs:
        child = get(session, ref.id)
        if child.kind not in allowed:
            raise errors.InvalidContentError(
                f"a {parent.kind} holds {' or '.join(allowed)} objects, not a {child.kind}"
            )
        if ref.pinned_version is not None and not 1 <= ref.pinned_version <= child.head:
            raise errors.InvalidContentError(
                f"'{child.title}' has no version {ref.pinned_version}"
            )
    if refs != children(session, parent_id):
        reopen_if_approved(session, parent)
    session.execute(delete(Link).where(Link.parent_id == parent_id, Link.role == "child"))
    note_children_changed(session, parent_id)
    session.add_all(
        Link(parent_id=parent_id, role="child", position=i, child_id=r.id,
             pinned_version=r.pinned_version)
        for i, r in enumerate(refs)
    )
    _touch(parent)
    session.flush()


def insert_child(
    session: Session, parent_id: str, child_id: str, position: int | None = None,
    pinned_version: int | None = None,
) -> None:
    refs = children(session, parent_id)
    position = len(refs) if position is None else max(0, min(position, len(refs)))
    refs.insert(position, ChildRef(child_id, pinned_version))
    set_children(session, parent_id, refs)


def remove_child(session: Session, parent_id: str, position: int) -> ChildRef:
    refs = children(session, parent_id)
    removed = refs.pop(position)
    set_children(session, parent_id, refs)
    return removed


def move_child(session: Session, parent_id: str, source: int, target: int) -> None:
    refs = children(session, parent_id)
    refs.insert(target, refs.pop(source))
    set_children(session, parent_id, refs)


def pin_child(session: Session, parent_id: str, position: int, version: int | None) -> None:
    """Pin one reference to a version, or (None) make it follow the child's head again."""
    refs = children(session, parent_id)
    refs[position] = ChildRef(refs[position].id, version)
    set_children(session, parent_id, refs)


def _sync_asset_links(session: Session, object_id: str, body: Content) -> None:
    """Keep the asset references of a block queryable for where-used."""
    session.execute(delete(Link).where(Link.parent_id == object_id, Link.role == "asset"))
    for position, asset_id in enumerate(body.asset_ids()):
        asset = get(session, asset_id)
        if asset.kind != "asset":
            raise errors.InvalidContentError(f"'{asset.title}' is a {asset.kind}, not an asset")
        session.add(Link(parent_id=object_id, role="asset", position=position, child_id=asset_id))


# ------------------------------------------------------------ copy and trash


def copy(session: Session, object_id: str, *, deep: bool = False, author: str = "") -> LearningObject:
    """A new object with the same content and translations.

    Shallow: the copy refers to the same children. Deep: every child container and block
    below is copied too (assets stay shared: their bytes never change).
    """
    source = get(session, object_id)
    if source.kind == "asset":
        raise errors.InvalidContentError("an asset is not copied: its bytes are shared as is")
    refs = children(session, object_id)
    if deep:
        refs = [ChildRef(copy(session, ref.id, deep=True, author=author).id) for ref in refs]
    duplicate = create(
        session, source.kind, _copy_title(source), source.data, author=author,
        children=refs, tags=[tag.tag for tag in source.tags],
    )
    for row in session.scalars(select(Translation).where(Translation.object_id == object_id)):
        field = row.field
        session.add(Translation(object_id=duplicate.id, field=field, locale=row.locale,
                                text=row.text, source_hash=row.source_hash,
                                source_text=row.source_text))
    session.flush()
    return duplicate


def _copy_title(source: LearningObject) -> str:
    return f"{source.title} (copy)" if source.title else ""


def trash(session: Session, object_id: str, *, force: bool = False) -> LearningObject:
    """Move to the trash; an object still in use needs `force`, and the error says where."""
    from authoring.model.where_used import where_used

    obj = get(session, object_id)
    users = [u for u in where_used(session, object_id) if u.direct]
    if users and not force:
        raise errors.InUseError(
            f"'{obj.title or obj.id}' is used by {_describe(users)}; "
            "remove it there first, or force the deletion",
            [(u.id, u.kind, u.title) for u in users],
        )
    obj.trashed_at = utcnow()
    session.flush()
    return obj


def restore(session: Session, object_id: str) -> LearningObject:
    obj = get(session, object_id)
    obj.trashed_at = None
    session.flush()
    return obj


def purge(session: Session, object_id: str, *, force: bool = False) -> None:
    """Delete for good. References to it are removed from the containers that held it."""
    from authoring.model.where_used import where_used

    obj = get(session, object_id)
    users = [u for u in where_used(session, object_id, include_trashed=True) if u.direct]
    if users and not force:
        raise errors.InUseError(
            f"'{obj.title or obj.id}' is used by {_describe(users)}; "
            "remove it there first, or force the deletion",
            [(u.id, u.kind, u.title) for u in users],
        )
    for user in users:
        _forget_reference(session, user.id, object_id)
    session.execute(delete(Link).where(Link.child_id == object_id))
    session.delete(obj)
    session.flush()


def _forget_reference(session: Session, user_id: str, object_id: str) -> None:
    user = get(session, user_id)
    if user.kind in CHILD_KINDS:
        set_children(session, user_id, [r for r in children(session, user_id) if r.id != object_id])
        return
    body = content.of(user.kind, user.data)
    remaining = body.without_asset(object_id)
    if remaining != body:
        update(session, user_id, data=remaining)


def _describe(users) -> str:
    names = [f"{u.kind} '{u.title}'" for u in users[:3]]
    more = f" and {len(users) - 3} more" if len(users) > 3 else ""
    return ", ".join(names) + more


def find_course(session: Session, course: str) -> LearningObject:
    """A course by id or exact title; an ambiguous title lists the candidates."""
    obj = session.get(LearningObject, course)
    if obj is not None and obj.kind == "course":
        return obj
    matches = list(session.scalars(select(LearningObject).where(
        LearningObject.kind == "course", LearningObject.title == course,
        LearningObject.trashed_at.is_(None))))
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise errors.CoursesmithError(f"no course with the id or title '{course}'; "
                                      "see `coursesmith list LIB --kind course`")
    listed = ", ".join(m.id for m in matches)
    raise errors.CoursesmithError(f"{len(matches)} courses are titled '{course}' ({listed}); use an id")
