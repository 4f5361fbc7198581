"""What a translator receives: valid XLIFF 1.2 / 2.0 with every text, codes and context."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree

from authoring.cli import main
from authoring.model import locales
from authoring.model.library import Library
from xliff_course import Course, export_file, validate

NS12 = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
NS20 = {"x": "urn:oasis:names:tc:xliff:document:2.0"}


def test_both_versions_are_valid_against_the_oasis_schemas(course: Course, tmp_path: Path) -> None:
    with Library.open(course.path) as library, library.transaction() as s:
        locales.add_locale(s, "de")
        locales.set_translation(s, course.text, "html", "de", "<p>Drücke <strong>Weiter</strong> "
                                '<a href="https://example.org/fire">mehr <em>lesen</em></a>.<br>Stopp.</p>')
        locales.set_translation(s, course.page, "title", "de", "Alarm auslösen")
    for version in ("xliff12", "xliff20"):
        path = export_file(course, "de", tmp_path / f"de-{version}.xlf", "--format", version)
        assert validate(path) == []
        data = path.read_bytes()
        assert b"CDATA" not in data and b"&lt;strong" not in data.split(b"originalData")[0]


def test_xliff12_has_every_learner_text_as_one_unit_with_codes_and_context(
        course: Course, tmp_path: Path) -> None:
    path = export_file(course, "de", tmp_path / "de.xlf")
    root = etree.parse(str(path)).getroot()
    file = root.find("x:file", NS12)
    assert (file.get("source-language"), file.get("target-language")) == ("en", "de")
    ids = [unit.get("id") for unit in root.iterfind(".//x:trans-unit", NS12)]
    assert len(ids) == len(set(ids))
    expected = [f"{course.id}:title", f"{course.id}:description", f"{course.text}:html",
                f"{course.callout}:html", f"{course.media}:caption", f"{course.media}:transcript",
                f"{course.image}:alt", f"{course.single}:prompt", f"{course.single}:choices.a.text",
                f"{course.single}:choices.a.feedback", f"{course.single}:feedback_correct",
                f"{course.matching}:pairs.b.match", f"{course.ordering}:items.a.text",
                f"{course.fill_in}:answers", f"{course.page}:title", "player:next", "player:yourScore"]
    assert set(expected) <= set(ids)
    rich = root.find(f".//x:trans-unit[@id='{course.text}:html']", NS12)
    source = rich.find("x:source", NS12)
    assert [e.tag.split("}")[1] for e in source.iter()][1:] == ["g", "g", "bpt", "g", "ept", "x"]
    assert source.find(".//x:bpt", NS12).text.startswith('<a href="https://example.org/fire"')
    assert source.find(".//x:ept", NS12).text == "</a>"
    assert "".join(source.itertext()).startswith("Press Next or <a href")  # native code in bpt
    note = rich.find("x:note", NS12).text
    assert note == "Fire drill › When the alarm sounds › Raising the alarm › Text 1: text"
    button = root.find(".//x:trans-unit[@id='player:next']", NS12)
    assert (button.get("maxwidth"), button.get("size-unit")) == ("24", "char")
    progress = root.find(".//x:trans-unit[@id='player:progress']/x:source", NS12)
    assert [ph.text for ph in progress.iterfind("x:ph", NS12)] == ["{n}", "{total}"]


def test_xliff20_uses_pc_and_ph_with_original_data(course: Course, tmp_path: Path) -> None:
    path = export_file(course, "de", tmp_path / "de.xlf", "--format", "xliff20")
    root = etree.parse(str(path)).getroot()
    assert (root.get("srcLang"), root.get("trgLang")) == ("en", "de")
    unit = root.find(f".//x:unit[@id='{course.text}:html']", NS20)
    data = {d.get("id"): d.text for d in unit.iterfind("x:originalData/x:data", NS20)}
    source = unit.find("x:segment/x:source", NS20)
    link = [pc for pc in source.iter("{*}pc") if pc.get("type") == "link"][0]
    assert data[link.get("dataRefStart")].startswith('<a href="https://example.org/fire"')
    assert data[link.get("dataRefEnd")] == "</a>"
    assert data[source.find(".//x:ph", NS20).get("dataRef")] == "<br>"


def test_ids_are_stable_and_a_new_locale_joins_the_library(course: Course, tmp_path: Path, capsys) -> None:
    first = export_file(course, "pt-br", tmp_path / "a.xlf")
    second = export_file(course, "pt-BR", tmp_path / "b.xlf")
    ids = [etree.parse(str(p)).getroot().xpath("//x:trans-unit/@id", namespaces=NS12)
           for p in (first, second)]
    assert ids[0] == ids[1]
    capsys.readouterr()
    assert main(["info", str(course.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["locales"] == ["en", "pt-BR"]


def test_player_strings_the_player_ships_are_not_sent(course: Course, tmp_path: Path) -> None:
    french = export_file(course, "fr", tmp_path / "fr.xlf")
    ids = etree.parse(str(french)).getroot().xpath("//x:trans-unit/@id", namespaces=NS12)
    assert not [i for i in ids if i.startswith("player:")]


def test_status_total_is_what_export_writes_and_only_filters(course: Course, tmp_path: Path, capsys) -> None:
    path = export_file(course, "de", tmp_path / "de.xlf")
    written = len(etree.parse(str(path)).getroot().xpath("//x:trans-unit", namespaces=NS12))
    capsys.readouterr()
    assert main(["translate", "status", str(course.path), course.id, "--locale", "de", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status == {"locale": "de", "total": written, "current": 0, "outdated": 0,
                      "missing": written}
    assert main(["translate", "export", str(course.path), course.id, "--locale", "de",
                 "--only", "outdated", "-o", str(tmp_path / "none.xlf")]) == 1
    assert "no outdated strings to translate into de" in capsys.readouterr().err
    assert not (tmp_path / "none.xlf").exists()
    assert main(["translate", "status", str(course.path), "Fire drill", "--locale", "de"]) == 0
    assert capsys.readouterr().out.startswith(f"de: {written} strings, 0 current, 0 outdated, "
                                              f"{written} missing")


def test_the_source_locale_is_not_a_target(course: Course, tmp_path: Path, capsys) -> None:
    assert main(["translate", "export", str(course.path), course.id, "--locale", "en",
                 "-o", str(tmp_path / "x.xlf")]) == 1
    assert "source locale" in capsys.readouterr().err
    assert not (tmp_path / "x.xlf").exists()
