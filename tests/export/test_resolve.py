"""Resolve: the exported course is the designer's current work, with every problem named."""

from __future__ import annotations

from authoring.export import resolved as r
from authoring.export.resolve import find_course, publish, resolve
from authoring.model import objects, versions

import pytest

from authoring.model.errors import CoursesmithError


def test_resolve_follows_the_tree_in_order(small_course) -> None:
    with small_course.library.transaction() as s:
        course, problems = resolve(s, small_course.course, working=True)
    assert [lesson.title for lesson in course.lessons] == ["Understanding fire", "Prevention"]
    assert [page.title for page in course.pages] == ["What fire needs", "Check yourself", "Staying safe"]
    assert isinstance(course.pages[0].blocks[1], r.MediaBlock)
    assert course.pages[0].blocks[1].alt == "A red fire extinguisher"  # the asset's alt text
    assert course.pages[1].questions[0].points == 2
    assert [a.id for a in course.assets] == [small_course.image]
    assert problems == []


def test_publish_records_versions_and_resolve_reads_them(small_course) -> None:
    with small_course.library.transaction() as s:
        publish(s, small_course.course)
        assert objects.get(s, small_course.pages[0]).head == 1
        objects.rename(s, small_course.pages[0], "Changed after publishing")
        course, _ = resolve(s, small_course.course)
        assert course.pages[0].title == "What fire needs"  # the published head
        publish(s, small_course.course)
        course, _ = resolve(s, small_course.course)
        assert course.pages[0].title == "Changed after publishing"
        assert dict(course.versions)[small_course.pages[0]] == 2


def test_a_pinned_child_stays_at_its_version(small_course) -> None:
    lib = small_course.library
    with lib.transaction() as s:
        publish(s, small_course.course)
        objects.pin_child(s, small_course.lessons[0], 0, 1)
        objects.rename(s, small_course.pages[0], "Newer title")
        versions.record(s, small_course.pages[0])
        publish(s, small_course.course)  # as export does: records the lesson with its pin
        course, _ = resolve(s, small_course.course)
    assert course.pages[0].title == "What fire needs"
    assert course.pages[0].version == 1


def test_a_locale_gives_translated_text_and_a_warning_for_the_rest(small_course) -> None:
    with small_course.library.transaction() as s:
        course, problems = resolve(s, small_course.course, "fr", working=True)
    assert course.locale == "fr" and not course.rtl
    assert course.pages[0].title == "Ce dont le feu a besoin"
    assert course.pages[1].title == "Check yourself"  # untranslated: source text
    [warning] = [p for p in problems if "not translated" in p.message]
    assert warning.severity == "warning"


def test_problems_are_named_in_plain_words(small_course) -> None:
    lib = small_course.library
    with lib.transaction() as s:
        objects.update(s, small_course.question, data={"choices": [
            {"id": "a", "text": "Oxygen"}, {"id": "b", "text": "Water"}]})
        empty = objects.create(s, "lesson", "Nothing here yet")
        objects.insert_child(s, small_course.course, empty.id)
        objects.trash(s, small_course.image, force=True)
        course, problems = resolve(s, small_course.course, working=True)
    messages = {p.message: p.severity for p in problems}
    assert messages["the lesson 'Nothing here yet' has no pages and was left out"] == "warning"
    assert any("no choice is marked correct" in m and "page 'Check yourself'" in m and s == "error"
               for m, s in messages.items())
    assert any("shows a file that was deleted" in m and s == "error" for m, s in messages.items())
    assert [lesson.title for lesson in course.lessons] == ["Understanding fire", "Prevention"]


def test_find_course_by_id_or_title_and_ambiguity(small_course) -> None:
    with small_course.library.transaction() as s:
        assert find_course(s, "Fire basics").id == small_course.course
        assert find_course(s, small_course.course).title == "Fire basics"
        objects.copy(s, small_course.course)
        objects.rename(s, objects.list_objects(s, "course")[0].id, "Fire basics")
        with pytest.raises(CoursesmithError, match="2 courses are titled 'Fire basics'"):
            find_course(s, "Fire basics")
        with pytest.raises(CoursesmithError, match="no course with the id or title"):
            find_course(s, "Nope")
