"""cmi5 packages: the player with the cmi5 adapter and `cmi5.xml`.

`cmi5.xml` (valid against the cmi5 CourseStructure.xsd) holds the course and one AU per
unit: one for the whole course (`index.html`) by default, one per lesson with
`--sco-per-lesson` (`lesson-01.html`, ...). Each AU: `url` relative to the package root,
`launchMethod="AnyWindow"`, `moveOn` "CompletedAndPassed" when the unit has scored
questions (with `masteryScore` = pass mark ÷ 100), else "Completed".

Ids come from object ids (see `authoring.export.activities`): the course `ACTIVITY_BASE/
<course id>`, each AU `…/<course id>/au/<unit id>`. At run time statements use the launch
`activityId` the LMS gives, never the AU id; pages and questions use the xAPI ids.
"""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from authoring.export import activities as ids
from authoring.export import resolved as r
from authoring.export.builder import PackageBuilder
from authoring.export.formats.registry import Format
from authoring.export.package import Package, local_path, missing, parse
from authoring.export.schemas import SchemaSet, register, schema_problems
from authoring.export.units import Unit
from authoring.export.xmltools import href, maker, one_line, serialize
from authoring.export.zipwriter import Source

NS_CMI5 = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
MANIFEST = "cmi5.xml"
SCHEMAS = register(SchemaSet("cmi5", "cmi5 schema", "cmi5", ((NS_CMI5, "CourseStructure.xsd"),),
                             prefixes={NS_CMI5: ""}))

_sub = maker(NS_CMI5)


def au_iri(course_id: str, unit_id: str, base: str = ids.ACTIVITY_BASE) -> str:
    return f"{ids.course_iri(course_id, base)}/au/{ids.iri_segment(unit_id)}"


def mastery_score(pass_mark: float) -> str:
    """The pass mark (percent) as cmi5's masteryScore, a decimal from 0 to 1 ("0.8")."""
    value = min(Decimal(100), max(Decimal(0), Decimal(str(pass_mark)))) / 100
    text = format(value.normalize(), "f")
    return text if text not in ("", "-0") else "0"


def cmi5_xml(course: r.Course, units: list[Unit], base: str = ids.ACTIVITY_BASE) -> bytes:
    lang = course.locale

    def text(parent: etree._Element, name: str, value: str) -> None:
        _sub(_sub(parent, name), "langstring", one_line(value), lang=lang)

    root = etree.Element(f"{{{NS_CMI5}}}courseStructure", nsmap={None: NS_CMI5})
    top = _sub(root, "course", id=ids.course_iri(course.id, base))
    text(top, "title", course.title)
    text(top, "description", course.description or course.title)
    descriptions = {lesson.id: lesson.description for lesson in course.lessons}
    for unit in units:
        attrs = {"id": au_iri(course.id, unit.id, base)}
        if unit.scored:
            attrs["moveOn"] = "CompletedAndPassed"
            attrs["masteryScore"] = mastery_score(course.pass_mark)
        else:
            attrs["moveOn"] = "Completed"
        attrs["launchMethod"] = "AnyWindow"
        au = _sub(root, "au", **attrs)
        text(au, "title", unit.title)
        description = course.description if unit.id == course.id else descriptions.get(unit.id, "")
        text(au, "description", description or unit.title)
        _sub(au, "url", href(unit.href))
    return serialize(root)


class Cmi5Builder(PackageBuilder):
    adapter = ids.lrs_adapter("cmi5")

    def root_files(self, files: list[str]) -> dict[str, Source]:
        return {MANIFEST: cmi5_xml(self.course, self.units)}


def check(package: Package) -> list[str]:
    """`cmi5.xml` against the cmi5 XSD; every AU's url exists; ids are absolute IRIs, once."""
    root, problems = parse(MANIFEST, package.read(MANIFEST))
    if root is None:
        return problems
    problems += schema_problems(MANIFEST, root, SCHEMAS.key)
    aus = list(root.iter(f"{{{NS_CMI5}}}au"))
    if not aus:
        problems.append(f"{MANIFEST}: the course has no AU (au element)")
    for au in aus:
        url = (au.findtext(f"{{{NS_CMI5}}}url") or "").strip()
        path = local_path(url)
        if url and path is not None and path not in package:
            problems.append(missing(package, path, f"the url of AU '{au.get('id', '')}' in {MANIFEST}"))
    problems += ids.id_problems(MANIFEST, list(root.iter(f"{{{NS_CMI5}}}course", f"{{{NS_CMI5}}}block",
                                                         f"{{{NS_CMI5}}}au")))
    return problems


FORMAT = Format(name="cmi5", label="cmi5", builder=Cmi5Builder, marker=MANIFEST, check=check,
                schemas=(SCHEMAS,))
