"""What an export is asked to do, checked when it is made.

An `ExportRequest` that exists is one the pipeline can run: the format is registered, the
locale is a locale code, the image quality is a percentage it can use, and the package can
be written where it is asked for. Anything else is refused here, in plain words, before
the library is read or changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from authoring.export import formats
from authoring.export.images import DEFAULT_QUALITY
from authoring.model.errors import CoursesmithError
from authoring.model.library import is_library_file
from authoring.model.locales import normalize_locale

QUALITY_RANGE = range(30, 101)  # JPEG quality of resized images, percent


@dataclass(frozen=True)
class ExportRequest:
    course: str  # the course's id or exact title
    format: str  # a registered format's name
    target: Path  # the package file to write (replaced only once the new one is complete)
    locale: str | None = None  # None: the library's source locale
    per_lesson: bool = False  # one SCO / AU per lesson
    author: str = ""  # recorded with the versions and the publication
    image_quality: int = DEFAULT_QUALITY

    def __post_init__(self) -> None:
        if self.format not in formats.names():
            raise CoursesmithError(f"unknown format '{self.format}'; use one of {', '.join(formats.names())}")
        if self.locale is not None:
            object.__setattr__(self, "locale", normalize_locale(self.locale))
        if isinstance(self.image_quality, bool) or not isinstance(self.image_quality, int) \
                or self.image_quality not in QUALITY_RANGE:
            raise CoursesmithError(f"image quality is a percentage from 30 to 100, not {self.image_quality}")
        target = Path(self.target).absolute()
        object.__setattr__(self, "target", target)
        _check_target(target)


def _check_target(target: Path) -> None:
    if is_library_file(target):
        raise CoursesmithError(f"{target} is a Coursesmith library (or one of its files); "
                               "choose another file name for the package, so the library is kept")
    if target.is_dir():
        raise CoursesmithError(f"{target} is a folder; give the package a file name, "
                               f"e.g. {target / 'course.zip'}")
    folder = target.parent
    if not folder.is_dir():
        raise CoursesmithError(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CoursesmithError(f"the folder {folder} is not writable; choose another folder")
