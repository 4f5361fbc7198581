"""Review comments back into the library: threads on the right object and version,
refusals that change nothing, duplicates, outdated comments."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from authoring.model import identity, objects, versions
from authoring.model.comment_threads import list_threads
from authoring.model.review_import import import_review_file, import_review_files
from authoring.model.schema import Comment, Review


@pytest.fixture
def course(library):
    """A course with one page holding one text block, each with a recorded version."""
    with library.transaction() as session:
        block = objects.create(session, "text", "Intro", {"html": "<p>Fire needs heat.</p>"})
        page = objects.create(session, "page", "The fire triangle", children=[block.id])
        lesson = objects.create(session, "lesson", "Understanding fire", children=[page.id])
        course = objects.create(session, "course", "Fire Safety", children=[lesson.id])
        for obj in (block, page, lesson, course):
            versions.record(session, obj.id)
        return {"course": course.id, "page": page.id, "block": block.id,
                "library": identity.library_id(session)}


def review(course, *comments, reviewer="Dr. Ada", verdict="changes", build=None):
    return {"format": "coursesmith-review", "version": 1, "library": course["library"],
            "build": build or str(uuid.uuid4()), "course": course["course"], "locale": "en",
            "reviewer": reviewer, "verdict": verdict, "comments": list(comments)}


def comment(object_id, text="Please say which extinguisher.", version=1, quote=None):
    return {"id": str(uuid.uuid4()), "object": object_id, "version": version, "hash": "abc123",
            "quote": quote, "text": text, "created": "2026-12-03T08:00:00.000Z"}


def write(tmp_path: Path, data, name="review.csreview") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), "utf-8")
    return path


def count_rows(library):
    with library.transaction() as session:
        return session.query(Comment).count(), session.query(Review).count()


def test_each_comment_becomes_a_thread_on_its_object_and_version(library, course, tmp_path):
    path = write(tmp_path, review(course, comment(course["block"], quote="heat"),
                                  comment(course["page"], "Title is fine.")))
    outcome = import_review_file(library, path)
    assert outcome.line() == f"imported {path}: 2 comments"
    with library.transaction() as session:
        threads = list_threads(session)
        verdict = session.query(Review).one().verdict
    by_object = {t["object"]: t for t in threads}
    block = by_object[course["block"]]
    assert block["author"] == "Dr. Ada" and block["version"] == 1 and block["status"] == "open"
    assert block["text"] == "Please say which extinguisher." and block["quote"] == "heat"
    assert block["source"].startswith("review:") and block["outdated"] is False
    assert by_object[course["page"]]["text"] == "Title is fine."
    assert verdict == "changes"


def test_the_same_file_twice_adds_nothing_and_more_comments_add_only_those(library, course, tmp_path):
    first = comment(course["block"])
    data = review(course, first)
    path = write(tmp_path, data)
    assert import_review_file(library, path).status == "imported"
    again = import_review_file(library, path)
    assert again.line() == f"duplicate {path} (already imported)"
    assert count_rows(library) == (1, 1)

    data["comments"].append(comment(course["page"], "One more."))
    later = write(tmp_path, data, "later.csreview")
    assert import_review_file(library, later).line() == f"imported {later}: 1 comment"
    assert count_rows(library) == (2, 1)


def test_a_comment_on_an_object_changed_since_the_build_is_outdated(library, course, tmp_path):
    with library.transaction() as session:
        objects.update(session, course["block"], data={"html": "<p>Fire needs heat, fuel and oxygen.</p>"})
        versions.record(session, course["block"])
    path = write(tmp_path, review(course, comment(course["block"]), comment(course["page"])))
    assert import_review_file(library, path).line() == f"imported {path}: 2 comments, 1 outdated"
    with library.transaction() as session:
        outdated = {t["object"]: t["outdated"] for t in list_threads(session)}
    # The page's own version did not move when its block changed: not outdated.
    assert outdated == {course["block"]: True, course["page"]: False}


@pytest.mark.parametrize(("change", "reason"), [
    (lambda d: d.update(library=str(uuid.uuid4())), "made from another library"),
    (lambda d: d.update(format="something-else"), "not a Coursesmith review file"),
    (lambda d: d.update(version=2), "version 2 is not one this Coursesmith reads"),
    (lambda d: d["comments"][1].update(object="o0000unknown0000"), "does not hold (o0000unknown0000)"),
    (lambda d: d["comments"][1].update(version=7), "has no version 7"),
    (lambda d: d["comments"][1].update(text=""), "comment 2 has no text"),
    (lambda d: d.update(verdict="maybe"), "unknown verdict"),
    (lambda d: d.update(course=d["comments"][0]["object"]), "its course is not in this library"),
])
def test_a_refused_file_imports_nothing(library, course, tmp_path, change, reason):
    data = review(course, comment(course["block"]), comment(course["page"]))
    change(data)
    path = write(tmp_path, data)
    outcome = import_review_file(library, path)
    assert outcome.status == "refused" and reason in outcome.reason
    assert outcome.line().startswith(f"refused {path}: ")
    assert count_rows(library) == (0, 0)


def test_broken_json_and_other_files_are_refused_in_plain_words(library, course, tmp_path):
    broken = write(tmp_path, '{"format": "coursesmith-review", "comm', "broken.csreview")
    text = write(tmp_path, "hello", "notes.txt")
    word = write(tmp_path, "PK", "reviewed.docx")
    outcomes = import_review_files(library, [broken, text, word, tmp_path / "missing.csreview"])
    assert [o.status for o in outcomes] == ["refused"] * 4
    assert "not valid JSON" in outcomes[0].reason
    assert "not a review file" in outcomes[1].reason
    assert outcomes[3].reason == "no such file"
    assert count_rows(library) == (0, 0)


def test_threads_are_listed_newest_first_with_replies_and_status(library, course, tmp_path):
    from authoring.model import workflow

    older = {**comment(course["block"], "Older."), "created": "2026-12-01T08:00:00Z"}
    newer = {**comment(course["page"], "Newer."), "created": "2026-12-02T08:00:00Z"}
    import_review_file(library, write(tmp_path, review(course, older, newer)))
    with library.transaction() as session:
        root = list_threads(session, object_id=course["block"])[0]
        workflow.add_comment(session, course["block"], "Fixed, thanks.", author="ana",
                             reply_to=int(root["id"]))
        workflow.set_resolved(session, int(root["id"]))
        everything = list_threads(session)
        open_only = list_threads(session, status="open")
    assert [t["text"] for t in everything] == ["Newer.", "Older."]
    assert [r["text"] for r in everything[1]["replies"]] == ["Fixed, thanks."]
    assert everything[1]["status"] == "resolved" and everything[1]["replies"][0]["source"] == "app"
    assert [t["text"] for t in open_only] == ["Newer."]
