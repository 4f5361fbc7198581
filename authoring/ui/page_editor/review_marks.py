"""Reviewers' open comments marked on their block's text: the words a reviewer quoted get
a background highlight; hovering it says who said what, clicking it picks the thread.

The highlight is an extra selection of the field (`setExtraSelections`): drawn over the
text, never part of the document, so it is never saved, undone or exported. It is looked
for again whenever the text changes: words the designer has rewritten are no longer
marked (the Comments panel says the thread is outdated). A one-line field (a question's
choice) cannot mark part of its text: the whole field is marked instead.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from authoring.model.comment_threads import ReviewNote
from authoring.ui.qt import (
    QColor, QCoreApplication, QEvent, QLineEdit, QObject, QPlainTextEdit, QPoint, QRect, QTextCharFormat,
    QTextCursor, QTextEdit, QToolTip, QWidget, Qt, Signal,
)

QUOTE_COLOUR = QColor("#fff0a0")  # a highlighter's yellow, readable under any text colour
ACTIVE_COLOUR = QColor("#ffc94d")  # the thread chosen in the Comments panel
ACTIVE_LINE = QColor("#b07800")
_LOOSE_QUOTE = 400  # longest quote also looked for with its spaces left out
_TIP_LENGTH = 400  # characters of a comment shown in a tooltip
_TIP_WIDTH = 90  # characters on a tooltip's line (a plain text tooltip does not wrap)

def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where QUOTE first stands in TEXT, as (start, end), or None.

    Spaces and line breaks are compared loosely: a browser and Word write a quote's line
    breaks their own way, and Word joins the paragraphs of a quote with nothing between.
    """
    words = quote.split()
    if not words:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    if found is None and len(quote) <= _LOOSE_QUOTE:
        found = re.search(r"\s*".join(map(re.escape, "".join(words))), text)
    return found.span() if found else None


@dataclass(frozen=True)
class Mark:
    """One quote found: the thread, the field it is in, and where in the field's text."""

    note: ReviewNote
    field: QWidget
    start: int
    end: int


class QuoteMarks(QObject):
    """The review marks of one block editor's body (its text fields, in layout order)."""

    chosen = Signal(int)  # a thread id: the designer clicked its highlight

    def __init__(self, body: QWidget) -> None:
        super().__init__(body)
        self.body = body
        self.notes: tuple[ReviewNote, ...] = ()
        self.active: int | None = None
        self.marks: list[Mark] = []
        self._watched: list[QWidget] = []
        self._painted = False  # some field shows marks (or a description) to take off

    # ------------------------------------------------------------ showing

    def show(self, notes: tuple[ReviewNote, ...]) -> None:
        """Mark NOTES (the block's open review threads), replacing the marks shown."""
        self.notes = tuple(notes)
        if self.active not in {note.id for note in self.notes}:
            self.active = None
        self.refresh()

    def set_active(self, thread_id: int | None) -> None:
        if thread_id != self.active:
            self.active = thread_id
            self.refresh()

    def fields(self) -> list[QWidget]:
        """The body's text fields a quote can be in, in the order they were built."""
        return [child for child in self.body.findChildren(QWidget)
                if isinstance(child, (QTextEdit, QPlainTextEdit, QLineEdit)) and not _put_away(child)]

    def refresh(self) -> None:
        """Find every quote again in the fields' current text and paint the marks."""
        if not self.notes and not self._painted:
            return  # most blocks: nothing to find, nothing to take off, at every keystroke
        fields = self.fields()
        self._watch(fields)
        texts = {field: _text_of(field) for field in fields}
        self.marks = []
        for note in self.notes:
            for field in fields if note.quote else ():
                span = find_quote(texts[field], note.quote)
                if span is not None:
                    self.marks.append(Mark(note, field, *span))
                    break
        for field in fields:
            self._paint(field, [mark for mark in self.marks if mark.field is field])
        self._painted = bool(self.marks)

    def reading_order(self) -> list[ReviewNote]:
        """The threads as the block reads: those marked by where their words stand, then
        those with no words marked (no quote, or words no longer in the text)."""
        fields = self.fields()
        marked = sorted(self.marks, key=lambda mark: (
            fields.index(mark.field) if mark.field in fields else len(fields), mark.start))
        seen = {mark.note.id for mark in marked}
        return [mark.note for mark in marked] + [note for note in self.notes if note.id not in seen]

    def mark_of(self, thread_id: int) -> Mark | None:
        return next((mark for mark in self.marks if mark.note.id == thread_id), None)

    def rect_of(self, mark: Mark) -> QRect:
        """Where MARK is drawn, in its field's coordinates (for scrolling to it)."""
        field = mark.field
        if isinstance(field, QLineEdit):
            return field.rect()
        first, last = _cursor(field, mark.start), _cursor(field, mark.end)
        box = field.cursorRect(first).united(field.cursorRect(last))
        return box.translated(field.viewport().pos())

    def _paint(self, field: QWidget, marks: list[Mark]) -> None:
        marks = sorted(marks, key=lambda mark: mark.note.id == self.active)  # the active on top
        if isinstance(field, QLineEdit):
            self._paint_line(field, marks)
            return
        selections = []
        for mark in marks:
            selection = QTextEdit.ExtraSelection()
            cursor = _cursor(field, mark.start)
            cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = _mark_format(mark.note.id == self.active)
            selections.append(selection)
        field.setExtraSelections(selections)
        field.setAccessibleDescription(self._describe(marks))

    def _paint_line(self, field: QLineEdit, marks: list[Mark]) -> None:
        state = "active" if any(m.note.id == self.active for m in marks) else "yes" if marks else ""
        if field.property("reviewQuote") != state:
            field.setProperty("reviewQuote", state)
            field.style().unpolish(field)
            field.style().polish(field)
        field.setAccessibleDescription(self._describe(marks))

    def _describe(self, marks: list[Mark]) -> str:
        """What a screen reader says of the field besides its text: what was commented."""
        if not marks:
            return ""
        quoted = "; ".join(f"“{mark.note.quote}”" for mark in marks)
        return self.tr("A reviewer commented on %1").replace("%1", quoted)

    # ------------------------------------------------------------ pointing

    def tooltip_at(self, field: QWidget, pos: QPoint) -> str:
        """The tooltip for the point POS of FIELD's viewport (or of a one-line field)."""
        notes = [mark.note for mark in self.marks_at(field, pos)]
        return "\n\n".join(describe_note(note) for note in notes)

    def marks_at(self, field: QWidget, pos: QPoint) -> list[Mark]:
        mine = [mark for mark in self.marks if mark.field is field]
        if not mine or isinstance(field, QLineEdit):
            return mine
        cursor = field.cursorForPosition(pos)
        under = field.cursorRect(cursor)
        reach = field.fontMetrics().averageCharWidth()
        if not (under.top() - 2 <= pos.y() <= under.bottom() + 2 and abs(under.x() - pos.x()) <= reach):
            return []  # beside the text, not on it
        position = cursor.position()
        return [mark for mark in mine if mark.start <= position <= mark.end]

    def _watch(self, fields: list[QWidget]) -> None:
        """Follow each field's edits and the pointer over it (once per field)."""
        self._watched = [field for field in self._watched if field in fields]
        for field in fields:
            if field in self._watched:
                continue
            self._watched.append(field)
            field.textChanged.connect(self.refresh)
            target = field if isinstance(field, QLineEdit) else field.viewport()
            target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.ToolTip, QEvent.Type.MouseButtonRelease):
            return False
        field = watched if isinstance(watched, QLineEdit) else watched.parentWidget()
        if field not in self._watched:
            return False
        pos = event.pos() if kind == QEvent.Type.ToolTip else event.position().toPoint()
        if kind == QEvent.Type.ToolTip:
            tip = self.tooltip_at(field, pos)
            if tip:
                QToolTip.showText(event.globalPos(), tip, watched)
                return True
            QToolTip.hideText()  # off the marks: the field's own tooltip, if any
            return False
        marks = self.marks_at(field, pos)
        selecting = not isinstance(field, QLineEdit) and field.textCursor().hasSelection()
        if marks and not selecting:  # a drag to select text is no click on the mark
            self.chosen.emit(marks[-1].note.id)
        return False  # the click still places the cursor: the designer may be editing


def describe_note(note: ReviewNote) -> str:
    """A thread in one line: who said what (a long comment cut short)."""
    text = note.text if len(note.text) <= _TIP_LENGTH else note.text[:_TIP_LENGTH].rstrip() + "…"
    who = note.author or QCoreApplication.translate("QuoteMarks", "A reviewer")
    line = QCoreApplication.translate("QuoteMarks", "%1 (review comment): %2").replace("%1", who).replace("%2", text)
    return "\n".join(wrapped for paragraph in line.split("\n")
                     for wrapped in textwrap.wrap(paragraph, _TIP_WIDTH, break_long_words=False) or [""])


def _put_away(widget: QWidget) -> bool:
    """Hidden on purpose (a question's old rows, until deleted); a row just built is
    hidden only until the layout shows it."""
    return widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)


def _text_of(field: QWidget) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.document().toPlainText()


def _cursor(field: QTextEdit | QPlainTextEdit, position: int) -> QTextCursor:
    cursor = QTextCursor(field.document())
    cursor.setPosition(min(position, max(field.document().characterCount() - 1, 0)))
    return cursor


def _mark_format(active: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(ACTIVE_COLOUR if active else QUOTE_COLOUR)
    if active:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(ACTIVE_LINE)
    return fmt
