"""The page editor beside the open Preview on a 1366 × 768 laptop: the page reflows to the
width there is (no sideways scrolling, the title in full view), on every page of the sample."""

from __future__ import annotations

from authoring.ui.qt import QPoint
from tests.ui.test_preview import (  # noqa: F401 (fixtures)
    click_page_in_outline, course_pages, open_preview, open_window, sample, sample_file,
)


def test_with_the_preview_open_at_1366_the_page_never_scrolls_sideways(qtbot, sample) -> None:
    _, pages = course_pages(sample)
    window = open_window(qtbot, sample)
    window.resize(1366, 740)  # a 1366 × 768 screen, less the panel
    click_page_in_outline(qtbot, window, pages[0].id)
    qtbot.waitUntil(lambda: window.page_editor.current_page() == pages[0].id, timeout=5000)
    dock, _preview = open_preview(qtbot, window)
    editor = window.page_editor
    assert dock.isVisible() and not dock.isFloating()
    assert editor.width() >= 440, "the preview takes only the editor's spare room"
    for page in pages:
        click_page_in_outline(qtbot, window, page.id)
        qtbot.waitUntil(lambda: editor.current_page() == page.id, timeout=5000)
        qtbot.wait(20)  # laid out
        assert not editor.scroll.horizontalScrollBar().isVisible(), (
            page.title, editor.scroll.viewport().width(), editor.canvas.minimumSizeHint().width())
        title = editor.title
        left = title.mapTo(editor.scroll.viewport(), QPoint(0, 0)).x()
        assert left >= 0 and left + title.width() <= editor.scroll.viewport().width(), page.title
        assert dock.isVisible()  # opening pages keeps the preview in sight
    window.close()
