"""SCORM 2004 4th edition packages: the 2004 adapter, `imsmanifest.xml` with sequencing,
and its schemas.

The manifest is a pure function of the resolved course, its units and the package's file
list: the same input gives the same bytes. Resources as in SCORM 1.2 (one SCO per unit,
one shared asset resource; see `ims_manifest`). Sequencing:
- the organization: `controlMode choice="true" flow="true"` (the LMS can start the course
  and the learner can move between lessons), and completion rolls up when every lesson is
  completed;
- a scored unit: its primary objective is satisfied by measure, with
  `minNormalizedMeasure` = pass mark ÷ 100 (the LMS's `cmi.scaled_passing_score`);
- an unscored unit in a multi-unit package takes no part in the course's success and
  score rollup (it still counts for completion).
A minimal LOM (title, language, description) describes the course.

`validate` checks 2004 manifests of the 3rd edition (as many LMSs and tools still write
them) against the 3rd edition's schemas, and the others against the 4th's.
"""

from __future__ import annotations

import re
from decimal import Decimal

from lxml import etree

from authoring.export import ims_manifest as cp
from authoring.export import resolved as r
from authoring.export.builder import PackageBuilder
from authoring.export.formats.registry import Format
from authoring.export.package import Package
from authoring.export.render import Adapter
from authoring.export.schemas import SchemaSet, register
from authoring.export.units import Unit
from authoring.export.xmltools import one_line, serialize, xml_id
from authoring.export.zipwriter import Source

NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
NAMES = cp.Names(cp=cp.NS_CP, scorm_type=f"{{{cp.NS_ADLCP}}}scormType")
SCHEMA_VERSION = "2004 4th Edition"

_IMPORTS = (
    (cp.NS_CP, "imscp_v1p1.xsd"),
    (cp.NS_ADLCP, "adlcp_v1p3.xsd"),
    (cp.NS_ADLSEQ, "adlseq_v1p3.xsd"),
    (cp.NS_ADLNAV, "adlnav_v1p3.xsd"),
    (cp.NS_IMSSS, "imsss_v1p0.xsd"),
    (cp.NS_LOM, "lom.xsd"),
)
_PREFIXES = {cp.NS_CP: "", cp.NS_ADLCP: "adlcp:", cp.NS_ADLSEQ: "adlseq:", cp.NS_ADLNAV: "adlnav:",
             cp.NS_IMSSS: "imsss:", cp.NS_LOM: "lom:"}
SCHEMAS_3RD = register(SchemaSet("scorm2004_3rd", "SCORM 2004 3rd Edition schema", "scorm2004_3rd",
                                 _IMPORTS, _PREFIXES))
SCHEMAS = register(SchemaSet("scorm2004_4th", "SCORM 2004 4th Edition schema", "scorm2004_4th",
                             _IMPORTS, _PREFIXES))
# Shipped at the package root: the 4th edition's schemas, with what they include.
SCHEMA_FILES: list[str] = [
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


# --------------------------------------------------------------------------- the manifest


def manifest(course: r.Course, units: list[Unit], files: list[str]) -> bytes:
    """The SCORM 2004 4th Edition imsmanifest.xml of a package holding `files` (sorted,
    relative paths, without imsmanifest.xml and the shipped schemas)."""
    root = etree.Element(
        f"{{{cp.NS_CP}}}manifest",
        nsmap={None: cp.NS_CP, "adlcp": cp.NS_ADLCP, "imsss": cp.NS_IMSSS, "xsi": NS_XSI},
    )
    root.set("identifier", xml_id("MANIFEST", course.id))
    root.set("version", str(course.version))
    root.set(
        f"{{{NS_XSI}}}schemaLocation",
        f"{cp.NS_CP} imscp_v1p1.xsd {cp.NS_ADLCP} adlcp_v1p3.xsd {cp.NS_IMSSS} imsss_v1p0.xsd "
        f"{cp.NS_LOM} lom.xsd",
    )
    metadata = etree.SubElement(root, f"{{{cp.NS_CP}}}metadata")
    etree.SubElement(metadata, f"{{{cp.NS_CP}}}schema").text = "ADL SCORM"
    etree.SubElement(metadata, f"{{{cp.NS_CP}}}schemaversion").text = SCHEMA_VERSION
    metadata.append(_lom(course))
    organization, items = cp.add_organization(root, NAMES, course, units)
    for unit, item in items:
        _unit_sequencing(item, unit, course, several=len(units) > 1)
    _course_sequencing(organization)  # the organization's own sequencing comes after its items
    cp.add_resources(root, NAMES, units, files)
    return serialize(root)


def _unit_sequencing(item: etree._Element, unit: Unit, course: r.Course, *, several: bool) -> None:
    ss = f"{{{cp.NS_IMSSS}}}"
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


def _course_sequencing(organization: etree._Element) -> None:
    ss = f"{{{cp.NS_IMSSS}}}"
    sequencing = etree.SubElement(organization, ss + "sequencing")
    etree.SubElement(sequencing, ss + "controlMode", choice="true", flow="true")
    rollup = etree.SubElement(sequencing, ss + "rollupRules")
    rule = etree.SubElement(rollup, ss + "rollupRule", childActivitySet="all")
    conditions = etree.SubElement(rule, ss + "rollupConditions")
    etree.SubElement(conditions, ss + "rollupCondition", condition="completed")
    etree.SubElement(rule, ss + "rollupAction", action="completed")


def min_normalized_measure(pass_mark: float) -> str:
    """pass mark ÷ 100 as an xs:decimal in [0, 1], without trailing zeros: 80 → '0.8'."""
    value = min(max(Decimal(str(pass_mark)) / 100, Decimal(0)), Decimal(1))
    text = format(value.quantize(Decimal("0.0001")), "f").rstrip("0").rstrip(".")
    return text or "0"


_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")


def _lom(course: r.Course) -> etree._Element:
    """general.title / language / description, valid against the ADL LOM (strict) schema."""
    lom_ns = f"{{{cp.NS_LOM}}}"
    lom = etree.Element(lom_ns + "lom", nsmap={None: cp.NS_LOM})
    general = etree.SubElement(lom, lom_ns + "general")
    language = course.locale.replace("_", "-")
    language = language if _LANGUAGE.fullmatch(language) else ""

    def lang_string(parent: etree._Element, name: str, text: str) -> None:
        holder = etree.SubElement(parent, lom_ns + name)
        string = etree.SubElement(holder, lom_ns + "string")
        if language:
            string.set("language", language)
        string.text = text

    lang_string(general, "title", one_line(course.title))
    if language:
        etree.SubElement(general, lom_ns + "language").text = language
    if course.description.strip():
        lang_string(general, "description", course.description.strip())
    return lom


class Scorm2004Builder(PackageBuilder):
    adapter = Adapter("scorm2004", requires=("shared/scorm-api",))

    def root_files(self, files: list[str]) -> dict[str, Source]:
        return cp.with_schemas(manifest(self.course, self.units, files), SCHEMAS, SCHEMA_FILES)


# --------------------------------------------------------------------------- the check


RULES = cp.Rules(NAMES, {"3rd": SCHEMAS_3RD, "4th": SCHEMAS}, adlcp=cp.NS_ADLCP, type_label="adlcp:scormType",
                 needs_schemaversion=True)


def check(package: Package) -> list[str]:
    return cp.check_manifest(package, RULES)


def recognises(package: Package) -> bool:
    return cp.edition(package)[0] == "2004"


FORMAT = Format(
    name="scorm2004", label="SCORM 2004 (4th edition)", builder=Scorm2004Builder,
    marker=cp.MANIFEST, recognises=recognises, check=check, schemas=(SCHEMAS_3RD, SCHEMAS),
)
