"""Item 14.3: a library another program is writing to is busy, never "damaged".

Writers wait their turn and say so ("waiting for another program (...)"), then go on; the
rest of an import batch is never abandoned; read-only commands keep working meanwhile.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import contextmanager

from authoring.model.importer import import_paths
from authoring.model.library import Library
from authoring.model.write_lock import Waiting

from tests.concurrency.conftest import run_cli, start_cli


@contextmanager
def another_program_writing(path, seconds: float | None = None):
    """Hold the library's write lock, with a write pending, as a long import does;
    released after `seconds` (from a thread), or when the block ends."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO library_meta (key, value) VALUES ('other', 'writing')")
    released = threading.Event()

    def release() -> None:
        if not released.is_set():
            released.set()
            holder.execute("ROLLBACK")
            holder.close()

    timer = threading.Timer(seconds, release) if seconds else None
    if timer:
        timer.start()
    try:
        yield
    finally:
        if timer:
            timer.join()
        release()


def _files(folder, count: int):
    folder.mkdir()
    for i in range(count):
        (folder / f"note{i}.txt").write_text(f"note {i}")
    return folder


def test_read_only_commands_work_while_another_program_writes(library):
    path = library.path
    library.close()
    with another_program_writing(path):
        started = time.monotonic()
        for command in (["list", path], ["info", path], ["search", path, "anything"]):
            result = run_cli(*command, env={"COURSESMITH_LOCK_PATIENCE": "30"})
            assert result.returncode == 0, result.stderr
            assert "waiting" not in result.stderr and "locked" not in result.stderr
        assert time.monotonic() - started < 25  # none of them waited for the writer


def test_an_import_waits_for_another_program_then_imports_everything(tmp_path):
    path = tmp_path / "Busy.cslib"
    Library.create(path).close()
    folder = _files(tmp_path / "notes", 3)
    with another_program_writing(path):
        process = start_cli("import", path, folder)
        first = process.stderr.readline()  # the other program finishes once we were told
    out, rest = process.communicate(timeout=120)
    assert process.returncode == 0, first + rest
    assert first == (f"coursesmith: waiting for another program (it is writing to {path.name}); "
                     "this goes on by itself as soon as it has finished\n")
    assert "damaged" not in rest
    assert out.count("imported ") == 3


def test_a_batch_waits_between_files_and_goes_on(library, tmp_path):
    folder = _files(tmp_path / "notes", 3)
    told: list[str] = []
    library.waiting.patience, library.waiting.notify = 30, told.append
    with another_program_writing(library.path, seconds=2.5):
        outcomes = import_paths(library, [folder])
    assert [o.status for o in outcomes] == ["imported"] * 3
    assert told and told[0].startswith("waiting for another program")


def test_past_its_patience_a_write_says_busy_and_the_batch_goes_on(tmp_path):
    path = tmp_path / "Busy.cslib"
    Library.create(path).close()
    folder = _files(tmp_path / "notes", 2)
    with Library.open(path, waiting=Waiting(patience=1.5)) as library:
        with another_program_writing(path):
            outcomes = import_paths(library, [folder])
        assert [o.status for o in outcomes] == ["refused", "refused"]  # each reported, none lost
        for outcome in outcomes:
            assert "busy" in outcome.reason and "not damaged" in outcome.reason
        assert [o.status for o in import_paths(library, [folder])] == ["imported"] * 2


def test_the_command_line_never_calls_a_busy_library_damaged(tmp_path):
    path = tmp_path / "Busy.cslib"
    Library.create(path).close()
    folder = _files(tmp_path / "notes", 1)
    with another_program_writing(path):
        result = run_cli("import", path, folder, env={"COURSESMITH_LOCK_PATIENCE": "1.5"})
    assert result.returncode == 1
    assert result.stderr.count("coursesmith: error:") == 1
    assert "locked by another program" in result.stderr and "damaged" not in result.stderr
