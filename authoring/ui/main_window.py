"""The main window: one library, its outline, browser, inspector and the page editor.

The window owns the library it shows, one undo stack shared by every view, and the
change-event bridge the views listen to. It keeps no copy of the library's content.
"""

from __future__ import annotations

from pathlib import Path

from authoring.model import blocks, browse, threads
from authoring.model.errors import CoursesmithError
from authoring.model.library import Library
from authoring.model.outside_changes import OutsideChanges
from authoring.ui import dialogs, keyboard, operations, settings
from authoring.ui.keyboard import PaneCycler
from authoring.ui.operations import Context, reviews
from authoring.ui.designer_actions import LIBRARY_FILTER, DesignerActions
from authoring.ui.export_dialog import ExportDialog
from authoring.ui.replace_dialog import ReplaceDialog
from authoring.ui.inspector import QtInspector
from authoring.ui.coverage import CoverageCache
from authoring.ui.library_browser import QtLibraryBrowser
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.outline import QtOutline
from authoring.ui.page_editor import QtPageEditor
from authoring.ui.page_editor.review_marks import describe_note
from authoring.ui.preview.dock import QtPreviewDock
from authoring.ui.qt import (
    QAction, QActionGroup, QCloseEvent, QDockWidget, QFileDialog, QKeySequence, QLabel,
    QMainWindow, QMessageBox, Qt, QTimer, QUndoStack, QWidget,
)
from authoring.ui.versioning import VersionRecorder
from authoring.ui.welcome import GuideDialog, ShortcutsDialog, WelcomePanel

APP_NAME = "Coursesmith"
OUTSIDE_POLL_MS = 1000  # how soon another program's changes show


class QtMainWindow(DesignerActions, QMainWindow):
    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        threads.share_the_gil(library)  # its workers leave this window time to answer
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{library.name} — {APP_NAME}[*]")
        self.undo_stack = QUndoStack(self)
        self.events = QtLibraryEvents(library, self)
        self.recorder = VersionRecorder(self.events, settings.author, parent=self)
        self.page_editor = QtPageEditor(library, self.undo_stack, settings.author, self)
        self.setCentralWidget(self.page_editor)
        self.coverage = CoverageCache(library, self.events, self)  # one reading for both docks
        self.outline = QtOutline(library, self.undo_stack, self.events, coverage=self.coverage)
        self.browser = QtLibraryBrowser(library, self.events, coverage=self.coverage)
        self.inspector = QtInspector(library, self.undo_stack, self.events)
        self.outline_dock = self._dock(self.tr("Outline"), "outlineDock", self.outline,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.browser_dock = self._dock(self.tr("Library"), "libraryDock", self.browser,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock(self.tr("Inspector"), "inspectorDock", self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.outline_dock, self.browser_dock, Qt.Orientation.Vertical)
        self.preview_dock = QtPreviewDock(library, self.events, self.page_editor.current_page, self,
                                          beside=self.inspector_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        # editor | preview | inspector
        self.splitDockWidget(self.preview_dock, self.inspector_dock, Qt.Orientation.Horizontal)
        self.preview_dock.hide()  # Chromium starts when the designer first opens it
        self._start_designer_actions()
        self.panes = PaneCycler(self, [self.outline, self.page_editor, self.browser, self.inspector],
                                entry=self._pane_entry)
        self._connect()
        self._build_menus()
        self.welcome = WelcomePanel(
            {"sample": self.open_sample, "new": self.new_library, "word": self.import_word,
             "guide": self.show_guide}, self.open_library, library.path, self)
        self.page_editor.set_welcome(self.welcome)
        self._build_status_bar()
        self._restore_layout()
        self._watch_outside()
        settings.add_recent(library.path)

    def _watch_outside(self) -> None:
        """Show what other programs (the command line, another window) commit: checked
        every second while no work of ours is running; the views hear it as a change."""
        self.outside = OutsideChanges(self.library)
        self.outside_timer = QTimer(self, interval=OUTSIDE_POLL_MS)
        self.outside_timer.timeout.connect(self._poll_outside)
        self.outside_timer.start()

    def _poll_outside(self) -> None:
        if self.library is None or operations.activity().running:
            return
        try:
            changes = self.outside.poll()
        except Exception:  # noqa: BLE001 - a busy or vanished file: try again next time
            return
        if changes:
            self.statusBar().showMessage(self.tr("Updated with changes made by another program"), 5000)

    def _pane_entry(self, pane: QWidget) -> QWidget | None:
        """Where F6 lands in each pane: the outline's tree, the library's search field, the
        page's title (else its first control), the inspector's first field."""
        chosen = {self.outline: self.outline.view, self.browser: self.browser.search,
                  self.page_editor: self.page_editor.title}.get(pane)
        return chosen if chosen is not None and chosen.isVisible() else keyboard.first_focusable(pane)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState/restoreState need names
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        self.outline.page_activated.connect(self.show_page)
        self.outline.page_activated.connect(self.preview_dock.follow)
        self.page_editor.drafted.connect(self.preview_dock.draft)  # typing shows before it is saved
        for source in (self.outline.object_selected, self.browser.object_selected,
                       self.page_editor.object_selected, self.inspector.object_chosen):
            source.connect(self.select_object)
        self.browser.object_activated.connect(self._on_browser_activated)
        for source in (self.outline.translate_requested, self.browser.translate_requested):
            source.connect(self.translate_course)
        self.page_editor.review_chosen.connect(self.show_review_thread)
        self.inspector.comments.thread_selected.connect(self.follow_review_thread)
        self.browser.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        operations.activity().changed.connect(self._on_activity)

    # ------------------------------------------------------------------ menus

    def _action(self, text: str, slot=None, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New library…"), self.new_library, QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("&Open…"), self.open_library_dialog, QKeySequence.StandardKey.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Import files…"), self.import_files, QKeySequence("Ctrl+I")))
        self.import_review_action = self._action(self.tr("Import &review comments…"), self.import_review_comments)
        file_menu.addAction(self.import_review_action)
        self.export_action = self._action(self.tr("&Export…"), self.export, QKeySequence("Ctrl+E"))
        file_menu.addAction(self.export_action)
        translation_menu = file_menu.addMenu(self.tr("&Translation"))
        translation_menu.addAction(self._action(self.tr("&Export for translation…"),
                                                self.export_for_translation))
        translation_menu.addAction(self._action(self.tr("&Import translations…"),
                                                self.import_translations))
        file_menu.addAction(self._action(self.tr("Save a &copy…"), self.save_copy, None,
                                         self.tr("Write the whole library to one file, as it is now")))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Preferences…"), self.preferences,
                                         QKeySequence.StandardKey.Preferences))
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self._quit, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Both redo keys people know, whatever the platform's standard one is.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.replace_action = self._action(self.tr("Replace in &library…"), self.replace_in_library,
                                           QKeySequence("Ctrl+Shift+H"))
        edit_menu.addAction(self.replace_action)
        edit_menu.addSeparator()
        self.next_review_action = self._action(
            self.tr("Next review co&mment"), lambda: self.go_to_review(1), QKeySequence("F8"),
            self.tr("Go to the next open review comment on the page"))
        self.previous_review_action = self._action(
            self.tr("Previous review comme&nt"), lambda: self.go_to_review(-1), QKeySequence("Shift+F8"),
            self.tr("Go to the previous open review comment on the page"))
        edit_menu.addAction(self.next_review_action)
        edit_menu.addAction(self.previous_review_action)
        self._add_reuse_and_course_menus(bar, edit_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        for dock in (self.outline_dock, self.browser_dock, self.inspector_dock, self.preview_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self._action(self.tr("&Trash…"), self.show_trash))
        view_menu.addAction(self._action(self.tr("T&ranslation…"), self.show_translation,
                                         QKeySequence("Ctrl+Shift+T")))
        view_menu.addSeparator()
        group = QActionGroup(self)
        self.view_mode_actions = {}
        for mode, text in (("list", self.tr("Library as &List")), ("grid", self.tr("Library as &Grid"))):
            action = self._action(text, lambda _=False, m=mode: self.set_browser_mode(m))
            action.setCheckable(True)
            group.addAction(action)
            view_menu.addAction(action)
            self.view_mode_actions[mode] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Getting started"), self.show_guide,
                                         QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                         QKeySequence("Ctrl+/")))
        help_menu.addSeparator()
        about = self._action(self.tr("&About Coursesmith"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_libraries():
            if Path(path) != self.library.path:
                self.recent_menu.addAction(Path(path).stem, lambda p=path: self.open_library(p)).setToolTip(path)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No other recent libraries")).setEnabled(False)

    def _build_status_bar(self) -> None:
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_state)
        self._update_saved()
        with self.library.reading() as session:  # counts only: cheap on any size
            counts = browse.counts(session, ("course", "page", "asset"))
        parts = [self.tr("Courses: %n", "", counts["course"]),
                 self.tr("Pages: %n", "", counts["page"]),
                 self.tr("Assets: %n", "", counts["asset"])]
        self.statusBar().showMessage(" · ".join(parts), 10000)

    # ------------------------------------------------------------------ state

    def _on_activity(self, running: int) -> None:
        self._update_saved()

    def _update_saved(self) -> None:
        """Every edit commits at once; only work still running is not on disk yet."""
        pending = operations.activity().running > 0
        self.setWindowModified(pending)
        self.save_state.setText(self.tr("Saving…") if pending else self.tr("All changes saved"))

    def _restore_layout(self) -> None:
        store = settings.settings()
        geometry, state = store.value("window/geometry"), store.value("window/state")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1440, 900)
        self._fit_screen()
        if state is None or not self.restoreState(state):
            self.resizeDocks([self.outline_dock, self.inspector_dock], [380, 320],
                             Qt.Orientation.Horizontal)
            self.resizeDocks([self.outline_dock, self.browser_dock], [330, 470],
                             Qt.Orientation.Vertical)
        self.set_browser_mode(str(store.value("browser/mode", "list")))

    def _fit_screen(self) -> None:
        """Never wider or taller than the screen's free area (a 1366×768 laptop included),
        whatever size was saved on a larger screen."""
        free = self.screen().availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self.move(free.topLeft())

    def _save_layout(self) -> None:
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("browser/mode", self.browser.mode)
        store.sync()

    # ------------------------------------------------------------------ selection

    def show_page(self, page_id: str) -> None:
        self.page_editor.show_page(page_id)

    def select_object(self, object_id: str) -> None:
        if object_id == self.selected_id == self.inspector.object_id:
            return  # said twice (a click that also moved the current row): shown already
        self.selected_id = object_id
        self.recorder.selection_changed(object_id)
        self.inspector.show_object(object_id)

    # ------------------------------------------------------------------ review comments

    def show_review_thread(self, object_id: str, thread_id: int) -> None:
        """A mark, a badge or F8 in the page editor chose a thread: the inspector shows
        the block's Comments tab with that thread chosen."""
        self.select_object(object_id)
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        self.inspector.show_thread(thread_id)

    def follow_review_thread(self, object_id: str, thread_id: int) -> None:
        """A thread chosen in the Comments panel: the editor scrolls to its block and marks
        its words, opening the page that holds the block if another page is open."""
        if self.page_editor.show_review(object_id, thread_id):
            return
        with self.library.reading() as session:
            page_id = blocks.page_of(session, object_id)
        if page_id is not None:
            self.show_page(page_id)
            self.preview_dock.follow(page_id)
            self.page_editor.show_review(object_id, thread_id)

    def go_to_review(self, step: int) -> None:
        found = self.page_editor.go_to_review(step)
        if found is None:
            self.statusBar().showMessage(self.tr("No open review comments on this page"), 5000)
            return
        number, count, note = found
        self.statusBar().showMessage(
            self.tr("Review comment %1 of %2: %3").replace("%1", str(number))
            .replace("%2", str(count)).replace("%3", describe_note(note)), 10000)

    def _on_browser_activated(self, object_id: str) -> None:
        index = self.outline.model.find(object_id)
        if index.isValid():
            self.outline.view.setCurrentIndex(index)

    def set_browser_mode(self, mode: str) -> None:
        mode = mode if mode in ("list", "grid") else "list"
        self.browser.set_view_mode(mode)
        self.view_mode_actions[mode].setChecked(True)

    # ------------------------------------------------------------------ file actions

    def new_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New library"), str(self.library.path.parent),
                                              LIBRARY_FILTER)
        if not path:
            return
        if not path.endswith(".cslib"):
            path += ".cslib"
        try:
            Library.create(path, settings.default_locale()).close()
        except CoursesmithError as error:
            dialogs.show_error(self, str(error))
            return
        self.open_library(path)

    def open_library_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open library"), str(self.library.path.parent),
                                              LIBRARY_FILTER)
        if path:
            self.open_library(path)

    def open_library(self, path: str) -> None:
        """Open another library in a new window, then close this one (one library per window)."""
        from authoring.ui.app import open_window

        if open_window(path, parent_for_errors=self) is not None:
            self.close()

    def open_sample(self) -> None:
        """The bundled sample course, in its own library (written the first time)."""
        from authoring.ui.app import choose_sample

        self.open_library(str(choose_sample()))

    def import_word(self) -> None:
        """A Word document becomes a lesson: each top-level heading a page."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Start from a Word document"),
                                              settings.import_folder(),
                                              self.tr("Word documents (*.docx)"))
        if path:
            settings.set_import_folder([path])
            self.browser.import_paths([path])

    def show_guide(self) -> None:
        GuideDialog(self).open()

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def import_files(self) -> None:
        paths = settings.choose_import_files(self, self.tr("Import files"), many=True)
        if paths:
            self.browser.import_paths(paths)

    def import_review_comments(self) -> None:
        """Comments from reviewers' files: each file's line as the command line prints it."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import review comments"), settings.import_folder(),
            self.tr("Review files (*.csreview *.docx);;All files (*)"))
        if not paths:
            return
        settings.set_import_folder(paths)
        op = reviews.import_reviews(Context(self.library, parent=self), paths)
        op.success(self._on_reviews_imported).run()

    def _on_reviews_imported(self, outcomes) -> None:
        added = sum(o.applied.added for o in outcomes if o.applied is not None)
        refused = sum(1 for o in outcomes if o.status == "refused")
        summary = (self.tr("Imported 1 review comment") if added == 1
                   else self.tr("Imported %1 review comments").replace("%1", str(added)))
        if refused:
            summary += (self.tr("; 1 file refused") if refused == 1
                        else self.tr("; %1 files refused").replace("%1", str(refused)))
        self.statusBar().showMessage(summary, 10000)
        lines = [o.line().replace(o.path, Path(o.path).name, 1) for o in outcomes]
        verdicts = [self._verdict(o.applied) for o in outcomes if o.applied and o.applied.verdict]
        dialogs.show_info(self, "\n".join([summary + ".", "", *lines, *verdicts]),
                          title=self.tr("Review comments imported"))

    def _verdict(self, applied) -> str:
        if applied.verdict == "approved":
            return self.tr("%1 approved the course.").replace("%1", applied.reviewer)
        return self.tr("%1 requested changes.").replace("%1", applied.reviewer)

    def export(self) -> None:
        dialog = ExportDialog(self.library, self, can_preview=True)
        dialog.preview_requested.connect(self.preview_dock.show_course)
        dialog.open()

    def export_for_translation(self) -> None:
        from authoring.ui.translation_dialogs import TranslationExportDialog

        TranslationExportDialog(self.library, self).open()

    def import_translations(self) -> None:
        from authoring.ui.translation_dialogs import import_translations_dialog

        import_translations_dialog(self.library, self)

    def show_translation(self) -> None:
        from authoring.ui.translation_view import show_translation_view

        show_translation_view(self)

    def translate_course(self, course_id: str, locale: str, unit_id: str = "") -> None:
        """The Translation view on one course and locale, at the string to do first."""
        from authoring.ui.translation_view import show_translation_view

        show_translation_view(self).show_strings(course_id, locale, unit_id)

    def replace_in_library(self) -> None:
        """Edit › Replace in library…: the dialog, window-modal; one undo step on this stack."""
        dialog = ReplaceDialog(self.library, self.undo_stack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def preferences(self) -> None:
        settings.PreferencesDialog(self).open()

    def about(self) -> None:
        from authoring import __version__

        QMessageBox.about(self, self.tr("About Coursesmith"), self.tr(
            "<h3>Coursesmith {version}</h3><p>Build e-learning from reusable, versioned, "
            "translatable learning objects, and publish it to any LMS.</p>"
            "<p>Library: {path}</p>").format(version=__version__, path=self.library.path))

    def _quit(self) -> None:
        from authoring.ui.app import close_all

        close_all()

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.library is None:  # closed already
            super().closeEvent(event)
            return
        operations.cancel_all_and_wait()
        self._stop_designer_actions()
        self.page_editor.show_page(None)  # saves typing still waiting for its pause
        self.preview_dock.close_preview()
        self.recorder.flush()
        self._save_layout()
        operations.activity().changed.disconnect(self._on_activity)
        self.outside_timer.stop()
        self.outside.close()
        self.events.detach()
        for view in (self.outline, self.browser, self.inspector, self.page_editor):
            bridge = getattr(view, "events", None)
            if isinstance(bridge, QtLibraryEvents):
                bridge.detach()
        self.library.close()
        self.library = None
        super().closeEvent(event)
