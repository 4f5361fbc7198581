"""`--format docx`: the Word review document, read back with python-docx as a reviewer's
Word would show it (styles, formatting, answers in words, alt text), and as the way back
needs it (a bookmark per block, the library/build/course properties)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image

from authoring.export import formats
from authoring.export.export import export_course
from authoring.model import assets, identity, objects
from authoring.model.library import Library
from authoring.model.review_docx import (
    BUILD_PROPERTY, COURSE_PROPERTY, CUSTOM_NS, LIBRARY_PROPERTY, bookmark_name,
)
from authoring.model.schema import Publication


@pytest.fixture
def rich(library: Library, tmp_path: Path) -> dict[str, str]:
    """One lesson, one page holding every kind of block and every question type."""
    picture = tmp_path / "exit.png"
    Image.new("RGB", (800, 600), (20, 140, 60)).save(picture)
    with library.transaction() as s:
        image = assets.import_file(s, picture).object_id
        ids = {"image": image}
        ids["text"] = objects.create(s, "text", "Intro", {"html": (
            '<p>Fire needs <strong>heat</strong>, <em>fuel</em> and <u>oxygen</u>.<br>See '
            '<a href="https://example.org/fire">the guide</a>.</p>'
            '<ol><li>Raise the alarm</li><li>Leave</li></ol>'
            '<table><tr><th>Class</th><th>Fuel</th></tr><tr><td>A</td><td>Paper</td></tr></table>'
            f'<p><img src="asset:{image}" alt="A green exit sign"></p>')}).id
        ids["callout"] = objects.create(s, "callout", "Lift", {"variant": "warning",
                                                               "html": "<p>Never use a lift.</p>"}).id
        ids["media"] = objects.create(s, "media", "Exit", {"asset": image, "alt": "The way out",
                                                           "caption": "Follow the green signs"}).id
        questions = {
            "single": {"type": "single", "prompt": "What burns?", "choices": [
                {"id": "a", "text": "Paper", "correct": True, "feedback": "Yes, paper burns."},
                {"id": "b", "text": "Stone"}]},
            "multiple": {"type": "multiple", "prompt": "Which are fuels?", "choices": [
                {"id": "a", "text": "Wood", "correct": True}, {"id": "b", "text": "Petrol", "correct": True},
                {"id": "c", "text": "Sand"}]},
            "true_false": {"type": "true_false", "prompt": "Smoke rises.", "answer": True},
            "fill_in": {"type": "fill_in", "prompt": "Fire needs heat, fuel and ___.", "answers": ["oxygen"]},
            "matching": {"type": "matching", "prompt": "Match.", "pairs": [
                {"id": "a", "prompt": "Paper", "match": "Class A"}, {"id": "b", "prompt": "Oil", "match": "Class F"}]},
            "ordering": {"type": "ordering", "prompt": "Order.", "items": [
                {"id": "a", "text": "Alarm"}, {"id": "b", "text": "Leave"}, {"id": "c", "text": "Assemble"}]},
        }
        for qtype, data in questions.items():
            ids[qtype] = objects.create(s, "question", qtype, {
                **data, "feedback_correct": f"Well done ({qtype})", "feedback_incorrect": "Not quite"}).id
        blocks = [ids[k] for k in ("text", "callout", "media", *questions)]
        ids["page"] = objects.create(s, "page", "Everything", children=blocks).id
        ids["lesson"] = objects.create(s, "lesson", "Basics", children=[ids["page"]]).id
        ids["course"] = objects.create(s, "course", "Fire review", children=[ids["lesson"]]).id
    return ids


@pytest.fixture
def exported(library: Library, rich: dict[str, str], tmp_path: Path):
    target = tmp_path / "review.docx"
    result = export_course(library, rich["course"], "docx", target)
    return result, docx.Document(str(target))


def _texts(document) -> list[str]:
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found += [p.text for p in cell.paragraphs]
    return found


def test_docx_is_a_registered_document_format() -> None:
    fmt = formats.get("docx")
    assert fmt.suffix == ".docx" and fmt.document is not None
    assert fmt not in formats.detection_order()  # never mistaken for a package


def test_structure_uses_real_word_styles(exported) -> None:
    _, document = exported
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert styled[0] == ("Title", "Fire review")
    assert ("Heading 1", "Basics") in styled
    assert ("Heading 2", "Everything") in styled
    assert styled.index(("Heading 1", "Basics")) < styled.index(("Heading 2", "Everything"))
    assert [t for s, t in styled if s == "List Number"] == ["Raise the alarm", "Leave"]


def test_text_keeps_its_formatting_links_and_breaks(exported) -> None:
    _, document = exported
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Fire needs"))
    runs = {run.text: run for run in paragraph.iter_inner_content() if hasattr(run, "bold")}
    assert runs["heat"].bold and runs["fuel"].italic and runs["oxygen"].underline
    assert "\n" in paragraph.text  # the <br>
    link = paragraph.hyperlinks[0]
    assert link.text == "the guide" and link.url == "https://example.org/fire"
    table = next(t for t in document.tables if t.cell(0, 0).text == "Class")
    assert table.cell(1, 1).text == "Paper" and table.cell(0, 0).paragraphs[0].runs[0].bold


def test_images_carry_their_alt_text(exported) -> None:
    _, document = exported
    described = [d.get("descr") for d in document.element.body.iter(qn("wp:docPr"))]
    assert described == ["A green exit sign", "The way out"]
    assert "Follow the green signs" in [p.text for p in document.paragraphs if p.style.name == "Caption"]


def test_callouts_stand_apart_with_their_label(exported) -> None:
    _, document = exported
    cell = next(t.cell(0, 0) for t in document.tables if t.cell(0, 0).text.startswith("Warning"))
    assert [p.text for p in cell.paragraphs] == ["Warning", "Never use a lift."]
    assert cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))


def test_every_question_shows_its_correct_answer_in_words(exported) -> None:
    _, document = exported
    texts = _texts(document)
    for expected in (
        "Correct answer: A. Paper", "Correct answers: A. Wood; B. Petrol", "Correct answer: True",
        "Correct answer: oxygen", "Feedback for A: Yes, paper burns.", "Feedback when correct: Well done (single)",
        "Feedback when incorrect: Not quite",
    ):
        assert expected in texts, expected
    assert any(t.startswith("Correct answer: Paper → Class A; Oil → Class F") for t in texts)
    assert any(t.startswith("Correct answer: in the order above, Alarm, Leave, Assemble") for t in texts)
    assert "Class F" in texts  # the matching table


def test_each_object_is_bookmarked_by_id_and_version_and_ids_stay_hidden(exported, rich) -> None:
    result, document = exported
    body = document.element.body
    names = [b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))]
    for key in ("course", "lesson", "page", "text", "callout", "media", "single", "ordering"):
        assert bookmark_name(rich[key], 1) in names, key
    assert len(names) == len(set(names))
    starts = {b.get(qn("w:id")) for b in body.iter(qn("w:bookmarkStart"))}
    assert starts == {b.get(qn("w:id")) for b in body.iter(qn("w:bookmarkEnd"))}
    visible = "\n".join(_texts(document))
    assert not any(rich[key] in visible for key in rich)


def test_the_bookmark_spans_the_whole_block(exported, rich) -> None:
    """From the block's first paragraph to its last: a comment anywhere in it is on it."""
    _, document = exported
    body = document.element.body
    name = bookmark_name(rich["text"], 1)
    start = next(b for b in body.iter(qn("w:bookmarkStart")) if b.get(qn("w:name")) == name)
    end = next(b for b in body.iter(qn("w:bookmarkEnd")) if b.get(qn("w:id")) == start.get(qn("w:id")))
    inside, on = [], False
    for element in body.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd"), qn("w:t")):
        on = on or element is start
        if on and element.tag == qn("w:t"):
            inside.append(element.text)
        if element is end:
            break
    text = "".join(inside)
    assert text.startswith("Fire needs") and "Raise the alarm" in text and "Paper" in text


def test_properties_name_library_build_and_course(library, exported, rich, tmp_path) -> None:
    result, document = exported
    with zipfile.ZipFile(tmp_path / "review.docx") as archive:
        custom = archive.read("docProps/custom.xml").decode()
    with library.transaction() as s:
        library_uuid = identity.library_id(s)
        publication = s.get(Publication, result.publication_id)
        assert publication.format == "docx" and publication.options["build"] == result.build
    for name, value in ((LIBRARY_PROPERTY, library_uuid), (BUILD_PROPERTY, result.build),
                        (COURSE_PROPERTY, rich["course"])):
        assert f'name="{name}"><vt:lpwstr>{value}</vt:lpwstr>' in custom
    assert CUSTOM_NS in custom
    assert document.core_properties.title == "Fire review"
    language = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert language.find(qn("w:lang")).get(qn("w:val")) == "en"  # Word proofs the course's language


def test_cli_exports_docx(library, rich, tmp_path) -> None:
    library.close()
    target = tmp_path / "out.docx"
    run = subprocess.run([sys.executable, "-m", "authoring", "export", str(library.path), "Fire review",
                          "--format", "docx", "-o", str(target)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"exported {target} (") and run.stdout.strip().endswith(", docx)")
    assert docx.Document(str(target)).paragraphs[0].text == "Fire review"


def test_sample_course_exports(tmp_path) -> None:
    from authoring.model.sample import write_sample

    path = tmp_path / "sample.cslib"
    write_sample(path)
    with Library.open(path) as library:
        with library.transaction() as s:
            course = objects.list_objects(s, kind="course")[0].id
        export_course(library, course, "docx", tmp_path / "sample.docx")
    document = docx.Document(str(tmp_path / "sample.docx"))
    assert sum(p.style.name == "Heading 1" for p in document.paragraphs) >= 3
    assert len(document.inline_shapes) >= 5


def test_the_export_dialog_writes_a_docx_when_word_is_chosen(library, rich, tmp_path, qtbot) -> None:
    """File › Export…: choosing the Word format (keyboard) names the file .docx; OK exports it."""
    from authoring.ui.export_dialog import ExportDialog
    from authoring.ui.qt import Qt

    dialog = ExportDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setFocus()
    while dialog.format.currentData() != "docx":
        qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
    assert dialog.output.text().endswith("Fire review.docx")
    target = tmp_path / "from-dialog.docx"
    dialog.output.selectAll()
    qtbot.keyClicks(dialog.output, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20000)
    qtbot.waitUntil(lambda: getattr(dialog, "result_dialog", None) is not None, timeout=20000)
    dialog.result_dialog.close()  # the result: size, Show in folder, Validate, Preview
    assert docx.Document(str(target)).paragraphs[0].text == "Fire review"


def test_a_locale_gives_the_translated_course(small_course, tmp_path) -> None:
    target = tmp_path / "fr.docx"
    result = export_course(small_course.library, small_course.course, "docx", target, locale="fr")
    document = docx.Document(str(target))
    assert ("Heading 2", "Ce dont le feu a besoin") in [(p.style.name, p.text) for p in document.paragraphs]
    assert document.core_properties.language == "fr"
    assert any(w.message for w in result.warnings)  # the missing translations, as for any export
