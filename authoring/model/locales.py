"""Locales and translations.

Each translatable field is stored per (object, field, locale) together with a hash of the
source text it was made from. Comparing that hash with the hash of today's source text
tells whether a translation is current or outdated, so a changed source never leaves a
silently wrong translation behind.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import Enum
from typing import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from authoring.model import content, errors
from authoring.model.plain_text import strip_controls
from authoring.model.schema import LearningObject, Locale, Translation, utcnow

_LOCALE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\d{3}))?$")
RTL_LANGUAGES = {"ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"}


class Status(str, Enum):
    MISSING = "missing"
    OUTDATED = "outdated"
    CURRENT = "current"


@dataclass(frozen=True)
class FieldStatus:
    object_id: str
    field: str
    source: str
    translation: str | None
    status: Status


def normalize_locale(code: str) -> str:
    """'en_us' -> 'en-US', 'zh-hant-tw' -> 'zh-Hant-TW'; anything else is refused."""
    match = _LOCALE.match((code or "").strip())
    if not match:
        raise errors.InvalidContentError(
            f"'{code}' is not a locale code; use a language code such as en, fr or pt-BR"
        )
    language, script, region = match.groups()
    parts = [language.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


def is_rtl(locale: str) -> bool:
    return locale.split("-")[0] in RTL_LANGUAGES


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def source_locale(session: Session) -> str:
    return session.scalar(select(Locale.code).where(Locale.is_source))


def all_locales(session: Session) -> list[str]:
    """Every locale of the library, the source first."""
    rows = session.scalars(select(Locale.code).order_by(Locale.is_source.desc(), Locale.position))
    return list(rows)


def target_locales(session: Session) -> list[str]:
    return all_locales(session)[1:]


def add_locale(session: Session, code: str) -> str:
    code = normalize_locale(code)
    if session.get(Locale, code) is None:
        position = (session.scalar(select(func.max(Locale.position))) or 0) + 1
        session.add(Locale(code=code, is_source=False, position=position))
        session.flush()
    return code


def remove_locale(session: Session, code: str) -> None:
    code = normalize_locale(code)
    if code == source_locale(session):
        raise errors.InvalidContentError("the source locale cannot be removed")
    session.execute(delete(Translation).where(Translation.locale == code))
    session.execute(delete(Locale).where(Locale.code == code))


def _require_target(session: Session, locale: str) -> str:
    locale = normalize_locale(locale)
    if locale not in target_locales(session):
        raise errors.InvalidContentError(
            f"the library has no target locale '{locale}'; add it first"
        )
    return locale


def set_translation(
    session: Session, object_id: str, field: str, locale: str, text: str,
    seen_hash: str | None = None, seen_source: str | None = None,
) -> Translation:
    """Store a translation of one field, stamped with the hash of today's source (or, from
    a translator's file, of the source they saw: `seen_hash`, and its text `seen_source`
    when the file holds it), so what changed since can be shown later."""
    locale = _require_target(session, locale)
    obj = _object(session, object_id)
    body = content.of(obj.kind, obj.data)
    sources = body.translatable(obj.title)
    if field not in sources:
        raise errors.InvalidContentError(
            f"{obj.kind} '{obj.title}' has no translatable field '{field}'"
        )
    text = body.clean_text(field, strip_controls(text))
    row = session.get(Translation, (object_id, field, locale))
    if row is None:
        row = Translation(object_id=object_id, field=field, locale=locale)
        session.add(row)
    row.text = text
    row.source_hash = seen_hash or source_hash(sources[field])
    row.source_text = seen_text(row.source_hash, sources[field], seen_source)
    row.modified_at = utcnow()
    session.flush()
    return row


def seen_text(seen_hash: str, today: str, seen_source: str | None) -> str | None:
    """The source text a translation was made from, if known for sure: today's when the
    hashes agree, else the translator's file's own source when it hashes right (a text
    that does not match its hash is never kept: it would show a wrong diff)."""
    for text in (today, seen_source):
        if text is not None and source_hash(text) == seen_hash:
            return text
    return None


def set_translations(session: Session, locale: str,
                     items: Iterable[tuple[str, str, str, str | None, str | None]]) -> None:
    """Many translations of one locale at once, as `set_translation` stores each one:
    (object id, field, text, seen hash or None, seen source or None). An imported file
    holds thousands; this
    reads the objects and rows in a few queries and writes them in one flush."""
    locale = _require_target(session, locale)
    items = list(items)
    ids = list(dict.fromkeys(object_id for object_id, *_ in items))
    found: dict[str, LearningObject] = {}
    rows: dict[tuple[str, str], Translation] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update((o.id, o) for o in session.scalars(select(LearningObject).where(LearningObject.id.in_(chunk))))
        rows.update(((r.object_id, r.field), r) for r in session.scalars(select(Translation).where(
            Translation.locale == locale, Translation.object_id.in_(chunk))))
    bodies: dict[str, tuple[content.Content, dict[str, str]]] = {}
    for object_id, field, text, seen_hash, seen_source in items:
        if object_id not in found:
            raise errors.ObjectNotFoundError(f"no object with id {object_id}")
        if object_id not in bodies:
            obj = found[object_id]
            body = content.of(obj.kind, obj.data)
            bodies[object_id] = (body, body.translatable(obj.title))
        body, sources = bodies[object_id]
        if field not in sources:
            raise errors.InvalidContentError(f"'{found[object_id].title}' has no translatable field '{field}'")
        row = rows.get((object_id, field))
        if row is None:
            row = rows[(object_id, field)] = Translation(object_id=object_id, field=field, locale=locale)
            session.add(row)
        row.text = body.clean_text(field, text)
        row.source_hash = seen_hash or source_hash(sources[field])
        row.source_text = seen_text(row.source_hash, sources[field], seen_source)
        row.modified_at = utcnow()
    session.flush()


def source_texts(obj: LearningObject) -> dict[str, str]:
    """field -> source text of every field of an object a translator translates."""
    return content.of(obj.kind, obj.data).translatable(obj.title)


def translations(session: Session, object_id: str, locale: str) -> dict[str, str]:
    rows = session.scalars(
        select(Translation).where(
            Translation.object_id == object_id, Translation.locale == normalize_locale(locale)
        )
    )
    return {row.field: row.text for row in rows}


def field_statuses(session: Session, obj: LearningObject, locale: str) -> list[FieldStatus]:
    """Missing, outdated or current, for each translatable field of one object."""
    stored = {
        row.field: row
        for row in session.scalars(
            select(Translation).where(
                Translation.object_id == obj.id, Translation.locale == locale
            )
        )
    }
    result = []
    for field, text in source_texts(obj).items():
        row = stored.get(field)
        if row is None:
            status = Status.MISSING
        elif row.source_hash != source_hash(text):
            status = Status.OUTDATED
        else:
            status = Status.CURRENT
        result.append(FieldStatus(obj.id, field, text, row.text if row else None, status))
    return result


def translation_progress(session: Session) -> dict[str, float]:
    """Target locale -> share (0-1) of translatable strings whose translation is current."""
    objects = session.scalars(
        select(LearningObject).where(LearningObject.trashed_at.is_(None))
    ).all()
    current_hashes: dict[tuple[str, str], str] = {}
    for obj in objects:
        for field, text in source_texts(obj).items():
            current_hashes[(obj.id, field)] = source_hash(text)
    progress = {}
    for locale in target_locales(session):
        rows = session.execute(
            select(Translation.object_id, Translation.field, Translation.source_hash).where(
                Translation.locale == locale
            )
        )
        current = sum(1 for oid, field, h in rows if current_hashes.get((oid, field)) == h)
        progress[locale] = current / len(current_hashes) if current_hashes else 1.0
    return progress


def _object(session: Session, object_id: str) -> LearningObject:
    obj = session.get(LearningObject, object_id)
    if obj is None:
        raise errors.ObjectNotFoundError(f"no object with id {object_id}")
    return obj
