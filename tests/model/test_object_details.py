"""What the inspector reads: details, versions, comment threads; and recording versions."""

from __future__ import annotations

from authoring.model import assets, editing, object_details, objects, versions, workflow


def test_details_of_a_picture(library, images) -> None:
    with library.transaction() as session:
        picture = assets.import_file(session, images.png(size=(640, 480))).object_id
        objects.set_tags(session, picture, ["Exit", "sign"])
    with library.transaction() as session:
        facts = object_details.details(session, picture)
    assert (facts.kind, facts.state, facts.version, facts.tags) == ("asset", "draft", 0, ("exit", "sign"))
    assert (facts.file.mime, facts.file.width, facts.file.height) == ("image/png", 640, 480)
    assert facts.thumbnail.startswith(b"\x89PNG")
    assert facts.data["alt"] == ""


def test_versions_and_comments_as_rows(library) -> None:
    with library.transaction() as session:
        block = objects.create(session, "text", "Doors", {"html": "<p>Shut</p>"})
        versions.record(session, block.id, author="Ann", summary="first")
        objects.update(session, block.id, data={"html": "<p>Open</p>"})
        versions.record(session, block.id, author="Bob", summary="second")
        first = workflow.add_comment(session, block.id, "Right?", author="Ann")
        workflow.add_comment(session, block.id, "Yes.", author="Bob", reply_to=first.id)
    with library.transaction() as session:
        rows = object_details.version_rows(session, block.id)
        content = object_details.version_content(session, block.id, 1)
        threads = object_details.comment_threads(session, block.id)
    assert [(r.number, r.author, r.summary) for r in rows] == [(2, "Bob", "second"), (1, "Ann", "first")]
    assert (content.title, content.data["html"], content.children) == ("Doors", "<p>Shut</p>", ())
    assert [[(c.author, c.body, c.version) for c in thread] for thread in threads] == [
        [("Ann", "Right?", 2), ("Bob", "Yes.", 2)]]


def test_recording_versions_skips_the_unchanged_the_trashed_and_the_missing(library) -> None:
    with library.transaction() as session:
        edited = objects.create(session, "text", "Edited").id
        trashed = objects.create(session, "text", "Trashed").id
        objects.trash(session, trashed)
    with library.transaction() as session:
        ids = [edited, trashed, "nosuchid", edited]
        assert editing.record_versions(session, ids, author="Ann", summary="Edited") == 1
        assert editing.record_versions(session, ids, author="Ann") == 0  # nothing changed since
    with library.transaction() as session:
        assert [r.summary for r in object_details.version_rows(session, edited)] == ["Edited"]
        assert object_details.version_rows(session, trashed) == []
