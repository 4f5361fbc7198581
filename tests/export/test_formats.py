"""The formats registry is the one list: a format registered there (here a throwaway one,
defined in this test and nowhere else) is offered by `coursesmith export`, exported,
recognised by `coursesmith validate` and listed by File › Export…, and a registered name
cannot be taken twice."""

from __future__ import annotations

import zipfile

import pytest

from authoring.cli import main
from authoring.export import formats
from authoring.export.formats.html import HtmlBuilder
from authoring.export.interactions import INTERACTION_TYPES
from authoring.export.package import Package
from authoring.model.content import QUESTION_TYPES


class TinyBuilder(HtmlBuilder):
    """The plain HTML player plus one root file that says what the package is."""

    def root_files(self, files: list[str]):
        return {"tiny.txt": f"a tiny package of {len(files)} files\n".encode()}


def tiny_check(package: Package) -> list[str]:
    return [] if package.read("tiny.txt").startswith(b"a tiny package") else ["tiny.txt is not a tiny note"]


TINY = formats.Format(name="tiny", label="Tiny test format", builder=TinyBuilder, marker="tiny.txt",
                      check=tiny_check)


@pytest.fixture
def tiny():
    formats.register(TINY)
    try:
        yield TINY
    finally:
        formats.unregister(TINY.name)


def test_a_registered_format_is_exported_and_validated_by_the_command_line(tiny, small_course, tmp_path,
                                                                           capsys) -> None:
    lib = str(small_course.library.path)
    small_course.library.close()
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    usage = " ".join(capsys.readouterr().out.split())
    assert "the package format: scorm12, scorm2004, cmi5, xapi, html, review, docx, tiny" in usage

    out = tmp_path / "course.zip"
    assert main(["export", lib, "Fire basics", "--format", "tiny", "-o", str(out)]) == 0
    assert "exported" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        assert {"tiny.txt", "index.html", "player/adapters/none.js"} <= set(archive.namelist())
    assert main(["validate", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "tiny package" in printed and "no problems found" in printed


def test_an_unregistered_format_is_a_usage_error(small_course, tmp_path, capsys) -> None:
    lib = str(small_course.library.path)
    small_course.library.close()
    assert "tiny" not in formats.names()
    with pytest.raises(SystemExit) as exit_:
        main(["export", lib, "Fire basics", "--format", "tiny", "-o", str(tmp_path / "x.zip")])
    assert exit_.value.code == 2
    assert "invalid choice: 'tiny' (choose from 'scorm12', 'scorm2004', 'cmi5', 'xapi', 'html', 'review', 'docx')" in capsys.readouterr().err


def test_a_name_is_registered_once(tiny) -> None:
    with pytest.raises(ValueError, match="already registered"):
        formats.register(TINY)
    assert formats.names().count("tiny") == 1


def test_the_export_dialog_lists_the_registry_with_labels(tiny, small_course, qtbot) -> None:
    from authoring.ui.export_dialog import ExportDialog

    dialog = ExportDialog(small_course.library)
    qtbot.addWidget(dialog)
    shown = [(dialog.format.itemText(i), dialog.format.itemData(i)) for i in range(dialog.format.count())]
    assert shown == [("SCORM 1.2", "scorm12"), ("SCORM 2004 (4th edition)", "scorm2004"), ("cmi5", "cmi5"),
                     ("xAPI (TinCan)", "xapi"), ("Plain HTML", "html"),
                     ("Review build (one HTML file)", "review"), ("Word document for review", "docx"),
                     ("Tiny test format", "tiny")]


def test_every_question_type_has_one_interaction_type() -> None:
    assert set(INTERACTION_TYPES) == set(QUESTION_TYPES)
    assert set(INTERACTION_TYPES.values()) == {"choice", "true-false", "fill-in", "matching", "sequencing"}
