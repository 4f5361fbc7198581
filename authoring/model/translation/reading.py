"""Reading a translator's file safely: XML from outside is hostile until proven otherwise.

XLIFF never needs a DTD, so any `<!DOCTYPE` or entity declaration is refused (that closes
XXE, which reads local files or the network, and "billion laughs" entity bombs); the
parser resolves no entity and opens no network connection even before that check.
"""

from __future__ import annotations

import re

from lxml import etree

from authoring.model.translation import xliff12, xliff20
from authoring.model.translation.document import ReadFile

_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def read_xliff(data: bytes) -> ReadFile:
    """The file's info and units, with every problem that refuses it found so far."""
    problems = []
    if _DECLARATION.search(data):
        problems.append("it declares a DTD or entities (<!DOCTYPE>, <!ENTITY>), which XLIFF "
                        "never needs; refused for safety")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True,
                             remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        line = f"line {error.lineno}: " if error.lineno else ""
        return ReadFile(None, [], [*problems, f"it is not well-formed XML ({line}{error.msg})"])
    if root.getroottree().docinfo.doctype and not problems:
        problems.append("it declares a DTD, which XLIFF never needs; refused for safety")
    reader = {xliff12.NS: xliff12.read, xliff20.NS: xliff20.read}.get(etree.QName(root).namespace)
    if reader is None or etree.QName(root).localname != "xliff":
        return ReadFile(None, [], [*problems, "it is not an XLIFF 1.2 or 2.0 file (its root is "
                                   f"<{etree.QName(root).localname}> in "
                                   f"'{etree.QName(root).namespace or 'no namespace'}')"])
    result = reader(root)
    result.problems[:0] = problems
    return result
