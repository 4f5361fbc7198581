"""The mouse wheel scrolls the page; it never changes a value the pointer merely passes.

Qt gives wheel events to whatever spin box or combo box is under the pointer, focused or
not. In the page editor and the inspector, which are long scrolled columns, a designer
scrolling down a quiz would silently set a question's points to 0 or change its type. So
a guarded control passes a wheel it gets while unfocused to the nearest scroll area;
once it has the focus (clicked or tabbed to), the wheel changes its value as usual.

The filter sits on the controls themselves, not on the application: an application-wide
Python filter sees every event of every object (QtWebEngine's included) and crashed the
preview.
"""

from __future__ import annotations

from authoring.ui.qt import QCoreApplication, QEvent, QObject, QScrollArea, Qt, QWidget


class WheelGuard(QObject):
    """Event filter on the guarded controls (see the module's docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def guard(*controls: QWidget) -> None:
    """Let CONTROLS (spin boxes, combo boxes in a scrolled column) take the wheel only
    once focused; a wheel over them before that scrolls the column."""
    for control in controls:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone gives no focus
        control.installEventFilter(WheelGuard(control))  # owned by it: gone with it


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent
