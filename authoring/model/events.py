"""Change events: the library says what changed after each committed transaction.

Views subscribe and refresh only what concerns them (STYLE.md, house habit 3). The
model stays plain Python: callbacks, no Qt. A transaction that rolls back announces
nothing, because nothing changed.

The same session hooks keep the search index current: each flush notes the objects whose
indexed text changed, and the index catches up once, just before the commit
(`search.note_flush` / `search.catch_up`). So no model function has to remember to
reindex, and an object changed ten times in one action is indexed once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from authoring.model import search
from authoring.model.schema import (
    Comment, LearningObject, Link, Locale, Meta, Translation, Version, WorkflowEvent,
)

PLAYER_STRINGS = "player_strings:"  # `translation.player` keeps a locale's strings in Meta
PLAYER = "player"  # the object id its strings go by (`translation.player.OBJECT_ID`)


@dataclass
class Changes:
    """What one committed transaction changed."""

    created: set[str] = field(default_factory=set)
    modified: set[str] = field(default_factory=set)  # content, title, state, trash
    deleted: set[str] = field(default_factory=set)
    children: set[str] = field(default_factory=set)  # containers whose children changed
    versions: set[str] = field(default_factory=set)  # objects with a new version
    translations: set[str] = field(default_factory=set)
    comments: set[str] = field(default_factory=set)
    trash: set[str] = field(default_factory=set)  # moved to or out of the trash (also modified)
    locales: set[str] = field(default_factory=set)  # locales added to or removed from the library
    origin: object = None  # who made the change (a view ignores its own)

    def __bool__(self) -> bool:
        return any((self.created, self.modified, self.deleted, self.children, self.versions,
                    self.translations, self.comments, self.locales))

    @property
    def touched(self) -> set[str]:
        return (self.created | self.modified | self.deleted | self.children | self.versions
                | self.translations | self.comments)


Listener = Callable[[Changes], None]


class ChangeHub:
    """Collects changes per session and tells listeners after a commit."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def connect(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def watch(self, session: Session, origin: object = None) -> None:
        changes = Changes(origin=origin)
        session.info["changes"] = changes
        event.listen(session, "after_flush", _collect)
        event.listen(session, "before_commit", search.catch_up)
        event.listen(session, "after_rollback", search.forget_pending)
        event.listen(session, "after_commit", lambda s: self.announce(changes))

    def announce(self, changes: Changes) -> None:
        """Tell every listener about `changes` (after a commit here, or what another
        program committed: `outside_changes`)."""
        if changes:
            for listener in list(self._listeners):
                listener(changes)


def _collect(session: Session, _context) -> None:
    search.note_flush(session)
    changes: Changes = session.info["changes"]
    for obj in session.new:
        _note(changes, obj, created=True)
    for obj in session.dirty:
        if session.is_modified(obj):
            _note(changes, obj)
            if isinstance(obj, LearningObject) and inspect(obj).attrs.trashed_at.history.has_changes():
                changes.trash.add(obj.id)
    for obj in session.deleted:
        _note(changes, obj, deleted=True)


def _note(changes: Changes, obj: object, *, created: bool = False, deleted: bool = False) -> None:
    if isinstance(obj, LearningObject):
        target = changes.created if created else changes.deleted if deleted else changes.modified
        target.add(obj.id)
    elif isinstance(obj, Link):
        changes.children.add(obj.parent_id)
    elif isinstance(obj, Version):
        changes.versions.add(obj.object_id)
    elif isinstance(obj, Translation):
        changes.translations.add(obj.object_id)
    elif isinstance(obj, (Comment, WorkflowEvent)):
        changes.comments.add(obj.object_id)
    elif isinstance(obj, Locale):
        changes.locales.add(obj.code)
    elif isinstance(obj, Meta) and obj.key.startswith(PLAYER_STRINGS):
        changes.translations.add(PLAYER)  # the player's strings have no object of their own


def note_children_changed(session: Session, parent_id: str) -> None:
    """For changes made with Core statements, which flush events do not see."""
    changes = session.info.get("changes")
    if changes is not None:
        changes.children.add(parent_id)
