"""Word review documents (`--format docx`): the course as a document a subject-matter
expert reads and comments on in Word, with nothing else installed.

The course title is in the Title style, each lesson a Heading 1, each page a Heading 2,
and the blocks below in order: text with its formatting, callouts set apart with their
label, images with their alt text, media with caption and transcript, and every question
with its choices and its correct answers written out in words ("Correct answer: ...").

Each block (and each heading: course, lesson, page) sits inside a hidden bookmark named
by its object id and its version in this build, and the document carries the library,
build and course ids as custom properties. The reader never sees an id; a comment made
in Word on a block's text comes back on that block (`model/review_docx.py`).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document
from docx.shared import Inches, RGBColor
from docx.text.paragraph import Paragraph

from authoring.export import images as image_cache
from authoring.export import resolved as r
from authoring.export import wordml
from authoring.export.document import BlobBytes, Build
from authoring.export.docx_html import HtmlWriter
from authoring.export.formats.registry import Format
from authoring.model import review_docx
from authoring.model.content.blocks import CALLOUT_LABELS
from authoring.model.content.questions import QUESTION_TYPE_LABELS
from authoring.model.jobs import Job

PICTURE_WIDTH = Inches(6)  # the text width of an A4 or Letter page with Word's margins
PICTURE_PIXELS = 960  # the cached variant used: sharp at that width, small in the file
CALLOUT_COLOURS = {"note": ("EAF2FB", "2F6FB5"), "tip": ("EAF7EE", "2E8B57"), "warning": ("FDF1E6", "C0561B")}
SPOKEN_MEDIA = {"audio": "Audio", "video": "Video"}


def write_docx(course: r.Course, blobs: BlobBytes, target: Path, build: Build, job: Job) -> None:
    """The document for `course`, saved at `target`."""
    document = docx.Document()
    writer = _CourseWriter(document, blobs, build, job)
    writer.course(course)
    properties = document.core_properties
    properties.title = course.title
    properties.subject = "Review copy"
    properties.language = course.locale
    wordml.set_language(document, course.locale)
    properties.comments = "Comments added in Word come back into Coursesmith: coursesmith review import."
    wordml.set_custom_properties(document, {
        review_docx.LIBRARY_PROPERTY: build.library, review_docx.BUILD_PROPERTY: build.build,
        review_docx.COURSE_PROPERTY: course.id, review_docx.LOCALE_PROPERTY: course.locale,
    })
    job.check()
    document.save(str(target))


class _CourseWriter:
    """Walks the resolved course; every object it writes is wrapped in its bookmark."""

    def __init__(self, document: Document, blobs: BlobBytes, build: Build, job: Job) -> None:
        self.document = document
        self.blobs = blobs
        self.build = build
        self.job = job
        self.bookmarks = wordml.Bookmarks()
        self._assets: dict[str, r.AssetRef] = {}

    def course(self, course: r.Course) -> None:
        self._assets = {ref.id: ref for ref in course.assets}
        with self._object(course.id, course.version):
            self.document.add_paragraph(course.title, style="Title")
            if course.description:
                self.document.add_paragraph(course.description, style="Subtitle")
        pages = course.pages
        done = 0
        for lesson in course.lessons:
            with self._object(lesson.id, lesson.version):
                self.document.add_heading(lesson.title, level=1)
                if lesson.description:
                    self.document.add_paragraph(lesson.description)
            for page in lesson.pages:
                self.job.check()
                self.job.progress(done, len(pages), f"writing page {done + 1} of {len(pages)}")
                self.page(page)
                done += 1

    def page(self, page: r.Page) -> None:
        with self._object(page.id, page.version):
            self.document.add_heading(page.title, level=2)
        for block in page.blocks:
            with self._object(block.id, block.version):
                self._block(block)

    def _object(self, object_id: str, version: int) -> "_Wrapped":
        return _Wrapped(self, object_id, version)

    # ------------------------------------------------------------ blocks

    def _block(self, block: r.Block) -> None:
        if isinstance(block, r.TextBlock):
            HtmlWriter(self.document, self._inline_image).write(block.html)
        elif isinstance(block, r.Callout):
            self._callout(block)
        elif isinstance(block, r.MediaBlock):
            self._media(block)
        elif isinstance(block, r.Question):
            _QuestionWriter(self.document).write(block)

    def _callout(self, block: r.Callout) -> None:
        fill, border = CALLOUT_COLOURS.get(block.variant, CALLOUT_COLOURS["note"])
        table = self.document.add_table(rows=1, cols=1)
        cell = table.cell(0, 0)
        wordml.shade_cell(cell, fill, border)
        label = cell.paragraphs[0].add_run(CALLOUT_LABELS.get(block.variant, block.variant.title()))
        label.bold = True
        label.font.color.rgb = RGBColor.from_string(border)
        HtmlWriter(self.document, self._inline_image, container=cell).write(block.html)
        self.document.add_paragraph()  # Word runs two adjacent tables together

    def _media(self, block: r.MediaBlock) -> None:
        kind = block.asset.mime.split("/")[0]
        if kind == "image":
            paragraph = self.document.add_paragraph()
            if not self._picture(paragraph, block.asset, block.alt, PICTURE_WIDTH):
                paragraph.add_run(f"[image: {block.alt or block.asset.filename}]").italic = True
        else:
            intro = self.document.add_paragraph()
            intro.add_run(f"{SPOKEN_MEDIA.get(kind, 'File')}: ").bold = True
            intro.add_run(block.asset.filename)
            if block.alt:
                self.document.add_paragraph(block.alt)
        if block.caption:
            self.document.add_paragraph(block.caption, style="Caption")
        if block.transcript:
            heading = self.document.add_paragraph()
            heading.add_run("Transcript").bold = True
            for line in block.transcript.splitlines():
                if line.strip():
                    self.document.add_paragraph(line)

    def _inline_image(self, paragraph: Paragraph, asset_id: str, alt: str) -> bool:
        ref = self._assets.get(asset_id)
        return ref is not None and self._picture(paragraph, ref, alt, None)

    def _picture(self, paragraph: Paragraph, ref: r.AssetRef, alt: str, width) -> bool:
        """The image (its cached 960-pixel variant) with its alt text; False for a file
        Word cannot show (SVG, say)."""
        data = self._image_bytes(ref)
        if data is None:
            return False
        self.job.say(f"image {ref.filename}")
        run = paragraph.add_run()
        natural = Inches(min((ref.width or PICTURE_PIXELS), PICTURE_PIXELS) / 150)
        run.add_picture(io.BytesIO(data), width=min(width or natural, PICTURE_WIDTH))
        wordml.describe_picture(run, alt)
        return True

    def _image_bytes(self, ref: r.AssetRef) -> bytes | None:
        if ref.mime in image_cache.RESIZABLE:
            made = image_cache.variants(ref.sha256, ref.mime, lambda: self.blobs.read(ref.sha256),
                                        self.build.image_quality)
            fitting = [v for v in made if v.width <= PICTURE_PIXELS] or made
            return fitting[-1].path.read_bytes()
        if ref.mime == "image/gif":
            return self.blobs.read(ref.sha256)
        return None


class _Wrapped:
    """`with writer._object(id, version):` the body elements written inside get its bookmark."""

    def __init__(self, writer: _CourseWriter, object_id: str, version: int) -> None:
        self.writer, self.object_id, self.version = writer, object_id, version

    def __enter__(self) -> None:
        self.body = self.writer.document.element.body
        self.before = len(self.body)

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            added = list(self.body)[self.before - 1:len(self.body) - 1]  # sectPr stays last
            self.writer.bookmarks.wrap(added, self.object_id, self.version)


class _QuestionWriter:
    """A question as a reviewer checks it: prompt, options, the right answer in words,
    the feedback learners get."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def write(self, q: r.Question) -> None:
        header = self.document.add_paragraph()
        points = f"{q.points:g} point{'s' if q.points != 1 else ''}" if q.scored else "not scored"
        header.add_run(f"Question ({QUESTION_TYPE_LABELS.get(q.type, q.type)}, {points})").bold = True
        self.document.add_paragraph(q.prompt)
        answer_writer: Callable[[r.Question], str] = getattr(self, f"_{q.type}", self._unknown)
        answer = answer_writer(q)
        correct = self.document.add_paragraph()
        correct.add_run(answer).bold = True
        self._feedback("Feedback when correct", q.feedback_correct)
        self._feedback("Feedback when incorrect", q.feedback_incorrect)

    def _choices(self, q: r.Question) -> str:
        for letter, choice in zip(_letters(), q.choices):
            item = self.document.add_paragraph(style="List Bullet")
            item.add_run(f"{letter}. {choice.text}")
            if choice.correct:
                item.add_run(" (correct)").italic = True
            if choice.feedback:
                self._feedback(f"Feedback for {letter}", choice.feedback, indent=True)
        right = [f"{letter}. {c.text}" for letter, c in zip(_letters(), q.choices) if c.correct]
        return _answer_line(right)

    _single = _choices
    _multiple = _choices

    def _true_false(self, q: r.Question) -> str:
        for option in ("True", "False"):
            self.document.add_paragraph(option, style="List Bullet")
        return f"Correct answer: {'True' if q.answer else 'False'}"

    def _fill_in(self, q: r.Question) -> str:
        case = " (upper and lower case must match)" if q.case_sensitive else ""
        if len(q.answers) > 1:
            return "Correct answers (any of these): " + "; ".join(q.answers) + case
        return _answer_line(list(q.answers)) + case

    def _matching(self, q: r.Question) -> str:
        table = self.document.add_table(rows=len(q.pairs) + 1, cols=2)
        table.style = self.document.styles["Table Grid"]
        for cell, text in zip(table.rows[0].cells, ("Item", "Its match")):
            cell.paragraphs[0].add_run(text).bold = True
        for row, pair in zip(table.rows[1:], q.pairs):
            row.cells[0].text = pair.prompt
            row.cells[1].text = pair.match
        self.document.add_paragraph()
        return "Correct answer: " + "; ".join(f"{p.prompt} → {p.match}" for p in q.pairs) \
            + " (learners see the matches shuffled)"

    def _ordering(self, q: r.Question) -> str:
        for number, item in enumerate(q.items, start=1):
            self.document.add_paragraph(f"{number}. {item.text}")
        return "Correct answer: in the order above, " + ", ".join(i.text for i in q.items) \
            + " (learners see the items shuffled)"

    def _unknown(self, q: r.Question) -> str:
        return "Correct answer: (this question type cannot be shown in Word)"

    def _feedback(self, label: str, text: str, indent: bool = False) -> None:
        if not text:
            return
        paragraph = self.document.add_paragraph()
        if indent:
            paragraph.paragraph_format.left_indent = Inches(0.5)
        paragraph.add_run(f"{label}: ").italic = True
        paragraph.add_run(text)


def _answer_line(answers: list[str]) -> str:
    if not answers:
        return "Correct answer: none is marked correct"
    label = "Correct answer" if len(answers) == 1 else "Correct answers"
    return f"{label}: " + "; ".join(answers)


def _letters():
    return (chr(ord("A") + i) if i < 26 else str(i + 1) for i in range(10_000))


FORMAT = Format(name="docx", label="Word document for review", document=write_docx, suffix=".docx",
                file_label="Word documents")
