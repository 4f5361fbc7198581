"""The axe-core and xAPI validation helpers on tiny inputs."""

from __future__ import annotations

import pytest

from .axe import axe_violations, describe
from .conftest import missing_node_tools
from .harness import XAPI_VALIDATION
from .xapi_validate import validate_statements

pytestmark = pytest.mark.e2e


def test_axe_finds_an_unlabeled_input(page):
    page.set_content(
        '<!DOCTYPE html><html lang="en"><head><title>Form</title></head>'
        '<body><main><h1>Form</h1><input type="text"></main></body></html>'
    )
    violations = axe_violations(page)
    assert "label" in [v["id"] for v in violations], describe(violations)


def test_axe_passes_a_clean_page_in_a_frame(lms, tmp_path):
    folder = tmp_path / "clean"
    folder.mkdir()
    (folder / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Clean</title></head>'
        '<body><main><h1>Clean</h1><label for="n">Name</label> <input id="n" type="text">'
        "</main></body></html>",
        encoding="utf-8",
    )
    session = lms.launch(folder, standard="scorm12", wait_for_initialize=False)
    session.frame.wait_for_load_state()
    violations = axe_violations(session.frame)
    assert violations == [], describe(violations)


GOOD = {
    "id": "6fa459ea-ee8a-4ca4-894e-db77e160355e",
    "actor": {"objectType": "Agent", "name": "Test Learner", "mbox": "mailto:learner@example.com"},
    "verb": {"id": "http://adlnet.gov/expapi/verbs/passed", "display": {"en-US": "passed"}},
    "object": {"objectType": "Activity", "id": "https://example.com/courses/c1"},
    "result": {"score": {"scaled": 0.8, "raw": 80, "min": 0, "max": 100}, "success": True},
    "timestamp": "2024-05-01T10:00:00.000Z",
}


@pytest.fixture
def node_tools():
    reason = missing_node_tools(XAPI_VALIDATION)
    if reason:
        pytest.skip(reason)


def test_xapi_good_statement_has_no_problems(node_tools):
    assert validate_statements([GOOD]) == []


def test_xapi_bad_statements_are_reported(node_tools):
    bad_id = {**GOOD, "id": "not-a-uuid"}
    bad_score = {**GOOD, "result": {"score": {"scaled": 1.5}}}
    problems = validate_statements([GOOD, bad_id, bad_score])
    assert len(problems) == 2, problems
    assert problems[0].startswith("statement 1: statement.id:") and "UUID" in problems[0]
    assert problems[1].startswith("statement 2: statement.result.score.scaled:")
