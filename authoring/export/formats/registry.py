"""The registry of package formats: one `Format` record per format, registered by name.

Everything that lists or recognises formats reads it: the command line's `--format`
choices, `validate`'s detection, the export dialog's list with its labels, the export
pipeline. A duplicate name is refused, as Sphinx refuses a second builder of one name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from authoring.export.builder import PackageBuilder
from authoring.export.document import DocumentWriter
from authoring.export.package import Package
from authoring.export.schemas import SchemaSet

PackageCheck = Callable[[Package], list[str]]


def _no_problems(package: Package) -> list[str]:
    return []


def _always(package: Package) -> bool:
    return True


@dataclass(frozen=True)
class Format:
    """One package format: what it is called, how it is built, how it is recognised and
    checked."""

    name: str  # the `--format` value and the publication's format: "scorm2004"
    label: str  # what people read: "SCORM 2004 (4th edition)"
    # A package format: its builder (the player, its adapter, the format's root files).
    builder: type[PackageBuilder] | None = None
    # The file at the package root that says "this is such a package" (imsmanifest.xml,
    # tincan.xml, cmi5.xml; index.html for plain HTML). Formats are tried in the order
    # they were registered, so the most specific come first, and fallbacks last.
    marker: str = ""
    # Whether a package with the marker really is this format (SCORM 1.2 and 2004 share
    # imsmanifest.xml and tell themselves apart by its namespaces).
    recognises: Callable[[Package], bool] = _always
    # The format's own checks of a package it recognised (manifest, references).
    check: PackageCheck = _no_problems
    schemas: tuple[SchemaSet, ...] = ()
    suffix: str = ".zip"  # of the file an export writes
    # Recognises any package with its marker (plain HTML: any index.html), so it is tried
    # only after every other format.
    fallback: bool = False
    # A document format (a Word file, not a package of the player): writes its one file
    # itself from the resolved course; it has no builder, marker or package check.
    document: DocumentWriter | None = None
    file_label: str = "Packages"  # the save dialog's filter: "Packages (*.zip)"

    @property
    def adapter(self) -> str:
        """The player adapter its pages load: how `validate` tells, from index.html alone,
        what a package was built for ("" for a document format)."""
        return self.builder.adapter.name if self.builder is not None else ""

    @property
    def is_package(self) -> bool:
        """Whether it is a zip of the player that `validate` recognises and checks."""
        return self.builder is not None


_FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    if fmt.name in _FORMATS:
        raise ValueError(f"a package format named {fmt.name} is already registered")
    _FORMATS[fmt.name] = fmt
    return fmt


def unregister(name: str) -> None:
    """Forget a format (for a test that registered a throwaway one)."""
    _FORMATS.pop(name, None)


def get(name: str) -> Format:
    """The format called `name`; a KeyError names the known ones."""
    try:
        return _FORMATS[name]
    except KeyError:
        raise KeyError(f"unknown format '{name}'; use one of {', '.join(_FORMATS)}") from None


def all_formats() -> list[Format]:
    """Every format, in the order they were registered."""
    return list(_FORMATS.values())


def detection_order() -> list[Format]:
    """The order a package is recognised in: as registered, the fallbacks last (package
    formats only: a document is never a package)."""
    return sorted((f for f in _FORMATS.values() if f.is_package), key=lambda fmt: fmt.fallback)


def names() -> list[str]:
    return list(_FORMATS)
