"""Changed words as rich text: removed words struck through in red, added words
underlined in green. The line and the underline carry the meaning as well as the colour,
so a reader who cannot tell red from green still sees which words went and which came.

Used by the History's compare and by the Translation view's previous source; the words
themselves come from `model.word_diff.word_changes`.
"""

from __future__ import annotations

from html import escape

from authoring.model.word_diff import Piece

REMOVED_STYLE = "background:#fbd3d0;color:#7a1010;text-decoration:line-through"
ADDED_STYLE = "background:#c9f2d0;color:#0b4d1c;text-decoration:underline"


def text_html(text: str) -> str:
    """Plain text as rich text, its line breaks kept."""
    return escape(text).replace("\n", "<br>")


FIRST_CHANGE = "first-change"  # the anchor before the first changed word, to scroll to


def pieces_html(pieces: tuple[Piece, ...]) -> str:
    out = []
    for index, piece in enumerate(pieces):
        text = text_html(piece.text)
        if piece.change != "same" and all(p.change == "same" for p in pieces[:index]):
            out.append(f"<a name='{FIRST_CHANGE}'></a>")
        if piece.change == "removed":
            out.append(f"<span style='{REMOVED_STYLE}'>{text}</span>")
        elif piece.change == "added":
            if index and pieces[index - 1].change == "removed":
                out.append(" ")  # words that replaced others: not glued to them
            out.append(f"<span style='{ADDED_STYLE}'>{text}</span>")
        else:
            out.append(text)
    return "".join(out)
