"""What the review build tests share, whatever the browser: the `coursesmith` command line
and the sample course's review build."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from authoring.cli import main
from authoring.model.sample import write_sample

COURSESMITH = [sys.executable, "-m", "authoring"]


def run(*args) -> subprocess.CompletedProcess[str]:
    """`coursesmith ARGS...` as a person runs it: its exit code, stdout and stderr."""
    return subprocess.run([*COURSESMITH, *map(str, args)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})


def sample_review_build(folder: Path) -> tuple[Path, Path]:
    """The sample library in `folder` and its course's review build: (library, build)."""
    library = write_sample(folder / "Fire Safety.cslib")
    course = json.loads(run("list", library, "--kind", "course", "--json").stdout)[0]["id"]
    target = folder / "Fire Safety review.html"
    assert main(["export", str(library), course, "--format", "review", "-o", str(target)]) == 0
    return library, target
