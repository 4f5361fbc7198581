"""Change events: a committed action says what it changed; a rolled-back one says nothing."""

from __future__ import annotations

import pytest

from authoring.model import objects, versions
from authoring.model.events import Changes
from authoring.model.library import Library


@pytest.fixture
def heard(library: Library) -> list[Changes]:
    received: list[Changes] = []
    library.events.connect(received.append)
    return received


def test_create_edit_and_reorder_are_announced_after_commit(library: Library, heard) -> None:
    with library.transaction(origin="outline") as s:
        a = objects.create(s, "page", "A")
        b = objects.create(s, "page", "B")
        lesson = objects.create(s, "lesson", "L", children=[a.id, b.id])
        assert heard == []  # nothing before the commit
    assert heard[0].created == {a.id, b.id, lesson.id} and heard[0].origin == "outline"

    with library.transaction() as s:
        objects.move_child(s, lesson.id, 1, 0)
    assert lesson.id in heard[1].children

    with library.transaction() as s:
        objects.rename(s, a.id, "A, renamed")
        versions.record(s, a.id)
    assert heard[2].modified >= {a.id} and heard[2].versions == {a.id}


def test_emptying_a_container_is_announced(library: Library, heard) -> None:
    with library.transaction() as s:
        page = objects.create(s, "page", "P")
        lesson = objects.create(s, "lesson", "L", children=[page.id])
    with library.transaction() as s:
        objects.set_children(s, lesson.id, [])
    assert lesson.id in heard[-1].children


def test_a_rolled_back_action_announces_nothing(library: Library, heard) -> None:
    with pytest.raises(RuntimeError):
        with library.transaction() as s:
            objects.create(s, "page", "Never saved")
            raise RuntimeError("the user's action failed")
    assert heard == []
    library.events.disconnect(heard.append)
