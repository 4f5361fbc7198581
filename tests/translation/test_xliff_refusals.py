"""A bad file is refused whole, every reason listed, and the library stays byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from authoring.cli import main
from xliff_course import Course, export_file

NS = "urn:oasis:names:tc:xliff:document:1.2"
GOOD = ('<g id="1">Drücke <g id="2">Weiter</g> oder <bpt id="3">x</bpt>lies <g id="4">mehr</g>'
        '<ept id="3">y</ept>.<x id="5"/>Stopp.</g>')


def with_target(sent: Path, out: Path, unit_id: str, target: str, **attributes: str) -> Path:
    tree = etree.parse(str(sent))
    unit = tree.find(f".//{{{NS}}}trans-unit[@id='{unit_id}']")
    element = etree.fromstring(f'<target xmlns="{NS}">{target}</target>')
    unit.find(f"{{{NS}}}source").addnext(element)
    file = tree.find(f"{{{NS}}}file")
    for name, value in attributes.items():
        file.set(name.replace("_", "-"), value)
    out.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    return out


@pytest.fixture
def sent(course: Course, tmp_path: Path) -> Path:
    return export_file(course, "de", tmp_path / "de.xlf")


def refused(course: Course, file: Path, capsys) -> str:
    """Import `file`; assert it was refused and changed nothing; return the reasons."""
    before = course.path.read_bytes()
    capsys.readouterr()
    assert main(["translate", "import", str(course.path), str(file)]) == 1
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"refused {file}: ")
    assert course.path.read_bytes() == before
    return line


def test_a_good_target_goes_in(course: Course, sent: Path, tmp_path: Path, capsys) -> None:
    good = with_target(sent, tmp_path / "good.xlf", f"{course.text}:html", GOOD)
    capsys.readouterr()
    assert main(["translate", "import", str(course.path), str(good)]) == 0
    assert capsys.readouterr().out.strip() == f"imported {good}: 1 string"


@pytest.mark.parametrize("target, reason", [
    (GOOD.replace('<x id="5"/>', ""), "inline code 5 is missing"),
    (GOOD.replace("Stopp.", 'Stopp.<x id="9"/>'), "inline code 9 is not in the source"),
    (GOOD.replace('<g id="2">', '<g id="7">'), "inline code 2 is missing"),
    ('<g id="1">Drücke oder <bpt id="3">x</bpt>lies <g id="4">mehr</g><ept id="3">y</ept>.'
     '<x id="5"/>Stopp.</g><g id="2">Weiter</g>', "inline code 2 is nested differently"),
    (GOOD.replace('<ept id="3">y</ept>.<x id="5"/>Stopp.</g>', '.<x id="5"/>Stopp.</g><ept id="3">y</ept>'),
     "wrongly nested"),
])
def test_a_target_whose_codes_differ_is_refused(course: Course, sent: Path, tmp_path: Path, capsys,
                                                target: str, reason: str) -> None:
    bad = with_target(sent, tmp_path / "bad.xlf", f"{course.text}:html", target)
    assert reason in refused(course, bad, capsys)


def test_not_well_formed(course: Course, sent: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "cut.xlf"
    bad.write_bytes(sent.read_bytes()[:-200])
    assert "not well-formed XML" in refused(course, bad, capsys)


@pytest.mark.parametrize("declaration", [
    '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE xliff [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
])
def test_dtds_and_entities_are_refused(course: Course, sent: Path, tmp_path: Path, capsys,
                                       declaration: str) -> None:
    text = sent.read_text("utf-8").replace("?>", "?>" + declaration, 1)
    entity = "&xxe;" if "xxe" in declaration else "&c;"
    text = text.replace("<source>Fire drill</source>", f"<source>Fire drill</source><target>{entity}</target>")
    bad = tmp_path / "dtd.xlf"
    bad.write_text(text, "utf-8")
    line = refused(course, bad, capsys)
    assert "declares a DTD or entities" in line
    assert "root:" not in line and "lollol" not in line


def test_wrong_library_course_unknown_unit_and_bad_locale_are_all_listed(
        course: Course, sent: Path, tmp_path: Path, capsys) -> None:
    text = sent.read_text("utf-8")
    library_id = text.split('original="coursesmith:')[1].split(":")[0]
    text = text.replace(library_id, "00000000-0000-4000-8000-000000000000")
    text = text.replace(f'id="{course.single}:prompt"', 'id="o1nothere000000:prompt"')
    text = text.replace('target-language="de"', 'target-language="not a locale"')
    bad = tmp_path / "foreign.xlf"
    bad.write_text(text, "utf-8")
    line = refused(course, bad, capsys)
    assert "exported from another library" in line
    assert "target language 'not a locale' is not a locale code" in line

    other_course = sent.read_text("utf-8").replace(f":{course.id}\"", ':o1nocourse00000"', 1)
    other_course = other_course.replace(f'id="{course.single}:prompt"', 'id="o1nothere000000:prompt"')
    wrong = tmp_path / "course.xlf"
    wrong.write_text(other_course, "utf-8")
    assert "its course 'o1nocourse00000' is not in this library" in refused(course, wrong, capsys)

    unknown = tmp_path / "unknown.xlf"
    unknown.write_text(sent.read_text("utf-8").replace(f'id="{course.single}:prompt"',
                                                       'id="o1nothere000000:prompt"'), "utf-8")
    assert "unknown unit id 'o1nothere000000:prompt'" in refused(course, unknown, capsys)


def test_several_files_one_line_each_exit_1_when_any_is_refused(
        course: Course, sent: Path, tmp_path: Path, capsys) -> None:
    good = with_target(sent, tmp_path / "good.xlf", f"{course.text}:html", GOOD)
    bad = tmp_path / "bad.xlf"
    bad.write_text("<xliff", "utf-8")
    capsys.readouterr()
    assert main(["translate", "import", str(course.path), str(bad), str(good)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [f"refused {bad}", f"imported {good}"]
