"""Rules a question must follow before it can go into a package.

A question a learner cannot answer correctly (no correct choice, nothing to match) would
be a support ticket, so these are export errors, not warnings. The editor shows the same
messages while the designer works.
"""

from __future__ import annotations

from typing import Any


def question_problems(data: dict[str, Any]) -> list[str]:
    """Plain-words problems of one question's content; empty when it can be exported."""
    problems = []
    if not (data.get("prompt") or "").strip():
        problems.append("the question has no text")
    qtype = data.get("type")
    choices = data.get("choices") or []
    correct = [c for c in choices if c.get("correct")]
    if qtype in ("single", "multiple"):
        if len(choices) < 2:
            problems.append("a choice question needs at least two choices")
        if any(not (c.get("text") or "").strip() for c in choices):
            problems.append("a choice has no text")
        if not correct:
            problems.append("no choice is marked correct")
        elif qtype == "single" and len(correct) > 1:
            problems.append("a single-choice question has more than one correct choice")
    if qtype == "fill_in" and not data.get("answers"):
        problems.append("no accepted answer is given")
    if qtype == "matching":
        pairs = data.get("pairs") or []
        if len(pairs) < 2:
            problems.append("a matching question needs at least two pairs")
        if any(not p.get("prompt") or not p.get("match") for p in pairs):
            problems.append("a pair is missing its item or its match")
    if qtype == "ordering" and len(data.get("items") or []) < 2:
        problems.append("an ordering question needs at least two items")
    return problems
