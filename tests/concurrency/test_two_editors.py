"""Item 14.2: two programs editing one library never lose each other's committed edits.

Two read-modify-write editors (each a process) increment one counter: every increment
they report must be in the library. A copy read earlier and written later (an editor's
view) is refused when someone else changed the object meanwhile, in plain words.
"""

from __future__ import annotations

import pytest

from authoring.model import blocks, objects
from authoring.model.errors import ChangedElsewhereError
from authoring.model.library import Library
from authoring.model.snapshots import capture, restore

from tests.concurrency.conftest import start_driver

INCREMENTS = 60


def _counter(library: Library) -> str:
    with library.transaction() as session:
        return objects.create(session, "text", "0", {"html": "<p>counter</p>"}).id


def _title(library: Library, object_id: str) -> str:
    with library.reading() as session:
        return objects.get(session, object_id).title


@pytest.mark.parametrize("mode", ["increment", "increment-stale"])
def test_two_editors_lose_no_increment(library, mode):
    counter = _counter(library)
    editors = [start_driver(mode, library.path, counter, INCREMENTS) for _ in range(2)]
    outputs = [editor.communicate(timeout=120) for editor in editors]
    for editor, (out, err) in zip(editors, outputs):
        assert editor.returncode == 0, err
        assert out.count("committed increment") == INCREMENTS
    reported = [int(line.split()[-1]) for out, _ in outputs for line in out.splitlines()
                if line.startswith("committed")]
    assert sorted(reported) == list(range(1, 2 * INCREMENTS + 1))  # no value committed twice
    assert _title(library, counter) == str(2 * INCREMENTS)


def test_a_change_made_from_a_stale_copy_is_refused_in_plain_words(library):
    block_id = _counter(library)
    with library.reading() as session:
        mine = objects.get(session, block_id).revision
    with Library.open(library.path) as other, other.transaction() as session:
        objects.update(session, block_id, title="theirs")  # another program, meanwhile
    with pytest.raises(ChangedElsewhereError, match="changed by someone else.*nothing was saved"):
        with library.transaction() as session:
            objects.update(session, block_id, title="mine", revision=mine)
    assert _title(library, block_id) == "theirs"


def test_a_block_editor_view_carries_the_revision_its_save_checks(library):
    with library.transaction() as session:
        page = objects.create(session, "page", "Page")
        block = objects.create(session, "text", "Block", {"html": "<p>v1</p>"})
        objects.set_children(session, page.id, [block.id])
        page_id, block_id = page.id, block.id
    with library.reading() as session:
        [view] = blocks.read_block_views(session, page_id)
    with library.transaction() as session:
        blocks.save_data(session, block_id, {"html": "<p>v2</p>"}, revision=view.revision)
    with pytest.raises(ChangedElsewhereError):  # the view is older than the save just made
        with library.transaction() as session:
            blocks.save_data(session, block_id, {"html": "<p>v3</p>"}, revision=view.revision)
    with library.reading() as session:
        assert objects.get(session, block_id).data["html"] == "<p>v2</p>"


def test_undo_never_overwrites_what_another_program_changed_since(library):
    block_id = _counter(library)
    with library.transaction() as session:
        before = capture(session, [block_id])
        objects.update(session, block_id, title="mine")
        session.flush()
        after = capture(session, [block_id])
    with Library.open(library.path) as other, other.transaction() as session:
        objects.update(session, block_id, title="theirs")
    with pytest.raises(ChangedElsewhereError, match="cannot be undone"):
        with library.transaction() as session:
            restore(session, before, expected=after)
    assert _title(library, block_id) == "theirs"


def test_every_write_of_an_object_moves_its_revision(library):
    block_id = _counter(library)
    with library.reading() as session:
        first = objects.get(session, block_id).revision
    with library.transaction() as session:
        objects.update(session, block_id, title="1")
    with library.reading() as session:
        assert objects.get(session, block_id).revision == first + 1
