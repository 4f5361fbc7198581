"""Item 7: control characters never reach an XML export: stripped where text enters the
model (import and edit), and stripped again by the exporters (libraries made before)."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import docx
import pytest

from authoring.export.export import export_course
from authoring.model import importer, locales, objects
from authoring.model.library import Library

HOSTILE = "Fire\x00 safety\x0b basics\x1b[31m\ufffe"


def test_edits_strip_what_xml_cannot_hold(small_course) -> None:
    with small_course.library.transaction() as session:
        objects.update(session, small_course.course, title=HOSTILE)
        objects.update(session, small_course.question, data={"prompt": "Which\x07 one?",
                       "choices": [{"id": "a", "text": "Oxy\x08gen", "correct": True},
                                   {"id": "b", "text": "Water"}]})
        objects.set_tags(session, small_course.course, ["fi\x01re"])
        locales.set_translation(session, small_course.pages[0], "title", "fr", "Ce\x0c dont")
        created = objects.create(session, "text", "A\x1fB", {"html": "<p>x\x03y</p>"})
        course = objects.get(session, small_course.course)
        assert course.title == "Fire safety basics[31m"
        assert objects.get(session, small_course.question).data["prompt"] == "Which one?"
        assert created.title == "AB" and created.data["html"] == "<p>xy</p>"
        assert [t.tag for t in course.tags] == ["fire"]
        assert locales.translations(session, small_course.pages[0], "fr")["title"] == "Ce dont"


@pytest.mark.parametrize("fmt", ["scorm12", "scorm2004", "cmi5", "xapi", "html"])
def test_a_library_that_already_holds_control_characters_still_exports(small_course, tmp_path, fmt) -> None:
    path = small_course.library.path
    small_course.library.close()
    with sqlite3.connect(path) as connection:  # as an older version may have stored them
        connection.execute("UPDATE objects SET title = ? WHERE kind IN ('course', 'lesson', 'page')",
                           (HOSTILE,))
        connection.execute("UPDATE objects SET data = json_set(data, '$.prompt', ?) WHERE kind = 'question'",
                           ("Which\x07 one?",))
    connection.close()
    with Library.open(path) as library:
        result = export_course(library, small_course.course, fmt, tmp_path / f"out-{fmt}.zip")
    with zipfile.ZipFile(result.path) as package:
        for name in package.namelist():
            if name.endswith((".xml", ".html")):
                text = package.read(name).decode()
                assert "\x00" not in text and "\x0b" not in text and "\x07" not in text, name


def test_a_word_document_with_control_characters_imports_clean(library, tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Safe"
    document.add_heading("Intro", level=1)
    document.add_paragraph("ok")
    path = tmp_path / "w.docx"
    document.save(path)
    # python-docx refuses to write them; a hostile file holds them as character references
    # (C1 controls: XML 1.0 allows them, so a parser reads them; C0 ones make it refuse)
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(b">Intro<", b">In&#x85;tro&#x9b;<")
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    [outcome] = importer.import_paths(library, [path])
    assert outcome.status == "imported", outcome.reason
    with library.transaction() as session:
        pages = [objects.get(session, ref.id) for ref in objects.children(session, outcome.object_id)]
        assert [p.title for p in pages] == ["Intro"]
