"""The bundled sample library, as a user opening it would see it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from authoring.model import assets, errors, locales, objects, sample, versions, workflow
from authoring.model.content import QUESTION_TYPES
from authoring.model.library import Library
from authoring.model.schema import LearningObject
from authoring.model.where_used import containers_using


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory) -> Path:
    return sample.write_sample(tmp_path_factory.mktemp("sample") / "Fire safety.cslib")


@pytest.fixture()
def session(sample_path):
    library = Library.open(sample_path)
    try:
        with library.transaction() as session:
            yield session
    finally:
        library.close()


def _course(session):
    courses = objects.list_objects(session, "course")
    assert len(courses) == 1
    return courses[0]


def _tree(session):
    """lesson id -> page ids -> block ids, in course order."""
    course = _course(session)
    return {
        lesson.id: {
            page.id: [block.id for block in objects.children(session, page.id)]
            for page in objects.children(session, lesson.id)
        }
        for lesson in objects.children(session, course.id)
    }


def test_the_course_has_three_lessons_and_a_dozen_pages(session):
    course = _course(session)
    assert course.title == "Workplace Fire Safety"
    assert course.data["description"].strip()
    tree = _tree(session)
    assert len(tree) == 3
    assert sum(len(pages) for pages in tree.values()) >= 10
    for pages in tree.values():
        for blocks in pages.values():
            kinds = [objects.get(session, block).kind for block in blocks]
            assert "text" in kinds  # every page teaches something


def test_every_question_type_is_there_and_scored(session):
    course = _course(session)
    assert course.data["pass_mark"] == 80
    assert course.data["completion"] == "all_pages"
    assert course.data["navigation"] == "free"
    questions = objects.list_objects(session, "question")
    assert {q.data["type"] for q in questions} == set(QUESTION_TYPES)
    assert all(q.data["points"] >= 1 for q in questions)
    for question in questions:
        assert question.data["feedback_correct"] and question.data["feedback_incorrect"]
        for choice in question.data.get("choices", []):
            assert choice["feedback"], question.title
        if question.data["type"] in ("single", "multiple"):
            assert any(choice["correct"] for choice in question.data["choices"])


def test_callouts_of_every_variant(session):
    variants = {c.data["variant"] for c in objects.list_objects(session, "callout")}
    assert variants == {"note", "tip", "warning"}


def test_shared_blocks_are_used_in_two_lessons(session):
    tree = _tree(session)
    lesson_of_page = {page: lesson for lesson, pages in tree.items() for page in pages}
    shared = {}
    for lesson, pages in tree.items():
        for blocks in pages.values():
            for block in blocks:
                shared.setdefault(block, set()).add(lesson)
    reused = [block for block, lessons in shared.items() if len(lessons) >= 2]
    assert {objects.get(session, block).kind for block in reused} >= {"callout", "media"}
    for block in reused:
        pages = [u.id for u in containers_using(session, block) if u.kind == "page"]
        assert len({lesson_of_page[page] for page in pages}) >= 2


def test_images_have_alt_text_size_and_credit(session):
    images = assets.all_assets(session)
    assert len(images) >= 6
    media_assets = {m.data["asset"] for m in objects.list_objects(session, "media")}
    assert media_assets == {image.id for image in images}  # every picture is shown
    for image in images:
        assert image.data["alt"].strip()
        assert image.data["credit"] == "Coursesmith sample (drawn with Pillow)"
        assert image.data["licence"] == "CC0"
        record = assets.asset_file(session, image.id)
        assert record.mime == "image/png"
        assert record.width and record.height and record.width <= 800
        assert assets.thumbnail(session, image.id)


def test_the_sample_pictures_stay_small():
    files = sorted((sample.SAMPLE_DIR / "images").glob("*.png"))
    assert len(files) >= 6
    assert sum(f.stat().st_size for f in files) < 400_000


def test_french_translation_is_complete(session):
    assert locales.all_locales(session) == ["en", "fr"]
    assert locales.translation_progress(session) == {"fr": 1.0}
    for page in objects.list_objects(session, "page"):
        french = locales.translations(session, page.id, "fr")["title"]
        assert french and french != page.title
    for obj in session.scalars(select(LearningObject)):
        fields = locales.source_texts(obj)
        french = locales.translations(session, obj.id, "fr")
        assert set(fields) <= set(french), obj.title
        for field, text in fields.items():  # really translated, not copied
            if len(text) > 20 and field != "answers":
                assert french[field] != text, (obj.title, field)


def test_tags_states_and_history(session):
    every = objects.list_objects(session)
    assert all(obj.tags for obj in every)
    assert {"fire", "evacuation", "extinguisher"} <= {t.tag for obj in every for t in obj.tags}
    states = [obj.state for obj in every]
    assert states.count("approved") >= len(states) - 2
    assert all(obj.head >= 1 for obj in every)
    revised = [obj for obj in every if obj.head >= 2]
    assert len(revised) == 1 and revised[0].kind == "text"
    history = versions.history(session, revised[0].id)
    assert [v.author for v in history] == ["Sample author", "Sample author"]
    assert "tetrahedron" in versions.compare(session, revised[0].id, 1, 2)[0].diff
    assert revised[0].state == "in_review"
    assert [e.to_state for e in workflow.state_history(session, revised[0].id)] == [
        "in_review", "approved", "draft", "in_review",  # the edit undid the approval
    ]


# ------------------------------------------------------------- writing the file


def test_refuses_an_existing_library_without_force(tmp_path):
    target = tmp_path / "mine.cslib"
    Library.create(target).close()
    before = target.read_bytes()
    with pytest.raises(errors.LibraryExistsError, match="already exists"):
        sample.write_sample(target)
    assert target.read_bytes() == before


@pytest.mark.parametrize("force", [False, True])
def test_never_overwrites_a_file_that_is_not_a_library(tmp_path, force):
    target = tmp_path / "thesis.docx"
    target.write_bytes(b"PK\x03\x04 my thesis, three years of work")
    before = target.read_bytes()
    with pytest.raises(errors.CoursesmithError) as raised:
        sample.write_sample(target, force=force)
    if force:
        assert "not a Coursesmith library" in str(raised.value)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thesis.docx"]


def test_with_force_replaces_a_library(tmp_path):
    target = tmp_path / "old.cslib"
    with Library.create(target) as old, old.transaction() as session:
        objects.create(session, "text", "Old block", {"html": "<p>old</p>"})
    assert sample.write_sample(target, force=True) == target
    with Library.open(target) as library, library.transaction() as session:
        titles = {obj.title for obj in objects.list_objects(session)}
        assert "Old block" not in titles
        assert _course(session).title == "Workplace Fire Safety"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.cslib"]


def test_a_failure_leaves_the_old_library_and_no_leftovers(tmp_path, monkeypatch):
    target = tmp_path / "old.cslib"
    Library.create(target).close()
    before = target.read_bytes()

    def broken_build(session, content=None):
        objects.create(session, "text", "half made")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sample, "build", broken_build)
    with pytest.raises(RuntimeError):
        sample.write_sample(target, force=True)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.cslib"]
