"""Review builds (`--format review`): one self-contained HTML file a subject-matter expert
opens by double-click, offline, in any current browser, and comments on.

It is the real player (the one every package ships, with the "none" adapter: nothing is
tracked, the bookmark stays in the browser) plus the review tools
(`resources/player/review/`): a `Comment` button on every page and block, comments kept in
the browser, a verdict, and `Save comments`, which downloads the `.csreview` file that
`coursesmith review import` reads back (CONTRACTS "Review builds and comments").

Everything the page needs is inside the one file: the player's scripts and styles inline,
every image, sound, video and caption track as a `data:` URI, so it makes no request at
all. Navigation is free whatever the course says: a reviewer reads in any order.

Each page and block is anchored by its id, its version in this build and a hash of its
content as built, which the review file carries with every comment; the build id is new
for each export and recorded with the publication.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import mimetypes
import re
from pathlib import Path
from typing import Any, BinaryIO

from authoring import resources
from authoring.export import resolved as r
from authoring.export.builder import BlobReader, PackageBuilder, PackageTree
from authoring.export.document import Build
from authoring.export.formats.registry import Format
from authoring.export.images import Variant
from authoring.export.render import Adapter, MediaFile
from authoring.export.zipwriter import Source
from authoring.model.jobs import Job

TOOLS_DIR = resources.path("player") / "review"
_ASSET_REF = re.compile(r"""(?<=["'])assets/[^"'\s]+(?=["'])""")
_STYLESHEET = re.compile(r'<link rel="stylesheet" href="player/([a-z0-9/.-]+)">')
_SCRIPT = re.compile(r'<script defer src="player/([a-z0-9/.-]+)"></script>')
_EXTRA_TYPES = {".vtt": "text/vtt", ".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".oga": "audio/ogg",
                ".ogv": "video/ogg", ".webm": "video/webm", ".mp4": "video/mp4"}
CHUNK = 3 * 256 * 1024  # a multiple of 3: base64 of each chunk joins without padding


class ReviewBuilder(PackageBuilder):
    """The player page for the whole course, with one image size per picture (a review
    file carries no responsive variants: it would only grow)."""

    adapter = Adapter("none")

    def root_files(self, files: list[str]) -> dict[str, Source]:
        return {}

    def _add_image(self, tree: PackageTree, asset: r.AssetRef, made: list[Variant]) -> MediaFile:
        default = next((v for v in made if v.width >= 960), made[-1])
        src = f"assets/{asset.id}-{default.width}{default.suffix}"
        tree.add(src, default.path)
        return MediaFile(src, (), default.width, default.height)


def write_review(course: r.Course, blobs: BlobReader, target: Path, build: Build, job: Job) -> None:
    """The review build of `course`, written at `target` (streamed: one asset in memory at
    a time)."""
    course = dataclasses.replace(course, navigation="free")
    tree = ReviewBuilder(course, image_quality=build.image_quality).build(blobs, job)
    page = tree.read("index.html").decode("utf-8")
    page = _inline_player(page)
    page = page.replace("</body>", _tools(course, build) + "</body>", 1)
    job.progress(0, 0, "writing the review build")
    with open(target, "wb") as stream:
        _write_with_assets(stream, page, tree, job)


def _inline_player(page: str) -> str:
    """The player's stylesheet in a `<style>`, its scripts moved to the end of the body in
    the same order (where a deferred script would have run: after parsing)."""
    player = resources.path("player")
    page = _STYLESHEET.sub(lambda m: f"<style>{_raw(player / m.group(1), 'style')}</style>", page)
    scripts = [_raw(player / name, "script") for name in _SCRIPT.findall(page)]
    page = _SCRIPT.sub("", page)
    return page.replace("</body>", "".join(f"<script>{s}</script>" for s in scripts) + "</body>", 1)


def _raw(path: Path, element: str) -> str:
    """A file's text, safe inside `<element>`: nothing in it may close the element."""
    text = path.read_text("utf-8")
    return re.sub(f"</({element})", r"<\\/\1", text, flags=re.IGNORECASE)


def _tools(course: r.Course, build: Build) -> str:
    anchors = json.dumps(review_config(course, build), ensure_ascii=False, separators=(",", ":"))
    anchors = anchors.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return (f'<script type="application/json" id="cs-review">{anchors}</script>'
            f"<style>{_raw(TOOLS_DIR / 'review.css', 'style')}</style>"
            f"<script>{_raw(TOOLS_DIR / 'review.js', 'script')}</script>")


def review_config(course: r.Course, build: Build) -> dict[str, Any]:
    """What the review tools read: which library, build, course and locale; each object's
    version and content hash."""
    return {
        "format": "coursesmith-review", "version": 1, "library": build.library, "build": build.build,
        "course": course.id, "title": course.title, "locale": course.locale,
        "strings": tool_strings(course.locale),
        "objects": {obj_id: {"version": version, "hash": digest}
                    for obj_id, version, digest in anchors(course)},
    }


def tool_strings(locale: str) -> dict[str, str]:
    """The review tools' words in the export locale: the locale, else its language, else
    English (as the player's own strings)."""
    strings: dict[str, str] = {}
    language = locale.replace("_", "-").split("-")[0].lower()
    for name in dict.fromkeys(("en", language, locale.replace("_", "-"))):
        path = TOOLS_DIR / "strings" / f"{name}.json"
        if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", name) and path.is_file():
            strings.update(json.loads(path.read_text("utf-8")))
    return strings


def anchors(course: r.Course) -> list[tuple[str, int, str]]:
    """(id, version, content hash) of the course, its lessons, pages and blocks."""
    out = [(course.id, course.version, content_hash(course.title, course.description))]
    for lesson in course.lessons:
        out.append((lesson.id, lesson.version, content_hash(lesson.title, lesson.description)))
        for page in lesson.pages:
            out.append((page.id, page.version,
                        content_hash(page.title, [[b.id, b.version] for b in page.blocks])))
            out += [(b.id, b.version, content_hash(dataclasses.asdict(b))) for b in page.blocks]
    return out


def content_hash(*parts: Any) -> str:
    """A short, stable hash of what a reviewer saw of one object."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _write_with_assets(stream: BinaryIO, page: str, tree: PackageTree, job: Job) -> None:
    """The page, each `assets/...` reference replaced by the file's `data:` URI."""
    start = 0
    refs = list(_ASSET_REF.finditer(page))
    for done, match in enumerate(refs):
        job.check()
        stream.write(page[start:match.start()].encode("utf-8"))
        name = match.group(0)
        stream.write(f"data:{_mime(name)};base64,".encode("ascii"))
        _write_base64(stream, tree.files[name])
        start = match.end()
        job.progress(done + 1, len(refs), "embedding media")
    stream.write(page[start:].encode("utf-8"))


def _write_base64(stream: BinaryIO, source: Source) -> None:
    """One file's bytes as base64, a chunk at a time (a video never sits in memory whole)."""
    encoder = _Base64Writer(stream)
    if isinstance(source, Path):
        with open(source, "rb") as file:
            while chunk := file.read(CHUNK):
                encoder.write(chunk)
    elif isinstance(source, bytes):
        encoder.write(source)
    else:
        source.write(encoder)  # a blob streamed from the library
    encoder.close()


class _Base64Writer:
    """A writable stream that writes the base64 of what it is given to `target`."""

    def __init__(self, target: BinaryIO) -> None:
        self.target = target
        self.rest = b""

    def write(self, data: bytes) -> int:
        joined = self.rest + bytes(data)
        whole = len(joined) - len(joined) % 3
        self.target.write(base64.b64encode(joined[:whole]))
        self.rest = joined[whole:]
        return len(data)

    def close(self) -> None:
        self.target.write(base64.b64encode(self.rest))
        self.rest = b""


def _mime(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return _EXTRA_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


FORMAT = Format(name="review", label="Review build (one HTML file)", document=write_review,
                suffix=".html", file_label="Review builds")
