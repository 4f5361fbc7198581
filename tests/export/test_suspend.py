"""A learner's progress in SCORM 1.2 (4,096 characters of suspend data): a course of 100
pages and 150 questions of every type resumes completely, and `validate` says when a
course's progress may not fit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from authoring.export.export import export_course
from authoring.export.suspend import SCORM12_LIMIT, longest
from authoring.export.validate import validate_package
from authoring.model.library import Library

from bench.bench_suspend import build_course, run_codec, unit_config

needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="bash scripts/test.sh installs nodejs")


def exported(library: Library, tmp_path: Path, pages: int, questions: int):
    course = build_course(library, pages, questions)
    return export_course(library, course, "scorm12", tmp_path / "course.zip")


@needs_node
def test_100_pages_and_150_questions_resume_completely_within_4096(library, tmp_path):
    result = exported(library, tmp_path, 100, 150)
    package = result.path
    assert result.warnings == []
    config = unit_config(package)
    figures = run_codec(config, SCORM12_LIMIT)
    assert figures["answered"] == 150
    assert figures["restored"] == 150, figures
    assert figures["length"] <= SCORM12_LIMIT
    # validate's estimate is the player's own count (the course's fingerprint may take
    # fewer than its four characters)
    assert longest(config) - 3 <= figures["length"] <= longest(config)
    assert validate_package(package).ok


@needs_node
def test_a_course_whose_progress_cannot_fit_is_reported_by_validate(library, tmp_path):
    result = exported(library, tmp_path, 20, 300)  # 50 fill-in answers of 80 characters
    package = result.path
    assert any("over SCORM 1.2's 4,096" in w.message for w in result.warnings), "the export warns"
    config = unit_config(package)
    figures = run_codec(config, SCORM12_LIMIT)
    assert figures["restored"] < figures["answered"], "the player had to leave answers out"
    assert longest(config) > SCORM12_LIMIT
    report = validate_package(package)
    assert any("over SCORM 1.2's 4,096" in problem and "SCORM 2004" in problem for problem in report.problems)
