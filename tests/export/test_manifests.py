"""SCORM 1.2 and 2004 manifests: valid against the official schemas, mastery in place,
deterministic, and every file of the package listed exactly once."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from authoring.export import resolved as r
from authoring.export.formats import scorm12, scorm2004
from authoring.export.formats.scorm12 import mastery_score
from authoring.export.formats.scorm2004 import min_normalized_measure
from authoring.export.units import units_of
from authoring.export.validate import validate_tree

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

NS = {
    "cp12": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "cp": "http://www.imsglobal.org/xsd/imscp_v1p1",
    "adlcp12": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_v1p3",
    "imsss": "http://www.imsglobal.org/xsd/imsss",
    "lom": "http://ltsc.ieee.org/xsd/LOM",
}

EDITIONS = {
    "scorm12": (scorm12.manifest, scorm12.SCHEMA_FILES, scorm12.SCHEMAS.path),
    "scorm2004": (scorm2004.manifest, scorm2004.SCHEMA_FILES, scorm2004.SCHEMAS.path),
}


def make_course(*, pass_mark: float = 80.0, scored: bool = True, title: str = "Fire Safety", **extra) -> r.Course:
    image = r.AssetRef("oa1", "ab" * 32, "exit.png", "image/png", 1234, 64, 48)
    question = r.Question(
        "oq1",
        1,
        "single",
        "Which exit do you use?",
        2.0 if scored else 0.0,
        2,
        choices=(r.Choice("oc1", "The nearest", True), r.Choice("oc2", "The lift")),
    )
    lesson1 = r.Lesson(
        "ol1",
        1,
        "Before a fire",
        "Prevention",
        (
            r.Page("op1", 1, "Hazards", (r.TextBlock("ot1", 1, "<p>Keep exits clear.</p>"),)),
            r.Page(
                "op2", 1, "Signs", (r.MediaBlock("om1", 1, image, "Exit sign", "The sign", ""),)
            ),
        ),
    )
    lesson2 = r.Lesson(
        "ol2",
        1,
        "During a fire",
        "Evacuation",
        (r.Page("op3", 1, "Leaving", (r.TextBlock("ot2", 1, "<p>Walk.</p>"), question)),),
    )
    fields = dict(
        id="oc9",
        version=4,
        title=title,
        description="What to do before and during a fire.",
        pass_mark=pass_mark,
        completion="all_pages",
        navigation="linear",
        lessons=(lesson1, lesson2),
        locale="en",
    )
    fields.update(extra)
    return r.Course(**fields)


def package_files(units) -> list[str]:
    return sorted(
        [unit.href for unit in units]
        + ["player/player.js", "player/player.css", "assets/ab12.png", "assets/My Photo.jpg"]
    )


def build(edition: str, course: r.Course, per_lesson: bool) -> tuple[bytes, list[str], dict[str, bytes]]:
    make, schema_files, schema_dir = EDITIONS[edition]
    units = units_of(course, per_lesson=per_lesson)
    files = package_files(units)
    manifest = make(course, units, files)
    tree = {name: b"<!-- content -->" for name in files}
    tree["imsmanifest.xml"] = manifest
    for name in schema_files:
        tree[name] = (schema_dir / name).read_bytes()
    return manifest, files, tree


def listed_files(manifest: bytes) -> list[str]:
    root = etree.fromstring(manifest)
    return [el.get("href") for el in root.iter("{*}file")]


@pytest.mark.parametrize("per_lesson", [False, True], ids=["one-sco", "sco-per-lesson"])
@pytest.mark.parametrize("edition", ["scorm12", "scorm2004"])
def test_manifest_is_valid_and_complete(edition, per_lesson):
    manifest, files, tree = build(edition, make_course(), per_lesson)
    report = validate_tree(tree)
    assert report.format == edition
    assert report.problems == []
    # Every file of the package exactly once, and nothing else.
    hrefs = [h.replace("%20", " ") for h in listed_files(manifest)]
    assert Counter(hrefs) == Counter(files)
    assert "xml:base" not in manifest.decode() and "}base" not in manifest.decode()


@pytest.mark.parametrize("per_lesson", [False, True])
@pytest.mark.parametrize("edition", ["scorm12", "scorm2004"])
def test_manifest_bytes_are_deterministic(edition, per_lesson):
    first, _, _ = build(edition, make_course(), per_lesson)
    second, _, _ = build(edition, make_course(), per_lesson)
    assert first == second
    assert first.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n")
    assert b"\n  <metadata>" in first  # pretty-printed


@pytest.mark.parametrize("edition", ["scorm12", "scorm2004"])
def test_file_order_given_does_not_change_the_bytes(edition):
    make = EDITIONS[edition][0]
    course = make_course()
    units = units_of(course, per_lesson=True)
    files = package_files(units)
    assert make(course, units, files) == make(course, units, list(reversed(files)))


def test_scorm12_identifiers_and_mastery_score():
    course = make_course()
    manifest, _, _ = build("scorm12", course, per_lesson=True)
    root = etree.fromstring(manifest)
    assert root.get("identifier") == "MANIFEST-oc9"
    orgs = root.find("cp12:organizations", NS)
    assert orgs.get("default") == "ORG-oc9"
    items = orgs.findall("cp12:organization/cp12:item", NS)
    assert [i.get("identifier") for i in items] == ["ITEM-ol1", "ITEM-ol2"]
    assert [i.get("identifierref") for i in items] == ["RES-ol1", "RES-ol2"]
    assert [i.findtext("cp12:title", namespaces=NS) for i in items] == ["Before a fire", "During a fire"]
    # Only the lesson with the scored question carries the mastery score.
    assert items[0].find("adlcp12:masteryscore", NS) is None
    assert items[1].findtext("adlcp12:masteryscore", namespaces=NS) == "80"
    resources = root.findall("cp12:resources/cp12:resource", NS)
    kinds = {res.get("identifier"): res.get(f"{{{NS['adlcp12']}}}scormtype") for res in resources}
    assert kinds == {"RES-ol1": "sco", "RES-ol2": "sco", "RES-SHARED": "asset"}
    for res in resources[:2]:
        assert [d.get("identifierref") for d in res.findall("cp12:dependency", NS)] == ["RES-SHARED"]
    assert resources[0].get("href") == "lesson-01.html"
    assert root.findtext("cp12:metadata/cp12:schemaversion", namespaces=NS) == "1.2"


def test_scorm12_one_sco_for_the_course():
    manifest, _, _ = build("scorm12", make_course(pass_mark=72.5), per_lesson=False)
    root = etree.fromstring(manifest)
    (item,) = root.iterfind(".//cp12:item", NS)
    assert item.get("identifier") == "ITEM-oc9"
    assert item.findtext("cp12:title", namespaces=NS) == "Fire Safety"
    assert item.findtext("adlcp12:masteryscore", namespaces=NS) == "73"
    (sco,) = [res for res in root.iterfind(".//cp12:resource", NS) if res.get("href")]
    assert sco.get("href") == "index.html"


def test_scorm2004_sequencing_and_mastery():
    course = make_course(pass_mark=75)
    manifest, _, _ = build("scorm2004", course, per_lesson=True)
    root = etree.fromstring(manifest)
    assert root.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "2004 4th Edition"
    assert root.findtext("cp:metadata/lom:lom/lom:general/lom:title/lom:string", namespaces=NS) == "Fire Safety"
    org = root.find("cp:organizations/cp:organization", NS)
    items = org.findall("cp:item", NS)
    # The scored lesson: primary objective satisfied by measure at pass mark ÷ 100.
    primary = items[1].find("imsss:sequencing/imsss:objectives/imsss:primaryObjective", NS)
    assert primary.get("satisfiedByMeasure") == "true"
    assert float(primary.findtext("imsss:minNormalizedMeasure", namespaces=NS)) == pytest.approx(0.75)
    # The unscored lesson has no objective measure and stays out of the success rollup.
    assert items[0].find(".//imsss:primaryObjective", NS) is None
    rollup = items[0].find("imsss:sequencing/imsss:rollupRules", NS)
    assert rollup.get("rollupObjectiveSatisfied") == "false"
    # The organization: choice and flow, completed when all lessons are completed.
    control = org.find("imsss:sequencing/imsss:controlMode", NS)
    assert (control.get("choice"), control.get("flow")) == ("true", "true")
    rule = org.find("imsss:sequencing/imsss:rollupRules/imsss:rollupRule", NS)
    assert rule.get("childActivitySet") == "all"
    assert rule.find("imsss:rollupConditions/imsss:rollupCondition", NS).get("condition") == "completed"
    assert rule.find("imsss:rollupAction", NS).get("action") == "completed"
    kinds = [res.get(f"{{{NS['adlcp']}}}scormType") for res in root.iterfind("cp:resources/cp:resource", NS)]
    assert kinds == ["sco", "sco", "asset"]
    assert "adlcp:completionThreshold" not in manifest.decode()


def test_scorm2004_one_sco_for_the_course():
    manifest, _, _ = build("scorm2004", make_course(), per_lesson=False)
    root = etree.fromstring(manifest)
    (item,) = root.iterfind(".//cp:item", NS)
    measure = item.findtext(".//imsss:minNormalizedMeasure", namespaces=NS)
    assert measure == "0.8"
    assert item.find(".//imsss:primaryObjective", NS).get("satisfiedByMeasure") == "true"


@pytest.mark.parametrize("edition", ["scorm12", "scorm2004"])
def test_unscored_course_has_no_mastery(edition):
    course = make_course(scored=False)
    for per_lesson in (False, True):
        manifest, _, tree = build(edition, course, per_lesson)
        assert validate_tree(tree).problems == []
        text = manifest.decode()
        assert "masteryscore" not in text
        assert "minNormalizedMeasure" not in text and "primaryObjective" not in text


@pytest.mark.parametrize("edition", ["scorm12", "scorm2004"])
def test_awkward_titles_ids_and_locales_still_validate(edition):
    course = make_course(
        id="o-1:2 3",
        title="Sécurité incendie — 消防 <&> " + "x" * 300,
        description="",
        locale="pt_BR",
    )
    course = replace(course, lessons=(replace(course.lessons[0], id="o:lesson one"), course.lessons[1]))
    for per_lesson in (False, True):
        manifest, _, tree = build(edition, course, per_lesson)
        assert validate_tree(tree).problems == []
        root = etree.fromstring(manifest)
        assert root.get("identifier") == "MANIFEST-o-1_2_3"
        title = root.findtext("{*}organizations/{*}organization/{*}title")
        assert title.startswith("Sécurité incendie — 消防 <&>") and len(title) <= 200


def test_mastery_number_formats():
    assert mastery_score(80) == 80
    assert mastery_score(72.5) == 73
    assert mastery_score(0) == 0
    assert mastery_score(100.0) == 100
    assert min_normalized_measure(80) == "0.8"
    assert min_normalized_measure(72.5) == "0.725"
    assert min_normalized_measure(100) == "1"
    assert min_normalized_measure(0) == "0"


@pytest.mark.parametrize(
    ("files", "folder", "shared_folder"),
    [(scorm12.SCHEMA_FILES, scorm12.SCHEMAS.path, "scorm12"),
     (scorm2004.SCHEMA_FILES, scorm2004.SCHEMAS.path, "scorm2004_4th")],
)
def test_shipped_schemas_exist_as_published(files, folder, shared_folder):
    for name in files:
        assert (folder / name).is_file(), name
    if SHARED.is_dir():
        published = SHARED / "conformance" / "xsd" / shared_folder
        for name in files:
            assert (folder / name).read_bytes() == (published / name).read_bytes(), name
    # Every schema the manifests name in xsi:schemaLocation ships.
    for edition in ("scorm12", "scorm2004"):
        manifest, _, _ = build(edition, make_course(), False)
        root = etree.fromstring(manifest)
        locations = root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation").split()[1::2]
        assert set(locations) <= set(EDITIONS[edition][1])
