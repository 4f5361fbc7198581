"""Where the time of one search goes: the model's SQL taken apart, raw sqlite3, best of 5.

    python -m bench.probe_search [--library bench/corpus/large.cslib]
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path

MODEL_SQL = (
    "SELECT s.object_id, o.kind, s.title, s.locale, "
    "snippet(search_index, -1, '[', ']', '…', 12) FROM search_index s "
    "JOIN objects o ON o.id = s.object_id WHERE search_index MATCH :q AND o.trashed_at IS NULL "
    "ORDER BY bm25(search_index, 10.0, 1.0, 4.0) LIMIT 50")
STEPS = [
    ("count(*) of matches", "SELECT count(*) FROM search_index WHERE search_index MATCH :q"),
    ("all matching rowids", "SELECT rowid FROM search_index WHERE search_index MATCH :q"),
    ("+ read object_id (UNINDEXED column)",
     "SELECT object_id FROM search_index WHERE search_index MATCH :q"),
    ("bm25 ORDER BY LIMIT 50, no join",
     "SELECT rowid FROM search_index WHERE search_index MATCH :q "
     "ORDER BY bm25(search_index, 10.0, 1.0, 4.0) LIMIT 50"),
    ("bm25 + join objects, no snippet",
     "SELECT s.rowid FROM search_index s JOIN objects o ON o.id = s.object_id "
     "WHERE search_index MATCH :q AND o.trashed_at IS NULL "
     "ORDER BY bm25(search_index, 10.0, 1.0, 4.0) LIMIT 50"),
    ("the model's full query", MODEL_SQL),
    ("newest 2000 rows by rowid DESC, bm25",
     "SELECT rowid, bm25(search_index, 10.0, 1.0, 4.0) FROM search_index "
     "WHERE search_index MATCH :q ORDER BY rowid DESC LIMIT 2000"),
]
QUERIES = ['"that"', '"safety"', '"risk assessment"', '"pro"*', '"comp"*']


def timed(connection, sql, params, repeat=5):
    connection.execute(sql, params).fetchall()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        rows = connection.execute(sql, params).fetchall()
        best = min(best, time.perf_counter() - start)
    return best * 1000, len(rows)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=Path("bench/corpus/large.cslib"))
    args = parser.parse_args(argv)
    connection = sqlite3.connect(f"file:{args.library}?mode=ro", uri=True)
    print("EXPLAIN QUERY PLAN of the model's query:")
    for row in connection.execute("EXPLAIN QUERY PLAN " + MODEL_SQL, {"q": "x"}):
        print("   ", row[-1])
    for q in QUERIES:
        matches = connection.execute(STEPS[0][1], {"q": q}).fetchone()[0]
        print(f"\nquery {q}: {matches:,} matching index rows")
        for label, sql in STEPS:
            ms, rows = timed(connection, sql, {"q": q})
            print(f"  {ms:8.2f} ms  {label} ({rows} rows)")


if __name__ == "__main__":
    main()
