"""File › Translation: Export for translation… (a dialog) and Import translations… (a
file picker), each shown its result in words."""

from __future__ import annotations

from pathlib import Path

from authoring.model import browse, locales
from authoring.model.library import Library
from authoring.ui import dialogs, settings
from authoring.ui.operations import Context
from authoring.ui.operations.translation import export_for_translation, import_translations
from authoring.ui.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

FORMATS = (("xliff12", "XLIFF 1.2 (every CAT tool)"), ("xliff20", "XLIFF 2.0"))


class TranslationExportDialog(QDialog):
    """Course, target locale (a new one may be typed), format, which strings, file."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Export for translation"))
        self.course = QComboBox()
        self.locale = QComboBox()
        self.locale.setEditable(True)
        with library.transaction() as session:
            for course_id, title in browse.titles(session, "course"):
                self.course.addItem(title, course_id)
            for code in locales.target_locales(session):
                self.locale.addItem(code)
        self.format = QComboBox()
        for name, label in FORMATS:
            self.format.addItem(self.tr(label), name)
        self.only = QComboBox()
        for label, value in ((self.tr("All strings"), None), (self.tr("Missing only"), "missing"),
                             (self.tr("Outdated only"), "outdated")):
            self.only.addItem(label, value)
        self.output = QLineEdit()
        for widget, name in ((self.course, "Course"), (self.locale, "Target locale"),
                             (self.format, "Format"), (self.only, "Strings"), (self.output, "File")):
            widget.setAccessibleName(self.tr(name))
        self.course.currentIndexChanged.connect(self._suggest_file)
        self.locale.currentTextChanged.connect(self._suggest_file)
        self._suggest_file()
        choose = QPushButton(self.tr("Browse…"))
        choose.setAccessibleName(self.tr("Choose the file"))
        choose.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Course"), self.course)
        form.addRow(self.tr("Target locale"), self.locale)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Strings"), self.only)
        form.addRow(self.tr("File"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.course.count() > 0)
        hint = QLabel(self.tr("Translated strings go out with their translation and state; "
                              "a locale new to the library is added to it."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _suggest_file(self, *_: object) -> None:
        name = f"{self.course.currentText() or 'course'}.{self.locale.currentText() or 'xx'}.xlf"
        folder = Path(self.output.text()).parent if self.output.text() else Path.home()
        self.output.setText(str(folder / name))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export for translation to"),
                                              self.output.text(), self.tr("XLIFF files (*.xlf *.xliff)"))
        if path:
            self.output.setText(path)

    def accept(self) -> None:
        parent = self.parentWidget()
        operation = export_for_translation(
            Context(self.library, parent=parent), self.course.currentData(),
            self.locale.currentText().strip(), Path(self.output.text()),
            format=self.format.currentData(), only=self.only.currentData())
        operation.run()
        if operation.error is not None:
            return  # the error was shown; the dialog stays open to fix the locale or file
        result = operation.result
        super().accept()
        dialogs.show_info(parent, self.tr("Exported {n} strings for {locale} to {path}.").format(
            n=result.strings, locale=result.locale, path=result.path),
            title=self.tr("Export for translation"))


def import_translations_dialog(library: Library, parent: QWidget) -> None:
    """Pick translated XLIFF files, import them, show one line per file."""
    paths = settings.choose_import_files(parent, parent.tr("Import translations"), many=True)
    if not paths:
        return
    operation = import_translations(Context(library, parent=parent), paths)

    def done(results) -> None:
        refused = [r for r in results if r.refused]
        summary = parent.tr("Imported {ok} of {n} files.").format(
            ok=len(results) - len(refused), n=len(results))
        if refused:
            summary += " " + parent.tr("Refused files change nothing: fix them and import again.")
        dialogs.show_info(parent, summary + "\n\n" + "\n".join(r.line() for r in results),
                          title=parent.tr("Import translations"))

    operation.success(done).run()
