"""The search index follows every change by itself: no model function reindexes, the
session's hook does it once per transaction (and a search in mid-transaction catches up)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from authoring.model import locales, objects, search, workflow
from authoring.model.jobs import Cancelled, Job
from authoring.model.library import Library
from authoring.model.schema import Meta


def _rows(session, object_id):
    return session.execute(text("SELECT locale, title, body, tags, facets FROM search_index "
                                "WHERE object_id = :id ORDER BY locale"), {"id": object_id}).all()


def test_an_object_edited_many_times_in_one_action_is_indexed_as_it_ends(library):
    with library.transaction() as session:
        block = objects.create(session, "text", "Draft", {"html": "<p>first words</p>"})
        for n in range(5):
            objects.update(session, block.id, data={"html": f"<p>version {n} kettle</p>"})
        objects.set_tags(session, block.id, ["kitchen"])
        objects.rename(session, block.id, "Final")
    with library.transaction() as session:
        assert _rows(session, block.id) == [
            ("en", "Final", "version 4 kettle", "kitchen", "xxktext xxsdraft xxlen")]
        assert search.search(session, "first") == []


def test_a_search_in_the_middle_of_an_action_sees_that_action(library):
    with library.transaction() as session:
        block = objects.create(session, "text", "Kettle", {"html": "<p>descale weekly</p>"})
        assert [hit.id for hit in search.search(session, "descale")] == [block.id]


def test_a_rolled_back_action_leaves_the_index_as_it_was(library):
    with library.transaction() as session:
        block = objects.create(session, "text", "Kettle", {"html": "<p>descale weekly</p>"})
    try:
        with library.transaction() as session:
            objects.update(session, block.id, data={"html": "<p>boil water</p>"})
            search.search(session, "boil")  # caught up inside the transaction
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    with library.transaction() as session:
        assert [hit.id for hit in search.search(session, "descale")] == [block.id]
        assert search.search(session, "boil") == []


def test_state_translation_trash_and_purge_reach_the_index(library):
    with library.transaction() as session:
        locales.add_locale(session, "fr")
        block = objects.create(session, "text", "Kettle", {"html": "<p>descale weekly</p>"})
    with library.transaction() as session:
        workflow.set_state(session, block.id, "in_review")
        locales.set_translation(session, block.id, "html", "fr", "<p>détartrer chaque semaine</p>")
    with library.transaction() as session:
        assert [h.locale for h in search.search(session, "detartrer", state="in_review")] == ["fr"]
        objects.trash(session, block.id)
    with library.transaction() as session:
        assert _rows(session, block.id) == []
        objects.restore(session, block.id)
    with library.transaction() as session:
        assert len(_rows(session, block.id)) == 2
        objects.purge(session, block.id)
    with library.transaction() as session:
        assert _rows(session, block.id) == []


def _outdate_index(path) -> None:
    with Library.open(path) as library, library.transaction() as session:
        session.merge(Meta(key="search_index_format", value="old"))


def test_an_outdated_index_is_rebuilt_on_open_with_progress(library):
    with library.transaction() as session:
        ids = [objects.create(session, "text", f"Block {n}", {"html": "<p>kettle</p>"}).id
               for n in range(3)]
    path = library.path
    library.close()
    _outdate_index(path)
    heard = []
    with Library.open(path, job=Job(on_progress=lambda *args: heard.append(args))) as reopened:
        with reopened.transaction() as session:
            assert sorted(hit.id for hit in search.search(session, "kettle")) == sorted(ids)
    assert heard[0] == (0, 3, "Indexing the library for search") and heard[-1][:2] == (3, 3)


def test_a_cancelled_rebuild_leaves_the_library_as_it_was(library):
    with library.transaction() as session:
        block = objects.create(session, "text", "Kettle", {"html": "<p>kettle</p>"})
    path = library.path
    library.close()
    _outdate_index(path)
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        Library.open(path, job=job)
    with sqlite3.connect(path) as raw:  # the old index and its format mark are still there
        assert raw.execute("SELECT value FROM library_meta WHERE key = 'search_index_format'"
                           ).fetchone() == ("old",)
    with Library.open(path) as reopened, reopened.transaction() as session:  # rebuilt now
        assert [hit.id for hit in search.search(session, "kettle")] == [block.id]
