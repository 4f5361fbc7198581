"""Deterministic zips: sorted entries, fixed timestamps and permissions.

The same course and options give the same bytes, so a package can be compared, cached
and rebuilt from its publication record. Already-compressed media is stored, not
deflated again (faster, and no bigger).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_STORED_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp3", ".mp4", ".m4a",
                    ".webm", ".ogg", ".oga", ".ogv", ".zip", ".docx", ".xlsx", ".pptx", ".pdf"}

# A source of one file's bytes: either bytes, a path on disk, or a writer callback.
Source = bytes | Path | Callable[[BinaryIO], None]


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.external_attr = 0o644 << 16
    info.create_system = 3  # Unix, whatever machine wrote it
    stored = Path(name).suffix.lower() in _STORED_SUFFIXES
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    return info


def write_zip(target: Path, entries: Iterable[tuple[str, Source]]) -> None:
    """Write `entries` (name, source) sorted by name; streams paths and callbacks."""
    with zipfile.ZipFile(target, "w", compresslevel=6) as archive:
        for name, source in sorted(entries, key=lambda entry: entry[0]):
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
                    source(stream)
