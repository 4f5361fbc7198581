"""Out to a CAT tool and back: translate-toolkit translates, the package shows it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from lxml import etree
from translate.storage import xliff2

from authoring.cli import main
from authoring.model import locales, objects
from authoring.model.library import Library
from xliff_course import Course, export_file


def podebug(source: Path, target: Path) -> None:
    """translate-toolkit's pseudo-translation of an XLIFF 1.2 file (as a user runs it)."""
    subprocess.run([sys.executable, "-c", "from translate.tools.podebug import main; main()",
                    "--rewrite=unicode", "-i", str(source), "-o", str(target)],
                   check=True, capture_output=True, timeout=120)


def package_page(course: Course, locale: str, folder: Path) -> str:
    package = folder / f"{locale}.zip"
    assert main(["export", str(course.path), course.id, "--format", "html", "--locale", locale,
                 "-o", str(package)]) == 0
    with zipfile.ZipFile(package) as archive:
        return archive.read("index.html").decode("utf-8")


def test_podebug_round_trip_shows_in_the_exported_package(course: Course, tmp_path: Path, capsys) -> None:
    sent = export_file(course, "de", tmp_path / "de.xlf")
    back = tmp_path / "de-translated.xlf"
    podebug(sent, back)
    capsys.readouterr()
    assert main(["translate", "import", str(course.path), str(back)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"imported {back}: ") and line.endswith(" strings")
    translated = {unit.get("id"): "".join(unit.find("{*}target").itertext())
                  for unit in etree.parse(str(back)).iter("{*}trans-unit")}
    page = package_page(course, "de", tmp_path)
    title, press, next_ = (translated[f"{course.page}:title"], translated[f"{course.text}:html"].split()[0],
                           translated["player:next"])
    assert title != "Raising the alarm" and f">{title}</h1>" in page  # the page's title
    assert f"<p>{press} <strong>" in page  # rich text, its formatting kept
    assert 'href="https://example.org/fire"' in page
    assert f'"next":"{next_}"' in page.replace(" ", "")  # the player's own button
    assert main(["translate", "status", str(course.path), course.id, "--locale", "de"]) == 0
    assert " 0 outdated, 0 missing" in capsys.readouterr().out


def test_xliff2_round_trip_through_translate_toolkit(course: Course, tmp_path: Path, capsys) -> None:
    sent = export_file(course, "nl", tmp_path / "nl.xlf", "--format", "xliff20")
    store = xliff2.Xliff2File.parsefile(str(sent))
    for unit in store.units:
        rich = unit.rich_source
        for element in rich:
            element.apply_to_strings(lambda text: text.upper())
        unit.rich_target = rich
    back = tmp_path / "nl-translated.xlf"
    back.write_bytes(bytes(store))
    capsys.readouterr()
    assert main(["translate", "import", str(course.path), str(back)]) == 0
    assert capsys.readouterr().out.startswith(f"imported {back}: ")
    page = package_page(course, "nl", tmp_path)
    assert "PRESS <strong>NEXT</strong> OR <a" in page
    assert "RAISING THE ALARM" in page
    with Library.open(course.path) as library, library.transaction() as s:
        assert locales.translations(s, course.fill_in, "nl")["answers"] == "OXYGEN\nO2"


def test_three_edited_sources_leave_exactly_three_outdated(course: Course, tmp_path: Path, capsys) -> None:
    back = tmp_path / "de-translated.xlf"
    podebug(export_file(course, "de", tmp_path / "de.xlf"), back)
    assert main(["translate", "import", str(course.path), str(back)]) == 0
    with Library.open(course.path) as library, library.transaction() as s:
        objects.rename(s, course.page, "Sounding the alarm")
        objects.update(s, course.callout, data={"variant": "tip", "html": "<p>Keep calm.</p>"})
        objects.update(s, course.fill_in, data={**objects.get(s, course.fill_in).data,
                                                "prompt": "Which gas feeds a fire?"})
    capsys.readouterr()
    assert main(["translate", "status", str(course.path), course.id, "--locale", "de", "--json"]) == 0
    import json
    status = json.loads(capsys.readouterr().out)
    assert status["outdated"] == 3 and status["missing"] == 0
    assert status["current"] == status["total"] - 3
    again = export_file(course, "de", tmp_path / "outdated.xlf", "--only", "outdated")
    assert again.read_text().count("<trans-unit ") == 3
    assert again.read_text().count('state="needs-review-translation"') == 3


def test_a_file_made_before_a_source_changed_is_applied_but_stays_outdated(
        course: Course, tmp_path: Path, capsys) -> None:
    back = tmp_path / "de-translated.xlf"
    podebug(export_file(course, "de", tmp_path / "de.xlf"), back)
    with Library.open(course.path) as library, library.transaction() as s:
        objects.rename(s, course.page, "Sounding the alarm")
    capsys.readouterr()
    assert main(["translate", "import", str(course.path), str(back)]) == 0
    assert capsys.readouterr().out.strip().endswith(" strings, 1 outdated")
    assert main(["translate", "status", str(course.path), course.id, "--locale", "de"]) == 0
    assert ", 1 outdated, 0 missing" in capsys.readouterr().out
