"""The course rendered for the app's preview: the package's own files, in memory."""

from __future__ import annotations

import pytest

from authoring.export.preview import check_preview, course_of, locale_status, read_asset, render_site
from authoring.model import objects
from authoring.model.errors import CoursesmithError


def test_the_preview_is_the_scorm_2004_page_and_player_in_memory(small_course, tmp_path) -> None:
    before = set(tmp_path.rglob("*"))
    site = render_site(small_course.library, small_course.course)
    html = site.files["index.html"].decode("utf-8")
    assert "<h1" in html and "What fire needs" in html
    assert '<script defer src="player/adapters/scorm2004.js"></script>' in html
    assert {"player/player.js", "player/player.css", "player/adapters/scorm2004.js"} <= set(site.files)
    assert site.page_keys == {small_course.pages[0]: "p0", small_course.pages[1]: "p1",
                              small_course.pages[2]: "p2"}
    assert set(tmp_path.rglob("*")) == before  # nothing written


def test_media_are_served_from_the_library_by_hash(small_course) -> None:
    site = render_site(small_course.library, small_course.course)
    [(path, (sha256, mime))] = site.assets.items()
    assert path in site.files["index.html"].decode("utf-8")
    assert mime == "image/png" and site.mime(path) == "image/png"
    assert read_asset(small_course.library, sha256).startswith(b"\x89PNG")


def test_the_preview_shows_working_copies_and_records_no_version(small_course) -> None:
    library = small_course.library
    with library.transaction() as s:
        objects.update(s, small_course.question, data={**objects.get(s, small_course.question).data,
                                                       "prompt": "Still being written?"})
    site = render_site(library, small_course.course)
    assert "Still being written?" in site.files["index.html"].decode("utf-8")
    assert site.labels[f"q_{small_course.question}"] == {"": "Still being written?", "a": "Oxygen", "b": "Water"}
    with library.transaction() as s:
        assert objects.get(s, small_course.question).head == 0


def test_a_question_without_an_answer_still_previews_with_its_problem(small_course) -> None:
    library = small_course.library
    with library.transaction() as s:
        data = objects.get(s, small_course.question).data
        objects.update(s, small_course.question, data={
            **data, "choices": [{**c, "correct": False} for c in data["choices"]]})
    site = render_site(library, small_course.course)
    assert any("no choice is marked correct" in p.message for p in site.problems)


def test_locales_with_their_missing_translations(small_course) -> None:
    status = dict(locale_status(small_course.library, small_course.course))
    assert status["en"] == 0 and status["fr"] > 0
    french = render_site(small_course.library, small_course.course, "fr")
    assert 'lang="fr"' in french.files["index.html"].decode("utf-8")
    assert "Ce dont le feu a besoin" in french.files["index.html"].decode("utf-8")


def test_an_object_leads_to_its_course(small_course) -> None:
    assert course_of(small_course.library, small_course.pages[2]) == small_course.course
    assert course_of(small_course.library, small_course.course) == small_course.course


def test_check_preview_names_what_is_wrong(small_course, library) -> None:
    assert check_preview(small_course.library, None, None) == small_course.course
    with pytest.raises(CoursesmithError, match="no course with the id or title 'Nope'"):
        check_preview(small_course.library, "Nope", None)
    with pytest.raises(CoursesmithError, match="no locale 'de'; it has en, fr"):
        check_preview(small_course.library, "Fire basics", "de")
