"""xAPI (TinCan) packages: the player with the xAPI adapter and `tincan.xml`.

Activity ids derive from object ids (see `authoring.export.activities`). At launch, an
`activity_id` parameter replaces the course's id in statements (the LMS's id for the
course wins); the others stay.

One launch only: `tincan.xml` may name exactly one activity with a launch, so an xAPI
package is always one unit (the whole course, `index.html`); `--sco-per-lesson` is ignored.
"""

from __future__ import annotations

from lxml import etree

from authoring.export import activities as ids
from authoring.export import resolved as r
from authoring.export.builder import PackageBuilder
from authoring.export.formats.registry import Format
from authoring.export.interactions import correct_patterns, interaction_type
from authoring.export.package import Package, local_path, missing, parse
from authoring.export.xmltools import href, maker, one_line, serialize
from authoring.export.zipwriter import Source

NS_TINCAN = "http://projecttincan.com/tincan.xsd"
MANIFEST = "tincan.xml"

_sub = maker(NS_TINCAN)


# --------------------------------------------------------------------------- tincan.xml


def tincan_xml(course: r.Course, launch: str = "index.html", base: str = ids.ACTIVITY_BASE) -> bytes:
    """`tincan.xml`: the course (with its launch), then its lessons, pages and questions."""
    lang = course.locale
    root = etree.Element(f"{{{NS_TINCAN}}}tincan", nsmap={None: NS_TINCAN})
    activities = _sub(root, "activities")

    def activity(iri: str, kind: str, name: str, description: str) -> etree._Element:
        element = _sub(activities, "activity", id=iri, type=kind)
        _sub(element, "name", one_line(name), lang=lang)
        _sub(element, "description", one_line(description) or one_line(name), lang=lang)
        return element

    top = activity(ids.course_iri(course.id, base), ids.TYPE_COURSE, course.title, course.description)
    _sub(top, "launch", href(launch), lang=lang)
    for lesson in course.lessons:
        activity(ids.lesson_iri(course.id, lesson.id, base), ids.TYPE_LESSON, lesson.title, lesson.description)
    for page in course.pages:
        activity(ids.page_iri(course.id, page.id, base), ids.TYPE_PAGE, page.title, page.title)
    seen: set[str] = set()
    for page in course.pages:
        for question in page.questions:
            if question.id in seen:  # a question shown on two pages is one activity
                continue
            seen.add(question.id)
            element = activity(ids.question_iri(course.id, question.id, base), ids.TYPE_QUESTION,
                               question.prompt, question.prompt)
            _interaction(element, question, lang)
    return serialize(root)


def _interaction(element: etree._Element, question: r.Question, lang: str) -> None:
    def components(name: str, entries: list[tuple[str, str]]) -> None:
        holder = _sub(element, name)
        for ident, text in entries:
            component = _sub(holder, "component")
            _sub(component, "id", ident)
            _sub(component, "description", one_line(text), lang=lang)

    _sub(element, "interactionType", interaction_type(question))
    patterns = _sub(element, "correctResponsePatterns")
    for pattern in correct_patterns(question):
        _sub(patterns, "correctResponsePattern", pattern)
    if question.type in ("single", "multiple"):
        components("choices", [(c.id, c.text) for c in question.choices])
    elif question.type == "ordering":
        components("choices", [(i.id, i.text) for i in question.items])
    elif question.type == "matching":
        components("source", [(p.id, p.prompt) for p in question.pairs])
        components("target", [(p.id, p.match) for p in question.pairs])


class XapiBuilder(PackageBuilder):
    adapter = ids.lrs_adapter("xapi")
    single_unit = True  # tincan.xml: one launch, the course

    def root_files(self, files: list[str]) -> dict[str, Source]:
        return {MANIFEST: tincan_xml(self.course)}


# --------------------------------------------------------------------------- the check


def check(package: Package) -> list[str]:
    """`tincan.xml` has exactly one activity with a launch, that file exists, and every
    activity id is an absolute IRI used once."""
    root, problems = parse(MANIFEST, package.read(MANIFEST))
    if root is None:
        return problems
    if root.tag != f"{{{NS_TINCAN}}}tincan":
        problems.append(f"{MANIFEST}: the root element must be 'tincan' in the namespace {NS_TINCAN}")
    launches = [a for a in root.iter("{*}activity") if a.find("{*}launch") is not None]
    if not launches:
        problems.append(f"{MANIFEST}: no activity has a launch element")
    elif len(launches) > 1:
        lines = ", ".join(str(a.sourceline) for a in launches)
        problems.append(f"{MANIFEST}: {len(launches)} activities have a launch (lines {lines}); exactly one may")
    for activity in launches:
        launch = (activity.findtext("{*}launch") or "").strip()
        path = local_path(launch)
        if not launch:
            problems.append(f"{MANIFEST} line {activity.sourceline}: the launch element is empty")
        elif path is None or path.startswith("/"):
            problems.append(f"{MANIFEST} line {activity.sourceline}: the launch '{launch}' must be a path "
                            "relative to the package root")
        elif path not in package:
            problems.append(missing(package, path, f"the launch file in {MANIFEST}"))
    problems += ids.id_problems(MANIFEST, list(root.iter("{*}activity")))
    return problems


FORMAT = Format(name="xapi", label="xAPI (TinCan)", builder=XapiBuilder, marker=MANIFEST, check=check)
