"""A small real course in a real library, built through the model services."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from authoring.model import assets, locales, objects
from authoring.model.library import Library


@dataclass
class SmallCourse:
    library: Library
    course: str
    lessons: list[str]
    pages: list[str]
    question: str
    image: str
    media: str


def build_small_course(library: Library, folder: Path) -> SmallCourse:
    """Two lessons, three pages, an image, a scored question, French for the titles."""
    picture = folder / "extinguisher.png"
    Image.new("RGB", (1200, 800), (200, 30, 30)).save(picture)
    with library.transaction() as s:
        locales.add_locale(s, "fr")
        image = assets.import_file(s, picture).object_id
        objects.update(s, image, data={"alt": "A red fire extinguisher"})
        text = objects.create(s, "text", "Intro", {"html": "<p>Fire needs <strong>heat</strong>, fuel and oxygen.</p>"})
        media = objects.create(s, "media", "Extinguisher", {"asset": image, "caption": "Keep it in reach"})
        question = objects.create(s, "question", "Triangle", {
            "type": "single", "prompt": "What does fire need besides heat and fuel?", "points": 2,
            "choices": [{"id": "a", "text": "Oxygen", "correct": True}, {"id": "b", "text": "Water"}],
        })
        p1 = objects.create(s, "page", "What fire needs", children=[text.id, media.id])
        p2 = objects.create(s, "page", "Check yourself", children=[question.id])
        p3 = objects.create(s, "page", "Staying safe", children=[text.id])
        l1 = objects.create(s, "lesson", "Understanding fire", children=[p1.id, p2.id])
        l2 = objects.create(s, "lesson", "Prevention", children=[p3.id])
        course = objects.create(s, "course", "Fire basics", {"pass_mark": 50}, children=[l1.id, l2.id])
        locales.set_translation(s, p1.id, "title", "fr", "Ce dont le feu a besoin")
        return SmallCourse(library, course.id, [l1.id, l2.id], [p1.id, p2.id, p3.id],
                           question.id, image, media.id)


@pytest.fixture
def small_course(library: Library, tmp_path: Path) -> SmallCourse:
    return build_small_course(library, tmp_path)


@pytest.fixture(autouse=True)
def _image_cache(tmp_path_factory, monkeypatch) -> None:
    """Each test run gets its own processed-image cache, never the user's."""
    monkeypatch.setenv("COURSESMITH_CACHE", str(tmp_path_factory.mktemp("cache")))
