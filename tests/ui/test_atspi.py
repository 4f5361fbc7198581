"""The real app under Xvfb, read through AT-SPI (what Orca reads on Linux): its window
is there and no interactive control lacks a name."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from authoring.model.sample import write_sample

HERE = Path(__file__).parent
COURSESMITH = Path(sys.executable).parent / "coursesmith"
NEEDS = ["Xvfb", "dbus-run-session", "/usr/libexec/at-spi-bus-launcher"]

pytestmark = pytest.mark.slow


@pytest.fixture
def display():
    """A private Xvfb on the first free display from :150 (-noreset: the server stays as it
    is when a client leaves, as a desktop's does)."""
    missing = [tool for tool in NEEDS if not shutil.which(tool) and not Path(tool).exists()]
    assert not missing, f"bash scripts/test.sh installs {missing}"
    number = next(n for n in range(150, 250)
                  if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-noreset", "-nolisten", "tcp",
                               "-screen", "0", "1366x768x24"], stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(100):
        if socket.exists():
            break
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait()


def test_every_control_of_the_real_window_has_a_name_through_atspi(display, tmp_path):
    library = tmp_path / "Fire Safety.cslib"
    write_sample(library)
    env = {**os.environ, "DISPLAY": display, "COURSESMITH_CONFIG_DIR": str(tmp_path / "config")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(["dbus-run-session", "--", str(HERE / "atspi_session.sh"), str(COURSESMITH),
                           str(library)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    tree = json.loads(done.stdout.strip().splitlines()[-1])
    assert "Fire Safety — Coursesmith" in tree["windows"]
    assert tree["controls"] >= 20, tree  # the outline, the library, its filters, the toolbar…
    assert tree["unnamed"] == []
