"""Fixtures of the translation tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from xliff_course import Course, build_course


@pytest.fixture
def course(tmp_path: Path) -> Course:
    return build_course(tmp_path / "Drill.cslib", tmp_path)
