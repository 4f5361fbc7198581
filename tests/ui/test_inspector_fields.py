"""The inspector's fields as a designer reads them."""

from __future__ import annotations

from authoring.model import objects
from authoring.ui.qt import Qt

from tests.ui.test_main_window import open_window

LONG = "Keep walkways clear. Cables across floors cause falls, so tape them down"


def test_a_long_title_shows_its_first_words(qtbot, lib_path) -> None:
    """Seen by hand: the Title field showed "…walkways clear. Cables across floors…",
    scrolled to its end, so the designer could not read what the object was."""
    window = open_window(qtbot, lib_path)
    qtbot.waitExposed(window)
    with window.library.transaction() as session:
        block = objects.create(session, "text", LONG, {"html": f"<p>{LONG}</p>"})
    view = window.browser.view
    window.browser.search.setFocus()
    qtbot.keyClicks(window.browser.search, "Cables across floors")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)  # only this block matches
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(0, 0)).center())
    title = window.inspector.title
    qtbot.waitUntil(lambda: title.text() == LONG, timeout=5000)
    assert not title.hasFocus()
    assert title.cursorPosition() == 0
    assert title.cursorRect().left() < 10  # drawn from its first letter
