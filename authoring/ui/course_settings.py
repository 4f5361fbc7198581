"""A course's settings: the panel the inspector shows for a course, and Course › Settings….

Each control's accessible name is its label (`Pass mark`, `Completion`, `Navigation`...),
so a screen reader and a test script find it by what a designer reads. A change is saved
at once as an ordinary undoable edit of the course (a run of key presses in one field is
one undo step), and the panel follows the library's change events (undo included).
"""

from __future__ import annotations

from typing import Any

from authoring.model import course_settings
from authoring.model.course_settings import COMPLETION_LABELS, NAVIGATION_LABELS, CourseSettings
from authoring.model.errors import CoursesmithError
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.ui import wheel_guard, words
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.operations import Context, Operation, report_error
from authoring.ui.operations.operation import tr
from authoring.ui.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QTimer, QUndoStack, QVBoxLayout, QWidget,
)


def save_settings(context: Context, course_id: str, key: str, value: Any) -> Operation:
    """One setting of a course; typing in one field merges into one undo step."""
    return Operation(context, tr("Change course settings"), undoable=True, touched=[course_id],
                     merge_key=f"course-settings:{course_id}:{key}",
                     action=lambda session: course_settings.write(session, course_id, **{key: value}))


class CourseSettingsForm(QWidget):
    """Pass mark, completion, navigation, attempts, description of one course."""

    def __init__(self, library: Library, undo_stack: QUndoStack,
                 events: QtLibraryEvents | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseSettings")
        self.library = library
        self.course_id: str | None = None
        self.context = Context(library, undo_stack, parent=self, origin=self)
        self._filling = False
        self._build()
        if events is not None:
            events.changed.connect(self._on_library_change)

    def _build(self) -> None:
        self.pass_mark = QSpinBox(objectName="passMark", minimum=0, maximum=100, suffix=" %")
        self.completion = QComboBox(objectName="completion")
        for rule, text in COMPLETION_LABELS.items():
            self.completion.addItem(words.word(text), rule)
        self.navigation = QComboBox(objectName="navigation")
        for mode, text in NAVIGATION_LABELS.items():
            self.navigation.addItem(words.word(text), mode)
        self.attempts = QSpinBox(objectName="attempts", minimum=1, maximum=99)
        self.attempts.setToolTip(self.tr("How many attempts a new question allows"))
        wheel_guard.guard(self.pass_mark, self.completion, self.navigation, self.attempts)
        self.feedback = {}
        for key in ("feedback_correct", "feedback_incorrect"):
            edit = QLineEdit(objectName=key, placeholderText=self.tr("None"))
            edit.setToolTip(self.tr("What a new question says, unless you change it there"))
            edit.editingFinished.connect(lambda k=key: self._save_line(k))
            self.feedback[key] = edit
        self.description = QPlainTextEdit(objectName="description")
        self.description.setMaximumHeight(90)
        self.locale = QLabel(objectName="sourceLocale")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # a narrow inspector puts a field under its label rather than scrolling sideways
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = ((self.tr("Pass mark"), self.pass_mark), (self.tr("Completion"), self.completion),
                (self.tr("Navigation"), self.navigation),
                (self.tr("Attempts per question"), self.attempts),
                (self.tr("Feedback when correct"), self.feedback["feedback_correct"]),
                (self.tr("Feedback when incorrect"), self.feedback["feedback_incorrect"]),
                (self.tr("Description"), self.description),
                (self.tr("Source language"), self.locale))
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text)
            form.addRow(label, field)
        self.pass_mark.valueChanged.connect(lambda v: self._save("pass_mark", v))
        self.attempts.valueChanged.connect(lambda v: self._save("attempts", v))
        self.completion.currentIndexChanged.connect(
            lambda _i: self._save("completion", self.completion.currentData()))
        self.navigation.currentIndexChanged.connect(
            lambda _i: self._save("navigation", self.navigation.currentData()))
        self._description_timer = QTimer(self, singleShot=True, interval=600)
        self._description_timer.timeout.connect(
            lambda: self._save("description", self.description.toPlainText().strip()))
        self.description.textChanged.connect(self._on_description_typed)

    # ------------------------------------------------------------------ showing

    def show_course(self, course_id: str | None) -> None:
        self.flush()
        self.course_id = course_id
        self.fill()

    def fill(self) -> None:
        if self.course_id is None:
            return
        try:
            with self.library.transaction() as session:
                facts = course_settings.read(session, self.course_id)
        except CoursesmithError:  # the course went away: nothing to show
            self.course_id = None
            return
        self._show(facts)

    def _show(self, facts: CourseSettings) -> None:
        self._filling = True
        try:
            if not self.pass_mark.hasFocus():
                self.pass_mark.setValue(facts.pass_mark)
            if not self.attempts.hasFocus():
                self.attempts.setValue(facts.attempts)
            self.completion.setCurrentIndex(max(self.completion.findData(facts.completion), 0))
            self.navigation.setCurrentIndex(max(self.navigation.findData(facts.navigation), 0))
            for key, edit in self.feedback.items():
                if not edit.hasFocus() or not edit.isModified():
                    edit.setText(getattr(facts, key))
                    edit.setModified(False)
            if not self.description.hasFocus() and self.description.toPlainText() != facts.description:
                self.description.setPlainText(facts.description)
            self.locale.setText(facts.source_locale)
        finally:
            self._filling = False

    # ------------------------------------------------------------------ saving

    def _save_line(self, key: str) -> None:
        edit = self.feedback[key]
        if edit.isModified():
            edit.setModified(False)
            self._save(key, edit.text().strip())

    def _on_description_typed(self) -> None:
        if not self._filling:
            self._description_timer.start()

    def flush(self) -> None:
        """Save a description still waiting for its pause."""
        if self._description_timer.isActive():
            self._description_timer.stop()
            self._save("description", self.description.toPlainText().strip())

    def _save(self, key: str, value: Any) -> None:
        if self._filling or self.course_id is None:
            return
        operation = save_settings(self.context, self.course_id, key, value)
        operation.failure(lambda error: (report_error(self, error), self.fill())).run()

    def _on_library_change(self, changes: Changes) -> None:
        if self.course_id is not None and changes.origin is not self and (
                self.course_id in changes.modified or self.course_id in changes.deleted):
            self.fill()


class CourseSettingsDialog(QDialog):
    """Course › Settings…: the same form in a dialog, saved as it changes."""

    def __init__(self, library: Library, undo_stack: QUndoStack, course_id: str,
                 events: QtLibraryEvents | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseSettingsDialog")
        self.form = CourseSettingsForm(library, undo_stack, events, self)
        self.form.show_course(course_id)
        with library.transaction() as session:
            title = course_settings.read(session, course_id).title
        self.setWindowTitle(self.tr("Course settings — {title}").format(title=title))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def done(self, result: int) -> None:
        self.form.flush()
        super().done(result)
