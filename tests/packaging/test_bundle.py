"""The Linux desktop bundle as a designer gets it: built from this tree, unpacked on a
fresh HOME with no Python on PATH, run, installed in the menu, opened from a .cslib file,
uninstalled. packaging/smoke.sh does the checking (see there); this runs it in the suite,
so CI builds and smoke-tests the bundle."""

from __future__ import annotations

import platform
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
ARCHIVE = ROOT / "dist" / f"Coursesmith-{VERSION}-linux-{platform.machine()}.tar.gz"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built on Linux"),
]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1500)


def test_the_bundle_builds_runs_opens_libraries_installs_and_uninstalls() -> None:
    build = run("bash", "packaging/build-linux.sh")
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    assert ARCHIVE.exists()

    smoke = run("bash", "packaging/smoke.sh", str(ARCHIVE))
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr[-4000:]
    checks = [line for line in smoke.stdout.splitlines() if line.startswith("ok: ")]
    assert checks[0].startswith(f"ok: unpacked {ARCHIVE.name}")
    assert checks[1:] == [
        "ok: every bundled binary finds its libraries",
        "ok: command line: sample, init, import (2 files), list, search, info, export (5 formats), validate",
        "ok: a Hindi course exports with its Devanagari font subset (fontTools in the bundle)",
        "ok: the app showed 'Workplace Fire Safety — Coursesmith'",
        "ok: installed: menu entry, icons, *.cslib (by name and by contents) opens with coursesmith.desktop",
        "ok: the menu entry opened the app",
        "ok: opening 'Fire Drill.cslib' from the desktop showed 'Fire Drill — Coursesmith'",
        "ok: uninstall.sh removed everything install.sh added",
    ]
    assert smoke.stdout.rstrip().endswith(f"smoke test passed: {ARCHIVE.name}")
