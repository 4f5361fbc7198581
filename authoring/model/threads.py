"""Worker threads that leave the window's thread its share of the GIL.

A worker that runs thousands of tiny SQLite statements (publishing a course records a
version of each object; resolving reads each) releases the GIL around every statement
and takes it back a few microseconds later, before a waiting thread is even scheduled.
CPython hands the GIL over by force only after a full switch interval with no release,
and each of those brief releases restarts that wait: the waiting thread (the window's)
can starve for a few hundred milliseconds. So a thread marked as a worker pauses for a
moment (`PAUSE_S`) once every `SLICE_S` of statements, and the waiting thread gets in.

Only threads marked with `as_worker()` pause: the command line and the benchmarks, which
have no window to share with, run at full speed.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import event

from authoring.model.library import Library

SLICE_S = 0.004
PAUSE_S = 0.0003
_local = threading.local()


@contextmanager
def as_worker() -> Iterator[None]:
    """Mark the current thread as a worker while the block runs."""
    _local.since = time.perf_counter()
    _local.worker = True
    try:
        yield
    finally:
        _local.worker = False


def share_the_gil(library: Library) -> None:
    """Make the library's statements on worker threads pause now and then (idempotent)."""
    if not event.contains(library.engine, "before_cursor_execute", _pause_now_and_then):
        event.listen(library.engine, "before_cursor_execute", _pause_now_and_then)


def _pause_now_and_then(*_args) -> None:
    if not getattr(_local, "worker", False):
        return
    now = time.perf_counter()
    if now - _local.since >= SLICE_S:
        time.sleep(PAUSE_S)  # releases the GIL long enough for a waiting thread to take it
        _local.since = time.perf_counter()
