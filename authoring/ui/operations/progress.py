"""The progress dialog of a background operation: what it is doing, how far, and Cancel.

It appears only when the work lasts longer than `SHOW_AFTER_MS` (a quick search shows
nothing), is window-modal to the widget that started the work, and never runs an event
loop of its own: progress arrives by signal and the dialog just redraws. Cancel (or
Escape, or closing the dialog) asks the job to stop; the dialog goes when the work has
stopped, so the designer sees that it did.
"""

from __future__ import annotations

from typing import Callable

from authoring.ui.qt import (
    QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTimer, QVBoxLayout, QWidget, Qt,
)

SHOW_AFTER_MS = 300


class ProgressDialog(QDialog):
    def __init__(self, parent: QWidget | None, label: str,
                 cancel: Callable[[], None] | None) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)
        self._cancel = cancel
        self.text = QLabel(label, self)
        self.text.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the work says how much there is
        self.bar.setFormat(self.tr("%v of %m"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.request_cancel)
        self.cancel_button.setVisible(cancel is not None)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self.open)
        self._timer.start()

    def show_progress(self, done: int, total: int, text: str) -> None:
        if text and self.cancel_button.isEnabled():
            self.text.setText(text)
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def request_cancel(self) -> None:
        if self._cancel is None or not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.text.setText(self.tr("Cancelling…"))
        self._cancel()

    def reject(self) -> None:
        """Escape or the window's close button: cancel; the dialog stays until the work stops."""
        self.request_cancel()

    def finish(self) -> None:
        self._timer.stop()
        self.hide()
        self.deleteLater()
