"""What kind of file is this? By its name, checked against its first bytes.

A file whose contents do not match its name (a `.pdf` that is really HTML, a `.png` that
was truncated to nothing) is refused with a reason, instead of becoming an asset that
breaks an exported course later.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from authoring.model.errors import ImportRefusedError

_EXTRA_TYPES = {
    ".vtt": "text/vtt", ".webm": "video/webm", ".weba": "audio/webm", ".m4a": "audio/mp4",
    ".opus": "audio/ogg", ".oga": "audio/ogg", ".ogg": "audio/ogg", ".ogv": "video/ogg",
    ".flac": "audio/flac", ".svg": "image/svg+xml", ".webp": "image/webp", ".avif": "image/avif",
    ".mp3": "audio/mpeg", ".wav": "audio/wav", ".mp4": "video/mp4", ".m4v": "video/mp4",
    ".mov": "video/quicktime", ".csv": "text/csv", ".txt": "text/plain", ".md": "text/markdown",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_ACCEPTED_PREFIXES = ("image/", "audio/", "video/", "font/")
_ACCEPTED_TYPES = {
    "application/pdf", "text/vtt", "text/plain", "text/csv", "text/markdown", "application/zip",
    "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
    "application/rtf", "application/epub+zip",
}
_ACCEPTED_PREFIXES_APP = ("application/vnd.openxmlformats-officedocument.",
                          "application/vnd.oasis.opendocument.")


def _signature_ok(mime: str, head: bytes) -> bool:
    """Does the start of the file look like the type its name claims? Unknown: yes."""
    if mime == "application/pdf":
        return head.startswith(b"%PDF-")
    if mime in ("audio/mpeg",):
        return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)
    if mime in ("audio/wav", "audio/x-wav"):
        return head.startswith(b"RIFF") and head[8:12] == b"WAVE"
    if mime in ("audio/ogg", "video/ogg"):
        return head.startswith(b"OggS")
    if mime == "audio/flac":
        return head.startswith(b"fLaC")
    if mime in ("video/mp4", "audio/mp4", "video/quicktime"):
        return head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free")
    if mime in ("video/webm", "audio/webm"):
        return head.startswith(b"\x1a\x45\xdf\xa3")
    if mime == "text/vtt":
        return head.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT")
    if mime.startswith("application/vnd.openxmlformats") or mime in ("application/zip", "application/epub+zip"):
        return head.startswith(b"PK\x03\x04")
    if mime == "image/svg+xml":
        return b"<svg" in head or head.lstrip().startswith(b"<?xml")
    return True


def sniff(path: Path) -> str:
    """The mime type of a file we accept, or ImportRefusedError saying why not."""
    size = path.stat().st_size
    if size == 0:
        raise ImportRefusedError("the file is empty (0 bytes)")
    suffix = path.suffix.lower()
    mime = _EXTRA_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0]
    accepted = mime and (
        mime.startswith(_ACCEPTED_PREFIXES)
        or mime in _ACCEPTED_TYPES
        or mime.startswith(_ACCEPTED_PREFIXES_APP)
    )
    if not accepted:
        what = f"'{suffix}' files" if suffix else "files without an extension"
        raise ImportRefusedError(
            f"unknown file type: {what} are not imported; Coursesmith takes images, "
            "audio, video, PDF, Word and office documents, captions (.vtt) and text"
        )
    with path.open("rb") as stream:
        head = stream.read(512)
    if not _signature_ok(mime, head):
        raise ImportRefusedError(
            f"the contents are not a {suffix.lstrip('.').upper() or mime} file "
            "(damaged, or renamed from another type)"
        )
    return mime
