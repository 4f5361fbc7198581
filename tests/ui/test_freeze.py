"""The window never freezes while long work runs (a 300-page course).

A timer on the window's thread beats every 5 ms; the largest gap between two beats is how
long the window could not repaint or take a key press. It is measured while files are
imported, a course is exported (File menu, the real dialogs) and the big course is opened
in the outline and the page editor. The figures are printed (`pytest -s`).

The goal is 100 ms (what a person does not notice); a timed unit test on a shared machine
cannot hold a goal that tight (any other program's load shows in the gaps), so the test
fails on a freeze a person would notice, FREEZE_MS, and the figures against the goal are
the benchmark's to report (README, "Benchmarks").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from authoring.model import assets, objects
from authoring.model.library import Library
from authoring.ui import app, operations, settings
from authoring.ui.main_window import QtMainWindow
from authoring.ui.qt import QApplication, QLineEdit, Qt

pytestmark = pytest.mark.slow

PAGES, LESSONS, PICTURES = 300, 10, 20
FREEZE_MS = 250  # a freeze a person notices; the goal is 100 ms (see above)
GOAL_MS = 100
_TEXT = ("<h2>{title}</h2><p>Fire needs heat, fuel and oxygen: take one away and it goes out. "
         "Page {n} explains what that means at work.</p><ul><li>Keep exits clear</li>"
         "<li>Know the assembly point</li></ul><p>Report hazards to the fire warden.</p>")


def _build_course(session, pictures: list[Path]) -> str:
    picture_ids = [assets.import_file(session, path).object_id for path in pictures]
    lessons = []
    for lesson_number in range(LESSONS):
        pages = []
        for n in range(lesson_number * PAGES // LESSONS, (lesson_number + 1) * PAGES // LESSONS):
            title = f"Page {n + 1}"
            blocks = [objects.create(session, "text", title, {"html": _TEXT.format(title=title, n=n)}).id,
                      objects.create(session, "question", f"Check {n + 1}", {
                          "type": "single", "prompt": "Which one puts out an electrical fire?",
                          "choices": [{"text": "CO2", "correct": True}, {"text": "Water"}]}).id]
            if n % 5 == 0:
                asset = picture_ids[n // 5 % len(picture_ids)]
                blocks.append(objects.create(session, "media", "Picture",
                                             {"asset": asset, "alt": "A fire exit"}).id)
            pages.append(objects.create(session, "page", title, children=blocks).id)
        lessons.append(objects.create(session, "lesson", f"Lesson {lesson_number + 1}",
                                      children=pages).id)
    return objects.create(session, "course", "Big Course", children=lessons).id


@pytest.fixture(scope="module")
def big_library(tmp_path_factory) -> Path:
    """A library with one course of 300 pages (900 blocks, 20 photos), built once."""
    from PIL import Image

    folder = tmp_path_factory.mktemp("big")
    pictures = [folder / f"photo-{n:02}.jpg" for n in range(PICTURES)]
    for n, path in enumerate(pictures):  # noise: as hard to shrink as a photo
        Image.effect_noise((1200, 900), 30 + n).convert("RGB").save(path, "JPEG", quality=85)
    path = folder / "Big.cslib"
    with Library.create(path) as library, library.transaction() as session:
        _build_course(session, pictures)
    return path


@pytest.fixture
def window(qtbot, big_library, tmp_path) -> QtMainWindow:
    path = tmp_path / "Big.cslib"
    shutil.copy(big_library, path)
    window = app.open_window(path)  # as `coursesmith open` does
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def report(what: str, heartbeat) -> None:
    print(f"\nlargest GUI-thread gap while {what}: {heartbeat.largest_ms} ms "
          f"(wall clock, other programs' load included: {heartbeat.largest_wall_ms} ms; goal {GOAL_MS} ms)")


def test_the_window_answers_while_files_are_imported(qtbot, gestures, heartbeat, window, images) -> None:
    names = [images.jpeg(f"new-{n:02}.jpg", size=(1600, 1200), seed=100 + n).name for n in range(30)]
    settings.set_import_folder([str(images.folder / names[0])])
    gestures.choose_files(names, then=heartbeat.start)
    with qtbot.waitSignal(window.browser.import_finished, timeout=120000) as finished:
        gestures.menu(window, "File", "Import files…")
    qtbot.waitUntil(lambda: operations.running() == 0)
    largest = heartbeat.stop()
    report("importing 30 photos into the 300-page library", heartbeat)
    assert [o.status for o in finished.args[0]] == ["imported"] * 30
    assert heartbeat.beats > 20 and largest <= FREEZE_MS


def _start_export(qtbot, gestures, window, target: Path, label: str, fmt: str) -> None:
    """File › Export…, the format chosen by typing the `label` the list shows."""
    gestures.menu(window, "File", "Export…")
    dialog = gestures.modal("Export a course")
    combo = dialog.format
    gestures.click(combo)
    qtbot.waitUntil(combo.view().isVisible)  # the list drops down: type the name, Return
    qtbot.keyClicks(combo.view(), label)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentData() == fmt
    field = dialog.findChild(QLineEdit)
    gestures.click(field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, str(target))
    gestures.click(dialog.export_button)


def test_the_window_answers_while_the_course_exports(qtbot, gestures, heartbeat, window, tmp_path) -> None:
    target = tmp_path / "big-course.zip"
    _start_export(qtbot, gestures, window, target, "SCORM 2004", "scorm2004")
    heartbeat.start()
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=300000)
    largest = heartbeat.stop()
    report("exporting the 300-page course as SCORM 2004", heartbeat)
    assert target.stat().st_size > 100_000
    result = next(w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Package exported")
    result.close()  # the export's result: size, Show in folder, Validate, Preview
    assert heartbeat.beats > 20 and largest <= FREEZE_MS


def test_an_export_can_be_cancelled_and_writes_no_package(qtbot, gestures, window, tmp_path) -> None:
    from authoring.ui.qt import QPushButton

    target = tmp_path / "big-course.zip"
    _start_export(qtbot, gestures, window, target, "Plain HTML", "html")
    progress = gestures.modal("Exporting")
    gestures.click(progress.findChild(QPushButton))  # Cancel
    assert progress.text.text() == "Cancelling…"
    qtbot.waitUntil(lambda: operations.running() == 0, timeout=300000)
    assert not target.exists() and list(tmp_path.glob("*.zip*")) == []
    assert "Exported" not in window.statusBar().currentMessage()


def test_the_window_answers_while_the_big_course_opens(qtbot, gestures, heartbeat, window) -> None:
    outline, view = window.outline, window.outline.view
    model = outline.model

    def open_row(index) -> None:
        """Click a row (scrolled into view), and open its branch with the Right key."""
        view.scrollTo(index)
        gestures.click(view.viewport(), view.visualRect(index).center())
        gestures.key(view.viewport(), Qt.Key.Key_Right)

    heartbeat.start()
    course = model.index(0, 0)
    open_row(course)
    qtbot.waitUntil(lambda: model.rowCount(course) == LESSONS)
    for lesson_row in range(LESSONS):
        lesson = model.index(lesson_row, 0, course)
        open_row(lesson)
        qtbot.waitUntil(lambda: model.rowCount(lesson) == PAGES // LESSONS)
    for lesson_row, page_row, title in ((LESSONS - 1, PAGES // LESSONS - 1, f"Page {PAGES}"),
                                        (0, 0, "Page 1")):
        open_row(model.index(page_row, 0, model.index(lesson_row, 0, course)))
        qtbot.waitUntil(lambda: window.page_editor.title.text() == title)
        assert window.inspector.title.text() == title
    qtbot.wait(200)  # the picture of page 1 arrives from its reader thread
    largest = heartbeat.stop()
    report("opening the 300-page course (outline, pages, inspector)", heartbeat)
    assert len(window.page_editor.block_editors()) == 3
    assert heartbeat.beats > 20 and largest <= FREEZE_MS
