"""The live preview: the dock, the tracked player, following the editor, the window.

The player runs in a real QWebEngineView (Chromium, offscreen); clicks go to the view's
focus proxy (the widget Chromium draws into) at the places the page reports for its
elements, as a person's clicks would.
"""

from __future__ import annotations

import json
import subprocess
from contextlib import contextmanager
import sys
from pathlib import Path

import pytest

from authoring.export.resolve import resolve
from authoring.model import objects
from authoring.model.library import Library
from authoring.model.sample import write_sample
from authoring.ui.main_window import QtMainWindow
from authoring.ui.preview.dock import QtPreviewWindow
from authoring.ui.preview.panel import QtTrackingPanel
from authoring.ui.qt import QApplication, QDockWidget, QPoint, Qt

TIMEOUT = 30000  # Chromium's first start on a busy machine


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory) -> Path:
    return write_sample(tmp_path_factory.mktemp("sample") / "Workplace Fire Safety.cslib")


@pytest.fixture
def sample(tmp_path, sample_file) -> Path:
    path = tmp_path / "Workplace Fire Safety.cslib"
    path.write_bytes(sample_file.read_bytes())
    return path


def course_pages(path: Path) -> tuple[str, list]:
    """(course id, its pages as resolved) of the sample."""
    with Library.open(path) as library, library.transaction() as session:
        course = next(o for o in objects.list_objects(session, "course"))
        resolved, _ = resolve(session, course.id, working=True)
        return course.id, list(resolved.pages)


def js(qtbot, preview, code: str):
    """What `code` evaluates to in the preview's page."""
    found = []
    preview.page.runJavaScript(code, 0, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=TIMEOUT)
    return found[0]


def heading(qtbot, preview) -> str:
    return js(qtbot, preview, "(document.querySelector('main h1') || {}).textContent || ''")


def click_element(qtbot, preview, selector: str) -> None:
    """Scroll the element into view, then click its middle with the mouse."""
    where = js(qtbot, preview, f"""(function () {{
        var e = document.querySelector({json.dumps(selector)});
        if (!e) return null;
        e.scrollIntoView({{block: 'center'}});
        var r = e.getBoundingClientRect();
        return (r.left + r.width / 2) + ',' + (r.top + r.height / 2);  // a string: arrays do not cross
    }})()""")
    assert where, f"nothing in the page matches {selector}"
    zoom = preview.view.zoomFactor()
    target = preview.view.focusProxy()
    x, y = (float(n) for n in where.split(","))
    point = QPoint(round(x * zoom), round(y * zoom))
    qtbot.mouseMove(target, point)
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=point)
    qtbot.wait(50)


def single_choice(pages: list):
    """(page, question) of the sample's first single-choice question."""
    page = next(p for p in pages if any(q.type == "single" for q in p.questions))
    return page, next(q for q in page.questions if q.type == "single")


def answer(qtbot, preview, page, question, choice_id: str):
    """On `page` in the preview, click a choice of `question`, then Submit; the Tracking
    panel's interactions table once it shows the answer."""
    qtbot.waitUntil(lambda: heading(qtbot, preview) == page.title, timeout=TIMEOUT)
    form = f"form[data-block='{question.id}']"
    click_element(qtbot, preview, f"{form} input[value='{choice_id}']")
    click_element(qtbot, preview, f"{form} button.cs-submit")
    table = preview.tracking.interactions
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=TIMEOUT)
    return table


@contextmanager
def preview_window(qtbot, path: Path):
    """`coursesmith preview LIB` as a window on the sample's course: (window, its pages)."""
    course_id, pages = course_pages(path)
    with Library.open(path) as library:
        window = QtPreviewWindow(library, course_id)
        qtbot.addWidget(window)
        window.show()
        yield window, pages
        window.close()


def open_window(qtbot, path: Path) -> QtMainWindow:
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.resize(1366, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_page_in_outline(qtbot, window: QtMainWindow, page_id: str) -> None:
    """Open the course and lesson (as a person clicks their arrows), then click the page."""
    outline = window.outline
    model = outline.model
    for level in range(3):  # course, lessons, pages
        for node in list(model.walk()):
            index = model.index_of(node)
            model.ensure_loaded(index)
            outline.view.expand(index)
        if model.find(page_id).isValid():
            break
    index = model.find(page_id)
    outline.view.scrollTo(index)
    qtbot.mouseClick(outline.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=outline.view.visualRect(index).center())


def open_preview(qtbot, window: QtMainWindow):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dock = window.findChild(QDockWidget, "previewDock")
    qtbot.waitUntil(dock.isVisible, timeout=5000)
    preview = dock.widget()
    qtbot.waitUntil(lambda: preview.site is not None, timeout=TIMEOUT)
    return dock, preview


def test_ctrl_shift_p_opens_the_preview_at_the_page_in_the_editor_and_follows(qtbot, sample) -> None:
    _, pages = course_pages(sample)
    window = open_window(qtbot, sample)
    click_page_in_outline(qtbot, window, pages[2].id)
    qtbot.waitUntil(lambda: window.page_editor.current_page() == pages[2].id, timeout=5000)

    dock, preview = open_preview(qtbot, window)

    assert dock.windowTitle() == "Preview"
    tracking = dock.findChild(QtTrackingPanel)
    assert tracking is not None and tracking.title() == "Tracking"
    qtbot.waitUntil(lambda: heading(qtbot, preview) == pages[2].title, timeout=TIMEOUT)
    click_page_in_outline(qtbot, window, pages[4].id)
    qtbot.waitUntil(lambda: heading(qtbot, preview) == pages[4].title, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: tracking.fields["location"].text() == "p4", timeout=TIMEOUT)
    window.close()


def test_a_question_answered_in_the_preview_shows_in_the_tracking_panel(qtbot, sample) -> None:
    _, pages = course_pages(sample)
    page, question = single_choice(pages)
    correct = next(c for c in question.choices if c.correct)
    window = open_window(qtbot, sample)
    click_page_in_outline(qtbot, window, page.id)
    dock, preview = open_preview(qtbot, window)

    table = answer(qtbot, preview, page, question, correct.id)
    row = [table.item(0, column).text() for column in range(table.columnCount())]
    assert row == [question.prompt, correct.text, correct.text, "correct"]
    assert preview.tracking.fields["completion"].text() == "incomplete"
    assert "% of SCORM 1.2's 4,096" in preview.tracking.fields["suspend"].text()
    window.close()


def test_an_edit_shows_in_the_preview_without_a_refresh(qtbot, sample) -> None:
    _, pages = course_pages(sample)
    page = pages[0]
    window = open_window(qtbot, sample)
    click_page_in_outline(qtbot, window, page.id)
    _, preview = open_preview(qtbot, window)
    qtbot.waitUntil(lambda: heading(qtbot, preview) == page.title, timeout=TIMEOUT)
    block = next(b for b in page.blocks if type(b).__name__ == "TextBlock")

    with window.library.transaction() as session:  # what the editor's autosave commits
        obj = objects.get(session, block.id)
        objects.update(session, block.id, data={**obj.data, "html": "<p>Fresh words from the editor.</p>"})

    text = f"(document.querySelector(\"[data-block='{block.id}']\") || {{}}).textContent || ''"
    qtbot.waitUntil(lambda: "Fresh words from the editor." in js(qtbot, preview, text), timeout=TIMEOUT)
    window.close()


def test_restart_attempt_forgets_the_answers(qtbot, sample) -> None:
    with preview_window(qtbot, sample) as (window, _):
        preview = window.preview
        qtbot.waitUntil(lambda: preview.tracking.fields["location"].text() == "p0", timeout=TIMEOUT)
        click_element(qtbot, preview, "#cs-next")
        qtbot.waitUntil(lambda: preview.tracking.fields["location"].text() == "p1", timeout=TIMEOUT)
        qtbot.mouseClick(preview.restart_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: preview.tracking.fields["location"].text() == "p0", timeout=TIMEOUT)
        window.close()


def test_the_preview_window_is_titled_with_the_course(qtbot, sample) -> None:
    with preview_window(qtbot, sample) as (window, _):
        assert window.windowTitle() == "Preview — Workplace Fire Safety"
        assert window.findChild(QtTrackingPanel).title() == "Tracking"
        window.close()


def test_the_locale_switch_lists_every_locale(qtbot, sample) -> None:
    with preview_window(qtbot, sample) as (window, pages):
        combo = window.preview.locales
        assert [combo.itemData(n) for n in range(combo.count())] == ["en", "fr"]
        qtbot.waitUntil(lambda: heading(qtbot, window.preview) == pages[0].title, timeout=TIMEOUT)
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: js(qtbot, window.preview, "document.documentElement.lang") == "fr",
                        timeout=TIMEOUT)
        window.close()


def _cli(*args: str):
    return subprocess.run([sys.executable, "-m", "authoring.cli", *args], capture_output=True,
                          text=True, timeout=120, env={**__import__("os").environ,
                                                       "QT_QPA_PLATFORM": "offscreen"})


def test_preview_of_a_course_that_does_not_exist_is_one_error_line(sample) -> None:
    result = _cli("preview", str(sample), "No such course")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "coursesmith: error: no course with the id or title 'No such course'; "
        "see `coursesmith list LIB --kind course`"]


def test_preview_in_a_locale_the_library_lacks_is_one_error_line(sample) -> None:
    result = _cli("preview", str(sample), "--locale", "de")
    assert result.returncode == 1
    assert result.stderr.strip() == "coursesmith: error: the library has no locale 'de'; it has en, fr"


def test_with_xapi_the_statements_show_in_order(qtbot, sample) -> None:
    with preview_window(qtbot, sample) as (window, pages):
        page, question = single_choice(pages)
        wrong = next(c for c in question.choices if not c.correct)
        preview = window.preview
        preview.standards.setFocus()
        qtbot.keyClick(preview.standards, Qt.Key.Key_Down)  # SCORM 2004 LMS -> xAPI LRS
        statements = preview.tracking.statements
        qtbot.waitUntil(lambda: statements.isVisible() and statements.count() >= 2, timeout=TIMEOUT)
        assert statements.item(0).text().startswith("initialized")
        preview.follow(page.id)
        table = answer(qtbot, preview, page, question, wrong.id)
        assert [table.item(0, c).text() for c in (0, 1, 3)] == [question.prompt, wrong.text, "incorrect"]
        lines = [statements.item(n).text() for n in range(statements.count())]
        assert any(line.startswith("answered") for line in lines)
        window.close()
