"""Review comments back into the library: from a `.csreview` file (a review build's
`Save comments`) or a reviewed Word document (`review_docx.read_review`, when present).

Both readers give the same dict (CONTRACTS "Review builds and comments": format, version,
library, build, course, locale, reviewer, verdict, comments; a Word review also says its
"source" and each comment's "author"), and `apply_review` is the one function that puts
it in the library, in the caller's transaction:

- each comment becomes a thread on the object and version it was made on, by the reviewer,
  with the build as source (`review:BUILD`, `docx:BUILD`); it is outdated when the
  object's own version has moved on since (`comment_threads.is_outdated`);
- a comment already imported (same comment id) is skipped, so the same file twice adds
  nothing (`duplicate`), and a file saved again with more comments adds only those;
- a file for another library, in another format or version, naming objects this library
  does not hold or versions it never had, is refused whole (`ReviewRefused`), before
  anything is written.

Only the `.csreview` hash is the content as the reviewer saw it; the library does not
recompute it (a build's rendering is not kept), it is stored with the comment.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.model import identity
from authoring.model.comment_threads import is_outdated
from authoring.model.errors import CoursesmithError
from authoring.model.library import Library
from authoring.model.schema import Comment, LearningObject, Review, utcnow

FORMAT = "coursesmith-review"
VERSION = 1
MAX_FILE = 64 * 1024 * 1024  # a review of a 300-page course is well under a megabyte
MAX_TEXT = 20_000  # characters of one comment
VERDICTS = (None, "approved", "changes")
_DOCX_READER = "authoring.model.review_docx"


class ReviewRefused(CoursesmithError):
    """A review file refused whole; the message says why, in plain words."""


@dataclass(frozen=True)
class Applied:
    """What one review file did: comments added, how many of them are outdated, how many
    were known already."""

    added: int
    outdated: int
    known: int
    duplicate: bool
    reviewer: str
    verdict: str | None


@dataclass(frozen=True)
class Outcome:
    """One file's line: `imported` (with what it did), `duplicate` or `refused` (with why)."""

    path: str
    status: str
    applied: Applied | None = None
    reason: str = ""

    def line(self) -> str:
        """The command line's report of this file (CONTRACTS)."""
        if self.status == "refused":
            return f"refused {self.path}: {self.reason}"
        if self.status == "duplicate":
            return f"duplicate {self.path} (already imported)"
        applied = self.applied
        words = f"{applied.added} comment{'' if applied.added == 1 else 's'}"
        return f"imported {self.path}: {words}" + (f", {applied.outdated} outdated" if applied.outdated else "")


# --------------------------------------------------------------------------- files


def import_review_files(library: Library, paths: list[str | Path], *, on_outcome=None) -> list[Outcome]:
    """Import each file in its own transaction: a refused one changes nothing."""
    outcomes = []
    for path in paths:
        outcome = import_review_file(library, Path(path))
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return outcomes


def import_review_file(library: Library, path: Path) -> Outcome:
    try:
        review = read_review_file(path)
        with library.transaction() as session:
            applied = apply_review(session, review)
    except CoursesmithError as error:
        return Outcome(str(path), "refused", reason=str(error))
    return Outcome(str(path), "duplicate" if applied.duplicate else "imported", applied)


def read_review_file(path: Path) -> dict[str, Any]:
    """The review dict a file holds, by its suffix: `.csreview` or a reviewed `.docx`."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _read_docx(path)
    if suffix != ".csreview":
        raise ReviewRefused("not a review file: expected a .csreview file (Save comments in a "
                            "review build) or a reviewed Word document (.docx)")
    return read_csreview(path)


def _read_docx(path: Path) -> dict[str, Any]:
    if find_spec(_DOCX_READER) is None:
        raise ReviewRefused("this version of Coursesmith cannot read comments from Word documents; "
                            "use a review build (--format review) and its .csreview file")
    return import_module(_DOCX_READER).read_review(path)


def read_csreview(path: Path) -> dict[str, Any]:
    """A `.csreview` file's JSON object (checked by `apply_review`, not here)."""
    if not path.is_file():
        raise ReviewRefused("no such file")
    if path.stat().st_size > MAX_FILE:
        raise ReviewRefused("the file is far too large for a review file")
    try:
        review = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ReviewRefused(f"the file is damaged: it is not valid JSON ({_short(error)})") from None
    if not isinstance(review, dict):
        raise ReviewRefused("not a Coursesmith review file (no review object in it)")
    return review


def _short(error: Exception) -> str:
    return str(error).split(":")[0] if isinstance(error, json.JSONDecodeError) else "not UTF-8 text"


# --------------------------------------------------------------------------- applying


def apply_review(session: Session, review: dict[str, Any]) -> Applied:
    """Put one review's comments in the library (see the module docstring); raises
    ReviewRefused, having written nothing, for a file that is not a sound review of this
    library."""
    source, reviewer, verdict = _check_header(session, review)
    comments = [_checked_comment(c, n) for n, c in enumerate(review["comments"], 1)]
    objects = _objects(session, comments)
    known = _known_ids(session, [c["id"] for c in comments])
    added = outdated = 0
    for c in comments:
        if c["id"] in known:
            continue
        obj = objects[c["object"]]
        version = c["version"] or obj.head  # 0: a Word comment outside every block, on the course
        session.add(Comment(
            object_id=obj.id, version=version, author=c.get("author") or reviewer, body=c["text"],
            at=c["created"], source=source, quote=c["quote"], anchor_hash=c["hash"],
            external_id=c["id"],
        ))
        known.add(c["id"])
        added += 1
        outdated += is_outdated(version, obj.head)
    is_new_review = _record_review(session, review, source, reviewer, verdict)
    session.flush()
    duplicate = added == 0 and not is_new_review
    return Applied(added, outdated, len(comments) - added, duplicate, reviewer, verdict)


def _check_header(session: Session, review: dict[str, Any]) -> tuple[str, str, str | None]:
    if review.get("format") != FORMAT:
        raise ReviewRefused("not a Coursesmith review file (its format is not coursesmith-review)")
    if review.get("version") != VERSION:
        raise ReviewRefused(f"review file version {review.get('version')!r} is not one this "
                            "Coursesmith reads (it reads version 1): update Coursesmith")
    for key in ("library", "build", "course"):
        if not isinstance(review.get(key), str) or not review[key] or len(review[key]) > 64:
            raise ReviewRefused(f"the file is damaged or was changed: its {key} is missing")
    if review["library"] != identity.library_id(session):
        raise ReviewRefused("it was made from another library; import it into the library the "
                            "review build was exported from")
    if not isinstance(review.get("comments"), list):
        raise ReviewRefused("the file is damaged or was changed: it has no list of comments")
    verdict = review.get("verdict")
    if verdict not in VERDICTS:
        raise ReviewRefused(f"the file is damaged or was changed: unknown verdict {verdict!r}")
    reviewer = review.get("reviewer")
    if not isinstance(reviewer, str) or len(reviewer) > 200:
        raise ReviewRefused("the file is damaged or was changed: the reviewer's name is missing")
    source = review.get("source") or f"review:{review['build']}"
    if not isinstance(source, str) or not source.startswith(("review:", "docx:")) or len(source) > 100:
        raise ReviewRefused("the file is damaged or was changed: unknown source")
    course = session.get(LearningObject, review["course"])
    if course is None or course.kind != "course":
        raise ReviewRefused("its course is not in this library (deleted, or the file was changed)")
    return source, reviewer.strip() or "Reviewer", verdict


def _checked_comment(c: Any, n: int) -> dict[str, Any]:
    """One comment, its fields checked and normalised; a bad one refuses the file."""
    def bad(what: str) -> ReviewRefused:
        return ReviewRefused(f"the file is damaged or was changed: comment {n} {what}")

    if not isinstance(c, dict):
        raise bad("is not a comment")
    if not isinstance(c.get("id"), str) or not 0 < len(c["id"]) <= 64:
        raise bad("has no id")
    if not isinstance(c.get("object"), str) or not 0 < len(c["object"]) <= 32:
        raise bad("names no object")
    version = c.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise bad("has no version")
    text = c.get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        raise bad("has no text" if not isinstance(text, str) or not text.strip() else "is too long")
    quote = c.get("quote")
    if quote is not None and (not isinstance(quote, str) or len(quote) > MAX_TEXT):
        raise bad("has a broken quote")
    digest = c.get("hash") if isinstance(c.get("hash"), str) else ""
    author = c.get("author") if isinstance(c.get("author"), str) else ""
    return {"id": c["id"], "object": c["object"], "version": version, "text": text.strip(),
            "quote": quote or None, "hash": digest[:64], "created": _created(c.get("created"), bad),
            "author": author.strip()[:200]}


def _created(value: Any, bad) -> datetime:
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise bad("has no date") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=utcnow().tzinfo)


def _objects(session: Session, comments: list[dict[str, Any]]) -> dict[str, LearningObject]:
    """The objects commented on; unknown ids or versions the library never had refuse the file."""
    ids = sorted({c["object"] for c in comments})
    found = {o.id: o for o in session.scalars(select(LearningObject).where(LearningObject.id.in_(ids)))}
    unknown = [i for i in ids if i not in found]
    if unknown:
        listed = ", ".join(unknown[:5]) + (", ..." if len(unknown) > 5 else "")
        raise ReviewRefused(f"it names objects this library does not hold ({listed}): it was "
                            "changed, or made from another library")
    for c in comments:
        if c["version"] > found[c["object"]].head:
            raise ReviewRefused(f"the file is damaged or was changed: {c['object']} has no "
                                f"version {c['version']}")
    return found


def _known_ids(session: Session, ids: list[str]) -> set[str]:
    known: set[str] = set()
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit, with room
        chunk = ids[start:start + 500]
        known.update(session.scalars(select(Comment.external_id).where(Comment.external_id.in_(chunk))))
    return known


def _record_review(session: Session, review: dict[str, Any], source: str, reviewer: str,
                   verdict: str | None) -> bool:
    """Keep who reviewed which build and their verdict; whether this review is new (or its
    verdict changed)."""
    row = session.scalars(select(Review).where(Review.source == source, Review.reviewer == reviewer)).first()
    if row is None:
        session.add(Review(source=source, reviewer=reviewer, course_id=review["course"],
                           locale=str(review.get("locale") or ""), verdict=verdict, imported_at=utcnow()))
        return True
    if row.verdict == verdict:
        return False
    row.verdict, row.imported_at = verdict, utcnow()
    return True
