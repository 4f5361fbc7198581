"""Deterministic zips: sorted entries, fixed timestamps and permissions.

The same course and options give the same bytes, so a package can be compared, cached
and rebuilt from its publication record. Already-compressed media is stored, not
deflated again (faster, and no bigger).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

from authoring.model.jobs import Job, ensure

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_STORED_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp3", ".mp4", ".m4a",
                    ".webm", ".ogg", ".oga", ".ogv", ".zip", ".docx", ".xlsx", ".pptx", ".pdf"}



@dataclass(frozen=True)
class Streamed:
    """A file written into the zip by a callback (an asset streamed from the library), so
    it is never held in memory whole; its size is known beforehand."""

    size: int
    write: Callable[[BinaryIO], None]

    def read(self) -> bytes:
        buffer = io.BytesIO()
        self.write(buffer)
        return buffer.getvalue()


# A source of one file's bytes: bytes, a path on disk, or a streamed writer.
Source = bytes | Path | Streamed


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.external_attr = 0o644 << 16
    info.create_system = 3  # Unix, whatever machine wrote it
    stored = Path(name).suffix.lower() in _STORED_SUFFIXES
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    return info


def write_zip(target: Path, entries: Iterable[tuple[str, Source]], job: Job | None = None) -> None:
    """Write `entries` (name, source) sorted by name; streams paths and writers. Reports
    each file to `job` and stops between files when it is cancelled."""
    job = ensure(job)
    entries = sorted(entries, key=lambda entry: entry[0])
    with zipfile.ZipFile(target, "w", compresslevel=6) as archive:
        for done, (name, source) in enumerate(entries):
            job.check()
            job.progress(done, len(entries), "writing the package")
            info = _info(name)
            if isinstance(source, bytes):
                archive.writestr(info, source)
                continue
            with archive.open(info, "w", force_zip64=True) as stream:
                if isinstance(source, Path):
                    with source.open("rb") as file:
                        while chunk := file.read(1 << 20):
                            stream.write(chunk)
                else:
                    source.write(stream)
        job.progress(len(entries), len(entries), "writing the package")
