"""A small program that edits a library the way a user's program would, and says what it
committed: the crash-and-concurrency tests run several at once, kill them, and check that
every commit a driver reported is still there.

    python driver.py increment LIB OBJECT_ID N     read-modify-write the title N times
    python driver.py increment-stale LIB OBJECT_ID N  read in one transaction, write in
                                                   the next (an editor's copy), retrying
                                                   when told someone else changed it
    python driver.py edit LIB N [SEED]             N new text blocks, random pauses

Each commit prints one line, flushed, only after the commit returned:
`committed increment K`, `committed edit ID TITLE`; `retried` when told of a change.
"""

from __future__ import annotations

import io
import os
import random
import sys
import time

from authoring.model import objects
from authoring.model.errors import ChangedElsewhereError
from authoring.model.library import Library
from authoring.model.write_lock import Waiting


def _say(line: str) -> None:
    print(line, flush=True)


def increment(library: Library, object_id: str, count: int) -> None:
    for _ in range(count):
        with library.transaction() as session:
            obj = objects.get(session, object_id)
            value = int(obj.title) + 1
            obj.title = str(value)
        _say(f"committed increment {value}")


def increment_stale(library: Library, object_id: str, count: int) -> None:
    done = 0
    while done < count:
        with library.reading() as session:
            obj = objects.get(session, object_id)
            value, revision = int(obj.title) + 1, obj.revision
        try:
            with library.transaction() as session:
                objects.update(session, object_id, title=str(value), revision=revision)
        except ChangedElsewhereError:
            _say("retried")
            continue
        done += 1
        _say(f"committed increment {value}")


def edit(library: Library, count: int, seed: int) -> None:
    rng = random.Random(seed)
    for i in range(count):
        title = f"edit {seed}-{i}"
        with library.transaction() as session:
            block = objects.create(session, "text", title, {"html": f"<p>{title}</p>"})
            time.sleep(rng.random() * 0.02)  # the write lock held a little while
            block_id = block.id
        _say(f"committed edit {block_id} {title}")
        time.sleep(rng.random() * 0.02)


def main(argv: list[str]) -> int:
    command, path, *rest = argv
    with Library.open(path, waiting=Waiting(patience=120)) as library:
        if command == "increment":
            increment(library, rest[0], int(rest[1]))
        elif command == "increment-stale":
            increment_stale(library, rest[0], int(rest[1]))
        elif command == "edit":
            edit(library, int(rest[0]), int(rest[1]) if len(rest) > 1 else 0)
        else:
            raise SystemExit(f"unknown command {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


# ------------------------------------------------------- forked children, for speed


def fork(command: str, args: list[str], out: "os.PathLike[str]") -> int:
    """Run a driver command or the command line (`cli`) in a forked child; its stdout and
    stderr go to `out` and `out.err`. Forked, the child needs no second start-up (seconds
    on a loaded machine), so a kill lands in the middle of real work. The caller must hold
    no open library (a SQLite connection must not cross a fork). Returns the child's pid."""
    sys.stdout.flush()
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        os.dup2(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 1)
        os.dup2(os.open(f"{os.fspath(out)}.err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 2)
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), line_buffering=True)
        sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), line_buffering=True)
        if command == "cli":
            from authoring.cli import main as cli_main

            code = cli_main(args)
        else:
            code = main([command, *args])
    except BaseException:  # noqa: BLE001 - the child must never return into the parent's code
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
