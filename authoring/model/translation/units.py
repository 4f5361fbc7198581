"""The units of a course's translation: one per text a learner of that course reads.

A unit is one translatable field of one object (a page's title, a choice's text, an
image's alt text…) or one of the player's interface strings. Its id, `OBJECT:FIELD`, never
changes while the field exists, so a file sent out today still fits next month. The walk
follows the course as learners meet it (course, lessons, pages, blocks in order), so the
translator reads the text in order, with the way to it as context.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import content, locales, objects
from authoring.model.locales import Status
from authoring.model.schema import LearningObject, Link, Translation
from authoring.model.translation import inline, player

SEPARATOR = " › "
_PART_OF_TYPE = {"single": "choices", "multiple": "choices", "matching": "pairs",
                 "ordering": "items"}
_PLAIN_LABELS = {"title": "title", "html": "text", "description": "description",
                 "alt": "alt text", "caption": "caption", "transcript": "transcript",
                 "prompt": "question", "feedback_correct": "feedback when right",
                 "feedback_incorrect": "feedback when wrong",
                 "answers": "accepted answers, one per line"}
_PART_LABELS = {("choices", "text"): "choice {}", ("choices", "feedback"): "feedback on choice {}",
                ("pairs", "prompt"): "pair {}, item", ("pairs", "match"): "pair {}, its match",
                ("items", "text"): "ordering item {} (in the right order)"}
_BLOCK_LABELS = {"text": "Text", "media": "Media", "callout": "Callout", "question": "Question"}


@dataclass(frozen=True)
class Unit:
    id: str  # "OBJECT:FIELD", or "player:KEY"
    object_id: str
    field: str
    kind: str  # inline.RICH, TEMPLATE or PLAIN
    source: str
    source_hash: str
    target: str | None
    status: Status
    context: str  # "Course › Lesson › Page › Question 2: choice b"
    max_length: int | None = None
    image: str | None = None  # the asset an alt text describes, shown to the translator

    @property
    def note(self) -> str:
        limit = f" (at most {self.max_length} characters)" if self.max_length else ""
        return self.context + limit


def unit_id(object_id: str, field: str) -> str:
    return f"{object_id}:{field}"


def course_units(session: Session, course_id: str, locale: str) -> list[Unit]:
    """Every unit of a course for `locale`, in reading order, the player's strings last."""
    return list(_Walk(session, locale, objects.get(session, course_id)).units())


@dataclass(frozen=True)
class CourseReading:
    """A course read once for several locales: each locale's units (as `course_units`
    gives them), and where each object sits (lesson id, page id: None above that level)."""

    units: dict[str, list[Unit]]
    places: dict[str, tuple[str | None, str | None]]


def read_course(session: Session, course_id: str, locales_: list[str]) -> CourseReading:
    """The tree is read once, then each locale costs one query and a walk in memory,
    so coverage in every locale of a 300-page course stays a matter of milliseconds."""
    walk: _Walk | None = None
    found: dict[str, list[Unit]] = {}
    for locale in locales_:
        if walk is None:
            walk = _Walk(session, locale, objects.get(session, course_id))
        else:
            walk.switch_to(locale)
        found[locale] = list(walk.units())
    return CourseReading(found, walk.places() if walk is not None else {})


_CHUNK = 500  # ids per IN (...): well under SQLite's limit on variables


class _Walk:
    """The course read in a few queries (one per level of the tree, then the assets and
    the translations), then walked in memory: a 300-page course is ~1,500 objects."""

    def __init__(self, session: Session, locale: str, course: LearningObject) -> None:
        self.session = session
        self.locale = locale
        self.course = course
        self.source_locale = locales.source_locale(session)
        self.seen: set[str] = set()
        self._bodies: dict[str, content.Content] = {}
        self.objects: dict[str, LearningObject] = {course.id: course}
        self.children: dict[str, list[str]] = {}
        parents = [course.id]
        for _ in ("lessons", "pages", "blocks"):
            parents = self._load_level(parents)
        self._load(self._media_assets(parents))
        self.stored = self._load_translations()

    def body(self, obj: LearningObject) -> content.Content:
        """The object's content, parsed once however many locales are walked."""
        if obj.id not in self._bodies:
            self._bodies[obj.id] = content.of(obj.kind, obj.data)
        return self._bodies[obj.id]

    def _load_level(self, parent_ids: list[str]) -> list[str]:
        found: list[str] = []
        for chunk in _chunks(parent_ids):
            rows = self.session.execute(select(Link.parent_id, Link.child_id)
                                        .where(Link.parent_id.in_(chunk), Link.role == "child")
                                        .order_by(Link.parent_id, Link.position))
            for parent_id, child_id in rows:
                self.children.setdefault(parent_id, []).append(child_id)
                found.append(child_id)
        self._load(found)
        return list(dict.fromkeys(i for i in found if i in self.objects))

    def _load(self, ids: list[str]) -> None:
        wanted = [i for i in dict.fromkeys(ids) if i not in self.objects]
        for chunk in _chunks(wanted):
            for obj in self.session.scalars(select(LearningObject).where(
                    LearningObject.id.in_(chunk), LearningObject.trashed_at.is_(None))):
                self.objects[obj.id] = obj

    def _media_assets(self, block_ids: list[str]) -> list[str]:
        return [body.asset for body in (self.body(self.objects[i])
                                        for i in block_ids if self.objects[i].kind == "media")
                if body.asset]

    def _load_translations(self) -> dict[str, dict[str, tuple[str, str]]]:
        stored: dict[str, dict[str, tuple[str, str]]] = {}
        for chunk in _chunks(list(self.objects)):
            rows = self.session.execute(
                select(Translation.object_id, Translation.field, Translation.text,
                       Translation.source_hash)
                .where(Translation.object_id.in_(chunk), Translation.locale == self.locale))
            for object_id, name, text, hash_ in rows:
                stored.setdefault(object_id, {})[name] = (text, hash_)
        return stored

    def switch_to(self, locale: str) -> None:
        """Walk again for another locale, with the objects already read."""
        self.locale, self.seen = locale, set()
        self.stored = self._load_translations()

    def places(self) -> dict[str, tuple[str | None, str | None]]:
        """object id -> (lesson id, page id) where the walk first meets it, as `units` does."""
        found: dict[str, tuple[str | None, str | None]] = {self.course.id: (None, None)}
        for lesson in self.kids(self.course):
            found.setdefault(lesson.id, (lesson.id, None))
            for page in self.kids(lesson):
                found.setdefault(page.id, (lesson.id, page.id))
                for block in self.kids(page):
                    found.setdefault(block.id, (lesson.id, page.id))
                    body = self.body(block)
                    if isinstance(body, content.MediaBlock) and body.asset and not body.alt.strip():
                        found.setdefault(body.asset, (lesson.id, page.id))
        return found

    def kids(self, parent: LearningObject) -> Iterator[LearningObject]:
        for child_id in self.children.get(parent.id, ()):
            if child_id in self.objects:
                yield self.objects[child_id]

    def units(self) -> Iterator[Unit]:
        course = self.course
        yield from self.fields(course, [], f"Course '{course.title}'")
        for number, lesson in enumerate(self.kids(course), 1):
            path = [course.title, lesson.title or f"Lesson {number}"]
            yield from self.fields(lesson, path[:1], f"Lesson {number}")
            for page_number, page in enumerate(self.kids(lesson), 1):
                page_path = [*path, page.title or f"Page {page_number}"]
                yield from self.fields(page, path, f"Page {page_number}")
                for block_number, block in enumerate(self.kids(page), 1):
                    yield from self.block(block, page_path, block_number)
        yield from self.player()

    def block(self, block: LearningObject, path: list[str], number: int) -> Iterator[Unit]:
        label = f"{_BLOCK_LABELS.get(block.kind, block.kind.title())} {number}"
        yield from self.fields(block, path, label)
        body = self.body(block)
        if isinstance(body, content.MediaBlock) and body.asset and not body.alt.strip():
            asset = self.objects.get(body.asset)  # its alt text is what learners get
            if asset is not None:
                yield from self.fields(asset, [*path, label], f"Image '{asset.title}'")

    def fields(self, obj: LearningObject, path: list[str], label: str) -> Iterator[Unit]:
        """The object's units, the first time the walk meets it (a block reused on two
        pages is translated once)."""
        if obj.id in self.seen:
            return
        self.seen.add(obj.id)
        body = self.body(obj)
        sources = _visible(body, body.translatable(obj.title))
        stored = self.stored.get(obj.id, {})
        where = SEPARATOR.join([*path, label])
        for field_name, text in sources.items():
            kind = inline.RICH if field_name in body.RICH_TEXT else inline.PLAIN
            unit = _unit(obj.id, field_name, kind, text, stored.get(field_name),
                         f"{where}: {field_label(field_name)}")
            yield replace(unit, image=_described(obj, body)) if field_name == "alt" else unit

    def player(self) -> Iterator[Unit]:
        stored = player.stored(self.session, self.locale)
        for key, text in player.to_translate(self.source_locale, self.locale).items():
            limit = player.SHORT_LIMIT if key in player.SHORT_KEYS else None
            yield _unit(player.OBJECT_ID, key, inline.TEMPLATE, text, stored.get(key),
                        f"Player interface: '{key}' (keep the {{codes}})", limit)


def _unit(object_id: str, field_name: str, kind: str, source: str,
          stored: tuple[str, str] | None, context: str, limit: int | None = None) -> Unit:
    hash_ = locales.source_hash(source)
    if stored is None:
        status, target = Status.MISSING, None
    else:
        target = stored[0]
        status = Status.CURRENT if stored[1] == hash_ else Status.OUTDATED
    return Unit(unit_id(object_id, field_name), object_id, field_name, kind, source, hash_,
                target, status, context, limit)


def _described(obj: LearningObject, body: content.Content) -> str | None:
    """The asset whose picture an alt text describes: the asset itself, or the one a
    media block shows."""
    if obj.kind == "asset":
        return obj.id
    return body.asset if isinstance(body, content.MediaBlock) else None


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _visible(body: content.Content, fields: dict[str, str]) -> dict[str, str]:
    """Only what learners see: a question's parts of its current type (a question keeps
    the choices of a type it had, but nobody reads them)."""
    if not isinstance(body, content.Question):
        return fields
    shown = _PART_OF_TYPE.get(body.type)
    return {name: text for name, text in fields.items()
            if "." not in name or name.split(".")[0] == shown}


def field_label(field_name: str) -> str:
    """A field's name in words, for a translator's note."""
    if field_name in _PLAIN_LABELS:
        return _PLAIN_LABELS[field_name]
    part, _, rest = field_name.partition(".")
    record, _, key = rest.partition(".")
    template = _PART_LABELS.get((part, key))
    return template.format(record) if template else field_name
