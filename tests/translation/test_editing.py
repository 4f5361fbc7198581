"""Targets typed in the app: inline codes as numbered tokens, kept or refused whole."""

from __future__ import annotations

import pytest

from authoring.model.errors import InvalidContentError
from authoring.model.locales import Status
from authoring.model.translation import inline
from authoring.model.translation.editing import editable, stored_text
from authoring.model.translation.units import Unit

SOURCE = '<p>Leave by the <strong>nearest</strong> <a href="/exit">exit</a>.<br></p>'


def _unit(source: str, kind: str) -> Unit:
    return Unit("x:f", "x", "f", kind, source, "hash", None, Status.MISSING, "here")


def test_rich_text_shows_its_codes_as_tokens_and_gets_its_markup_back() -> None:
    assert editable(SOURCE, inline.RICH) == "<1>Leave by the <2>nearest</2> <3>exit</3>.<4/></1>"
    typed = "<1>Über den <3>Ausgang</3> <2>nächsten</2> & raus.<4/></1>"
    assert stored_text(typed, _unit(SOURCE, inline.RICH)) == \
        '<p>Über den <a href="/exit">Ausgang</a> <strong>nächsten</strong> &amp; raus.<br></p>'


@pytest.mark.parametrize("typed, problem", [
    ("<1>Raus.</1>", "inline code 2 is missing"),
    ("<1><2>a</2><3>b</3><4/><5/></1>", "inline code 5 is not in the source"),
    ("<1><2>a<3>b</3></2><4/></1>", "inline code 3 is nested differently"),
    ("<1><2>a</1></2>", "closes code 1 where it is not open"),
    ("<1><2>a</2><3>b</3><4/>", "code 1 is opened but never closed"),
    ("<1><2></2><3></3><4/></1>", "the translation is empty"),
])
def test_a_target_that_breaks_the_codes_is_refused(typed: str, problem: str) -> None:
    with pytest.raises(InvalidContentError, match=problem):
        stored_text(typed, _unit(SOURCE, inline.RICH))


def test_templates_keep_their_placeholders_in_any_order() -> None:
    unit = _unit("Page {n} of {total}", inline.TEMPLATE)
    assert editable(unit.source, unit.kind) == unit.source
    assert stored_text("{total} Seiten, Seite {n}", unit) == "{total} Seiten, Seite {n}"
    with pytest.raises(InvalidContentError, match=r"placeholder \{m\} is not in the source"):
        stored_text("Seite {m} von {total}", unit)


def test_plain_text_is_stored_as_typed() -> None:
    assert stored_text("a < b", _unit("a < b", inline.PLAIN)) == "a < b"
