"""Full-text search: what a person types finds objects, best first, and never fails."""

from __future__ import annotations

import random
import string

import pytest

from authoring.model import locales, objects, search, workflow
from authoring.model.search import MARK_END, MARK_START


@pytest.fixture
def corpus(library):
    """A few objects about fire safety; returns their ids by a short name."""
    with library.transaction() as session:
        locales.add_locale(session, "fr")
        made = {
            "body": objects.create(session, "text", "Introduction", {
                "html": "<p>Every office has a <strong>fire extinguisher</strong> near the exit.</p>",
            }, tags=["Safety"]),
            "title": objects.create(session, "page", "Extinguisher basics"),
            "callout": objects.create(session, "callout", "Remember", {
                "variant": "warning", "html": "<p>Never use water on an electrical fire.</p>",
            }, tags=["safety", "electrical"]),
            "question": objects.create(session, "question", "Quiz", {
                "prompt": "Which extinguishing agent suits an electrical fire?",
                "choices": [{"text": "Carbon dioxide", "correct": True}, {"text": "Water"}],
            }),
            "other": objects.create(session, "text", "Lunch", {"html": "<p>The canteen opens at noon.</p>"}),
        }
        ids = {name: obj.id for name, obj in made.items()}
        locales.set_translation(session, ids["body"], "html", "fr",
                                "<p>Chaque bureau a un extincteur près de la sortie.</p>")
    return ids


def _ids(hits) -> list[str]:
    return [hit.id for hit in hits]


def test_hits_have_snippets_with_markers(library, corpus):
    with library.transaction() as session:
        hits = search.search(session, "canteen")
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.id, hit.kind, hit.title, hit.locale) == (corpus["other"], "text", "Lunch", "en")
    assert f"{MARK_START}canteen{MARK_END}" in hit.snippet
    assert "<p>" not in hit.snippet  # the index holds words, not markup


def test_title_match_ranks_above_body_match(library, corpus):
    with library.transaction() as session:
        hits = search.search(session, "extinguisher")
    assert _ids(hits) == [corpus["title"], corpus["body"]]
    assert MARK_START + "Extinguisher" + MARK_END in hits[0].snippet


def test_all_words_must_match(library, corpus):
    with library.transaction() as session:
        assert set(_ids(search.search(session, "electrical fire"))) == {corpus["callout"], corpus["question"]}
        assert _ids(search.search(session, "electrical water never")) == [corpus["callout"]]
        assert search.search(session, "electrical canteen") == []


def test_filters(library, corpus):
    with library.transaction() as session:
        workflow.set_state(session, corpus["question"], "in_review")
        assert _ids(search.search(session, "electrical", kind="question")) == [corpus["question"]]
        assert _ids(search.search(session, "electrical", kind="callout")) == [corpus["callout"]]
        assert _ids(search.search(session, "electrical", state="in_review")) == [corpus["question"]]
        assert _ids(search.search(session, "electrical", state="draft")) == [corpus["callout"]]
        assert set(_ids(search.search(session, "fire", tag="SAFETY "))) == {corpus["body"], corpus["callout"]}
        assert _ids(search.search(session, "fire", tag="electrical")) == [corpus["callout"]]
        assert search.search(session, "fire", tag="nonexistent") == []
        assert _ids(search.search(session, "extinguisher", locale="en", kind="text")) == [corpus["body"]]
        assert search.search(session, "extinguisher", locale="fr") == []


def test_tags_are_searchable(library, corpus):
    with library.transaction() as session:
        assert _ids(search.search(session, "electrical", kind="callout")) == [corpus["callout"]]
        objects.set_tags(session, corpus["other"], ["cafeteria"])
        assert _ids(search.search(session, "cafeteria")) == [corpus["other"]]


def test_translated_word_is_found_in_its_locale(library, corpus):
    with library.transaction() as session:
        hits = search.search(session, "extincteur")
        assert [(h.id, h.locale) for h in hits] == [(corpus["body"], "fr")]
        assert f"{MARK_START}extincteur{MARK_END}" in hits[0].snippet
        assert _ids(search.search(session, "extincteur", locale="fr")) == [corpus["body"]]
        assert search.search(session, "extincteur", locale="en") == []


def test_diacritics_are_ignored(library, corpus):
    with library.transaction() as session:
        # "près" in the French text
        assert _ids(search.search(session, "pres")) == [corpus["body"]]


def test_prefix_search(library, corpus):
    with library.transaction() as session:
        found = set(_ids(search.search(session, "extin*")))
        assert found == {corpus["title"], corpus["body"], corpus["question"]}
        assert search.search(session, "extin") == []


def test_quoted_phrase(library, corpus):
    with library.transaction() as session:
        assert _ids(search.search(session, '"fire extinguisher"')) == [corpus["body"]]
        assert search.search(session, '"extinguisher fire"') == []
        assert set(_ids(search.search(session, '"electrical fire"'))) == {corpus["callout"], corpus["question"]}
        assert _ids(search.search(session, '"electrical fire" never')) == [corpus["callout"]]


NASTY = [
    "", " ", "-", "--", ":", "(", ")", "()", '"', '""', '"""', "'", "AND", "OR", "NOT", "NEAR",
    "NEAR(", "NEAR(fire", "fire AND", "AND fire", "fire OR", "fire NOT", "*", "**", "fire*", "*fire",
    "^fire", "fire:", "title:fire", "title : fire", "{title}: fire", "+", "fire -water", '"fire',
    'fire"', '"fire" "', 'a"b"c', "\\", "\x00", "%", "_", "fire_", "🔥", "🔥 fire", "ä", "\u0301",
    "½", "fire\nwater", "\t", "[", "]", "[fire]", "SELECT * FROM objects", "'; DROP TABLE objects; --",
    "x" * 5000, "fire " * 200, "NEAR(fire water, 2)", "fire + water", "f*i*r*e", "'fire'",
]


def test_odd_input_never_raises(library, corpus):
    failures = []
    with library.transaction() as session:
        for query in NASTY:
            try:
                assert isinstance(search.search(session, query), list)
            except Exception as error:  # report every failing input at once
                failures.append(f"{query[:40]!r}: {type(error).__name__}: {error}")
    assert failures == []


def test_random_input_never_raises(library, corpus):
    alphabet = string.ascii_letters + string.digits + string.punctuation + " \t\"*()-:^éß中🔥"
    rng = random.Random(20240601)
    with library.transaction() as session:
        for _ in range(400):
            query = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 25)))
            search.search(session, query)


def test_operators_typed_are_plain_words(library, corpus):
    with library.transaction() as session:
        note = objects.create(session, "text", "Note", {"html": "<p>Fire OR smoke NEAR doors</p>"})
        assert _ids(search.search(session, "smoke OR")) == [note.id]
        assert _ids(search.search(session, "NEAR(doors")) == [note.id]
        assert _ids(search.search(session, "fire NOT water")) == []


def test_edits_are_reflected_at_once(library, corpus):
    with library.transaction() as session:
        objects.update(session, corpus["other"], data={"html": "<p>The cafeteria opens at noon.</p>"})
        assert search.search(session, "canteen") == []
        assert _ids(search.search(session, "cafeteria")) == [corpus["other"]]
        objects.rename(session, corpus["other"], "Midday meal")
        assert _ids(search.search(session, "midday")) == [corpus["other"]]
        locales.set_translation(session, corpus["other"], "html", "fr", "<p>La cantine ouvre à midi.</p>")
        assert [(h.id, h.locale) for h in search.search(session, "cantine")] == [(corpus["other"], "fr")]
        locales.set_translation(session, corpus["other"], "html", "fr", "<p>Le réfectoire ouvre à midi.</p>")
        assert search.search(session, "cantine") == []
        assert _ids(search.search(session, "refectoire")) == [corpus["other"]]


def test_trashed_objects_are_not_found_and_restored_ones_are(library, corpus):
    with library.transaction() as session:
        objects.trash(session, corpus["other"])
        assert search.search(session, "canteen") == []
        objects.restore(session, corpus["other"])
        assert _ids(search.search(session, "canteen")) == [corpus["other"]]


def test_search_survives_reopening(library, corpus):
    from authoring.model.library import Library

    path = library.path
    library.close()
    with Library.open(path) as reopened:
        with reopened.transaction() as session:
            assert _ids(search.search(session, "canteen")) == [corpus["other"]]


def test_limit(library):
    with library.transaction() as session:
        for i in range(12):
            objects.create(session, "text", f"Block {i}", {"html": "<p>evacuation route</p>"})
        assert len(search.search(session, "evacuation")) == 12
        assert len(search.search(session, "evacuation", limit=5)) == 5


def test_a_common_filter_still_finds_older_matches_beyond_the_ranking_window(library, monkeypatch):
    """Filters on common facets are applied to the newest matches; when those hold too
    few, the search asks FTS5 to filter instead, so old matches are not lost."""
    from authoring.model import objects, search

    monkeypatch.setattr(search, "RANK_WINDOW", 5)
    with library.transaction() as s:
        old = [objects.create(s, "callout", f"Old {i}", {"html": "<p>fire doors</p>"}).id for i in range(2)]
        for i in range(12):
            objects.create(s, "text", f"New {i}", {"html": "<p>fire drill</p>"})
        search.catch_up(s)  # the index follows at commit (or a search); read it now
        assert search._share(s, "xxkcallout") > search.COMMON_FILTER_SHARE
        hits = search.search(s, "fire", kind="callout")
    assert sorted(hit.id for hit in hits) == sorted(old)


def _snippet_word_by_word(text: str, terms) -> str:
    """The snippet rule written plainly (every word folded and compared): the reference
    the fast snippet must agree with."""
    words = list(search._WORD.finditer(text))
    exact = {search._fold(w) for t in terms for w in (t.words if not t.prefix else t.words[:-1])}
    prefixes = [search._fold(t.words[-1]) for t in terms if t.prefix]

    def matches(word: str) -> bool:
        folded = search._fold(word)
        return folded in exact or any(folded.startswith(p) for p in prefixes)

    hits = [i for i, w in enumerate(words) if matches(w.group())]
    if not hits:
        return ""
    first = max(0, min(hits[0] - search.SNIPPET_WORDS // 3, len(words) - search.SNIPPET_WORDS))
    last = min(len(words), first + search.SNIPPET_WORDS)
    start, end = words[first].start(), words[last - 1].end()
    pieces, cursor = [], start
    for i in range(first, last):
        if i in hits:
            pieces += [text[cursor:words[i].start()], MARK_START, words[i].group(), MARK_END]
            cursor = words[i].end()
    pieces.append(text[cursor:end])
    return ("…" if start > 0 else "") + "".join(pieces) + ("…" if end < len(text) else "")


def test_snippets_mark_the_same_words_as_comparing_word_by_word():
    """Snippets find the first match in ASCII text with a pattern instead of folding every
    word: what a person sees must not change (case, prefixes, underscores, digits,
    accents, words that contain a query word)."""
    rng = random.Random(7)
    vocabulary = ["fire", "Fire", "FIRE", "fireman", "bonfire", "fire_exit", "exit", "Exit",
                  "door", "doors", "été", "Été", "ete", "straße", "strasse", "x2", "2x", "a", "ab",
                  "Œuvre", "œuvres", "ﬁre", "ＦＩＲＥ", "½", "1⁄2", "１", "ǅ", "İstanbul", "ς", "Σ",
                  "naïve", "NAÏVE", "＿", "_x", "日本", "€"]
    separators = [" ", " ", ", ", ". ", "-", "'", "\n", " (", ") ", "_ ", " … ", "’", "\u0301 ", "＿"]
    for _ in range(6000):
        text = "".join(rng.choice(vocabulary) + rng.choice(separators)
                       for _ in range(rng.randrange(0, 30)))
        query = " ".join(rng.choice(vocabulary) + ("*" if rng.random() < 0.3 else "")
                         for _ in range(rng.randrange(1, 3)))
        if rng.random() < 0.2:
            query = f'"{query}"'
        terms = search.parse(query)
        assert search.snippet(text, terms) == _snippet_word_by_word(text, terms), (text, query)
