"""A course with every kind of text a learner reads, in a real library on disk, and helpers
(a module of its own name: every test folder has a `conftest`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from PIL import Image

from authoring.cli import main
from authoring.model import assets, objects
from authoring.model.library import Library

# the OASIS schemas, copied from ../shared/conformance/xsd so the tests run anywhere
XSD = Path(__file__).with_name("xsd")

RICH = ('<p>Press <strong>Next</strong> or <a href="https://example.org/fire">read '
        '<em>more</em></a>.<br>Then stop.</p>')


@dataclass
class Course:
    path: Path  # the library file
    id: str
    text: str
    callout: str
    media: str
    image: str
    single: str
    matching: str
    ordering: str
    fill_in: str
    page: str


def build_course(path: Path, folder: Path) -> Course:
    picture = folder / "alarm.png"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(picture)
    with Library.create(path, "en") as library, library.transaction() as s:
        image = assets.import_file(s, picture).object_id
        objects.update(s, image, data={"alt": "A red alarm call point"})
        text = objects.create(s, "text", "Intro", {"html": RICH})
        callout = objects.create(s, "callout", "Tip", {"variant": "tip", "html": "<p>Stay calm.</p>"})
        media = objects.create(s, "media", "Alarm", {"asset": image, "caption": "The call point",
                                                     "transcript": "A short beep."})
        single = objects.create(s, "question", "Q1", {
            "type": "single", "prompt": "What do you do first?", "points": 1,
            "feedback_correct": "Well done.", "feedback_incorrect": "Not quite.",
            "choices": [{"id": "a", "text": "Raise the alarm", "correct": True, "feedback": "Yes."},
                        {"id": "b", "text": "Finish your email"}]})
        matching = objects.create(s, "question", "Q2", {
            "type": "matching", "prompt": "Match each class to its fuel.",
            "pairs": [{"id": "a", "prompt": "Class A", "match": "Wood"},
                      {"id": "b", "prompt": "Class B", "match": "Petrol"}]})
        ordering = objects.create(s, "question", "Q3", {
            "type": "ordering", "prompt": "Put the steps in order.",
            "items": [{"id": "a", "text": "Pull"}, {"id": "b", "text": "Aim"}]})
        fill_in = objects.create(s, "question", "Q4", {
            "type": "fill_in", "prompt": "Which gas does fire need?",
            "answers": ["oxygen", "O2"]})
        p1 = objects.create(s, "page", "Raising the alarm", children=[text.id, callout.id, media.id])
        p2 = objects.create(s, "page", "Check yourself",
                            children=[single.id, matching.id, ordering.id, fill_in.id])
        lesson = objects.create(s, "lesson", "When the alarm sounds", {"description": "What to do."},
                                children=[p1.id, p2.id])
        course = objects.create(s, "course", "Fire drill", {"description": "Ten minutes.",
                                                            "pass_mark": 50}, children=[lesson.id])
        return Course(path, course.id, text.id, callout.id, media.id, image, single.id,
                      matching.id, ordering.id, fill_in.id, p1.id)


def export_file(course: Course, locale: str, out: Path, *extra: str) -> Path:
    assert main(["translate", "export", str(course.path), course.id, "--locale", locale,
                 "-o", str(out), *extra]) == 0
    return out


def validate(path: Path) -> list[str]:
    """The OASIS schema's errors for an XLIFF file (empty: valid)."""
    doc = etree.parse(str(path))
    version = doc.getroot().get("version")
    xsd = (XSD / "xliff20" / "xliff_core_2.0.xsd") if version == "2.0" else (
        XSD / "xliff12" / "xliff-core-1.2-strict.xsd")
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    schema.validate(doc)
    return [str(error) for error in schema.error_log]
