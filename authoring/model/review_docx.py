"""Reviewed Word documents: the comments a reviewer added in Word, read back as a review
(the same dict a `.csreview` file holds, see CONTRACTS "Review builds and comments").

A Word review document (`--format docx`) wraps every block, page, lesson and the course
title in a hidden bookmark named by object id and version (`_cs_ID_vN`), and carries the
library, build and course ids as custom properties. A comment's anchor
(`w:commentRangeStart` in document.xml) lies inside the bookmark of the block it was made
on: that block and version is the comment's object. A comment outside every bookmark goes
on the course.

A file is refused whole (`ReviewFileError`, one plain reason) when it is not a Word
document, is not one of ours, or would inflate beyond sane bounds: entry sizes are
checked before anything is read.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from lxml import etree

from authoring.model.errors import CoursesmithError

LIBRARY_PROPERTY = "Coursesmith library"
BUILD_PROPERTY = "Coursesmith build"
COURSE_PROPERTY = "Coursesmith course"
LOCALE_PROPERTY = "Coursesmith locale"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BOOKMARK_PREFIX = "_cs_"
BOOKMARK = re.compile(r"^_cs_([a-z0-9]{1,30})_v(\d{1,6})$")
SOURCE_PREFIX = "docx:"

# Sane bounds for a review document: what the parts we read may inflate to, in all.
MAX_ENTRY = 64 * 1024 * 1024  # document.xml of a 300-page course is a few megabytes
MAX_TOTAL = 256 * 1024 * 1024
MAX_RATIO = 200  # deflate rarely passes 100:1 on real XML; bombs go far beyond
MAX_ENTRIES = 10_000
MAX_REVIEWER = 200  # characters of the reviewer's name(s) a review file holds
READ = ("word/document.xml", "word/comments.xml", "docProps/custom.xml")


class ReviewFileError(CoursesmithError):
    """A review file refused whole; the message says why, in plain words."""


def bookmark_name(object_id: str, version: int) -> str:
    """The bookmark around one object's text in a review document (40 characters at most)."""
    return f"{BOOKMARK_PREFIX}{object_id}_v{version}"


@dataclass(frozen=True)
class _Anchor:
    object: str
    version: int
    quote: str


def read_review(path: Path | str) -> dict[str, Any]:
    """The review a commented Word document holds, as a `.csreview` dict (its "source" is
    `docx:BUILD`). Raises ReviewFileError for a file that is not one of ours."""
    path = Path(path)
    parts = _read_parts(path)
    props = _custom_properties(parts.get("docProps/custom.xml"))
    missing = [name for name in (LIBRARY_PROPERTY, BUILD_PROPERTY, COURSE_PROPERTY) if not props.get(name)]
    if missing:
        raise ReviewFileError("it is a Word document, but not one exported by Coursesmith for review "
                              "(it has no Coursesmith library, build and course properties)")
    course = props[COURSE_PROPERTY]
    document = _xml(parts["word/document.xml"], "word/document.xml")
    anchors = _anchors(document)
    comments = _comments(parts.get("word/comments.xml"))
    reviewers = sorted({c["author"] for c in comments.values() if c["author"]})
    build = props[BUILD_PROPERTY]
    return {
        "format": "coursesmith-review", "version": 1,
        "library": props[LIBRARY_PROPERTY], "build": build, "course": course,
        "locale": props.get(LOCALE_PROPERTY) or None,
        "reviewer": _reviewer(reviewers), "verdict": None,
        "source": f"{SOURCE_PREFIX}{build}",
        "comments": [_comment(build, course, comment_id, comment, anchors.get(comment_id))
                     for comment_id, comment in comments.items()],
    }


def _reviewer(authors: list[str]) -> str:
    """Who reviewed: the comments' authors (each comment also keeps its own)."""
    names = ", ".join(authors)
    return names if len(names) <= MAX_REVIEWER else f"{authors[0]} and {len(authors) - 1} others"[:MAX_REVIEWER]


def _comment(build: str, course: str, comment_id: str, comment: dict[str, str],
             anchor: _Anchor | None) -> dict[str, Any]:
    target = anchor or _Anchor(course, 0, "")
    text = comment["text"]
    return {
        # Stable across imports of the same file: importing it twice adds nothing.
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"coursesmith-docx:{build}:{comment_id}")),
        "object": target.object, "version": target.version,
        "hash": "",  # the build's content hash is a review build's; the version says it here
        "quote": target.quote or None, "text": text, "created": comment["created"],
        "author": comment["author"],
    }


# --------------------------------------------------------------------------- the zip


def _read_parts(path: Path) -> dict[str, bytes]:
    if not path.is_file():
        raise ReviewFileError("no such file")
    if not zipfile.is_zipfile(path):
        raise ReviewFileError("it is not a Word document (.docx): not a zip file")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(infos)
            names = {info.filename for info in infos}
            if "word/document.xml" not in names:
                raise ReviewFileError("it is a zip file, but not a Word document (no word/document.xml)")
            return {name: archive.read(name) for name in READ if name in names}
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:  # RuntimeError: encrypted
        raise ReviewFileError(f"the Word document is damaged ({error})") from None


def _check_sizes(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip bomb from its directory alone, before inflating anything."""
    if len(infos) > MAX_ENTRIES:
        raise ReviewFileError(f"it holds {len(infos)} files, more than a Word document ever does")
    read = [info for info in infos if info.filename in READ]
    total = sum(info.file_size for info in read)
    for info in read:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_ENTRY or ratio > MAX_RATIO:
            raise ReviewFileError(f"{info.filename} would inflate to {info.file_size:,} bytes "
                                  f"(from {info.compress_size:,}): too large to be a review document")
    if total > MAX_TOTAL:
        raise ReviewFileError(f"its text would inflate to {total:,} bytes: too large to be a review document")


def _xml(data: bytes, name: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as error:
        raise ReviewFileError(f"the Word document is damaged: {name} is not well-formed ({error})") from None


def _custom_properties(data: bytes | None) -> dict[str, str]:
    if data is None:
        return {}
    root = _xml(data, "docProps/custom.xml")
    return {prop.get("name", ""): "".join(prop.itertext()).strip()
            for prop in root.iter(f"{{{CUSTOM_NS}}}property")}


# --------------------------------------------------------------------------- anchors


def _w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


def _anchors(document: etree._Element) -> dict[str, _Anchor]:
    """comment id -> the object whose bookmark holds its commentRangeStart, and the text
    between its start and end. One pass over the body in document order."""
    open_marks: dict[str, tuple[str, int]] = {}  # bookmark id -> (object, version), in order opened
    found: dict[str, _Anchor] = {}
    quoting: dict[str, list[str]] = {}  # comment id -> text so far
    body = document.find(_w("body"))
    for element in body.iter(_w("bookmarkStart"), _w("bookmarkEnd"), _w("commentRangeStart"),
                             _w("commentRangeEnd"), _w("commentReference"), _w("t"), _w("tab"), _w("br")):
        tag = etree.QName(element).localname
        mark_id = element.get(_w("id"), "")
        if tag == "bookmarkStart":
            match = BOOKMARK.match(element.get(_w("name"), ""))
            if match:
                open_marks[mark_id] = (match.group(1), int(match.group(2)))
        elif tag == "bookmarkEnd":
            open_marks.pop(mark_id, None)
        elif tag == "commentRangeStart":
            if open_marks:
                obj, version = list(open_marks.values())[-1]  # the innermost: the last opened
                found[mark_id] = _Anchor(obj, version, "")
            quoting[mark_id] = []
        elif tag == "commentRangeEnd":
            if mark_id in found:
                found[mark_id] = _Anchor(found[mark_id].object, found[mark_id].version,
                                         " ".join("".join(quoting.get(mark_id, [])).split()))
            quoting.pop(mark_id, None)
        elif tag == "commentReference":
            # A comment on a point, not on words (some editors write no range): where its
            # mark is.
            if mark_id not in found and open_marks:
                obj, version = list(open_marks.values())[-1]
                found[mark_id] = _Anchor(obj, version, "")
        else:
            piece = element.text or "" if tag == "t" else " "
            for parts in quoting.values():
                parts.append(piece)
    return found


def _comments(data: bytes | None) -> dict[str, dict[str, str]]:
    """comment id -> author, text (its paragraphs, one per line), created (ISO-8601 UTC)."""
    if data is None:
        return {}
    root = _xml(data, "word/comments.xml")
    found = {}
    for comment in root.iter(_w("comment")):
        paragraphs = ["".join(t.text or "" for t in p.iter(_w("t"))) for p in comment.iter(_w("p"))]
        text = "\n".join(p for p in paragraphs if p.strip()).strip()
        if not text:
            continue
        found[comment.get(_w("id"), "")] = {
            "author": (comment.get(_w("author")) or "").strip(),
            "text": text, "created": _created(comment.get(_w("date"))),
        }
    return found


def _created(stamp: str | None) -> str:
    """Word writes local time marked as UTC ("2026-12-03T10:15:00Z"); keep it as written."""
    if stamp:
        try:
            when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
            if when.tzinfo is None:
                when = when.replace(tzinfo=timezone.utc)
            return when.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
        except ValueError:
            pass
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
