"""The mouse wheel scrolls the page; it never changes a value the pointer merely passes.

Qt gives wheel events to whatever spin box or combo box is under the pointer, focused or
not. In the page editor and the inspector, which are long scrolled columns, a designer
scrolling down a quiz would silently set a question's points to 0 or change its type. So,
application-wide, a wheel over an unfocused spin box or combo box scrolls the nearest
scroll area instead; once the control has the focus (clicked or tabbed to), the wheel
changes its value as usual.
"""

from __future__ import annotations

from authoring.ui.qt import (
    QAbstractSpinBox, QApplication, QComboBox, QCoreApplication, QEvent, QObject, QScrollArea,
    QWidget,
)

_GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    """Event filter on the application (see the module's docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, _GUARDED):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def install() -> None:
    """Guard every window of this application, once."""
    app = QApplication.instance()
    if app is None or app.property("coursesmithWheelGuard"):
        return
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app.setProperty("coursesmithWheelGuard", True)
