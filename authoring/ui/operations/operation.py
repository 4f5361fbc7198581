"""`Operation`: one user action, however it runs. See the package docstring for the picture."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from authoring.model.errors import CoursesmithError
from authoring.model.jobs import Cancelled, Job
from authoring.model.library import Library
from authoring.ui import dialogs
from authoring.ui.operations import workers
from authoring.ui.operations.progress import ProgressDialog
from authoring.ui.operations.undo import LibraryCommand, transact
from authoring.ui.qt import QCoreApplication, QObject, QUndoStack, QWidget, Signal

log = logging.getLogger(__name__)

Action = Callable[[Any], Any]  # called with the transaction's session
Work = Callable[[Job], Any]  # opens its own transactions; reports on the job
Handler = Callable[[Any], None]

_alive: set["Operation"] = set()


@dataclass(frozen=True)
class Context:
    """Where operations of one view run: the library, the undo stack for undoable ones,
    the widget their progress and errors belong to, and who acts (a view ignores the
    change events it caused itself)."""

    library: Library
    undo_stack: QUndoStack | None = None
    parent: QWidget | None = None
    origin: object = None


class Operation(QObject):
    """One user action: a label, what it does, and what happens after.

    `action(session)` runs in one transaction the operation opens (undoable or not);
    `work(job)` is long work that opens its own transactions and reports on the job.
    `background=True` runs it on a worker with a progress dialog and Cancel (`progress=False`
    for work nobody waits for, such as loading a picture); else it runs at once on the
    caller's thread and `run()` returns its result (None after a failure,
    with `error` set). Results reach `success` handlers, errors the `failure` handler or
    else `report_error`, always on the window's thread. What an action returns must be
    plain data: an ORM object is refused, so none can reach a widget.
    """

    finished = Signal()  # after the handlers ran, success or not

    def __init__(self, context: Context, label: str, *, action: Action | None = None,
                 work: Work | None = None, undoable: bool = False, touched: Iterable[str] = (),
                 merge_key: str | None = None, background: bool = False, writes: bool = True,
                 cancellable: bool = True, progress: bool = True) -> None:
        super().__init__()
        if (action is None) == (work is None):
            raise TypeError("an operation has either an action (one transaction) or work")
        if undoable and (work is not None or context.undo_stack is None):
            raise TypeError("an undoable operation needs an action and an undo stack")
        self.context, self.label = context, label
        self.action, self.work = action, work
        self.undoable, self.touched, self.merge_key = undoable, list(touched), merge_key
        self.background, self.writes, self.cancellable = background, writes, cancellable
        self.progress = progress
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._abandoned = False
        self._success: list[Handler] = []
        self._failure: Callable[[BaseException], None] | None = None
        self._states: tuple[dict, dict] | None = None
        self._signals = workers.Signals()
        self.job = Job(on_progress=self._signals.progress.emit)
        self.dialog: ProgressDialog | None = None

    # ------------------------------------------------------------------ building

    def success(self, handler: Handler) -> "Operation":
        """Call `handler(result)` on the window's thread when the action has succeeded."""
        self._success.append(handler)
        return self

    def failure(self, handler: Callable[[BaseException], None]) -> "Operation":
        """Handle errors here instead of the standard message box."""
        self._failure = handler
        return self

    # ------------------------------------------------------------------ running

    def run(self) -> Any:
        if self.background:
            self._start()
            return None
        try:
            result = self._execute()
        except CoursesmithError as error:  # a bug (any other error) propagates: tests see it
            self._failed(error, "")
            return None
        self._succeeded(result)
        return result

    def cancel(self) -> None:
        self.job.cancel()

    def abandon(self) -> None:
        """The window is going: stop, and let nothing that comes back touch its widgets."""
        self._abandoned = True
        self.cancel()
        self._close_dialog()

    def _start(self) -> None:
        _alive.add(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        if self.progress:
            self.dialog = ProgressDialog(self.context.parent, self.label,
                                         self.cancel if self.cancellable else None)
        if self.writes:
            workers.activity().add(1)
        workers.start(self._execute, self._signals, writes=self.writes)

    def _execute(self) -> Any:
        """The action itself, on whichever thread runs it (a Session never leaves it)."""
        if self.work is not None:
            return _plain(self.work(self.job))
        action = lambda session: _plain(self.action(session))  # noqa: E731 (refused: rolled back)
        if self.undoable:
            result, *states = transact(self.context.library, action, self.touched,
                                       self.context.origin, self.job)
            self._states = tuple(states)
            return result
        if not self.writes:  # a read never waits for, nor blocks, a write (WAL)
            with self.context.library.reading() as session:
                return action(session)
        with self.context.library.transaction(origin=self.context.origin) as session:
            result = action(session)
            self.job.check()  # cancelled while it ran: roll it back whole
        return result

    # ------------------------------------------------------------------ coming back

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is not None:
            self.dialog.show_progress(done, total, text)

    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._end()
        if not self._abandoned:
            if self.undoable:
                before, after = self._states
                self.context.undo_stack.push(LibraryCommand(
                    self.context.library, self.label, before, after, self.context.origin,
                    self.merge_key))
            for handler in self._success:
                handler(result)
        self._delivered()

    def _failed(self, error: BaseException, trace: str) -> None:
        self.error = error
        self._end()
        if not self._abandoned:
            if self._failure is not None:
                self._failure(error)
            elif not isinstance(error, Cancelled):  # the user asked for it: nothing to say
                report_error(self.context.parent, error, trace)
        self._delivered()

    def _end(self) -> None:
        self.done = True
        self._close_dialog()
        if self.background and self.writes:
            workers.activity().add(-1)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.finish()
            self.dialog = None

    def _delivered(self) -> None:
        _alive.discard(self)
        self.finished.emit()


def _plain(result: Any) -> Any:
    if hasattr(result, "_sa_instance_state"):
        raise TypeError(f"an operation returned an ORM object ({type(result).__name__}); "
                        "return plain data so that no widget holds one")
    return result


def report_error(parent: QWidget | None, error: BaseException, trace: str = "") -> None:
    """Errors are shown in one place: the user's own words for theirs, a log for bugs."""
    if isinstance(error, CoursesmithError):
        dialogs.show_error(parent, str(error))
        return
    log.error("Unexpected error: %s\n%s", error, trace)
    title = QCoreApplication.translate("operations", "Unexpected error")
    dialogs.show_error(parent, f"{title}: {error}", title=title, details=trace)


def running() -> int:
    """How many background operations have not delivered their result yet (tests wait for 0)."""
    return len(_alive)


def cancel_all_and_wait(timeout_ms: int = 15000) -> bool:
    """Abandon every running operation and wait for the workers (a window is closing)."""
    for operation in list(_alive):
        operation.abandon()
    return workers.wait_for_all(timeout_ms)


def tr(text: str, n: int = -1) -> str:
    """A label outside any class (operation labels, words of shared helpers).

    pyside6-lupdate files a bare `tr()` call under the empty context, so it is looked up
    there (looked up under "operations", every undo label stayed English)."""
    return QCoreApplication.translate("", text, None, n)
