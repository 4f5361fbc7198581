"""Find and replace across the library (or one course): acting on a reviewer's feedback
("it is 'assembly point', not 'muster point'") everywhere at once.

FIND is literal and case-sensitive, and only text a learner reads is searched: each
object's translatable fields (titles of courses, lessons and pages, text, callouts,
captions, transcripts, alt text, prompts, choices, feedback, pairs, items, accepted
answers). In rich text only the text between tags is searched and changed, never tag
names, attributes or URLs. The source locale is searched unless a target locale is asked
for (its translations are then changed).

`plan` says what would change (each object, each match in context) and changes nothing;
`apply` does it in the caller's transaction and records a new version of every changed
object, so the translations of the changed strings become outdated.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import content, locales, objects, versions
from authoring.model.errors import CoursesmithError
from authoring.model.schema import LearningObject

CONTEXT = 30  # characters shown on each side of a match
# What people call each translatable field (list parts by their last part: "choices.a.text").
FIELD_LABELS = {
    "title": "Title", "html": "Text", "alt": "Alt text", "caption": "Caption", "transcript": "Transcript",
    "prompt": "Prompt", "feedback_correct": "Feedback when correct",
    "feedback_incorrect": "Feedback when incorrect", "answers": "Accepted answers",
    "choices.text": "Choice", "choices.feedback": "Choice feedback", "pairs.prompt": "Matching item",
    "pairs.match": "Match", "items.text": "Ordering item",
}


def field_label(field: str) -> str:
    """"choices.a.feedback" -> "Choice feedback": what the designer calls a field."""
    part, _, rest = field.partition(".")
    key = f"{part}.{rest.rpartition('.')[2]}" if rest else field
    return FIELD_LABELS.get(key, field)
# A tag, its quoted attribute values included (they may hold ">").
TAG = re.compile(r"""(<(?:[^>"']|"[^"]*"|'[^']*')*>)""")
BREAKS = re.compile(r"^<(?:/(?:p|li|h\d|td|th|tr|blockquote|pre|caption)|br)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FieldMatches:
    field: str  # "title", "html", "choices.a.text", ...
    count: int
    contexts: tuple[str, ...]  # "…the muster point is…", one per match (plain text)


@dataclass(frozen=True)
class ObjectMatches:
    id: str
    kind: str
    title: str
    fields: tuple[FieldMatches, ...]

    @property
    def count(self) -> int:
        return sum(f.count for f in self.fields)


@dataclass(frozen=True)
class Plan:
    find: str
    replacement: str
    locale: str  # the locale searched
    source: bool  # whether that is the source locale (objects change) or a translation
    objects: tuple[ObjectMatches, ...]

    @property
    def matches(self) -> int:
        return sum(o.count for o in self.objects)

    @property
    def ids(self) -> list[str]:
        return [o.id for o in self.objects]


def plan(session: Session, find: str, replacement: str, *, course: str | None = None,
         locale: str | None = None, only: Iterable[str] | None = None) -> Plan:
    """What replacing would change; nothing is changed. `only`: among these objects."""
    if not find:
        raise CoursesmithError("the text to find is empty; give the words to replace")
    source_locale = locales.source_locale(session)
    code = locales.normalize_locale(locale) if locale else source_locale
    if code != source_locale and code not in locales.target_locales(session):
        raise CoursesmithError(f"the library has no locale '{code}'; "
                               f"its locales are {', '.join(locales.all_locales(session))}")
    found = []
    wanted = set(only) if only is not None else None
    for obj in _scope(session, course):
        if wanted is not None and obj.id not in wanted:
            continue
        texts = _texts(session, obj, code, code == source_locale)
        fields = tuple(m for name, text in texts.items() if (m := _field_matches(obj, name, text, find)))
        if fields:
            found.append(ObjectMatches(obj.id, obj.kind, obj.title, fields))
    return Plan(find, replacement, code, code == source_locale, tuple(found))


def apply(session: Session, find: str, replacement: str, *, course: str | None = None,
          locale: str | None = None, only: Iterable[str] | None = None, author: str = "") -> Plan:
    """Replace, in the caller's transaction; returns what was changed (the plan made now,
    so what is replaced is what the library holds at this moment; `only`: among these
    objects, the ones a designer was shown)."""
    done = plan(session, find, replacement, course=course, locale=locale, only=only)
    summary = f"Replaced “{find}” with “{replacement}”"
    for match in done.objects:
        obj = objects.get(session, match.id)
        texts = _texts(session, obj, done.locale, done.source)
        changed = {f.field: _replace(obj, f.field, texts[f.field], find, replacement) for f in match.fields}
        if done.source:
            _write_source(session, obj, changed)
            versions.record(session, obj.id, author=author, summary=summary)
        else:
            for name, text in changed.items():
                locales.set_translation(session, obj.id, name, done.locale, text)
    return done


# --------------------------------------------------------------------------- scope


def _scope(session: Session, course: str | None) -> Iterable[LearningObject]:
    """Every object a learner may read (not in the trash), or those of one course: the
    course, everything under it, and the assets its blocks show (their default alt text)."""
    if course is None:
        query = select(LearningObject).where(LearningObject.trashed_at.is_(None)).order_by(LearningObject.id)
        return session.scalars(query).all()
    root = objects.find_course(session, course)
    seen: dict[str, LearningObject] = {}
    pending = [root.id]
    while pending:
        obj = session.get(LearningObject, pending.pop(0))
        if obj is None or obj.id in seen or obj.trashed_at is not None:
            continue
        seen[obj.id] = obj
        pending += [ref.id for ref in objects.children(session, obj.id)]
        pending += list(content.of(obj.kind, obj.data).asset_ids())
    return list(seen.values())


# --------------------------------------------------------------------------- text


def _texts(session: Session, obj: LearningObject, locale: str, source: bool) -> dict[str, str]:
    sources = content.of(obj.kind, obj.data).translatable(obj.title)
    if source:
        return sources
    translated = locales.translations(session, obj.id, locale)
    return {name: text for name, text in translated.items() if name in sources}


def _rich(obj: LearningObject, field: str) -> bool:
    return field in type(content.of(obj.kind, {})).RICH_TEXT


def _field_matches(obj: LearningObject, field: str, text: str, find: str) -> FieldMatches | None:
    """Matches inside one text node each (never across tags), shown in the context of the
    field's whole text as a learner reads it."""
    segments = _segments(text) if _rich(obj, field) else [(text, True)]
    whole = "".join(plain for plain, _ in segments)
    contexts, offset = [], 0
    for plain, searched in segments:
        start = plain.find(find) if searched else -1
        while start >= 0:
            contexts.append(_context(whole, offset + start, len(find)))
            start = plain.find(find, start + len(find))
        offset += len(plain)
    return FieldMatches(field, len(contexts), tuple(contexts)) if contexts else None


def _segments(markup: str) -> list[tuple[str, bool]]:
    """(text, searched): the text between the tags, decoded (what a learner reads), one
    piece per text node; after a paragraph, list item, cell or line break a space that is
    not searched, so that the words of two paragraphs do not run together in a context."""
    pieces: list[tuple[str, bool]] = []
    for piece in TAG.split(markup):
        if piece.startswith("<"):
            if BREAKS.match(piece) and pieces and not pieces[-1][0].endswith(" "):
                pieces.append((" ", False))
        elif piece:
            pieces.append((html.unescape(piece), True))
    return pieces


def _context(text: str, start: int, length: int) -> str:
    """The match with about CONTEXT characters either side, cut at word boundaries."""
    end = start + length
    before, after = text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]
    if start > CONTEXT and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    if end + CONTEXT < len(text) and " " in after:
        after = after[:after.rindex(" ")] + "…"
    return (before + text[start:end] + after).replace("\n", " ").strip()


def _replace(obj: LearningObject, field: str, text: str, find: str, replacement: str) -> str:
    if not _rich(obj, field):
        return text.replace(find, replacement)
    pieces = TAG.split(text)
    for index, piece in enumerate(pieces):
        if piece and not piece.startswith("<") and find in html.unescape(piece):
            pieces[index] = html.escape(html.unescape(piece).replace(find, replacement), quote=False)
    return "".join(pieces)


def _write_source(session: Session, obj: LearningObject, changed: dict[str, str]) -> None:
    body = content.of(obj.kind, obj.data)
    title = changed.pop("title", None)
    objects.update(session, obj.id, title=title, data=body.translated(changed) if changed else None)
