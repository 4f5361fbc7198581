"""Hostile-input tests: the helpers they share (a real child process, a dead process id)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from authoring.model.library import Library

COURSESMITH = [sys.executable, "-m", "authoring"]


def run(*args: str | bytes | os.PathLike, timeout: float = 120, env: dict | None = None,
        ) -> subprocess.CompletedProcess[bytes]:
    """The real command in a child process, its output as bytes (names may be any bytes)."""
    return subprocess.run(
        [*COURSESMITH, *args], capture_output=True, timeout=timeout,
        env={**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})},
    )


def dead_pid() -> int:
    """A process id that no running process has."""
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid -= 1


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "Hostile.cslib"
    Library.create(path, "en").close()
    return path


@pytest.fixture
def small_course(library: Library, tmp_path: Path):
    from tests.export.conftest import build_small_course

    return build_small_course(library, tmp_path)


@pytest.fixture(autouse=True)
def _image_cache(tmp_path_factory, monkeypatch) -> None:
    """Each test run gets its own processed-image cache, never the user's."""
    monkeypatch.setenv("COURSESMITH_CACHE", str(tmp_path_factory.mktemp("cache")))
