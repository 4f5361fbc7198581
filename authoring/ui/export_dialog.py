"""File ▸ Export…: choose a course, a package format, a locale and a file; export off the
GUI thread as an `export` operation (progress, Cancel, errors in one place)."""

from __future__ import annotations

from pathlib import Path

from authoring.model import browse, locales
from authoring.model.library import Library
from authoring.ui import settings
from authoring.ui.operations import Context, export
from authoring.ui.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)


def available_formats() -> list[tuple[str, str]]:
    """(name, label) of every registered package format, in the registry's order."""
    from authoring.export import formats

    return [(fmt.name, fmt.label) for fmt in formats.all_formats()]


class ExportDialog(QDialog):
    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Export a course"))
        self.course = QComboBox()
        self.format = QComboBox()
        self.locale = QComboBox()
        with library.transaction() as session:
            for course_id, title in browse.titles(session, "course"):
                self.course.addItem(title, course_id)
            for code in locales.all_locales(session):
                self.locale.addItem(code, code)
        for name, label in available_formats():
            self.format.addItem(label, name)
        self.output = QLineEdit(str(Path.home() / f"{self.course.currentText() or 'course'}.zip"))
        choose = QPushButton(self.tr("Browse…"))
        choose.clicked.connect(self._browse)
        row = QHBoxLayout()
        self.output.setAccessibleName(self.tr("Export to"))
        row.addWidget(self.output, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Course"), self.course)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Locale"), self.locale)
        form.addRow(self.tr("Package"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.course.count() > 0 and self.format.count() > 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.output.text(),
                                              self.tr("Packages (*.zip)"))
        if path:
            self.output.setText(path)

    def accept(self) -> None:
        parent = self.parentWidget()
        operation = export.export_course(
            Context(self.library, parent=parent), self.course.currentData(),
            self.format.currentData(), Path(self.output.text()),
            locale=self.locale.currentData(), author=settings.author(),
            image_quality=settings.image_quality())

        def done(result) -> None:
            if parent is not None and hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(self.tr("Exported {path}").format(path=result.path), 10000)

        super().accept()
        operation.success(done).run()
