"""The question editor: one editor for the six question types.

Prompt, points, attempts and feedback are common; the part below the prompt depends on
the type (choices, true/false, accepted answers, pairs, items in order). The problems an
export would report (`Question.problems`) are shown live under the editor, computed from
what the widgets show, so the designer sees "no choice is marked correct" as they work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from authoring.model import content
from authoring.model.content import QUESTION_TYPE_LABELS
from authoring.model.content.questions import CHOICE_TYPES
from authoring.ui import wheel_guard, words
from authoring.ui.page_editor.blocks import AutoPlainTextEdit, BlockEditor, field_label
from authoring.ui.page_editor.reorder import (
    DragGrip, DropIndicator, dragged_index, drop_slot, move_target, scroll_near_edge,
)
from authoring.ui.qt import (
    QAbstractButton, QButtonGroup, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QRect, QSizePolicy, QSpinBox, QTimer, QToolButton, QVBoxLayout, QWidget, Qt, Signal,
)

# Wide enough to read a choice while typing it, narrow enough for the page to reflow
# beside the preview on a 1366 px screen; wider windows give the fields the rest.
FIELD_MIN_WIDTH = 100


@dataclass(frozen=True)
class Column:
    key: str
    placeholder: str


class RowList(QWidget):
    """Editable rows (choices, pairs, items, answers): add, remove, reorder (▲▼, or a drag
    by the row's grip), mark correct.

    Rows keep the keys they came with (their `id` above all), so a choice keeps its id
    when others move, as translations and learner records rely on it.
    """

    edited = Signal()  # typing in a row
    structure_changed = Signal(str)  # a discrete change, with its undo label

    def __init__(self, columns: list[Column], noun: str, *, toggle: str | None = None,
                 reorder: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.noun = noun
        self.toggle = toggle  # None, "radio" (one correct) or "check" (any correct)
        self.reorder = reorder
        self._rows: list[dict[str, Any]] = []
        self._widgets: list[tuple[QAbstractButton | None, list[QLineEdit]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        layout.addWidget(self.grid_host)
        self.add_button = QPushButton(self.tr("+ Add %1").replace("%1", noun), self)
        self.add_button.clicked.connect(self.add_row)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.group = QButtonGroup(self)
        self.group.setExclusive(toggle == "radio")
        self.setAcceptDrops(reorder)
        self.indicator = DropIndicator(self)

    # ------------------------------------------------------------- content

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self._rows = [dict(row) for row in rows]
        self._rebuild()

    def rows(self) -> list[dict[str, Any]]:
        result = []
        for row, (toggle, fields) in zip(self._rows, self._widgets):
            row = dict(row)
            if toggle is not None:
                row["correct"] = toggle.isChecked()
            for column, field in zip(self.columns, fields):
                row[column.key] = field.text()
            result.append(row)
        return result

    def adopt_ids(self, stored: list[dict[str, Any]]) -> None:
        """Take the ids the model gave to new rows, so they stay when rows move."""
        if len(stored) == len(self._rows):
            for row, saved in zip(self._rows, stored):
                if saved.get("id"):
                    row["id"] = saved["id"]

    def row_fields(self, index: int) -> list[QLineEdit]:
        return self._widgets[index][1]

    def row_toggle(self, index: int) -> QAbstractButton | None:
        return self._widgets[index][0]

    def _rebuild(self) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._widgets = []
        for index, row in enumerate(self._rows):
            self._widgets.append(self._row_widgets(index, row))
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab walks the rows in the order they are shown, then reaches "+ Add": new rows
        are created after everything else in the editor, so without this Tab from the
        question text jumps over every choice to the add button."""
        previous = self._focusable_before_rows()
        if previous is None:
            return
        for index in range(self.grid.rowCount()):
            for column in range(self.grid.columnCount()):
                item = self.grid.itemAtPosition(index, column)
                widget = item.widget() if item is not None else None
                if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    QWidget.setTabOrder(previous, widget)
                    previous = widget
        QWidget.setTabOrder(previous, self.add_button)

    def _focusable_before_rows(self) -> QWidget | None:
        """The widget Tab leaves to come to the rows: the one before "+ Add" in the focus
        chain, not counting rows (old rows stay in the chain until they are deleted)."""
        widget = self.add_button.previousInFocusChain()
        while widget is not None and widget is not self.add_button:
            if widget.parent() is not self.grid_host and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return widget
            widget = widget.previousInFocusChain()
        return None

    def _row_widgets(self, index: int, row: dict[str, Any]):
        column = 0
        toggle = None
        if self.reorder:
            name = self.tr("Drag to move %1 %2").replace("%1", self.noun).replace("%2", str(index + 1))
            self.grid.addWidget(DragGrip(name, lambda: (self._scope(), index),
                                         lambda: self._row_picture(index), self.grid_host), index, column)
            column += 1
        if self.toggle:
            toggle = (QRadioButton if self.toggle == "radio" else QCheckBox)(self.grid_host)
            toggle.setToolTip(self.tr("Correct"))
            toggle.setAccessibleName(self.tr("%1 %2 is correct").replace("%1", self.noun).replace("%2", str(index + 1)))
            toggle.setChecked(bool(row.get("correct")))
            self.group.addButton(toggle)
            toggle.clicked.connect(lambda _checked: self.structure_changed.emit(self.tr("Mark correct answer")))
            self.grid.addWidget(toggle, index, column)
            column += 1
        fields = []
        for spec in self.columns:
            field = QLineEdit(str(row.get(spec.key, "")), self.grid_host, placeholderText=spec.placeholder)
            field.setCursorPosition(0)  # a long choice shows its beginning
            field.setMinimumWidth(FIELD_MIN_WIDTH)
            field.setToolTip(spec.placeholder)  # the label stays once text hides the placeholder
            field.setAccessibleName(f"{spec.placeholder} {index + 1}")
            field.textEdited.connect(lambda _text: self.edited.emit())
            self.grid.addWidget(field, index, column)
            self.grid.setColumnStretch(column, 1)
            fields.append(field)
            column += 1
        buttons = []
        if self.reorder:
            buttons += [("▲", self.tr("Move up"), lambda: self.move_row(index, -1), index > 0),
                        ("▼", self.tr("Move down"), lambda: self.move_row(index, 1),
                         index < len(self._rows) - 1)]
        buttons.append(("✕", self.tr("Remove"), lambda: self.remove_row(index), True))
        for text, tip, slot, enabled in buttons:
            button = QToolButton(self.grid_host, text=text, toolTip=tip, autoRaise=True, enabled=enabled)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            self.grid.addWidget(button, index, column)
            column += 1
        return toggle, fields

    # ------------------------------------------------------------- actions

    def add_row(self) -> None:
        self._rows = self.rows() + [{}]
        self._rebuild()
        self.row_fields(len(self._rows) - 1)[0].setFocus()
        self.structure_changed.emit(self.tr("Add %1").replace("%1", self.noun))

    def remove_row(self, index: int) -> None:
        rows = self.rows()
        rows.pop(index)
        self.set_rows(rows)
        self.structure_changed.emit(self.tr("Remove %1").replace("%1", self.noun))

    def move_row(self, index: int, delta: int) -> None:
        """▲ / ▼: one place up or down."""
        self.move_row_to(index, index + delta)

    def move_row_to(self, index: int, target: int) -> None:
        """Put row INDEX at position TARGET: one undo step, like every discrete change."""
        rows = self.rows()
        if target == index or not 0 <= target < len(rows) or not 0 <= index < len(rows):
            return
        rows.insert(target, rows.pop(index))
        self.set_rows(rows)
        self.structure_changed.emit(self.tr("Move %1").replace("%1", self.noun))

    def move_focused_row(self, focus: QWidget | None, delta: int) -> bool:
        """Move the row holding FOCUS one place (the keyboard's drag); the same field keeps
        the cursor. False if FOCUS is in no row."""
        for index, (_toggle, fields) in enumerate(self._widgets):
            if focus in fields:
                column = fields.index(focus)
                target = index + delta
                if 0 <= target < len(self._rows):
                    self.move_row_to(index, target)
                    field = self.row_fields(target)[column]  # shown on the next turn of the loop
                    QTimer.singleShot(0, lambda: field.setFocus(Qt.FocusReason.ShortcutFocusReason))
                return True
        return False

    # ------------------------------------------------------------ dragging

    def _scope(self) -> str:
        return f"rows:{id(self)}"  # rows go only within their own list

    def _row_span(self, index: int) -> tuple[int, int]:
        """Top and bottom of row INDEX, in this widget's coordinates."""
        cell = self.grid.cellRect(index, 0)
        top = self.grid_host.mapTo(self, cell.topLeft()).y()
        return top, top + cell.height()

    def _row_picture(self, index: int):
        top, bottom = (y - self.grid_host.y() for y in self._row_span(index))
        return self.grid_host.grab(QRect(0, top, self.grid_host.width(), bottom - top))

    def _slot(self, y: int) -> tuple[int, int]:
        return drop_slot([self._row_span(i) for i in range(len(self._rows))], y)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if dragged_index(event.mimeData(), self._scope()) is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if dragged_index(event.mimeData(), self._scope()) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        scroll_near_edge(self, int(event.position().y()))
        _slot, y = self._slot(int(event.position().y()))
        y = min(max(y, 2), self.grid_host.geometry().bottom())  # inside the list: in sight
        self.indicator.show_at(y, self.grid_host.x(), self.grid_host.width())

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.indicator.hide()

    def dropEvent(self, event) -> None:  # noqa: N802
        self.indicator.hide()
        source = dragged_index(event.mimeData(), self._scope())
        if source is None:
            event.ignore()
            return
        event.acceptProposedAction()
        slot, _y = self._slot(int(event.position().y()))
        target = move_target(source, slot)
        if target is not None:
            self.move_row_to(source, target)


class QuestionEditor(BlockEditor):
    kind_label = "Question"

    def build(self) -> None:
        top = QHBoxLayout()
        self.type = QComboBox(self.body)
        self.type.setAccessibleName(self.tr("Question type"))
        self.type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type.setMinimumContentsLength(8)  # narrow pages: the longest names elide
        for key, label in QUESTION_TYPE_LABELS.items():
            self.type.addItem(words.word(label), key)
        self.type.currentIndexChanged.connect(self._on_type_change)
        self.points = QSpinBox(self.body, minimum=0, maximum=1000, prefix=self.tr("Points: "))
        self.attempts = QSpinBox(self.body, minimum=1, maximum=20, prefix=self.tr("Attempts: "))
        self.points.setAccessibleName(self.tr("Points"))
        self.attempts.setAccessibleName(self.tr("Attempts"))
        for spin in (self.points, self.attempts):
            spin.valueChanged.connect(self._on_edit)
        wheel_guard.guard(self.type, self.points, self.attempts)
        top.addWidget(self.type)
        top.addStretch(1)
        top.addWidget(self.points)
        top.addWidget(self.attempts)
        self.body_layout.addLayout(top)
        self.prompt = AutoPlainTextEdit(self.tr("Question text"), 2, self.body)
        self.prompt.setObjectName("questionPrompt")
        self.prompt.setAccessibleName(self.tr("Question text"))
        self.prompt.textChanged.connect(self._on_edit)
        self.body_layout.addWidget(self.prompt)
        self._build_parts()
        self.feedback_correct = AutoPlainTextEdit(self.tr("Feedback when the answer is right"), 1, self.body)
        self.feedback_incorrect = AutoPlainTextEdit(self.tr("Feedback when the answer is wrong"), 1, self.body)
        self.body_layout.addWidget(field_label(self.tr("Feedback"), self.body))
        feedback = QGridLayout()
        for row, (mark, field) in enumerate(((self.tr("✓ Right"), self.feedback_correct),
                                             (self.tr("✗ Wrong"), self.feedback_incorrect))):
            field.setAccessibleName(field.placeholderText())
            field.textChanged.connect(self._on_edit)
            feedback.addWidget(QLabel(mark, self.body), row, 0, Qt.AlignmentFlag.AlignTop)
            feedback.addWidget(field, row, 1)
        self.body_layout.addLayout(feedback)
        self.problems = QLabel(self.body, objectName="questionProblems", wordWrap=True)
        self.body_layout.addWidget(self.problems)

    def _build_parts(self) -> None:
        choice = [Column("text", self.tr("Choice")), Column("feedback", self.tr("Feedback for this choice (optional)"))]
        self.single = RowList(choice, self.tr("choice"), toggle="radio", parent=self.body)
        self.multiple = RowList(choice, self.tr("choice"), toggle="check", parent=self.body)
        self.answers = RowList([Column("text", self.tr("Accepted answer"))], self.tr("answer"),
                               reorder=False, parent=self.body)
        self.pairs = RowList([Column("prompt", self.tr("Item")), Column("match", self.tr("Its match"))],
                             self.tr("pair"), parent=self.body)
        self.items = RowList([Column("text", self.tr("Item"))], self.tr("item"), parent=self.body)
        self.true_false = QWidget(self.body)
        row = QHBoxLayout(self.true_false)
        row.setContentsMargins(0, 0, 0, 0)
        self.answer_true = QRadioButton(self.tr("True"), self.true_false)
        self.answer_false = QRadioButton(self.tr("False"), self.true_false)
        for button in (self.answer_true, self.answer_false):
            button.clicked.connect(lambda _c: self.changed(self.tr("Change the right answer")))
            row.addWidget(button)
        row.addStretch(1)
        self.case_sensitive = QCheckBox(self.tr("Case sensitive"), self.body)
        self.case_sensitive.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.case_sensitive.clicked.connect(lambda _c: self.changed(self.tr("Change case sensitivity")))
        hint = {
            "single": self.tr("Choices: select the right one"),
            "multiple": self.tr("Choices: tick every right one"),
            "true_false": self.tr("The statement is"),
            "fill_in": self.tr("Accepted answers"),
            "matching": self.tr("Pairs: each item and its match (learners see the matches shuffled)"),
            "ordering": self.tr("Items in the right order (learners see them shuffled)"),
        }
        self.hints = {qtype: field_label(text, self.body) for qtype, text in hint.items()}
        self.parts = {
            "single": [self.single], "multiple": [self.multiple],
            "true_false": [self.true_false], "fill_in": [self.answers, self.case_sensitive],
            "matching": [self.pairs], "ordering": [self.items],
        }
        for qtype, widgets in self.parts.items():
            widgets.insert(0, self.hints[qtype])
        for rows in (self.single, self.multiple, self.answers, self.pairs, self.items):
            rows.edited.connect(self._on_edit)
            rows.structure_changed.connect(self._on_structure)
        for widgets in self.parts.values():
            for widget in widgets:
                self.body_layout.addWidget(widget)

    # ----------------------------------------------------------- show, read

    def current_type(self) -> str:
        return self.type.currentData() or "single"

    def choices(self) -> RowList:
        return self.multiple if self.current_type() == "multiple" else self.single

    def fill(self, data: dict[str, Any]) -> None:
        self.type.setCurrentIndex(max(self.type.findData(data.get("type", "single")), 0))
        self._show_part()
        self.points.setValue(int(data.get("points", 1)))
        self.attempts.setValue(int(data.get("attempts", 1)))
        self.prompt.set_text(data.get("prompt") or "")
        choices = data.get("choices") or []
        self.single.set_rows(choices)
        self.multiple.set_rows(choices)
        (self.answer_true if data.get("answer", True) else self.answer_false).setChecked(True)
        self.answers.set_rows([{"text": answer} for answer in data.get("answers") or []])
        self.case_sensitive.setChecked(bool(data.get("case_sensitive")))
        self.pairs.set_rows(data.get("pairs") or [])
        self.items.set_rows(data.get("items") or [])
        self.feedback_correct.set_text(data.get("feedback_correct") or "")
        self.feedback_incorrect.set_text(data.get("feedback_incorrect") or "")
        self._show_problems()

    def collect(self) -> dict[str, Any]:
        qtype = self.current_type()
        data: dict[str, Any] = {
            "type": qtype, "prompt": self.prompt.toPlainText(), "points": self.points.value(),
            "attempts": self.attempts.value(),
            "feedback_correct": self.feedback_correct.toPlainText(),
            "feedback_incorrect": self.feedback_incorrect.toPlainText(),
        }
        if qtype in CHOICE_TYPES:
            data["choices"] = self.choices().rows()
        elif qtype == "true_false":
            data["answer"] = self.answer_true.isChecked()
        elif qtype == "fill_in":
            data["answers"] = [row["text"] for row in self.answers.rows()]
            data["case_sensitive"] = self.case_sensitive.isChecked()
        elif qtype == "matching":
            data["pairs"] = self.pairs.rows()
        else:
            data["items"] = self.items.rows()
        return data

    def saved(self, data: dict[str, Any]) -> None:
        for key, rows in (("choices", self.choices()), ("pairs", self.pairs), ("items", self.items)):
            if key in data:
                rows.adopt_ids(data[key])

    def _show_part(self) -> None:
        self._shown_type = self.current_type()
        for qtype, widgets in self.parts.items():
            for widget in widgets:
                widget.setVisible(qtype == self.current_type())

    def _show_problems(self) -> None:
        problems = content.of("question", {**self.view.data, **self.collect()}).problems()
        if problems:
            self.problems.setText("\n".join(f"⚠ {words.problem(p)}" for p in problems))
        else:
            self.problems.setText(self.tr("✓ Ready to publish"))
        self.problems.setProperty("ok", not problems)
        self.problems.style().unpolish(self.problems)
        self.problems.style().polish(self.problems)

    # --------------------------------------------------------------- changes

    def _on_edit(self, *_args) -> None:
        if self._loading:
            return
        self._show_problems()
        self.edited()

    def _on_structure(self, label: str) -> None:
        self._show_problems()
        self.changed(label)

    def _on_type_change(self, _index: int) -> None:
        if self._loading:
            return
        lists = {"single": self.single, "multiple": self.multiple}
        if self._shown_type in lists and self.current_type() in lists:
            self.choices().set_rows(lists[self._shown_type].rows())  # choices survive the switch
        self._show_part()
        self._show_problems()
        self.changed(self.tr("Change question type"))
