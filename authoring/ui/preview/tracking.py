"""What the preview's simulated LMS recorded: the Tracking panel's contents, without Qt.

The page's simulated LMS (resources/preview/lms.js) reports each call that changes
something (SCORM 2004 `SetValue`, `Commit`, `Initialize`, `Terminate`) and, with xAPI,
each statement the in-process LRS took. This record keeps them as an LMS would (the data
model's values, the statements in order) and answers what the panel shows: completion,
success, score, location, suspend data and its share of SCORM 1.2's limit, the
interactions.
"""

from __future__ import annotations

import json
import re
from urllib.parse import unquote
from dataclasses import dataclass, field
from typing import Any

SCORM12_SUSPEND_LIMIT = 4096  # characters of cmi.suspend_data in SCORM 1.2
_INTERACTION = re.compile(r"^cmi\.interactions\.(\d+)\.(.+)$")


@dataclass(frozen=True)
class Interaction:
    id: str
    type: str
    learner_response: str
    correct_response: str
    result: str
    description: str = ""


@dataclass
class TrackingRecord:
    """One attempt as the simulated LMS holds it."""

    values: dict[str, str] = field(default_factory=dict)  # SCORM 2004 data model
    statements: list[dict[str, Any]] = field(default_factory=list)  # xAPI, in order
    state: str = "not started"  # not started / running / terminated
    commits: int = 0

    def apply(self, kind: str, data: dict[str, Any]) -> None:
        """One report of the page's LMS (see resources/preview/lms.js)."""
        if kind == "initialize":
            self.state = "running"
        elif kind == "terminate":
            self.state = "terminated"
        elif kind == "set":
            self.values[str(data["name"])] = str(data["value"])
        elif kind == "commit":
            self.commits += 1
        elif kind == "statement":
            self.statements.append(data)

    def restart(self) -> None:
        self.values.clear()
        self.statements.clear()
        self.state = "not started"
        self.commits = 0

    def resume_values(self) -> dict[str, str]:
        """What a relaunch of this attempt starts from (after an edit, the page reloads)."""
        return dict(self.values)

    # ------------------------------------------------------------ what an LMS shows

    @property
    def completion(self) -> str:
        if self.statements:
            return self._from_statements("completed", "completed", "incomplete")
        return self.values.get("cmi.completion_status", "not attempted")

    @property
    def success(self) -> str:
        if self.statements:
            verbs = [_verb(s) for s in self.statements]
            outcome = [v for v in verbs if v in ("passed", "failed")]
            return outcome[-1] if outcome else "unknown"
        return self.values.get("cmi.success_status", "unknown")

    @property
    def score(self) -> float | None:
        """The scaled score as a percentage, None when none was recorded."""
        if self.statements:
            scaled = [s.get("result", {}).get("score", {}).get("scaled") for s in self.statements]
            scaled = [v for v in scaled if isinstance(v, (int, float))]
            return round(scaled[-1] * 100, 2) if scaled else None
        try:
            return round(float(self.values["cmi.score.scaled"]) * 100, 2)
        except (KeyError, ValueError):
            return None

    @property
    def location(self) -> str:
        return self.values.get("cmi.location", "")

    @property
    def suspend_data(self) -> str:
        return self.values.get("cmi.suspend_data", "")

    @property
    def suspend_share(self) -> float:
        """The suspend data's share of SCORM 1.2's 4,096 characters (1.0 = full)."""
        return len(self.suspend_data) / SCORM12_SUSPEND_LIMIT

    def interactions(self) -> list[Interaction]:
        """Every interaction recorded, in order (SCORM 2004 journaling: one per answer)."""
        if self.statements:
            return [self._answered(s) for s in self.statements if _verb(s) == "answered"]
        rows: dict[int, dict[str, str]] = {}
        for name, value in self.values.items():
            match = _INTERACTION.match(name)
            if match:
                rows.setdefault(int(match.group(1)), {})[match.group(2)] = value
        return [Interaction(
            id=row.get("id", ""), type=row.get("type", ""),
            learner_response=row.get("learner_response", ""),
            correct_response=row.get("correct_responses.0.pattern", ""),
            result=row.get("result", ""), description=row.get("description", ""),
        ) for _, row in sorted(rows.items())]

    def _from_statements(self, verb: str, yes: str, no: str) -> str:
        return yes if any(_verb(s) == verb for s in self.statements) else no

    @staticmethod
    def _answered(statement: dict[str, Any]) -> Interaction:
        obj = statement.get("object", {})
        definition = obj.get("definition", {})
        result = statement.get("result", {})
        correct = definition.get("correctResponsesPattern") or [""]
        name = definition.get("description", {})
        return Interaction(
            # the activity IRI ends with the question's id; SCORM's id is "q_" + it
            id="q_" + unquote(str(obj.get("id", "")).rsplit("/", 1)[-1]),
            type=str(definition.get("interactionType", "")),
            learner_response=str(result.get("response", "")),
            correct_response=str(correct[0]),
            result="correct" if result.get("success") else "incorrect",
            description=next(iter(name.values()), "") if isinstance(name, dict) else "",
        )


def _verb(statement: dict[str, Any]) -> str:
    return str(statement.get("verb", {}).get("id", "")).rsplit("/", 1)[-1]


def readable(response: str, labels: dict[str, str]) -> str:
    """A response in the SCORM 2004 / xAPI format ("c1[,]c2", "p1[.]p1") in the words a
    learner read: ids replaced by their text where known."""
    if not response:
        return ""
    parts = []
    for part in response.split("[,]"):
        if "[.]" in part:
            source, target = part.split("[.]", 1)
            left = labels.get(source, source).split(" → ")[0]
            right = labels.get(target, target).split(" → ")[-1]
            parts.append(f"{left} → {right}")
        else:
            parts.append(labels.get(part, part))
    return "; ".join(parts)


def parse_report(message: str) -> tuple[str, dict[str, Any]]:
    """One report from the page: (kind, data); a malformed one is ("", {})."""
    try:
        report = json.loads(message)
        return str(report["kind"]), dict(report.get("data") or {})
    except (ValueError, KeyError, TypeError):
        return "", {}
