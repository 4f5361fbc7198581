"""Page-level pieces of the page editor: the drop canvas, its style, the shared-block
question and the undo keys.

Kept apart from `editor.py` so that module reads as what the editor does with the
library; these are the widgets and little dialogs it does it with.
"""

from __future__ import annotations

from typing import Callable

from authoring.ui.drag import dropped_ids
from authoring.ui.page_editor.reorder import DropIndicator, dragged_index, scroll_near_edge
from authoring.ui.qt import (
    QApplication, QEvent, QKeySequence, QMessageBox, QObject, QWidget, Signal,
)

COLUMN_WIDTH = 760

STYLE_SHEET = """
#pageCanvas { background: #eef1f5; }
#pageColumn { background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }
#pageTitle { font-size: 24pt; font-weight: 700; color: #1b1f24; border: 1px solid transparent;
             border-radius: 6px; background: transparent; padding: 2px 6px; }
#pageTitle:hover { border-color: #e1e6ec; }
#pageTitle:focus { border-color: #9bbbe8; }
#emptyHint { color: #6b7480; font-size: 11pt; padding: 24px; }
#saveError { color: #a8281d; background: #fcecea; border-radius: 6px; padding: 4px 10px; }
#blockEditor { background: #ffffff; border: 1px solid transparent; border-radius: 8px; }
#blockEditor:hover { border-color: #e1e6ec; }
#blockEditor[current="true"] { border-color: #9bbbe8; }
#blockKind { color: #6b7480; font-size: 8pt; font-weight: 700; }
#blockTitle { color: #8a929c; font-size: 9pt; }
#sharedBadge { background: #fff4e0; color: #8a4b00; border-radius: 8px; padding: 1px 8px;
               font-size: 8pt; font-weight: 700; }
#pinnedBadge { background: #e8f0fb; color: #17498f; border-radius: 8px; padding: 1px 8px;
               font-size: 8pt; font-weight: 700; }
#reviewBadge { background: #fff8c5; color: #6b4e00; border: 1px solid #d4a72c; border-radius: 8px;
               padding: 0 8px; font-size: 8pt; font-weight: 700; }
QLineEdit[reviewQuote="yes"] { background: #fff0a0; }
QLineEdit[reviewQuote="active"] { background: #ffc94d; }
#mediaPreview { background: #f3f5f8; border-radius: 6px; padding: 8px; color: #6b7480; }
#mediaFile { color: #4f5763; }
#altWarning { color: #8a4b00; }
#fieldLabel { color: #4f5763; font-size: 9pt; font-weight: 600; margin-top: 4px; }
QPlainTextEdit[missing="true"] { border: 1px solid #c26a00; background: #fffaf0; }
#questionPrompt { font-size: 12.5pt; font-weight: 600; }
#questionProblems { color: #8a4b00; background: #fff4e0; border-radius: 6px; padding: 6px 10px; }
#questionProblems[ok="true"] { color: #17703a; background: #e9f6ee; }
#dropIndicator { background: #1d5bb8; border: none; }
#dragGrip { color: #8a929c; font-size: 13pt; padding: 0 2px; }
#dragGrip:hover { color: #1d5bb8; }
"""


def ask_shared_edit(parent: QWidget, pages: int) -> str:
    """Ask once, before the first change to a shared block: "everywhere", "copy" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("Shared block"))
    box.setText(parent.tr("This block is used on %n pages.", "", pages))
    box.setInformativeText(parent.tr(
        "Change it everywhere it is used, or make a copy that belongs to this page only?"))
    everywhere = box.addButton(parent.tr("Edit everywhere"), QMessageBox.ButtonRole.AcceptRole)
    local = box.addButton(parent.tr("Make a local copy"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(local)
    box.exec()
    clicked = box.clickedButton()
    return "everywhere" if clicked is everywhere else "copy" if clicked is local else "cancel"


class PageCanvas(QWidget):
    """The scrolling area behind the page: library objects are dropped here, between
    blocks, and the page's own blocks are dragged here by their grips to reorder them."""

    ids_dropped = Signal(list, int)  # object ids, position on the page
    block_dropped = Signal(int, int)  # position the block came from, slot it was dropped in

    def __init__(self, drop_index: Callable[[int], tuple[int, int]], scope: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setAcceptDrops(True)
        self._drop_index = drop_index  # canvas y -> (slot on the page, y of the gap)
        self._scope = scope  # the reorder scope of the page shown now
        self.indicator = DropIndicator(self)
        self.column: QWidget | None = None  # the page's white column: the line spans it

    def _takes(self, mime) -> bool:
        return bool(dropped_ids(mime)) or dragged_index(mime, self._scope()) is not None

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._takes(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if not self._takes(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        scroll_near_edge(self, int(event.position().y()))
        _index, y = self._drop_index(int(event.position().y()))
        span = self.column.geometry().adjusted(16, 0, -16, 0) if self.column else self.rect()
        self.indicator.show_at(y, span.left(), span.width())

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.indicator.hide()

    def dropEvent(self, event) -> None:  # noqa: N802
        self.indicator.hide()
        mime = event.mimeData()
        source = dragged_index(mime, self._scope())
        ids = dropped_ids(mime)
        if source is None and not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        index, _y = self._drop_index(int(event.position().y()))
        if source is not None:
            self.block_dropped.emit(source, index)
        else:
            self.ids_dropped.emit(ids, index)


class UndoKeys(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in any field of the editor go to the application's undo stack.

    Line and text edits keep their own little undo history and claim those keys first;
    here the page's pending typing is saved, then the library step is undone, so the
    field and the library never disagree.

    The filter watches only the field that has the focus (keys go to it): a Python filter
    on every event of the app would cost the window time on each repaint, above all while
    a worker holds the GIL, and would be handed objects still being built (QtWebEngine's
    request jobs, as the preview loads a file), which PySide cannot wrap: a crash.
    """

    def __init__(self, scope: QWidget, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        super().__init__(scope)
        self._scope = scope
        self._undo = undo
        self._redo = redo
        self._watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:  # the field is gone already
                pass
            self._watched = None
        if new is not None and (new is self._scope or self._scope.isAncestorOf(new)):
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        is_undo = event.matches(QKeySequence.StandardKey.Undo)
        is_redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (is_undo or is_redo) or not isinstance(watched, QWidget):
            return False
        if watched is not self._scope and not self._scope.isAncestorOf(watched):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # deliver the key to us, not to the field's own history
            return True
        (self._undo if is_undo else self._redo)()
        return True
