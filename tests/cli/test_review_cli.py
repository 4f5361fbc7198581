"""`coursesmith review import` and `coursesmith comments` as scripts use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from authoring.cli import main


def run(*args) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "authoring", *map(str, args)], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONWARNINGS": "ignore"})


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "Fire Safety.cslib"
    assert main(["init", str(path)]) == 0
    return path


def test_comments_of_an_empty_library_and_of_an_unknown_object(lib: Path) -> None:
    empty = run("comments", lib, "--json")
    assert (empty.returncode, json.loads(empty.stdout)) == (0, [])
    unknown = run("comments", lib, "--object", "o0000nothing0000")
    assert unknown.returncode == 1 and unknown.stderr.startswith("coursesmith: error: ")
    assert unknown.stderr.count("\n") == 1
    assert run("comments", lib, "--status", "closed").returncode == 2


def test_review_import_reports_each_file_and_exits_1_when_one_is_refused(lib: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.csreview"
    other.write_text(json.dumps({"format": "coursesmith-review", "version": 1, "library": "x",
                                 "build": "b", "course": "c", "locale": "en", "reviewer": "R",
                                 "verdict": None, "comments": []}), "utf-8")
    word = tmp_path / "notes.pdf"
    word.write_bytes(b"%PDF-1.4")
    result = run("review", "import", lib, other, word)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"refused {other}: it was made from another library; import it into the library the "
        "review build was exported from",
        f"refused {word}: not a review file: expected a .csreview file (Save comments in a review "
        "build) or a reviewed Word document (.docx)",
    ]
    assert result.stderr == "coursesmith: error: 2 of 2 files were refused; nothing was imported\n"
