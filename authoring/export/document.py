"""Document formats: an export that is one file for people to read, not a package of the
player (a Word document for review). The pipeline is the same (request, resolve, write
beside the target, record); only the build step differs: the format's `DocumentWriter`
writes the whole file from the resolved course.

A document is made to come back: a reviewer's comments on it return to the object and
version they were made on. So the writer is told which library and which build it writes
(`Build`), and the build id is recorded with the publication.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from authoring.export import resolved as r
from authoring.export.images import DEFAULT_QUALITY
from authoring.model.jobs import Job


class BlobBytes(Protocol):
    """Asset bytes by SHA-256, read-only."""

    def read(self, sha256: str) -> bytes: ...


@dataclass(frozen=True)
class Build:
    """Who a document comes from: enough to bring its comments back to the right place."""

    library: str  # the library's uuid
    build: str  # this export's uuid (recorded in the publication's options)
    image_quality: int = DEFAULT_QUALITY


class DocumentWriter(Protocol):
    def __call__(self, course: r.Course, blobs: BlobBytes, target: Path, build: Build, job: Job) -> None:
        """Write the document for `course` at `target` (a new file; the pipeline puts it in
        place once it is complete and recorded)."""
