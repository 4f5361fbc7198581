"""Coverage per course, lesson and page: the figures `translate status` prints, in every locale."""

from __future__ import annotations

import json

from xliff_course import Course

from authoring.cli import main
from authoring.model import locales, objects, outline_rows
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.model.translation import player
from authoring.model.translation.coverage import course_coverage
from authoring.model.translation.units import course_units


def _status(course: Course, locale: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["translate", "status", str(course.path), course.id, "--locale", locale,
                 "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_locale_matches_translate_status(course: Course, capsys) -> None:
    with Library.open(course.path) as library, library.transaction() as s:
        for code in ("de", "fr", "ar"):
            locales.add_locale(s, code)
        locales.set_translation(s, course.page, "title", "de", "Alarm auslösen")
        locales.set_translation(s, course.single, "prompt", "de", "Was tun Sie zuerst?")
        locales.set_translation(s, course.callout, "html", "fr", "<p>Restez calme.</p>")
        objects.update(s, course.callout, data={"variant": "tip", "html": "<p>Keep calm.</p>"})
    with Library.open(course.path) as library, library.reading() as s:
        coverage = course_coverage(s, course.id)
    assert list(coverage.locales) == ["de", "fr", "ar"]
    for code in ("de", "fr", "ar"):
        assert coverage.counts(code).as_json(code) == _status(course, code, capsys)
    assert coverage.counts("fr").outdated == 1 and coverage.counts("de").current == 2


def test_lessons_and_pages_add_up_to_what_is_in_them(course: Course) -> None:
    with Library.open(course.path) as library:
        with library.transaction() as s:
            locales.add_locale(s, "de")
            locales.set_translation(s, course.page, "title", "de", "Alarm auslösen")
        with library.reading() as s:
            coverage = course_coverage(s, course.id)
            units = course_units(s, course.id, "de")
            lesson = outline_rows.child_rows(s, course.id)[0].id
            pages = [row.id for row in outline_rows.child_rows(s, lesson)]
    de = coverage.locales["de"]
    page = de.parts[course.page]
    assert page.current == 1 and page.outdated == 0
    on_page = [u for u in units if u.context.split(" › ")[2:3] == ["Raising the alarm"]
               or u.object_id == course.page]
    assert page.total == len(on_page)  # its title, its blocks and the image's alt text
    assert de.first_open[course.page] == on_page[1].id  # the title is done: the next one
    assert set(de.parts) == {lesson, *pages}
    in_lesson = de.parts[lesson]
    assert in_lesson.total == 2 + sum(de.parts[p].total for p in pages)  # title, description
    assert in_lesson.current == 1 and de.first_open[lesson] == f"{lesson}:title"
    player_units = sum(1 for u in units if u.object_id == player.OBJECT_ID)
    # the course's own strings and the player's are in no lesson
    assert de.course.total == in_lesson.total + player_units + 2  # title, description
    assert page.percent == 100 * 1 // page.total and not page.complete


def test_a_change_concerns_the_course_it_touches(course: Course, tmp_path) -> None:
    with Library.open(course.path) as library:
        with library.transaction() as s:
            other = objects.create(s, "text", "Elsewhere", {"html": "<p>Not in the course.</p>"})
            locales.add_locale(s, "de")
        with library.reading() as s:
            coverage = course_coverage(s, course.id)
        assert coverage.concerns({course.image}) and coverage.concerns({course.id})
        assert coverage.concerns({player.OBJECT_ID}) and not coverage.concerns({other.id})
        seen: list[Changes] = []
        library.events.connect(seen.append)
        with library.transaction() as s:  # the player's strings say so when they change
            player.store(s, "de", "next", "Weiter", "x")
        assert player.OBJECT_ID in seen[-1].translations


def test_a_library_without_target_locales_has_no_coverage(course: Course) -> None:
    with Library.open(course.path) as library, library.reading() as s:
        assert course_coverage(s, course.id).locales == {}
