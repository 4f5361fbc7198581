"""The library browser's rows: listing, filters, search, facts, counts (no Qt, no ORM out)."""

from __future__ import annotations

from authoring.model import assets, browse, objects, workflow
from authoring.model.browse import Filters, Row


def _library(session, images):
    picture = assets.import_file(session, images.png()).object_id
    exits = objects.create(session, "text", "Exits", {"html": "<p>Know your evacuation route.</p>"},
                           tags=["Fire"])
    other = objects.create(session, "text", "Other", {"html": "<p>Nothing here.</p>"})
    course = objects.create(session, "course", "Fire Safety")
    return picture, exits.id, other.id, course.id


def test_listing_is_newest_first_filtered_and_paged(library, images) -> None:
    with library.transaction() as session:
        picture, exits, other, course = _library(session, images)
        objects.trash(session, other)
    with library.transaction() as session:
        rows = browse.list_rows(session, Filters(), 0, 10)
        assert [r.id for r in rows] == [course, exits, picture]  # the trashed one is not listed
        assert rows[2] == Row(picture, "asset", rows[2].title, "draft", "image/png")
        assert [r.id for r in browse.list_rows(session, Filters(kind="text"), 0, 10)] == [exits]
        assert [r.id for r in browse.list_rows(session, Filters(tag=" FIRE "), 0, 10)] == [exits]
        assert [r.id for r in browse.list_rows(session, Filters(), 1, 1)] == [exits]


def test_search_rows_carry_state_mime_and_snippet(library, images) -> None:
    with library.transaction() as session:
        _picture, exits, _other, _course = _library(session, images)
        workflow.set_state(session, exits, "in_review")
    with library.transaction() as session:
        rows = browse.search_rows(session, "evacu*", Filters())
        assert [(r.id, r.state, r.locale) for r in rows] == [(exits, "in_review", "en")]
        assert "[evacuation]" in rows[0].snippet
        assert browse.search_rows(session, "evacu*", Filters(state="draft")) == []


def test_facts_counts_kinds_titles_and_tags(library, images) -> None:
    with library.transaction() as session:
        picture, exits, other, course = _library(session, images)
        objects.trash(session, other)
    with library.transaction() as session:
        facts = browse.row_facts(session, {exits, other, "nosuchid"})
        assert facts == {exits: browse.RowFacts("Exits", "draft", False),
                         other: browse.RowFacts("Other", "draft", True)}
        assert browse.counts(session, ("course", "page", "text")) == {"course": 1, "page": 0, "text": 1}
        assert browse.kinds_of(session, [picture, course, "nosuchid"]) == {picture: "asset", course: "course"}
        assert browse.titles(session, "course") == [(course, "Fire Safety")]
        assert browse.tag_names(session) == ["fire"]
