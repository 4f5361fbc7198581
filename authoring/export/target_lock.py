"""One export at a time per package file, each writing a temporary file of its own.

Two exports to one file at once (two windows, a script and the app) used to share one
`.NAME.partial`: one could put the other's package in place and record it as its own.
Now each export writes a uniquely named temporary file beside the target, and holds an
exclusive lock on the target (an OS lock on `.NAME.lock` beside it, released by the
system if the program dies) from before it writes until its package is in place and
recorded. A second export waits its turn (and says so), or after the library's patience
is refused in plain words.

Holding the lock also tells us that temporary files left beside the target by a killed
export are nobody's: they are removed.
"""

from __future__ import annotations

import os
import secrets
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from authoring.model.errors import CoursesmithError
from authoring.model.jobs import Job

POLL_SECONDS = 0.2
PARTIAL_SUFFIX = ".partial"


def lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.lock")


@contextmanager
def exclusive(target: Path, job: Job, *, patience: float,
              tell: Callable[[str], None] = lambda message: None) -> Iterator[None]:
    """Hold the target's lock; wait up to `patience` seconds for another export."""
    started, told = time.monotonic(), False
    while (handle := _try_lock(lock_path(target))) is None:
        job.check()
        waited = time.monotonic() - started
        if waited >= patience:
            raise CoursesmithError(
                f"{target} is being written by another export (for {waited:.0f} s); "
                "nothing was written: try again when it has finished")
        if not told:
            message = f"waiting for another program (it is exporting to {target.name})"
            job.say(message)
            tell(message)
            told = True
        time.sleep(POLL_SECONDS)
    try:
        _remove_leftovers(target)
        yield
    finally:
        _unlock(handle, lock_path(target))


def temporary_beside(target: Path) -> Path:
    """A new, empty file of our own next to the target (same folder: the final rename
    stays on one file system and so is atomic). It is created with the usual permissions
    (0666 less the umask), as any saved file: `mkstemp`'s private 0600 stayed on the
    package once renamed, so a colleague or a web server could not read it."""
    for _ in range(100):
        path = target.parent / f".{target.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}"
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return path
    raise CoursesmithError(f"could not create a temporary file beside {target}")


def make_durable(path: Path) -> None:
    """Flush the file to the disk before it replaces a package: after a power cut the
    target holds the old package or the new one, never a hole."""
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _remove_leftovers(target: Path) -> None:
    for leftover in target.parent.glob(f".{_glob_escape(target.name)}.*{PARTIAL_SUFFIX}"):
        leftover.unlink(missing_ok=True)
    target.with_name(f".{target.name}{PARTIAL_SUFFIX}").unlink(missing_ok=True)  # older versions'


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


# ------------------------------------------------------------------ the OS lock


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(path: Path):
        handle = open(path, "a+b")
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            handle.close()
            return None
        return handle

    def _unlock(handle, path: Path) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        handle.close()  # an open file cannot be removed here: the empty lock file stays

else:
    import fcntl

    def _try_lock(path: Path):
        """The locked file, or None while another program holds it. The file may have been
        removed (and another made) between our open and our lock: then try again."""
        handle = open(path, "a+b")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return None
        try:
            same = os.fstat(handle.fileno()).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            handle.close()
            return _try_lock(path)
        return handle

    def _unlock(handle, path: Path) -> None:
        path.unlink(missing_ok=True)  # while locked: a waiter then sees a new file
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        handle.close()
