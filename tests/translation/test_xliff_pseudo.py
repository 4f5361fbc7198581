"""Pseudo-localisation, and the player's strings for locales the player does not ship."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from authoring.cli import main
from authoring.export.render import player_strings
from authoring.model import locales
from authoring.model.library import Library
from authoring.model.translation import inline
from authoring.model.translation.pseudo import pseudo_text
from xliff_course import Course


def test_qps_is_a_locale_code() -> None:
    assert locales.normalize_locale("qps") == "qps"


def test_pseudo_text_is_accented_longer_and_keeps_markup_and_placeholders() -> None:
    rich = pseudo_text('<p>Press <a href="https://x.org">Next</a></p>', inline.RICH)
    assert rich.startswith("<p>[Ƥŕéšš ") and '<a href="https://x.org">Ñéẋţ' in rich
    assert rich.endswith("]</a></p>")
    words = len("Press Next")
    assert len(inline.parse(rich, inline.RICH).text()) >= words * 1.3
    assert pseudo_text("Page {n} of {total}", inline.TEMPLATE).count("{n}") == 1
    assert "{total}" in pseudo_text("Page {n} of {total}", inline.TEMPLATE)
    assert pseudo_text("oxygen\nO2", inline.PLAIN).count("\n") == 1


def test_pseudo_command_fills_the_locale_and_the_package_shows_it(course: Course, tmp_path: Path,
                                                                   capsys) -> None:
    assert main(["translate", "pseudo", str(course.path), course.id, "--locale", "qps"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("pseudo-translated ") and out.endswith(" strings into qps")
    assert main(["translate", "status", str(course.path), course.id, "--locale", "qps", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["current"] == status["total"] > 20 and status["missing"] == 0
    package = tmp_path / "qps.zip"
    assert main(["export", str(course.path), course.id, "--format", "html", "--locale", "qps",
                 "-o", str(package)]) == 0
    page = zipfile.ZipFile(package).read("index.html").decode("utf-8")
    assert '<html lang="qps"' in page
    assert ">[Ŕȧîšîñĝ ţĥé ȧļȧŕɱ" in page  # the page title
    assert "[Ñéẋţ" in page  # the player's Next button, from the library's translation


def test_player_strings_shipped_first_then_the_library_then_english() -> None:
    assert player_strings("fr", {"next": "Prochain"})["next"] == "Suivant"  # the player ships French
    assert player_strings("qps", {"next": "[Ñéẋţ]"})["next"] == "[Ñéẋţ]"
    assert player_strings("qps", {})["next"] == "Next"


def test_library_stores_player_translations_per_locale(course: Course, tmp_path: Path) -> None:
    assert main(["translate", "pseudo", str(course.path), course.id, "--locale", "qps"]) == 0
    with Library.open(course.path) as library, library.transaction() as s:
        from authoring.model.translation import player

        assert player.translated(s, "qps")["yourScore"].count("{score}") == 1
        assert player.translated(s, "de") == {}
