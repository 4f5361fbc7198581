"""Importing a Word document: what an author sees in the library afterwards."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches
from PIL import Image

from sqlalchemy import func, select

from authoring.model import assets, importer, objects
from authoring.model.docx_import import import_docx
from authoring.model.errors import ImportRefusedError
from authoring.model.jobs import Job
from authoring.model.schema import LearningObject

PNG_WIDTH = 40


def add_hyperlink(paragraph, url: str, text: str) -> None:
    """python-docx has no API for hyperlinks; build the w:hyperlink element by hand."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def make_png(tmp_path: Path) -> Path:
    path = tmp_path / "picture.png"
    Image.new("RGB", (PNG_WIDTH, 20), "red").save(path)
    return path


def make_docx(tmp_path: Path, *, title: str | None = "Safety basics") -> Path:
    doc = docx.Document()
    if title is not None:
        doc.core_properties.title = title
    doc.add_paragraph("Read this first.")
    doc.add_heading("Why safety matters", level=1)
    para = doc.add_paragraph("Plain, ")
    para.add_run("bold").bold = True
    para.add_run(", ")
    para.add_run("italic").italic = True
    para.add_run(", ")
    para.add_run("underlined").underline = True
    para.add_run(" and H")
    para.add_run("2").font.subscript = True
    para.add_run("O. See ")
    add_hyperlink(para, "https://example.com/safety", "the guide")
    doc.add_heading("Hazards", level=2)
    doc.add_paragraph("Sharp edges", style="List Bullet")
    doc.add_paragraph("Hot surfaces", style="List Bullet")
    doc.add_paragraph("Very hot", style="List Bullet 2")
    doc.add_picture(str(make_png(tmp_path)), width=Inches(1))
    doc.inline_shapes[0]._inline.docPr.set("descr", "A red warning sign")
    doc.add_paragraph("After the picture.")
    doc.add_heading("What to do", level=1)
    doc.add_paragraph("Stop", style="List Number")
    doc.add_paragraph("Think", style="List Number")
    table = doc.add_table(rows=2, cols=3)
    for col, text in enumerate(("Tool", "Risk", "Gear")):
        table.cell(0, col).text = text
    for col, text in enumerate(("Saw", "Cuts", "Gloves")):
        table.cell(1, col).text = text
    doc.add_heading("Details", level=2)
    doc.add_paragraph("The end.")
    path = tmp_path / "safety.docx"
    doc.save(path)
    return path


def lesson_pages(session, lesson):
    return [objects.get(session, ref.id) for ref in objects.children(session, lesson.id)]


def page_blocks(session, page):
    return [objects.get(session, ref.id) for ref in objects.children(session, page.id)]


def test_a_document_becomes_a_lesson_of_pages(library, tmp_path):
    path = make_docx(tmp_path)
    with library.transaction() as session:
        lesson = import_docx(session, path, author="ana")
        assert lesson.kind == "lesson"
        assert lesson.title == "Safety basics"
        pages = lesson_pages(session, lesson)
        assert [p.title for p in pages] == ["Introduction", "Why safety matters", "What to do"]
        assert [b.kind for b in page_blocks(session, pages[1])] == ["text", "media", "text"]
        assert lesson.created_by == "ana"


def test_text_keeps_its_formatting(library, tmp_path):
    path = make_docx(tmp_path)
    with library.transaction() as session:
        pages = lesson_pages(session, import_docx(session, path))
        intro = page_blocks(session, pages[0])
        assert [b.data["html"] for b in intro] == ["<p>Read this first.</p>"]
        first, media, after = page_blocks(session, pages[1])
        markup = first.data["html"]
        for fragment in ("<strong>bold</strong>", "<em>italic</em>", "<u>underlined</u>",
                         "<sub>2</sub>", "<h2>Hazards</h2>",
                         "<ul><li>Sharp edges</li><li>Hot surfaces<ul><li>Very hot</li></ul></li></ul>"):
            assert fragment in markup
        assert '<a href="https://example.com/safety"' in markup and ">the guide</a>" in markup
        assert first.title.startswith("Plain, bold, italic")
        assert after.data["html"] == "<p>After the picture.</p>"
        (second,) = page_blocks(session, pages[2])
        markup = second.data["html"]
        assert "<ol><li>Stop</li><li>Think</li></ol>" in markup
        assert "<table>" in markup and "<th>Tool</th>" in markup and "<td>Gloves</td>" in markup
        assert markup.endswith("<h2>Details</h2><p>The end.</p>")


def test_images_become_assets_shown_by_media_blocks(library, tmp_path):
    path = make_docx(tmp_path)
    with library.transaction() as session:
        pages = lesson_pages(session, import_docx(session, path))
        media = page_blocks(session, pages[1])[1]
        assert media.data["alt"] == "A red warning sign"
        record = assets.asset_file(session, media.data["asset"])
        assert record.mime == "image/png"
        assert record.width == PNG_WIDTH


def test_importing_twice_reuses_the_image_asset(library, tmp_path):
    path = make_docx(tmp_path)
    with library.transaction() as session:
        import_docx(session, path)
        import_docx(session, path)
    with library.transaction() as session:
        assert len(objects.list_objects(session, "asset")) == 1
        assert len(objects.list_objects(session, "lesson")) == 2


def test_title_falls_back_to_title_paragraph_then_file_name(library, tmp_path):
    doc = docx.Document()
    doc.add_paragraph("First aid", style="Title")
    doc.add_heading("Bleeding", level=2)
    doc.add_paragraph("Press on the wound.")
    doc.add_heading("Burns", level=2)
    doc.add_paragraph("Cool with water.")
    doc.save(tmp_path / "aid.docx")
    plain = docx.Document()
    plain.add_paragraph("Only text.")
    plain.save(tmp_path / "notes.docx")
    with library.transaction() as session:
        lesson = import_docx(session, tmp_path / "aid.docx")
        assert lesson.title == "First aid"
        assert [p.title for p in lesson_pages(session, lesson)] == ["Bleeding", "Burns"]
        other = import_docx(session, tmp_path / "notes.docx")
        assert other.title == "notes"
        assert [p.title for p in lesson_pages(session, other)] == ["Introduction"]


def test_a_document_without_core_properties_is_named_by_its_file(library, tmp_path):
    source = make_docx(tmp_path, title=None)
    bare = tmp_path / "bare-notes.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(bare, "w") as target:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "_rels/.rels":
                data = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", data)
            if item.filename != "docProps/core.xml":
                target.writestr(item, data)
    with library.transaction() as session:
        assert import_docx(session, bare).title == "bare-notes"


def test_numbering_from_numpr_is_read(library, tmp_path):
    doc = docx.Document()
    numbered_id = doc.styles["List Number"].element.pPr.numPr.numId.val
    for text in ("one", "two"):
        para = doc.add_paragraph(text, style="List Paragraph")
        num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = numbered_id
    doc.save(tmp_path / "steps.docx")
    with library.transaction() as session:
        (page,) = lesson_pages(session, import_docx(session, tmp_path / "steps.docx"))
        (block,) = page_blocks(session, page)
        assert block.data["html"] == "<ol><li>one</li><li>two</li></ol>"


def broken_files(tmp_path: Path) -> dict[str, Path]:
    text = tmp_path / "text.docx"
    text.write_text("just some notes, not a Word document")
    no_document = tmp_path / "empty-zip.docx"
    with zipfile.ZipFile(no_document, "w") as archive:
        archive.writestr("hello.txt", "hi")
    whole = make_docx(tmp_path).read_bytes()
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(whole[: len(whole) // 2])
    bad_xml = tmp_path / "bad-xml.docx"
    with zipfile.ZipFile(make_docx(tmp_path)) as source, zipfile.ZipFile(bad_xml, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[:100] if item.filename == "word/document.xml" else data)
    return {"text": text, "no_document": no_document, "truncated": truncated, "bad_xml": bad_xml}


@pytest.mark.parametrize("case", ["text", "no_document", "truncated", "bad_xml"])
def test_a_broken_document_is_refused_and_nothing_is_kept(library, tmp_path, case):
    path = broken_files(tmp_path)[case]
    with pytest.raises(ImportRefusedError) as caught:
        with library.transaction() as session:
            objects.create(session, "text", "made before the import", {"html": "<p>x</p>"})
            import_docx(session, path)
    message = str(caught.value)
    assert message.startswith("the Word document cannot be read (") and message.endswith(")")
    assert "Traceback" not in message and len(message) < 250
    with library.transaction() as session:
        assert objects.list_objects(session) == []


def test_an_empty_document_is_refused(library, tmp_path):
    docx.Document().save(tmp_path / "blank.docx")
    with pytest.raises(ImportRefusedError, match="the Word document is empty"):
        with library.transaction() as session:
            import_docx(session, tmp_path / "blank.docx")


def test_an_image_that_cannot_be_imported_refuses_the_document(library, tmp_path):
    path = make_docx(tmp_path)
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[:30] if item.filename.startswith("word/media/") else data)
    with pytest.raises(ImportRefusedError, match=r"the image '.*\.png' in the Word document"):
        with library.transaction() as session:
            import_docx(session, damaged)
    with library.transaction() as session:
        assert objects.list_objects(session) == []


def test_a_document_cancelled_between_pages_is_not_imported_at_all(library, tmp_path):
    job = Job()
    job.on_progress = lambda done, total, text: job.cancel() if "page 2 of 3" in text else None
    assert importer.import_paths(library, [make_docx(tmp_path)], job=job) == []
    with library.transaction() as session:  # the picture of page 2 went with the rollback too
        kinds = session.execute(select(LearningObject.kind, func.count()).group_by(LearningObject.kind))
        assert kinds.all() == []
