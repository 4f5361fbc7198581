"""View › Translation…: translate a course by hand, string by string, beside its source.

The window lists the course's units for one target locale (the same units `translate
export` writes, in reading order) with where each one is and its status; a filter keeps
the missing or outdated ones in view. The selected string's source and target sit side by
side below; inline formatting shows as numbered tokens (`<1>…</1>`) that must be kept,
so no markup is typed or lost. Save is an undoable operation; the row becomes current and
the next string is selected, as a translator works down the list. Pseudo-translate fills
the locale with accented, longer text to try layouts before anything is sent out.

An outdated string shows above its source what changed since it was translated: the
source it was translated from turned into today's, removed words struck out and added
words underlined (`model.translation.previous`). An alt text shows the picture it
describes.
"""

from __future__ import annotations

from html import escape

from authoring.model import browse, locales
from authoring.model.errors import CoursesmithError
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.model.locales import Status
from authoring.model.translation import player
from authoring.model.translation.editing import editable
from authoring.model.translation.previous import SourceChange, source_change
from authoring.model.translation.units import Unit, course_units
from authoring.ui import dialogs
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.operations import Context
from authoring.ui.operations.translation import pseudo_translate_course, save_translation
from authoring.ui.qt import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QKeySequence,
    QLabel, QMessageBox, QPixmap, QPlainTextEdit, QPushButton, QShortcut, QSplitter, Qt,
    QTableWidget, QTableWidgetItem, QTextBrowser, QUndoStack, QVBoxLayout, QWidget,
)
from authoring.ui.thumbnails import read_thumbnail
from authoring.ui.word_diff import FIRST_CHANGE, pieces_html

PICTURE_SIZE = 120  # px: the alt text's picture, large enough to tell what it shows


class TranslationView(QDialog):
    """A window of its own (not modal): the designer may keep it open beside the editor."""

    def __init__(self, library: Library, undo_stack: QUndoStack | None = None,
                 events: QtLibraryEvents | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationView")
        self.setWindowTitle(self.tr("Translation"))
        self.library = library
        # no origin of its own: a save or an undo of one here is shown like any change
        self.context = Context(library, undo_stack, parent=self)
        self.events = events
        self.units: list[Unit] = []
        self.shown: list[Unit] = []
        self._pictures: dict[str, QPixmap | None] = {}  # asset id -> its thumbnail, read once
        self._editing: str | None = None  # the unit whose target is in the editor
        self._build()
        self._fill_choices()
        if undo_stack is not None:
            self._add_undo(undo_stack)
        if events is not None:
            events.changed.connect(self._on_library_change)
        self.reload()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.course = self._combo(self.tr("Course"))
        self.locale = self._combo(self.tr("Target language"))
        self.locale.setEditable(True)  # a new locale may be typed (qps for pseudo)
        self.filter = self._combo(self.tr("Show"))
        for status, label in ((Status.MISSING, self.tr("Missing")),
                              (Status.OUTDATED, self.tr("Outdated")), (None, self.tr("All"))):
            self.filter.addItem(label, status)
        self.coverage = QLabel()
        self.coverage.setAccessibleName(self.tr("Coverage"))
        choose = QFormLayout()
        choose.addRow(self.tr("Course"), self.course)
        choose.addRow(self.tr("Target language"), self.locale)
        choose.addRow(self.tr("Show"), self.filter)
        self.table = self._table()
        self.source = QPlainTextEdit(readOnly=True)
        self.source.setAccessibleName(self.tr("Source text"))
        self.target = QPlainTextEdit()
        self.target.setAccessibleName(self.tr("Translation"))
        self.target.setPlaceholderText(self.tr("Type the translation; keep every <1>…</1> code"))
        self.context_label = QLabel()
        self.context_label.setWordWrap(True)
        self.context_label.setAccessibleName(self.tr("Where the string is"))
        self.changes = QTextBrowser()
        self.changes.setAccessibleName(self.tr("What changed in the source"))
        self.changes_box = QWidget()  # hidden unless the string is outdated
        changes_layout = QVBoxLayout(self.changes_box)
        changes_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Changed since it was translated:"))
        heading.setBuddy(self.changes)
        changes_layout.addWidget(heading)
        changes_layout.addWidget(self.changes, 1)
        self.changes_box.hide()
        self.picture = QLabel()
        self.picture.setAccessibleName(self.tr("Picture the alt text describes"))
        self.picture.setFixedSize(PICTURE_SIZE, PICTURE_SIZE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.hide()
        self.save_button = self._button(self.tr("&Save translation"), self.tr("Save translation"),
                                        self.save)
        self.pseudo_button = self._button(self.tr("&Pseudo-translate…"), self.tr("Pseudo-translate"),
                                          self.ask_to_pseudo_translate)
        close = self._button(self.tr("Close"), self.tr("Close"), self.accept)
        self.save_button.setToolTip(self.tr("Save this string and go to the next one (Ctrl+Return)"))
        QShortcut(QKeySequence("Ctrl+Return"), self.target, self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        source_side = QSplitter(Qt.Orientation.Vertical)  # what changed above today's source
        source_side.addWidget(self.changes_box)
        source_side.addWidget(self.source)
        source_side.setChildrenCollapsible(False)
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(source_side)
        sides.addWidget(self.target)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(sides)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.coverage, 1)
        for button in (self.pseudo_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(split, 1)
        context = QHBoxLayout()
        context.addWidget(self.picture)
        context.addWidget(self.context_label, 1)
        layout.addLayout(context)
        layout.addLayout(buttons)
        self.resize(980, 680)
        self.course.currentIndexChanged.connect(self.reload)
        self.locale.currentTextChanged.connect(self.reload)
        self.filter.currentIndexChanged.connect(self._show_rows)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        return combo

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        button.setAutoDefault(False)  # Return in the target types a line, never clicks
        return button

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setAccessibleName(self.tr("Strings"))
        table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Source"), self.tr("Target"),
                                         self.tr("Status")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        table.setColumnWidth(0, 240)
        for column, mode in ((1, QHeaderView.ResizeMode.Stretch), (2, QHeaderView.ResizeMode.Stretch),
                             (3, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        table.setWordWrap(False)
        table.itemSelectionChanged.connect(self._on_row_change)
        return table

    def _add_undo(self, undo_stack: QUndoStack) -> None:
        """Ctrl+Z here undoes the last step of the window's one stack (a save here,
        or an edit in the editor)."""
        for action, keys in ((undo_stack.createUndoAction(self, self.tr("Undo")), QKeySequence.StandardKey.Undo),
                             (undo_stack.createRedoAction(self, self.tr("Redo")), QKeySequence.StandardKey.Redo)):
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _fill_choices(self) -> None:
        with self.library.reading() as session:
            courses = browse.titles(session, "course")
            targets = locales.target_locales(session)
        for course_id, title in courses:
            self.course.addItem(title, course_id)
        for code in targets:
            self.locale.addItem(code)

    # ------------------------------------------------------------------ showing

    def course_id(self) -> str | None:
        return self.course.currentData()

    def locale_code(self) -> str:
        return self.locale.currentText().strip()

    def reload(self, *_: object) -> None:
        """Read the course's units again (after a save, an undo, a locale typed)."""
        self._pictures.clear()  # a picture may have been replaced meanwhile
        self.units = self._read_units()
        self._show_rows()

    def _read_units(self) -> list[Unit]:
        course_id, locale = self.course_id(), self.locale_code()
        if not course_id or not locale:
            return []
        try:
            code = locales.normalize_locale(locale)
            with self.library.reading() as session:
                if code == locales.source_locale(session):
                    return []
                return course_units(session, course_id, code)
        except CoursesmithError:
            return []  # a locale half typed, a course deleted since: nothing to list

    def _show_rows(self, *_: object) -> None:
        keep = self._selected_id()
        wanted = self.filter.currentData()
        self.shown = [u for u in self.units if wanted is None or u.status == wanted]
        self.table.setRowCount(len(self.shown))
        for row, unit in enumerate(self.shown):
            target = editable(unit.target, unit.kind) if unit.target is not None else ""
            texts = (unit.context, editable(unit.source, unit.kind), target, self._status(unit.status))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._update_coverage()
        self._select(keep)

    def _status(self, status: Status) -> str:
        return {Status.MISSING: self.tr("missing"), Status.OUTDATED: self.tr("outdated"),
                Status.CURRENT: self.tr("current")}[status]

    def _update_coverage(self) -> None:
        total = len(self.units)
        current = sum(1 for unit in self.units if unit.status == Status.CURRENT)
        percent = round(100 * current / total) if total else 0
        self.coverage.setText(self.tr("{n} of {total} strings current ({percent} %)").format(
            n=current, total=total, percent=percent))
        self.pseudo_button.setEnabled(bool(self.units))

    def _selected_id(self) -> str | None:
        unit = self.current_unit()
        return unit.id if unit else None

    def _select(self, unit_id: str | None, row: int = 0) -> None:
        ids = [unit.id for unit in self.shown]
        if unit_id in ids:
            row = ids.index(unit_id)
        if self.shown:
            self.table.selectRow(min(row, len(self.shown) - 1))
        else:
            self.table.clearSelection()
        self._on_row_change()

    def current_unit(self) -> Unit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows and rows[0].row() < len(self.shown) else None

    def _on_row_change(self) -> None:
        unit = self.current_unit()
        if unit is not None and unit.id == self._editing and self.target.document().isModified():
            return  # the list was read again while typing: keep what was typed
        self._editing = unit.id if unit else None
        self.source.setPlainText(editable(unit.source, unit.kind) if unit else "")
        target = unit.target if unit and unit.target is not None else ""
        self.target.setPlainText(editable(target, unit.kind) if unit else "")
        self.target.document().setModified(False)
        self.context_label.setText(unit.note if unit else "")
        self.target.setEnabled(unit is not None)
        self.save_button.setEnabled(unit is not None)
        self._show_change(unit)
        self._show_picture(unit)

    def _show_change(self, unit: Unit | None) -> None:
        """An outdated string's previous source against today's, word by word."""
        change = None
        if unit is not None and unit.status == Status.OUTDATED:
            try:
                code = locales.normalize_locale(self.locale_code())
                with self.library.reading() as session:
                    change = source_change(session, unit, code)
            except CoursesmithError:
                change = None  # the locale or the object went meanwhile: nothing to compare
        self.changes_box.setVisible(change is not None)
        if change is None:
            self.changes.clear()
            return
        self.changes.setHtml(self._change_html(change))
        self.changes.scrollToAnchor(FIRST_CHANGE)  # a long text: its first change in view
        described = self._change_words(change)
        self.changes.setAccessibleDescription(described)
        self.changes.setToolTip(described)

    def _change_html(self, change: SourceChange) -> str:
        if not change.available:
            return f"<p>{escape(self._change_words(change))}</p>"
        return f"<p>{pieces_html(change.pieces)}</p>"

    def _change_words(self, change: SourceChange) -> str:
        """The change in words, for a screen reader and for anyone who cannot tell the
        marks apart."""
        if not change.available:
            return self.tr("Previous source not available: the library never stored the text "
                           "this was translated from, so check the translation against "
                           "today's source.")
        if not change.removed and not change.added:
            return self.tr("The source changed since this was translated: only its "
                           "formatting, the words are the same.")
        none = self.tr("none")
        return self.tr("The source changed since this was translated. Words removed: "
                       "{removed}. Words added: {added}.").format(
            removed=", ".join(f"“{words}”" for words in change.removed) or none,
            added=", ".join(f"“{words}”" for words in change.added) or none)

    def _show_picture(self, unit: Unit | None) -> None:
        """The picture an alt text describes, beside where the string is."""
        pixmap = self._picture(unit.image) if unit is not None and unit.image else None
        self.picture.setVisible(pixmap is not None)
        if pixmap is None:
            self.picture.clear()
            return
        self.picture.setPixmap(pixmap)
        self.picture.setToolTip(unit.note)

    def _picture(self, asset_id: str) -> QPixmap | None:
        if asset_id not in self._pictures:
            image = read_thumbnail(self.library, asset_id)
            self._pictures[asset_id] = None if image is None else QPixmap.fromImage(image).scaled(
                PICTURE_SIZE, PICTURE_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
        return self._pictures[asset_id]

    def _on_library_change(self, changes: Changes) -> None:
        if changes.translations or changes.modified or changes.children or changes.created:
            self.reload()

    def show_strings(self, course_id: str, locale: str, unit_id: str = "") -> None:
        """One course and locale, filtered to what is left to do there: the strings of
        `unit_id`'s status (missing or outdated), with `unit_id` selected."""
        index = self.course.findData(course_id)
        if index < 0:  # a course made since the view opened
            with self.library.reading() as session:
                self.course.addItem(dict(browse.titles(session, "course")).get(course_id, course_id),
                                    course_id)
            index = self.course.count() - 1
        self.course.setCurrentIndex(index)
        if self.locale.findText(locale) < 0:
            self.locale.addItem(locale)
        self.locale.setCurrentIndex(self.locale.findText(locale))
        found = next((unit for unit in self.units if unit.id == unit_id), None)
        statuses = {unit.status for unit in self.units}
        wanted = found.status if found is not None and found.status != Status.CURRENT else \
            next((s for s in (Status.MISSING, Status.OUTDATED) if s in statuses), None)
        self.filter.setCurrentIndex(next(i for i in range(self.filter.count())
                                         if self.filter.itemData(i) == wanted))
        self._select(found.id if found is not None else None)
        self.target.setFocus()

    # ------------------------------------------------------------------ acting

    def save(self) -> None:
        """Store the typed target; the next string of the list is selected."""
        unit = self.current_unit()
        if unit is None:
            return
        row = self.table.currentRow()
        operation = save_translation(self.context, unit, self.locale_code(),
                                     self.target.toPlainText())
        if operation.run() is None:
            return  # the problem was shown; the typed text stays to be fixed
        self.target.document().setModified(False)
        if self.events is None or unit.object_id == player.OBJECT_ID:
            self.reload()  # else the change event has read the list again
        if self.filter.currentData() is None:
            row += 1  # All: the saved row stays, so go on to the next one
        self._select(None, row)
        self.target.setFocus()

    def ask_to_pseudo_translate(self) -> None:
        locale = self.locale_code()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Pseudo-translate"),
                          self.tr("Fill {locale} with pseudo-translations of every string of "
                                  "this course (accented and 30 % longer), to try layouts? "
                                  "Translations already in {locale} are replaced.").format(locale=locale),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("pseudoConfirmation")
        go = box.addButton(self.tr("Pseudo-translate"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.buttonClicked.connect(lambda button: self.pseudo_translate() if button is go else None)
        box.open()
        self.confirmation = box

    def pseudo_translate(self) -> None:
        course_id, locale = self.course_id(), self.locale_code()
        if course_id is None:
            return
        operation = pseudo_translate_course(self.context, course_id, locale)
        operation.success(self._on_pseudo_done).run()

    def _on_pseudo_done(self, count: int) -> None:
        if self.events is None:
            self.reload()
        dialogs.show_info(self, self.tr("Pseudo-translated {n} strings into {locale}.").format(
            n=count, locale=self.locale_code()), title=self.tr("Pseudo-translate"))


def show_translation_view(window) -> TranslationView:
    """Open the view from the main window (one at a time: raised if already open)."""
    view = getattr(window, "translation_view", None)
    if view is None or not view.isVisible():
        view = TranslationView(window.library, window.undo_stack, window.events, window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        view.destroyed.connect(lambda *_: setattr(window, "translation_view", None))
        window.translation_view = view
    view.show()
    view.raise_()
    view.activateWindow()
    return view
