"""Where background operations run: one writer thread, a small pool of readers.

Writes are serialized on one worker (as Anki does), so two imports never fight over
SQLite's write lock; reads (search) have their own pool and never wait behind a long
import. A worker reports back only through Qt signals, which Qt queues to the window's
thread: results, progress and errors are always handled there.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from authoring.model import threads
from authoring.ui.qt import QObject, QRunnable, QThreadPool, Signal

_pools: dict[str, QThreadPool] = {}


class Activity(QObject):
    """App-wide: how many background writes are running (the window shows "Saving…")."""

    changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.running = 0

    def add(self, delta: int) -> None:
        self.running += delta
        self.changed.emit(self.running)


_activity: Activity | None = None


def activity() -> Activity:
    global _activity
    if _activity is None:
        _activity = Activity()
    return _activity


class Signals(QObject):
    """A worker's way back to the window's thread (created there, emitted from the worker)."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)  # the exception, its formatted traceback


class _Runner(QRunnable):
    def __init__(self, execute: Callable[[], Any], signals: Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.execute, self.signals = execute, signals

    def run(self) -> None:
        try:
            with threads.as_worker():  # leaves the window's thread its share of the GIL
                result = self.execute()
        except BaseException as error:  # reported on the GUI thread, never lost
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


def pool(writes: bool) -> QThreadPool:
    name = "writes" if writes else "reads"
    if name not in _pools:
        threads = QThreadPool()
        threads.setMaxThreadCount(1 if writes else 2)
        _pools[name] = threads
    return _pools[name]


def start(execute: Callable[[], Any], signals: Signals, *, writes: bool) -> None:
    """Run `execute()` on a worker; its result or error comes back through `signals`."""
    pool(writes).start(_Runner(execute, signals))


def wait_for_all(timeout_ms: int) -> bool:
    return all(threads.waitForDone(timeout_ms) for threads in _pools.values())
