"""Real drags, through Qt's own drag machinery, on a real X server (Xvfb).

Qt's offscreen platform has no drag and drop: `QDrag.exec` returns at once there. So the
outer test starts an Xvfb of its own and runs the tests of this file again in a child
pytest on the `xcb` platform, where `QDrag.exec` runs its loop and the moves and the
release (scheduled before the drag starts) go through it, as a hand's would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from authoring.model import objects
from authoring.model.library import Library
from authoring.ui.qt import QApplication, QPoint, Qt, QTimer

ON_X = os.environ.get("COURSESMITH_REAL_DISPLAY") == "1"
needs_x = pytest.mark.skipif(not ON_X, reason="runs inside test_real_drags_under_xvfb")


def test_real_drags_under_xvfb(tmp_path) -> None:
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
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb",
               "COURSESMITH_REAL_DISPLAY": "1"}
        run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                              __file__, "-k", "not under_xvfb"], env=env, cwd=tmp_path,
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
        assert " passed" in run.stdout and "skipped" not in run.stdout.splitlines()[-1], run.stdout
    finally:
        server.terminate()
        server.wait(10)


# --------------------------------------------------------------------- child run


@pytest.fixture
def lib_path(tmp_path) -> Path:
    path = tmp_path / "Reuse.cslib"
    library = Library.create(path)
    with library.transaction() as s:
        tip = objects.create(s, "callout", "Shared tip", {"variant": "tip", "html": "<p>Tip</p>"})
        first = objects.create(s, "text", "First words", {"html": "<p>First</p>"})
        loose = objects.create(s, "page", "Loose page", children=[tip.id])
        page = objects.create(s, "page", "Fire triangle", children=[first.id])
        lesson = objects.create(s, "lesson", "Understanding fire", children=[page.id])
        course = objects.create(s, "course", "Fire Safety", children=[lesson.id])
        path.with_suffix(".ids").write_text(" ".join([tip.id, first.id, loose.id, page.id,
                                                      lesson.id, course.id]))
    library.close()
    return path


def ids_of(path: Path) -> dict[str, str]:
    return dict(zip(("tip", "first", "loose", "page", "lesson", "course"),
                    path.with_suffix(".ids").read_text().split()))


def children(library: Library, parent_id: str) -> list[str]:
    with library.transaction() as session:
        return [ref.id for ref in objects.children(session, parent_id)]


@pytest.fixture
def window(qtbot, lib_path):
    from authoring.ui.main_window import QtMainWindow

    window = QtMainWindow(Library.open(lib_path))
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def real_drag(qtbot, source, start: QPoint, target, end: QPoint) -> None:
    """Press on `start` in `source`, move past the drag distance (the view starts its
    QDrag, which runs its own loop), then move over `target` and release there."""
    from PySide6.QtTest import QTest

    distance = QApplication.startDragDistance() + 5

    def over_target(step: int = 0) -> None:
        QTest.mouseMove(target, end + QPoint(0, step - 3))
        if step < 3:
            QTimer.singleShot(40, lambda: over_target(step + 1))
        else:
            QTimer.singleShot(40, lambda: QTest.mouseRelease(
                target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end))

    QTest.mousePress(source, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTimer.singleShot(80, over_target)
    QTest.mouseMove(source, start + QPoint(distance // 2, 1))
    QTest.mouseMove(source, start + QPoint(distance, distance))  # the drag starts here
    qtbot.wait(50)


def browser_point(window, object_id: str) -> QPoint:
    view = window.browser.view
    index = window.browser.model.index(window.browser.model.ids().index(object_id))
    view.scrollTo(index)
    return view.visualRect(index).center()


@needs_x
@pytest.mark.parametrize("mode", ["list", "grid"])
def test_a_library_item_dragged_onto_the_page_goes_in_by_reference(qtbot, window, lib_path, mode) -> None:
    ids = ids_of(lib_path)
    window.set_browser_mode(mode)
    window.show_page(ids["page"])
    canvas = window.page_editor.canvas
    real_drag(qtbot, window.browser.view.viewport(), browser_point(window, ids["tip"]),
              canvas, QPoint(canvas.width() // 2, canvas.height() - 10))
    qtbot.waitUntil(lambda: children(window.library, ids["page"]) == [ids["first"], ids["tip"]],
                    timeout=5000)
    assert [e.block_id for e in window.page_editor.block_editors()] == [ids["first"], ids["tip"]]
    assert children(window.library, ids["loose"]) == [ids["tip"]]  # shared, not moved or copied
    window.undo_action.trigger()
    assert children(window.library, ids["page"]) == [ids["first"]]


@needs_x
@pytest.mark.parametrize("mode", ["list", "grid"])
def test_a_library_page_dragged_onto_a_lesson_in_the_outline_joins_it(qtbot, window, lib_path, mode) -> None:
    ids = ids_of(lib_path)
    window.set_browser_mode(mode)
    outline = window.outline.view
    lesson = window.outline.select(ids["lesson"], ids["course"])
    outline.expand(lesson)
    end = outline.visualRect(lesson).center()
    assert outline.indexAt(end).data() == "Understanding fire"
    real_drag(qtbot, window.browser.view.viewport(), browser_point(window, ids["loose"]),
              outline.viewport(), end)
    qtbot.waitUntil(lambda: children(window.library, ids["lesson"]) == [ids["page"], ids["loose"]],
                    timeout=5000)
    assert window.outline.model.find(ids["loose"], ids["lesson"]).isValid()
