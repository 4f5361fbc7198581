"""Content-addressed bytes in chunks inside the library file.

Assets are hashed first (SHA-256, streaming) and written only if those bytes are new, so
a duplicate costs nothing. Writes and reads go one chunk at a time through Core
statements (never ORM objects, which the session would keep), so memory stays bounded
whatever the size of the file: a 2 GB video needs about one chunk of RAM.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import BinaryIO, Iterator

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from authoring.model.schema import Blob, BlobChunk

CHUNK_SIZE = 1 << 20  # 1 MiB: large enough for speed, small enough to stream


def hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def exists(session: Session, sha256: str) -> bool:
    return session.get(Blob, sha256) is not None


def put_file(
    session: Session, path: Path, known: tuple[str, int] | None = None
) -> tuple[str, bool]:
    """Store a file's bytes; returns (sha256, whether they were new).

    `known` is (sha256, size) when the caller already hashed the file: one read less.
    """
    sha256, size = known or hash_file(path)
    if exists(session, sha256):
        return sha256, False
    with path.open("rb") as stream:
        _write(session, sha256, size, stream)
    return sha256, True


def put_bytes(session: Session, data: bytes) -> tuple[str, bool]:
    sha256 = hashlib.sha256(data).hexdigest()
    if exists(session, sha256):
        return sha256, False
    _write(session, sha256, len(data), io.BytesIO(data))
    return sha256, True


def _write(session: Session, sha256: str, size: int, stream: BinaryIO) -> None:
    session.execute(insert(Blob).values(sha256=sha256, size=size, chunk_size=CHUNK_SIZE))
    seq = 0
    while chunk := stream.read(CHUNK_SIZE):
        session.execute(insert(BlobChunk).values(sha256=sha256, seq=seq, data=chunk))
        seq += 1


def iter_chunks(session: Session, sha256: str) -> Iterator[bytes]:
    """The bytes of a blob, one chunk at a time."""
    count = session.scalar(select(func.count()).where(BlobChunk.sha256 == sha256))
    for seq in range(count):
        yield session.scalar(
            select(BlobChunk.data).where(BlobChunk.sha256 == sha256, BlobChunk.seq == seq)
        )


def read_bytes(session: Session, sha256: str) -> bytes:
    return b"".join(iter_chunks(session, sha256))


def write_to(session: Session, sha256: str, target: BinaryIO) -> int:
    written = 0
    for chunk in iter_chunks(session, sha256):
        target.write(chunk)
        written += len(chunk)
    return written


def stored_size(session: Session) -> int:
    """Bytes held in blobs: what the library's assets cost."""
    return session.scalar(select(func.coalesce(func.sum(Blob.size), 0)))
