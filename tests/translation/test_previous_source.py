"""An outdated string's previous source, word by word against today's: kept with the
translation, found in the object's versions, or plainly not available."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from authoring.cli import main
from authoring.model import locales, objects, versions
from authoring.model.library import Library
from authoring.model.schema import Translation
from authoring.model.translation import player
from authoring.model.translation.importing import store
from authoring.model.translation.previous import source_change
from authoring.model.translation.units import Unit, course_units

from xliff_course import Course, export_file


def _unit(library: Library, course: Course, unit_id: str, locale: str = "de") -> Unit:
    with library.reading() as session:
        return next(u for u in course_units(session, course.id, locale) if u.id == unit_id)


def _change(course: Course, unit_id: str, locale: str = "de"):
    with Library.open(course.path) as library, library.reading() as session:
        unit = next(u for u in course_units(session, course.id, locale) if u.id == unit_id)
        return source_change(session, unit, locale)


def test_the_source_seen_when_translating_is_kept_and_compared_word_by_word(course: Course) -> None:
    with Library.open(course.path) as library:
        with library.transaction() as s:
            locales.add_locale(s, "de")
            locales.set_translation(s, course.single, "prompt", "de", "Was tun Sie zuerst?")
            objects.update(s, course.single, data={"prompt": "What do you do right away?"})

    change = _change(course, f"{course.single}:prompt")

    assert change.previous == "What do you do first?"
    assert change.removed == ["first?"]
    assert change.added == ["right away?"]
    assert [(p.change, p.text) for p in change.pieces] == [
        ("same", "What do you do "), ("removed", "first?"), ("added", "right away?")]


def test_rich_text_is_compared_as_the_learner_reads_it(course: Course) -> None:
    with Library.open(course.path) as library, library.transaction() as s:
        locales.add_locale(s, "de")
        locales.set_translation(s, course.callout, "html", "de", "<p>Ruhig bleiben.</p>")
        objects.update(s, course.callout, data={"html": "<p>Stay <strong>very</strong> calm.</p>"})

    change = _change(course, f"{course.callout}:html")

    assert (change.removed, change.added) == ([], ["very"])
    assert "".join(p.text for p in change.pieces if p.change != "removed") == "Stay very calm."


def test_a_translation_from_before_the_source_was_kept_is_found_in_the_versions(course: Course) -> None:
    with Library.open(course.path) as library, library.transaction() as s:
        locales.add_locale(s, "de")
        versions.record(s, course.page, summary="first")  # "Raising the alarm"
        locales.set_translation(s, course.page, "title", "de", "Alarm auslösen")
        s.get(Translation, (course.page, "title", "de")).source_text = None  # a row of before 0005
        objects.update(s, course.page, title="Raising the fire alarm")
        versions.record(s, course.page, summary="second")
        objects.update(s, course.page, title="Sounding the fire alarm")

    change = _change(course, f"{course.page}:title")

    assert change.previous == "Raising the alarm"
    assert change.removed == ["Raising"] and change.added == ["Sounding", "fire"]


def test_a_source_stored_nowhere_is_plainly_not_available(course: Course) -> None:
    with Library.open(course.path) as library, library.transaction() as s:
        locales.add_locale(s, "de")
        locales.set_translation(s, course.media, "caption", "de", "Der Melder",
                                seen_hash=locales.source_hash("A caption never stored"))

    change = _change(course, f"{course.media}:caption")

    assert change is not None and not change.available
    assert (change.previous, change.pieces) == (None, ())


def test_current_and_missing_strings_have_no_change(course: Course) -> None:
    with Library.open(course.path) as library, library.transaction() as s:
        locales.add_locale(s, "de")
        locales.set_translation(s, course.page, "title", "de", "Alarm auslösen")

    assert _change(course, f"{course.page}:title") is None
    assert _change(course, f"{course.callout}:html") is None


def test_an_imported_file_keeps_the_source_the_translator_saw(course: Course, tmp_path: Path) -> None:
    sent = export_file(course, "de", tmp_path / "de.xlf")
    with Library.open(course.path) as library, library.transaction() as s:
        objects.update(s, course.media, data={"caption": "The red call point"})  # no version
    doc = etree.parse(str(sent))
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    [unit] = doc.xpath(f"//x:trans-unit[@id='{course.media}:caption']", namespaces=ns)
    target = etree.SubElement(unit, "{urn:oasis:names:tc:xliff:document:1.2}target")
    target.text = "Der Melder"
    doc.write(str(sent))

    assert main(["translate", "import", str(course.path), str(sent)]) == 0

    change = _change(course, f"{course.media}:caption")
    assert change.previous == "The call point"
    assert change.added == ["red"]


def test_alt_text_units_name_the_image_they_describe(course: Course) -> None:
    with Library.open(course.path) as library:
        assert _unit(library, course, f"{course.image}:alt").image == course.image
        assert _unit(library, course, f"{course.media}:caption").image is None
        with library.transaction() as s:
            objects.update(s, course.media, data={"alt": "The call point by the door"})
        assert _unit(library, course, f"{course.media}:alt").image == course.image


def test_a_player_string_keeps_the_wording_it_was_translated_from(course: Course) -> None:
    with Library.open(course.path) as library, library.transaction() as s:
        locales.add_locale(s, "de")
        unit = next(u for u in course_units(s, course.id, "de") if u.id == "player:next")
        store(s, "de", unit, "Weiter", unit.source_hash)  # as the Translation view saves it
        assert player.seen_source(s, "de", "next") == unit.source == "Next"
        older = "Next page"  # as if an older app had said "Next page" then
        player.store(s, "de", "next", "Nächste Seite", locales.source_hash(older), older)
        player.store(s, "de", "previous", "Zurück", locales.source_hash("Back"))  # kept no source
        assert player.stored(s, "de")["next"] == ("Nächste Seite", locales.source_hash(older))

    change = _change(course, "player:next")
    assert (change.removed, change.added) == (["page"], [])
    assert not _change(course, "player:previous").available
