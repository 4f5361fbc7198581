"""What a killed run left behind, found and removed by the next run.

Temporary files and folders carry the process id of the run that made them
(`.NAME.sample-PID`, `coursesmith-docx-PID-...`): a run that finds one whose process is
gone knows nobody will finish or remove it, and removes it. One whose process is alive
(another run at work, or a process that took the id since) is left alone.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

OLD_AGE_SECONDS = 24 * 3600  # a temporary name without a process id: abandoned after this


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    except OverflowError:
        return False
    return True


def remove_abandoned(folder: Path, pattern: re.Pattern[str], *, undated: re.Pattern[str] | None = None,
                     ) -> list[Path]:
    """Remove the entries of `folder` whose name matches `pattern` (its group "pid": the
    process that made it) when that process is gone; and, with `undated`, entries whose
    name matches it that are older than a day. Returns what was removed."""
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = pattern.match(entry.name)
        if match:
            abandoned = not process_alive(int(match["pid"]))
        elif undated is not None and undated.match(entry.name):
            abandoned = _age(entry, now) > OLD_AGE_SECONDS
        else:
            continue
        if abandoned and _remove(entry):
            removed.append(entry)
    return removed


def _age(entry: Path, now: float) -> float:
    try:
        return now - entry.lstat().st_mtime
    except OSError:
        return 0.0


def _remove(entry: Path) -> bool:
    try:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    except OSError:  # not ours to remove after all (permissions): leave it
        return False
    return True
