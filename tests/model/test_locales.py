"""Locales and translations: codes, status (missing, current, outdated) and progress."""

from __future__ import annotations

import pytest

from authoring.model import errors, locales, objects, search
from authoring.model.locales import Status


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("en", "en"), ("EN", "en"), ("en_us", "en-US"), ("en-us", "en-US"), ("pt-br", "pt-BR"),
        ("zh-hant-tw", "zh-Hant-TW"), ("sr_latn", "sr-Latn"), ("es-419", "es-419"),
        ("  fr  ", "fr"), ("fil", "fil"),
    ],
)
def test_normalize_locale(typed, normal):
    assert locales.normalize_locale(typed) == normal


@pytest.mark.parametrize("bad", ["", "   ", "e", "english", "en-", "en--US", "en_US_POSIX", "12", "fr-1234", None])
def test_normalize_locale_refuses_nonsense(bad):
    with pytest.raises(errors.InvalidContentError, match="is not a locale code; use a language code"):
        locales.normalize_locale(bad)


def test_is_rtl():
    assert locales.is_rtl("ar")
    assert locales.is_rtl("he-IL")
    assert locales.is_rtl("fa")
    assert not locales.is_rtl("en")
    assert not locales.is_rtl("fr-CA")


def test_add_locale(library):
    with library.transaction() as session:
        assert locales.add_locale(session, "fr_fr") == "fr-FR"
        assert locales.add_locale(session, "de") == "de"
        assert locales.add_locale(session, "FR-fr") == "fr-FR"  # already there: no second row
        assert locales.all_locales(session) == ["en", "fr-FR", "de"]
        assert locales.target_locales(session) == ["fr-FR", "de"]
        assert locales.source_locale(session) == "en"
        with pytest.raises(errors.InvalidContentError, match="not a locale code"):
            locales.add_locale(session, "french")


def test_remove_locale(library):
    with library.transaction() as session:
        locales.add_locale(session, "fr")
        page = objects.create(session, "page", "Welcome")
        locales.set_translation(session, page.id, "title", "fr", "Bienvenue")
        locales.remove_locale(session, "fr")
        assert locales.target_locales(session) == []
        assert locales.translations(session, page.id, "fr") == {}
        with pytest.raises(errors.InvalidContentError, match="the source locale cannot be removed"):
            locales.remove_locale(session, "en")


def _status(session, object_id: str, locale: str) -> dict[str, Status]:
    obj = objects.get(session, object_id)
    return {fs.field: fs.status for fs in locales.field_statuses(session, obj, locale)}


def test_translation_missing_then_current_then_outdated(library):
    with library.transaction() as session:
        locales.add_locale(session, "fr")
        text = objects.create(session, "text", "Intro", {"html": "<p>Hello</p>"})
        assert _status(session, text.id, "fr") == {"html": Status.MISSING}
        locales.set_translation(session, text.id, "html", "fr", "<p>Bonjour</p>")
        assert _status(session, text.id, "fr") == {"html": Status.CURRENT}
        objects.update(session, text.id, data={"html": "<p>Hello there</p>"})
        statuses = locales.field_statuses(session, objects.get(session, text.id), "fr")
        assert [(s.field, s.source, s.translation, s.status) for s in statuses] == [
            ("html", "<p>Hello there</p>", "<p>Bonjour</p>", Status.OUTDATED),
        ]
        # translating again makes it current
        locales.set_translation(session, text.id, "html", "fr", "<p>Bonjour à tous</p>")
        assert _status(session, text.id, "fr") == {"html": Status.CURRENT}


def test_translated_html_is_sanitized(library):
    with library.transaction() as session:
        locales.add_locale(session, "fr")
        text = objects.create(session, "text", "Intro", {"html": "<p>Hello</p>"})
        row = locales.set_translation(
            session, text.id, "html", "fr", '<p onclick="x()">Bonjour<script>alert(1)</script></p>'
        )
        assert row.text == "<p>Bonjour</p>"


def test_set_translation_refusals(library):
    with library.transaction() as session:
        locales.add_locale(session, "fr")
        text = objects.create(session, "text", "Intro", {"html": "<p>Hello</p>"})
        with pytest.raises(errors.InvalidContentError, match="text 'Intro' has no translatable field 'prompt'"):
            locales.set_translation(session, text.id, "prompt", "fr", "Quoi?")
        with pytest.raises(errors.InvalidContentError, match="the library has no target locale 'de'; add it first"):
            locales.set_translation(session, text.id, "html", "de", "<p>Hallo</p>")
        with pytest.raises(errors.InvalidContentError, match="no target locale 'en'"):
            locales.set_translation(session, text.id, "html", "en", "<p>Hi</p>")
        with pytest.raises(errors.InvalidContentError, match="not a locale code"):
            locales.set_translation(session, text.id, "html", "xx-yy-zz-1", "<p>?</p>")
        with pytest.raises(errors.ObjectNotFoundError):
            locales.set_translation(session, "onothere", "html", "fr", "<p>?</p>")
        assert locales.translations(session, text.id, "fr") == {}


def test_question_choice_fields_are_translatable(library):
    with library.transaction() as session:
        locales.add_locale(session, "es")
        q = objects.create(session, "question", "Q", {
            "prompt": "Which?", "choices": [{"text": "Water"}, {"text": "Foam", "feedback": "Yes"}],
        })
        fields = set(_status(session, q.id, "es"))
        assert fields == {"prompt", "choices.a.text", "choices.b.text", "choices.b.feedback"}
        locales.set_translation(session, q.id, "choices.b.text", "es", "Espuma")
        assert locales.translations(session, q.id, "es") == {"choices.b.text": "Espuma"}


def test_translation_progress(library):
    with library.transaction() as session:
        assert locales.translation_progress(session) == {}
        locales.add_locale(session, "fr")
        locales.add_locale(session, "de")
        page = objects.create(session, "page", "Welcome")                       # 1 field
        text = objects.create(session, "text", "T", {"html": "<p>Hello</p>"})   # 1 field
        lesson = objects.create(session, "lesson", "Basics", {"description": "First steps"})  # 2
        assert locales.translation_progress(session) == {"fr": 0.0, "de": 0.0}
        locales.set_translation(session, page.id, "title", "fr", "Bienvenue")
        locales.set_translation(session, text.id, "html", "fr", "<p>Bonjour</p>")
        assert locales.translation_progress(session) == {"fr": 0.5, "de": 0.0}
        locales.set_translation(session, lesson.id, "title", "de", "Grundlagen")
        assert locales.translation_progress(session) == {"fr": 0.5, "de": 0.25}
        # an outdated translation no longer counts
        objects.update(session, text.id, data={"html": "<p>Hello again</p>"})
        assert locales.translation_progress(session) == {"fr": 0.25, "de": 0.25}


def test_translations_of_trashed_objects_do_not_count(library):
    with library.transaction() as session:
        locales.add_locale(session, "fr")
        kept = objects.create(session, "page", "Kept")
        gone = objects.create(session, "page", "Gone")
        locales.set_translation(session, gone.id, "title", "fr", "Parti")
        objects.trash(session, gone.id)
        assert locales.translation_progress(session) == {"fr": 0.0}
        locales.set_translation(session, kept.id, "title", "fr", "Gardé")
        assert locales.translation_progress(session) == {"fr": 1.0}


def test_translation_is_searchable_in_its_locale(library):
    with library.transaction() as session:
        locales.add_locale(session, "fr")
        text = objects.create(session, "text", "Intro", {"html": "<p>Fire extinguisher</p>"})
        locales.set_translation(session, text.id, "html", "fr", "<p>Extincteur d'incendie</p>")
        hits = search.search(session, "extincteur")
        assert [(h.id, h.locale) for h in hits] == [(text.id, "fr")]
