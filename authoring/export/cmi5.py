"""cmi5 packages: the player with the cmi5 adapter and `cmi5.xml`.

`cmi5.xml` (valid against the cmi5 CourseStructure.xsd) holds the course and one AU per
unit: one for the whole course (`index.html`) by default, one per lesson with
`--sco-per-lesson` (`lesson-01.html`, ...). Each AU: `url` relative to the package root,
`launchMethod="AnyWindow"`, `moveOn` "CompletedAndPassed" when the unit has scored
questions (with `masteryScore` = pass mark ÷ 100), else "Completed".

Ids come from object ids (see `authoring.export.xapi`): the course `ACTIVITY_BASE/<course
id>`, each AU `…/<course id>/au/<unit id>`. At run time statements use the launch
`activityId` the LMS gives, never the AU id; pages and questions use the xAPI ids.
"""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from authoring.export import resolved as r
from authoring.export.builder import PackageBuilder, PackageTree
from authoring.export.manifest_scorm12 import href, serialize
from authoring.export.units import Unit
from authoring.export.xapi import ACTIVITY_BASE, course_iri, iri_segment, set_adapter

NS_CMI5 = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"


def au_iri(course_id: str, unit_id: str, base: str = ACTIVITY_BASE) -> str:
    return f"{course_iri(course_id, base)}/au/{iri_segment(unit_id)}"


def mastery_score(pass_mark: float) -> str:
    """The pass mark (percent) as cmi5's masteryScore, a decimal from 0 to 1 ("0.8")."""
    value = min(Decimal(100), max(Decimal(0), Decimal(str(pass_mark)))) / 100
    text = format(value.normalize(), "f")
    return text if text not in ("", "-0") else "0"


def cmi5_xml(course: r.Course, units: list[Unit], base: str = ACTIVITY_BASE) -> bytes:
    lang = course.locale

    def q(name: str) -> str:
        return f"{{{NS_CMI5}}}{name}"

    def text(parent: etree._Element, name: str, value: str) -> None:
        holder = etree.SubElement(parent, q(name))
        etree.SubElement(holder, q("langstring"), lang=lang).text = " ".join(value.split())

    root = etree.Element(q("courseStructure"), nsmap={None: NS_CMI5})
    top = etree.SubElement(root, q("course"), id=course_iri(course.id, base))
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
        au = etree.SubElement(root, q("au"), attrs)
        text(au, "title", unit.title)
        description = course.description if unit.id == course.id else descriptions.get(unit.id, "")
        text(au, "description", description or unit.title)
        etree.SubElement(au, q("url")).text = href(unit.href)
    return serialize(root)


class Cmi5Builder(PackageBuilder):
    name = "cmi5"
    label = "cmi5"
    adapter = "cmi5"

    def add_root_files(self, tree: PackageTree) -> None:
        set_adapter(tree, self.adapter)
        tree.add("cmi5.xml", cmi5_xml(self.course, self.units))
