"""Reordering by drag, for the page's blocks and a question's rows alike.

A grip (⠿) on each block and each row starts a real `QDrag` that carries only where it
came from: a scope (this page's blocks, or this one row list) and a position. The list
that takes the drop shows a line where the item will land and turns the drop into the
same move the ▲▼ buttons make, so a drag is one undo step like a click. A drag from
another list (or another window) carries another scope and is refused.
"""

from __future__ import annotations

from typing import Callable, Sequence

from authoring.ui.qt import (
    QApplication, QByteArray, QCursor, QDrag, QFrame, QLabel, QMimeData, QPainter, QPixmap,
    QPoint, QScrollArea, QWidget, Qt,
)

REORDER_MIME = "application/x-coursesmith-reorder"
GRIP = "⠿"


def reorder_mime(scope: str, index: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(REORDER_MIME, QByteArray(f"{scope}\n{index}".encode()))
    return mime


def dragged_index(mime: QMimeData | None, scope: str) -> int | None:
    """The position a reorder drag took its item from, if it came from SCOPE."""
    if mime is None or not mime.hasFormat(REORDER_MIME):
        return None
    origin, _, index = bytes(mime.data(REORDER_MIME)).decode("utf-8", "replace").partition("\n")
    return int(index) if origin == scope and index.isdigit() else None


def drop_slot(spans: Sequence[tuple[int, int]], y: int) -> tuple[int, int]:
    """Where a drop at height Y goes among items spanning (top, bottom): the slot
    (0 = before the first, len = after the last) and the height of the gap's middle."""
    for slot, (top, bottom) in enumerate(spans):
        if y < (top + bottom) // 2:
            previous = spans[slot - 1][1] if slot else top - 8
            return slot, (previous + top) // 2
    if spans:
        return len(spans), spans[-1][1] + 4
    return 0, y


def move_target(source: int, slot: int) -> int | None:
    """The position an item at SOURCE takes when dropped in SLOT (None: it stays put).

    Slots count the gaps before the drag lifts the item out; moves count positions after
    it is lifted, so a slot below the item is one less."""
    target = slot - 1 if slot > source else slot
    return None if target == source else target


def scroll_near_edge(widget: QWidget, y: int, edge: int = 40, step: int = 24) -> None:
    """A drag that reaches the top or bottom of the scrolling page moves the page, so an
    item can be dragged to a place that was out of sight. Y is in WIDGET's coordinates."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    at = widget.mapTo(area.viewport(), QPoint(0, y)).y()
    bar = area.verticalScrollBar()
    if at < edge:
        bar.setValue(bar.value() - step)
    elif at > area.viewport().height() - edge:
        bar.setValue(bar.value() + step)


class DropIndicator(QFrame):
    """The line that shows where a dragged item will land (styled by the page editor's
    style sheet, as `#dropIndicator`)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="dropIndicator")
        self.setFixedHeight(3)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_at(self, y: int, left: int, width: int) -> None:
        self.setGeometry(left, y - 1, width, 3)
        self.show()
        self.raise_()


class DragGrip(QLabel):
    """The handle a block or a row is dragged by: press, move, release between others.

    PAYLOAD gives the drag's (scope, position) when it starts; IMAGE the picture the
    drag shows under the pointer (the block or the row)."""

    def __init__(self, name: str, payload: Callable[[], tuple[str, int] | None],
                 image: Callable[[], QPixmap], parent: QWidget | None = None) -> None:
        super().__init__(GRIP, parent, objectName="dragGrip")
        self._payload = payload
        self._image = image
        self._pressed: QPoint | None = None
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()
            self.setCursor(QCursor(Qt.CursorShape.ClosedHandCursor))
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        start = self._pressed
        if start is None or (event.position().toPoint() - start).manhattanLength() \
                < QApplication.startDragDistance():
            return
        self._pressed = None
        payload = self._payload()
        if payload is not None:
            self._drag(*payload)
        self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._pressed = None
        self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))
        super().mouseReleaseEvent(event)

    def _drag(self, scope: str, index: int) -> None:
        drag = QDrag(self)
        drag.setMimeData(reorder_mime(scope, index))
        picture = self._image()
        if picture.width() > 360:
            picture = picture.scaledToWidth(360, Qt.TransformationMode.SmoothTransformation)
        picture = picture.copy(0, 0, picture.width(), min(picture.height(), 120))  # its top: enough to know it
        faded = QPixmap(picture.size())
        faded.fill(Qt.GlobalColor.transparent)
        painter = QPainter(faded)
        painter.setOpacity(0.7)
        painter.drawPixmap(0, 0, picture)
        painter.end()
        drag.setPixmap(faded)
        drag.setHotSpot(QPoint(-16, -14))  # beside the pointer: the drop line stays in sight
        drag.exec(Qt.DropAction.MoveAction)
