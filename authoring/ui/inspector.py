"""The inspector dock: what the selected object is, and the few facts edited beside it.

Properties (title, tags, alt text, credit and licence, workflow state), version history,
where used, comments. It re-reads the object whenever a change event names it, and
leaves alone a field the designer is typing in.
"""

from __future__ import annotations

from typing import Callable

from authoring.model import trash, workflow
from authoring.model.errors import CoursesmithError
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.model.object_details import ObjectDetails, details
from authoring.ui import words
from authoring.ui import settings
from authoring.ui.course_settings import CourseSettingsForm
from authoring.ui.history import HistoryPanel
from authoring.ui.inspector_panels import CommentsPanel, UsedInPanel, when
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.operations import Context, Operation, objects as ops, report_error
from authoring.ui.qt import (
    QByteArray, QCoreApplication, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPixmap, QPushButton,
    QScrollArea, Qt, QTabWidget, QUndoStack, QVBoxLayout, QWidget, Signal,
)
from authoring.ui.qt import QLocale


# Fields edited beside the content, per kind: (data key, label).
_SIDE_FIELDS = {
    "asset": (("alt", "Alt text"), ("credit", "Credit"), ("licence", "Licence")),
    "media": (("alt", "Alt text"), ("caption", "Caption")),
}


class QtInspector(QWidget):
    object_chosen = Signal(str)  # "go to" from the where-used list

    def __init__(self, library: Library, undo_stack: QUndoStack,
                 events: QtLibraryEvents | None = None,
                 author: Callable[[], str] = settings.author, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.undo_stack, self.author = library, undo_stack, author
        self.object_id: str | None = None
        self.kind = ""
        self.context = Context(library, undo_stack, parent=self, origin=self)
        self.events = events or QtLibraryEvents(library, self)
        self.events.changed.connect(self._on_library_change)
        self.history = HistoryPanel(library, undo_stack, author)
        self.used_in = UsedInPanel(library)
        self.used_in.object_chosen.connect(self.object_chosen)
        self.comments = CommentsPanel(library, author)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_properties(), self.tr("Properties"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.used_in, self.tr("Used in"))
        self.tabs.addTab(self.comments, self.tr("Comments"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.show_object(None)

    def _build_properties(self) -> QWidget:
        self.title = QLineEdit()
        self.title.editingFinished.connect(self._on_title_edited)
        self.kind_label, self.id_label, self.state_label = QLabel(), QLabel(), QLabel()
        self.created_label, self.modified_label, self.version_label = QLabel(), QLabel(), QLabel()
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        for label in (self.id_label, self.file_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma, separated, tags"))
        self.tags.editingFinished.connect(self._on_tags_edited)
        self.state_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for action in workflow.ACTIONS:
            button = QPushButton(words.word(action.label))
            button.clicked.connect(lambda _=False, s=action.state: self.set_state(s))
            self.state_buttons[action.state] = button
            buttons.addWidget(button)
        self.side_edits: dict[str, QLineEdit] = {}
        self.heading = QLabel(objectName="inspectorHeading", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.breadcrumb = QLabel(objectName="inspectorBreadcrumb", wordWrap=True)
        self.breadcrumb.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: 600; font-size: 13pt")
        self.breadcrumb.setStyleSheet("color: palette(dark)")
        self.approval_label = QLabel(wordWrap=True)
        self.course_form = CourseSettingsForm(self.library, self.undo_stack, self.events)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.heading)
        self.form.addRow(self.breadcrumb)
        self.form.addRow(self.preview)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Kind"), self.kind_label)
        self.form.addRow(self.tr("State"), self.state_label)
        self.form.addRow(self.approval_label)
        self.form.addRow(buttons)
        self.course_title = QLabel(self.tr("Course settings"), objectName="courseSettingsTitle")
        self.course_title.setStyleSheet("font-weight: 600; margin-top: 6px")
        self.form.addRow(self.course_title)
        self.form.addRow(self.course_form)
        self.form.addRow(self.tr("Tags"), self.tags)
        for key, text in (("alt", "Alt text"), ("caption", "Caption"), ("credit", "Credit"),
                          ("licence", "Licence")):
            edit = QLineEdit()
            edit.editingFinished.connect(lambda k=key: self._on_side_edited(k))
            self.side_edits[key] = edit
            self.form.addRow(self.tr(text), edit)
        self.form.addRow(self.tr("File"), self.file_label)
        self.form.addRow(self.tr("Version"), self.version_label)
        self.form.addRow(self.tr("Created"), self.created_label)
        self.form.addRow(self.tr("Modified"), self.modified_label)
        self.form.addRow(self.tr("Id"), self.id_label)
        self.placeholder = QLabel(self.tr("Select an object in the outline or the library "
                                          "to see its properties."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.placeholder)
        layout.addLayout(self.form)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    # ------------------------------------------------------------------ showing

    def show_object(self, object_id: str | None) -> None:
        self.object_id = object_id
        self._fill_properties()
        self.history.show_object(object_id)
        self.used_in.show_object(object_id)
        self.comments.show_object(object_id)

    def show_thread(self, thread_id: int) -> None:
        """The Comments tab, with the thread THREAD_ID of the object shown chosen."""
        self.tabs.setCurrentWidget(self.comments)
        self.comments.select_thread(thread_id)

    def _gone(self) -> bool:
        with self.library.transaction() as session:
            return trash.is_trashed(session, self.object_id)

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def _fill_properties(self) -> None:
        facts: ObjectDetails | None = None
        if self.object_id is not None:
            try:
                with self.library.reading() as session:
                    facts = details(session, self.object_id)
            except CoursesmithError:
                self.object_id = None
        self.placeholder.setVisible(facts is None)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, facts is not None)
        if facts is None:
            self.kind = ""
            self.course_form.show_course(None)
            return
        self.kind = facts.kind
        self._show_identity(facts)
        self._set_text(self.title, facts.title)
        self.kind_label.setText(words.kind(facts.kind))
        self.id_label.setText(facts.id)
        self.state_label.setText(words.state(facts.state))
        possible = {action.state for action in workflow.actions(facts.state)}
        for state, button in self.state_buttons.items():
            button.setVisible(state in possible)
        self._set_text(self.tags, ", ".join(facts.tags))
        self.version_label.setText(str(facts.version) if facts.version else self.tr("none yet"))
        self.created_label.setText(when(facts.created))
        self.modified_label.setText(when(facts.modified))
        shown = {key for key, _ in _SIDE_FIELDS.get(self.kind, ())}
        for key, edit in self.side_edits.items():
            self._set_row_visible(edit, key in shown)
            if key in shown:
                self._set_text(edit, str(facts.data.get(key) or ""))
        self._show_file(facts)

    def _show_identity(self, facts: ObjectDetails) -> None:
        """What is inspected, said plainly: its kind and title, and where it sits."""
        self.heading.setText(f"{words.kind(facts.kind)}: {facts.title or self.tr('(untitled)')}")
        self.breadcrumb.setText(" › ".join((*facts.trail, facts.title)))
        self._set_row_visible(self.breadcrumb, bool(facts.trail))
        self.approval_label.setText(self.tr("Approved by {name}").format(name=facts.approved_by)
                                    if facts.approved_by else "")
        self._set_row_visible(self.approval_label, bool(facts.approved_by))
        is_course = facts.kind == "course"
        self._set_row_visible(self.course_title, is_course)
        self._set_row_visible(self.course_form, is_course)
        self.course_form.show_course(facts.id if is_course else None)

    def _show_file(self, facts: ObjectDetails) -> None:
        file = facts.file
        self._set_row_visible(self.file_label, file is not None)
        if file is not None:
            size = f"{file.width}×{file.height} px, " if file.width else ""
            self.file_label.setText(f"{file.filename}\n{file.mime}, {size}{QLocale().formattedDataSize(file.size)}")
        self._set_row_visible(self.preview, bool(facts.thumbnail))
        if facts.thumbnail:
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(facts.thumbnail), "PNG")
            self.preview.setPixmap(pixmap.scaled(220, 160, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

    @staticmethod
    def _set_text(edit: QLineEdit, text: str) -> None:
        if not edit.hasFocus() or not edit.isModified():
            if edit.text() != text:  # the same text keeps the cursor where the typing is
                edit.setText(text)
                if not edit.hasFocus():
                    edit.setCursorPosition(0)  # a long title shows its first words, not its last
            edit.setModified(False)

    # ------------------------------------------------------------------ writing

    def _run(self, operation: Operation) -> None:
        """An edit of the object shown; if it fails, the fields show the library again."""
        def failed(error: BaseException) -> None:
            report_error(self, error)
            self._fill_properties()

        operation.failure(failed).run()

    def _on_title_edited(self) -> None:
        if not self.title.isModified() or self.object_id is None:
            return
        self.title.setModified(False)
        self._run(ops.rename(self.context, self.object_id, self.title.text()))

    def _on_tags_edited(self) -> None:
        if not self.tags.isModified() or self.object_id is None:
            return
        self.tags.setModified(False)
        self._run(ops.set_tags(self.context, self.object_id, self.tags.text().split(",")))

    def _on_side_edited(self, key: str) -> None:
        edit = self.side_edits[key]
        if not edit.isModified() or self.object_id is None:
            return
        edit.setModified(False)
        self._run(ops.edit_field(self.context, self.object_id, key, edit.text().strip()))

    def set_state(self, state: str) -> None:
        """Workflow steps are history, not edits: recorded, but not undone."""
        if self.object_id is not None:
            ops.set_state(self.context, self.object_id, state, self.author()).run()

    # ------------------------------------------------------------------ events

    def _on_library_change(self, changes: Changes) -> None:
        if self.object_id is None or self.object_id not in changes.touched:
            return
        if self.object_id in changes.deleted or self._gone():
            self.show_object(None)  # deleted or in the trash: nothing to inspect
            return
        if self.object_id in changes.comments or self.object_id in changes.modified:
            self._fill_properties()
            self.comments.show_object(self.object_id)
        if self.object_id in changes.versions or self.object_id in changes.modified:
            self.history.show_object(self.object_id)
        if self.object_id in changes.modified:
            self.used_in.show_object(self.object_id)
