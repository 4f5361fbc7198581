"""Learning objects: creating every kind, containment, cleaning, copy, trash and purge."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from authoring.model import assets, errors, locales, objects, search, versions
from authoring.model.objects import ChildRef
from authoring.model.schema import KINDS, LearningObject, Link, Translation


def _tree(session):
    """course > lesson > page > [text, question]"""
    text = objects.create(session, "text", "Welcome", {"html": "<p>Welcome aboard</p>"})
    question = objects.create(session, "question", "Check", {
        "prompt": "Which extinguisher?", "choices": [{"text": "Water", "correct": True}, {"text": "Foam"}],
    })
    page = objects.create(session, "page", "Intro page", children=[text.id, question.id])
    lesson = objects.create(session, "lesson", "Lesson one", children=[page.id])
    course = objects.create(session, "course", "Fire safety", children=[lesson.id])
    return course, lesson, page, text, question


def test_create_every_kind(library, images):
    with library.transaction() as session:
        image_id = assets.import_file(session, images.png()).object_id
        made = {
            "text": objects.create(session, "text", "T", {"html": "<p>x</p>"}),
            "media": objects.create(session, "media", "M", {"asset": image_id, "alt": "A sign"}),
            "callout": objects.create(session, "callout", "C", {"variant": "warning", "html": "Hot"}),
            "question": objects.create(session, "question", "Q", {"type": "true_false"}),
            "page": objects.create(session, "page", "P"),
            "lesson": objects.create(session, "lesson", "L"),
            "course": objects.create(session, "course", "Co", tags=["Safety", " safety ", "fire"]),
        }
        made_ids = {kind: obj.id for kind, obj in made.items()}
    with library.transaction() as session:
        for kind, object_id in made_ids.items():
            row = session.get(LearningObject, object_id)
            assert row.kind == kind
            assert row.state == "draft" and row.head == 0 and row.trashed_at is None
        assert session.get(LearningObject, made_ids["course"]).data["pass_mark"] == 80
        assert [t.tag for t in session.get(LearningObject, made_ids["course"]).tags] == ["fire", "safety"]
        assert session.get(LearningObject, made_ids["question"]).data["answer"] is True
        listed = {o.kind for o in objects.list_objects(session)}
    assert listed == set(KINDS)


def test_unknown_kind_is_refused(library):
    with library.transaction() as session:
        with pytest.raises(errors.InvalidContentError, match="unknown kind 'slide'"):
            objects.create(session, "slide", "S")


def test_missing_object_error_names_the_id(library):
    with library.transaction() as session:
        with pytest.raises(errors.ObjectNotFoundError, match="onotthere"):
            objects.get(session, "onotthere")


@pytest.mark.parametrize(
    ("parent_kind", "child_kind", "message"),
    [
        ("course", "page", "a course holds lesson objects, not a page"),
        ("page", "lesson", "a page holds text or media or callout or question objects, not a lesson"),
        ("lesson", "text", "a lesson holds page objects, not a text"),
        ("course", "course", "a course holds lesson objects, not a course"),
    ],
)
def test_containment_rules(library, parent_kind, child_kind, message):
    with library.transaction() as session:
        parent = objects.create(session, parent_kind, "Parent")
        child = objects.create(session, child_kind, "Child")
        with pytest.raises(errors.InvalidContentError, match=message):
            objects.set_children(session, parent.id, [child.id])
        with pytest.raises(errors.InvalidContentError, match=message):
            objects.create(session, parent_kind, "Other", children=[child.id])
        assert objects.children(session, parent.id) == []


def test_a_block_cannot_hold_children(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "T")
        other = objects.create(session, "text", "U")
        with pytest.raises(errors.InvalidContentError, match="a text cannot contain other objects"):
            objects.insert_child(session, text.id, other.id)


def test_text_html_is_sanitized(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "T", {
            "html": '<p onclick="steal()">Hi <strong>there</strong><script>alert(1)</script>'
                    '<a href="javascript:evil()">x</a></p>',
        })
        object_id = text.id
    with library.transaction() as session:
        html = session.get(LearningObject, object_id).data["html"]
    assert "<script" not in html and "alert(1)" not in html
    assert "onclick" not in html and "steal" not in html
    assert "javascript:" not in html
    assert "<strong>there</strong>" in html
    assert html.startswith("<p>Hi ")


def test_update_sanitizes_too(library):
    with library.transaction() as session:
        text = objects.create(session, "callout", "T")
        objects.update(session, text.id, data={"html": "<em>ok</em><iframe src='x'></iframe>"})
        assert text.data["html"] == "<em>ok</em>"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "essay"}, "unknown question type 'essay'"),
        ({"points": -1}, "points must be 0 or more, not -1"),
        ({"points": "ten"}, "points must be 0 or more"),
        ({"attempts": 0}, "attempts must be 1 or more, not 0"),
    ],
)
def test_question_validation(library, data, message):
    with library.transaction() as session:
        with pytest.raises(errors.InvalidContentError, match=message):
            objects.create(session, "question", "Q", data)
        assert objects.list_objects(session, "question") == []


def test_question_choices_get_stable_ids(library):
    with library.transaction() as session:
        q = objects.create(session, "question", "Q", {
            "type": "multiple", "choices": [{"text": "A"}, {"text": "B", "id": "a"}, {"text": "C"}],
        })
        assert [c["id"] for c in q.data["choices"]] == ["b", "a", "c"]
        assert [c["correct"] for c in q.data["choices"]] == [False, False, False]


def test_course_and_callout_validation(library):
    with library.transaction() as session:
        with pytest.raises(errors.InvalidContentError, match="pass mark is a percentage 0-100"):
            objects.create(session, "course", "C", {"pass_mark": 120})
        with pytest.raises(errors.InvalidContentError, match="a callout is one of note, tip, warning"):
            objects.create(session, "callout", "C", {"variant": "danger"})


def test_rename(library):
    with library.transaction() as session:
        page = objects.create(session, "page", "Old name")
        objects.rename(session, page.id, "  New name  ")
        assert session.get(LearningObject, page.id).title == "New name"
        with pytest.raises(errors.InvalidContentError, match="a title cannot be empty"):
            objects.rename(session, page.id, "   ")
        assert search.search(session, "New")[0].id == page.id


def test_child_order_insert_move_remove(library):
    with library.transaction() as session:
        a, b, c = (objects.create(session, "text", name) for name in "ABC")
        page = objects.create(session, "page", "P", children=[a.id, b.id])
        objects.insert_child(session, page.id, c.id, position=0)
        assert [r.id for r in objects.children(session, page.id)] == [c.id, a.id, b.id]
        objects.move_child(session, page.id, 0, 2)
        assert [r.id for r in objects.children(session, page.id)] == [a.id, b.id, c.id]
        removed = objects.remove_child(session, page.id, 1)
        assert removed.id == b.id
        assert [r.id for r in objects.children(session, page.id)] == [a.id, c.id]


# ------------------------------------------------------------------ copy


def test_shallow_copy_shares_children(library):
    with library.transaction() as session:
        course, lesson, page, text, question = _tree(session)
        duplicate = objects.copy(session, page.id)
        assert duplicate.id != page.id
        assert duplicate.title == "Intro page (copy)"
        assert objects.children(session, duplicate.id) == objects.children(session, page.id)


def test_deep_copy_has_new_children_with_equal_content_and_translations(library):
    with library.transaction() as session:
        locales.add_locale(session, "fr")
        course, lesson, page, text, question = _tree(session)
        locales.set_translation(session, text.id, "html", "fr", "<p>Bienvenue</p>")
        locales.set_translation(session, page.id, "title", "fr", "Page d'accueil")
        duplicate = objects.copy(session, page.id, deep=True)
        new_refs = objects.children(session, duplicate.id)
        old_refs = objects.children(session, page.id)
        assert len(new_refs) == 2
        assert not {r.id for r in new_refs} & {r.id for r in old_refs}
        for old, new in zip(old_refs, new_refs):
            old_obj, new_obj = objects.get(session, old.id), objects.get(session, new.id)
            assert (new_obj.kind, new_obj.data) == (old_obj.kind, old_obj.data)
        new_text = new_refs[0].id
        assert locales.translations(session, new_text, "fr") == {"html": "<p>Bienvenue</p>"}
        assert locales.translations(session, duplicate.id, "fr") == {"title": "Page d'accueil"}
        # the copied text is found in French, as itself
        hits = {(h.id, h.locale) for h in search.search(session, "Bienvenue")}
        assert {(text.id, "fr"), (new_text, "fr")} <= hits
        # the original is untouched
        assert [r.id for r in objects.children(session, page.id)] == [text.id, question.id]


def test_an_asset_is_not_copied(library, images):
    with library.transaction() as session:
        asset_id = assets.import_file(session, images.png()).object_id
        with pytest.raises(errors.InvalidContentError, match="an asset is not copied"):
            objects.copy(session, asset_id)


# ------------------------------------------------------------------ trash, restore, purge


def test_trash_of_an_in_use_block_names_the_page(library):
    with library.transaction() as session:
        course, lesson, page, text, question = _tree(session)
        with pytest.raises(errors.InUseError) as caught:
            objects.trash(session, text.id)
        message = str(caught.value)
        assert "'Welcome' is used by page 'Intro page'" in message
        assert "force" in message
        assert caught.value.users == [(page.id, "page", "Intro page")]
        assert session.get(LearningObject, text.id).trashed_at is None


def test_trash_with_force_hides_the_object_and_restore_brings_it_back(library):
    with library.transaction() as session:
        course, lesson, page, text, question = _tree(session)
        objects.trash(session, text.id, force=True)
        assert text.id not in {o.id for o in objects.list_objects(session)}
        assert text.id in {o.id for o in objects.list_objects(session, include_trashed=True)}
        assert search.search(session, "aboard") == []
        # the page still refers to it until purged
        assert text.id in [r.id for r in objects.children(session, page.id)]
        objects.restore(session, text.id)
        assert text.id in {o.id for o in objects.list_objects(session)}
        assert [h.id for h in search.search(session, "aboard")] == [text.id]


def test_trash_of_an_unused_object_needs_no_force(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "Loose", {"html": "<p>loose words</p>"})
        objects.trash(session, text.id)
        assert objects.list_objects(session, "text") == []
        assert search.search(session, "loose") == []


def test_purge_in_use_needs_force_and_then_removes_the_reference(library):
    with library.transaction() as session:
        course, lesson, page, text, question = _tree(session)
        with pytest.raises(errors.InUseError, match="Intro page"):
            objects.purge(session, text.id)
        objects.purge(session, text.id, force=True)
        assert session.get(LearningObject, text.id) is None
        assert [r.id for r in objects.children(session, page.id)] == [question.id]
        assert session.scalars(select(Link).where(Link.child_id == text.id)).all() == []
        assert search.search(session, "aboard") == []
    # the library stays consistent after commit (foreign keys are on)
    with library.transaction() as session:
        assert objects.get(session, page.id).title == "Intro page"


def test_purge_of_an_asset_clears_the_media_block(library, images):
    with library.transaction() as session:
        asset_id = assets.import_file(session, images.png()).object_id
        media = objects.create(session, "media", "Picture", {"asset": asset_id, "alt": "sign"})
        objects.purge(session, asset_id, force=True)
        assert session.get(LearningObject, media.id).data["asset"] is None
        assert session.get(LearningObject, media.id).data["alt"] == "sign"


def test_purge_of_an_asset_shown_in_text_leaves_the_text_editable(library, images):
    with library.transaction() as session:
        asset_id = assets.import_file(session, images.png()).object_id
        text = objects.create(session, "text", "T", {
            "html": f'<p>See <img src="asset:{asset_id}" alt="sign"> here</p>',
        })
        objects.purge(session, asset_id, force=True)
        assert f"asset:{asset_id}" not in text.data["html"]
        assert "See" in text.data["html"]
        objects.update(session, text.id, data={"html": text.data["html"] + "<p>more</p>"})


def test_purge_removes_translations_and_versions(library):
    with library.transaction() as session:
        locales.add_locale(session, "de")
        page = objects.create(session, "page", "Loose page")
        locales.set_translation(session, page.id, "title", "de", "Lose Seite")
        versions.record(session, page.id)
        objects.purge(session, page.id)
    with library.transaction() as session:
        assert session.scalars(select(Translation).where(Translation.object_id == page.id)).all() == []
        assert search.search(session, "Seite") == []


# ------------------------------------------------------------------ pinned children


def test_pinned_child(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "T", {"html": "<p>one</p>"})
        versions.record(session, text.id)
        page = objects.create(session, "page", "P", children=[ChildRef(text.id, 1)])
        assert objects.children(session, page.id) == [ChildRef(text.id, 1)]
        objects.pin_child(session, page.id, 0, None)
        assert objects.children(session, page.id) == [ChildRef(text.id, None)]


def test_pinning_to_a_missing_version_is_refused(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "Intro text", {"html": "<p>one</p>"})
        versions.record(session, text.id)
        page = objects.create(session, "page", "P", children=[text.id])
        with pytest.raises(errors.InvalidContentError, match="'Intro text' has no version 2"):
            objects.pin_child(session, page.id, 0, 2)
        with pytest.raises(errors.InvalidContentError, match="has no version 0"):
            objects.create(session, "page", "Q", children=[ChildRef(text.id, 0)])
        assert objects.children(session, page.id) == [ChildRef(text.id, None)]


def test_purge_of_an_asset_linked_from_a_callout_keeps_the_link_text(library, tmp_path):
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with library.transaction() as session:
        asset_id = assets.import_file(session, pdf).object_id
        callout = objects.create(session, "callout", "C", {
            "html": f'<p>Read <a href="asset:{asset_id}">the handout</a>.</p>',
        })
        objects.purge(session, asset_id, force=True)
        assert f"asset:{asset_id}" not in callout.data["html"]
        assert "the handout" in callout.data["html"]
