"""Sizes as people read them: "187.7 KB".

The one place that turns a number of bytes into words, for the command line, the exported
player's file links, the validator's messages and the app, so the same file has the same
size wherever it is shown.
"""

from __future__ import annotations

_UNITS = ("KB", "MB", "GB")


def human_size(size: int | float) -> str:
    """`size` bytes in words: "512 bytes", "187.7 KB", "3.2 MB", "1.5 GB" (1 KB = 1,024 bytes)."""
    if size < 1024:
        return f"{size:.0f} bytes"
    for unit in _UNITS:
        size /= 1024
        if size < 1024 or unit == _UNITS[-1]:
            break
    return f"{size:.1f} {unit}"
