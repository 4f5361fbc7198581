"""The package validator: third-party samples pass, broken packages are reported in plain
words, and things that are not packages are refused."""

from __future__ import annotations

import os
import stat
import warnings
import zipfile
from pathlib import Path

import pytest

from authoring.export import validate as v
from authoring.export.validate import NotAPackageError, validate_package, validate_tree

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLES = SHARED / "conformance" / "samples"

needs_samples = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"the shared conformance samples are not at {SAMPLES}"
)

GOLF12 = "scorm12_golf_RuntimeBasicCalls_singleSCO.zip"
GOLF2004 = "scorm2004_3rd_golf_SequencingSimpleRemediation.zip"
CMI5 = "cmi5_catapult_single_au_basic_responsive.zip"
TINCAN = "tincan_golf_GolfExample_TCAPI.zip"


def sample_tree(name: str) -> dict[str, bytes]:
    with zipfile.ZipFile(SAMPLES / name) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()}


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def edited(tree: dict[str, bytes], name: str, old: str, new: str) -> dict[str, bytes]:
    text = tree[name].decode("utf-8-sig")
    assert old in text, old
    return {**tree, name: text.replace(old, new, 1).encode()}


# --------------------------------------------------------------------------- samples


@needs_samples
@pytest.mark.parametrize(
    ("sample", "fmt"),
    [
        ("scorm12_golf_RuntimeBasicCalls_singleSCO.zip", "scorm12"),
        ("scorm12_golf_RuntimeMinimumCalls_multiSCO.zip", "scorm12"),
        ("scorm2004_3rd_golf_RuntimeBasicCalls_multiSCO.zip", "scorm2004"),
        ("scorm2004_3rd_golf_SequencingSimpleRemediation.zip", "scorm2004"),
        ("tincan_golf_GolfExample_TCAPI.zip", "xapi"),
        ("cmi5_catapult_single_au_basic_responsive.zip", "cmi5"),
        ("cmi5_catapult_pre_post_test_framed.zip", "cmi5"),
    ],
)
def test_samples_are_detected_and_valid(sample, fmt):
    report = validate_package(SAMPLES / sample)
    assert report.format == fmt
    assert report.problems == []
    with zipfile.ZipFile(SAMPLES / sample) as archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
    assert report.files == len(infos)
    assert report.size == sum(i.file_size for i in infos)
    assert sum(report.sizes.values()) == report.size
    assert 0 < report.player_gzip < v.PLAYER_GZIP_BUDGET


@needs_samples
def test_tree_and_zip_give_the_same_report():
    from_zip = validate_package(SAMPLES / GOLF12)
    from_tree = validate_tree(sample_tree(GOLF12))
    assert from_zip == from_tree
    assert "(root)" in from_zip.sizes and "Etiquette" in from_zip.sizes


# --------------------------------------------------------------------------- SCORM problems


@needs_samples
def test_bad_scormtype_value(tmp_path):
    tree = edited(sample_tree(GOLF12), "imsmanifest.xml", 'adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"')
    report = validate_package(write_zip(tmp_path / "p.zip", tree))
    assert report.format == "scorm12"
    assert report.problems == [
        "imsmanifest.xml line 34: attribute 'adlcp:scormtype' of element 'resource' has the value "
        "'lesson'; allowed: asset, sco (SCORM 1.2 schema)"
    ]


@needs_samples
def test_stray_element_scorm12():
    tree = edited(sample_tree(GOLF12), "imsmanifest.xml", "<title>Golf Explained</title>", "<title>Golf Explained</title><foo/>")
    (problem,) = validate_tree(tree).problems
    assert problem.startswith("imsmanifest.xml line 29: element 'foo' is not allowed here")
    assert problem.endswith("(SCORM 1.2 schema)")


@needs_samples
def test_stray_element_and_bad_rule_scorm2004_use_the_edition_schema():
    tree = sample_tree(GOLF2004)
    tree = edited(tree, "imsmanifest.xml", "<title>Playing the Game</title>", "<title>Playing the Game</title><foo/>")
    tree = edited(tree, "imsmanifest.xml", 'condition="satisfied"', 'condition="done"')
    problems = validate_tree(tree).problems
    assert len(problems) == 2
    assert "element 'foo' is not allowed here" in problems[0]
    assert "attribute 'condition' of element 'imsss:ruleCondition' has the value 'done'" in problems[1]
    assert all(p.endswith("(SCORM 2004 3rd Edition schema)") for p in problems)


@needs_samples
def test_4th_edition_manifest_uses_the_4th_edition_schema():
    tree = edited(sample_tree(GOLF2004), "imsmanifest.xml", ">2004 3rd Edition<", ">2004 4th Edition<")
    assert validate_tree(tree).problems == []
    tree = edited(tree, "imsmanifest.xml", 'adlcp:scormType="sco"', 'adlcp:scormType="page"')
    (problem,) = validate_tree(tree).problems
    assert "'page'; allowed: sco, asset (SCORM 2004 4th Edition schema)" in problem


@needs_samples
def test_missing_file(tmp_path):
    tree = sample_tree(GOLF12)
    del tree["Etiquette/course.jpg"]
    report = validate_package(write_zip(tmp_path / "p.zip", tree))
    assert report.problems == ["Etiquette/course.jpg is listed in the manifest but missing from the package"]


@needs_samples
def test_missing_launch_file_and_case_mismatch():
    tree = sample_tree(GOLF12)
    tree["shared/LaunchPage.html"] = tree.pop("shared/launchpage.html")
    problems = validate_tree(tree).problems
    assert problems[0] == (
        "shared/launchpage.html is the launch file of resource 'resource_1' but missing from the package "
        "(the package has 'shared/LaunchPage.html'; names are case-sensitive on most servers)"
    )
    assert "shared/LaunchPage.html is in the package but not listed in the manifest" in problems


@needs_samples
def test_file_not_listed():
    tree = {**sample_tree(GOLF12), "notes/todo.txt": b"remove me"}
    assert validate_tree(tree).problems == ["notes/todo.txt is in the package but not listed in the manifest"]


@needs_samples
def test_item_and_dependency_must_name_resources():
    tree = edited(sample_tree(GOLF12), "imsmanifest.xml", 'identifierref="resource_1"', 'identifierref="nothing"')
    problems = validate_tree(tree).problems
    assert "imsmanifest.xml line 28: item 'item_1' refers to resource 'nothing', which is not in the manifest" in problems
    assert "imsmanifest.xml: no item of the manifest launches anything (no item with an identifierref)" in problems


@needs_samples
def test_not_well_formed_manifest():
    tree = edited(sample_tree(GOLF12), "imsmanifest.xml", "</organizations>", "")
    report = validate_tree(tree)
    assert report.format == "scorm12"
    assert len(report.problems) == 1 and "not well-formed XML" in report.problems[0]


# --------------------------------------------------------------------------- zip safety


@needs_samples
def test_zip_with_parent_path_is_reported_not_extracted(tmp_path):
    inner = tmp_path / "inner"
    inner.mkdir()
    path = write_zip(inner / "evil.zip", {**sample_tree(GOLF12), "../evil.txt": b"gotcha"})
    before = set(os.listdir(tmp_path)), set(os.listdir(inner))
    report = validate_package(path)
    assert report.problems == ["'../evil.txt' points outside the package ('..'); the entry was not read"]
    assert (set(os.listdir(tmp_path)), set(os.listdir(inner))) == before


@needs_samples
def test_absolute_duplicate_and_symlink_entries(tmp_path):
    path = tmp_path / "p.zip"
    tree = sample_tree(GOLF12)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in tree.items():
                archive.writestr(name, data)
            archive.writestr("/etc/passwd", b"x")
            archive.writestr("shared/style.css", b"again")
            link = zipfile.ZipInfo("link")
            link.create_system = 3
            link.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(link, "/etc/passwd")
    problems = validate_package(path).problems
    assert "'/etc/passwd' has an absolute path; the entry was not read" in problems
    assert "'shared/style.css' is in the zip 2 times; names must be unique" in problems
    assert "'link' is a symbolic link; packages must hold plain files" in problems


def test_not_a_zip(tmp_path):
    path = tmp_path / "course.zip"
    path.write_text("this is not a zip")
    with pytest.raises(NotAPackageError, match="not a zip file"):
        validate_package(path)
    with pytest.raises(NotAPackageError):
        validate_package(tmp_path / "absent.zip")


def test_zip_without_manifest(tmp_path):
    path = write_zip(tmp_path / "p.zip", {"notes.txt": b"hello", "img/a.png": b"png"})
    with pytest.raises(NotAPackageError, match="no imsmanifest.xml, cmi5.xml, tincan.xml or index.html"):
        validate_package(path)


def test_manifest_in_a_folder_is_explained(tmp_path):
    path = write_zip(tmp_path / "p.zip", {"Course/imsmanifest.xml": b"<manifest/>"})
    with pytest.raises(NotAPackageError, match="inside the folder 'Course/'"):
        validate_package(path)


def test_plain_html_package():
    report = validate_tree({"index.html": b"<!doctype html><title>x</title>", "player/p.js": b"let a = 1;\n"})
    assert report.format == "html"
    assert report.problems == []
    assert report.sizes == {"(root)": 31, "player": 11}


# --------------------------------------------------------------------------- cmi5 and xAPI


@needs_samples
def test_cmi5_schema_and_missing_au_file():
    tree = sample_tree(CMI5)
    tree = edited(tree, "cmi5.xml", 'moveOn="', 'moveOn="Whenever" x="')
    tree = edited(tree, "cmi5.xml", "<url>index.html</url>", "<url>start.html?x=1</url>")
    problems = validate_tree(tree).problems
    assert any("attribute 'moveOn' of element 'au' has the value 'Whenever'" in p and p.endswith("(cmi5 schema)") for p in problems)
    assert any(p.startswith("start.html is the url of AU") for p in problems)


@needs_samples
def test_tincan_needs_exactly_one_launch():
    tree = sample_tree(TINCAN)
    two = edited(
        tree,
        "tincan.xml",
        "</activities>",
        '<activity id="http://example.com/b"><name>B</name><launch>b.html</launch></activity></activities>',
    )
    problems = validate_tree(two).problems
    assert any("2 activities have a launch" in p for p in problems)
    assert "b.html is the launch file in tincan.xml but missing from the package" in problems
    none = edited(tree, "tincan.xml", '<launch lang="en-us">index.html</launch>', "")
    assert validate_tree(none).problems == ["tincan.xml: no activity has a launch element"]


# --------------------------------------------------------------------------- size report


def test_player_size_budget():
    noise = os.urandom(50_000).hex().encode()  # incompressible enough
    tree = {"index.html": b"<html></html>", "player/big.js": noise, "assets/huge.js": noise}
    report = validate_tree(tree)
    assert report.player_gzip > v.PLAYER_GZIP_BUDGET
    assert report.player_gzip < len(noise)  # assets/ is not the player
    (problem,) = report.problems
    assert problem.startswith("the player's scripts and styles are ") and problem.endswith("over the 40 KB budget")
    small = validate_tree({"index.html": b"<html></html>", "player/p.css": b"body{margin:0}" * 100})
    assert small.problems == [] and 0 < small.player_gzip < 200


def test_schemas_compile_once():
    from authoring.export import formats, schemas

    keys = [s.key for f in formats.all_formats() for s in f.schemas]
    assert sorted(keys) == sorted(schemas.SCHEMA_SETS) == ["cmi5", "scorm12", "scorm2004_3rd", "scorm2004_4th"]
    for key in keys:
        assert schemas.schema(key) is schemas.schema(key)


@needs_samples
def test_scorm12_manifest_in_the_wrong_namespace():
    tree = edited(
        sample_tree(GOLF12),
        "imsmanifest.xml",
        'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
        'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    )
    report = validate_tree(tree)
    assert report.format == "scorm12"
    assert report.problems == [
        "imsmanifest.xml: the root element must be 'manifest' in the namespace "
        "http://www.imsproject.org/xsd/imscp_rootv1p1p2 (SCORM 1.2 schema), not 'manifest' in "
        "http://www.imsglobal.org/xsd/imscp_v1p1"
    ]


# --------------------------------------------------------------------------- the player says what it was built for


def _without(package: Path, name: str, out: Path) -> Path:
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info.filename, source.read(info))
    return out


@pytest.mark.parametrize(("fmt", "manifest", "label"), [
    ("scorm12", "imsmanifest.xml", "SCORM 1.2"),
    ("scorm2004", "imsmanifest.xml", "SCORM 2004 (4th edition)"),
    ("xapi", "tincan.xml", "xAPI (TinCan)"),
    ("cmi5", "cmi5.xml", "cmi5"),
])
def test_a_package_without_its_manifest_is_a_package_with_a_problem(small_course, tmp_path, capsys,
                                                                     fmt, manifest, label):
    from authoring.cli import main
    from authoring.export.export import export_course

    whole = tmp_path / f"{fmt}.zip"
    export_course(small_course.library, "Fire basics", fmt, whole)
    stripped = _without(whole, manifest, tmp_path / f"{fmt}-stripped.zip")
    report = validate_package(stripped)
    assert report.format == fmt  # what the player was built for, never "html"
    (problem,) = report.problems
    assert problem.startswith(f"{manifest} is missing: the player in index.html was built for {label}")
    assert main(["validate", str(stripped)]) == 1
    printed = capsys.readouterr().out
    assert f"problem: {manifest} is missing" in printed and "no problems found" not in printed


def test_a_plain_html_export_is_a_good_html_package_and_a_mismatched_player_is_named(small_course, tmp_path):
    from authoring.export.export import export_course

    html = tmp_path / "html.zip"
    export_course(small_course.library, "Fire basics", "html", html)
    report = validate_package(html)
    assert (report.format, report.problems) == ("html", [])
    scorm12, scorm2004 = tmp_path / "12.zip", tmp_path / "2004.zip"
    export_course(small_course.library, "Fire basics", "scorm12", scorm12)
    export_course(small_course.library, "Fire basics", "scorm2004", scorm2004)
    with zipfile.ZipFile(scorm2004) as archive:  # a 2004 manifest beside a player built for 1.2
        tree = {**sample_files(scorm12), "imsmanifest.xml": archive.read("imsmanifest.xml")}
    report = validate_tree(tree)
    assert report.format == "scorm2004"
    assert ("the player in index.html was built for SCORM 1.2 (it loads player/adapters/scorm12.js), "
            "but the package's imsmanifest.xml is SCORM 2004 (4th edition); export it again as "
            "SCORM 2004 (4th edition)") in report.problems


def sample_files(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}
