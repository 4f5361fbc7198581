"""Long work that reports progress and can be stopped: the one protocol every long task takes.

Import, export, reindexing, XLIFF and review imports are plain functions that accept a
`Job`. They call `job.progress(done, total, text)` as they go and `job.check()` between
units of work (one file, one image, one object): a cancelled job raises `Cancelled` there,
so the unit in hand finishes or rolls back whole and nothing is left half-written.

The desktop app's operations (`authoring/ui/operations/`) make a Job whose progress goes
to a progress bar and whose Cancel button calls `job.cancel()`; the command line makes one
whose progress goes to stderr; tests make one and read what it reported. A function called
without a job gets `Job()`, which reports nowhere and is never cancelled.

A Job may be shared by two threads (the worker reports, the window cancels): `cancel` is a
`threading.Event`, and `on_progress` must be safe to call from the worker. A caller that
already has a Cancel flag of its own passes it as `cancel_requested`; the job honours both.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Callable

from authoring.model.errors import CoursesmithError

ProgressHandler = Callable[[int, int, str], None]


class Cancelled(CoursesmithError):
    """The user stopped the work; what was finished before stays, nothing is half-done."""

    def __init__(self, message: str = "stopped: the work was cancelled") -> None:
        super().__init__(message)


@dataclass
class Job:
    """Progress out, cancellation in; see the module docstring."""

    on_progress: ProgressHandler | None = None
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    done: int = 0
    total: int = 0
    text: str = ""
    cancel_requested: Callable[[], bool] | None = None

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Say how far the work is: `done` of `total` units (0 when unknown), and what it is
        doing now (an empty text keeps the last one)."""
        self.done, self.total = int(done), int(total)
        if text:
            self.text = text
        if self.on_progress is not None:
            self.on_progress(self.done, self.total, self.text)

    def say(self, text: str) -> None:
        """Say what the work is doing now, the count unchanged (a step inside one unit)."""
        self.progress(self.done, self.total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        if self._cancel.is_set():
            return True
        return self.cancel_requested is not None and self.cancel_requested()

    def check(self) -> None:
        """Raise `Cancelled` if the user asked to stop; call it between units of work."""
        if self.cancelled:
            raise Cancelled()


def ensure(job: Job | None) -> Job:
    """The job given, or a silent one that is never cancelled."""
    return job if job is not None else Job()
