"""Resolve: course + locale + version selection -> the immutable `resolved.Course`.

Export publishes what the designer sees: `publish` first records a version of every
working copy that differs from its head; `resolve` then follows heads (or pins) and
collects every problem it meets, errors and warnings, instead of stopping at the first,
so the designer can fix them all in one go.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.export import resolved as r
from authoring.model import content, locales, objects, versions
from authoring.model.translation import player
from authoring.model.errors import CoursesmithError
from authoring.model.plain_text import strip_controls, strip_controls_deep
from authoring.model.schema import LearningObject, Link, Version


@dataclass(frozen=True)
class Problem:
    severity: str  # "error": no package is written; "warning": the package still works
    message: str
    object_id: str = ""


class ExportError(CoursesmithError):
    def __init__(self, problems: list[Problem]):
        errors = [p for p in problems if p.severity == "error"]
        first = errors[0].message if errors else "the course cannot be exported"
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        super().__init__(f"cannot export: {first}{more}")
        self.problems = problems


def find_course(session: Session, course: str) -> LearningObject:
    """A course by id or exact title; an ambiguous title lists the candidates."""
    return objects.find_course(session, course)


def publish(session: Session, course_id: str, *, author: str = "") -> list[Version]:
    """Record a version of every working copy in the course that differs from its head;
    returns the versions recorded."""
    recorded = (versions.record(session, object_id, author=author, summary="Published")
                for object_id in _reachable(session, course_id))
    return [version for version in recorded if version is not None]


def _reachable(session: Session, object_id: str) -> list[str]:
    found = [object_id]
    for ref in objects.children(session, object_id):
        if ref.pinned_version is None:
            found += _reachable(session, ref.id)
    obj = objects.get(session, object_id)
    found += content.of(obj.kind, obj.data).asset_ids()
    return found


def _child_links(session: Session, course_id: str) -> dict[str, list[list]]:
    """The children of the course and of every container its current links reach, in
    one query: id -> [[child id, pinned version], ...] (an id absent: not reached this
    way, e.g. under a pinned lesson; a key with [] has no children). Reading them one
    query per object was most of the live preview's rendering time."""
    child = Link.role == "child"
    down = select(Link.child_id.label("id")).where(Link.parent_id == course_id, child).cte(
        "down", recursive=True)
    down = down.union(select(Link.child_id).join(down, Link.parent_id == down.c.id).where(child))
    reached = {course_id, *session.scalars(select(down.c.id))}
    links: dict[str, list[list]] = {object_id: [] for object_id in reached}
    rows = session.execute(select(Link.parent_id, Link.child_id, Link.pinned_version)
                           .where(child, (Link.parent_id == course_id) | Link.parent_id.in_(select(down.c.id)))
                           .order_by(Link.parent_id, Link.position))
    for parent, child_id, pin in rows:
        links[parent].append([child_id, pin])
    return links


class _Resolver:
    """One resolution: reads versions, applies the locale, gathers problems."""

    def __init__(self, session: Session, locale: str, working: bool,
                 fixed: dict[str, int] | None = None) -> None:
        self.session = session
        self.fixed = fixed or {}
        self.locale = locale
        self.working = working
        self.translate = locale != locales.source_locale(session)
        self.problems: list[Problem] = []
        self.used: dict[str, int] = {}
        self.missing = 0
        self.outdated = 0
        # working copies: every container's children read in one query (`_child_links`)
        self.links: dict[str, list[list]] | None = None

    def problem(self, severity: str, message: str, object_id: str = "") -> None:
        self.problems.append(Problem(severity, message, object_id))

    def state(self, object_id: str, pin: int | None
              ) -> tuple[LearningObject, int, str, content.Content, list]:
        """(object, version number, title, typed content, children) of the version to export."""
        obj = objects.get(self.session, object_id)
        number = pin if pin is not None else self.fixed.get(obj.id, obj.head)
        if (pin is None and self.working) or number == 0:
            title, data = obj.title, obj.data
            children = self._children(obj.id)
        else:
            version = self.session.get(Version, (obj.id, number))
            title, data, children = version.title, version.data, version.children.get("items", [])
        self.used[obj.id] = number
        # what an older version stored may hold control characters no XML can hold
        title, data = strip_controls(title), strip_controls_deep(data)
        body = content.of(obj.kind, data)
        if self.translate:
            title, body = self._translated(obj, title, body)
        return obj, number, title, body, children

    def _children(self, object_id: str) -> list[list]:
        """[child id, pinned version] of a working copy, in order."""
        if self.links is not None and object_id in self.links:
            return self.links[object_id]
        return [[c.id, c.pinned_version] for c in objects.children(self.session, object_id)]

    def _translated(self, obj: LearningObject, title: str, body: content.Content
                    ) -> tuple[str, content.Content]:
        """Translated text where there is some (an outdated translation beats the source
        language in the middle of a page); missing and outdated strings are counted."""
        statuses = locales.field_statuses(self.session, obj, self.locale)
        found = {s.field: strip_controls(s.translation) for s in statuses if s.translation is not None}
        self.missing += sum(1 for s in statuses if s.status == locales.Status.MISSING)
        self.outdated += sum(1 for s in statuses if s.status == locales.Status.OUTDATED)
        return found.get("title", title), body.translated(found)

    # ------------------------------------------------------------- the tree

    def course(self, course_id: str) -> r.Course:
        if self.working:
            self.links = _child_links(self.session, course_id)
        obj, number, title, body, children = self.state(course_id, None)
        lessons = tuple(filter(None, (self.lesson(cid, pin) for cid, pin in children)))
        if not lessons:
            self.problem("error", f"the course '{title}' has no lessons with pages", obj.id)
        course = r.Course(
            id=obj.id, version=number, title=title, description=body.description,
            pass_mark=body.pass_mark, completion=body.completion,
            navigation=body.navigation, lessons=lessons, locale=self.locale,
            rtl=locales.is_rtl(self.locale), versions=tuple(sorted(self.used.items())),
            source_locale=locales.source_locale(self.session),
            player_strings=tuple(sorted(player.translated(self.session, self.locale).items())),
        )
        self._course_checks(course, body)
        return course

    def _course_checks(self, course: r.Course, body: content.Course) -> None:
        scored = [q for page in course.pages for q in page.questions if q.scored]
        if body.completes_with_quiz and not scored:
            self.problem("error", f"'{course.title}' completes when the quiz is passed, "
                         "but it has no scored questions", course.id)
        if self.missing or self.outdated:
            self.problem("warning", f"{self.locale}: {self.missing} strings not translated "
                         f"and {self.outdated} outdated; they show the source text "
                         "or the older translation")

    def _alive(self, object_id: str, where: str) -> bool:
        obj = self.session.get(LearningObject, object_id)
        if obj is None:
            self.problem("error", f"{where} refers to an object that was deleted ({object_id})")
            return False
        if obj.trashed_at is not None:
            self.problem("warning", f"{where}: '{obj.title}' is in the trash and was left out",
                         object_id)
            return False
        return True

    def lesson(self, lesson_id: str, pin: int | None) -> r.Lesson | None:
        if not self._alive(lesson_id, "the course"):
            return None
        obj, number, title, body, children = self.state(lesson_id, pin)
        pages = tuple(filter(None, (self.page(cid, p, title) for cid, p in children)))
        if not pages:
            self.problem("warning", f"the lesson '{title}' has no pages and was left out", obj.id)
            return None
        return r.Lesson(obj.id, number, title, body.description, pages)

    def page(self, page_id: str, pin: int | None, lesson: str) -> r.Page | None:
        if not self._alive(page_id, f"the lesson '{lesson}'"):
            return None
        obj, number, title, _, children = self.state(page_id, pin)
        where = f"page '{title}'"
        blocks = tuple(filter(None, (self.block(cid, p, where) for cid, p in children)))
        if not blocks:
            self.problem("warning", f"the {where} in '{lesson}' is empty", obj.id)
        return r.Page(obj.id, number, title, blocks)

    def block(self, block_id: str, pin: int | None, where: str) -> r.Block | None:
        if not self._alive(block_id, f"the {where}"):
            return None
        obj, number, title, body, _ = self.state(block_id, pin)
        name = f"the {obj.kind} '{title or obj.id}' on the {where}"
        if isinstance(body, content.TextBlock):
            return r.TextBlock(obj.id, number, body.html, self._inline_images(body, name))
        if isinstance(body, content.CalloutBlock):
            return r.Callout(obj.id, number, body.variant, body.html,
                             self._inline_images(body, name))
        if isinstance(body, content.MediaBlock):
            return self._media(obj.id, number, body, name)
        return self._question(obj.id, number, body, name)

    def asset(self, asset_id: str | None, name: str) -> r.AssetRef | None:
        obj = self.session.get(LearningObject, asset_id) if asset_id else None
        if obj is None or obj.asset is None or obj.trashed_at is not None:
            state = "no file" if not asset_id else "a file that was deleted"
            self.problem("error", f"{name} shows {state}; choose its file again", asset_id or "")
            return None
        self.used[obj.id] = 0
        a = obj.asset
        return r.AssetRef(obj.id, a.sha256, a.filename, a.mime, a.size, a.width, a.height)

    def _inline_images(self, body: content.Content, name: str) -> tuple[r.AssetRef, ...]:
        found = (self.asset(ref, name) for ref in body.asset_ids())
        return tuple(ref for ref in found if ref is not None)

    def _media(self, block_id: str, number: int, media: content.MediaBlock, name: str):
        asset = self.asset(media.asset, name)
        if asset is None:
            return None
        captions = self.asset(media.captions, name) if media.captions else None
        alt = media.alt or self._asset_alt(asset.id)
        if asset.mime.startswith("image/") and not alt:
            self.problem("warning", f"{name} has no alt text; screen readers will skip it",
                         block_id)
        return r.MediaBlock(block_id, number, asset, alt, media.caption, media.transcript,
                            captions)

    def _asset_alt(self, asset_id: str) -> str:
        obj = objects.get(self.session, asset_id)
        details = content.of(obj.kind, strip_controls_deep(obj.data))
        if self.translate:
            _, details = self._translated(obj, obj.title, details)
        return details.alt

    def _question(self, qid: str, number: int, question: content.Question, name: str):
        for message in question.problems():
            self.problem("error", f"{name}: {message}", qid)
        return r.Question(
            id=qid, version=number, type=question.type, prompt=question.prompt,
            points=question.points, attempts=question.attempts,
            feedback_correct=question.feedback_correct,
            feedback_incorrect=question.feedback_incorrect,
            choices=tuple(r.Choice(c.id, c.text, bool(c.correct), c.feedback)
                          for c in question.choices),
            pairs=tuple(r.Pair(p.id, p.prompt, p.match) for p in question.pairs),
            items=tuple(r.Item(i.id, i.text) for i in question.items),
            answer=bool(question.answer), answers=question.answers,
            case_sensitive=bool(question.case_sensitive),
        )


def resolve(
    session: Session, course_id: str, locale: str | None = None, *, working: bool = False,
    fixed: dict[str, int] | None = None,
) -> tuple[r.Course, list[Problem]]:
    """The course as learners of `locale` will see it, and every problem found.

    `working=True` reads working copies (the app's preview); export publishes first and
    reads versions, so the package can be rebuilt from the publication later. `fixed`
    (object id -> version) replays a publication: those versions instead of the heads.
    """
    course_obj = objects.get(session, course_id)
    if course_obj.kind != "course":
        raise CoursesmithError(f"'{course_obj.title}' is a {course_obj.kind}, not a course")
    locale = locales.normalize_locale(locale) if locale else locales.source_locale(session)
    if locale not in locales.all_locales(session):
        raise CoursesmithError(f"the library has no locale '{locale}'; "
                               f"it has {', '.join(locales.all_locales(session))}")
    resolver = _Resolver(session, locale, working, fixed)
    course = resolver.course(course_id)
    return course, resolver.problems


def untranslated(session: Session, course_id: str, locale: str) -> int:
    """How many of the course's strings (working copies) have no translation in `locale`:
    what the app's preview marks beside each locale. 0 for the source locale."""
    resolver = _Resolver(session, locales.normalize_locale(locale), working=True)
    if not resolver.translate:
        return 0
    resolver.course(course_id)
    return resolver.missing
