"""Full-text search over the library (SQLite FTS5; PostgreSQL gets its own module later).

One index row per (object, locale): the source locale always, and each target locale the
object has translations in. QUERY is what a person types: words, "quoted phrases" and
prefix* terms; every other character is plain text, never FTS5 syntax, so no query can
fail to parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from authoring.model.content import apply_translations, searchable_text
from authoring.model.schema import LearningObject, Translation

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
MARK_START, MARK_END = "[", "]"


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    title: str
    locale: str
    snippet: str


def reindex(session: Session, obj: LearningObject) -> None:
    """Make the index rows of one object match its working copy and translations."""
    from authoring.model.locales import source_locale

    remove(session, obj.id)
    if obj.trashed_at is not None:
        return
    tags = " ".join(tag.tag for tag in obj.tags)
    extra = obj.asset.filename if obj.asset is not None else ""
    rows = [(source_locale(session), obj.title, searchable_text(obj.kind, obj.title, obj.data))]
    for locale, translated in _translations_by_locale(session, obj.id).items():
        title, data = apply_translations(obj.kind, obj.title, obj.data, translated)
        rows.append((locale, title, searchable_text(obj.kind, title, data)))
    for locale, title, body in rows:
        session.execute(
            text(
                "INSERT INTO search_index (title, body, tags, object_id, locale) "
                "VALUES (:title, :body, :tags, :id, :locale)"
            ),
            {"title": title, "body": f"{body} {extra}".strip(), "tags": tags,
             "id": obj.id, "locale": locale},
        )


def _translations_by_locale(session: Session, object_id: str) -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    rows = session.query(Translation).filter(Translation.object_id == object_id)
    for row in rows:
        result.setdefault(row.locale, {})[row.field] = row.text
    return result


def remove(session: Session, object_id: str) -> None:
    session.execute(text("DELETE FROM search_index WHERE object_id = :id"), {"id": object_id})


def to_fts_query(query: str) -> str:
    """Turn typed words into a safe FTS5 expression (all terms must match)."""
    terms = []
    for phrase, bare in _TERM.findall(query):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                terms.append('"' + " ".join(words) + '"')
            continue
        words = _WORD.findall(bare)
        prefix = bare.endswith("*") and len(words) >= 1
        for index, word in enumerate(words):
            star = "*" if prefix and index == len(words) - 1 else ""
            terms.append(f'"{word}"{star}')
    return " ".join(terms)


def search(
    session: Session,
    query: str,
    *,
    kind: str | None = None,
    tag: str | None = None,
    state: str | None = None,
    locale: str | None = None,
    limit: int = 50,
) -> list[Hit]:
    """Best matches first, one per object and locale, with a snippet around the match."""
    expression = to_fts_query(query)
    if not expression:
        return []
    where = ["search_index MATCH :q", "o.trashed_at IS NULL"]
    params: dict[str, object] = {"q": expression, "limit": limit}
    for column, value in (("o.kind", kind), ("o.state", state), ("s.locale", locale)):
        if value:
            name = column.split(".")[1]
            where.append(f"{column} = :{name}")
            params[name] = value
    if tag:
        where.append("EXISTS (SELECT 1 FROM tags t WHERE t.object_id = o.id AND t.tag = :tag)")
        params["tag"] = tag.strip().lower()
    sql = (
        "SELECT s.object_id, o.kind, s.title, s.locale, "
        f"snippet(search_index, -1, '{MARK_START}', '{MARK_END}', '…', 12) "
        "FROM search_index s JOIN objects o ON o.id = s.object_id "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY bm25(search_index, 10.0, 1.0, 4.0) LIMIT :limit"
    )
    return [Hit(*row) for row in session.execute(text(sql), params)]
