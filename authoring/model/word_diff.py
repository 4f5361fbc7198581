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
    older: list[Piece] = []
    newer: list[Piece] = []
    for piece in merged_changes(before, after):
        if piece.change != "added":
            older.append(piece)
        if piece.change != "removed":
            newer.append(piece)
    return tuple(older), tuple(newer)


def merged_changes(before: str, after: str) -> tuple[Piece, ...]:
    """BEFORE turned into AFTER in one text: the words kept, each removed run followed
    by the run that replaced it (as a reviewer's tracked changes read)."""
    pieces: list[Piece] = []
    for same, old, new in _runs(_WORDS.findall(before), _WORDS.findall(after)):
        if same:
            pieces.append(Piece("same", new))
            continue
        if old:
            pieces.append(Piece("removed", old))
        if new:
            pieces.append(Piece("added", new))
    return tuple(pieces)


def _runs(a: list[str], b: list[str]) -> list[tuple[bool, str, str]]:
    """(same?, old text, new text) runs. A space kept between two changes joins them:
    "in the middle" replaced by "at its centre" reads as one change, not three words
    each swapped around two unchanged spaces."""
    runs: list[tuple[bool, str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        runs.append((op == "equal", "".join(a[i1:i2]), "".join(b[j1:j2])))
        if len(runs) >= 3 and not runs[-1][0] and runs[-2][0] and not runs[-2][1].strip() \
                and not runs[-3][0]:
            last, space, first = runs.pop(), runs.pop(), runs.pop()
            runs.append((False, first[1] + space[1] + last[1], first[2] + space[2] + last[2]))
    return runs
