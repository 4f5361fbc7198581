"""A course rendered for the app's live preview: the package's files, in memory.

The preview shows exactly what a package ships (the same player, the same page HTML, the
same adapter script) but reads working copies (`resolve(..., working=True)`: what the
designer sees in the editor, no version recorded) and writes nothing: every file is a
name -> bytes entry of `PreviewSite.files`, and media are served by the hash of their
bytes (`read_asset`), read only when the page asks for them. The app serves the site
from a URL scheme of its own; this module knows nothing of Qt or of URLs.

A preview never refuses a course the way an export does: a question without a correct
answer is still shown (it is being written), and the problems go with the site for the
app to show beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from authoring.export import formats, render
from authoring.export import resolved as r
from authoring.export.resolve import Problem, find_course, resolve, untranslated
from authoring.export.units import units_of
from authoring.model import blobstore, content, locales, objects, outline_rows
from authoring.model.errors import CoursesmithError
from authoring.model.library import Library
from authoring.model.schema import LearningObject, Link
from authoring.model.where_used import containers_using

# The standards the preview can track with, and the package format whose adapter it loads.
STANDARDS = {"scorm2004": "scorm2004", "xapi": "xapi"}
ENTRY = "index.html"


@dataclass(frozen=True)
class PreviewSite:
    """One course as a learner of `locale` sees it, ready to serve."""

    course_id: str
    title: str
    locale: str
    standard: str
    files: dict[str, bytes]  # path -> bytes: the page, the player's scripts and styles
    assets: dict[str, tuple[str, str]]  # path -> (sha256, mime): read when asked for
    page_keys: dict[str, str]  # page id -> the player's page key ("p0", ...)
    pass_mark: float = 80.0
    object_ids: frozenset[str] = frozenset()  # everything shown: an edit to one shows
    # interaction id ("q_" + question id) -> {"": prompt, choice / pair / item id: its text}
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    source_locale: str = ""
    pinned: frozenset[str] = frozenset()  # shown at a pinned version somewhere
    # renders one block as the site's pages do (see `draft_html`)
    render_block: Callable[[Any], str] | None = field(default=None, compare=False, repr=False)

    def mime(self, path: str) -> str:
        if path in self.assets:
            return self.assets[path][1]
        return _MIMES.get(PurePosixPath(path).suffix, "application/octet-stream")


_MIMES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".json": "application/json"}


def render_site(library: Library, course: str, locale: str | None = None,
                standard: str = "scorm2004") -> PreviewSite:
    """Render `course` (id or exact title) for the preview, in `locale` (default: the
    library's source locale), with the tracking adapter of `standard`."""
    if standard not in STANDARDS:
        raise CoursesmithError(f"the preview tracks with {', '.join(STANDARDS)}, not '{standard}'")
    with library.transaction() as session:
        course_id = find_course(session, course).id
        held = _load_reachable(session, course_id)  # noqa: F841 (held: one query, not one per object)
        resolved, problems = resolve(session, course_id, locale, working=True)
        pinned = _pinned(session, course_id)
        session.rollback()  # reading only
    adapter = formats.get(STANDARDS[standard]).builder.adapter
    return _site(resolved, problems, adapter, standard, pinned)


def _reached(course_id: str):
    """The ids of every object the course's links reach (a recursive CTE)."""
    down = select(Link.child_id.label("id")).where(Link.parent_id == course_id).cte("down", recursive=True)
    return down.union(select(Link.child_id).join(down, Link.parent_id == down.c.id))


def _load_reachable(session: Session, course_id: str) -> list[LearningObject]:
    """Every object the course reaches, loaded in one query. The caller holds the list:
    the session keeps only objects someone holds, and resolving asks for each one several
    times (the preview renders on every edit, so this is most of its time)."""
    down = _reached(course_id)
    query = select(LearningObject).options(selectinload(LearningObject.asset)).where(
        (LearningObject.id == course_id) | LearningObject.id.in_(select(down.c.id)))
    return list(session.scalars(query))


def _pinned(session: Session, course_id: str) -> frozenset[str]:
    """Objects the course shows at a pinned version somewhere (not as they are now)."""
    down = _reached(course_id)
    query = select(Link.child_id).where(
        Link.pinned_version.is_not(None),
        (Link.parent_id == course_id) | Link.parent_id.in_(select(down.c.id)))
    return frozenset(session.scalars(query))


def _site(course: r.Course, problems: list[Problem], adapter: render.Adapter,
          standard: str, pinned: frozenset[str] = frozenset()) -> PreviewSite:
    unit = units_of(course)[0]
    assets = {f"assets/{a.id}{_suffix(a.filename)}": (a.sha256, a.mime) for a in course.assets}
    media = {a.id: render.MediaFile(f"assets/{a.id}{_suffix(a.filename)}", (), a.width, a.height)
             for a in course.assets}
    files: dict[str, bytes] = {}
    if unit.pages:
        html = render.render_unit(course, unit, adapter=adapter, media=media,
                                  strings=render.player_strings(course.locale))
    else:
        html = _empty_page(course)
    files[ENTRY] = html.encode("utf-8")
    for relative in render.player_files(adapter):
        files[f"player/{relative}"] = (render.PLAYER_DIR / relative).read_bytes()
    keys = {page.id: f"p{n}" for n, page in enumerate(unit.pages)}
    blocks = render.block_renderer(course, unit, adapter=adapter, media=media,
                                   strings=render.player_strings(course.locale)) if unit.pages else None
    return PreviewSite(course.id, course.title, course.locale, standard, files, assets, keys,
                       pass_mark=course.pass_mark,
                       object_ids=frozenset(object_id for object_id, _ in course.versions),
                       labels=_labels(course), problems=problems,
                       source_locale=course.source_locale, pinned=pinned, render_block=blocks)


# The kinds whose HTML is theirs alone: a question's words are in the player's rules too
_DRAFTED = {"text": lambda i, b: r.TextBlock(i, 0, b.html),
            "callout": lambda i, b: r.Callout(i, 0, b.variant, b.html)}


def draft_html(site: PreviewSite, block_id: str, kind: str, data: dict[str, Any]) -> str | None:
    """The HTML `block_id` shows in the site's pages with `data` (what the designer is
    typing, not saved yet), cleaned as saving cleans it; None when only rendering the
    course again can tell: another kind, a block the course does not show or shows at a
    pinned version, a translation on screen, a picture the site has no file for yet, data
    the model refuses."""
    if kind not in _DRAFTED or site.render_block is None or block_id not in site.object_ids \
            or block_id in site.pinned or site.locale != site.source_locale:
        return None
    try:
        body = content.clean(kind, data)
        return site.render_block(_DRAFTED[kind](block_id, body))
    except (CoursesmithError, ValueError):
        return None


def _labels(course: r.Course) -> dict[str, dict[str, str]]:
    """The words behind the ids a tracked interaction holds, per interaction ("q_" + the
    question's id, as the player names it): "" is the prompt; a choice, pair or item id
    (unique within its question only) its text, a pair "prompt → match"."""
    labels: dict[str, dict[str, str]] = {}
    for page in course.pages:
        for q in page.questions:
            words = {"": q.prompt}
            words.update({c.id: c.text for c in q.choices})
            words.update({p.id: f"{p.prompt} → {p.match}" for p in q.pairs})
            words.update({i.id: i.text for i in q.items})
            labels[f"q_{q.id}"] = words
    return labels


def _empty_page(course: r.Course) -> str:
    from html import escape

    return (f'<!DOCTYPE html><html lang="{escape(course.locale)}"><head><meta charset="utf-8">'
            f"<title>{escape(course.title)}</title></head><body><main><h1>{escape(course.title)}</h1>"
            "<p>This course has no pages yet: add a lesson and a page to see them here.</p>"
            "</main></body></html>")


def _suffix(filename: str) -> str:
    suffix = PurePosixPath(filename).suffix.lower()
    return suffix if suffix.isascii() and len(suffix) <= 6 else ""


def saved_html(library: Library, site: PreviewSite, ids: set[str]) -> dict[str, str] | None:
    """Block id -> its HTML as saved now, each block rendered alone (`draft_html`), for
    blocks whose content changed; None when one of them needs the course rendered again
    (see `draft_html`; or it went to the trash)."""
    found: dict[str, str] = {}
    with library.transaction() as session:
        for object_id in ids:
            obj = session.get(LearningObject, object_id)
            html = None if obj is None or obj.trashed_at is not None else \
                draft_html(site, obj.id, obj.kind, obj.data)
            if html is None:
                break
            found[object_id] = html
        session.rollback()  # reading only
    return found if len(found) == len(ids) else None


def check_preview(library: Library, course: str | None, locale: str | None) -> str:
    """The id of the course `coursesmith preview` opens (COURSE, else the first course);
    a CoursesmithError in plain words when there is none or the locale is unknown."""
    with library.transaction() as session:
        if course is None:
            rows = outline_rows.course_rows(session)
            if not rows:
                raise CoursesmithError("the library has no course yet; create one in the app "
                                       "(`coursesmith open LIB`) first")
            course = rows[0].id
        course_id = find_course(session, course).id
        if locale is not None:
            code = locales.normalize_locale(locale)
            if code not in locales.all_locales(session):
                raise CoursesmithError(f"the library has no locale '{locale}'; "
                                       f"it has {', '.join(locales.all_locales(session))}")
        session.rollback()
    return course_id


def read_asset(library: Library, sha256: str) -> bytes:
    """An asset's bytes, as the preview's page asks for them."""
    with library.transaction() as session:
        return blobstore.read_bytes(session, sha256)


def course_of(library: Library, object_id: str) -> str | None:
    """The course an object (a page, a lesson, a block) belongs to; the object itself if
    it is a course; None if no course holds it."""
    with library.transaction() as session:
        if objects.get(session, object_id).kind == "course":
            return object_id
        courses = [u.id for u in containers_using(session, object_id) if u.kind == "course"]
        return courses[0] if courses else None


def locale_status(library: Library, course: str) -> list[tuple[str, int]]:
    """Every locale of the library, the source first, with how many of the course's
    strings have no translation in it (0 for the source)."""
    with library.transaction() as session:
        course_id = find_course(session, course).id
        codes = locales.all_locales(session)
        status = [(code, untranslated(session, course_id, code)) for code in codes]
        session.rollback()  # reading only
    return status
