"""The library's tables, as typed SQLAlchemy models.

Plain SQL types only (no SQLite-specific columns), so the same schema runs on PostgreSQL;
the full-text index and the chunk reads that need SQLite live in `search.py` and
`blobstore.py`. Kind-specific content is one JSON document per object (`data`), because
the kinds differ a lot and are always read whole; everything that is queried across
objects (children, asset references, tags, translations) has a table of its own.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from authoring.model.content import KINDS  # noqa: F401  the values of `LearningObject.kind`

STATES = ("draft", "in_review", "approved")  # the values of `LearningObject.state`;
# the steps between them are `workflow`'s


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UtcDateTime(TypeDecorator):
    """Aware UTC datetimes in and out, also on SQLite (which keeps no time zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, datetime: UtcDateTime()}


class Meta(Base):
    """Key/value facts about the library (its uuid, the app version that created it)."""

    __tablename__ = "library_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Locale(Base):
    __tablename__ = "locales"
    code: Mapped[str] = mapped_column(String(35), primary_key=True)
    is_source: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Blob(Base):
    """Bytes, named by their SHA-256; the content lives in `blob_chunks`."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    chunk_size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BlobChunk(Base):
    __tablename__ = "blob_chunks"
    sha256: Mapped[str] = mapped_column(
        ForeignKey("blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class LearningObject(Base):
    """Every object of every kind: its working copy and its place in the workflow."""

    __tablename__ = "objects"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(16), default="draft")
    head: Mapped[int] = mapped_column(Integer, default=0)  # newest version number; 0 = none yet
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    modified_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    trashed_at: Mapped[Optional[datetime]] = mapped_column(default=None)
    # Bumped by every write of the row and checked by it (optimistic concurrency): a
    # write made from a copy someone else changed meanwhile matches no row, and fails.
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": revision}

    asset: Mapped[Optional["AssetFile"]] = relationship(
        back_populates="obj", uselist=False, cascade="all, delete-orphan"
    )
    tags: Mapped[list["Tag"]] = relationship(cascade="all, delete-orphan", order_by="Tag.tag")


class AssetFile(Base):
    """The file side of an asset object: immutable bytes and what was read from them."""

    __tablename__ = "assets"
    object_id: Mapped[str] = mapped_column(
        ForeignKey("objects.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), unique=True)
    filename: Mapped[str] = mapped_column(Text)
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    width: Mapped[Optional[int]] = mapped_column(Integer, default=None)
    height: Mapped[Optional[int]] = mapped_column(Integer, default=None)

    obj: Mapped[LearningObject] = relationship(back_populates="asset")


class Tag(Base):
    __tablename__ = "tags"
    object_id: Mapped[str] = mapped_column(
        ForeignKey("objects.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class Link(Base):
    """One reference of a working copy: a container's child, or an asset a block shows.

    `pinned_version` is None when the reference follows the child's head.
    """

    __tablename__ = "links"
    parent_id: Mapped[str] = mapped_column(
        ForeignKey("objects.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(8), primary_key=True)  # "child" | "asset"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[str] = mapped_column(ForeignKey("objects.id"), index=True)
    pinned_version: Mapped[Optional[int]] = mapped_column(Integer, default=None)


class Version(Base):
    """An immutable snapshot of an object: title, data and children as they were."""

    __tablename__ = "versions"
    object_id: Mapped[str] = mapped_column(
        ForeignKey("objects.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    children: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"items": [[id, pin], ...]}


class Translation(Base):
    """One translatable field of one object in one target locale.

    `source_hash` is the hash of the source text this translation was made from: when the
    source changes the hashes differ and the translation shows as outdated. `source_text`
    is that source itself (None in rows older than revision 0005, or when a translator's
    file held a source whose text cannot be rebuilt exactly): what changed since is
    shown to the translator as a word diff.
    """

    __tablename__ = "translations"
    object_id: Mapped[str] = mapped_column(
        ForeignKey("objects.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(100), primary_key=True)
    locale: Mapped[str] = mapped_column(ForeignKey("locales.code"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    source_hash: Mapped[str] = mapped_column(String(64))
    source_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    modified_at: Mapped[datetime] = mapped_column(default=utcnow)


class WorkflowEvent(Base):
    __tablename__ = "workflow_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    object_id: Mapped[str] = mapped_column(
        ForeignKey("objects.id", ondelete="CASCADE"), index=True
    )
    from_state: Mapped[str] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Comment(Base):
    """A comment on one version of an object; replies point at their parent comment."""

    __tablename__ = "comments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    object_id: Mapped[str] = mapped_column(
        ForeignKey("objects.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=0)
    parent_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), default=None
    )
    author: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    # Where it came from: "app", "review:BUILD" (a review build), "docx:BUILD" (Word).
    source: Mapped[str] = mapped_column(String(100), default="app", server_default="app")
    quote: Mapped[Optional[str]] = mapped_column(Text, default=None)  # the text it is about
    anchor_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # The reviewer's own id of an imported comment: importing the same file again adds nothing.
    external_id: Mapped[Optional[str]] = mapped_column(String(64), default=None, unique=True,
                                                       index=True)


class Review(Base):
    """One imported review: who reviewed which build, and their verdict."""

    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("source", "reviewer", name="uq_reviews_source_reviewer"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(100))  # "review:BUILD" | "docx:BUILD"
    reviewer: Mapped[str] = mapped_column(String(200))
    course_id: Mapped[str] = mapped_column(ForeignKey("objects.id", ondelete="CASCADE"))
    locale: Mapped[str] = mapped_column(String(35))
    verdict: Mapped[Optional[str]] = mapped_column(String(16), default=None)  # approved | changes
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class Thumbnail(Base):
    """A small PNG of an image asset, cached by (bytes, size) so it is made once."""

    __tablename__ = "thumbnails"
    sha256: Mapped[str] = mapped_column(
        ForeignKey("blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    size: Mapped[int] = mapped_column(Integer, primary_key=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)


Index("ix_links_child_role", Link.child_id, Link.role)


class Publication(Base):
    """One exported package: exactly which object versions went in, to rebuild it later."""

    __tablename__ = "publications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("objects.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    format: Mapped[str] = mapped_column(String(16))
    locale: Mapped[str] = mapped_column(String(35))
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    versions: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"items": [[id, n], ...]}
    filename: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
