"""What changed in a string's source since its translation was made, word by word.

A translation is stored with the hash of the source it was made from; an outdated one
differs from today's source, and the translator needs to see how before touching it. The
text behind the hash is the one kept with the translation (revision 0005 onwards) or else
the newest version of the object whose field hashes to it. The words are compared by
`word_diff`, as the History's compare is. When neither holds that text (a file imported
against a source never stored, a player string translated before its source was kept)
the answer says so rather than guessing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import content, locales
from authoring.model.sanitize import html_to_text
from authoring.model.schema import LearningObject, Translation, Version
from authoring.model.translation import inline, player
from authoring.model.translation.units import Unit
from authoring.model.word_diff import Piece, merged_changes


@dataclass(frozen=True)
class SourceChange:
    """An outdated string's previous source against today's. `previous` is None when the
    text it was translated from is not known; then there are no pieces."""

    previous: str | None
    pieces: tuple[Piece, ...] = ()  # the previous source turned into today's, word by word

    @property
    def available(self) -> bool:
        return self.previous is not None

    @property
    def removed(self) -> list[str]:
        return [piece.text.strip() for piece in self.pieces if piece.change == "removed"]

    @property
    def added(self) -> list[str]:
        return [piece.text.strip() for piece in self.pieces if piece.change == "added"]


def source_change(session: Session, unit: Unit, locale: str) -> SourceChange | None:
    """How `unit`'s source changed since its `locale` translation was made; None when the
    translation is not outdated (missing or current: nothing changed under it)."""
    seen_hash = _seen_hash(session, unit, locale)
    if seen_hash is None or seen_hash == unit.source_hash:
        return None
    previous = _previous_source(session, unit, locale, seen_hash)
    if previous is None:
        return SourceChange(None)
    return SourceChange(previous, merged_changes(_readable(previous, unit.kind),
                                                 _readable(unit.source, unit.kind)))


def _seen_hash(session: Session, unit: Unit, locale: str) -> str | None:
    if unit.object_id == player.OBJECT_ID:
        stored = player.stored(session, locale).get(unit.field)
        return stored[1] if stored else None
    return session.scalar(select(Translation.source_hash).where(
        Translation.object_id == unit.object_id, Translation.field == unit.field,
        Translation.locale == locale))


def _previous_source(session: Session, unit: Unit, locale: str, seen_hash: str) -> str | None:
    """The text that hashes to `seen_hash`: kept with the translation, else the newest
    version holding it."""
    if unit.object_id == player.OBJECT_ID:  # the app's own strings: no versions to look in
        kept = player.seen_source(session, locale, unit.field)
        return kept if kept is not None and locales.source_hash(kept) == seen_hash else None
    kept = session.scalar(select(Translation.source_text).where(
        Translation.object_id == unit.object_id, Translation.field == unit.field,
        Translation.locale == locale))
    if kept is not None and locales.source_hash(kept) == seen_hash:
        return kept
    obj = session.get(LearningObject, unit.object_id)
    if obj is None:
        return None
    for version in session.scalars(select(Version).where(Version.object_id == obj.id)
                                   .order_by(Version.number.desc())):
        text = content.of(obj.kind, version.data).translatable(version.title).get(unit.field)
        if text is not None and locales.source_hash(text) == seen_hash:
            return text
    return None


def _readable(text: str, kind: str) -> str:
    """Words as the learner reads them: rich text without its markup, as the History
    compares versions."""
    return html_to_text(text) if kind == inline.RICH else text
