"""How long a learner's saved progress (`cmi.suspend_data`) can grow, from the player's
configuration, counted the way player.js writes it (`encodeState`).

SCORM 1.2 keeps at most 4,096 characters. The player writes compact progress (the page,
a bitset of pages seen, per question its attempts, result and answer as indices), and
when even that does not fit, it leaves out the answers of the earliest questions (their
results stay). `longest()` is the length when a learner has answered every question
with the longest answer each can take, so `validate` can say before any learner finds
out that a course cannot be resumed completely in SCORM 1.2.
"""

from __future__ import annotations

import math
from typing import Any

SCORM12_LIMIT = 4096
FILL_MAX = 80  # player.js keeps a fill-in answer to its first 80 characters
FINGERPRINT = 4  # player.js: base 36, four characters at most


def base36_length(number: int) -> int:
    return max(1, math.ceil(math.log(number + 1, 36))) if number > 0 else 1


def _sequence_length(count: int, values: int) -> int:
    """player.js `seq`: one base-36 digit each when every value fits one, else dot-separated."""
    if values <= 36:
        return count
    return sum(base36_length(value) for value in range(count)) + max(0, count - 1)


def answer_length(question: dict[str, Any]) -> int:
    kind = question.get("type")
    if kind == "single":
        return base36_length(max(0, len(question.get("choices", [])) - 1))
    if kind == "multiple":
        return base36_length(2 ** len(question.get("choices", [])) - 1)
    if kind == "true_false":
        return 1
    if kind == "fill_in":
        return FILL_MAX
    if kind == "matching":
        pairs = len(question.get("pairs", []))
        return _sequence_length(pairs, pairs + 1)
    items = len(question.get("items", []))
    return _sequence_length(items, items)


def longest(config: dict[str, Any]) -> int:
    """The length of the suspend data when every question has been answered, each with
    its longest answer (fill-in: 80 characters), on its last attempt."""
    pages = config.get("pages", [])
    seen_bytes = math.ceil(len(pages) / 8)
    head = len("1;") + FINGERPRINT + 1 + base36_length(len(pages)) + 1 + math.ceil(seen_bytes * 4 / 3)
    questions = config.get("questions", {})
    keys = [key for page in pages for key in page.get("questions", [])]
    entries = [len(str(questions[key].get("attempts", 1))) + 1 + answer_length(questions[key])
               for key in keys if key in questions]
    return head + 1 + sum(entries) + max(0, len(entries) - 1) + len(";c")


def scorm12_problem(config: dict[str, Any], page: str) -> str | None:
    """The plain-words problem when a SCORM 1.2 unit's progress may not fit, else None."""
    length = longest(config)
    if length <= SCORM12_LIMIT:
        return None
    title = config.get("unit", {}).get("title") or page
    return (f"{page}: a learner who answers every question of '{title}' saves up to "
            f"{length:,} characters of progress, over SCORM 1.2's {SCORM12_LIMIT:,}; on resume "
            "the earliest answers would come back without their choices (results are kept). "
            "Export as SCORM 2004, or with one SCO per lesson")


def unit_configs(package) -> dict[str, dict[str, Any]]:
    """The player configuration of each page at the package's root (page name → config)."""
    import json
    import re

    found = {}
    for name in package.names:
        if "/" in name or not name.endswith(".html"):
            continue
        match = re.search(rb'<script type="application/json" id="cs-config">(.*?)</script>',
                          package.read(name), re.S)
        if match:
            try:
                found[name] = json.loads(match.group(1))
            except ValueError:
                continue  # not ours, or damaged: other checks say so
    return found


def scorm12_problems(package) -> list[str]:
    return [problem for name, config in sorted(unit_configs(package).items())
            if (problem := scorm12_problem(config, name)) is not None]
