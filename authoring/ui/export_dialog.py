"""File ▸ Export…: choose a course, a package format, a locale and a file; export off the
GUI thread as an `export` operation (progress, Cancel, errors in one place).

The dialog stays open until the package is written: a refused export lists every problem
in the dialog, with the choices kept, so the designer fixes them and tries again. The
last format, and per course the last file, are remembered. A written package opens a
result dialog (size, warnings, Show in folder, Validate, Preview).
"""

from __future__ import annotations

import re
from pathlib import Path

from authoring.model import browse, locales
from authoring.model.jobs import Cancelled
from authoring.model.library import Library
from authoring.ui import dialogs, settings
from authoring.ui.operations import Context, export, report_error
from authoring.ui.qt import (
    QCheckBox, QComboBox, QDesktopServices, QDialog, QDialogButtonBox, QFileDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QLocale,
    QMessageBox, QPushButton, Qt, QUrl, QVBoxLayout, QWidget, Signal,
)

DEFAULT_FORMAT = "scorm2004"


def available_formats() -> list[tuple[str, str]]:
    """(name, label) of every registered package format, in the registry's order."""
    from authoring.export import formats

    return [(fmt.name, fmt.label) for fmt in formats.all_formats()]


def _format(name: str):
    from authoring.export import formats

    return formats.get(name)


def file_name(title: str) -> str:
    """A course title as a file name most systems accept ("Fire safety: basics" →
    "Fire safety - basics")."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " - ", title).strip(" .-")
    return re.sub(r"\s+", " ", cleaned) or "course"


class ExportDialog(QDialog):
    # (course id, locale): the result dialog's Preview; the window shows its preview.
    preview_requested = Signal(str, str)

    def __init__(self, library: Library, parent: QWidget | None = None,
                 course_id: str | None = None, can_preview: bool = False) -> None:
        super().__init__(parent)
        self.library = library
        self.can_preview = can_preview  # the window has a preview to show the course in
        self.operation = None
        self.setWindowTitle(self.tr("Export a course"))
        self._build()
        self._fill(course_id)
        self.course.currentIndexChanged.connect(self._course_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._course_changed()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.course, self.format, self.locale = QComboBox(), QComboBox(), QComboBox()
        self.per_lesson = QCheckBox(self.tr("One SCO / AU per lesson"))
        self.per_lesson.setToolTip(self.tr(
            "Each lesson becomes its own launchable unit in the LMS, tracked on its own."))
        self.output = QLineEdit()
        choose = QPushButton(self.tr("Browse…"))
        choose.setAccessibleName(self.tr("Choose where to save the package"))
        choose.clicked.connect(self._browse)
        row = QHBoxLayout()
        self.output.setAccessibleName(self.tr("Export to"))
        row.addWidget(self.output, 1)
        row.addWidget(choose)
        for widget, name in ((self.course, self.tr("Course")), (self.format, self.tr("Format")),
                             (self.locale, self.tr("Locale")), (self.output, self.tr("Export to"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("Course"), self.course)
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.per_lesson)
        form.addRow(self.tr("Locale"), self.locale)
        form.addRow(self.tr("Export to"), row)
        self.problems_title = QLabel(self.tr("The course cannot be exported yet:"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems to fix before exporting"))
        self.problems.setWordWrap(True)
        self._show_problems([])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _fill(self, course_id: str | None) -> None:
        with self.library.reading() as session:
            for cid, title in browse.titles(session, "course"):
                self.course.addItem(title, cid)
            all_locales = locales.all_locales(session)
        for code in all_locales:
            self.locale.addItem(code, code)
        for name, label in available_formats():
            self.format.addItem(label, name)
        chosen = course_id or settings.settings().value("export/course", "")
        self.course.setCurrentIndex(max(0, self.course.findData(chosen)))
        last = str(settings.settings().value("export/format", DEFAULT_FORMAT))
        index = self.format.findData(last)
        self.format.setCurrentIndex(index if index >= 0 else max(0, self.format.findData(DEFAULT_FORMAT)))
        self.export_button.setEnabled(self.course.count() > 0 and self.format.count() > 0)

    # ------------------------------------------------------------------ choices

    def _course_changed(self) -> None:
        """The file last used for this course, else the course's title in the last folder."""
        remembered = str(settings.settings().value(f"export/path/{self.course.currentData()}", "") or "")
        if remembered:
            self.output.setText(str(Path(remembered).with_suffix(self._suffix())))
        else:
            folder = str(settings.settings().value("export/folder", "") or "")
            folder = folder if folder and Path(folder).is_dir() else str(Path.home())
            name = file_name(self.course.currentText()) + self._suffix()
            self.output.setText(str(Path(folder) / name))
        self._format_changed()

    def _format_changed(self) -> None:
        name = self.format.currentData()
        if not name:
            return
        fmt = _format(name)
        several_units = (getattr(fmt, "document", None) is None and fmt.builder is not None
                         and not getattr(fmt.builder, "single_unit", False)
                         and name not in ("html", "review"))
        self.per_lesson.setEnabled(several_units)
        if not self.per_lesson.isEnabled():
            self.per_lesson.setChecked(False)
        current = self.output.text().strip()
        if current:
            self.output.setText(str(Path(current).with_suffix(self._suffix())))

    def _suffix(self) -> str:
        name = self.format.currentData()
        return _format(name).suffix if name else ".zip"

    def _browse(self) -> None:
        suffix = self._suffix()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.output.text(),
            f"{self.tr(_format(self.format.currentData()).file_label)} (*{suffix})")
        if path:
            self.output.setText(path if path.endswith(suffix) else path + suffix)

    def _show_problems(self, problems: list) -> None:
        self.problems.clear()
        for problem in problems:
            severity = self.tr("Error") if problem.severity == "error" else self.tr("Warning")
            QListWidgetItem(f"{severity}: {problem.message}", self.problems)
        self.problems_title.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))

    # ------------------------------------------------------------------ exporting

    def target(self) -> Path:
        return Path(self.output.text().strip()).expanduser()

    def accept(self) -> None:
        target = self.target()
        if not self.output.text().strip() or target.is_dir():
            dialogs.show_error(self, self.tr("Choose a file to export to."))
            return
        if target.exists() and not self._replace_ok(target):
            return
        self._remember(target)
        self.export_button.setEnabled(False)
        self.operation = export.export_course(
            Context(self.library, parent=self), self.course.currentData(),
            self.format.currentData(), target, locale=self.locale.currentData(),
            per_lesson=self.per_lesson.isChecked(), author=settings.author(),
            image_quality=settings.image_quality())
        self.operation.success(self._exported).failure(self._refused).run()

    def _replace_ok(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("“{name}” already exists in {folder}. Replace it with the new package?")
            .format(name=target.name, folder=target.parent))
        return answer == QMessageBox.StandardButton.Yes

    def _remember(self, target: Path) -> None:
        store = settings.settings()
        store.setValue("export/format", self.format.currentData())
        store.setValue("export/course", self.course.currentData())
        store.setValue("export/folder", str(target.parent))
        store.setValue(f"export/path/{self.course.currentData()}", str(target))
        store.sync()

    def _refused(self, error: BaseException) -> None:
        """Every problem stays in the dialog, with the choices, until the designer closes it."""
        self.export_button.setEnabled(True)
        problems = getattr(error, "problems", None)
        if problems:
            self._show_problems(problems)
        elif not isinstance(error, Cancelled):
            report_error(self, error)

    def _exported(self, result) -> None:
        course_id, locale = self.course.currentData(), self.locale.currentData() or ""
        parent = self.parentWidget()
        super().accept()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(self.tr("Exported {path}").format(path=result.path), 10000)
        shown = ExportResultDialog(self.library, result, self.format.currentText(), parent)
        shown.preview.clicked.connect(lambda: self.preview_requested.emit(course_id, locale))
        shown.preview.setVisible(self.can_preview)
        shown.open()
        self.result_dialog = shown


class ExportResultDialog(QDialog):
    """What was written: where, how big, what to look at; and the next steps."""

    def __init__(self, library: Library, result, format_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.result, self.format_label = library, result, format_label
        self.setWindowTitle(self.tr("Package exported"))
        size = QLocale().formattedDataSize(result.size)
        summary = QLabel(self.tr("{format} package, {size}:").format(format=format_label, size=size))
        where = QLabel(str(result.path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Warnings"))
        for warning in result.warnings:
            QListWidgetItem(warning.message, self.warnings)
        self.warnings.setVisible(bool(result.warnings))
        self.validation = QLabel()
        self.validation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_folder = buttons.addButton(self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.validate = buttons.addButton(self.tr("Validate"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview = buttons.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_folder.clicked.connect(self._show_folder)
        self.validate.clicked.connect(self._validate)
        self.validate.setVisible(result.path.suffix == ".zip")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(where)
        if result.warnings:
            layout.addWidget(QLabel(self.tr("Warnings (the package works, but look at these):")))
        layout.addWidget(self.warnings)
        layout.addWidget(self.validation)
        layout.addWidget(buttons)

    def _show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))

    def _validate(self) -> None:
        self.validate.setEnabled(False)

        def shown(report) -> None:
            self.validate.setEnabled(True)
            if report.ok:
                self.validation.setText(self.tr("✓ Valid {format} package: no problems found.")
                                        .format(format=self.format_label))
            else:
                self.validation.setText(self.tr("Problems found:") + "\n"
                                        + "\n".join(f"• {p}" for p in report.problems))

        export.validate_package(Context(self.library, parent=self), self.result.path).success(shown).run()
