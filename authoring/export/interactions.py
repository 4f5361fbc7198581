"""Questions as the tracking standards call them: interactions.

The model owns the question types (`authoring.model.content.QUESTION_TYPES`); this module
owns what each one is in SCORM and xAPI (the two share the vocabulary), and the correct
responses in the SCORM 2004 / xAPI format. The player's config (render.py) and `tincan.xml`
(formats/xapi.py) both read them here; the adapters get the type from the player's config
and never map question types themselves.
"""

from __future__ import annotations

import re
from typing import Any

from authoring.export import resolved as r

# One entry per question type of the model (a test keeps the two in step).
INTERACTION_TYPES: dict[str, str] = {
    "single": "choice", "multiple": "choice", "true_false": "true-false",
    "fill_in": "fill-in", "matching": "matching", "ordering": "sequencing",
}


def interaction_type(question: r.Question) -> str:
    return INTERACTION_TYPES[question.type]


def correct_response(question: r.Question) -> list[Any]:
    """The correct response in the player's neutral shape (ids; each adapter formats it):
    choice ids, ["true"] or ["false"], the accepted answers, [pair id, pair id] per pair,
    item ids in order."""
    if question.type in ("single", "multiple"):
        return [c.id for c in question.choices if c.correct]
    if question.type == "true_false":
        return ["true" if question.answer else "false"]
    if question.type == "fill_in":
        return list(question.answers)
    if question.type == "matching":
        return [[p.id, p.id] for p in question.pairs]
    return [item.id for item in question.items]


def correct_patterns(question: r.Question) -> list[str]:
    """xAPI `correctResponsesPattern` of a question (the SCORM 2004 response formats)."""
    if question.type in ("single", "multiple"):
        return ["[,]".join(c.id for c in question.choices if c.correct)]
    if question.type == "true_false":
        return ["true" if question.answer else "false"]
    if question.type == "fill_in":
        prefix = "{case_matters=true}" if question.case_sensitive else ""
        return [prefix + _plain(answer) for answer in question.answers]
    if question.type == "matching":
        return ["[,]".join(f"{p.id}[.]{p.id}" for p in question.pairs)]
    return ["[,]".join(item.id for item in question.items)]


def _plain(text: str) -> str:
    """A fill-in answer as the adapters write it: no delimiters ("[,]"...), no leading "{"."""
    text = re.sub(r"[\r\n\t]+", " ", text)
    text = re.sub(r"\[([,.:])\]", r"(\1)", text)
    return re.sub(r"^\{", "(", text)[:4000]
