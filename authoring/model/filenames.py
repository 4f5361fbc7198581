"""File names as the user's file system holds them, made safe to store and to print.

A POSIX file name is any bytes but `/` and NUL: not always UTF-8, and it may hold line
breaks, terminal escapes or bidi controls that make a name read as another. Python hands
undecodable bytes over as lone surrogates (PEP 383), which neither SQLite nor a UTF-8
stream accepts. Two views of a name:

- `stored_name`: what the library keeps (an asset's file name, a title): valid text,
  undecodable bytes as U+FFFD, control characters removed.
- `escape_name`: what one-line-per-file output prints, reversible and parseable: `\\` as
  `\\\\`; every byte of undecodable bytes, control characters (U+0000-001F, U+007F-009F),
  U+2028/2029 and bidi controls as `\\xHH` (per UTF-8 byte); `: ` as `\\x3a ` (so
  `refused PATH: REASON` splits at the first `: `). Everything else prints as it is.
"""

from __future__ import annotations

import os
import re

from authoring.model.plain_text import strip_controls

_UNSAFE = "[\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\udc80-\udcff]"
_ESCAPED = re.compile(_UNSAFE + "|: ")
_ESCAPED_KEEPING_COLONS = re.compile(_UNSAFE)


def _escape(match: re.Match[str]) -> str:
    found = match[0]
    if found == "\\":
        return "\\\\"
    if found == ": ":
        return "\\x3a "
    raw = found.encode("utf-8", "surrogateescape")  # a lone surrogate is the byte it stands for
    return "".join(f"\\x{byte:02x}" for byte in raw)


def escape_name(name: str | os.PathLike[str], *, colons: bool = False) -> str:
    """A path or name on one line, escaped by the rule above (the import contract's);
    `colons`: leave `: ` as it is (a reason, after the PATH, may hold them)."""
    return (_ESCAPED_KEEPING_COLONS if colons else _ESCAPED).sub(_escape, os.fspath(name))


def stored_name(name: str) -> str:
    """Valid Unicode on one line (no control characters, white space folded): what a
    library may keep of a name."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return " ".join(strip_controls(text).split()) or "file"
