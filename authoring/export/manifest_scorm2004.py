"""imsmanifest.xml for SCORM 2004 4th Edition packages.

A pure function of the resolved course, its units and the package's file list: the same
input gives the same bytes. Resources as in SCORM 1.2 (one SCO per unit, one shared asset
resource). Sequencing:
- the organization: `controlMode choice="true" flow="true"` (the LMS can start the course
  and the learner can move between lessons), and completion rolls up when every lesson is
  completed;
- a scored unit: its primary objective is satisfied by measure, with
  `minNormalizedMeasure` = pass mark ÷ 100 (the LMS's `cmi.scaled_passing_score`);
- an unscored unit in a multi-unit package takes no part in the course's success and
  score rollup (it still counts for completion).
A minimal LOM (title, language, description) describes the course.
"""

from __future__ import annotations

import re
from decimal import Decimal

from lxml import etree

from authoring import resources
from authoring.export import resolved as r
from authoring.export.manifest_scorm12 import (
    add_organization,
    add_resources,
    serialize,
    xml_id,
)
from authoring.export.units import Unit

SCHEMA_DIR_2004 = resources.path("xsd", "scorm2004_4th")
SCHEMA_FILES_2004: list[str] = [
    "XMLSchema.dtd",
    "adlcp_v1p3.xsd",
    "adlnav_v1p3.xsd",
    "adlseq_v1p3.xsd",
    "common/anyElement.xsd",
    "common/dataTypes.xsd",
    "common/elementNames.xsd",
    "common/elementTypes.xsd",
    "common/rootElement.xsd",
    "common/vocabTypes.xsd",
    "common/vocabValues.xsd",
    "datatypes.dtd",
    "extend/custom.xsd",
    "extend/strict.xsd",
    "imscp_v1p1.xsd",
    "imsss_v1p0.xsd",
    "imsss_v1p0auxresource.xsd",
    "imsss_v1p0control.xsd",
    "imsss_v1p0delivery.xsd",
    "imsss_v1p0limit.xsd",
    "imsss_v1p0objective.xsd",
    "imsss_v1p0random.xsd",
    "imsss_v1p0rollup.xsd",
    "imsss_v1p0seqrule.xsd",
    "imsss_v1p0util.xsd",
    "lom.xsd",
    "lomCustom.xsd",
    "lomLoose.xsd",
    "lomStrict.xsd",
    "unique/loose.xsd",
    "unique/strict.xsd",
    "vocab/adlmd_vocabv1p0.xsd",
    "vocab/custom.xsd",
    "vocab/loose.xsd",
    "vocab/strict.xsd",
    "xml.xsd",
]

NS_CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
NS_ADLCP = "http://www.adlnet.org/xsd/adlcp_v1p3"
NS_IMSSS = "http://www.imsglobal.org/xsd/imsss"
NS_LOM = "http://ltsc.ieee.org/xsd/LOM"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"

SCHEMA_VERSION = "2004 4th Edition"


def scorm2004_manifest(course: r.Course, units: list[Unit], files: list[str]) -> bytes:
    """The SCORM 2004 4th Edition imsmanifest.xml of a package holding `files` (sorted,
    relative paths, without imsmanifest.xml and the shipped schemas)."""
    cp = f"{{{NS_CP}}}"
    adlcp = f"{{{NS_ADLCP}}}"
    ss = f"{{{NS_IMSSS}}}"
    manifest = etree.Element(
        cp + "manifest",
        nsmap={None: NS_CP, "adlcp": NS_ADLCP, "imsss": NS_IMSSS, "xsi": NS_XSI},
    )
    manifest.set("identifier", xml_id("MANIFEST", course.id))
    manifest.set("version", str(course.version))
    manifest.set(
        f"{{{NS_XSI}}}schemaLocation",
        f"{NS_CP} imscp_v1p1.xsd {NS_ADLCP} adlcp_v1p3.xsd {NS_IMSSS} imsss_v1p0.xsd {NS_LOM} lom.xsd",
    )
    metadata = etree.SubElement(manifest, cp + "metadata")
    etree.SubElement(metadata, cp + "schema").text = "ADL SCORM"
    etree.SubElement(metadata, cp + "schemaversion").text = SCHEMA_VERSION
    metadata.append(_lom(course))

    org_id = xml_id("ORG", course.id)
    several = len(units) > 1
    organization, items = add_organization(manifest, cp, org_id, course, units)
    for unit, item in items:
        if unit.scored:
            sequencing = etree.SubElement(item, ss + "sequencing")
            objectives = etree.SubElement(sequencing, ss + "objectives")
            primary = etree.SubElement(
                objectives,
                ss + "primaryObjective",
                objectiveID=xml_id("PRIMARY", unit.id),
                satisfiedByMeasure="true",
            )
            etree.SubElement(primary, ss + "minNormalizedMeasure").text = min_normalized_measure(course.pass_mark)
        elif several:
            sequencing = etree.SubElement(item, ss + "sequencing")
            etree.SubElement(
                sequencing, ss + "rollupRules", rollupObjectiveSatisfied="false", objectiveMeasureWeight="0"
            )

    # The organization's own sequencing comes after its items.
    sequencing = etree.SubElement(organization, ss + "sequencing")
    etree.SubElement(sequencing, ss + "controlMode", choice="true", flow="true")
    rollup = etree.SubElement(sequencing, ss + "rollupRules")
    rule = etree.SubElement(rollup, ss + "rollupRule", childActivitySet="all")
    conditions = etree.SubElement(rule, ss + "rollupConditions")
    etree.SubElement(conditions, ss + "rollupCondition", condition="completed")
    etree.SubElement(rule, ss + "rollupAction", action="completed")

    add_resources(manifest, cp, adlcp + "scormType", units, files)
    return serialize(manifest)


def min_normalized_measure(pass_mark: float) -> str:
    """pass mark ÷ 100 as an xs:decimal in [0, 1], without trailing zeros: 80 → '0.8'."""
    value = min(max(Decimal(str(pass_mark)) / 100, Decimal(0)), Decimal(1))
    text = format(value.quantize(Decimal("0.0001")), "f").rstrip("0").rstrip(".")
    return text or "0"


_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")


def _lom(course: r.Course) -> etree._Element:
    """general.title / language / description, valid against the ADL LOM (strict) schema."""
    lom_ns = f"{{{NS_LOM}}}"
    lom = etree.Element(lom_ns + "lom", nsmap={None: NS_LOM})
    general = etree.SubElement(lom, lom_ns + "general")
    language = course.locale.replace("_", "-")
    language = language if _LANGUAGE.fullmatch(language) else ""

    def lang_string(parent: etree._Element, name: str, text: str) -> None:
        holder = etree.SubElement(parent, lom_ns + name)
        string = etree.SubElement(holder, lom_ns + "string")
        if language:
            string.set("language", language)
        string.text = text

    lang_string(general, "title", " ".join(course.title.split()))
    if language:
        etree.SubElement(general, lom_ns + "language").text = language
    if course.description.strip():
        lang_string(general, "description", course.description.strip())
    return lom
