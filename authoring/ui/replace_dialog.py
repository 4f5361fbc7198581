"""Edit › Replace in library… (Ctrl+Shift+H): acting on a reviewer's feedback everywhere
at once. The designer types what to find and what replaces it, picks the scope (the whole
library or one course) and the locale, sees every object and each match in context
(now, and after replacing), then replaces them all as one undo step.

Matching is the model's (`model/replace.py`): literal, case-sensitive, only in text a
learner reads; the dialog shows its plan and applies exactly the objects it showed.
"""

from __future__ import annotations

from authoring.model import browse, locales, replace
from authoring.model.library import Library
from authoring.ui import settings
from authoring.ui.operations import Context
from authoring.ui.operations import library as library_ops
from authoring.ui.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, Qt, QTimer,
    QTreeWidget, QTreeWidgetItem, QUndoStack, QVBoxLayout, QWidget,
)

WHOLE_LIBRARY = ""  # the scope box's data for "the whole library"
PREVIEW_DELAY_MS = 250  # matches refresh this long after the last keystroke


class ReplaceDialog(QDialog):
    def __init__(self, library: Library, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.context = Context(library, undo_stack, parent or self, origin=self)
        self.plan: replace.Plan | None = None
        self.setWindowTitle(self.tr("Replace in library"))
        self.setAccessibleName(self.tr("Replace in library"))
        self.find = self._field(self.tr("Find"))
        self.replacement = self._field(self.tr("Replace with"))
        self.scope = self._choices(self.tr("Scope"))
        self.locale = self._choices(self.tr("Locale"))
        self._fill_choices()
        hint = QLabel(self.tr("Exact text, upper and lower case as typed, in the text learners read: "
                              "titles, text, questions, choices, feedback, alt text, captions."))
        hint.setWordWrap(True)
        self.matches = QTreeWidget()
        self.matches.setAccessibleName(self.tr("Matches"))
        self.matches.setHeaderLabels([self.tr("Where"), self.tr("Now"), self.tr("After replacing")])
        self.matches.setColumnWidth(0, 220)
        self.matches.setColumnWidth(1, 300)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.buttons = QDialogButtonBox()
        self.apply_button = self._button(self.tr("Replace all"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self._button(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        form = QFormLayout()
        for label, widget in ((self.tr("&Find"), self.find), (self.tr("&Replace with"), self.replacement),
                              (self.tr("&Scope"), self.scope), (self.tr("&Locale"), self.locale)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        for box in (self.find, self.replacement):
            box.textChanged.connect(self.timer.start)
        for combo in (self.scope, self.locale):
            combo.currentIndexChanged.connect(self.refresh)
        self.resize(820, 560)
        self.refresh()

    # ------------------------------------------------------------ building

    def _field(self, name: str) -> QLineEdit:
        box = QLineEdit()
        box.setAccessibleName(name)
        return box

    def _choices(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        return combo

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        return button

    def _fill_choices(self) -> None:
        self.scope.addItem(self.tr("Whole library"), WHOLE_LIBRARY)
        with self.library.transaction() as session:
            for course_id, title in browse.titles(session, "course"):
                self.scope.addItem(self.tr("Course: {title}").format(title=title), course_id)
            source = locales.source_locale(session)
            for code in locales.all_locales(session):
                label = self.tr("{code} (source)").format(code=code) if code == source else code
                self.locale.addItem(label, code)

    # ------------------------------------------------------------ showing the matches

    def refresh(self) -> None:
        self.timer.stop()
        self.matches.clear()
        self.plan = None
        if not self.find.text():
            self._summarise(self.tr("Type the text to find."))
            return
        operation = library_ops.replace_matches(self.context, self.find.text(), self.replacement.text(),
                                                course=self.scope.currentData() or None,
                                                locale=self.locale.currentData())
        self.plan = operation.run()
        if self.plan is None:
            self._summarise(self.tr("No matches."))
            return
        for found in self.plan.objects:
            self._show(found)
        self._summarise(self._count_text(self.plan))

    def _show(self, found: replace.ObjectMatches) -> None:
        top = QTreeWidgetItem([found.title or found.kind, _count(found.count, "match", "matches"), ""])
        top.setData(0, Qt.ItemDataRole.UserRole, found.id)
        top.setToolTip(0, f"{found.kind} {found.id}")
        for field in found.fields:
            for context in field.contexts:
                after = context.replace(self.plan.find, self.plan.replacement)
                child = QTreeWidgetItem([replace.field_label(field.field), context, after])
                child.setToolTip(1, context)
                child.setToolTip(2, after)
                top.addChild(child)
        self.matches.addTopLevelItem(top)
        top.setExpanded(True)

    def _count_text(self, plan: replace.Plan) -> str:
        return self.tr("{matches} in {objects}").format(
            matches=_count(plan.matches, self.tr("match"), self.tr("matches")),
            objects=_count(len(plan.objects), self.tr("object"), self.tr("objects")))

    def _summarise(self, text: str) -> None:
        self.summary.setText(text)
        self.apply_button.setEnabled(bool(self.plan and self.plan.matches))

    # ------------------------------------------------------------ replacing

    def apply(self) -> None:
        """Replace what is shown, as one undo step; then close."""
        if self.timer.isActive():  # typed since the matches were shown: show them first
            self.refresh()
            return
        if not self.plan or not self.plan.matches:
            return
        operation = library_ops.replace_text(self.context, self.plan, course=self.scope.currentData() or None,
                                             author=settings.author())
        done = operation.run()
        if done is None:
            return
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(self.tr("Replaced {count}").format(count=self._count_text(done)), 10000)
        self.accept()


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
