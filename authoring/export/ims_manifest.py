"""`imsmanifest.xml`, the IMS content-packaging manifest both SCORM editions build on.

What SCORM 1.2 and SCORM 2004 share lives here, once: the namespaces of both editions
(a manifest says its edition through them), the organization with one item per unit, the
resources (one SCO per unit, every other file listed once in a shared asset resource), and
the check that a manifest's references hold. Each edition's module (formats/scorm12.py,
formats/scorm2004.py) adds its own parts: metadata, mastery or sequencing, its schemas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

from authoring.export import resolved as r
from authoring.export.package import Package, capped, local_path, missing, parse, unique
from authoring.export.schemas import SchemaSet, schema_problems
from authoring.export.units import Unit
from authoring.export.xmltools import href, one_line, xml_id
from authoring.export.zipwriter import Source

MANIFEST = "imsmanifest.xml"

# SCORM 1.2 (IMS CP 1.1.2)
NS_CP12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
NS_ADLCP12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
NS_IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
# SCORM 2004 (IMS CP 1.1.4, sequencing, navigation, LOM)
NS_CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
NS_ADLCP = "http://www.adlnet.org/xsd/adlcp_v1p3"
NS_ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3"
NS_ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3"
NS_IMSSS = "http://www.imsglobal.org/xsd/imsss"
NS_LOM = "http://ltsc.ieee.org/xsd/LOM"

NS_XML = "http://www.w3.org/XML/1998/namespace"
XML_BASE = f"{{{NS_XML}}}base"

SHARED_RESOURCE = "RES-SHARED"
TITLE_MAX = 200  # the 1.2 schema's limit on titles (characters); 2004 takes the same


# --------------------------------------------------------------------------- the edition


def edition(package: Package) -> tuple[str, str]:
    """The SCORM edition of the package's manifest, from its namespaces and schemaversion:
    ("1.2", ""), ("2004", "3rd") or ("2004", "4th")."""
    data = package.read(MANIFEST)
    root, _ = parse(MANIFEST, data)
    if root is None:  # still say which edition it looks like, to name the right schema
        if b"adlcp_v1p3" in data or b"imsss" in data or b"2004" in data:
            return "2004", "4th"
        return "1.2", ""
    namespaces = {el.nsmap.get(p) for el in root.iter(etree.Element) for p in el.nsmap}
    namespaces.add(etree.QName(root).namespace)
    version = (root.findtext("{*}metadata/{*}schemaversion") or "").strip()
    if version == "1.2" or NS_ADLCP12 in namespaces or NS_CP12 in namespaces:
        return "1.2", ""
    if "3rd" in version or version == "CAM 1.3":
        return "2004", "3rd"
    if "2004" in version or namespaces & {NS_ADLCP, NS_IMSSS, NS_ADLSEQ, NS_ADLNAV}:
        return "2004", "4th"
    return "1.2", ""


# --------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class Names:
    """How an edition spells the parts both share."""

    cp: str  # the content-packaging namespace
    scorm_type: str  # the qualified name of the SCO / asset attribute


def title(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= TITLE_MAX else text[: TITLE_MAX - 1].rstrip() + "…"


def add_organization(manifest: etree._Element, names: Names, course: r.Course,
                     units: list[Unit]) -> tuple[etree._Element, list[tuple[Unit, etree._Element]]]:
    """The default organization: the course title, then one item per unit launching its
    resource; returns the organization and (unit, item) pairs for the edition's own parts."""
    cp = f"{{{names.cp}}}"
    org_id = xml_id("ORG", course.id)
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


def add_resources(manifest: etree._Element, names: Names, units: list[Unit], files: list[str]) -> None:
    """One SCO resource per unit with its own HTML; every other file listed once, in one
    shared asset resource that each SCO depends on."""
    cp = f"{{{names.cp}}}"
    resources = etree.SubElement(manifest, cp + "resources")
    own, shared = split_files(units, files)
    for unit in units:
        resource = etree.SubElement(resources, cp + "resource")
        resource.set("identifier", xml_id("RES", unit.id))
        resource.set("type", "webcontent")
        resource.set(names.scorm_type, "sco")
        resource.set("href", href(unit.href))
        for name in own[unit.id]:
            etree.SubElement(resource, cp + "file", href=href(name))
        if shared:
            etree.SubElement(resource, cp + "dependency", identifierref=SHARED_RESOURCE)
    if shared:
        resource = etree.SubElement(resources, cp + "resource")
        resource.set("identifier", SHARED_RESOURCE)
        resource.set("type", "webcontent")
        resource.set(names.scorm_type, "asset")
        for name in shared:
            etree.SubElement(resource, cp + "file", href=href(name))


def with_schemas(manifest: bytes, schemas: SchemaSet, schema_files: list[str]) -> dict[str, Source]:
    """The root files of a SCORM package: imsmanifest.xml and the schemas shipped beside it
    (the manifest lists every file but these)."""
    root: dict[str, Source] = {MANIFEST: manifest}
    root.update({name: schemas.path / name for name in schema_files})
    return root


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


# --------------------------------------------------------------------------- checking


@dataclass(frozen=True)
class Rules:
    """What an edition's manifest must be, for `check_manifest`."""

    names: Names
    schemas: dict[str, SchemaSet]  # by the edition's detail (see `edition`): "" for 1.2, "3rd", "4th"
    adlcp: str  # the namespace of adlcp:location (and 1.2's adlcp:masteryscore)
    type_label: str  # how messages name the SCO / asset attribute: "adlcp:scormtype"
    needs_schemaversion: bool  # 2004: LMSs read the edition from metadata/schemaversion
    item_problems: Callable[[etree._Element, str], list[str]] = lambda item, where: []


def check_manifest(package: Package, rules: Rules) -> list[str]:
    """The manifest against its edition's schema, then its references: every href exists,
    every file is listed, every SCO has a launch file, items and dependencies name real
    resources, something can be launched."""
    root, problems = parse(MANIFEST, package.read(MANIFEST))
    if root is None:
        return problems
    schemas = rules.schemas[edition(package)[1]]
    if etree.QName(root).namespace != rules.names.cp or etree.QName(root).localname != "manifest":
        problems.append(
            f"{MANIFEST}: the root element must be 'manifest' in the namespace {rules.names.cp} "
            f"({schemas.label}), not '{etree.QName(root).localname}' in "
            f"{etree.QName(root).namespace or 'no namespace'}"
        )
        return problems
    problems += schema_problems(MANIFEST, root, schemas.key)
    if rules.needs_schemaversion and not (root.findtext("{*}metadata/{*}schemaversion") or "").strip():
        problems.append(
            f"{MANIFEST}: the manifest has no metadata/schemaversion (e.g. '2004 4th Edition'); "
            "LMSs use it to tell the SCORM version"
        )
    resources, listed, resource_problems = _resources(package, root, rules)
    problems += resource_problems
    problems += _organizations(root, resources, rules)
    # Every file of the package is listed somewhere (the shipped schemas need not be).
    unlisted = [
        f"{n} is in the package but not listed in the manifest"
        for n in package.names
        if n != MANIFEST and n not in listed and not n.lower().endswith((".xsd", ".dtd"))
    ]
    problems += capped(unlisted, "… and {count} more files are not listed in the manifest")
    return problems


def _where(el: etree._Element) -> str:
    return f"{MANIFEST} line {el.sourceline}"


def _resources(package: Package, root: etree._Element, rules: Rules):
    """(resources by identifier, the files they list, problems)."""
    problems: list[str] = []
    resources: dict[str, etree._Element] = {}
    listed: set[str] = set()
    absent: list[str] = []
    location_tag = f"{{{rules.adlcp}}}location"

    def listing(path: str | None, what: str) -> None:
        if path is not None:
            listed.add(path)
            if path not in package:
                absent.append(missing(package, path, what))

    resources_el = root.find("{*}resources")
    if resources_el is not None:
        base_all = resources_el.get(XML_BASE, "")
        for res in resources_el.findall("{*}resource"):
            rid = res.get("identifier", "")
            resources.setdefault(rid, res)
            base = _join_base(base_all, res.get(XML_BASE, ""))
            scormtype = res.get(rules.names.scorm_type)
            launch = res.get("href")
            if scormtype is None:
                problems.append(f"{_where(res)}: resource '{rid}' has no {rules.type_label} (sco or asset)")
            if scormtype == "sco" and not (launch or "").strip():
                problems.append(f"{_where(res)}: SCO resource '{rid}' has no href (the file the LMS launches)")
            if launch:
                listing(local_path(launch, base), f"the launch file of resource '{rid}'")
            for file_el in res.findall("{*}file"):
                listing(local_path(file_el.get("href", ""), base), "listed in the manifest")
            for location in res.iter(location_tag):
                listing(local_path(location.text or "", base), "named by adlcp:location")
        for res in resources_el.findall("{*}resource"):
            for dep in res.findall("{*}dependency"):
                ref = dep.get("identifierref", "")
                if ref not in resources:
                    problems.append(
                        f"{_where(dep)}: resource '{res.get('identifier', '')}' depends on '{ref}', "
                        "which is not a resource of the manifest"
                    )
    for location in root.findall(f"{{*}}metadata/{location_tag}"):
        listing(local_path(location.text or ""), "named by adlcp:location")
    problems += capped(unique(absent), "… and {count} more files listed in the manifest are missing")
    return resources, listed, problems


def _organizations(root: etree._Element, resources: dict[str, etree._Element], rules: Rules) -> list[str]:
    """Items name real resources, and something can be launched."""
    problems: list[str] = []
    orgs_el = root.find("{*}organizations")
    organizations = orgs_el.findall("{*}organization") if orgs_el is not None else []
    default = orgs_el.get("default") if orgs_el is not None else None
    if default and default not in {o.get("identifier") for o in organizations}:
        problems.append(f"{_where(orgs_el)}: the default organization '{default}' is not in the manifest")
    launchable = 0
    for org in organizations:
        for item in org.iter("{*}item"):
            ref = item.get("identifierref")
            if ref is None:
                continue
            res = resources.get(ref)
            if res is None:
                problems.append(
                    f"{_where(item)}: item '{item.get('identifier', '')}' refers to resource '{ref}', "
                    "which is not in the manifest"
                )
            elif not (res.get("href") or "").strip():
                problems.append(
                    f"{_where(item)}: item '{item.get('identifier', '')}' launches resource '{ref}', "
                    "which has no href"
                )
            else:
                launchable += 1
            problems += rules.item_problems(item, _where(item))
    if not launchable:
        problems.append(f"{MANIFEST}: no item of the manifest launches anything (no item with an identifierref)")
    return problems


def _join_base(outer: str, inner: str) -> str:
    if not inner:
        return outer
    if not outer or urlsplit(inner).scheme or inner.startswith("/"):
        return inner
    return outer.rstrip("/") + "/" + inner
