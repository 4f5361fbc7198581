"""The page editor writes every script right: each paragraph runs in its own direction
(Arabic and Hebrew right to left beside English), and Hindi is shaped with the font the
app bundles, whatever fonts the machine has."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from authoring.model import objects  # noqa: E402
from authoring.ui.fonts import use_bundled_fonts  # noqa: E402
from authoring.ui.page_editor import QtPageEditor  # noqa: E402
from authoring.ui.qt import QApplication, QEvent, QKeyEvent, QTextCursor, QUndoStack, Qt  # noqa: E402

ARABIC = "مرحبا بكم في الدورة"
HEBREW = "ברוכים הבאים"
HINDI = "अग्नि सुरक्षा क्षत्रिय"


@pytest.fixture
def editor(qtbot, qapp, library):
    """The page editor, in an app set up as the app's start does (the bundled fonts)."""
    before = qapp.font()
    assert "Noto Sans Devanagari" in use_bundled_fonts(qapp)
    stack = QUndoStack()
    widget = QtPageEditor(library, stack, lambda: "Tester")
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    qapp.setFont(before)


def _page(library, html: str) -> tuple[str, str]:
    with library.transaction() as s:
        text = objects.create(s, "text", "Welcome", {"html": html})
        return objects.create(s, "page", "Page", children=[text.id]).id, text.id


def _paragraphs(edit) -> list:
    block, found = edit.document().begin(), []
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def type_text(widget, text: str) -> None:
    """Type as an Arabic keyboard layout does: one key event per letter, carrying the
    letter (QTest's keyClicks maps only ASCII to keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char))
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def _fonts_drawing(block) -> list:
    layout = block.layout()
    return [run.rawFont() for n in range(layout.lineCount()) for run in layout.lineAt(n).glyphRuns()]


def test_each_paragraph_runs_in_its_own_direction(editor, library):
    page, _ = _page(library, f"<p>{ARABIC}</p><p>Fire safety</p><p>{HEBREW}</p>")
    editor.show_page(page)
    edit = editor.block_editors()[0].text
    arabic, english, hebrew = _paragraphs(edit)
    assert [b.textDirection() for b in (arabic, english, hebrew)] == [
        Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
    width = edit.document().textWidth()
    for block in (arabic, hebrew):  # set against the right edge
        line = block.layout().lineAt(0)
        assert line.naturalTextRect().right() == pytest.approx(line.rect().right(), abs=2)
        assert line.naturalTextRect().left() > width / 2
    assert english.layout().lineAt(0).naturalTextRect().left() < 5


def test_typing_arabic_starts_a_right_to_left_paragraph_and_saves_it(editor, library, qtbot):
    page, text = _page(library, "<p>Fire safety</p>")
    editor.show_page(page)
    edit = editor.block_editors()[0].text
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, ARABIC)

    def saved() -> str:
        with library.transaction() as s:
            return objects.get(s, text).data["html"]

    qtbot.waitUntil(lambda: ARABIC in saved(), timeout=3000)
    assert saved() == f"<p>Fire safety</p><p>{ARABIC}</p>"
    assert _paragraphs(edit)[-1].textDirection() == Qt.LayoutDirection.RightToLeft


def test_hindi_is_shaped_with_the_bundled_font(editor, library):
    page, _ = _page(library, f"<p>{HINDI}</p>")
    editor.show_page(page)
    edit = editor.block_editors()[0].text
    (paragraph,) = _paragraphs(edit)
    drawn = [font for font in _fonts_drawing(paragraph) if font.familyName() == "Noto Sans Devanagari"]
    assert drawn, [font.familyName() for font in _fonts_drawing(paragraph)]
    # The bundled font holds Devanagari only (a system Noto Sans Devanagari has Latin too).
    assert not any(font.supportsCharacter("A") for font in drawn)
    glyphs = sum(len(run.glyphIndexes()) for n in range(paragraph.layout().lineCount())
                 for run in paragraph.layout().lineAt(n).glyphRuns())
    # Shaped: conjuncts (क्ष, त्र, ग्न) are one glyph each, so fewer glyphs than characters.
    assert glyphs < len(HINDI)


def test_the_bundled_fonts_leave_the_line_height_of_latin_text_alone(editor, library, qapp):
    """Seen by hand: with the bundled families in the application font, every English
    line in the editor and the inspector was nearly twice as high."""
    from authoring.ui.qt import QFont, QFontMetrics

    page, _ = _page(library, "<p>" + "Keep fire doors shut. " * 40 + "</p>")
    editor.show_page(page)
    edit = editor.block_editors()[0].text
    shown = edit.document().defaultFont()
    alone = QFont(shown)
    alone.setFamilies([shown.family()])  # the desktop's font, no fallbacks listed
    desktop = QFontMetrics(alone).lineSpacing()
    assert QFontMetrics(shown).lineSpacing() == desktop
    (paragraph,) = _paragraphs(edit)
    lines = paragraph.layout().lineCount()
    assert lines > 3
    assert paragraph.layout().boundingRect().height() / lines < 1.5 * desktop  # 135 % spacing
