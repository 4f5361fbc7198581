"""Real drags of library items onto the page and the outline, through Qt's own drag
machinery on a real X server (Xvfb): see `real_display`."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.model import objects
from authoring.model.library import Library
from authoring.ui.qt import QPoint
from tests.ui.real_display import needs_x, real_drag, run_under_xvfb


def test_real_drags_under_xvfb(tmp_path) -> None:
    run_under_xvfb(__file__, tmp_path)


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
