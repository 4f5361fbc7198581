"""Course settings, the trash, review rules and the library file, in the model."""

from __future__ import annotations

import shutil

import pytest

from authoring.model import course_settings, errors, objects, trash, workflow
from authoring.model.library import Library


@pytest.fixture
def library(tmp_path):
    with Library.create(tmp_path / "Lib.cslib") as library:
        yield library


def test_course_settings_are_read_and_written_and_checked(library) -> None:
    with library.transaction() as s:
        course = objects.create(s, "course", "Fire Safety").id
        page = objects.create(s, "page", "P").id
        lesson = objects.create(s, "lesson", "L", children=[page]).id
        objects.set_children(s, course, [lesson])
    with library.transaction() as s:
        course_settings.write(s, course, pass_mark=65, navigation="linear", attempts=3)
        facts = course_settings.read(s, course)
    assert (facts.pass_mark, facts.completion, facts.navigation, facts.attempts,
            facts.source_locale) == (65, "all_pages", "linear", 3, "en")
    with pytest.raises(errors.InvalidContentError):
        with library.transaction() as s:
            course_settings.write(s, course, pass_mark=120)
    with pytest.raises(errors.InvalidContentError):
        with library.transaction() as s:
            course_settings.write(s, course, colour="red")
    with library.transaction() as s:
        assert course_settings.read(s, course).pass_mark == 65  # the refusal changed nothing
        assert course_settings.course_of(s, page) == course
        assert course_settings.question_defaults(s, page) == {"attempts": 3}


def test_trash_lists_restores_and_empties(library) -> None:
    with library.transaction() as s:
        block = objects.create(s, "text", "T", {"html": "<p>x</p>"}).id
        page = objects.create(s, "page", "P", children=[block]).id
        objects.trash(s, page, force=True)
    with library.transaction() as s:
        assert [i.id for i in trash.items(s)] == [page] and trash.is_trashed(s, page)
        trash.restore(s, [page])
    with library.transaction() as s:
        assert trash.items(s) == []
        objects.trash(s, page, force=True)
        objects.trash(s, block, force=True)
    with library.transaction() as s:
        assert trash.empty(s) == 2
    with library.transaction() as s:
        assert trash.items(s) == [] and s.get(objects.LearningObject, page) is None


def test_an_edit_of_approved_work_reopens_it_and_authors_do_not_approve_their_own(library) -> None:
    with library.transaction() as s:
        page = objects.create(s, "page", "P", author="Ann").id
        workflow.set_state(s, page, "in_review", author="Ann")
    with pytest.raises(errors.InvalidContentError, match="your own work"):
        with library.transaction() as s:
            workflow.set_state(s, page, "approved", author="Ann")
    with library.transaction() as s:
        workflow.set_state(s, page, "approved", author="Bob")
        assert workflow.approved_by(s, objects.get(s, page)) == "Bob"
        objects.rename(s, page, "P2")
        assert objects.get(s, page).state == "draft"
        assert workflow.state_history(s, page)[-1].note == "changed after approval by Bob"
        workflow.allow_self_approval(s, True)
        workflow.set_state(s, page, "in_review", author="Ann")
        workflow.set_state(s, page, "approved", author="Ann")
        assert objects.get(s, page).state == "approved"


def test_checkpoint_and_save_a_copy_leave_a_file_that_holds_every_edit(library, tmp_path) -> None:
    with library.transaction() as s:
        course = objects.create(s, "course", "Written").id
    library.checkpoint()
    alone = tmp_path / "alone" / "Alone.cslib"
    alone.parent.mkdir()
    shutil.copyfile(library.path, alone)
    with library.transaction() as s:
        objects.rename(s, course, "Renamed")
    copy = library.save_copy(tmp_path / "Copy.cslib")
    assert not copy.with_name(copy.name + "-wal").exists()
    for path, title in ((alone, "Written"), (copy, "Renamed")):
        with Library.open(path) as other, other.transaction() as s:
            assert objects.get(s, course).title == title
    with pytest.raises(errors.CoursesmithError):
        library.save_copy(library.path)
