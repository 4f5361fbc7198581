"""A package as the checks see it: a read-only view of its files, and the helpers every
format's check uses to parse a manifest and to name a file that is missing.

The same view is made from a zip on disk (`validate.validate_package`), from files in
memory (`validate.validate_tree`) and from a freshly built package before it is written
(`export.py`), so every check runs the same way on all three.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from urllib.parse import unquote, urlsplit

from lxml import etree

MAX_LISTED = 20  # at most this many "missing" / "not listed" lines, then a summary


class Package:
    """A read-only view of a package's files: names relative to the root, '/' separators.

    Each file is read at most once (checks often look at the same manifest twice)."""

    def __init__(self, names: Iterable[str], sizes: dict[str, int], reader: Callable[[str], bytes]):
        self.names: list[str] = list(names)
        self._set = set(self.names)
        self._sizes = sizes
        self._reader = reader
        self._read: dict[str, bytes] = {}
        self._lower: dict[str, str] | None = None

    def __contains__(self, name: object) -> bool:
        return name in self._set

    def size(self, name: str) -> int:
        return self._sizes[name]

    def read(self, name: str) -> bytes:
        if name not in self._read:
            self._read[name] = self._reader(name)
        return self._read[name]

    def same_but_case(self, name: str) -> str | None:
        """The file whose name differs from `name` only in case, if there is one."""
        if self._lower is None:
            self._lower = {n.lower(): n for n in self.names}
        return self._lower.get(name.lower())


# --------------------------------------------------------------------------- XML


def _parser() -> etree.XMLParser:
    # Never the network, never entities: a package is untrusted input.
    return etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False, huge_tree=False)


def parse(name: str, data: bytes) -> tuple[etree._Element | None, list[str]]:
    """(root element, []) or (None, [what is wrong, in plain words]): not well-formed, or
    a DTD (a DOCTYPE, with or without entities): LMSs refuse them, and entities are how a
    manifest reads other files or expands without bound, so none is ever read."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = f" line {exc.lineno}" if exc.lineno else ""
        return None, [f"{name}{line}: not well-formed XML ({exc.msg})"]
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        return None, [f"{name} declares a DTD ({info.doctype or '<!DOCTYPE ...>'}); a package's "
                      "XML must not have a DOCTYPE or entities: remove it and export again"]
    return root, []


# --------------------------------------------------------------------------- references


def local_path(href: str, base: str = "") -> str | None:
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


def missing(package: Package, path: str, what: str) -> str:
    """'PATH is WHAT but missing from the package', with a hint when only the case differs."""
    message = f"{path} is {what} but missing from the package"
    other = package.same_but_case(path)
    if other:
        message += f" (the package has '{other}'; names are case-sensitive on most servers)"
    return message


def capped(lines: list[str], summary: str) -> list[str]:
    """At most MAX_LISTED lines, then `summary` (with {count}: how many were left out)."""
    if len(lines) <= MAX_LISTED:
        return lines
    return lines[:MAX_LISTED] + [summary.format(count=len(lines) - MAX_LISTED)]


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
