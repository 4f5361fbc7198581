"""Check a package the way an LMS or LRS will read it, offline.

`validate_package(path)` reads a zip without extracting anything; `validate_tree(files)`
runs the same checks on an in-memory package (the exporter validates before it writes the
zip). Both return a `Report`: the detected format, a list of problems in plain words
(empty when the package is good), and a size report.

What is checked:
- the zip itself: no absolute paths, no `..`, no backslashes, no duplicate names, no
  symbolic links, no encrypted entries (a bad entry is reported, never extracted);
- the format, detected from the files at the root: `imsmanifest.xml` (SCORM 1.2 or 2004,
  from its namespaces and schemaversion), `cmi5.xml`, `tincan.xml`, else `index.html`;
- per format, a small function in `FORMAT_CHECKS` (add or extend one there):
  SCORM: the manifest against the official XSDs of its edition (1.2, 2004 3rd or 4th),
  then references: every `href` exists in the package, every file of the package is
  listed, every SCO has a launch file, items and dependencies name real resources;
  cmi5: `cmi5.xml` against the cmi5 XSD, AU urls exist; xAPI: `tincan.xml` has exactly
  one activity with a launch, and that file exists;
- the player's size: gzip -9 of every `.js` and `.css` outside `assets/` within budget.

Schema sets are compiled once per process (a few milliseconds each) and cached.
"""

from __future__ import annotations

import gzip
import re
import stat
import threading
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

from authoring import resources
from authoring.model.errors import CoursesmithError

# The schemas ship with the application (and the SCORM ones inside every package).
XSD_DIR = resources.path("xsd")

PLAYER_GZIP_BUDGET = 40 * 1024  # bytes: gzip -9 of all .js and .css outside assets/
MAX_READ = 64 * 1024 * 1024  # a manifest, script or style larger than this is not read (zip bombs)
MAX_LISTED = 20  # at most this many "missing" / "not listed" lines, then a summary

FORMATS = ("scorm12", "scorm2004", "xapi", "cmi5", "html")

NS_CP12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
NS_CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
NS_ADLCP12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
NS_ADLCP = "http://www.adlnet.org/xsd/adlcp_v1p3"
NS_ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3"
NS_ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3"
NS_IMSSS = "http://www.imsglobal.org/xsd/imsss"
NS_IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
NS_LOM = "http://ltsc.ieee.org/xsd/LOM"
NS_XML = "http://www.w3.org/XML/1998/namespace"
NS_CMI5 = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
NS_TINCAN = "http://projecttincan.com/tincan.xsd"

XML_BASE = f"{{{NS_XML}}}base"


class NotAPackageError(CoursesmithError):
    """Not a zip, or a zip without a manifest of a known kind (the CLI exits 2)."""


@dataclass(frozen=True)
class Report:
    format: str | None  # "scorm12" | "scorm2004" | "xapi" | "cmi5" | "html" | None
    problems: list[str]
    files: int
    size: int  # bytes, uncompressed
    sizes: dict[str, int] = field(default_factory=dict)  # by top folder; "(root)" for root files
    player_gzip: int = 0  # gzip -9 of every .js and .css outside assets/, summed per file

    @property
    def ok(self) -> bool:
        return not self.problems


# --------------------------------------------------------------------------- package views


class Package:
    """A read-only view of a package's files: names relative to the root, '/' separators."""

    def __init__(self, names: Iterable[str], sizes: dict[str, int], reader: Callable[[str], bytes]):
        self.names: list[str] = list(names)
        self._set = set(self.names)
        self._sizes = sizes
        self._reader = reader
        self._lower: dict[str, str] | None = None

    def __contains__(self, name: object) -> bool:
        return name in self._set

    def size(self, name: str) -> int:
        return self._sizes[name]

    def read(self, name: str) -> bytes:
        return self._reader(name)

    def same_but_case(self, name: str) -> str | None:
        """The file whose name differs from `name` only in case, if there is one."""
        if self._lower is None:
            self._lower = {n.lower(): n for n in self.names}
        return self._lower.get(name.lower())


def _zip_problems(infos: list[zipfile.ZipInfo]) -> tuple[list[str], list[zipfile.ZipInfo]]:
    """Unsafe entries (reported, then left out of the package) and the safe file entries."""
    problems: list[str] = []
    safe: list[zipfile.ZipInfo] = []
    counts = Counter(info.filename for info in infos)
    reported: set[str] = set()
    for info in infos:
        name = info.filename
        if counts[name] > 1:
            if name not in reported:
                problems.append(f"'{name}' is in the zip {counts[name]} times; names must be unique")
                reported.add(name)
            continue
        unsafe = _unsafe_name(name)
        if unsafe:
            problems.append(f"'{name}' {unsafe}; the entry was not read")
            continue
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            problems.append(f"'{name}' is a symbolic link; packages must hold plain files")
            continue
        if info.flag_bits & 0x1:
            problems.append(f"'{name}' is encrypted; an LMS cannot open it")
            continue
        if not info.is_dir():
            safe.append(info)
    return problems, safe


def _unsafe_name(name: str) -> str | None:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "has an absolute path"
    if "\\" in name:
        return "uses backslashes; zip paths must use '/'"
    if ".." in name.split("/"):
        return "points outside the package ('..')"
    if "\x00" in name:
        return "has a NUL character in its name"
    return None


def _tree_package(files: dict[str, bytes]) -> tuple[list[str], Package]:
    problems: list[str] = []
    safe: list[str] = []
    for name in files:
        unsafe = _unsafe_name(name)
        if unsafe:
            problems.append(f"'{name}' {unsafe}")
        elif not name.endswith("/"):
            safe.append(name)
    sizes = {name: len(files[name]) for name in safe}
    return problems, Package(safe, sizes, files.__getitem__)


# --------------------------------------------------------------------------- entry points


def validate_package(path: Path) -> Report:
    """Check a package zip. Raises NotAPackageError if it is not a zip or not a package."""
    path = Path(path)
    if not path.is_file():
        raise NotAPackageError(f"{path} does not exist or is not a file")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise NotAPackageError(f"{path.name} is not a zip file ({exc})") from None
    with archive:
        try:
            infos = archive.infolist()
        except zipfile.BadZipFile as exc:  # pragma: no cover - infolist is read on open
            raise NotAPackageError(f"{path.name} is a damaged zip file ({exc})") from None
        problems, safe = _zip_problems(infos)
        by_name = {info.filename: info for info in safe}
        read_errors: list[str] = []

        def read(name: str) -> bytes:
            info = by_name[name]
            if info.file_size > MAX_READ:
                read_errors.append(f"'{name}' is {info.file_size:,} bytes uncompressed, too large to check")
                return b""
            try:
                return archive.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
                read_errors.append(f"'{name}' cannot be read from the zip ({exc})")
                return b""

        package = Package(by_name, {n: i.file_size for n, i in by_name.items()}, read)
        report = _check(package, problems)
        if read_errors:
            report.problems.extend(read_errors)
        return report


def validate_tree(files: dict[str, bytes]) -> Report:
    """The same checks on an in-memory package: relative names ('/' separators) → bytes."""
    problems, package = _tree_package(files)
    return _check(package, problems)


def detect_format(package: Package) -> str:
    """The package's format; NotAPackageError if no manifest of a known kind is at the root."""
    if "imsmanifest.xml" in package:
        return _scorm_edition(package.read("imsmanifest.xml"))[0]
    if "cmi5.xml" in package:
        return "cmi5"
    if "tincan.xml" in package:
        return "xapi"
    if "index.html" in package:
        return "html"
    for marker in ("imsmanifest.xml", "cmi5.xml", "tincan.xml"):
        nested = sorted(n for n in package.names if n.endswith("/" + marker))
        if nested:
            folder = nested[0][: -len(marker)]
            raise NotAPackageError(
                f"{marker} is inside the folder '{folder}', not at the root of the zip; "
                "zip the contents of that folder instead"
            )
    raise NotAPackageError(
        "no imsmanifest.xml, cmi5.xml, tincan.xml or index.html at the root of the zip"
    )


def _check(package: Package, problems: list[str]) -> Report:
    fmt = detect_format(package)
    problems = list(problems)
    problems.extend(FORMAT_CHECKS[fmt](package))
    sizes, player = _sizes(package)
    if player > PLAYER_GZIP_BUDGET:
        problems.append(
            f"the player's scripts and styles are {player / 1024:.1f} KB gzipped, over the "
            f"{PLAYER_GZIP_BUDGET // 1024} KB budget"
        )
    return Report(
        format=fmt,
        problems=_unique(problems),
        files=len(package.names),
        size=sum(package.size(n) for n in package.names),
        sizes=sizes,
        player_gzip=player,
    )


def _sizes(package: Package) -> tuple[dict[str, int], int]:
    sizes: dict[str, int] = {}
    player = 0
    for name in package.names:
        top = name.split("/", 1)[0] if "/" in name else "(root)"
        sizes[top] = sizes.get(top, 0) + package.size(name)
        if name.lower().endswith((".js", ".css")) and not name.startswith("assets/"):
            player += len(gzip.compress(package.read(name), compresslevel=9, mtime=0))
    return dict(sorted(sizes.items())), player


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


# --------------------------------------------------------------------------- schemas


@dataclass(frozen=True)
class SchemaSet:
    key: str
    label: str  # how messages name it: "SCORM 1.2 schema"
    folder: str  # under XSD_DIR
    imports: tuple[tuple[str, str], ...]  # (namespace, schema file) the root schema imports


def _fix_ims_xml(data: bytes) -> bytes:
    # ims_xml.xsd declares the xml namespace as its default namespace, which libxml2 rejects.
    return data.replace(b'xmlns="http://www.w3.org/XML/1998/namespace"', b"", 1)


def _fix_imsmd(data: bytes) -> bytes:
    # imsmd's grp.any uses ##any, which makes its content models non-deterministic for libxml2.
    return data.replace(b'namespace="##any"', b'namespace="##other"')


# In-memory fixes to schema files as published (the files on disk stay as published).
_PATCHES: dict[tuple[str, str], Callable[[bytes], bytes]] = {
    ("scorm12", "ims_xml.xsd"): _fix_ims_xml,
    ("scorm12", "imsmd_rootv1p2p1.xsd"): _fix_imsmd,
}

_SCORM2004_IMPORTS = (
    (NS_CP, "imscp_v1p1.xsd"),
    (NS_ADLCP, "adlcp_v1p3.xsd"),
    (NS_ADLSEQ, "adlseq_v1p3.xsd"),
    (NS_ADLNAV, "adlnav_v1p3.xsd"),
    (NS_IMSSS, "imsss_v1p0.xsd"),
    (NS_LOM, "lom.xsd"),
)

SCHEMA_SETS: dict[str, SchemaSet] = {
    s.key: s
    for s in (
        SchemaSet(
            "scorm12",
            "SCORM 1.2 schema",
            "scorm12",
            (
                (NS_CP12, "imscp_rootv1p1p2.xsd"),
                (NS_ADLCP12, "adlcp_rootv1p2.xsd"),
                (NS_IMSMD, "imsmd_rootv1p2p1.xsd"),
            ),
        ),
        SchemaSet("scorm2004_3rd", "SCORM 2004 3rd Edition schema", "scorm2004_3rd", _SCORM2004_IMPORTS),
        SchemaSet("scorm2004_4th", "SCORM 2004 4th Edition schema", "scorm2004_4th", _SCORM2004_IMPORTS),
        SchemaSet("cmi5", "cmi5 schema", "cmi5", ((NS_CMI5, "CourseStructure.xsd"),)),
    )
}

_REMOTE_XML_XSD = ("http://www.w3.org/2001/xml.xsd", "http://www.w3.org/2001/03/xml.xsd")


class _Resolver(etree.Resolver):
    """Keeps schema loading offline and applies the in-memory fixes."""

    def __init__(self, schema_set: SchemaSet):
        super().__init__()
        self.set = schema_set
        self.folder = XSD_DIR / schema_set.folder

    def resolve(self, url, pubid, context):  # noqa: D102 - lxml's signature
        if url in _REMOTE_XML_XSD:
            return self.resolve_filename(str(self.folder / "xml.xsd"), context)
        name = url.replace("\\", "/").rsplit("/", 1)[-1]
        patch = _PATCHES.get((self.set.key, name))
        if patch is not None:
            local = self.folder / name
            return self.resolve_string(patch(local.read_bytes()), context, base_url=str(local))
        if url.startswith(("http://", "https://", "ftp://")):
            raise etree.XMLSchemaParseError(f"schema {url} is not available offline")
        return None


_schemas: dict[str, etree.XMLSchema] = {}
_schema_lock = threading.Lock()


def schema(key: str) -> etree.XMLSchema:
    """The compiled schema set `key` (see SCHEMA_SETS); compiled once, then cached."""
    with _schema_lock:
        compiled = _schemas.get(key)
        if compiled is None:
            compiled = _schemas[key] = _compile(SCHEMA_SETS[key])
        return compiled


def _compile(schema_set: SchemaSet) -> etree.XMLSchema:
    folder = XSD_DIR / schema_set.folder
    imports = "".join(
        f'<xs:import namespace="{ns}" schemaLocation="{location}"/>' for ns, location in schema_set.imports
    )
    root = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    parser.resolvers.add(_Resolver(schema_set))
    doc = etree.fromstring(root.encode(), parser, base_url=str(folder / "_coursesmith_root.xsd"))
    return etree.XMLSchema(doc.getroottree())


def _parser() -> etree.XMLParser:
    return etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False, huge_tree=False)


def _parse(name: str, data: bytes) -> tuple[etree._Element | None, list[str]]:
    try:
        return etree.fromstring(data, _parser()), []
    except etree.XMLSyntaxError as exc:
        line = f" line {exc.lineno}" if exc.lineno else ""
        return None, [f"{name}{line}: not well-formed XML ({exc.msg})"]


def schema_problems(name: str, root: etree._Element, key: str) -> list[str]:
    """Plain-words problems of a parsed document against schema set `key`."""
    compiled = schema(key)
    label = SCHEMA_SETS[key].label
    with _schema_lock:  # lxml's validators keep their error log on the object
        compiled.validate(root.getroottree())
        errors = list(compiled.error_log)
    problems: list[str] = []
    seen_facets: set[tuple[int, str]] = set()
    for error in errors:
        text, subject, facet = _plain(error.message)
        if facet:
            seen_facets.add((error.line, subject))
        elif subject and (error.line, subject) in seen_facets and "is not a valid value" in error.message:
            continue  # libxml2 repeats a facet failure as "not a valid value of the atomic type"
        problems.append(f"{name} line {error.line}: {text} ({label})")
    return problems


_PREFIXES = {
    NS_CP12: "",
    NS_CP: "",
    NS_CMI5: "",
    NS_TINCAN: "",
    NS_ADLCP12: "adlcp:",
    NS_ADLCP: "adlcp:",
    NS_ADLSEQ: "adlseq:",
    NS_ADLNAV: "adlnav:",
    NS_IMSSS: "imsss:",
    NS_IMSMD: "imsmd:",
    NS_LOM: "lom:",
    NS_XML: "xml:",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi:",
}


def _qname(text: str) -> str:
    """'{namespace}local' → 'prefix:local' with the usual SCORM prefixes."""

    def repl(match: re.Match) -> str:
        ns, local = match.group(1), match.group(2)
        prefix = _PREFIXES.get(ns)
        return f"{prefix}{local}" if prefix is not None else f"{local} (namespace {ns})"

    return re.sub(r"\{([A-Za-z][\w+.\-]*:[^}\s']*)\}([\w.\-]+)", repl, text)


def _expected(listing: str) -> str:
    names = [n.strip() for n in listing.split(",") if n.strip()]
    names = [n for n in names if not n.startswith("##")]  # wildcards: any other namespace
    if not names:
        return ""
    quoted = ", ".join(f"'{n}'" for n in names)
    return f"; expected {quoted}" if len(names) == 1 else f"; expected one of {quoted}"


_ID_HINT = "an identifier must start with a letter or '_' and hold only letters, digits, '.', '-' and '_'"


_NCNAME = re.compile(r"[A-Za-z_][\w.\-]*")


def _facet(facet: str, detail: str, where: str) -> tuple[str]:
    """A facet failure ('[facet 'enumeration'] The value ...') in plain words."""
    value = re.match(r"The value '(.*?)' is", detail, re.S)
    shown = f" '{value.group(1)}'" if value else ""
    if facet == "enumeration":
        allowed = re.search(r"\{(.*)\}", detail)
        choices = ", ".join(c.strip().strip("'") for c in allowed.group(1).split(",")) if allowed else ""
        return (f"{where} has the value{shown}; allowed: {choices}",)
    if facet in ("maxLength", "minLength", "length"):
        numbers = re.findall(r"'(\d+)'", detail)
        size = f" ({numbers[0]} characters; the limit is {numbers[-1]})" if len(numbers) >= 2 else ""
        word = {"maxLength": "too long", "minLength": "too short"}.get(facet, "the wrong length")
        return (f"the value of {where} is {word}{size}",)
    if facet in ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive"):
        return (f"{where}: {detail[:1].lower()}{detail[1:].rstrip('.')}",)
    if facet == "pattern":
        return (f"the value{shown} of {where} is not in the required format",)
    return (f"{where}: {detail.rstrip('.')} ({facet})",)


def _plain(message: str) -> tuple[str, str, bool]:
    """(plain text, subject for de-duplication, whether it is a facet failure)."""
    msg = _qname(message.strip())
    head = re.match(r"Element '([^']+)'(?:, attribute '([^']+)')?: (.*)$", msg, re.S)
    if not head:
        return msg.rstrip("."), "", False
    element, attribute, rest = head.group(1), head.group(2), head.group(3).strip()
    subject = f"{element}/{attribute or ''}"
    where = f"attribute '{attribute}' of element '{element}'" if attribute else f"element '{element}'"

    m = re.match(r"This element is not expected\.(?: Expected is (?:one of )?\( (.*) \)\.)?", rest, re.S)
    if m:
        return f"element '{element}' is not allowed here{_expected(m.group(1) or '')}", subject, False
    m = re.match(r"Missing child element\(s\)\. Expected is (?:one of )?\( (.*) \)\.", rest, re.S)
    if m:
        return f"element '{element}' is incomplete{_expected(m.group(1))}", subject, False
    m = re.match(r"\[facet '(\w+)'\] (.*)$", rest, re.S)
    if m:
        return _facet(m.group(1), m.group(2), where) + (subject, True)
    m = re.match(r"The attribute '([^']+)' is not allowed\.", rest)
    if m:
        return f"attribute '{m.group(1)}' is not allowed on element '{element}'", subject, False
    m = re.match(r"The attribute '([^']+)' is required but missing\.", rest)
    if m:
        return f"element '{element}' is missing its required attribute '{m.group(1)}'", subject, False
    m = re.match(r"'(.*)' is not a valid value of the (?:local )?(?:atomic|union|list) type(?: '([^']+)')?\.", rest, re.S)
    if m:
        value, type_name = m.group(1), m.group(2) or ""
        if type_name in ("xs:ID", "xs:NCName", "xs:IDREF"):
            if type_name == "xs:ID" and _NCNAME.fullmatch(value):  # well-formed, so a duplicate
                return f"the identifier '{value}' ({where}) is used more than once", subject, False
            return f"'{value}' in {where} is not a valid identifier: {_ID_HINT}", subject, False
        kind = f" ({type_name})" if type_name else ""
        return f"'{value}' is not a valid value for {where}{kind}", subject, False
    if rest.startswith("No matching global element declaration available, but demanded by the strict wildcard"):
        return f"element '{element}' is not allowed here: its namespace has no such element", subject, False
    m = re.match(r"No matching global declaration available for the validation root\.", rest)
    if m:
        return f"the root element '{element}' is not one this schema defines (wrong namespace?)", subject, False
    m = re.match(r"Duplicate key-sequence \[(.*)\] in unique identity-constraint", rest)
    if m:
        return f"{where} is repeated where it must be unique ({m.group(1)})", subject, False
    return f"{where}: {rest.rstrip('.')}", subject, False


# --------------------------------------------------------------------------- SCORM


def _scorm_edition(data: bytes) -> tuple[str, str]:
    """(format, schema set key) of a manifest, from its namespaces and schemaversion."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError:
        if b"adlcp_v1p3" in data or b"imsss" in data or b"2004" in data:
            return "scorm2004", "scorm2004_4th"
        return "scorm12", "scorm12"
    namespaces = {el.nsmap.get(p) for el in root.iter(etree.Element) for p in el.nsmap}
    namespaces.add(etree.QName(root).namespace)
    version = (root.findtext("{*}metadata/{*}schemaversion") or "").strip()
    if version == "1.2" or NS_ADLCP12 in namespaces or NS_CP12 in namespaces:
        return "scorm12", "scorm12"
    if "3rd" in version or version == "CAM 1.3":
        return "scorm2004", "scorm2004_3rd"
    if "2004" in version or namespaces & {NS_ADLCP, NS_IMSSS, NS_ADLSEQ, NS_ADLNAV}:
        return "scorm2004", "scorm2004_4th"
    return "scorm12", "scorm12"


def check_scorm12(package: Package) -> list[str]:
    return _check_scorm(package)


def check_scorm2004(package: Package) -> list[str]:
    return _check_scorm(package)


def _is_schema_file(name: str) -> bool:
    return name.lower().endswith((".xsd", ".dtd"))


def _local_path(href: str, base: str = "") -> str | None:
    """The package path an href names; None for absolute URLs (nothing to find in the zip)."""
    href = href.strip()
    if not href:
        return None
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None  # a URL on the web: nothing to find in the package
    path = unquote(parts.path)
    if path.startswith("/"):
        return path  # relative to the server's root, never the package's: reported missing
    if base:
        base_parts = urlsplit(base)
        if base_parts.scheme or base_parts.netloc or base.startswith("/"):
            return None
        path = unquote(base_parts.path).rstrip("/") + "/" + path if base_parts.path else path
    segments: list[str] = []
    for segment in path.split("/"):
        if segment in ("", "."):
            continue
        if segment == "..":
            if segments:
                segments.pop()
                continue
            return path  # points outside the package: never found, so reported missing
        segments.append(segment)
    return "/".join(segments)


def _missing(package: Package, path: str, what: str) -> str:
    message = f"{path} is {what} but missing from the package"
    other = package.same_but_case(path)
    if other:
        message += f" (the package has '{other}'; names are case-sensitive on most servers)"
    return message


def _capped(lines: list[str], summary: str) -> list[str]:
    if len(lines) <= MAX_LISTED:
        return lines
    return lines[:MAX_LISTED] + [summary.format(count=len(lines) - MAX_LISTED)]


def _check_scorm(package: Package) -> list[str]:
    name = "imsmanifest.xml"
    data = package.read(name)
    root, problems = _parse(name, data)
    if root is None:
        return problems
    key = _scorm_edition(data)[1]
    scorm12 = key == "scorm12"
    expected_ns = NS_CP12 if scorm12 else NS_CP
    if etree.QName(root).namespace != expected_ns or etree.QName(root).localname != "manifest":
        problems.append(
            f"{name}: the root element must be 'manifest' in the namespace {expected_ns} "
            f"({SCHEMA_SETS[key].label}), not '{etree.QName(root).localname}' in "
            f"{etree.QName(root).namespace or 'no namespace'}"
        )
        return problems
    problems += schema_problems(name, root, key)

    adlcp = NS_ADLCP12 if scorm12 else NS_ADLCP
    type_attr = f"{{{adlcp}}}scormtype" if scorm12 else f"{{{adlcp}}}scormType"
    type_label = "adlcp:scormtype" if scorm12 else "adlcp:scormType"

    if not scorm12 and not (root.findtext("{*}metadata/{*}schemaversion") or "").strip():
        problems.append(
            f"{name}: the manifest has no metadata/schemaversion (e.g. '2004 4th Edition'); "
            "LMSs use it to tell the SCORM version"
        )

    def where(el: etree._Element) -> str:
        return f"{name} line {el.sourceline}"

    resources_el = root.find("{*}resources")
    resources: dict[str, etree._Element] = {}
    listed: set[str] = set()
    missing: list[str] = []
    if resources_el is not None:
        base_all = resources_el.get(XML_BASE, "")
        for res in resources_el.findall("{*}resource"):
            rid = res.get("identifier", "")
            resources.setdefault(rid, res)
            base = _join_base(base_all, res.get(XML_BASE, ""))
            scormtype = res.get(type_attr)
            href = res.get("href")
            if scormtype is None:
                problems.append(f"{where(res)}: resource '{rid}' has no {type_label} (sco or asset)")
            if scormtype == "sco" and not (href or "").strip():
                problems.append(f"{where(res)}: SCO resource '{rid}' has no href (the file the LMS launches)")
            if href:
                path = _local_path(href, base)
                if path is not None:
                    listed.add(path)
                    if path not in package:
                        missing.append(_missing(package, path, f"the launch file of resource '{rid}'"))
            for file_el in res.findall("{*}file"):
                path = _local_path(file_el.get("href", ""), base)
                if path is not None:
                    listed.add(path)
                    if path not in package:
                        missing.append(_missing(package, path, "listed in the manifest"))
            for location in res.iter(f"{{{adlcp}}}location"):
                path = _local_path(location.text or "", base)
                if path is not None:
                    listed.add(path)
                    if path not in package:
                        missing.append(_missing(package, path, "named by adlcp:location"))
        for res in resources_el.findall("{*}resource"):
            for dep in res.findall("{*}dependency"):
                ref = dep.get("identifierref", "")
                if ref not in resources:
                    problems.append(
                        f"{where(dep)}: resource '{res.get('identifier', '')}' depends on '{ref}', "
                        "which is not a resource of the manifest"
                    )
    for location in root.findall(f"{{*}}metadata/{{{adlcp}}}location"):
        path = _local_path(location.text or "")
        if path is not None:
            listed.add(path)
            if path not in package:
                missing.append(_missing(package, path, "named by adlcp:location"))
    problems += _capped(_unique(missing), "… and {count} more files listed in the manifest are missing")

    # Organizations: items name real resources, and something can be launched.
    orgs_el = root.find("{*}organizations")
    organizations = orgs_el.findall("{*}organization") if orgs_el is not None else []
    default = orgs_el.get("default") if orgs_el is not None else None
    if default and default not in {o.get("identifier") for o in organizations}:
        problems.append(f"{where(orgs_el)}: the default organization '{default}' is not in the manifest")
    launchable = 0
    for org in organizations:
        for item in org.iter("{*}item"):
            ref = item.get("identifierref")
            if ref is None:
                continue
            res = resources.get(ref)
            if res is None:
                problems.append(
                    f"{where(item)}: item '{item.get('identifier', '')}' refers to resource '{ref}', "
                    "which is not in the manifest"
                )
            elif not (res.get("href") or "").strip():
                problems.append(
                    f"{where(item)}: item '{item.get('identifier', '')}' launches resource '{ref}', "
                    "which has no href"
                )
            else:
                launchable += 1
            if scorm12:
                problems += _masteryscore_problems(item, where(item))
    if not launchable:
        problems.append(f"{name}: no item of the manifest launches anything (no item with an identifierref)")

    # Every file of the package is listed somewhere (the shipped schemas need not be).
    unlisted = [
        f"{n} is in the package but not listed in the manifest"
        for n in package.names
        if n != name and n not in listed and not _is_schema_file(n)
    ]
    problems += _capped(unlisted, "… and {count} more files are not listed in the manifest")
    return problems


def _join_base(outer: str, inner: str) -> str:
    if not inner:
        return outer
    if not outer or urlsplit(inner).scheme or inner.startswith("/"):
        return inner
    return outer.rstrip("/") + "/" + inner


def _masteryscore_problems(item: etree._Element, where: str) -> list[str]:
    el = item.find(f"{{{NS_ADLCP12}}}masteryscore")
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


# --------------------------------------------------------------------------- cmi5, xAPI, HTML


def check_cmi5(package: Package) -> list[str]:
    name = "cmi5.xml"
    root, problems = _parse(name, package.read(name))
    if root is None:
        return problems
    problems += schema_problems(name, root, "cmi5")
    aus = list(root.iter(f"{{{NS_CMI5}}}au"))
    if not aus:
        problems.append(f"{name}: the course has no AU (au element)")
    for au in aus:
        url = (au.findtext(f"{{{NS_CMI5}}}url") or "").strip()
        path = _local_path(url)
        if url and path is not None and path not in package:
            problems.append(_missing(package, path, f"the url of AU '{au.get('id', '')}' in {name}"))
    problems += _id_problems(name, [el for el in root.iter(f"{{{NS_CMI5}}}course", f"{{{NS_CMI5}}}block",
                                                           f"{{{NS_CMI5}}}au")])
    return problems


def _id_problems(name: str, elements: list[etree._Element]) -> list[str]:
    """Ids (of activities, AUs, blocks) must be absolute IRIs, each used once."""
    problems: list[str] = []
    seen: dict[str, int] = {}
    for element in elements:
        ident = (element.get("id") or "").strip()
        where = f"{name} line {element.sourceline}"
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$", ident):
            problems.append(f"{where}: the id '{ident}' is not an absolute IRI (e.g. https://example.com/course)")
        elif ident in seen:
            problems.append(f"{where}: the id '{ident}' is already used on line {seen[ident]}; ids must be unique")
        else:
            seen[ident] = element.sourceline
    return problems


def check_tincan(package: Package) -> list[str]:
    name = "tincan.xml"
    root, problems = _parse(name, package.read(name))
    if root is None:
        return problems
    if root.tag != f"{{{NS_TINCAN}}}tincan":
        problems.append(f"{name}: the root element must be 'tincan' in the namespace {NS_TINCAN}")
    launches = [a for a in root.iter("{*}activity") if a.find("{*}launch") is not None]
    if not launches:
        problems.append(f"{name}: no activity has a launch element")
    elif len(launches) > 1:
        lines = ", ".join(str(a.sourceline) for a in launches)
        problems.append(f"{name}: {len(launches)} activities have a launch (lines {lines}); exactly one may")
    for activity in launches:
        launch = (activity.findtext("{*}launch") or "").strip()
        path = _local_path(launch)
        if not launch:
            problems.append(f"{name} line {activity.sourceline}: the launch element is empty")
        elif path is None or path.startswith("/"):
            problems.append(f"{name} line {activity.sourceline}: the launch '{launch}' must be a path "
                            "relative to the package root")
        elif path not in package:
            problems.append(_missing(package, path, f"the launch file in {name}"))
    problems += _id_problems(name, list(root.iter("{*}activity")))
    return problems


def check_html(package: Package) -> list[str]:
    return [] if "index.html" in package else ["index.html is missing"]


FormatCheck = Callable[[Package], list[str]]

# One small function per format; extend a format by wrapping or replacing its entry.
FORMAT_CHECKS: dict[str, FormatCheck] = {
    "scorm12": check_scorm12,
    "scorm2004": check_scorm2004,
    "cmi5": check_cmi5,
    "xapi": check_tincan,
    "html": check_html,
}

__all__ = [
    "FORMAT_CHECKS",
    "NotAPackageError",
    "Package",
    "PLAYER_GZIP_BUDGET",
    "Report",
    "SCHEMA_SETS",
    "detect_format",
    "schema",
    "schema_problems",
    "validate_package",
    "validate_tree",
]

