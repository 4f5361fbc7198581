"""Item 14.2, the app's side: what another program commits is announced like our own
changes (origin OUTSIDE), so the views refresh; our own changes are not announced twice."""

from __future__ import annotations

from authoring.model import objects, workflow
from authoring.model.library import Library
from authoring.model.outside_changes import OUTSIDE, OutsideChanges


def test_changes_another_program_commits_are_announced(library):
    with library.transaction() as session:
        block = objects.create(session, "text", "Block", {"html": "<p>v1</p>"})
        gone = objects.create(session, "text", "Gone")
        block_id, gone_id = block.id, gone.id
    heard = []
    library.events.connect(heard.append)
    watcher = OutsideChanges(library)
    try:
        assert watcher.poll() is None  # nothing happened
        with Library.open(library.path) as other, other.transaction() as session:
            objects.update(session, block_id, title="Changed elsewhere")
            new_id = objects.create(session, "text", "New").id
            objects.purge(session, gone_id)
            workflow.add_comment(session, block_id, "Looks good", author="Ann")
        changes = watcher.poll()
        assert changes.origin is OUTSIDE and heard[-1] is changes
        assert changes.modified == {block_id} and changes.created == {new_id}
        assert changes.deleted == {gone_id} and block_id in changes.comments
        assert watcher.poll() is None
    finally:
        watcher.close()


def test_our_own_changes_are_not_announced_again(library):
    watcher = OutsideChanges(library)
    try:
        with library.transaction() as session:
            objects.create(session, "text", "Mine")
        assert watcher.poll() is None
    finally:
        watcher.close()
