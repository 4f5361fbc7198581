"""Typed content: each kind reads and writes the stored JSON unchanged, cleans and checks
what is written, and knows its learner text, its assets and (questions) its problems."""

from __future__ import annotations

import dataclasses

import pytest

from authoring.model import content, errors, locales, objects
from authoring.model.content import Choice, Question

# Documents as Coursesmith stores them (the library format): reading and writing them
# back must give the very same JSON, or opening a library would change it.
STORED = {
    "asset": {"alt": "A red extinguisher", "credit": "Ana", "licence": "CC-BY"},
    "text": {"html": '<p>Pull the <strong>pin</strong>.</p><img src="asset:o1a">'},
    "media": {"asset": "o1a", "alt": "", "caption": "The pin", "transcript": "",
              "captions": "o1b"},
    "callout": {"variant": "warning", "html": "<p>Never use water on oil.</p>"},
    "question": {"type": "single", "prompt": "Which?", "points": 2, "attempts": 1,
                 "feedback_correct": "", "feedback_incorrect": "",
                 "choices": [{"id": "a", "text": "CO2", "correct": True, "feedback": ""},
                             {"id": "b", "text": "Water", "correct": False, "feedback": "No"}],
                 "pairs": []},  # kept from when it was a matching question
    "page": {},
    "lesson": {"description": "Fire basics"},
    "course": {"description": "", "pass_mark": 75.5, "completion": "quiz_passed",
               "navigation": "linear", "attempts": 2, "feedback_correct": "Well done.",
               "feedback_incorrect": ""},
}


@pytest.mark.parametrize("kind", content.KINDS)
def test_stored_json_reads_and_writes_back_unchanged(kind):
    stored = STORED[kind]
    assert content.of(kind, stored).to_data() == stored
    assert content.clean(kind, stored).to_data() == stored  # cleaning what is clean changes nothing


def test_keys_of_a_newer_version_are_kept_through_an_edit(library):
    with library.transaction() as session:
        block = objects.create(session, "text", "T", {"html": "<p>a</p>", "layout": {"wide": True}})
        objects.update(session, block.id, data={"html": "<p>b</p>"})
    with library.transaction() as session:
        assert objects.get(session, block.id).data == {"html": "<p>b</p>", "layout": {"wide": True}}


def test_defaults_fill_what_is_missing():
    assert content.clean("course", {}).to_data() == {
        "description": "", "pass_mark": 80, "completion": "all_pages", "navigation": "free",
        "attempts": 1, "feedback_correct": "", "feedback_incorrect": ""}
    assert content.clean("question", {"type": "true_false"}).to_data()["answer"] is True
    assert content.clean("question", {"type": "fill_in", "answers": [" 42 ", " "]}).answers == ("42",)


def test_typed_content_is_what_objects_store(library):
    with library.transaction() as session:
        question = objects.create(session, "question", "Q", Question(
            prompt="Which agent?", choices=(Choice(text="CO2", correct=True), Choice(text="Water"))))
        assert [c["id"] for c in question.data["choices"]] == ["a", "b"]  # given on the way in
        body = content.of("question", question.data)
        objects.update(session, question.id, data=dataclasses.replace(body, prompt="Which one?"))
    with library.transaction() as session:
        stored = objects.get(session, question.id).data
    assert stored["prompt"] == "Which one?" and stored["choices"][0] == {
        "id": "a", "text": "CO2", "correct": True, "feedback": ""}


def test_typed_content_of_another_kind_is_refused(library):
    with library.transaction() as session:
        block = objects.create(session, "text", "T")
        with pytest.raises(errors.InvalidContentError, match="a text cannot hold the content of a callout"):
            objects.update(session, block.id, data=content.CalloutBlock(html="x"))


def test_switching_question_type_and_back_finds_the_choices_again(library):
    with library.transaction() as session:
        q = objects.create(session, "question", "Q", {
            "prompt": "?", "choices": [{"text": "Yes", "correct": True}, {"text": "No"}]})
        objects.update(session, q.id, data={"type": "matching", "pairs": [
            {"prompt": "A", "match": "1"}, {"prompt": "B", "match": "2"}]})
        objects.update(session, q.id, data={"type": "single"})
        body = content.of("question", objects.get(session, q.id).data)
    assert body.type == "single" and [c.text for c in body.choices] == ["Yes", "No"]
    assert body.problems() == []


def test_a_typed_question_switched_to_another_type_keeps_its_choices():
    single = Question(prompt="?", choices=(Choice(id="a", text="Yes", correct=True),))
    matching = dataclasses.replace(single, type="matching")
    assert matching.to_data()["choices"] == [{"id": "a", "text": "Yes", "correct": True, "feedback": ""}]
    assert matching.to_data()["pairs"] == []


@pytest.mark.parametrize("data, expected", [
    ({"type": "single", "prompt": " ", "choices": [{"text": "a", "correct": True}, {"text": "b"}]},
     ["the question has no text"]),
    ({"type": "single", "prompt": "?", "choices": [{"text": "a"}]},
     ["a choice question needs at least two choices", "no choice is marked correct"]),
    ({"type": "single", "prompt": "?", "choices": [{"text": "a", "correct": True},
                                                   {"text": " ", "correct": True}]},
     ["a choice has no text", "a single-choice question has more than one correct choice"]),
    ({"type": "multiple", "prompt": "?", "choices": [{"text": "a", "correct": True},
                                                     {"text": "b", "correct": True}]}, []),
    ({"type": "fill_in", "prompt": "?"}, ["no accepted answer is given"]),
    ({"type": "matching", "prompt": "?", "pairs": [{"prompt": "a", "match": ""}]},
     ["a matching question needs at least two pairs", "a pair is missing its item or its match"]),
    ({"type": "ordering", "prompt": "?", "items": [{"text": "first"}]},
     ["an ordering question needs at least two items"]),
    ({"type": "true_false", "prompt": "?"}, []),
])
def test_question_problems_in_plain_words(data, expected):
    assert content.of("question", data).problems() == expected


def test_translatable_fields_and_their_translation():
    stored = STORED["question"]
    body = content.of("question", stored)
    assert body.translatable("Quiz") == {
        "prompt": "Which?", "choices.a.text": "CO2", "choices.b.text": "Water",
        "choices.b.feedback": "No"}  # a question's title is not learner text
    assert content.of("lesson", STORED["lesson"]).translatable("Basics") == {
        "title": "Basics", "description": "Fire basics"}
    french = body.translated({"prompt": "Lequel ?", "choices.b.text": "Eau", "title": "Quiz"})
    assert french.prompt == "Lequel ?" and [c.text for c in french.choices] == ["CO2", "Eau"]
    assert body.prompt == "Which?"  # the source is untouched


def test_a_translated_rich_text_is_sanitized(library):
    with library.transaction() as session:
        locales.add_locale(session, "fr")
        block = objects.create(session, "text", "T", {"html": "<p>Hello</p>"})
        row = locales.set_translation(session, block.id, "html", "fr", "<p onclick='x()'>Bonjour</p>")
        assert row.text == "<p>Bonjour</p>"


def test_assets_a_block_shows_and_forgetting_one():
    media = content.of("media", STORED["media"])
    assert media.asset_ids() == ("o1a", "o1b")
    assert media.without_asset("o1b").to_data()["captions"] is None
    text = content.of("text", {"html": '<p><a href="asset:o1a">the form</a><img src="asset:o1a"></p>'})
    assert text.asset_ids() == ("o1a",)
    remaining = text.without_asset("o1a")
    assert remaining.asset_ids() == () and "the form</a></p>" in remaining.html


def test_search_text_is_the_plain_words():
    callout = content.of("callout", STORED["callout"])
    assert callout.search_text() == "Never use water on oil."


def test_rules_of_each_kind_are_checked_on_the_way_in():
    with pytest.raises(errors.InvalidContentError, match="a callout is one of note, tip, warning"):
        content.clean("callout", {"variant": "danger"})
    with pytest.raises(errors.InvalidContentError, match="unknown navigation 'random'"):
        content.clean("course", {"navigation": "random"})
    with pytest.raises(errors.InvalidContentError, match="unknown kind of object: quiz"):
        content.clean("quiz", {})


def test_each_container_says_what_it_holds():
    assert content.CHILD_KINDS == {"page": content.BLOCK_KINDS, "lesson": ("page",),
                                   "course": ("lesson",)}
    assert set(content.QUESTION_TYPE_LABELS) == set(content.QUESTION_TYPES)
