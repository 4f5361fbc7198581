"""Where-used: every page, lesson and course that reaches an object."""

from __future__ import annotations

from authoring.model import assets, objects
from authoring.model.where_used import User, containers_using, where_used


def test_block_on_two_pages_in_two_lessons_of_one_course(library):
    with library.transaction() as session:
        shared = objects.create(session, "text", "Shared tip", {"html": "<p>Call 112</p>"})
        other = objects.create(session, "text", "Other", {"html": "<p>other</p>"})
        page_a = objects.create(session, "page", "Page A", children=[shared.id])
        page_b = objects.create(session, "page", "Page B", children=[other.id, shared.id])
        page_c = objects.create(session, "page", "Page C", children=[other.id])
        lesson_1 = objects.create(session, "lesson", "Lesson 1", children=[page_a.id])
        lesson_2 = objects.create(session, "lesson", "Lesson 2", children=[page_b.id, page_c.id])
        course = objects.create(session, "course", "Course", children=[lesson_1.id, lesson_2.id])
        objects.create(session, "course", "Unrelated course")

        users = where_used(session, shared.id)
        assert users == [
            User(page_a.id, "page", "Page A", True),
            User(page_b.id, "page", "Page B", True),
            User(lesson_1.id, "lesson", "Lesson 1", False),
            User(lesson_2.id, "lesson", "Lesson 2", False),
            User(course.id, "course", "Course", False),
        ]
        # the course appears once, although two paths lead to it
        assert [u.id for u in users].count(course.id) == 1
        # nothing uses the course itself
        assert where_used(session, course.id) == []


def test_asset_used_by_media_and_by_an_image_in_text(library, images):
    with library.transaction() as session:
        asset_id = assets.import_file(session, images.png()).object_id
        unused_id = assets.import_file(session, images.jpeg()).object_id
        media = objects.create(session, "media", "Sign picture", {"asset": asset_id})
        text = objects.create(session, "text", "Explainer", {
            "html": f'<p>As shown: <img src="asset:{asset_id}" alt="sign"></p>',
        })
        page = objects.create(session, "page", "Signs", children=[text.id])
        users = where_used(session, asset_id)
        assert {(u.id, u.kind, u.direct) for u in users} == {
            (media.id, "media", True), (text.id, "text", True), (page.id, "page", False),
        }
        assert where_used(session, unused_id) == []
        # edit the text so it no longer shows the image: it is no longer a user
        objects.update(session, text.id, data={"html": "<p>No picture</p>"})
        assert [u.id for u in where_used(session, asset_id)] == [media.id]


def test_media_captions_count_as_use(library, tmp_path):
    vtt = tmp_path / "captions.vtt"
    vtt.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n", encoding="utf-8")
    with library.transaction() as session:
        captions = assets.import_file(session, vtt).object_id
        media = objects.create(session, "media", "Clip", {"captions": captions})
        assert [u.id for u in where_used(session, captions)] == [media.id]


def test_containers_using_lists_only_pages_lessons_and_courses(library, images):
    with library.transaction() as session:
        asset_id = assets.import_file(session, images.png()).object_id
        media = objects.create(session, "media", "Picture", {"asset": asset_id})
        page = objects.create(session, "page", "Page", children=[media.id])
        lesson = objects.create(session, "lesson", "Lesson", children=[page.id])
        course = objects.create(session, "course", "Course", children=[lesson.id])
        assert media.id in {u.id for u in where_used(session, asset_id)}
        assert [(u.id, u.kind) for u in containers_using(session, asset_id)] == [
            (page.id, "page"), (lesson.id, "lesson"), (course.id, "course"),
        ]


def test_trashed_users_are_left_out_unless_asked(library):
    with library.transaction() as session:
        block = objects.create(session, "text", "Block")
        page = objects.create(session, "page", "Old page", children=[block.id])
        objects.trash(session, page.id)
        assert where_used(session, block.id) == []
        assert [u.id for u in where_used(session, block.id, include_trashed=True)] == [page.id]
        # so the block may go to the trash without force
        objects.trash(session, block.id)


def test_removing_a_child_updates_where_used_at_once(library):
    with library.transaction() as session:
        block = objects.create(session, "text", "Block")
        page = objects.create(session, "page", "Page", children=[block.id])
        assert [u.id for u in where_used(session, block.id)] == [page.id]
        objects.remove_child(session, page.id, 0)
        assert where_used(session, block.id) == []
