"""Debian's Firefox ESR driven by puppeteer-core (npm) over WebDriver BiDi, from the tests.

Playwright drives only its own Firefox build (a download), so the Firefox tests run a Node
script (`tests/e2e/firefox/*.mjs`) that does a person's gestures in `/usr/bin/firefox-esr`
and writes what it saw as JSON; the test asserts on that. scripts/test.sh installs
firefox-esr (apt) and puppeteer-core (`npm ci`)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from .harness import NODE_MODULES

FIREFOX = Path("/usr/bin/firefox-esr")
PUPPETEER = NODE_MODULES / "puppeteer-core"
SCRIPTS = Path(__file__).resolve().parent / "firefox"


def missing_firefox() -> str | None:
    """Why the Firefox tests cannot run here, or None."""
    if not FIREFOX.exists():
        return f"{FIREFOX} is missing (scripts/test.sh installs Debian firefox-esr)"
    if shutil.which("node") is None:
        return "node is missing (scripts/test.sh installs it)"
    if not PUPPETEER.exists():
        return f"{PUPPETEER} is missing (run `npm ci` at the repo root, or scripts/test.sh)"
    return None


class Drive:
    """`node tests/e2e/firefox/SCRIPT.mjs ARGS... --report FILE`, started at once: a scenario
    runs in its own Firefox while the next one starts (two Firefoxes at once take less
    time than one after the other: most of a run is waiting)."""

    def __init__(self, script: str, *args: Any, work: Path) -> None:
        work.mkdir(parents=True, exist_ok=True)
        self.script = script
        self.path = work / "report.json"
        self.process = subprocess.Popen(
            ["node", str(SCRIPTS / script), *map(str, args), "--report", str(self.path)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=work)

    def report(self, timeout: float = 240) -> dict[str, Any]:
        """What the script saw (a step that failed is in it as `error`, with its stack)."""
        try:
            output, _ = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            output, _ = self.process.communicate()
        if not self.path.exists():
            raise AssertionError(f"{self.script} wrote no report (exit {self.process.returncode}):\n{output}")
        return json.loads(self.path.read_text("utf-8"))
