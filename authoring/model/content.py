"""What each kind of learning object holds, and the rules its content must follow.

One JSON document per object (`LearningObject.data`). This module is the only place that
knows its shape per kind: defaults, cleaning (rich text sanitized, ids given to choices),
the fields a translator sees, the text search indexes, and the assets a block shows.
"""

from __future__ import annotations

import copy
import re
import string
from typing import Any

from authoring.model import errors
from authoring.model.sanitize import clean_html, html_to_text

BLOCK_KINDS = ("text", "media", "callout", "question")
CHILD_KINDS = {"course": ("lesson",), "lesson": ("page",), "page": BLOCK_KINDS}
QUESTION_TYPES = ("single", "multiple", "true_false", "fill_in", "matching", "ordering")
CALLOUT_VARIANTS = ("note", "tip", "warning")
COMPLETION_RULES = ("all_pages", "quiz_passed")
NAVIGATION_MODES = ("free", "linear")
_ASSET_SRC = re.compile(r"""(?:src|href)=["']asset:([a-z0-9]+)["']""")

_DEFAULTS: dict[str, dict[str, Any]] = {
    "asset": {"alt": "", "credit": "", "licence": ""},
    "text": {"html": ""},
    "media": {"asset": None, "alt": "", "caption": "", "transcript": "", "captions": None},
    "callout": {"variant": "note", "html": ""},
    "question": {
        "type": "single", "prompt": "", "points": 1, "attempts": 1,
        "feedback_correct": "", "feedback_incorrect": "",
    },
    "page": {},
    "lesson": {"description": ""},
    "course": {
        "description": "", "pass_mark": 80, "completion": "all_pages", "navigation": "free",
    },
}
_QUESTION_PARTS = {
    "single": "choices", "multiple": "choices", "matching": "pairs", "ordering": "items",
}


def default_data(kind: str) -> dict[str, Any]:
    return copy.deepcopy(_DEFAULTS[kind])


def clean_data(kind: str, data: dict[str, Any] | None) -> dict[str, Any]:
    """Defaults filled in, rich text sanitized, structure checked; raises on nonsense."""
    if kind not in _DEFAULTS:
        raise errors.InvalidContentError(f"unknown kind of object: {kind}")
    result = default_data(kind)
    result.update(copy.deepcopy(data or {}))
    for key in ("html",):
        if key in result:
            result[key] = clean_html(result[key])
    if kind == "callout" and result["variant"] not in CALLOUT_VARIANTS:
        raise errors.InvalidContentError(
            f"a callout is one of {', '.join(CALLOUT_VARIANTS)}, not '{result['variant']}'"
        )
    if kind == "course":
        _clean_course(result)
    if kind == "question":
        _clean_question(result)
    return result


def _clean_course(data: dict[str, Any]) -> None:
    mark = data["pass_mark"]
    if not isinstance(mark, (int, float)) or not 0 <= mark <= 100:
        raise errors.InvalidContentError(f"a pass mark is a percentage 0-100, not {mark!r}")
    if data["completion"] not in COMPLETION_RULES:
        raise errors.InvalidContentError(f"unknown completion rule '{data['completion']}'")
    if data["navigation"] not in NAVIGATION_MODES:
        raise errors.InvalidContentError(f"unknown navigation '{data['navigation']}'")


def _clean_question(data: dict[str, Any]) -> None:
    qtype = data["type"]
    if qtype not in QUESTION_TYPES:
        raise errors.InvalidContentError(
            f"unknown question type '{qtype}'; use one of {', '.join(QUESTION_TYPES)}"
        )
    points, attempts = data["points"], data["attempts"]
    if not isinstance(points, (int, float)) or points < 0:
        raise errors.InvalidContentError(f"points must be 0 or more, not {points!r}")
    if not isinstance(attempts, int) or attempts < 1:
        raise errors.InvalidContentError(f"attempts must be 1 or more, not {attempts!r}")
    part = _QUESTION_PARTS.get(qtype)
    if part:
        data[part] = _with_ids(data.get(part) or [])
    if qtype == "true_false":
        data["answer"] = bool(data.get("answer", True))
    if qtype == "fill_in":
        answers = data.get("answers") or []
        data["answers"] = [str(a).strip() for a in answers if str(a).strip()]
        data["case_sensitive"] = bool(data.get("case_sensitive", False))
    if qtype == "multiple" or qtype == "single":
        for choice in data["choices"]:
            choice["correct"] = bool(choice.get("correct", False))
            choice.setdefault("feedback", "")


def _with_ids(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give every choice / pair / item a short id that stays when others move."""
    taken = {item.get("id") for item in items if item.get("id")}
    spare = (letter for letter in _id_sequence() if letter not in taken)
    result = []
    for item in items:
        item = dict(item)
        if not item.get("id"):
            item["id"] = next(spare)
        result.append(item)
    return result


def _id_sequence():
    yield from string.ascii_lowercase
    number = 1
    while True:
        yield f"x{number}"
        number += 1


def translatable_fields(kind: str, title: str, data: dict[str, Any]) -> dict[str, str]:
    """field name -> source text, for every non-empty string a learner reads."""
    fields: dict[str, str] = {}
    if kind in ("page", "lesson", "course"):
        fields["title"] = title
    for key in ("html", "alt", "caption", "transcript", "description", "prompt",
                "feedback_correct", "feedback_incorrect"):
        if isinstance(data.get(key), str):
            fields[key] = data[key]
    if kind == "question":
        for choice in data.get("choices", []):
            fields[f"choices.{choice['id']}.text"] = choice.get("text", "")
            fields[f"choices.{choice['id']}.feedback"] = choice.get("feedback", "")
        for pair in data.get("pairs", []):
            fields[f"pairs.{pair['id']}.prompt"] = pair.get("prompt", "")
            fields[f"pairs.{pair['id']}.match"] = pair.get("match", "")
        for item in data.get("items", []):
            fields[f"items.{item['id']}.text"] = item.get("text", "")
        if data.get("type") == "fill_in":
            fields["answers"] = "\n".join(data.get("answers", []))
    return {field: text for field, text in fields.items() if text and text.strip()}


def apply_translations(
    kind: str, title: str, data: dict[str, Any], translated: dict[str, str]
) -> tuple[str, dict[str, Any]]:
    """The title and data as a learner of a target locale reads them; untranslated
    fields keep their source text."""
    data = copy.deepcopy(data)
    for field, text in translated.items():
        if field == "title":
            title = text
        elif field == "answers":
            data["answers"] = [line for line in text.splitlines() if line.strip()]
        elif "." in field:
            part, item_id, key = field.split(".", 2)
            for item in data.get(part, []):
                if item.get("id") == item_id:
                    item[key] = text
        else:
            data[field] = text
    return title, data


def searchable_text(kind: str, title: str, data: dict[str, Any]) -> str:
    """The words of an object that search should find, in the source locale."""
    fields = translatable_fields(kind, title, data)
    fields.pop("title", None)
    return " ".join(html_to_text(text) for text in fields.values())


def asset_refs(kind: str, data: dict[str, Any]) -> list[str]:
    """Ids of the assets this object shows, in order, without repeats."""
    refs: list[str] = []
    if kind == "media":
        refs += [data.get("asset"), data.get("captions")]
    for key in ("html",):
        refs += _ASSET_SRC.findall(data.get(key) or "")
    return list(dict.fromkeys(ref for ref in refs if ref))
