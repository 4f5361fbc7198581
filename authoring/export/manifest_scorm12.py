"""imsmanifest.xml for SCORM 1.2 packages.

A pure function of the resolved course, its units and the package's file list: the same
input gives the same bytes. One item and one SCO resource per unit; every file that is not
a unit's own HTML goes into one shared asset resource (`RES-SHARED`) that each SCO depends
on, so each file of the package is listed exactly once. The schemas named in
`xsi:schemaLocation` ship at the package root (`SCHEMA_FILES_12`, copied from
`SCHEMA_DIR_12`).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import quote

from lxml import etree

from authoring import resources
from authoring.export import resolved as r
from authoring.export.units import Unit

SCHEMA_DIR_12 = resources.path("xsd", "scorm12")
SCHEMA_FILES_12: list[str] = [
    "adlcp_rootv1p2.xsd",
    "ims_xml.xsd",
    "imscp_rootv1p1p2.xsd",
    "imsmd_rootv1p2p1.xsd",
]

NS_CP12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
NS_ADLCP12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"

SHARED_RESOURCE = "RES-SHARED"
TITLE_MAX = 200  # the 1.2 schema's limit on titles (characters)


def scorm12_manifest(course: r.Course, units: list[Unit], files: list[str]) -> bytes:
    """The SCORM 1.2 imsmanifest.xml of a package holding `files` (sorted, relative paths,
    without imsmanifest.xml and the shipped schemas)."""
    cp = f"{{{NS_CP12}}}"
    adlcp = f"{{{NS_ADLCP12}}}"
    manifest = etree.Element(
        cp + "manifest",
        nsmap={None: NS_CP12, "adlcp": NS_ADLCP12, "xsi": NS_XSI},
    )
    manifest.set("identifier", xml_id("MANIFEST", course.id))
    manifest.set("version", str(course.version))
    manifest.set(
        f"{{{NS_XSI}}}schemaLocation",
        f"{NS_CP12} imscp_rootv1p1p2.xsd "
        "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
        f"{NS_ADLCP12} adlcp_rootv1p2.xsd",
    )
    metadata = etree.SubElement(manifest, cp + "metadata")
    etree.SubElement(metadata, cp + "schema").text = "ADL SCORM"
    etree.SubElement(metadata, cp + "schemaversion").text = "1.2"

    org_id = xml_id("ORG", course.id)
    _, items = add_organization(manifest, cp, org_id, course, units)
    for unit, item in items:
        if unit.scored:
            etree.SubElement(item, adlcp + "masteryscore").text = str(mastery_score(course.pass_mark))

    add_resources(manifest, cp, adlcp + "scormtype", units, files)
    return serialize(manifest)


# --- shared with manifest_scorm2004 ---------------------------------------------------


def add_organization(manifest, cp: str, org_id: str, course: r.Course, units: list[Unit]):
    """The default organization: the course title, then one item per unit launching its
    resource; returns the organization and (unit, item) pairs for format-specific parts."""
    organizations = etree.SubElement(manifest, cp + "organizations", default=org_id)
    organization = etree.SubElement(organizations, cp + "organization", identifier=org_id)
    etree.SubElement(organization, cp + "title").text = title(course.title)
    items = []
    for unit in units:
        item = etree.SubElement(
            organization,
            cp + "item",
            identifier=xml_id("ITEM", unit.id),
            identifierref=xml_id("RES", unit.id),
            isvisible="true",
        )
        etree.SubElement(item, cp + "title").text = title(unit.title)
        items.append((unit, item))
    return organization, items


def add_resources(manifest, cp: str, scorm_type: str, units: list[Unit], files: list[str]) -> None:
    """One SCO resource per unit with its own HTML; every other file listed once, in one
    shared asset resource that each SCO depends on. `scorm_type` is the attribute's
    qualified name: `adlcp:scormtype` in 1.2, `adlcp:scormType` in 2004."""
    resources = etree.SubElement(manifest, cp + "resources")
    own, shared = split_files(units, files)
    for unit in units:
        resource = etree.SubElement(resources, cp + "resource")
        resource.set("identifier", xml_id("RES", unit.id))
        resource.set("type", "webcontent")
        resource.set(scorm_type, "sco")
        resource.set("href", href(unit.href))
        for name in own[unit.id]:
            etree.SubElement(resource, cp + "file", href=href(name))
        if shared:
            etree.SubElement(resource, cp + "dependency", identifierref=SHARED_RESOURCE)
    if shared:
        resource = etree.SubElement(resources, cp + "resource")
        resource.set("identifier", SHARED_RESOURCE)
        resource.set("type", "webcontent")
        resource.set(scorm_type, "asset")
        for name in shared:
            etree.SubElement(resource, cp + "file", href=href(name))


def xml_id(prefix: str, object_id: str) -> str:
    """`PREFIX-id` as a valid xs:ID (NCName): characters outside [A-Za-z0-9._-] become '_'."""
    return f"{prefix}-" + re.sub(r"[^A-Za-z0-9._\-]", "_", object_id)


def title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_MAX else text[: TITLE_MAX - 1].rstrip() + "…"


def href(name: str) -> str:
    """A package path as a manifest href (percent-encoded where a URL needs it)."""
    return quote(name, safe="/-._~!$&'()*+,;=:@")


def mastery_score(pass_mark: float) -> int:
    """The pass mark as the integer 0–100 SCORM 1.2 wants (half up)."""
    value = int(Decimal(str(pass_mark)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return max(0, min(100, value))


def split_files(units: list[Unit], files: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    """Each unit's own files (its HTML) and the shared rest, each file exactly once."""
    own: dict[str, list[str]] = {unit.id: [] for unit in units}
    owner = {unit.href: unit.id for unit in units}
    shared: list[str] = []
    for name in sorted(dict.fromkeys(files)):
        if name in owner:
            own[owner[name]].append(name)
        else:
            shared.append(name)
    return own, shared


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
