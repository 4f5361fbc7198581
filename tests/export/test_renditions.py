"""Package images made early and cheaply: right after an import (so the first export
finds them ready), on every core, and not at all for a picture that already fits."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from authoring.export import images
from authoring.export.export import export_course
from authoring.model import assets, objects
from authoring.model.library import Library


def picture(folder: Path, name: str, size: tuple[int, int], fmt: str) -> Path:
    path = folder / name
    Image.new("RGB", size, (20, 120, 200)).save(path, fmt)
    return path


def test_images_prepared_after_import_leave_nothing_for_the_first_export(library: Library, tmp_path, monkeypatch):
    with library.transaction() as session:
        big = assets.import_file(session, picture(tmp_path, "big.jpg", (2400, 1500), "JPEG")).object_id
        small = assets.import_file(session, picture(tmp_path, "small.png", (300, 200), "PNG")).object_id
        media = [objects.create(session, "media", f"m{n}", {"asset": a, "alt": "a picture"}).id
                 for n, a in enumerate((big, small))]
        page = objects.create(session, "page", "Page", children=media)
        lesson = objects.create(session, "lesson", "Lesson", children=[page.id])
        course = objects.create(session, "course", "Course", children=[lesson.id]).id
    assert images.prepare(library, [big, small, course]) == 2
    made = []
    real = images._make
    monkeypatch.setattr(images, "_make", lambda *args: made.append(args) or real(*args))
    export_course(library, course, "html", tmp_path / "out.zip")
    assert made == [], "the first export found every image ready"


def test_a_png_that_already_fits_is_shipped_as_it_came(tmp_path):
    source = picture(tmp_path, "fits.png", (400, 300), "PNG")
    data = source.read_bytes()
    made = images.variants("0" * 64, "image/png", lambda: data)
    assert [(v.width, v.suffix) for v in made] == [(400, ".png")]
    assert made[0].path.read_bytes() == data


def test_every_core_makes_images():
    assert images.WORKERS >= 2
