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
ROWS = {"single": ("choices", "text", ("Choice one", "Choice two", "Choice three")),
        "ordering": ("items", "text", ("Item one", "Item two", "Item three")),
        "matching": ("pairs", "prompt", ("Pair one", "Pair two", "Pair three"))}
QUESTIONS = {
    "single": {"type": "single", "prompt": "Which one?", "choices": [
        {"text": "Choice one", "correct": True}, {"text": "Choice two"}, {"text": "Choice three"}]},
    "ordering": {"type": "ordering", "prompt": "Put in order", "items": [
        {"text": "Item one"}, {"text": "Item two"}, {"text": "Item three"}]},
    "matching": {"type": "matching", "prompt": "Match them", "pairs": [
        {"prompt": "Pair one", "match": "One"}, {"prompt": "Pair two", "match": "Two"},
        {"prompt": "Pair three", "match": "Three"}]},
}


def test_real_reorder_drags_under_xvfb(tmp_path) -> None:
    run_under_xvfb(__file__, tmp_path)


# --------------------------------------------------------------------- child run


@pytest.fixture
def lib_path(tmp_path) -> Path:
    path = tmp_path / "Reorder.cslib"
    library = Library.create(path)
    with library.transaction() as s:
        texts = [objects.create(s, "text", text, {"html": f"<p>{text}</p>"}) for text in WORDS]
        questions = [objects.create(s, "question", qtype, data) for qtype, data in QUESTIONS.items()]
        page = objects.create(s, "page", "Three blocks", children=[t.id for t in texts])
        quiz = objects.create(s, "page", "Quiz", children=[q.id for q in questions])
        lesson = objects.create(s, "lesson", "Lesson", children=[page.id, quiz.id])
        objects.create(s, "course", "Reorder course", children=[lesson.id])
        path.with_suffix(".ids").write_text(" ".join([page.id, quiz.id] + [t.id for t in texts]))
    library.close()
    return path


def ids_of(path: Path) -> dict[str, str]:
    page, quiz, *texts = path.with_suffix(".ids").read_text().split()
    return {"page": page, "quiz": quiz, **dict(zip(WORDS, texts))}


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


def row_texts(library: Library, question_id: str, qtype: str) -> list[str]:
    part, key, _texts = ROWS[qtype]
    with library.transaction() as session:
        return [row[key] for row in objects.get(session, question_id).data[part]]


@needs_x
@pytest.mark.parametrize("qtype", list(ROWS))
def test_a_row_dragged_by_its_grip_moves_within_its_question(qtbot, window, lib_path, qtype) -> None:
    ids = ids_of(lib_path)
    window.show_page(ids["quiz"])
    editor = next(e for e in window.page_editor.block_editors() if e.view.data["type"] == qtype)
    rows = {"single": editor.single, "ordering": editor.items, "matching": editor.pairs}[qtype]
    qtbot.wait(50)  # laid out
    window.page_editor.scroll.ensureWidgetVisible(rows, 0, 120)
    qtbot.wait(50)
    grip = rows.grid.itemAtPosition(2, 0).widget()
    assert grip.accessibleName().startswith("Drag to move") and grip.accessibleName().endswith(" 3")
    first = rows.row_fields(0)[0]
    end = first.mapTo(rows, QPoint(first.width() // 2, 2))
    real_drag(qtbot, grip, grip.rect().center(), rows, end,
              during=shot(f"drag-{qtype}.png"))
    texts = ROWS[qtype][2]
    moved = [texts[2], texts[0], texts[1]]
    qtbot.waitUntil(lambda: row_texts(window.library, editor.block_id, qtype) == moved, timeout=5000)
    assert [fields[0].text() for fields in (rows.row_fields(i) for i in range(3))] == moved
    assert not rows.indicator.isVisible()
    assert window.undo_stack.undoText().startswith("Move ")
    if qtype != "ordering":  # learners see ordering items shuffled
        assert order_in_preview(window.library, texts) == moved
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: row_texts(window.library, editor.block_id, qtype) == list(texts), timeout=5000)
    qtbot.waitUntil(lambda: [rows.row_fields(i)[0].text() for i in range(3)] == list(texts), timeout=5000)
