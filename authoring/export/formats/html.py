"""Plain HTML packages: the player alone, with the "none" adapter (the bookmark stays in
the browser). Any web server or a double click on `index.html` runs it."""

from __future__ import annotations

from authoring.export.builder import PackageBuilder
from authoring.export.formats.registry import Format
from authoring.export.package import Package
from authoring.export.render import Adapter
from authoring.export.zipwriter import Source


class HtmlBuilder(PackageBuilder):
    adapter = Adapter("none")

    def root_files(self, files: list[str]) -> dict[str, Source]:
        return {}


def check(package: Package) -> list[str]:
    return [] if "index.html" in package else ["index.html is missing"]


FORMAT = Format(name="html", label="Plain HTML", builder=HtmlBuilder, marker="index.html", check=check,
                fallback=True)
