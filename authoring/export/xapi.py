"""xAPI (TinCan) packages: the player with the xAPI adapter and `tincan.xml`.

Activity ids are IRIs derived from object ids, so they stay the same across re-exports:

    ACTIVITY_BASE/<course id>                       the course (the one activity with a launch)
    ACTIVITY_BASE/<course id>/lessons/<lesson id>
    ACTIVITY_BASE/<course id>/pages/<page id>
    ACTIVITY_BASE/<course id>/questions/<question id>

The adapter (`resources/player/adapters/xapi.js`, shared by nothing else) builds the same
ids at run time; the builder writes `ACTIVITY_BASE` into the package's copy of it, so
changing the constant here changes both. At launch, an `activity_id` parameter replaces
the course's id in statements (the LMS's id for the course wins); the others stay.

One launch only: `tincan.xml` may name exactly one activity with a launch, so an xAPI
package is always one unit (the whole course, `index.html`); `--sco-per-lesson` is ignored.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from lxml import etree

from authoring.export import render
from authoring.export import resolved as r
from authoring.export.builder import PackageBuilder, PackageTree
from authoring.export.manifest_scorm12 import href, serialize

# The base of every activity id (an IRI the publisher controls; never fetched).
ACTIVITY_BASE = "https://coursesmith.example/activities"

NS_TINCAN = "http://projecttincan.com/tincan.xsd"

_ADL = "http://adlnet.gov/expapi/activities/"
TYPE_COURSE = _ADL + "course"
TYPE_LESSON = _ADL + "lesson"
TYPE_QUESTION = _ADL + "cmi.interaction"
TYPE_PAGE = "http://activitystrea.ms/schema/1.0/page"

INTERACTION_TYPES = {
    "single": "choice", "multiple": "choice", "true_false": "true-false",
    "fill_in": "fill-in", "matching": "matching", "ordering": "sequencing",
}

# The line of an adapter that holds the base; the builder rewrites it in the package.
_BASE_LINE = re.compile(r"^(\s*var ACTIVITY_BASE = ).*(; // @activity-base)$", re.M)


def iri_segment(object_id: str) -> str:
    return quote(object_id, safe="-._~")


def course_iri(course_id: str, base: str = ACTIVITY_BASE) -> str:
    return f"{base.rstrip('/')}/{iri_segment(course_id)}"


def lesson_iri(course_id: str, lesson_id: str, base: str = ACTIVITY_BASE) -> str:
    return f"{course_iri(course_id, base)}/lessons/{iri_segment(lesson_id)}"


def page_iri(course_id: str, page_id: str, base: str = ACTIVITY_BASE) -> str:
    return f"{course_iri(course_id, base)}/pages/{iri_segment(page_id)}"


def question_iri(course_id: str, question_id: str, base: str = ACTIVITY_BASE) -> str:
    return f"{course_iri(course_id, base)}/questions/{iri_segment(question_id)}"


def correct_patterns(question: r.Question) -> list[str]:
    """xAPI `correctResponsesPattern` of a question (the SCORM 2004 response formats)."""
    if question.type in ("single", "multiple"):
        return ["[,]".join(c.id for c in question.choices if c.correct)]
    if question.type == "true_false":
        return ["true" if question.answer else "false"]
    if question.type == "fill_in":
        prefix = "{case_matters=true}" if question.case_sensitive else ""
        return [prefix + _plain(answer) for answer in question.answers]
    if question.type == "matching":
        return ["[,]".join(f"{p.id}[.]{p.id}" for p in question.pairs)]
    return ["[,]".join(item.id for item in question.items)]


def _plain(text: str) -> str:
    """A fill-in answer as the adapters write it: no delimiters ("[,]"...), no leading "{"."""
    text = re.sub(r"[\r\n\t]+", " ", text)
    text = re.sub(r"\[([,.:])\]", r"(\1)", text)
    return re.sub(r"^\{", "(", text)[:4000]


_INCLUDE = re.compile(r"^ *// @include (shared/[a-z0-9-]+\.js)$", re.M)


def adapter_source(adapter: str, base: str = ACTIVITY_BASE) -> bytes:
    """The adapter file as it goes into a package: the LRS client it shares with the other
    xAPI-based adapter put in place of its `// @include` line (one source, one file in the
    package), and its ACTIVITY_BASE line set to `base`."""
    folder = render.PLAYER_DIR / "adapters"
    path = folder / f"{adapter}.js"
    code = _INCLUDE.sub(lambda m: (folder / m.group(1)).read_text("utf-8"), path.read_text("utf-8"))
    code, count = _BASE_LINE.subn(lambda m: m.group(1) + json.dumps(base) + m.group(2), code)
    if count != 1:
        raise ValueError(f"{path.name} has no 'var ACTIVITY_BASE = …; // @activity-base' line")
    return code.encode("utf-8")


def set_adapter(tree: PackageTree, adapter: str, base: str = ACTIVITY_BASE) -> None:
    """Replace the package's copy of the adapter with one that carries `base`."""
    name = f"player/adapters/{adapter}.js"
    if name not in tree.files:
        raise ValueError(f"{name} is not in the package")
    tree.files[name] = adapter_source(adapter, base)


def tincan_xml(course: r.Course, launch: str = "index.html", base: str = ACTIVITY_BASE) -> bytes:
    """`tincan.xml`: the course (with its launch), then its lessons, pages and questions."""
    lang = course.locale
    root = etree.Element(f"{{{NS_TINCAN}}}tincan", nsmap={None: NS_TINCAN})
    activities = etree.SubElement(root, f"{{{NS_TINCAN}}}activities")

    def activity(iri: str, kind: str, name: str, description: str) -> etree._Element:
        element = etree.SubElement(activities, f"{{{NS_TINCAN}}}activity", id=iri, type=kind)
        etree.SubElement(element, f"{{{NS_TINCAN}}}name", lang=lang).text = _one_line(name)
        etree.SubElement(element, f"{{{NS_TINCAN}}}description", lang=lang).text = (
            _one_line(description) or _one_line(name))
        return element

    top = activity(course_iri(course.id, base), TYPE_COURSE, course.title, course.description)
    etree.SubElement(top, f"{{{NS_TINCAN}}}launch", lang=lang).text = href(launch)
    for lesson in course.lessons:
        activity(lesson_iri(course.id, lesson.id, base), TYPE_LESSON, lesson.title, lesson.description)
    for page in course.pages:
        activity(page_iri(course.id, page.id, base), TYPE_PAGE, page.title, page.title)
    seen: set[str] = set()
    for page in course.pages:
        for question in page.questions:
            if question.id in seen:  # a question shown on two pages is one activity
                continue
            seen.add(question.id)
            element = activity(question_iri(course.id, question.id, base), TYPE_QUESTION,
                               question.prompt, question.prompt)
            _interaction(element, question, lang)
    return serialize(root)


def _interaction(element: etree._Element, question: r.Question, lang: str) -> None:
    def sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
        child = etree.SubElement(parent, f"{{{NS_TINCAN}}}{name}", **attrs)
        if text is not None:
            child.text = text
        return child

    def components(name: str, entries: list[tuple[str, str]]) -> None:
        holder = sub(element, name)
        for ident, text in entries:
            component = sub(holder, "component")
            sub(component, "id", ident)
            sub(component, "description", _one_line(text), lang=lang)

    sub(element, "interactionType", INTERACTION_TYPES[question.type])
    patterns = sub(element, "correctResponsePatterns")
    for pattern in correct_patterns(question):
        sub(patterns, "correctResponsePattern", pattern)
    if question.type in ("single", "multiple"):
        components("choices", [(c.id, c.text) for c in question.choices])
    elif question.type == "ordering":
        components("choices", [(i.id, i.text) for i in question.items])
    elif question.type == "matching":
        components("source", [(p.id, p.prompt) for p in question.pairs])
        components("target", [(p.id, p.match) for p in question.pairs])


def _one_line(text: str) -> str:
    return " ".join(text.split())


class XapiBuilder(PackageBuilder):
    name = "xapi"
    label = "xAPI (TinCan)"
    adapter = "xapi"

    def __init__(self, course: r.Course, *, per_lesson: bool = False, **options) -> None:
        super().__init__(course, per_lesson=False, **options)  # tincan.xml: one launch, the course

    def add_root_files(self, tree: PackageTree) -> None:
        set_adapter(tree, self.adapter)
        tree.add("tincan.xml", tincan_xml(self.course))
