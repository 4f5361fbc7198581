"""Blocks on a page, and a question's rows, reordered by a real drag of their grips
(Qt's own `QDrag`, on Xvfb: see `real_display`): the order in the library after the
drop, one Undo puts it back, and the preview (the exported player) shows the new order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from authoring.export.preview import render_site
from authoring.model import objects
from authoring.model.library import Library
from authoring.ui.qt import QPoint
from tests.ui.real_display import needs_x, real_drag, run_under_xvfb

WORDS = ("Alpha words", "Bravo words", "Charlie words")


def test_real_reorder_drags_under_xvfb(tmp_path) -> None:
    run_under_xvfb(__file__, tmp_path)


# --------------------------------------------------------------------- child run


@pytest.fixture
def lib_path(tmp_path) -> Path:
    path = tmp_path / "Reorder.cslib"
    library = Library.create(path)
    with library.transaction() as s:
        texts = [objects.create(s, "text", text, {"html": f"<p>{text}</p>"}) for text in WORDS]
        question = objects.create(s, "question", "Pick", {
            "type": "single", "prompt": "Which one?",
            "choices": [{"text": "First choice", "correct": True}, {"text": "Second choice"},
                        {"text": "Third choice"}]})
        page = objects.create(s, "page", "Three blocks", children=[t.id for t in texts])
        quiz = objects.create(s, "page", "Quiz", children=[question.id])
        lesson = objects.create(s, "lesson", "Lesson", children=[page.id, quiz.id])
        objects.create(s, "course", "Reorder course", children=[lesson.id])
        path.with_suffix(".ids").write_text(" ".join([page.id, quiz.id, question.id]
                                                     + [t.id for t in texts]))
    library.close()
    return path


def ids_of(path: Path) -> dict[str, str]:
    page, quiz, question, *texts = path.with_suffix(".ids").read_text().split()
    return {"page": page, "quiz": quiz, "question": question, **dict(zip(WORDS, texts))}


def children(library: Library, parent_id: str) -> list[str]:
    with library.transaction() as session:
        return [ref.id for ref in objects.children(session, parent_id)]


def order_in_preview(library: Library, texts: tuple[str, ...]) -> list[str]:
    """TEXTS in the order the player (as exported) shows them."""
    site = render_site(library, "Reorder course")
    shown = "".join(data.decode("utf-8", "replace") for data in site.files.values())
    return sorted(texts, key=shown.index)


@pytest.fixture
def window(qtbot, lib_path):
    from authoring.ui.main_window import QtMainWindow

    window = QtMainWindow(Library.open(lib_path))
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def grip_of(editor):
    return editor.header.grip


def on_canvas(window, editor, fraction: float) -> QPoint:
    """A point of the canvas at FRACTION of EDITOR's height, over its middle."""
    canvas = window.page_editor.canvas
    return editor.mapTo(canvas, QPoint(editor.width() // 2, int(editor.height() * fraction)))


def shot(name: str):
    """A screenshot of the screen while the drag is still in progress (if asked for)."""
    folder = os.environ.get("COURSESMITH_SHOTS")
    if not folder:
        return None

    def take() -> None:
        from authoring.ui.qt import QApplication

        QApplication.primaryScreen().grabWindow(0).save(str(Path(folder) / name))
    return take


@needs_x
def test_a_block_dragged_by_its_grip_above_the_first_goes_first(qtbot, window, lib_path) -> None:
    ids = ids_of(lib_path)
    window.show_page(ids["page"])
    editors = window.page_editor.block_editors()
    grip = grip_of(editors[2])
    assert grip.accessibleName() == "Drag to move this block"
    real_drag(qtbot, grip, grip.rect().center(), window.page_editor.canvas,
              on_canvas(window, editors[0], 0.2), during=shot("drag-block.png"))
    moved = [ids["Charlie words"], ids["Alpha words"], ids["Bravo words"]]
    qtbot.waitUntil(lambda: children(window.library, ids["page"]) == moved, timeout=5000)
    assert [e.block_id for e in window.page_editor.block_editors()] == moved
    assert not window.page_editor.canvas.indicator.isVisible()
    assert order_in_preview(window.library, WORDS) == ["Charlie words", "Alpha words", "Bravo words"]
    assert window.undo_stack.undoText() == "Move block"
    window.undo_action.trigger()
    assert children(window.library, ids["page"]) == [ids[w] for w in WORDS]
    assert order_in_preview(window.library, WORDS) == list(WORDS)


@needs_x
def test_a_block_dropped_over_the_text_of_the_last_goes_after_it(qtbot, window, lib_path) -> None:
    ids = ids_of(lib_path)
    window.show_page(ids["page"])
    editors = window.page_editor.block_editors()
    real_drag(qtbot, grip_of(editors[0]), grip_of(editors[0]).rect().center(),
              window.page_editor.canvas, on_canvas(window, editors[2], 0.8))
    moved = [ids["Bravo words"], ids["Charlie words"], ids["Alpha words"]]
    qtbot.waitUntil(lambda: children(window.library, ids["page"]) == moved, timeout=5000)
    assert window.undo_stack.count() == 1  # one step
