"""What the page editor reads and does: a page's blocks as plain views, and block edits.

Each function takes the caller's session; the app runs the edits as undoable operations
(one transaction, one undo step), the reads in a plain transaction. What comes back is
plain data (`BlockView`, `AssetInfo`, ids, dicts), never ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from authoring.model import assets, content, objects, versions
from authoring.model.course_settings import question_defaults
from authoring.model.content import BLOCK_KINDS
from authoring.model.errors import CoursesmithError, ImportRefusedError
from authoring.model.comment_threads import ReviewNote, open_review_notes
from authoring.model.objects import ChildRef
from authoring.model.sanitize import html_to_text
from authoring.model.schema import LearningObject, Link


@dataclass(frozen=True)
class BlockView:
    """What a block editor shows."""

    id: str
    kind: str
    title: str
    data: dict[str, Any]
    used_on: int = 1  # pages that use the block
    pinned: int | None = None  # the version this page is pinned to
    reviews: tuple[ReviewNote, ...] = ()  # open threads from reviewers (review builds, Word)
    # the block's revision when read: a save from this view checks it (not content)
    revision: int = field(default=0, compare=False)

    @property
    def review_comments(self) -> int:
        return len(self.reviews)


@dataclass(frozen=True)
class AssetInfo:
    id: str
    title: str
    filename: str
    mime: str
    alt: str


# ------------------------------------------------------------------ reading


def page_title(session: Session, page_id: str) -> str:
    return objects.get(session, page_id).title


def read_block_views(session: Session, page_id: str) -> list[BlockView]:
    """The page's blocks as its editors show them: a pinned block shows its pinned version."""
    views = []
    refs = objects.children(session, page_id)
    pages = pages_using(session, [ref.id for ref in refs])
    reviews = open_review_notes(session, [ref.id for ref in refs])
    for ref in refs:
        obj = objects.get(session, ref.id)
        data = obj.data
        if ref.pinned_version is not None:
            data = versions.read(session, ref.id, ref.pinned_version).data
        views.append(BlockView(ref.id, obj.kind, obj.title, dict(data), pages.get(ref.id, 0),
                               ref.pinned_version, reviews.get(ref.id, ()), obj.revision))
    return views


def revisions(session: Session, block_ids: set[str] | list[str]) -> dict[str, int]:
    """The current revision of each block: an editor's base for its next save."""
    rows = session.execute(select(LearningObject.id, LearningObject.revision)
                           .where(LearningObject.id.in_(list(block_ids))))
    return {object_id: revision for object_id, revision in rows}


def pages_using(session: Session, block_ids: list[str]) -> dict[str, int]:
    """How many pages (outside the trash) use each block: one query for a whole page.

    Blocks sit directly on pages (nothing else holds them), so the pages using a block
    are its direct parents: where-used without the walk up.
    """
    page = aliased(LearningObject)
    rows = session.execute(
        select(Link.child_id, func.count(func.distinct(Link.parent_id)))
        .join(page, page.id == Link.parent_id)
        .where(Link.child_id.in_(block_ids), Link.role == "child", page.kind == "page",
               page.trashed_at.is_(None))
        .group_by(Link.child_id))
    return dict(rows.all())


def page_of(session: Session, block_id: str) -> str | None:
    """The first page (outside the trash, by title) that holds the block, or None: where
    to show a block chosen elsewhere (its comment thread, say)."""
    page = aliased(LearningObject)
    return session.scalar(
        select(page.id).join(Link, Link.parent_id == page.id)
        .where(Link.child_id == block_id, Link.role == "child", page.kind == "page",
               page.trashed_at.is_(None))
        .order_by(page.title, page.id).limit(1))


def asset_info(session: Session, asset_id: str) -> AssetInfo:
    obj = objects.get(session, asset_id)
    record = assets.asset_file(session, asset_id)
    return AssetInfo(obj.id, obj.title, record.filename, record.mime, obj.data.get("alt", ""))


def asset_infos(session: Session, images_only: bool = False) -> list[AssetInfo]:
    """Every asset outside the trash, newest first (pictures only, if asked)."""
    infos = [asset_info(session, a.id) for a in assets.all_assets(session)]
    return [i for i in infos if i.mime.startswith("image/")] if images_only else infos


def picture_bytes(session: Session, asset_id: str) -> bytes | None:
    """The file's bytes if the asset is a picture, else None (nothing to preview)."""
    if not assets.asset_file(session, asset_id).mime.startswith("image/"):
        return None
    return assets.read_bytes(session, asset_id)


def usable_drop(session: Session, ids: list[str]) -> dict[str, str]:
    """id -> kind of the dropped objects a page can take (blocks, and assets)."""
    kinds = {}
    for object_id in ids:
        try:
            kind = objects.get(session, object_id).kind
        except CoursesmithError:
            continue
        if kind in BLOCK_KINDS or kind == "asset":
            kinds[object_id] = kind
    return kinds


# ------------------------------------------------------------------ edits


def create_block(session: Session, page_id: str, kind: str, title: str,
                 data: dict[str, Any] | None, position: int, author: str) -> str:
    if kind == "question":  # the course's defaults, then what the designer chose
        data = {**question_defaults(session, page_id), **(data or {})}
    block = objects.create(session, kind, title, data, author=author)
    objects.insert_child(session, page_id, block.id, position)
    return block.id


def import_asset(session: Session, path: Path, author: str) -> str:
    """One file chosen in the asset picker, as an asset; its id (a known file: the one there).

    A file that went away or cannot be read is refused in plain words, as in a batch.
    """
    try:
        return assets.import_file(session, path, author=author).object_id
    except OSError as error:
        raise ImportRefusedError(f"{path.name} cannot be imported: "
                                 f"{error.strerror or error}".rstrip()) from None


def save_data(session: Session, block_id: str, data: dict[str, Any],
              title: str | None = None, revision: int | None = None) -> dict[str, Any]:
    """Store what the editor shows (and TITLE, when given); returns the data as stored
    (cleaned, new rows given ids). `revision`: the block's revision the editor's copy was
    read at (see `objects.update`)."""
    return dict(objects.update(session, block_id, data=data, title=title or None,
                               revision=revision).data)


def title_from_text(kind: str, data: dict[str, Any], words: int = 6) -> str:
    """A new block's title from its first words ("Keep fire doors shut at all…"), so the
    library lists twenty blocks by what they say, not twenty times "Text". Empty while
    the block has no text yet."""
    texts = content.of(kind, data).translatable()
    first = next((html_to_text(text) for text in texts.values() if html_to_text(text).strip()), "")
    found = first.split()
    return " ".join(found[:words]) + ("…" if len(found) > words else "")


def save_from_view(session: Session, block_id: str, data: dict[str, Any],
                   revision: int | None, title: str | None = None) -> tuple[dict[str, Any], int]:
    """`save_data` for an editor's copy read at `revision` (0 or None: unknown, not
    checked): the data as stored and the block's new revision, the editor's next base."""
    stored = save_data(session, block_id, data, title, revision or None)
    session.flush()
    return stored, objects.get(session, block_id).revision


def insert_dropped(session: Session, page_id: str, kinds: dict[str, str], position: int,
                   author: str, as_copy: bool = False) -> list[str]:
    """Blocks by reference (`as_copy`: copies of them); each asset as a new media block
    showing it (an asset's bytes are always shared)."""
    inserted = []
    for offset, (object_id, kind) in enumerate(kinds.items()):
        block_id = object_id
        if as_copy and kind != "asset":
            block_id = objects.copy(session, object_id, author=author).id
        if kind == "asset":
            asset = objects.get(session, object_id)
            block_id = objects.create(
                session, "media", asset.title, {"asset": object_id, "alt": asset.data.get("alt", "")},
                author=author).id
        objects.insert_child(session, page_id, block_id, position + offset)
        inserted.append(block_id)
    return inserted


def make_local_copy(session: Session, page_id: str, position: int, block_id: str,
                    author: str) -> tuple[str, str]:
    """Copy a shared block and make this page (only) refer to the copy: (id, title)."""
    refs = objects.children(session, page_id)
    if not (0 <= position < len(refs) and refs[position].id == block_id):
        position = [ref.id for ref in refs].index(block_id)
    duplicate = objects.copy(session, block_id, author=author)
    refs[position] = ChildRef(duplicate.id)
    objects.set_children(session, page_id, refs)
    return duplicate.id, duplicate.title
