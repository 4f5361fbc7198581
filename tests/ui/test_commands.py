"""Undo and redo of library actions, through a real QUndoStack over a real library."""

from __future__ import annotations

from authoring.model import objects
from authoring.ui.operations import Context, Operation
from authoring.ui.qt import QUndoStack


def run(stack, library, label, action, touched=(), merge_key=None):
    """One undoable operation, run now (what every view does for an edit)."""
    operation = Operation(Context(library, stack), label, action=action, undoable=True,
                          touched=touched, merge_key=merge_key)
    return operation, operation.run()


def test_undo_redo_of_an_edit_and_a_creation(library, qapp) -> None:
    stack = QUndoStack()
    with library.transaction() as s:
        page = objects.create(s, "page", "Evacuation")
        lesson = objects.create(s, "lesson", "Lesson", children=[page.id])

    def rename(s):
        objects.rename(s, page.id, "Leaving the building")

    run(stack, library, "Rename page", rename, [page.id])

    def add_page(s):
        new = objects.create(s, "page", "Assembly point")
        objects.insert_child(s, lesson.id, new.id)
        return new.id

    _, new_id = run(stack, library, "Add page", add_page, [lesson.id])

    def state():
        with library.transaction() as s:
            titles = [objects.get(s, c.id).title for c in objects.children(s, lesson.id)]
            return titles, objects.get(s, new_id).trashed_at is not None

    assert state() == (["Leaving the building", "Assembly point"], False)
    stack.undo()
    assert state() == (["Leaving the building"], True)
    stack.undo()
    assert state()[0] == ["Evacuation"]
    stack.redo()
    stack.redo()
    assert state() == (["Leaving the building", "Assembly point"], False)
    assert stack.undoText() == "Add page"


def test_a_failed_action_pushes_no_step(library, qapp) -> None:
    from authoring.model.errors import InvalidContentError

    stack = QUndoStack()
    with library.transaction() as s:
        page = objects.create(s, "page", "P")
    failures = []

    def rename(s):
        objects.rename(s, page.id, "  ")

    operation = Operation(Context(library, stack), "Rename", action=rename, undoable=True,
                          touched=[page.id]).failure(failures.append)
    assert operation.run() is None
    assert isinstance(operation.error, InvalidContentError) and failures == [operation.error]
    assert stack.count() == 0


def test_typing_bursts_with_one_merge_key_undo_as_one_step(library, qapp) -> None:
    stack = QUndoStack()
    with library.transaction() as s:
        block = objects.create(s, "text", "T", {"html": "<p>Fire</p>"})
    for html in ("<p>Fire doors</p>", "<p>Fire doors stay</p>", "<p>Fire doors stay shut</p>"):
        def type_(s, h=html):
            objects.update(s, block.id, data={"html": h})

        run(stack, library, "Typing", type_, [block.id], merge_key=f"text:{block.id}")
    assert stack.count() == 1
    stack.undo()
    with library.transaction() as s:
        assert objects.get(s, block.id).data["html"] == "<p>Fire</p>"
    stack.redo()
    with library.transaction() as s:
        assert objects.get(s, block.id).data["html"] == "<p>Fire doors stay shut</p>"


def test_an_action_that_returns_an_orm_object_is_refused_and_changes_nothing(library, qapp) -> None:
    import pytest

    stack = QUndoStack()
    with pytest.raises(TypeError, match="returned an ORM object"):
        run(stack, library, "Add page", lambda s: objects.create(s, "page", "Leaked"))
    with library.transaction() as s:
        assert objects.list_objects(s, "page") == []
    assert stack.count() == 0
