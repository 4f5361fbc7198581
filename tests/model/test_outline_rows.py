"""The course outline's rows and edits, as the outline dock uses them (no Qt)."""

from __future__ import annotations

import pytest

from authoring.model import objects, outline_edits, outline_rows
from authoring.model.errors import CoursesmithError
from authoring.model.outline_rows import OutlineRow


def _course(session):
    pages = [objects.create(session, "page", f"Page {n}").id for n in range(1, 4)]
    lesson_1 = objects.create(session, "lesson", "Lesson 1", children=pages)
    lesson_2 = objects.create(session, "lesson", "Lesson 2")
    course = objects.create(session, "course", "Course", children=[lesson_1.id, lesson_2.id])
    return course.id, lesson_1.id, lesson_2.id, pages


def titles(session, parent_id):
    return [row.title for row in outline_rows.child_rows(session, parent_id)]


def test_rows_in_order_with_the_trash_shown(library) -> None:
    with library.transaction() as session:
        course, lesson_1, _lesson_2, pages = _course(session)
        objects.trash(session, pages[1], force=True)
        objects.create(session, "course", "Gone")
        objects.trash(session, objects.list_objects(session, "course")[0].id)
    with library.transaction() as session:
        assert outline_rows.course_rows(session) == [OutlineRow(course, "course", "Course", False)]
        rows = outline_rows.child_rows(session, lesson_1)
        assert [(r.title, r.trashed) for r in rows] == [("Page 1", False), ("Page 2", True), ("Page 3", False)]
        assert outline_rows.row(session, pages[0]) == OutlineRow(pages[0], "page", "Page 1", False)
        assert outline_rows.row(session, "nosuchid") is None
        assert outline_rows.any_course(session, {pages[0], course})
        assert not outline_rows.any_course(session, {pages[0]})
        assert not outline_rows.any_course(session, set())


def test_move_within_and_across_lessons(library) -> None:
    with library.transaction() as session:
        _course_id, lesson_1, lesson_2, pages = _course(session)
    with library.transaction() as session:
        outline_edits.move(session, [(lesson_1, 2, pages[2], "page")], lesson_1, 0)
        assert titles(session, lesson_1) == ["Page 3", "Page 1", "Page 2"]
        outline_edits.move(session, [(lesson_1, 1, pages[0], "page"), (lesson_1, 2, pages[1], "page")],
                           lesson_2, 0)
        assert titles(session, lesson_1) == ["Page 3"]
        assert titles(session, lesson_2) == ["Page 1", "Page 2"]
        assert outline_edits.moved_containers([(lesson_1, 0, pages[2], "page")], lesson_2) == [lesson_1, lesson_2]


def test_a_stale_move_is_refused_and_changes_nothing(library) -> None:
    with library.transaction() as session:
        _course_id, lesson_1, lesson_2, pages = _course(session)
    with pytest.raises(CoursesmithError, match="changed meanwhile"):
        with library.transaction() as session:
            outline_edits.move(session, [(lesson_1, 0, pages[2], "page")], lesson_2, 0)
    with library.transaction() as session:
        assert titles(session, lesson_1) == ["Page 1", "Page 2", "Page 3"]


def test_add_insert_duplicate_delete(library) -> None:
    with library.transaction() as session:
        course, lesson_1, lesson_2, pages = _course(session)
        new_course = outline_edits.add_course(session, "Second course", author="Ann")
        page = outline_edits.add_child(session, lesson_2, "page", "New page", None, "Ann")
        outline_edits.insert_references(session, [pages[0]], lesson_2, 0)
        assert titles(session, lesson_2) == ["Page 1", "New page"]
        copy = outline_edits.duplicate(session, page, lesson_2, 1, "Ann")
        assert titles(session, lesson_2) == ["Page 1", "New page", "New page (copy)"]
        title, elsewhere = outline_edits.deletion_facts(session, pages[0], lesson_2)
        assert (title, [u.id for u in elsewhere]) == ("Page 1", [lesson_1])
        outline_edits.delete(session, copy, lesson_2, 2)
        assert titles(session, lesson_2) == ["Page 1", "New page"]
        assert objects.get(session, copy).trashed_at is not None
        assert objects.get(session, new_course).created_by == "Ann"
        assert course != new_course
