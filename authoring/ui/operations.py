"""The one place long work runs: off the GUI thread, with progress, Cancel and errors.

    run_op(parent, "Importing files", work, on_success)

`work(progress, cancelled)` runs on a worker thread and opens its *own*
`library.transaction()` (a Session never crosses threads); it returns plain data, never
ORM objects. `progress(done, total, text="")` may be called from the worker; `cancelled()`
says whether the user pressed Cancel. The result comes back on the GUI thread by signal
and goes to `on_success`. Errors are shown here and nowhere else: a `CoursesmithError`
with its plain message, anything else as "Unexpected error" plus a log entry.

Writes are serialized on one worker thread (as Anki does), so two imports never fight
over SQLite's write lock; reads (search) have their own small pool and never wait
behind a long import.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from authoring.model.errors import CoursesmithError
from authoring.ui import dialogs
from authoring.ui.qt import QCoreApplication, QObject, QProgressDialog, QRunnable, QThreadPool, Qt, Signal, QWidget

log = logging.getLogger(__name__)

Progress = Callable[..., None]
Work = Callable[[Progress, Callable[[], bool]], Any]
SHOW_AFTER_MS = 300


class _Activity(QObject):
    """App-wide: how many write operations are running (the window shows "Saving…")."""

    changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.running = 0

    def add(self, delta: int) -> None:
        self.running += delta
        self.changed.emit(self.running)


_activity: _Activity | None = None
_pools: dict[str, QThreadPool] = {}
_alive: set["Operation"] = set()


def activity() -> _Activity:
    global _activity
    if _activity is None:
        _activity = _Activity()
    return _activity


def _pool(writes: bool) -> QThreadPool:
    name = "writes" if writes else "reads"
    if name not in _pools:
        pool = QThreadPool()
        pool.setMaxThreadCount(1 if writes else 2)
        _pools[name] = pool
    return _pools[name]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, object)  # exception, formatted traceback


class _Runner(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        def progress(done: int, total: int = 0, text: str = "") -> None:
            self.signals.progress.emit(int(done), int(total), str(text))

        try:
            result = self.work(progress, self.cancel.is_set)
        except BaseException as error:  # reported on the GUI thread, never lost
            import traceback

            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


class Operation(QObject):
    """One running piece of work; kept alive until its result has been delivered."""

    done = Signal()

    def __init__(self, parent: QWidget | None, label: str, work: Work,
                 on_success: Callable[[Any], None] | None, *, cancellable: bool,
                 show_progress: bool, writes: bool,
                 on_failure: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self.parent_widget, self.label = parent, label
        self.on_success, self.on_failure, self.writes = on_success, on_failure, writes
        self.cancel = threading.Event()
        self.finished = False
        self.signals = _Signals()
        self.signals.progress.connect(self._on_progress)
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)
        self.dialog = self._make_dialog(cancellable) if show_progress else None
        _alive.add(self)
        if writes:
            activity().add(1)
        _pool(writes).start(_Runner(work, self.signals, self.cancel))

    def _make_dialog(self, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(self.label, self.tr("Cancel") if cancellable else "", 0, 0,
                                 self.parent_widget)
        dialog.setWindowTitle(self.label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel.set)
        return dialog

    def request_cancel(self) -> None:
        self.cancel.set()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        # A window-modal QProgressDialog processes events in setValue(), so the result
        # may arrive (and the dialog go) in the middle of this.
        if text and self.dialog is not None:
            self.dialog.setLabelText(text)
        if total and self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self.finished = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel.set)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self.writes:
            activity().add(-1)
        _alive.discard(self)
        self.done.emit()

    def _on_finished(self, result: Any) -> None:
        self._finish()
        if self.on_success is not None:
            self.on_success(result)

    def _on_failed(self, error: BaseException, trace: str) -> None:
        self._finish()
        if self.on_failure is not None:
            self.on_failure(error)
            return
        report_error(self.parent_widget, error, trace)


def report_error(parent: QWidget | None, error: BaseException, trace: str = "") -> None:
    """Errors are shown in one place: the user's own words for theirs, a log for bugs."""
    if isinstance(error, CoursesmithError):
        dialogs.show_error(parent, str(error))
        return
    log.error("Unexpected error: %s\n%s", error, trace)
    title = QCoreApplication.translate("operations", "Unexpected error")
    dialogs.show_error(parent, f"{title}: {error}", title=title, details=trace)


def run_op(parent: QWidget | None, label: str, work: Work,
           on_success: Callable[[Any], None] | None = None, cancellable: bool = True, *,
           show_progress: bool = True, writes: bool = True,
           on_failure: Callable[[BaseException], None] | None = None) -> Operation:
    """Run `work(progress, cancelled)` on a worker thread; see the module docstring."""
    return Operation(parent, label, work, on_success, cancellable=cancellable,
                     show_progress=show_progress, writes=writes, on_failure=on_failure)


def running() -> int:
    """How many operations have not delivered their result yet (tests wait for 0)."""
    return len(_alive)


def cancel_all_and_wait(timeout_ms: int = 15000) -> bool:
    """Ask every running operation to stop and wait for the workers (a window is closing)."""
    for operation in list(_alive):
        operation.request_cancel()
    return all(pool.waitForDone(timeout_ms) for pool in _pools.values())
