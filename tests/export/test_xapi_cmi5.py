"""xAPI (TinCan) and cmi5 packages: tincan.xml, cmi5.xml (against the cmi5 XSD), activity
ids that stay the same across re-exports, the adapters they carry, and `coursesmith validate`."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from authoring.cli import main
from authoring.export import render
from authoring.export.activities import (
    ACTIVITY_BASE, TYPE_COURSE, TYPE_LESSON, TYPE_PAGE, TYPE_QUESTION, course_iri, lesson_iri,
    lrs_adapter, page_iri, question_iri,
)
from authoring.export.export import export_course
from authoring.export.formats.cmi5 import au_iri, mastery_score
from authoring.export.schemas import schema_problems
from authoring.export.validate import PLAYER_GZIP_BUDGET, validate_package, validate_tree
from authoring.model import objects

TC = "{http://projecttincan.com/tincan.xsd}"
C5 = "{https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd}"
ADAPTERS = render.PLAYER_DIR / "adapters"


def read(package: Path, name: str) -> bytes:
    with zipfile.ZipFile(package) as archive:
        return archive.read(name)


def tincan(package: Path) -> etree._Element:
    return etree.fromstring(read(package, "tincan.xml"))


def cmi5(package: Path) -> etree._Element:
    return etree.fromstring(read(package, "cmi5.xml"))


def player_config(package: Path, page: str = "index.html") -> dict:
    return json.loads(lxml_html.document_fromstring(read(package, page)).get_element_by_id("cs-config").text)


def activity_ids(package: Path) -> list[str]:
    return [a.get("id") for a in tincan(package).iter(TC + "activity")]


# ----------------------------------------------------------------- xAPI


def test_xapi_package_has_one_launch_and_ids_from_object_ids(small_course, tmp_path) -> None:
    out = tmp_path / "xapi.zip"
    export_course(small_course.library, "Fire basics", "xapi", out)
    report = validate_package(out)
    assert report.format == "xapi" and report.problems == []
    assert report.player_gzip <= PLAYER_GZIP_BUDGET
    names = zipfile.ZipFile(out).namelist()
    assert {"index.html", "tincan.xml", "player/adapters/xapi.js", "player/player.js"} <= set(names)

    root = tincan(out)
    assert root.tag == TC + "tincan"
    activities = {a.get("id"): a for a in root.iter(TC + "activity")}
    launches = [a for a in activities.values() if a.find(TC + "launch") is not None]
    assert len(launches) == 1
    course = launches[0]
    course_id = small_course.course
    assert course.get("id") == course_iri(course_id) == f"{ACTIVITY_BASE}/{course_id}"
    assert course.get("type") == TYPE_COURSE
    assert course.findtext(TC + "launch") == "index.html"
    assert course.findtext(TC + "name") == "Fire basics"
    assert {lesson_iri(course_id, lesson) for lesson in small_course.lessons} <= set(activities)
    assert all(activities[lesson_iri(course_id, lesson)].get("type") == TYPE_LESSON
               for lesson in small_course.lessons)
    assert activities[page_iri(course_id, small_course.pages[0])].get("type") == TYPE_PAGE
    question = activities[question_iri(course_id, small_course.question)]
    assert question.get("type") == TYPE_QUESTION
    assert question.findtext(TC + "name") == "What does fire need besides heat and fuel?"
    assert question.findtext(TC + "interactionType") == "choice"
    assert [p.text for p in question.iter(TC + "correctResponsePattern")] == ["a"]
    assert [c.findtext(TC + "id") for c in question.iter(TC + "component")] == ["a", "b"]
    assert {el.get("lang") for el in root.iter(TC + "name", TC + "description", TC + "launch")} == {"en"}
    # the package's player config carries the same base the ids were made from
    assert player_config(out)["tracking"] == {"activityBase": ACTIVITY_BASE}


def test_xapi_names_are_in_the_export_locale(small_course, tmp_path) -> None:
    out = tmp_path / "fr.zip"
    export_course(small_course.library, "Fire basics", "xapi", out, locale="fr")
    root = tincan(out)
    assert {el.get("lang") for el in root.iter(TC + "name", TC + "description", TC + "launch")} == {"fr"}
    page = next(a for a in root.iter(TC + "activity")
                if a.get("id") == page_iri(small_course.course, small_course.pages[0]))
    assert page.findtext(TC + "name") == "Ce dont le feu a besoin"


def test_activity_ids_are_stable_across_re_exports(small_course, tmp_path) -> None:
    first, second, third = (tmp_path / f"{n}.zip" for n in ("a", "b", "c"))
    export_course(small_course.library, small_course.course, "xapi", first)
    export_course(small_course.library, small_course.course, "xapi", second)
    assert first.read_bytes() == second.read_bytes()
    with small_course.library.transaction() as s:
        objects.rename(s, small_course.pages[0], "Something else")
        objects.rename(s, small_course.course, "Fire basics, second edition")
    export_course(small_course.library, small_course.course, "xapi", third)
    assert activity_ids(third) == activity_ids(first)
    assert read(third, "tincan.xml") != read(first, "tincan.xml")  # the names changed, not the ids
    cmi5_a, cmi5_b = tmp_path / "d.zip", tmp_path / "e.zip"
    export_course(small_course.library, small_course.course, "cmi5", cmi5_a)
    with small_course.library.transaction() as s:
        objects.rename(s, small_course.lessons[0], "Fire, understood")
    export_course(small_course.library, small_course.course, "cmi5", cmi5_b, per_lesson=True)
    ids_a = [el.get("id") for el in cmi5(cmi5_a).iter(C5 + "course", C5 + "au")]
    ids_b = [el.get("id") for el in cmi5(cmi5_b).iter(C5 + "course", C5 + "au")]
    assert ids_a == [course_iri(small_course.course), au_iri(small_course.course, small_course.course)]
    assert ids_b == [course_iri(small_course.course)] + [
        au_iri(small_course.course, lesson) for lesson in small_course.lessons]


def test_xapi_ignores_sco_per_lesson(small_course, tmp_path) -> None:
    out = tmp_path / "xapi.zip"
    export_course(small_course.library, "Fire basics", "xapi", out, per_lesson=True)
    assert [a for a in tincan(out).iter(TC + "launch")][0].text == "index.html"
    assert not [n for n in zipfile.ZipFile(out).namelist() if n.startswith("lesson-")]


# ----------------------------------------------------------------- cmi5


def test_cmi5_xml_is_valid_and_describes_one_au(small_course, tmp_path) -> None:
    out = tmp_path / "cmi5.zip"
    export_course(small_course.library, "Fire basics", "cmi5", out)
    report = validate_package(out)
    assert report.format == "cmi5" and report.problems == []
    assert report.player_gzip <= PLAYER_GZIP_BUDGET
    root = cmi5(out)
    assert schema_problems("cmi5.xml", root, "cmi5") == []
    course = root.find(C5 + "course")
    assert course.get("id") == course_iri(small_course.course)
    assert course.findtext(f"{C5}title/{C5}langstring") == "Fire basics"
    assert course.find(f"{C5}title/{C5}langstring").get("lang") == "en"
    assert course.find(C5 + "description") is not None
    [au] = root.iter(C5 + "au")
    assert au.get("moveOn") == "CompletedAndPassed"
    assert au.get("masteryScore") == "0.5"  # pass mark 50%
    assert au.get("launchMethod") == "AnyWindow"
    assert au.findtext(C5 + "url") == "index.html"
    assert player_config(out)["tracking"] == {"activityBase": ACTIVITY_BASE}


def test_cmi5_one_au_per_lesson(small_course, tmp_path) -> None:
    out = tmp_path / "cmi5.zip"
    export_course(small_course.library, "Fire basics", "cmi5", out, per_lesson=True, locale="fr")
    assert validate_package(out).problems == []
    root = cmi5(out)
    aus = list(root.iter(C5 + "au"))
    assert [au.findtext(C5 + "url") for au in aus] == ["lesson-01.html", "lesson-02.html"]
    scored, unscored = aus
    assert (scored.get("moveOn"), scored.get("masteryScore")) == ("CompletedAndPassed", "0.5")
    assert (unscored.get("moveOn"), unscored.get("masteryScore")) == ("Completed", None)
    assert {ls.get("lang") for ls in root.iter(C5 + "langstring")} == {"fr"}
    assert {"lesson-01.html", "lesson-02.html"} <= set(zipfile.ZipFile(out).namelist())


@pytest.mark.parametrize("mark, text", [(80, "0.8"), (100, "1"), (0, "0"), (66.5, "0.665"), (50, "0.5")])
def test_mastery_score_is_the_pass_mark_over_100(mark, text) -> None:
    assert mastery_score(mark) == text


# ----------------------------------------------------------------- validate


def test_cli_exports_and_validates_both(small_course, tmp_path, capsys) -> None:
    lib = str(small_course.library.path)
    small_course.library.close()
    for fmt in ("xapi", "cmi5"):
        out = tmp_path / f"{fmt}.zip"
        assert main(["export", lib, "Fire basics", "--format", fmt, "-o", str(out)]) == 0
        assert main(["validate", str(out)]) == 0
        printed = capsys.readouterr().out
        assert f"{fmt} package" in printed and "no problems found" in printed


def _tree(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_validate_names_tincan_problems(small_course, tmp_path) -> None:
    out = tmp_path / "xapi.zip"
    export_course(small_course.library, "Fire basics", "xapi", out)
    files = _tree(out)
    text = files["tincan.xml"].decode()
    lesson_id = lesson_iri(small_course.course, small_course.lessons[0])
    broken = text.replace(f'<activity id="{lesson_id}"', '<activity id="lesson one"', 1)
    broken = broken.replace("</description>\n    </activity>", "</description>\n      <launch>lesson.html</launch>\n    </activity>", 1)
    problems = validate_tree({**files, "tincan.xml": broken.encode()}).problems
    assert any("2 activities have a launch" in p for p in problems)
    assert any("not an absolute IRI" in p and "lesson one" in p for p in problems)
    assert any("lesson.html" in p and "missing" in p for p in problems)
    absolute = text.replace(">index.html</launch>", ">https://example.com/x.html</launch>")
    assert any("relative to the package root" in p
               for p in validate_tree({**files, "tincan.xml": absolute.encode()}).problems)


def test_validate_names_cmi5_problems(small_course, tmp_path) -> None:
    out = tmp_path / "cmi5.zip"
    export_course(small_course.library, "Fire basics", "cmi5", out)
    files = _tree(out)
    text = files["cmi5.xml"].decode()
    bad = text.replace('moveOn="CompletedAndPassed"', 'moveOn="Finished"').replace(
        "<url>index.html</url>", "<url>missing.html</url>")
    problems = validate_tree({**files, "cmi5.xml": bad.encode()}).problems
    assert any("moveOn" in p and "Finished" in p for p in problems)
    assert any("missing.html" in p for p in problems)
    twice = text.replace(au_iri(small_course.course, small_course.course), course_iri(small_course.course))
    assert any("already used" in p for p in validate_tree({**files, "cmi5.xml": twice.encode()}).problems)


# ----------------------------------------------------------------- the adapters


@pytest.mark.parametrize("fmt", ["xapi", "cmi5"])
def test_the_shared_lrs_scripts_ship_as_they_are_and_load_before_the_adapter(small_course, tmp_path, fmt) -> None:
    out = tmp_path / f"{fmt}.zip"
    export_course(small_course.library, "Fire basics", fmt, out, per_lesson=True)
    pages = ["index.html"] + (["lesson-01.html", "lesson-02.html"] if fmt == "cmi5" else [])
    for page in pages:
        scripts = [s.get("src") for s in lxml_html.document_fromstring(read(out, page)).iter("script") if s.get("src")]
        assert scripts == ["player/adapters/shared/lrs-client.js", "player/adapters/shared/course-state.js",
                           f"player/adapters/{fmt}.js", "player/player.js"], page
        assert player_config(out, page)["tracking"] == {"activityBase": ACTIVITY_BASE}, page
    for name in ("shared/lrs-client.js", "shared/course-state.js", f"{fmt}.js"):
        # one copy of each shared part, byte for byte the shipped script: no text put in at export
        assert read(out, f"player/adapters/{name}") == (ADAPTERS / name).read_bytes(), name
    code = "".join(p.read_text("utf-8") for p in ADAPTERS.rglob("*.js"))
    assert "@include" not in code and "@activity-base" not in code and "ACTIVITY_BASE" not in code


@pytest.mark.parametrize("adapter", ["xapi", "cmi5"])
def test_the_activity_base_is_configuration_and_the_player_fits_the_budget(adapter) -> None:
    other = lrs_adapter(adapter, "https://lms.example.org/ids")
    assert other.scripts == lrs_adapter(adapter).scripts  # the same files, another setting
    assert dict(other.settings) == {"activityBase": "https://lms.example.org/ids"}
    total = sum(len(gzip.compress((render.PLAYER_DIR / f).read_bytes(), 9)) for f in render.player_files(other))
    assert total <= PLAYER_GZIP_BUDGET
    source = (ADAPTERS / f"{adapter}.js").read_text("utf-8")
    assert "console.error" not in source and "http://" not in source and "https://" not in source


def test_golf_tincan_and_catapult_cmi5_samples_validate() -> None:
    samples = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "samples"
    if not samples.is_dir():
        pytest.skip(f"{samples} is missing (the shared conformance samples)")
    for name, fmt in [("tincan_golf_GolfExample_TCAPI.zip", "xapi"),
                      ("cmi5_catapult_single_au_basic_responsive.zip", "cmi5"),
                      ("cmi5_catapult_pre_post_test_framed.zip", "cmi5")]:
        report = validate_package(samples / name)
        assert (report.format, report.problems) == (fmt, []), name
