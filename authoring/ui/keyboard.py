"""Moving between the window's panes from the keyboard: F6 and Shift+F6.

The convention of desktop apps (GNOME, Windows, Office): F6 moves the focus to the next
pane, Shift+F6 to the previous one, so someone who cannot use a mouse reaches the
outline, the page, the library and the inspector without tabbing through every
control. A hidden dock is shown and raised before it takes the focus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from authoring.ui.qt import QApplication, QDockWidget, QKeySequence, QShortcut, Qt, QWidget


class PaneCycler:
    """F6 / Shift+F6 over PANES (in order); each pane gets the focus at its own widget of
    choice (`entry(pane)`, default: the pane's first control that takes focus)."""

    def __init__(self, window: QWidget, panes: Sequence[QWidget],
                 entry: Callable[[QWidget], QWidget | None] | None = None) -> None:
        self.panes = list(panes)
        self._entry = entry or first_focusable
        for key, step in (("F6", 1), ("Shift+F6", -1)):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda step=step: self.move(step))

    def current(self) -> int:
        """The pane holding the focus, or -1."""
        focus = QApplication.focusWidget()
        for index, pane in enumerate(self.panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return index
        return -1

    def move(self, step: int) -> None:
        start = self.current()
        for offset in range(1, len(self.panes) + 1):
            pane = self.panes[(start + step * offset) % len(self.panes)]
            _reveal(pane)
            target = self._entry(pane)
            if target is not None and target.isVisible() and target.isEnabled():
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return


def _reveal(pane: QWidget) -> None:
    walk = pane
    while walk is not None:
        if isinstance(walk, QDockWidget):
            walk.show()
            walk.raise_()
            return
        walk = walk.parentWidget()


def first_focusable(pane: QWidget) -> QWidget | None:
    """The first visible, enabled control of PANE that Tab would stop at."""
    if pane.focusPolicy() & Qt.FocusPolicy.TabFocus and pane.isVisible():
        return pane
    for child in pane.findChildren(QWidget):
        if child.isVisible() and child.isEnabled() and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return child
    return None
