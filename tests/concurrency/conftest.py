"""Running drivers and the command line as separate processes, as two programs would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).with_name("driver.py")


def start_driver(*args: object, **popen) -> subprocess.Popen:
    """The driver in a process of its own; stdout lines are what it committed."""
    return subprocess.Popen([sys.executable, str(DRIVER), *map(str, args)], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


def start_cli(*args: object, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "authoring.cli", *map(str, args)], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})


def run_cli(*args: object, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    process = start_cli(*args, env=env)
    out, err = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)
