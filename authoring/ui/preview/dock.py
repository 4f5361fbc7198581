"""Where the preview lives: the main window's `Preview` dock, and a window of its own.

The dock starts Chromium only when it is first shown (View › Preview, Ctrl+Shift+P), so a
designer who never previews pays nothing at start-up. It opens at the page the editor
shows and follows the pages the designer opens.
"""

from __future__ import annotations

from authoring.model import outline_rows
from authoring.model.library import Library
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.preview.view import QtPreview
from authoring.ui.qt import QCloseEvent, QDockWidget, QKeySequence, QMainWindow, QWidget, Qt

SHORTCUT = "Ctrl+Shift+P"
PREVIEW_WIDTH = 480  # beside the page, at most
EDITOR_NEEDS = 560  # the page editor's comfortable width: less, and the preview shares a place


class QtPreviewDock(QDockWidget):
    """A dock titled "Preview" holding the player and the Tracking panel."""

    def __init__(self, library: Library, events: QtLibraryEvents, current_page, parent: QWidget,
                 beside: QDockWidget | None = None) -> None:
        super().__init__(self.tr("Preview"), parent)
        self.beside = beside  # the dock whose place it shares when the window is narrow
        self.setObjectName("previewDock")
        self.library = library
        self.events = events
        self.current_page = current_page  # () -> the page id the editor shows, or None
        self.preview: QtPreview | None = None
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        action = self.toggleViewAction()
        action.setText(self.tr("&Preview"))
        action.setShortcut(QKeySequence(SHORTCUT))
        action.setStatusTip(self.tr("Show the course as learners see it, tracked as an LMS would"))
        # shown again in a tab beside the Inspector, it comes to the front (else Ctrl+Shift+P
        # "shows" a tab nobody sees, and the preview never catches up with edits)
        action.triggered.connect(lambda checked: self.raise_() if checked else None)
        self.visibilityChanged.connect(self._on_visible)

    def _on_visible(self, visible: bool) -> None:
        if not visible:
            return
        if self.preview is None:
            self.preview = QtPreview(self.library, self.events)
            self.setWidget(self.preview)
            window = self.parentWidget()
            if isinstance(window, QMainWindow) and not self.isFloating():
                self._make_room(window)
        self.preview.catch_up()
        page = self.current_page()
        if page is not None:
            self.preview.follow(page)
        elif self.preview.site is None and (course := first_course(self.library)) is not None:
            self.preview.show_course(course)

    def _make_room(self, window: QMainWindow) -> None:
        """Take only the editor's spare room: beside the page when the editor keeps the
        width its page needs, else in the place of the dock beside it (the Inspector, a
        tab away), so the page never scrolls sideways on a laptop screen."""
        editor = window.centralWidget()
        needs = max(EDITOR_NEEDS, editor.minimumSizeHint().width()) if editor else EDITOR_NEEDS
        spare = (editor.width() if editor else 0) - needs
        if spare >= self.minimumSizeHint().width() or self.beside is None or not self.beside.isVisible():
            window.resizeDocks([self], [max(min(PREVIEW_WIDTH, spare), self.minimumSizeHint().width())],
                               Qt.Orientation.Horizontal)
        elif self not in window.tabifiedDockWidgets(self.beside):
            window.tabifyDockWidget(self.beside, self)
            self.show()
            self.raise_()

    def show_course(self, course_id: str, locale: str | None = None) -> None:
        """Open the dock on COURSE_ID as a learner of LOCALE sees it (the export result
        dialog's Preview: the course just exported, in its locale)."""
        self.show()
        self.raise_()
        if self.preview is not None:
            self.preview.show_course(course_id, locale=locale or None)

    def follow(self, page_id: str | None) -> None:
        """The editor opened `page_id` (a hidden preview catches up when shown)."""
        if self.preview is not None and self.isVisible():
            self.preview.follow(page_id)

    def draft(self, block_id: str, kind: str, data: dict) -> None:
        """The editor's block `block_id` now reads `data` (typed, not saved yet)."""
        if self.preview is not None and self.isVisible():
            self.preview.draft(block_id, kind, data)

    def close_preview(self) -> None:
        if self.preview is not None:
            self.preview.close_view()


def first_course(library: Library) -> str | None:
    with library.transaction() as session:
        rows = outline_rows.course_rows(session)
    return rows[0].id if rows else None


class QtPreviewWindow(QMainWindow):
    """`coursesmith preview LIB [COURSE]`: the preview alone, titled "Preview — COURSE"."""

    def __init__(self, library: Library, course: str, locale: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewWindow")
        self.library = library
        self.events = QtLibraryEvents(library, self)
        self.preview = QtPreview(library, self.events)
        self.setCentralWidget(self.preview)
        self.preview.show_course(course, locale=locale)
        title = self.preview.site.title if self.preview.site else course
        self.setWindowTitle(self.tr("Preview — {title}").format(title=title))
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width()), min(900, screen.height()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.preview.close_view()
        self.events.detach()
        super().closeEvent(event)
