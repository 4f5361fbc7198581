"""Full-text search over the library (SQLite FTS5; PostgreSQL gets its own module later).

One index row per (object, locale): the source locale always, and each target locale the
object has translations in. QUERY is what a person types: words, "quoted phrases" and
prefix* terms; every other character is plain text, never FTS5 syntax, so no query can
fail to parse.

Speed (target: p95 under 20 ms on 100,000 objects, see bench/bench_search.py) comes from
three choices:
- filters are words in an indexed `facets` column (`xxkpage xxsdraft xxlfr`): a rare one
  (kind course) goes into the MATCH, a common one (locale en) filters the ranked window;
- ranking (bm25) looks at the newest RANK_WINDOW matches of the whole text and the
  newest RANK_WINDOW matches in titles, not at every match of a word found in half the
  library: results of such unspecific queries favour recent objects;
- snippets are cut in Python from the few rows shown, not by FTS5 for every candidate.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from authoring.model.content import apply_translations, searchable_text
from authoring.model.schema import LearningObject, Meta, Translation

INDEX_FORMAT = "3"  # change when the columns or what goes in them change: the index is rebuilt
RANK_WINDOW = 1000
WEIGHTS = "10.0, 1.0, 4.0, 0.0"  # title, body, tags, facets
MARK_START, MARK_END = "[", "]"
SNIPPET_WORDS = 12

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    title: str
    locale: str
    snippet: str


@dataclass(frozen=True)
class _Term:
    words: tuple[str, ...]
    prefix: bool = False


# ----------------------------------------------------------------- the index


def ensure_index(session: Session) -> None:
    """Create the index, or rebuild it when this version indexes differently."""
    current = session.get(Meta, "search_index_format")
    if current is None or current.value != INDEX_FORMAT:
        session.execute(text("DROP TABLE IF EXISTS search_index"))
        session.execute(text(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "title, body, tags, facets, object_id UNINDEXED, locale UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
        ))
        for obj in session.scalars(select(LearningObject)):
            reindex(session, obj)
        session.merge(Meta(key="search_index_format", value=INDEX_FORMAT))
    # how many rows hold each word: tells a common filter from a rare one
    session.execute(text(
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab USING fts5vocab(search_index, 'row')"))


def facets(kind: str, state: str, locale: str) -> str:
    """One word per filter: letters and digits only, since the tokenizer splits at '_'
    and '-', with an `xx` prefix that ordinary text never has."""
    return " ".join(_facet(prefix, value) for prefix, value in
                    (("xxk", kind), ("xxs", state), ("xxl", locale)))


def _facet(prefix: str, value: str) -> str:
    return prefix + re.sub(r"[\W_]", "", value.lower())


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
                "INSERT INTO search_index (title, body, tags, facets, object_id, locale) "
                "VALUES (:title, :body, :tags, :facets, :id, :locale)"
            ),
            {"title": title, "body": f"{body} {extra}".strip(), "tags": tags,
             "facets": facets(obj.kind, obj.state, locale), "id": obj.id, "locale": locale},
        )


def _translations_by_locale(session: Session, object_id: str) -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    rows = session.scalars(select(Translation).where(Translation.object_id == object_id))
    for row in rows:
        result.setdefault(row.locale, {})[row.field] = row.text
    return result


def remove(session: Session, object_id: str) -> None:
    session.execute(text("DELETE FROM search_index WHERE object_id = :id"), {"id": object_id})


# ----------------------------------------------------------------- querying


def parse(query: str) -> list[_Term]:
    """Words, "quoted phrases" and prefix* terms; any other character is plain text."""
    terms = []
    for phrase, bare in _TERM.findall(query):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                terms.append(_Term(tuple(words)))
            continue
        words = _WORD.findall(bare)
        for index, word in enumerate(words):
            last = index == len(words) - 1
            terms.append(_Term((word,), prefix=last and bare.endswith("*")))
    return terms


def to_fts_query(query: str) -> str:
    """Typed words as a safe FTS5 expression (all terms must match)."""
    return " ".join(
        '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "") for term in parse(query)
    )


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
    terms = parse(query)
    if not terms:
        return []
    words = to_fts_query(query)
    facet_words = [_facet(prefix, value)
                   for prefix, value in (("xxk", kind), ("xxs", state), ("xxl", locale)) if value]
    common = [w for w in facet_words if _share(session, w) > COMMON_FILTER_SHARE]
    rare = [f'facets : "{w}"' for w in facet_words if w not in common]
    if tag:
        rare.append('tags : "' + " ".join(_WORD.findall(tag.lower())) + '"')
    scored, full = _candidates(session, words, rare)
    if common:
        scored = _with_facets(session, scored, common)
        if len(scored) < limit and full:  # the window held too few: let FTS5 filter
            scored, _ = _candidates(session, words, rare + [f'facets : "{w}"' for w in common])
    best = sorted(scored, key=lambda rowid: (scored[rowid], -rowid))[:limit]
    return _hits(session, best, terms)


COMMON_FILTER_SHARE = 0.1


def _share(session: Session, facet_word: str) -> float:
    """Share of index rows that carry a facet word (xxlen is in most, xxkcourse in few).

    ANDing a common word into the MATCH makes FTS5 walk its long list; filtering the
    ranked window afterwards is cheaper. A rare word is best left to FTS5."""
    key = (str(session.get_bind().url), facet_word)
    known = _shares.get(key)
    if known is not None and time.monotonic() - known[1] < SHARE_TTL:
        return known[0]
    # counting a word's rows reads its whole list (ms for common words): kept a while,
    # since a share only picks the strategy and barely moves between searches
    found = session.scalar(text("SELECT doc FROM search_vocab WHERE term = :w"), {"w": facet_word})
    total = session.scalar(text(  # every row has exactly one kind word
        "SELECT sum(doc) FROM search_vocab WHERE term >= 'xxk' AND term < 'xxl'"))
    share = (found or 0) / total if total else 0.0
    _shares[key] = (share, time.monotonic())
    return share


SHARE_TTL = 300.0  # seconds
_shares: dict[tuple[str, str], tuple[float, float]] = {}


def _candidates(session: Session, words: str, filters: list[str]) -> tuple[dict[int, float], bool]:
    """Scores of the newest matches in all text and in titles; and whether a window was full."""
    scored = _ranked(session, [f"{{title body tags}} : ({words})", *filters])
    full = len(scored) >= RANK_WINDOW
    for rowid, score in _ranked(session, [f"{{title}} : ({words})", *filters]).items():
        scored[rowid] = min(score, scored.get(rowid, score))
    return scored, full


def _with_facets(session: Session, scored: dict[int, float], required: list[str]) -> dict[int, float]:
    if not scored:
        return scored
    marks = ", ".join(str(int(rowid)) for rowid in scored)
    keep = {
        rowid for rowid, facet_text in session.execute(text(
            f"SELECT id, c3 FROM search_index_content WHERE id IN ({marks})"))
        if set(required) <= set(facet_text.split())
    }
    return {rowid: score for rowid, score in scored.items() if rowid in keep}


def _ranked(session: Session, parts: list[str]) -> dict[int, float]:
    """rowid -> bm25 score (lower is better) of the newest RANK_WINDOW matches."""
    rows = session.execute(
        text(f"SELECT rowid, bm25(search_index, {WEIGHTS}) FROM search_index "
             "WHERE search_index MATCH :q ORDER BY rowid DESC LIMIT :window"),
        {"q": " AND ".join(parts), "window": RANK_WINDOW},
    )
    return dict(rows.all())


def _hits(session: Session, rowids: list[int], terms: list[_Term]) -> list[Hit]:
    if not rowids:
        return []
    # FTS5 answers `rowid IN (…)` by scanning; its content table is an ordinary table
    # keyed by rowid (columns c0… in declaration order), so read the rows there.
    marks = ", ".join(str(int(rowid)) for rowid in rowids)
    rows = {
        rowid: (object_id, locale, title, body)
        for rowid, object_id, locale, title, body in session.execute(text(
            "SELECT id, c4, c5, c0, c1 FROM search_index_content "
            f"WHERE id IN ({marks})"))
    }
    kinds = dict(session.execute(
        select(LearningObject.id, LearningObject.kind)
        .where(LearningObject.id.in_({row[0] for row in rows.values()}))).all())
    hits = []
    for rowid in rowids:
        object_id, locale, title, body = rows[rowid]
        hits.append(Hit(object_id, kinds.get(object_id, ""), title, locale,
                        snippet(body, terms) or snippet(title, terms)))
    return hits


# ----------------------------------------------------------------- snippets


def _fold(word: str) -> str:
    """As the index compares words: case and accents ignored."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def snippet(text_: str, terms: list[_Term]) -> str:
    """About SNIPPET_WORDS words around the first match, matched words [marked]."""
    words = list(_WORD.finditer(text_))
    exact = {_fold(w) for t in terms for w in (t.words if not t.prefix else t.words[:-1])}
    prefixes = [_fold(t.words[-1]) for t in terms if t.prefix]

    def matches(word: str) -> bool:
        folded = _fold(word)
        return folded in exact or any(folded.startswith(p) for p in prefixes)

    hits = [i for i, w in enumerate(words) if matches(w.group())]
    if not hits:
        return ""
    first = max(0, min(hits[0] - SNIPPET_WORDS // 3, len(words) - SNIPPET_WORDS))
    last = min(len(words), first + SNIPPET_WORDS)
    start, end = words[first].start(), words[last - 1].end()
    pieces, cursor = [], start
    for i in range(first, last):
        if i in hits:
            w = words[i]
            pieces += [text_[cursor:w.start()], MARK_START, w.group(), MARK_END]
            cursor = w.end()
    pieces.append(text_[cursor:end])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text_) else ""
    return prefix + "".join(pieces) + suffix
