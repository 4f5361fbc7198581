"""The package builder: one resolved course, many package formats.

Like a documentation generator's builders (see STYLE.md): `PackageBuilder.build` is a
template method — render each unit's player page, add the player runtime and the media,
then ask the subclass for its own root files (a manifest, schemas) — and every format is
a small subclass that names its tracking adapter and writes its manifest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from authoring.export import render
from authoring.export import resolved as r
from authoring.export.images import DEFAULT_QUALITY, RESIZABLE, Variant, variants_of_many
from authoring.export.units import Unit, units_of
from authoring.export.zipwriter import Source

# Reads an asset's bytes from the library: (sha256) -> bytes, or streams into a file.
ReadBytes = Callable[[str], bytes]


@dataclass
class PackageTree:
    """Every file of a package: name -> bytes, a file on disk, or a streaming writer."""

    files: dict[str, Source] = field(default_factory=dict)

    def add(self, name: str, source: Source) -> None:
        if name in self.files:
            raise ValueError(f"two files named {name} in one package")
        self.files[name] = source

    def names(self) -> list[str]:
        return sorted(self.files)


class PackageBuilder:
    name = "html"
    label = "plain HTML"
    adapter = "none"

    def __init__(self, course: r.Course, *, per_lesson: bool = False,
                 image_quality: int = DEFAULT_QUALITY) -> None:
        self.course = course
        self.image_quality = image_quality
        self.units: list[Unit] = units_of(course, per_lesson=per_lesson)

    def build(self, read_bytes: ReadBytes, stream_to: Callable[[str], Callable]) -> PackageTree:
        tree = PackageTree()
        media = self._add_media(tree, read_bytes, stream_to)
        strings = render.player_strings(self.course.locale)
        for unit in self.units:
            html = render.render_unit(self.course, unit, adapter=self.adapter, media=media,
                                      strings=strings)
            tree.add(unit.href, html.encode("utf-8"))
        if "index.html" not in tree.files:
            # Multi-unit packages still open as a whole from index.html; outside an LMS
            # the adapter finds no API and keeps a local bookmark instead.
            whole = Unit(self.course.id, self.course.title, "index.html", self.course.lessons)
            html = render.render_unit(self.course, whole, adapter=self.adapter, media=media,
                                      strings=strings)
            tree.add("index.html", html.encode("utf-8"))
        for relative in render.player_files(self.adapter):
            tree.add(f"player/{relative}", render.PLAYER_DIR / relative)
        self.add_root_files(tree)
        return tree

    def add_root_files(self, tree: PackageTree) -> None:
        """Manifests and schemas of the format; plain HTML has none."""

    def _add_media(self, tree: PackageTree, read_bytes: ReadBytes, stream_to) -> dict[str, render.MediaFile]:
        media: dict[str, render.MediaFile] = {}
        # Every image's sizes first: the new ones are made in parallel (images.py).
        made = variants_of_many(
            ((a.sha256, a.mime) for a in self.course.assets if a.mime in RESIZABLE), read_bytes,
            quality=self.image_quality)
        for asset in self.course.assets:
            if asset.mime in RESIZABLE:
                media[asset.id] = self._add_image(tree, asset, made[asset.sha256])
            else:
                name = f"assets/{asset.id}{_suffix(asset.filename)}"
                tree.add(name, stream_to(asset.sha256))
                media[asset.id] = render.MediaFile(name, (), asset.width, asset.height)
        return media

    def _add_image(self, tree: PackageTree, asset: r.AssetRef, made: list[Variant]) -> render.MediaFile:
        srcset = []
        for variant in made:
            name = f"assets/{asset.id}-{variant.width}{variant.suffix}"
            tree.add(name, variant.path)
            srcset.append((name, variant.width))
        default = next((v for v in made if v.width >= 960), made[-1])
        src = f"assets/{asset.id}-{default.width}{default.suffix}"
        return render.MediaFile(src, tuple(srcset), default.width, default.height)


def _suffix(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    return suffix if suffix.isascii() and len(suffix) <= 6 else ""
