"""The player's interface strings (Previous, Next, Submit, Your score…) as translations.

The player ships its strings for a few locales (`resources/player/strings/*.json`). For
any other locale they are translated like course text and kept in the library (one row
of `library_meta` per locale: key -> [text, source hash, source text]), so every package
exported for that locale speaks its language. What the player ships always wins. The
source text is there to show what changed when a new version of the app rewords a string
(entries written before it have only the first two).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from sqlalchemy.orm import Session

from authoring import resources
from authoring.model import events
from authoring.model.schema import Meta

OBJECT_ID = events.PLAYER  # the "object" of player strings in unit ids and statuses
_KEY = events.PLAYER_STRINGS + "{}"  # a change to it is announced as one of OBJECT_ID
# labels of buttons and short controls: longer ones break the player's toolbar
SHORT_KEYS = frozenset({"previous", "next", "submit", "moveUp", "moveDown", "exit", "menu",
                        "true", "false", "results", "locked", "transcript", "captions"})
SHORT_LIMIT = 24


@lru_cache(maxsize=None)
def _shipped_file(name: str) -> dict[str, str]:
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", name):
        return {}
    path = resources.path("player", "strings", f"{name}.json")
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def shipped(locale: str) -> dict[str, str]:
    """The strings the player itself ships for a locale (its language's, then its own)."""
    strings: dict[str, str] = {}
    for name in dict.fromkeys((locale.split("-")[0].lower(), locale)):
        strings.update(_shipped_file(name))
    return strings


def sources(source_locale: str) -> dict[str, str]:
    """key -> the text a translator translates: the player's strings in the source locale."""
    return {**_shipped_file("en"), **shipped(source_locale)}


def to_translate(source_locale: str, locale: str) -> dict[str, str]:
    """key -> source text of the strings the player does not ship for `locale`."""
    ready = shipped(locale)
    return {key: text for key, text in sources(source_locale).items() if key not in ready}


def stored(session: Session, locale: str) -> dict[str, tuple[str, str]]:
    """key -> (translation, hash of the source it was made from), for one locale."""
    return {key: (entry[0], entry[1]) for key, entry in _entries(session, locale).items()}


def seen_source(session: Session, locale: str, key: str) -> str | None:
    """The source text a string's translation was made from, when it was kept."""
    entry = _entries(session, locale).get(key)
    return entry[2] if entry is not None and len(entry) > 2 else None


def _entries(session: Session, locale: str) -> dict[str, list]:
    row = session.get(Meta, _KEY.format(locale))
    return json.loads(row.value) if row else {}


def translated(session: Session, locale: str) -> dict[str, str]:
    """key -> the library's translation, for the export of `locale` (shipped strings win)."""
    return {key: text for key, (text, _) in stored(session, locale).items()}


def store(session: Session, locale: str, key: str, text: str, seen_hash: str,
          source: str | None = None) -> None:
    """Keep one translated string with the hash of the source the translator saw (and
    that source's text, `source`, when it is known to be the one hashed)."""
    strings = _entries(session, locale)
    strings[key] = [text, seen_hash] + ([source] if source is not None else [])
    value = json.dumps(dict(sorted(strings.items())), ensure_ascii=False)
    row = session.get(Meta, _KEY.format(locale))
    if row is None:
        session.add(Meta(key=_KEY.format(locale), value=value))
    else:
        row.value = value
    session.flush()
