"""Versions as a person reads them: texts under labels, changed words, summaries."""

from __future__ import annotations

from authoring.model import objects, version_view, versions
from authoring.model.library import Library


def make_question(library: Library) -> str:
    with library.transaction() as session:
        question = objects.create(session, "question", "Triangle", {
            "type": "single", "prompt": "<p>What does <b>fire</b> need?</p>",
            "choices": [{"id": "a", "text": "Oxygen", "correct": True}, {"id": "b", "text": "Water"}],
        })
        versions.record(session, question.id, author="Ann")
        objects.update(session, question.id, data={
            "prompt": "<p>What does a fire need besides heat?</p>",
            "choices": [{"id": "a", "text": "Water"}, {"id": "b", "text": "Oxygen", "correct": True}]})
        versions.record(session, question.id, author="Bob")
        return question.id


def test_a_version_reads_as_labelled_text_without_markup(library):
    question = make_question(library)
    with library.transaction() as session:
        first = version_view.readable(session, question, 1)
    assert ("Question", "What does fire need?") in [(line.label, line.text) for line in first.lines]
    assert ("Choice ✓", "Oxygen") in [(line.label, line.text) for line in first.lines]
    assert all("<" not in line.text for line in first.lines)


def test_compare_marks_the_changed_words(library):
    question = make_question(library)
    with library.transaction() as session:
        first, second = (version_view.readable(session, question, n) for n in (1, 2))
    lines = {line.label: line for line in version_view.compare(first, second)}
    prompt = lines["Question"]
    assert [p.text for p in prompt.older if p.change == "removed"] == ["need?"]
    assert [p.text for p in prompt.newer if p.change == "added"] == ["a ", "need besides heat?"]
    assert not lines["Title"].changed


def test_each_version_says_what_it_changed_and_who(library):
    question = make_question(library)
    with library.transaction() as session:
        history = version_view.history(session, question)
    assert [(v.number, v.author) for v in history] == [(2, "Bob"), (1, "Ann")]
    assert history[1].summary == "First version"
    assert history[0].summary.startswith("Changed: Question")
    assert "Choice" in history[0].summary


def test_a_word_change_inside_a_sentence():
    older, newer = version_view.word_changes("Keep fire doors shut.", "Keep fire doors open.")
    assert [(p.change, p.text) for p in older] == [("same", "Keep fire doors "), ("removed", "shut.")]
    assert [(p.change, p.text) for p in newer] == [("same", "Keep fire doors "), ("added", "open.")]
