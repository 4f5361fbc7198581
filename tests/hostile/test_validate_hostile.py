"""Item 8: `validate` reports any DTD or entity in a package's XML as a problem (never a
traceback, never "no problems"), and bounds its work on a package of huge entries."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from authoring.cli import main
from authoring.export.validate import validate_package

DTD = b"""<?xml version="1.0"?>
<!DOCTYPE %s [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE %s SYSTEM "http://example.com/evil.dtd">
"""


@pytest.fixture(scope="module")
def good_packages(tmp_path_factory) -> dict[str, dict[str, bytes]]:
    """One good package of each format, as name -> bytes."""
    from authoring.model.library import Library
    from tests.export.conftest import build_small_course
    from authoring.export.export import export_course

    folder = tmp_path_factory.mktemp("packages")
    found = {}
    with Library.create(folder / "L.cslib", "en") as library:
        course = build_small_course(library, folder)
        for fmt in ("scorm12", "cmi5", "xapi"):
            path = export_course(library, course.course, fmt, folder / f"{fmt}.zip").path
            with zipfile.ZipFile(path) as archive:
                found[fmt] = {info.filename: archive.read(info) for info in archive.infolist()}
    return found


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def _with_doctype(xml: bytes, root: bytes, template: bytes) -> bytes:
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
    return template % root + body.lstrip()


@pytest.mark.parametrize("template", [DTD, EXTERNAL], ids=["internal", "external"])
@pytest.mark.parametrize("fmt,manifest,root", [("scorm12", "imsmanifest.xml", b"manifest"),
                                                ("cmi5", "cmi5.xml", b"courseStructure"),
                                                ("xapi", "tincan.xml", b"tincan")])
def test_a_dtd_in_a_manifest_is_a_problem(good_packages, tmp_path, capsys, fmt, manifest, root, template) -> None:
    files = dict(good_packages[fmt])
    files[manifest] = _with_doctype(files[manifest], root, template)
    package = _zip(tmp_path / "p.zip", files)
    code = main(["validate", str(package)])
    out = capsys.readouterr()
    assert code == 1, out
    assert "no problems found" not in out.out
    assert f"problem: {manifest}" in out.out and "DTD" in out.out, out.out
    assert "Traceback" not in out.err


def test_an_entity_used_in_a_manifest_is_a_problem(good_packages, tmp_path, capsys) -> None:
    files = dict(good_packages["cmi5"])
    body = files["cmi5.xml"].split(b"?>", 1)[1]
    files["cmi5.xml"] = DTD % b"courseStructure" + body.replace(b"<title>", b"<title>&lol2;", 1)
    code = main(["validate", "--json", str(_zip(tmp_path / "p.zip", files))])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and any("DTD" in p for p in report["problems"]), report


def test_huge_entries_are_not_read_whole(good_packages, tmp_path) -> None:
    files = dict(good_packages["scorm12"])
    path = _zip(tmp_path / "huge.zip", files)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        for index in range(6):
            with archive.open(f"player/big{index}.js", "w") as stream:
                for _ in range(20):
                    stream.write(bytes(1024 * 1024))
    report = validate_package(path)
    assert any("too large to check" in p for p in report.problems), report.problems
