"""Small helpers every manifest writer uses: one place, so the formats never borrow them
from each other.

Manifests are pure functions of the resolved course; these keep their output stable (the
same course gives the same bytes) and valid (ids that are NCNames, hrefs that are URLs).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from lxml import etree


def serialize(root: etree._Element) -> bytes:
    """A manifest's bytes: UTF-8 with an XML declaration, indented."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def href(name: str) -> str:
    """A package path as a manifest href (percent-encoded where a URL needs it)."""
    return quote(name, safe="/-._~!$&'()*+,;=:@")


def xml_id(prefix: str, object_id: str) -> str:
    """`PREFIX-id` as a valid xs:ID (NCName): characters outside [A-Za-z0-9._-] become '_'."""
    return f"{prefix}-" + re.sub(r"[^A-Za-z0-9._\-]", "_", object_id)


def one_line(text: str) -> str:
    """Titles and names in manifests: white space (line breaks included) folded to one space."""
    return " ".join(text.split())


def maker(namespace: str):
    """`sub(parent, "name", text, **attrs)` for elements in one namespace, returning the element."""

    def sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
        element = etree.SubElement(parent, f"{{{namespace}}}{name}", **attrs)
        if text is not None:
            element.text = text
        return element

    return sub
