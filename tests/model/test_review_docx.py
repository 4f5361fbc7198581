"""Reading a reviewed Word document: comments added with python-docx (as Word writes them:
`w:commentRangeStart/End` around runs, the comment in comments.xml) come back as a
`.csreview`-shaped dict on the block whose bookmark holds them; foreign, damaged and
inflating files are refused with a reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from PIL import Image

from authoring.export.export import export_course
from authoring.model import assets, identity, objects
from authoring.model.library import Library
from authoring.model.review_docx import ReviewFileError, read_review


@pytest.fixture
def course(library: Library, tmp_path: Path) -> dict[str, str]:
    picture = tmp_path / "sign.png"
    Image.new("RGB", (300, 200), (0, 120, 0)).save(picture)
    with library.transaction() as s:
        image = assets.import_file(s, picture).object_id
        ids = {
            "text": objects.create(s, "text", "Intro", {"html": "<p>Heat, fuel and oxygen.</p><p>Second.</p>"}).id,
            "question": objects.create(s, "question", "Q", {"type": "true_false", "prompt": "Smoke rises.",
                                                             "answer": True}).id,
            "media": objects.create(s, "media", "Sign", {"asset": image, "caption": "The exit sign"}).id,
            "callout": objects.create(s, "callout", "Lift", {"variant": "warning",
                                                             "html": "<p>Never use a lift.</p>"}).id,
        }
        ids["page"] = objects.create(s, "page", "Basics page", children=list(ids.values())).id
        ids["lesson"] = objects.create(s, "lesson", "Basics", children=[ids["page"]]).id
        ids["course"] = objects.create(s, "course", "Fire review", children=[ids["lesson"]]).id
        ids["library"] = identity.library_id(s)
    return ids


@pytest.fixture
def exported(library: Library, course: dict[str, str], tmp_path: Path) -> tuple[Path, str]:
    target = tmp_path / "review.docx"
    result = export_course(library, course["course"], "docx", target)
    return target, result.build


def _comment(path: Path, starts_with: str, text: str, author: str = "Dr Ada Smoke") -> None:
    """Review › New Comment on the paragraph starting with `starts_with` (all its runs)."""
    document = docx.Document(str(path))
    paragraphs = [p for p in document.paragraphs]
    for table in document.tables:
        paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
    paragraph = next(p for p in paragraphs if p.text.startswith(starts_with) and p.runs)
    document.add_comment(paragraph.runs, text=text, author=author, initials="AS")
    document.save(str(path))


def test_a_document_without_comments_reads_as_an_empty_review(exported, course) -> None:
    path, build = exported
    review = read_review(path)
    assert review == {
        "format": "coursesmith-review", "version": 1, "library": course["library"], "build": build,
        "course": course["course"], "locale": "en", "reviewer": "", "verdict": None,
        "source": f"docx:{build}", "comments": [],
    }


def test_a_comment_on_a_blocks_text_goes_on_that_block(exported, course) -> None:
    path, _ = exported
    _comment(path, "Second.", "Say why oxygen matters.")
    _comment(path, "Smoke rises.", "Also hot gases.", author="Bo Reviewer")
    review = read_review(path)
    on_text, on_question = review["comments"]
    assert (on_text["object"], on_text["version"]) == (course["text"], 1)
    assert on_text["quote"] == "Second." and on_text["text"] == "Say why oxygen matters."
    assert on_text["author"] == "Dr Ada Smoke" and on_text["created"].endswith("Z")
    assert on_question["object"] == course["question"] and on_question["author"] == "Bo Reviewer"
    assert review["reviewer"] == "Bo Reviewer, Dr Ada Smoke"
    assert len({c["id"] for c in review["comments"]}) == 2
    assert read_review(path)["comments"][0]["id"] == on_text["id"]  # stable: a second import adds nothing


def test_comments_on_headings_go_on_their_page_lesson_and_course(exported, course) -> None:
    path, _ = exported
    _comment(path, "Fire review", "A better title?")
    _comment(path, "Basics page", "Page title too long")
    _comment(path, "The exit sign", "Caption is fine")
    _comment(path, "Never use a lift", "Unless it is an evacuation lift")  # inside the callout's box
    found = {c["text"]: c["object"] for c in read_review(path)["comments"]}
    assert found == {"A better title?": course["course"], "Page title too long": course["page"],
                     "Caption is fine": course["media"], "Unless it is an evacuation lift": course["callout"]}


def test_a_comment_outside_every_block_goes_on_the_course(exported, course) -> None:
    path, _ = exported
    document = docx.Document(str(path))
    paragraph = document.add_paragraph("Overall: good work.")
    document.add_comment(paragraph.runs, text="Ready after the fixes", author="Ada")
    document.save(str(path))
    (comment,) = read_review(path)["comments"]
    assert comment["object"] == course["course"] and comment["quote"] is None


def test_refuses_a_file_that_is_not_a_zip(tmp_path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("just text")
    with pytest.raises(ReviewFileError, match="not a Word document"):
        read_review(path)


def test_refuses_a_zip_that_is_not_a_word_document(tmp_path) -> None:
    path = tmp_path / "pack.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("index.html", "<p>hi</p>")
    with pytest.raises(ReviewFileError, match="not a Word document"):
        read_review(path)


def test_refuses_a_word_document_that_is_not_ours(tmp_path) -> None:
    path = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear team")
    document.save(str(path))
    with pytest.raises(ReviewFileError, match="not one exported by Coursesmith"):
        read_review(path)


def test_refuses_a_document_that_would_inflate_too_far(exported, tmp_path) -> None:
    """The sizes in the zip's directory are checked before any entry is inflated."""
    path, _ = exported
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"</w:body>", b"<w:p/>" + b" " * 80_000_000 + b"</w:body>")
            target.writestr(info.filename, data)
    with pytest.raises(ReviewFileError, match="too large"):
        read_review(bomb)


def test_refuses_damaged_xml(exported, tmp_path) -> None:
    path, _ = exported
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info.filename, data[:200] if info.filename == "word/document.xml" else data)
    with pytest.raises(ReviewFileError, match="damaged"):
        read_review(broken)


def test_refuses_a_missing_file(tmp_path) -> None:
    with pytest.raises(ReviewFileError, match="no such file"):
        read_review(tmp_path / "gone.docx")


def test_reads_from_bytes_saved_by_word_style_writers(exported) -> None:
    """A document saved again (as Word does on every save) keeps bookmarks and properties."""
    path, build = exported
    document = docx.Document(str(path))
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    assert read_review(path)["build"] == build


def test_a_comment_on_a_point_without_a_range_goes_on_its_block(exported, course) -> None:
    """Some editors mark a comment on a point with its reference alone (no range)."""
    path, _ = exported
    _comment(path, "Smoke rises.", "Which smoke?")
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    xml = parts["word/document.xml"]
    for tag in (b"commentRangeStart", b"commentRangeEnd"):
        start = xml.index(b"<w:" + tag)
        xml = xml[:start] + xml[xml.index(b"/>", start) + 2:]
    parts["word/document.xml"] = xml
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    (comment,) = read_review(path)["comments"]
    assert comment["object"] == course["question"] and comment["quote"] is None
