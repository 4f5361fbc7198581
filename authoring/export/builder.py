"""The package builder: one resolved course, many package formats.

Like a documentation generator's builders (see STYLE.md): `PackageBuilder.build` is a
template method that renders each unit's player page, adds the player runtime with the
format's tracking adapter and the media, then adds the format's root files (a manifest,
schemas). A format is a small subclass (in `authoring/export/formats/`) that fills in
two hooks and nothing else:

- `adapter`: the player's tracking adapter, its shared scripts and its settings;
- `root_files(files)`: the files at the package root, made from the list of the others.

The base adds every file once: a hook that names a file the base already added is an
error, never a silent overwrite.

The builder never sees the library: assets come through a `BlobReader` that can only
read bytes by their hash.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import ClassVar, Protocol

from authoring.export import fonts, render
from authoring.export import resolved as r
from authoring.export.images import DEFAULT_QUALITY, RESIZABLE, Variant, variants_of_many
from authoring.export.units import Unit, units_of
from authoring.export.zipwriter import Source, Streamed
from authoring.model.errors import ImportRefusedError
from authoring.model.jobs import Job, ensure
from authoring.model.svg import SVG_MIME, sanitize_svg


class BlobReader(Protocol):
    """Asset bytes by SHA-256, read-only: all a builder may ask of the library."""

    def read(self, sha256: str) -> bytes: ...

    def writer(self, sha256: str, size: int) -> Streamed: ...


@dataclass
class PackageTree:
    """Every file of a package: name -> bytes, a file on disk, or a streamed blob."""

    files: dict[str, Source] = field(default_factory=dict)

    def add(self, name: str, source: Source) -> None:
        if name in self.files:
            raise ValueError(f"two files named {name} in one package")
        self.files[name] = source

    def names(self) -> list[str]:
        return sorted(self.files)

    def size(self, name: str) -> int:
        source = self.files[name]
        if isinstance(source, bytes):
            return len(source)
        if isinstance(source, Path):
            return source.stat().st_size
        return source.size

    def read(self, name: str) -> bytes:
        """One file's bytes (for the checks: manifests, scripts; never called on media)."""
        source = self.files[name]
        if isinstance(source, bytes):
            return source
        if isinstance(source, Path):
            return source.read_bytes()
        return source.read()


class PackageBuilder(ABC):
    """Builds one package tree from a resolved course; see the module docstring."""

    # The player's tracking adapter (resources/player/adapters/) the pages load.
    adapter: ClassVar[render.Adapter]
    # True where the format can launch only one unit (tincan.xml: one launch).
    single_unit: ClassVar[bool] = False

    def __init__(self, course: r.Course, *, per_lesson: bool = False,
                 image_quality: int = DEFAULT_QUALITY) -> None:
        self.course = course
        self.image_quality = image_quality
        self.units: list[Unit] = units_of(course, per_lesson=per_lesson and not self.single_unit)

    @abstractmethod
    def root_files(self, files: list[str]) -> dict[str, Source]:
        """The format's files at the package root (manifest, schemas), given the names of
        all the other files (sorted); plain HTML has none."""

    def build(self, blobs: BlobReader, job: Job | None = None) -> PackageTree:
        job = ensure(job)
        tree = PackageTree()
        media = self._add_media(tree, blobs, job)
        strings = render.player_strings(self.course.locale, dict(self.course.player_strings))
        pages = self._render(media, strings, ())
        faces = fonts.package_fonts(_characters(pages.values()))
        if faces:  # the pages link the fonts' stylesheet, so they are rendered again
            pages = self._render(media, strings, (fonts.STYLESHEET,))
        for href, html in pages.items():
            tree.add(href, html.encode("utf-8"))
        for name, data in faces.items():
            tree.add(name, data)
        for relative in render.player_files(self.adapter):
            tree.add(f"player/{relative}", render.PLAYER_DIR / relative)
        for name, source in self.root_files(tree.names()).items():
            tree.add(name, source)
        return tree

    def _render(self, media: dict[str, render.MediaFile], strings: dict[str, str],
                stylesheets: tuple[str, ...]) -> dict[str, str]:
        """Each unit's player page by its file name."""
        return {unit.href: render.render_unit(self.course, unit, adapter=self.adapter, media=media,
                                              strings=strings, stylesheets=stylesheets)
                for unit in self._pages()}

    def _pages(self) -> list[Unit]:
        """Each unit's player page; a package of several units also opens as a whole from
        index.html (outside an LMS the adapter finds no API and keeps a local bookmark)."""
        pages = list(self.units)
        if "index.html" not in {unit.href for unit in pages}:
            pages.append(Unit(self.course.id, self.course.title, "index.html", self.course.lessons))
        return pages

    def _add_media(self, tree: PackageTree, blobs: BlobReader, job: Job) -> dict[str, render.MediaFile]:
        media: dict[str, render.MediaFile] = {}
        images = [(a.sha256, a.mime) for a in self.course.assets if a.mime in RESIZABLE]
        made = variants_of_many(images, blobs.read, quality=self.image_quality, job=job)
        for asset in self.course.assets:
            if asset.mime in RESIZABLE:
                media[asset.id] = self._add_image(tree, asset, made[asset.sha256])
            elif asset.mime == SVG_MIME:  # never shipped active, whatever an older version stored
                name = f"assets/{asset.id}.svg"
                tree.add(name, _inert_svg(blobs.read(asset.sha256)))
                media[asset.id] = render.MediaFile(name, (), asset.width, asset.height)
            else:
                name = f"assets/{asset.id}{_suffix(asset.filename)}"
                tree.add(name, blobs.writer(asset.sha256, asset.size))
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


def _characters(pages: Iterable[str]) -> str:
    """Every character a learner may read on the pages: their text, attributes (alt text)
    and the player's config (strings the runtime shows), and what entities stand for.
    (Set operations, not `unescape` of whole pages: the GIL stays free for the window.)"""
    chars: set[str] = set()
    for page in pages:
        chars.update(page)
        for entity in set(_ENTITY.findall(page)):
            chars.update(unescape(entity))
    return "".join(sorted(chars))


_ENTITY = re.compile(r"&#?\w+;")


def _inert_svg(data: bytes) -> bytes:
    try:
        return sanitize_svg(data)
    except ImportRefusedError:  # not a picture at all: an empty one in its place
        return b'<svg xmlns="http://www.w3.org/2000/svg"/>'


def _suffix(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    return suffix if suffix.isascii() and len(suffix) <= 6 else ""
