"""Versions: recorded on purpose (never per edit), compared, and reverted without loss."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from authoring.model import errors, objects, versions
from authoring.model.objects import ChildRef
from authoring.model.schema import Version


def _version_count(session, object_id: str) -> int:
    return session.scalar(select(func.count()).select_from(Version).where(Version.object_id == object_id))


def test_edits_do_not_create_versions(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "T", {"html": "<p>one</p>"})
        for word in ("two", "three", "four"):
            objects.update(session, text.id, data={"html": f"<p>{word}</p>"})
        assert _version_count(session, text.id) == 0
        assert text.head == 0
        assert versions.is_modified(session, text.id)


def test_record_only_when_changed(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "T", {"html": "<p>one</p>"})
        first = versions.record(session, text.id, author="ana", summary="First draft")
        assert first.number == 1
        assert versions.record(session, text.id, author="ana") is None
        assert not versions.is_modified(session, text.id)
        objects.update(session, text.id, data={"html": "<p>one</p>"})  # same content
        assert versions.record(session, text.id) is None
        objects.update(session, text.id, data={"html": "<p>two</p>"})
        second = versions.record(session, text.id, author="ben", summary="Reworded")
        assert second.number == 2
        assert _version_count(session, text.id) == 2
        assert objects.get(session, text.id).head == 2


def test_history_is_newest_first_with_author_and_summary(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "T", {"html": "<p>one</p>"})
        versions.record(session, text.id, author="ana", summary="First draft")
        objects.rename(session, text.id, "Renamed")
        versions.record(session, text.id, author="ben", summary="New title")
        rows = [(v.number, v.author, v.summary, v.title) for v in versions.history(session, text.id)]
    assert rows == [(2, "ben", "New title", "Renamed"), (1, "ana", "First draft", "T")]


def test_history_of_a_missing_object(library):
    with library.transaction() as session:
        with pytest.raises(errors.ObjectNotFoundError):
            versions.history(session, "onosuchobject")


def test_read_a_version_and_a_missing_one(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "T", {"html": "<p>one</p>"})
        versions.record(session, text.id)
        objects.update(session, text.id, data={"html": "<p>two</p>"})
        assert versions.read(session, text.id, 1).data["html"] == "<p>one</p>"
        with pytest.raises(errors.ObjectNotFoundError, match=f"object '{text.id}' has no version 7"):
            versions.read(session, text.id, 7)


def test_versions_are_not_changed_by_later_edits(library):
    with library.transaction() as session:
        q = objects.create(session, "question", "Q", {"prompt": "Old?", "choices": [{"text": "A"}]})
        versions.record(session, q.id)
        objects.update(session, q.id, data={"prompt": "New?", "choices": [{"text": "B"}]})
        versions.record(session, q.id)
    with library.transaction() as session:
        v1 = versions.read(session, q.id, 1)
        assert v1.data["prompt"] == "Old?"
        assert [c["text"] for c in v1.data["choices"]] == ["A"]


def test_compare_reports_changed_fields_with_a_diff(library):
    with library.transaction() as session:
        text = objects.create(session, "callout", "Tip", {"html": "<p>Keep exits clear</p>"})
        versions.record(session, text.id)
        objects.update(session, text.id, title="Warning",
                       data={"variant": "warning", "html": "<p>Keep fire exits clear</p>"})
        versions.record(session, text.id)
        changes = {c.field: c for c in versions.compare(session, text.id, 1, 2)}
        assert set(changes) == {"title", "variant", "html"}
        assert (changes["variant"].before, changes["variant"].after) == ("note", "warning")
        diff = changes["html"].diff
        assert "-<p>Keep exits clear</p>" in diff
        assert "+<p>Keep fire exits clear</p>" in diff
        assert "html (before)" in diff and "html (after)" in diff
        # against the working copy
        objects.rename(session, text.id, "Danger")
        working = {c.field: c for c in versions.compare(session, text.id, 2)}
        assert set(working) == {"title"}
        assert working["title"].after == "Danger"
        assert versions.compare(session, text.id, 2, 2) == []


def test_revert_makes_a_new_version_equal_to_the_old_one(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "Old title", {"html": "<p>one</p>"})
        versions.record(session, text.id, summary="v1")
        objects.update(session, text.id, title="New title", data={"html": "<p>two</p>"})
        versions.record(session, text.id, summary="v2")
        objects.update(session, text.id, data={"html": "<p>unsaved three</p>"})
        reverted = versions.revert(session, text.id, 1, author="ana")
        assert reverted.number == 4  # 3 keeps the unsaved work, 4 is the revert
        assert reverted.summary == "Reverted to version 1"
        assert reverted.author == "ana"
        assert versions.read(session, text.id, 3).data["html"] == "<p>unsaved three</p>"
        old = versions.read(session, text.id, 1)
        obj = objects.get(session, text.id)
        assert (obj.title, obj.data) == (old.title, old.data)
        assert (reverted.title, reverted.data) == (old.title, old.data)
        assert versions.compare(session, text.id, 1, 4) == []


def test_revert_drops_fields_the_old_version_did_not_have(library):
    with library.transaction() as session:
        q = objects.create(session, "question", "Q", {
            "type": "single", "prompt": "Pick", "choices": [{"text": "A", "correct": True}],
        })
        versions.record(session, q.id)
        objects.update(session, q.id, data={"type": "fill_in", "answers": ["water"]})
        versions.record(session, q.id)
        versions.revert(session, q.id, 1)
        old = versions.read(session, q.id, 1)
        assert objects.get(session, q.id).data == old.data
        assert "answers" not in objects.get(session, q.id).data


def test_reverting_to_the_head_changes_nothing(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "T", {"html": "<p>one</p>"})
        versions.record(session, text.id)
        again = versions.revert(session, text.id, 1)
        assert again.number == 1
        assert _version_count(session, text.id) == 1


def test_container_versions_snapshot_children(library):
    with library.transaction() as session:
        a, b, c = (objects.create(session, "text", name) for name in "ABC")
        page = objects.create(session, "page", "P", children=[a.id, b.id, c.id])
        versions.record(session, page.id)
        objects.move_child(session, page.id, 2, 0)
        assert versions.is_modified(session, page.id)
        v2 = versions.record(session, page.id, summary="Reordered")
        assert v2 is not None and v2.number == 2
        assert v2.children["items"] == [[c.id, None], [a.id, None], [b.id, None]]
        changes = versions.compare(session, page.id, 1, 2)
        assert [ch.field for ch in changes] == ["children"]
        versions.revert(session, page.id, 1)
        assert [r.id for r in objects.children(session, page.id)] == [a.id, b.id, c.id]


def test_child_content_edits_do_not_version_the_page(library):
    """A page follows its children's heads: editing a child is not a change of the page."""
    with library.transaction() as session:
        a = objects.create(session, "text", "A", {"html": "<p>a</p>"})
        page = objects.create(session, "page", "P", children=[a.id])
        versions.record(session, page.id)
        objects.update(session, a.id, data={"html": "<p>changed</p>"})
        assert versions.record(session, page.id) is None


def test_pins_are_part_of_a_container_version(library):
    with library.transaction() as session:
        a = objects.create(session, "text", "A", {"html": "<p>a</p>"})
        versions.record(session, a.id)
        page = objects.create(session, "page", "P", children=[a.id])
        versions.record(session, page.id)
        objects.pin_child(session, page.id, 0, 1)
        v2 = versions.record(session, page.id)
        assert v2.children["items"] == [[a.id, 1]]
        versions.revert(session, page.id, 1)
        assert objects.children(session, page.id) == [ChildRef(a.id, None)]
