"""Library change events as a Qt signal, delivered on the GUI thread.

`library.events` calls its listeners on the thread that committed: the GUI thread for an
edit, a worker thread for an import. Re-emitting through a QObject that lives on the GUI
thread makes Qt queue the worker's announcements, so views only ever redraw on the GUI
thread.
"""

from __future__ import annotations

import weakref

from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.ui.qt import QObject, Signal


class QtLibraryEvents(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        me = weakref.ref(self)

        def listener(changes: Changes) -> None:
            bridge = me()
            if bridge is None:
                return
            try:
                bridge.changed.emit(changes)
            except RuntimeError:  # the Qt side is gone; the library outlived its window
                pass

        self._listener = listener
        library.events.connect(listener)

    def detach(self) -> None:
        """Stop listening (the window is closing); safe to call twice."""
        self.library.events.disconnect(self._listener)
