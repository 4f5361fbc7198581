"""Real drags, through Qt's own drag machinery, on a real X server (Xvfb).

Qt's offscreen platform has no drag and drop: `QDrag.exec` returns at once there. So a
test file of real drags has one outer test that starts an Xvfb of its own and runs the
file's other tests again in a child pytest on the `xcb` platform (`run_under_xvfb`),
where `QDrag.exec` runs its loop and the moves and the release (scheduled before the
drag starts, `real_drag`) go through it, as a hand's would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from authoring.ui.qt import QApplication, QPoint, Qt, QTimer

ON_X = os.environ.get("COURSESMITH_REAL_DISPLAY") == "1"
needs_x = pytest.mark.skipif(not ON_X, reason="runs inside the file's test under Xvfb")
ROOT = Path(__file__).resolve().parents[2]


def run_under_xvfb(test_file: str, cwd: Path, keyword: str = "not under_xvfb") -> None:
    """Run TEST_FILE's tests matching KEYWORD in a child pytest on a fresh Xvfb; fail
    with the child's output unless they all pass (none skipped)."""
    if ON_X:
        pytest.skip("this is the child run")
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is needed for real drags (scripts/test.sh installs it)"
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as stream:
            display = stream.readline().strip()
        path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb",
               "COURSESMITH_REAL_DISPLAY": "1", "PYTHONPATH": path}
        run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                              test_file, "-k", keyword], env=env, cwd=cwd,
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
        assert " passed" in run.stdout and "skipped" not in run.stdout.splitlines()[-1], run.stdout
    finally:
        server.terminate()
        server.wait(10)


def real_drag(qtbot, source, start: QPoint, target, end: QPoint, during=None) -> None:
    """Press on `start` in `source`, move past the drag distance (the widget starts its
    QDrag, which runs its own loop), then move over `target` and release there.
    DURING, if given, is called once the pointer is over the target, before the release
    (the drag is still in progress: a screenshot of the drop indicator)."""
    from PySide6.QtTest import QTest

    distance = QApplication.startDragDistance() + 5

    def over_target(step: int = 0) -> None:
        QTest.mouseMove(target, end + QPoint(0, step - 3))
        if step < 3:
            QTimer.singleShot(40, lambda: over_target(step + 1))
        else:
            QTimer.singleShot(40, release)

    def release() -> None:
        if during is not None:
            during()
        QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)

    QTest.mousePress(source, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTimer.singleShot(80, over_target)
    QTest.mouseMove(source, start + QPoint(distance // 2, 1))
    QTest.mouseMove(source, start + QPoint(distance, distance))  # the drag starts here
    qtbot.wait(50)
