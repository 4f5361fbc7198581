"""SCORM 1.2 packages: the player with the 1.2 adapter, `imsmanifest.xml` and its schemas.

The manifest is a pure function of the resolved course, its units and the package's file
list: the same input gives the same bytes. One item and one SCO resource per unit; every
file that is not a unit's own HTML goes into one shared asset resource that each SCO
depends on (see `ims_manifest`). A scored unit's item carries `adlcp:masteryscore` = the
pass mark. The schemas named in `xsi:schemaLocation` ship at the package root.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from lxml import etree

from authoring.export import ims_manifest as cp
from authoring.export import resolved as r, suspend
from authoring.export.builder import PackageBuilder
from authoring.export.formats.registry import Format
from authoring.export.package import Package
from authoring.export.render import Adapter
from authoring.export.schemas import SchemaSet, register
from authoring.export.units import Unit
from authoring.export.xmltools import serialize, xml_id
from authoring.export.zipwriter import Source

NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
NAMES = cp.Names(cp=cp.NS_CP12, scorm_type=f"{{{cp.NS_ADLCP12}}}scormtype")


def _fix_ims_xml(data: bytes) -> bytes:
    # ims_xml.xsd declares the xml namespace as its default namespace, which libxml2 rejects.
    return data.replace(b'xmlns="http://www.w3.org/XML/1998/namespace"', b"", 1)


def _fix_imsmd(data: bytes) -> bytes:
    # imsmd's grp.any uses ##any, which makes its content models non-deterministic for libxml2.
    return data.replace(b'namespace="##any"', b'namespace="##other"')


SCHEMAS = register(SchemaSet(
    "scorm12", "SCORM 1.2 schema", "scorm12",
    imports=((cp.NS_CP12, "imscp_rootv1p1p2.xsd"), (cp.NS_ADLCP12, "adlcp_rootv1p2.xsd"),
             (cp.NS_IMSMD, "imsmd_rootv1p2p1.xsd")),
    prefixes={cp.NS_CP12: "", cp.NS_ADLCP12: "adlcp:", cp.NS_IMSMD: "imsmd:"},
    patches={"ims_xml.xsd": _fix_ims_xml, "imsmd_rootv1p2p1.xsd": _fix_imsmd},
))
# Shipped at the package root: the ones xsi:schemaLocation names, and what they include.
SCHEMA_FILES: list[str] = [
    "adlcp_rootv1p2.xsd",
    "ims_xml.xsd",
    "imscp_rootv1p1p2.xsd",
    "imsmd_rootv1p2p1.xsd",
]


# --------------------------------------------------------------------------- the manifest


def manifest(course: r.Course, units: list[Unit], files: list[str]) -> bytes:
    """The SCORM 1.2 imsmanifest.xml of a package holding `files` (sorted, relative paths,
    without imsmanifest.xml and the shipped schemas)."""
    root = etree.Element(
        f"{{{cp.NS_CP12}}}manifest",
        nsmap={None: cp.NS_CP12, "adlcp": cp.NS_ADLCP12, "xsi": NS_XSI},
    )
    root.set("identifier", xml_id("MANIFEST", course.id))
    root.set("version", str(course.version))
    root.set(
        f"{{{NS_XSI}}}schemaLocation",
        f"{cp.NS_CP12} imscp_rootv1p1p2.xsd "
        f"{cp.NS_IMSMD} imsmd_rootv1p2p1.xsd "
        f"{cp.NS_ADLCP12} adlcp_rootv1p2.xsd",
    )
    metadata = etree.SubElement(root, f"{{{cp.NS_CP12}}}metadata")
    etree.SubElement(metadata, f"{{{cp.NS_CP12}}}schema").text = "ADL SCORM"
    etree.SubElement(metadata, f"{{{cp.NS_CP12}}}schemaversion").text = "1.2"
    _, items = cp.add_organization(root, NAMES, course, units)
    for unit, item in items:
        if unit.scored:
            etree.SubElement(item, f"{{{cp.NS_ADLCP12}}}masteryscore").text = str(mastery_score(course.pass_mark))
    cp.add_resources(root, NAMES, units, files)
    return serialize(root)


def mastery_score(pass_mark: float) -> int:
    """The pass mark as the integer 0–100 SCORM 1.2 wants (half up)."""
    value = int(Decimal(str(pass_mark)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return max(0, min(100, value))


class Scorm12Builder(PackageBuilder):
    adapter = Adapter("scorm12", requires=("shared/scorm-api",))

    def root_files(self, files: list[str]) -> dict[str, Source]:
        return cp.with_schemas(manifest(self.course, self.units, files), SCHEMAS, SCHEMA_FILES)


# --------------------------------------------------------------------------- the check


def _masteryscore_problems(item: etree._Element, where: str) -> list[str]:
    el = item.find(f"{{{cp.NS_ADLCP12}}}masteryscore")
    if el is None:
        return []
    text = (el.text or "").strip()
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 100:
        return [
            f"{where}: adlcp:masteryscore of item '{item.get('identifier', '')}' is '{text}'; "
            "it must be a number from 0 to 100"
        ]
    return []


RULES = cp.Rules(NAMES, {"": SCHEMAS}, adlcp=cp.NS_ADLCP12, type_label="adlcp:scormtype",
                 needs_schemaversion=False, item_problems=_masteryscore_problems)


def check(package: Package) -> list[str]:
    return cp.check_manifest(package, RULES)


def recognises(package: Package) -> bool:
    return cp.edition(package)[0] == "1.2"


FORMAT = Format(
    name="scorm12", label="SCORM 1.2", builder=Scorm12Builder, marker=cp.MANIFEST,
    recognises=recognises, check=check, schemas=(SCHEMAS,), learner_check=suspend.scorm12_problems,
)
