"""Resolve: course + locale + version selection -> the immutable `resolved.Course`.

Export publishes what the designer sees: `publish` first records a version of every
working copy that differs from its head; `resolve` then follows heads (or pins) and
collects every problem it meets, errors and warnings, instead of stopping at the first,
so the designer can fix them all in one go.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.export import resolved as r
from authoring.model import locales, objects, versions
from authoring.model.content import apply_translations
from authoring.model.errors import CoursesmithError
from authoring.model.schema import LearningObject, Version


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
    obj = session.get(LearningObject, course)
    if obj is not None and obj.kind == "course":
        return obj
    matches = list(session.scalars(select(LearningObject).where(
        LearningObject.kind == "course", LearningObject.title == course,
        LearningObject.trashed_at.is_(None))))
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CoursesmithError(f"no course with the id or title '{course}'; "
                               "see `coursesmith list LIB --kind course`")
    listed = ", ".join(m.id for m in matches)
    raise CoursesmithError(f"{len(matches)} courses are titled '{course}' ({listed}); use an id")


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
    from authoring.model.content import asset_refs

    found += [a for a in asset_refs(obj.kind, obj.data)]
    return found


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

    def problem(self, severity: str, message: str, object_id: str = "") -> None:
        self.problems.append(Problem(severity, message, object_id))

    def state(self, object_id: str, pin: int | None) -> tuple[LearningObject, int, str, dict[str, Any], list]:
        """(object, version number, title, data, children) of the version to export."""
        obj = objects.get(self.session, object_id)
        number = pin if pin is not None else self.fixed.get(obj.id, obj.head)
        if (pin is None and self.working) or number == 0:
            title, data = obj.title, obj.data
            children = [[c.id, c.pinned_version] for c in objects.children(self.session, obj.id)]
        else:
            version = self.session.get(Version, (obj.id, number))
            title, data, children = version.title, version.data, version.children.get("items", [])
        self.used[obj.id] = number
        if self.translate:
            title, data = self._translated(obj, title, data)
        return obj, number, title, data, children

    def _translated(self, obj: LearningObject, title: str, data: dict[str, Any]):
        """Translated text where there is some (an outdated translation beats the source
        language in the middle of a page); missing and outdated strings are counted."""
        statuses = locales.field_statuses(self.session, obj, self.locale)
        found = {s.field: s.translation for s in statuses if s.translation is not None}
        self.missing += sum(1 for s in statuses if s.status == locales.Status.MISSING)
        self.outdated += sum(1 for s in statuses if s.status == locales.Status.OUTDATED)
        return apply_translations(obj.kind, title, data, found)

    # ------------------------------------------------------------- the tree

    def course(self, course_id: str) -> r.Course:
        obj, number, title, data, children = self.state(course_id, None)
        lessons = tuple(filter(None, (self.lesson(cid, pin) for cid, pin in children)))
        if not lessons:
            self.problem("error", f"the course '{title}' has no lessons with pages", obj.id)
        course = r.Course(
            id=obj.id, version=number, title=title, description=data.get("description", ""),
            pass_mark=data["pass_mark"], completion=data["completion"],
            navigation=data["navigation"], lessons=lessons, locale=self.locale,
            rtl=locales.is_rtl(self.locale), versions=tuple(sorted(self.used.items())),
        )
        self._course_checks(course)
        return course

    def _course_checks(self, course: r.Course) -> None:
        scored = [q for page in course.pages for q in page.questions if q.scored]
        if course.completion == "quiz_passed" and not scored:
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
        obj, number, title, data, children = self.state(lesson_id, pin)
        pages = tuple(filter(None, (self.page(cid, p, title) for cid, p in children)))
        if not pages:
            self.problem("warning", f"the lesson '{title}' has no pages and was left out", obj.id)
            return None
        return r.Lesson(obj.id, number, title, data.get("description", ""), pages)

    def page(self, page_id: str, pin: int | None, lesson: str) -> r.Page | None:
        if not self._alive(page_id, f"the lesson '{lesson}'"):
            return None
        obj, number, title, data, children = self.state(page_id, pin)
        where = f"page '{title}'"
        blocks = tuple(filter(None, (self.block(cid, p, where) for cid, p in children)))
        if not blocks:
            self.problem("warning", f"the {where} in '{lesson}' is empty", obj.id)
        return r.Page(obj.id, number, title, blocks)

    def block(self, block_id: str, pin: int | None, where: str) -> r.Block | None:
        if not self._alive(block_id, f"the {where}"):
            return None
        obj, number, title, data, _ = self.state(block_id, pin)
        name = f"the {obj.kind} '{title or obj.id}' on the {where}"
        if obj.kind == "text":
            return r.TextBlock(obj.id, number, data["html"], self._inline_images(data, name))
        if obj.kind == "callout":
            return r.Callout(obj.id, number, data["variant"], data["html"],
                             self._inline_images(data, name))
        if obj.kind == "media":
            return self._media(obj.id, number, data, name)
        return self._question(obj.id, number, data, name)

    def asset(self, asset_id: str | None, name: str) -> r.AssetRef | None:
        obj = self.session.get(LearningObject, asset_id) if asset_id else None
        if obj is None or obj.asset is None or obj.trashed_at is not None:
            state = "no file" if not asset_id else "a file that was deleted"
            self.problem("error", f"{name} shows {state}; choose its file again", asset_id or "")
            return None
        self.used[obj.id] = 0
        a = obj.asset
        return r.AssetRef(obj.id, a.sha256, a.filename, a.mime, a.size, a.width, a.height)

    def _inline_images(self, data: dict[str, Any], name: str) -> tuple[r.AssetRef, ...]:
        from authoring.model.content import asset_refs

        found = (self.asset(ref, name) for ref in asset_refs("text", data))
        return tuple(ref for ref in found if ref is not None)

    def _media(self, block_id: str, number: int, data: dict[str, Any], name: str):
        asset = self.asset(data.get("asset"), name)
        if asset is None:
            return None
        captions = self.asset(data["captions"], name) if data.get("captions") else None
        alt = data.get("alt") or self._asset_alt(asset.id)
        if asset.mime.startswith("image/") and not alt:
            self.problem("warning", f"{name} has no alt text; screen readers will skip it",
                         block_id)
        return r.MediaBlock(block_id, number, asset, alt, data.get("caption", ""),
                            data.get("transcript", ""), captions)

    def _asset_alt(self, asset_id: str) -> str:
        obj = objects.get(self.session, asset_id)
        if self.translate:
            _, data = self._translated(obj, obj.title, obj.data)
            return data.get("alt", "")
        return obj.data.get("alt", "")

    def _question(self, qid: str, number: int, data: dict[str, Any], name: str):
        from authoring.export.checks import question_problems

        for message in question_problems(data):
            self.problem("error", f"{name}: {message}", qid)
        return r.Question(
            id=qid, version=number, type=data["type"], prompt=data.get("prompt", ""),
            points=data.get("points", 1), attempts=data.get("attempts", 1),
            feedback_correct=data.get("feedback_correct", ""),
            feedback_incorrect=data.get("feedback_incorrect", ""),
            choices=tuple(r.Choice(c["id"], c.get("text", ""), bool(c.get("correct")),
                                   c.get("feedback", "")) for c in data.get("choices", [])),
            pairs=tuple(r.Pair(p["id"], p.get("prompt", ""), p.get("match", ""))
                        for p in data.get("pairs", [])),
            items=tuple(r.Item(i["id"], i.get("text", "")) for i in data.get("items", [])),
            answer=bool(data.get("answer", True)), answers=tuple(data.get("answers", [])),
            case_sensitive=bool(data.get("case_sensitive", False)),
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
