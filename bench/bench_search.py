"""Search latency on a large library.

    python -m bench.bench_search [--library bench/corpus/large.cslib] [--variant model]

Runs ~300 queries of varied shapes through `authoring.model.search.search(session, q)`:
common, mid-frequency and rare words (picked by their real document frequency in the
index), two words, prefix `abc*`, quoted phrases, with a kind filter, with a locale
filter. One warm-up pass, then the timed pass. Prints count, median, p95 and max in ms,
overall and per shape, and PASS/MISS against the target p95 < 20 ms on 100k objects.

Each query is timed twice: wall time (what a person waits) and this process's CPU time
(`time.process_time`), which other programs' load barely moves. `--load [N]` times a
second pass with N busy processes (default 1) on the other core(s), this process pinned
to its own, and prints both the quiet and the loaded figures. `--save-hits FILE` writes
every query's hits (ids, titles, snippets, order); `--same-as FILE` checks a later run
returns exactly those (a speed change must not change results).

`--variant` runs a candidate rewrite of the search SQL instead of the model's (copies
kept in this file, see `VARIANTS`), to measure a change before making it in the model;
`--variant browser` times the browser's path (`browse.search_rows`, 500 rows).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.orm import Session

from authoring.model import browse
from authoring.model import search as model_search
from authoring.model.library import Library
from authoring.model.search import MARK_END, MARK_START, Hit, to_fts_query
from bench.vocab import FRENCH, english_vocabulary

TARGET_P95_MS = 20.0
DEFAULT_LIBRARY = Path("bench/corpus/large.cslib")
PHRASES = ["risk assessment", "fire safety", "customer service", "first aid",
           "data protection", "health and safety", "personal protective equipment",
           "manual handling", "emergency exit", "quality control", "food hygiene",
           "near miss", "root cause", "action plan", "incident report", "line manager",
           "mental health", "active listening", "strong password", "phishing email",
           "safety report", "the customer", "manager must", "climate change", "case study",
           "team meeting", "supply chain", "conflict of interest", "best practice",
           "learning objective"]


# ----------------------------------------------------------------- the queries


def _fold(word: str) -> str:
    """As the index's tokenizer (unicode61 remove_diacritics 2) stores a word."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))


def build_queries(session: Session, seed: int = 7) -> list[tuple[str, str, dict]]:
    """(shape, query, keyword arguments) triples, drawn from the index's own vocabulary."""
    rng = random.Random(seed)
    session.execute(text(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab "
        "USING fts5vocab(main, search_index, 'row')"))
    rows = session.execute(text("SELECT term, doc FROM temp.bench_vocab")).all()
    docs = session.scalar(text("SELECT count(*) FROM search_index"))
    words = [(t, d) for t, d in rows if t.isalpha() and len(t) > 2]
    english = set(english_vocabulary(random.Random(0)))
    folded = {_fold(w) for w in FRENCH} - english
    french = [(t, d) for t, d in words if t in folded and d >= 5]

    def band(low, high):
        return [t for t, d in words if low <= d <= high]

    common = band(docs // 40, docs)            # >= 2.5% of rows, "the" included
    mid = band(200, docs // 40)
    rare = band(1, 5)
    queries: list[tuple[str, str, dict]] = []
    add = lambda shape, q, **kw: queries.append((shape, q, kw))  # noqa: E731
    for w in rng.sample(common, min(40, len(common))):
        add("common word", w)
    for w in rng.sample(mid, 40):
        add("mid word", w)
    for w in rng.sample(rare, 40):
        add("rare word", w)
    for _ in range(20):
        add("two words", f"{rng.choice(mid)} {rng.choice(mid)}")
    for _ in range(20):
        add("two words", f"{rng.choice(common)} {rng.choice(mid)}")
    for w in rng.sample(common + mid, 40):
        add("prefix", w[: rng.choice([3, 3, 4, 5])] + "*")
    for phrase in PHRASES:
        add("phrase", f'"{phrase}"')
    for _ in range(40):
        add("kind filter", rng.choice(common + mid),
            kind=rng.choice(["question", "text", "course", "lesson", "media"]))
    for t, _ in rng.sample(french, min(20, len(french))):
        add("locale filter", t, locale="fr")
    for _ in range(10):
        add("locale filter", rng.choice(mid), locale="en")
    return queries


# ----------------------------------------------------------------- variants


def _filters(kind, tag, state, locale, params):
    where = ["search_index MATCH :q", "o.trashed_at IS NULL"]
    for column, value in (("o.kind", kind), ("o.state", state), ("s.locale", locale)):
        if value:
            name = column.split(".")[1]
            where.append(f"{column} = :{name}")
            params[name] = value
    if tag:
        where.append("EXISTS (SELECT 1 FROM tags t WHERE t.object_id = o.id AND t.tag = :tag)")
        params["tag"] = tag.strip().lower()
    return where


def search_rank_first(session, query, *, kind=None, tag=None, state=None, locale=None,
                      limit=50):
    """Rank and filter first (rowid + bm25 only), snippet() for the LIMIT rows only.

    In the model's query the snippet is an output column of an ORDER BY ... LIMIT, so
    SQLite computes it for every match before sorting; here the inner query sorts rowids
    and the outer one makes 50 snippets, each fetched by rowid.
    """
    expression = to_fts_query(query)
    if not expression:
        return []
    params = {"q": expression, "limit": limit}
    where = _filters(kind, tag, state, locale, params)
    sql = (
        "WITH best AS ("
        " SELECT s.rowid AS rid, o.kind AS kind, bm25(search_index, 10.0, 1.0, 4.0) AS score"
        " FROM search_index s JOIN objects o ON o.id = s.object_id"
        f" WHERE {' AND '.join(where)}"
        " ORDER BY score LIMIT :limit) "
        "SELECT s.object_id, best.kind, s.title, s.locale, "
        f"snippet(search_index, -1, '{MARK_START}', '{MARK_END}', '…', 12) "
        "FROM best JOIN search_index s ON s.rowid = best.rid "
        "WHERE search_index MATCH :q ORDER BY best.score"
    )
    return [Hit(*row) for row in session.execute(text(sql), params)]


def search_rank_first_unfiltered(session, query, *, kind=None, tag=None, state=None,
                                 locale=None, limit=50):
    """As `search_rank_first`, and without the join on objects when no object column is
    filtered (trashed objects have no index rows: `reindex` removes them)."""
    if kind or tag or state:
        return search_rank_first(session, query, kind=kind, tag=tag, state=state,
                                 locale=locale, limit=limit)
    expression = to_fts_query(query)
    if not expression:
        return []
    params: dict[str, object] = {"q": expression, "limit": limit}
    where = ["search_index MATCH :q"]
    if locale:
        where.append("locale = :locale")
        params["locale"] = locale
    sql = (
        "WITH best AS ("
        " SELECT rowid AS rid, bm25(search_index, 10.0, 1.0, 4.0) AS score"
        f" FROM search_index WHERE {' AND '.join(where)}"
        " ORDER BY score LIMIT :limit) "
        "SELECT s.object_id, o.kind, s.title, s.locale, "
        f"snippet(search_index, -1, '{MARK_START}', '{MARK_END}', '…', 12) "
        "FROM best JOIN search_index s ON s.rowid = best.rid "
        "JOIN objects o ON o.id = s.object_id "
        "WHERE search_index MATCH :q AND o.trashed_at IS NULL ORDER BY best.score"
    )
    return [Hit(*row) for row in session.execute(text(sql), params)]


WINDOW = 2000


def search_window(session, query, *, kind=None, tag=None, state=None, locale=None,
                  limit=50, window=WINDOW):
    """Proposed, same schema: rank only the newest WINDOW matching index rows.

    FTS5 walks the doclists by descending rowid (newest (re)indexed rows first) and stops
    after WINDOW rows, so bm25() and the join on objects run at most WINDOW times; the
    snippet and the final join run for the LIMIT rows only. Identical to the model's
    results whenever a query matches at most WINDOW rows (after filters).
    """
    expression = to_fts_query(query)
    if not expression:
        return []
    params: dict[str, object] = {"q": expression, "limit": limit, "window": window}
    where = ["search_index MATCH :q"]
    join = ""
    if kind or tag or state:
        join = "JOIN objects o ON o.id = s.object_id"
        where = _filters(kind, tag, state, None, params)
    if locale:
        where.append("s.locale = :locale")
        params["locale"] = locale
    sql = (
        "WITH candidates AS ("
        " SELECT s.rowid AS rid, bm25(search_index, 10.0, 1.0, 4.0) AS score"
        f" FROM search_index s {join} WHERE {' AND '.join(where)}"
        " ORDER BY s.rowid DESC LIMIT :window), "
        "best AS (SELECT rid, score FROM candidates ORDER BY score LIMIT :limit) "
        "SELECT s.object_id, o.kind, s.title, s.locale, "
        f"snippet(search_index, -1, '{MARK_START}', '{MARK_END}', '…', 12) "
        "FROM best CROSS JOIN search_index s ON s.rowid = best.rid "
        "JOIN objects o ON o.id = s.object_id "
        "WHERE search_index MATCH :q AND o.trashed_at IS NULL ORDER BY best.score"
    )
    return [Hit(*row) for row in session.execute(text(sql), params)]


# A proposed schema: `facets` is an indexed column holding "k<kind> l<locale>" tokens, so
# the kind and locale filters become part of the MATCH (doclist intersections) instead of
# a join or an UNINDEXED-column read per matching row. Built in a copy by --make-facets.
FACETS_TABLE = "search_index2"
FACETS_DDL = (
    f"CREATE VIRTUAL TABLE {FACETS_TABLE} USING fts5("
    "title, body, tags, facets, object_id UNINDEXED, locale UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)


def _facet(prefix: str, value: str) -> str:
    return prefix + "".join(ch for ch in value.lower() if ch.isalnum())


def make_facets_copy(source: Path, target: Path) -> None:
    import shutil
    import sqlite3

    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    connection = sqlite3.connect(target)
    connection.create_function("facet", 2, _facet, deterministic=True)
    connection.execute(f"DROP TABLE IF EXISTS {FACETS_TABLE}")
    connection.execute(FACETS_DDL)
    connection.execute(
        f"INSERT INTO {FACETS_TABLE} (rowid, title, body, tags, facets, object_id, locale) "
        "SELECT s.rowid, s.title, s.body, s.tags, facet('k', o.kind) || ' ' || "
        "facet('l', s.locale), s.object_id, s.locale "
        "FROM search_index s JOIN objects o ON o.id = s.object_id")
    connection.commit()
    connection.close()
    print(f"made {target} with {FACETS_TABLE} in {time.perf_counter() - started:.1f} s")


def search_facets_window(session, query, *, kind=None, tag=None, state=None, locale=None,
                         limit=50, window=WINDOW):
    """Proposed, new FTS schema (`facets` column) plus the WINDOW of `search_window`."""
    expression = to_fts_query(query)
    if not expression:
        return []
    match = "{title body tags} : (" + expression + ")"
    if kind:
        match += f' AND facets : "{_facet("k", kind)}"'
    if locale:
        match += f' AND facets : "{_facet("l", locale)}"'
    params: dict[str, object] = {"q": match, "limit": limit, "window": window,
                                 "q2": "{title body tags} : (" + expression + ")"}
    t = FACETS_TABLE
    where = [f"{t} MATCH :q"]
    join = ""
    if tag or state:
        join = "JOIN objects o ON o.id = s.object_id"
        where = [f"{t} MATCH :q", "o.trashed_at IS NULL"] + _filters(
            None, tag, state, None, params)[2:]
    sql = (
        "WITH candidates AS ("
        f" SELECT s.rowid AS rid, bm25({t}, 10.0, 1.0, 4.0, 0.0) AS score"
        f" FROM {t} s {join} WHERE {' AND '.join(where)}"
        " ORDER BY s.rowid DESC LIMIT :window), "
        "best AS (SELECT rid, score FROM candidates ORDER BY score LIMIT :limit) "
        "SELECT s.object_id, o.kind, s.title, s.locale, "
        f"snippet({t}, -1, '{MARK_START}', '{MARK_END}', '…', 12) "
        f"FROM best CROSS JOIN {t} s ON s.rowid = best.rid "
        "JOIN objects o ON o.id = s.object_id "
        f"WHERE {t} MATCH :q2 AND o.trashed_at IS NULL ORDER BY best.score"
    )
    return [Hit(*row) for row in session.execute(text(sql), params)]


def browser_rows(session, query, *, kind=None, tag=None, state=None, locale=None):
    """The browser's path (View › Library search): `browse.search_rows`, 500 rows."""
    filters = browse.Filters(kind=kind or "", tag=tag or "", state=state or "", locale=locale or "")
    return browse.search_rows(session, query, filters)


VARIANTS = {
    "model": model_search.search,
    "browser": browser_rows,
    "rank-first": search_rank_first,
    "rank-first-nojoin": search_rank_first_unfiltered,
    "window": search_window,
    "facets-window": search_facets_window,
}


# ----------------------------------------------------------------- running


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


@dataclass
class Timing:
    wall: float  # ms, what a person waits
    cpu: float   # ms of this process's CPU time: barely moved by other programs' load
    shape: str
    query: str
    kwargs: dict
    hits: int


def time_queries(session: Session, func, queries) -> list[Timing]:
    """One warm-up pass, then the timed pass."""
    for _, q, kw in queries:
        func(session, q, **kw)
    timings = []
    for shape, q, kw in queries:
        wall, cpu = time.perf_counter(), time.process_time()
        hits = func(session, q, **kw)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        timings.append(Timing(wall * 1000, cpu * 1000, shape, q, kw, len(hits)))
    return timings


def mismatches(session: Session, func, queries) -> int:
    """Queries whose hits differ from the model's (as a set: bm25 ties may order
    differently), counted among those matching no more index rows than a variant's window."""
    count = 0
    for _, q, kw in queries:
        hits, expected = func(session, q, **kw), model_search.search(session, q, **kw)
        matches = session.scalar(
            text("SELECT count(*) FROM search_index WHERE search_index MATCH :q"),
            {"q": to_fts_query(q)})
        if matches <= WINDOW and {(h.id, h.locale) for h in hits} != {
                (h.id, h.locale) for h in expected}:
            count += 1
    return count


def summary(timings: list[Timing]) -> dict:
    walls, cpus = [t.wall for t in timings], [t.cpu for t in timings]
    return {"count": len(walls), "median": statistics.median(walls),
            "p95": percentile(walls, 0.95), "max": max(walls),
            "cpu_median": statistics.median(cpus), "cpu_p95": percentile(cpus, 0.95)}


def report(label: str, timings: list[Timing], show_slowest: int) -> dict:
    result = summary(timings)
    print(f"  {label}: queries {result['count']}   wall median {result['median']:.2f} ms   "
          f"p95 {result['p95']:.2f} ms   max {result['max']:.2f} ms   "
          f"cpu median {result['cpu_median']:.2f} ms   p95 {result['cpu_p95']:.2f} ms")
    by_shape: dict[str, list[Timing]] = defaultdict(list)
    for timing in timings:
        by_shape[timing.shape].append(timing)
    print(f"    {'shape':<14} {'n':<5} {'wall median':>11} {'p95':>7} {'max':>7}   "
          f"{'cpu median':>10} {'p95':>7}   {'':4}")
    for shape, group in by_shape.items():
        walls, cpus = [t.wall for t in group], [t.cpu for t in group]
        p95 = percentile(walls, 0.95)
        print(f"    {shape:<14} {len(group):<5} {statistics.median(walls):11.2f} {p95:7.2f} "
              f"{max(walls):7.2f}   {statistics.median(cpus):10.2f} "
              f"{percentile(cpus, 0.95):7.2f}   {'PASS' if p95 < TARGET_P95_MS else 'MISS'}")
    if show_slowest:
        print("    slowest (wall):")
        for t in sorted(timings, key=lambda t: t.wall)[-show_slowest:][::-1]:
            extra = " ".join(f"{k}={v}" for k, v in t.kwargs.items())
            print(f"      {t.wall:7.2f} ms (cpu {t.cpu:6.2f})  {t.shape:<14} {t.query!r} "
                  f"{extra} ({t.hits} hits)")
    return result


@contextmanager
def busy_other_cores(processes: int) -> Iterator[str]:
    """Busy processes on the other core(s), this one kept on its own: the load of a person
    who searches while something else (an export, another program) keeps a core busy."""
    allowed = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    mine, others = (allowed[:1], allowed[1:]) if len(allowed) > 1 else (allowed, allowed)
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
                for _ in range(processes)]
    try:
        if mine and others:
            os.sched_setaffinity(0, set(mine))
            for spinner in spinners:
                os.sched_setaffinity(spinner.pid, set(others))
        where = f"cpu {mine[0]}, load on cpu {','.join(map(str, others))}" if mine else "no pinning"
        time.sleep(0.2)
        yield f"{processes} busy process{'es' if processes > 1 else ''} ({where})"
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()
        if allowed:
            os.sched_setaffinity(0, set(allowed))


def hits_record(session: Session, func, queries) -> list:
    """Every query's hits, in order, as JSON-ready lists."""
    return [[q, kw, [[h.id, h.kind, h.title, h.locale, h.snippet] for h in func(session, q, **kw)]]
            for _, q, kw in queries]


def compare_hits(recorded: list, now: list) -> int:
    differ = 0
    for before, after in zip(recorded, now):
        if before != after:
            differ += 1
            if differ <= 5:
                print(f"    differs: {before[0]!r} {before[1]}")
    return differ + abs(len(recorded) - len(now))


def run(library_path: Path, variant: str = "model", show_slowest: int = 8,
        check_same: bool = True, load: int = 0, save_hits: Path | None = None,
        same_as: Path | None = None) -> dict:
    func = VARIANTS[variant]
    with Library.open(library_path) as library, library.transaction() as session:
        objects = session.scalar(text("SELECT count(*) FROM objects"))
        queries = build_queries(session)
        print(f"search benchmark: {library_path} ({objects:,} objects), variant '{variant}'")
        quiet = time_queries(session, func, queries)
        results = {"variant": variant, "objects": objects,
                   "quiet": report("quiet", quiet, show_slowest)}
        if load:
            with busy_other_cores(load) as how:
                loaded = time_queries(session, func, queries)
            results["loaded"] = report(f"loaded, {how}", loaded, show_slowest)
        if variant not in ("model", "browser") and check_same:
            mismatched = mismatches(session, func, queries)
            print(f"  same hits as the model's search (queries matching <= {WINDOW} rows): "
                  f"{'yes' if not mismatched else f'NO ({mismatched} queries differ)'}")
        if save_hits or same_as:
            record = json.loads(json.dumps(hits_record(session, func, queries)))
            if save_hits:
                save_hits.write_text(json.dumps(record))
                print(f"  hits of every query written to {save_hits}")
            if same_as:
                differ = compare_hits(json.loads(same_as.read_text()), record)
                print(f"  same hits, snippets and order as {same_as}: "
                      f"{'yes' if not differ else f'NO ({differ} queries differ)'}")
    for label in ("quiet", "loaded"):
        if label in results:
            figures = results[label]
            verdict = "PASS" if figures["p95"] < TARGET_P95_MS else "MISS"
            print(f"target: p95 < {TARGET_P95_MS:.0f} ms on 100k objects, {label}: {verdict} "
                  f"(p95 {figures['p95']:.2f} ms wall, {figures['cpu_p95']:.2f} ms cpu)")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=DEFAULT_LIBRARY)
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="model")
    parser.add_argument("--variants", nargs="+", choices=sorted(VARIANTS),
                        help="run several variants one after the other")
    parser.add_argument("--load", type=int, nargs="?", const=1, default=0, metavar="N",
                        help="after the quiet pass, time again with N busy processes "
                             "(default 1) on the other core(s)")
    parser.add_argument("--save-hits", type=Path, metavar="JSON",
                        help="write every query's hits (ids, titles, snippets, order)")
    parser.add_argument("--same-as", type=Path, metavar="JSON",
                        help="check the hits are identical to a --save-hits file")
    parser.add_argument("--make-facets", type=Path, metavar="COPY",
                        help="copy --library to COPY with the proposed facets index, then exit")
    args = parser.parse_args(argv)
    if args.make_facets:
        make_facets_copy(args.library, args.make_facets)
        return 0
    if not args.library.exists():
        print(f"{args.library} does not exist; run: python -m bench.generate -o {args.library}")
        return 2
    variants = args.variants or [args.variant]
    for variant in variants:
        run(args.library, variant, load=args.load, save_hits=args.save_hits,
            same_as=args.same_as)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
