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
- snippets are cut in Python from the few rows shown, not by FTS5 for every candidate;
and keeps the Python around it small (issue 14: CPU per search about halved, same hits):
- one prepared statement ranks both windows, merges, filters, sorts and cuts them and
  reads the shown rows' text, kind, state and file type; its rows come straight from the
  driver as tuples (no candidate row ever becomes a Python object);
- a snippet finds its words with one pattern over the text folded in place and reads
  only the dozen words around the first match.
What is left is FTS5's own work: bm25 counts the rows of every phrase (a full walk of
its list) and a title-only phrase walks the whole list too. Prefix indexes of 4 and 5
letters were measured: ~7% less CPU on prefix queries, for a third more index and a
rebuild on upgrade; not taken.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Iterable, Iterator, Sequence

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session, selectinload

from authoring.model import content, jobs
from authoring.model.jobs import Job
from authoring.model.locales import source_locale
from authoring.model.schema import AssetFile, LearningObject, Meta, Tag, Translation

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
    state: str = ""  # the object's workflow state and its file's type, for the browser
    mime: str = ""


@dataclass(frozen=True)
class _Term:
    words: tuple[str, ...]
    prefix: bool = False


# ----------------------------------------------------------------- the index


def index_ready(session: Session) -> bool:
    """Whether the index is there and current: read-only, so opening a library to read it
    never waits for another program's writes."""
    current = session.get(Meta, "search_index_format")
    vocab = session.execute(text(
        "SELECT 1 FROM sqlite_master WHERE name = 'search_vocab'")).first()
    return current is not None and current.value == INDEX_FORMAT and vocab is not None


def ensure_index(session: Session, job: Job | None = None) -> None:
    """Create the index, or rebuild it when this version indexes differently."""
    current = session.get(Meta, "search_index_format")
    if current is None or current.value != INDEX_FORMAT:
        session.execute(text("DROP TABLE IF EXISTS search_index"))
        session.execute(text(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "title, body, tags, facets, object_id UNINDEXED, locale UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
        ))
        rebuild(session, job)
        session.merge(Meta(key="search_index_format", value=INDEX_FORMAT))
    # how many rows hold each word: tells a common filter from a rare one
    session.execute(text(
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab USING fts5vocab(search_index, 'row')"))


def rebuild(session: Session, job: Job | None = None) -> None:
    """Index every object of an empty index: progress per batch of objects, cancellable
    between batches (the caller's rollback then leaves the old index as it was)."""
    job = jobs.ensure(job)
    ids = session.scalars(select(LearningObject.id).order_by(LearningObject.created_at)).all()
    source = source_locale(session)
    job.progress(0, len(ids), "Indexing the library for search")
    for start in range(0, len(ids), BATCH):
        job.check()
        batch = session.scalars(
            select(LearningObject).where(LearningObject.id.in_(ids[start:start + BATCH]))
            .options(selectinload(LearningObject.tags), selectinload(LearningObject.asset))
        ).all()
        _insert_rows(session, _rows(session, batch, source))
        job.progress(min(start + BATCH, len(ids)), len(ids))


BATCH = 500


def facets(kind: str, state: str, locale: str) -> str:
    """One word per filter: letters and digits only, since the tokenizer splits at '_'
    and '-', with an `xx` prefix that ordinary text never has."""
    return " ".join(_facet(prefix, value) for prefix, value in
                    (("xxk", kind), ("xxs", state), ("xxl", locale)))


def _facet(prefix: str, value: str) -> str:
    return prefix + re.sub(r"[\W_]", "", value.lower())


def reindex(session: Session, objs: Iterable[LearningObject]) -> None:
    """Make the index rows of some objects match their working copies and translations.

    The model never calls this itself: `catch_up` (run before each commit by the session
    hook in `events.py`) reindexes what changed. Tools that write rows in bulk use it."""
    objs = list(objs)
    _replace_rows(session, [obj.id for obj in objs], objs)


def _replace_rows(session: Session, ids: list[str], objs: list[LearningObject]) -> None:
    """Drop the rows of `ids` (objects deleted since included), write those of `objs`."""
    remove(session, ids)
    _insert_rows(session, _rows(session, objs, source_locale(session)))


def _rows(session: Session, objs: list[LearningObject], source: str) -> Iterator[dict]:
    translations = _translations_by_locale(session, [obj.id for obj in objs])
    for obj in objs:
        if obj.trashed_at is not None:
            continue
        tags = " ".join(tag.tag for tag in obj.tags)
        extra = obj.asset.filename if obj.asset is not None else ""
        body = content.of(obj.kind, obj.data)
        versions = [(source, obj.title, body)]
        for locale, texts in translations.get(obj.id, {}).items():
            versions.append((locale, texts.get("title", obj.title), body.translated(texts)))
        for locale, title, localized in versions:
            yield {"title": title, "body": f"{localized.search_text()} {extra}".strip(),
                   "tags": tags, "facets": facets(obj.kind, obj.state, locale), "id": obj.id,
                   "locale": locale}


def _insert_rows(session: Session, rows: Iterable[dict]) -> None:
    rows = list(rows)
    if rows:
        session.execute(text(
            "INSERT INTO search_index (title, body, tags, facets, object_id, locale) "
            "VALUES (:title, :body, :tags, :facets, :id, :locale)"), rows)


def _translations_by_locale(
    session: Session, object_ids: list[str]
) -> dict[str, dict[str, dict[str, str]]]:
    """object id -> locale -> field -> translated text."""
    result: dict[str, dict[str, dict[str, str]]] = {}
    for start in range(0, len(object_ids), BATCH):
        rows = session.execute(
            select(Translation.object_id, Translation.locale, Translation.field, Translation.text)
            .where(Translation.object_id.in_(object_ids[start:start + BATCH])))
        for object_id, locale, field, translated in rows:
            result.setdefault(object_id, {}).setdefault(locale, {})[field] = translated
    return result


def remove(session: Session, object_ids: list[str]) -> None:
    """Drop the index rows of some objects (one pass over the index for all of them:
    FTS5 finds rows by an UNINDEXED column only by reading every row)."""
    for start in range(0, len(object_ids), BATCH):
        chunk = object_ids[start:start + BATCH]
        marks = ", ".join(f":id{n}" for n in range(len(chunk)))
        session.execute(text(f"DELETE FROM search_index WHERE object_id IN ({marks})"),
                        {f"id{n}": object_id for n, object_id in enumerate(chunk)})


# ------------------------------------------------------ keeping the index current
#
# No model function reindexes anything: the session hook in `events.py` hands every flush
# to `note_flush`, which notes the objects whose indexed text changed, and runs `catch_up`
# before the commit. A search in the middle of a transaction catches up first, so it sees
# that transaction's own changes too.

PENDING = "search_pending"
_INDEXED = ("title", "data", "state", "trashed_at", "tags")  # what the rows are made of


def note_flush(session: Session) -> None:
    """Note the objects a flush changed in ways the index shows (call it after a flush)."""
    pending: dict[str, None] = session.info.setdefault(PENDING, {})
    for obj in session.new | session.deleted:
        _note(pending, obj)
    for obj in session.dirty:
        if not isinstance(obj, LearningObject) or _indexed_change(obj):
            _note(pending, obj)


def _note(pending: dict[str, None], obj: object) -> None:
    if isinstance(obj, LearningObject):
        object_id = obj.id
    elif isinstance(obj, (Translation, Tag, AssetFile)):
        object_id = obj.object_id
    else:
        return
    pending.pop(object_id, None)  # the newest change last, as the rows' order favours it
    pending[object_id] = None


def _indexed_change(obj: LearningObject) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in _INDEXED)


def catch_up(session: Session) -> None:
    """Reindex what changed since the last catch-up (flushing pending changes first)."""
    session.flush()
    pending = session.info.pop(PENDING, None)
    if not pending:
        return
    ids = list(pending)
    objs = [obj for obj in (session.get(LearningObject, object_id) for object_id in ids) if obj]
    _replace_rows(session, ids, objs)


def forget_pending(session: Session) -> None:
    """After a rollback: what was noted was never written."""
    session.info.pop(PENDING, None)


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
    catch_up(session)
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
    rows, full = _best(session, words, rare, common, limit)
    if len(rows) < limit and full and common:  # the window held too few: let FTS5 filter
        rows, _ = _best(session, words, rare + [f'facets : "{w}"' for w in common], [], limit)
    return [Hit(object_id, kind, title, locale, snippet(body, terms) or snippet(title, terms),
                state, mime)
            for object_id, locale, title, body, kind, state, mime in rows]


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


def _best(session: Session, words: str, filters: list[str], required: Sequence[str],
          limit: int) -> tuple[list[tuple[str, ...]], bool]:
    """The `limit` best matches that carry every `required` facet word, best first, as
    (object id, locale, title, body, kind, state, mime); and whether the all-text window
    was full.

    One statement: the two windows ranked by FTS5, their union scored (a row's best
    score of the two), filtered, sorted and cut to `limit` by SQLite, and only then the
    shown rows' text read, so no candidate row ever becomes a Python object."""
    has = " AND ".join(["instr(' ' || f.c3 || ' ', ?) > 0"] * len(required))
    sql = _BEST.format(
        filtered="JOIN search_index_content AS f ON f.id = k.id WHERE " + has if has else "")
    params = (" AND ".join([f"{{title body tags}} : ({words})", *filters]), RANK_WINDOW,
              " AND ".join([f"{{title}} : ({words})", *filters]), RANK_WINDOW,
              *(f" {w} " for w in required), limit)
    rows = _driver_rows(session, sql, params)
    full = rows[0][0] >= RANK_WINDOW
    return [row[1:] for row in rows if row[1] is not None], full


_WINDOW = ("SELECT rowid AS id, bm25(search_index, " + WEIGHTS + ") AS score FROM search_index "
           "WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?")
# the newest RANK_WINDOW matches in all text and in titles; FTS5's content table is an
# ordinary table keyed by rowid (columns c0… in declaration order): rows are read there,
# since FTS5 itself answers `rowid = ?` next to no MATCH by scanning
_BEST = (
    f"WITH text_window AS MATERIALIZED ({_WINDOW}), title_window AS MATERIALIZED ({_WINDOW}), "
    "candidates AS (SELECT id, min(score) AS score FROM (SELECT id, score FROM text_window "
    "UNION ALL SELECT id, score FROM title_window) GROUP BY id), "
    "best AS (SELECT k.id, k.score FROM candidates AS k {filtered} "
    "ORDER BY k.score, k.id DESC LIMIT ?) "
    "SELECT n.total, c.c4, c.c5, c.c0, c.c1, coalesce(o.kind, ''), coalesce(o.state, ''), "
    "coalesce(a.mime, '') FROM (SELECT count(*) AS total FROM text_window) AS n "
    "LEFT JOIN best AS b LEFT JOIN search_index_content AS c ON c.id = b.id "
    "LEFT JOIN objects AS o ON o.id = c.c4 LEFT JOIN assets AS a ON a.object_id = c.c4 "
    "ORDER BY b.score, b.id DESC"
)


def _driver_rows(session: Session, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows as plain tuples from the driver's own connection, inside the session's
    transaction: a search reads up to 2,000 rows per statement, and making a SQLAlchemy
    row of each cost more than the statement itself. The SQL is fixed text with `?`
    parameters, so the driver's statement cache keeps each one prepared."""
    return session.connection().connection.dbapi_connection.execute(sql, params).fetchall()


# ----------------------------------------------------------------- snippets


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """As the index compares words: case and accents ignored. Cached: a library's
    vocabulary is small next to the words snippets look at."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def snippet(text_: str, terms: list[_Term]) -> str:
    """About SNIPPET_WORDS words around the first match, matched words [marked]."""
    exact, prefixes, pattern = _matcher(tuple(terms))
    folded = _folded_in_place(text_) if pattern is not None else None
    if folded is not None:
        window = _window_in_folded(text_, folded, pattern)
    else:
        window = _window_word_by_word(text_, exact, prefixes)
    if window is None:
        return ""
    spans, marked = window
    start, end = spans[0][0], spans[-1][1]
    pieces, cursor = [], start
    for word_start, word_end in spans:
        if word_start in marked:
            pieces += [text_[cursor:word_start], MARK_START, text_[word_start:word_end], MARK_END]
            cursor = word_end
    pieces.append(text_[cursor:end])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text_) else ""
    return prefix + "".join(pieces) + suffix


Window = tuple[list[tuple[int, int]], set[int]]  # the snippet's words (spans); where matches start


def _window_word_by_word(text_: str, exact: frozenset[str], prefixes: tuple[str, ...]
                         ) -> Window | None:
    """The snippet's words: SNIPPET_WORDS // 3 before the first match, the rest after it
    (more before it when the text ends first); and the matching ones among them."""
    def matches(span: tuple[int, int]) -> bool:
        word = _fold(text_[span[0]:span[1]])
        return word in exact or word.startswith(prefixes)

    words = [match.span() for match in _WORD.finditer(text_)]
    found = next((i for i, span in enumerate(words) if matches(span)), None)
    if found is None:
        return None
    first = max(0, min(found - SNIPPET_WORDS // 3, len(words) - SNIPPET_WORDS))
    spans = words[first:first + SNIPPET_WORDS]
    return spans, {span[0] for span in spans[found - first:] if matches(span)}


def _window_in_folded(text_: str, folded: str, pattern: re.Pattern) -> Window | None:
    """The same as `_window_word_by_word`, for a text folded in place: the pattern finds
    the matches, the words after the first are read forwards and those before it
    backwards (in the reversed text), a dozen each at most, so a body's words are never
    listed one by one (the browser's 500 results cut 500 snippets)."""
    hit = pattern.search(folded)
    if hit is None:
        return None
    at = hit.start()  # a word's start: the pattern begins with (?<!\w)
    after = [m.span() for m in islice(_WORD.finditer(text_, at), SNIPPET_WORDS)]
    wanted = max(SNIPPET_WORDS // 3, SNIPPET_WORDS - len(after))
    before = [(at - m.end(), at - m.start())
              for m in islice(_WORD.finditer(text_[:at][::-1]), wanted)][::-1]
    spans = (before + after)[:SNIPPET_WORDS]
    return spans, {m.start() for m in pattern.finditer(folded, at, spans[-1][1])}


def _folded_in_place(text_: str) -> str | None:
    """The text folded as the index folds words, character by character, when that keeps
    every offset and every word boundary (each character folds to one character, a word
    character to a word character); None otherwise (ß → ss, ligatures, …).

    Folding a word is folding each of its characters: case folding is per character, and
    the combining marks that decomposition could reorder are the ones dropped."""
    if text_.isascii():
        return text_.lower()
    table = {}
    for char in set(text_):
        folded = _char_fold(char)
        if folded is None:
            return None
        table[ord(char)] = folded
    return text_.translate(table)


@lru_cache(maxsize=4096)
def _char_fold(char: str) -> str | None:
    folded = _fold(char)
    if len(folded) != 1 or bool(_WORD.match(char)) != bool(_WORD.match(folded)):
        return None
    return folded


@lru_cache(maxsize=64)
def _matcher(terms: tuple[_Term, ...]) -> tuple[frozenset[str], tuple[str, ...], re.Pattern | None]:
    """What a word must fold to (exactly, or starting with) to match a query's terms; and
    a pattern finding such words in folded text (word starts only), so that the words of
    a long body are not folded one by one in Python."""
    exact = frozenset(_fold(w) for t in terms for w in (t.words if not t.prefix else t.words[:-1]))
    prefixes = tuple(_fold(t.words[-1]) for t in terms if t.prefix)
    if not all(_WORD.fullmatch(word) for word in (*exact, *prefixes)):
        return exact, prefixes, None  # a word folds to nothing, or to more than a word (½)
    alternatives = [rf"(?<!\w){re.escape(word)}(?!\w)" for word in sorted(exact)]
    alternatives += [rf"(?<!\w){re.escape(word)}" for word in prefixes]
    return exact, prefixes, re.compile("|".join(alternatives) or r"(?!)")
