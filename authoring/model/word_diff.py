"""Two texts compared word by word: which words stayed, which went, which came.

One comparison for every place a person reads a change: the History's compare of two
versions and the Translation view's previous source of an outdated string.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_WORDS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Piece:
    """A run of words in a compared text: "same", "removed" (only in the older) or
    "added" (only in the newer)."""

    change: str
    text: str


def word_changes(before: str, after: str) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """BEFORE and AFTER as runs of same / removed / added words."""
    a, b = _WORDS.findall(before), _WORDS.findall(after)
    older: list[Piece] = []
    newer: list[Piece] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            older.append(Piece("same", "".join(a[i1:i2])))
            newer.append(Piece("same", "".join(b[j1:j2])))
            continue
        if i2 > i1:
            older.append(Piece("removed", "".join(a[i1:i2])))
        if j2 > j1:
            newer.append(Piece("added", "".join(b[j1:j2])))
    return tuple(older), tuple(newer)
