"""XML Schemas: each format declares its schema set; this module compiles them (offline,
once per process) and turns libxml2's messages into plain words.

A format module makes its set with `register(SchemaSet(...))` (formats/scorm12.py, say);
`schema_problems(name, root, key)` then checks a parsed manifest against it. The schema
files ship with the application under `resources/xsd/` (and the SCORM ones inside every
package); a set may patch a published file in memory where libxml2 cannot read it as
published (the files on disk stay as published).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from authoring import resources

NS_XML = "http://www.w3.org/XML/1998/namespace"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"


@dataclass(frozen=True)
class SchemaSet:
    key: str
    label: str  # how messages name it: "SCORM 1.2 schema"
    folder: str  # under resources/xsd/
    imports: tuple[tuple[str, str], ...]  # (namespace, schema file) the root schema imports
    prefixes: dict[str, str] = field(default_factory=dict)  # namespace -> "adlcp:" in messages
    patches: dict[str, Callable[[bytes], bytes]] = field(default_factory=dict)  # file -> in-memory fix

    @property
    def path(self) -> Path:
        return resources.path("xsd", self.folder)


SCHEMA_SETS: dict[str, SchemaSet] = {}


def register(schema_set: SchemaSet) -> SchemaSet:
    """Make a schema set known by its key (a duplicate key is refused); returns it."""
    if SCHEMA_SETS.get(schema_set.key, schema_set) is not schema_set:
        raise ValueError(f"a schema set named {schema_set.key} is already registered")
    SCHEMA_SETS[schema_set.key] = schema_set
    return schema_set


def _prefixes() -> dict[str, str]:
    """Every registered set's prefixes, so a message names an element the usual way
    whatever set found it ('imsss:ruleCondition')."""
    table = {NS_XML: "xml:", NS_XSI: "xsi:"}
    for schema_set in SCHEMA_SETS.values():
        table.update(schema_set.prefixes)
    return table


_REMOTE_XML_XSD = ("http://www.w3.org/2001/xml.xsd", "http://www.w3.org/2001/03/xml.xsd")


class _Resolver(etree.Resolver):
    """Keeps schema loading offline and applies the in-memory fixes."""

    def __init__(self, schema_set: SchemaSet):
        super().__init__()
        self.set = schema_set
        self.folder = schema_set.path

    def resolve(self, url, pubid, context):  # noqa: D102 - lxml's signature
        if url in _REMOTE_XML_XSD:
            return self.resolve_filename(str(self.folder / "xml.xsd"), context)
        name = url.replace("\\", "/").rsplit("/", 1)[-1]
        patch = self.set.patches.get(name)
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
    folder = schema_set.path
    imports = "".join(
        f'<xs:import namespace="{ns}" schemaLocation="{location}"/>' for ns, location in schema_set.imports
    )
    root = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    parser.resolvers.add(_Resolver(schema_set))
    doc = etree.fromstring(root.encode(), parser, base_url=str(folder / "_coursesmith_root.xsd"))
    return etree.XMLSchema(doc.getroottree())


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


def _qname(text: str) -> str:
    """'{namespace}local' → 'prefix:local' with the usual SCORM prefixes."""

    def repl(match: re.Match) -> str:
        ns, local = match.group(1), match.group(2)
        prefix = _prefixes().get(ns)
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


# libxml2's messages about an element (after "Element 'E'[, attribute 'A']: ") in plain
# words: (pattern, sentence); a sentence names {element}, {where} (the element or its
# attribute) and the pattern's groups; {expected} lists what the schema wanted there.
_SENTENCES: tuple[tuple[str, str], ...] = (
    (r"This element is not expected\.(?: Expected is (?:one of )?\( (?P<expected>.*) \)\.)?",
     "element '{element}' is not allowed here{expected}"),
    (r"Missing child element\(s\)\. Expected is (?:one of )?\( (?P<expected>.*) \)\.",
     "element '{element}' is incomplete{expected}"),
    (r"The attribute '(?P<name>[^']+)' is not allowed\.", "attribute '{name}' is not allowed on element '{element}'"),
    (r"The attribute '(?P<name>[^']+)' is required but missing\.",
     "element '{element}' is missing its required attribute '{name}'"),
    (r"No matching global element declaration available, but demanded by the strict wildcard",
     "element '{element}' is not allowed here: its namespace has no such element"),
    (r"No matching global declaration available for the validation root\.",
     "the root element '{element}' is not one this schema defines (wrong namespace?)"),
    (r"Duplicate key-sequence \[(?P<key>.*)\] in unique identity-constraint",
     "{where} is repeated where it must be unique ({key})"),
)
_NOT_VALID = re.compile(r"'(.*)' is not a valid value of the (?:local )?(?:atomic|union|list) type(?: '([^']+)')?\.", re.S)


def _plain(message: str) -> tuple[str, str, bool]:
    """(plain text, subject for de-duplication, whether it is a facet failure)."""
    msg = _qname(message.strip())
    head = re.match(r"Element '([^']+)'(?:, attribute '([^']+)')?: (.*)$", msg, re.S)
    if not head:
        return msg.rstrip("."), "", False
    element, attribute, rest = head.group(1), head.group(2), head.group(3).strip()
    subject = f"{element}/{attribute or ''}"
    where = f"attribute '{attribute}' of element '{element}'" if attribute else f"element '{element}'"
    m = re.match(r"\[facet '(\w+)'\] (.*)$", rest, re.S)
    if m:
        return _facet(m.group(1), m.group(2), where) + (subject, True)
    m = _NOT_VALID.match(rest)
    if m:
        return _not_valid(m.group(1), m.group(2) or "", where), subject, False
    for pattern, sentence in _SENTENCES:
        m = re.match(pattern, rest, re.S)
        if m:
            groups = m.groupdict()
            if "expected" in groups:
                groups["expected"] = _expected(groups["expected"] or "")
            return sentence.format(element=element, where=where, **groups), subject, False
    return f"{where}: {rest.rstrip('.')}", subject, False


def _not_valid(value: str, type_name: str, where: str) -> str:
    if type_name in ("xs:ID", "xs:NCName", "xs:IDREF"):
        if type_name == "xs:ID" and _NCNAME.fullmatch(value):  # well-formed, so a duplicate
            return f"the identifier '{value}' ({where}) is used more than once"
        return f"'{value}' in {where} is not a valid identifier: {_ID_HINT}"
    kind = f" ({type_name})" if type_name else ""
    return f"'{value}' is not a valid value for {where}{kind}"
