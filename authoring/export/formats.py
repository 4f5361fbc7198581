"""The package formats, registered by name (a duplicate name is refused)."""

from __future__ import annotations

from authoring.export.builder import PackageBuilder
from authoring.export.cmi5 import Cmi5Builder
from authoring.export.scorm12 import Scorm12Builder
from authoring.export.scorm2004 import Scorm2004Builder
from authoring.export.xapi import XapiBuilder

BUILDERS: dict[str, type[PackageBuilder]] = {}


def register(builder: type[PackageBuilder]) -> None:
    if builder.name in BUILDERS:
        raise ValueError(f"a package format named {builder.name} is already registered")
    BUILDERS[builder.name] = builder


for _builder in (PackageBuilder, Scorm12Builder, Scorm2004Builder, XapiBuilder, Cmi5Builder):
    register(_builder)
