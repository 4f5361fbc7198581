"""`coursesmith replace`: literal, case-sensitive, only in text a learner reads (never in
markup or attributes), one line per changed object, a new version each, translations of
the changed strings outdated; `--dry-run` changes nothing; bad input changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from authoring.model import locales, objects
from authoring.model.library import Library


def run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "authoring", *map(str, args)], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONWARNINGS": "ignore"})


@pytest.fixture
def lib(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "lib.cslib"
    with Library.create(path) as library, library.transaction() as s:
        locales.add_locale(s, "fr")
        ids = {
            "text": objects.create(s, "text", "muster block", {"html": (
                '<p>Go to the muster point. <a href="https://example.org/muster">Muster maps</a> '
                '<img src="https://example.org/muster.png" alt="muster point sign"> muster &amp; co</p>')}).id,
            "question": objects.create(s, "question", "Where", {
                "type": "single", "prompt": "Where is the muster point?", "feedback_correct": "Yes, the muster point.",
                "choices": [{"id": "a", "text": "At the muster point", "correct": True}, {"id": "b", "text": "Inside"}]}).id,
            "media": objects.create(s, "media", "Sign", {"alt": "A muster sign", "caption": "Muster here",
                                                         "transcript": "the muster point"}).id,
            "other": objects.create(s, "text", "Elsewhere", {"html": "<p>Another muster point.</p>"}).id,
        }
        ids["page"] = objects.create(s, "page", "The muster point", children=[ids["text"], ids["question"], ids["media"]]).id
        ids["lesson"] = objects.create(s, "lesson", "Leaving", children=[ids["page"]]).id
        ids["course"] = objects.create(s, "course", "Evacuation", children=[ids["lesson"]]).id
        other_page = objects.create(s, "page", "Other", children=[ids["other"]]).id
        other_lesson = objects.create(s, "lesson", "Other lesson", children=[other_page]).id
        objects.create(s, "course", "Other course", children=[other_lesson])
        locales.set_translation(s, ids["question"], "prompt", "fr", "Où est le point de rassemblement ?")
        from authoring.model import versions
        for object_id in ids.values():
            versions.record(s, object_id)
    return path, ids


def _objects(path: Path) -> dict[str, dict]:
    listed = json.loads(run("list", path, "--json").stdout)
    return {item["id"]: item for item in listed}


def test_replaces_in_every_text_a_learner_reads_and_nowhere_else(lib) -> None:
    path, ids = lib
    before = _objects(path)
    result = run("replace", path, "muster point", "assembly point", "--course", "Evacuation")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sorted(lines[:-1]) == sorted([f"changed {ids['text']}: 1", f"changed {ids['question']}: 3",
                                         f"changed {ids['media']}: 1", f"changed {ids['page']}: 1"])
    assert lines[-1] == "6 matches in 4 objects"
    with Library.open(path) as library, library.transaction() as s:
        text = objects.get(s, ids["text"]).data["html"]
        assert "Go to the assembly point." in text
        assert 'href="https://example.org/muster"' in text and 'alt="muster point sign"' in text
        assert "Muster maps" in text  # case-sensitive: "Muster" is not "muster point"
        question = objects.get(s, ids["question"]).data
        assert question["prompt"] == "Where is the assembly point?"
        assert question["choices"][0]["text"] == "At the assembly point"
        assert objects.get(s, ids["page"]).title == "The assembly point"
        assert objects.get(s, ids["media"]).data["transcript"] == "the assembly point"
        assert objects.get(s, ids["other"]).data["html"] == "<p>Another muster point.</p>"  # other course
        statuses = {f.field: f.status for f in locales.field_statuses(s, objects.get(s, ids["question"]), "fr")}
        assert statuses["prompt"] == locales.Status.OUTDATED
    after = _objects(path)
    for key in ("text", "question", "media", "page"):
        assert after[ids[key]]["version"] == before[ids[key]]["version"] + 1, key
    assert after[ids["other"]]["version"] == before[ids["other"]]["version"]


def test_dry_run_prints_the_same_and_changes_nothing(lib) -> None:
    path, ids = lib
    before = path.read_bytes()
    dry = run("replace", path, "muster", "gathering", "--dry-run")
    assert dry.returncode == 0
    assert dry.stdout.splitlines()[-1] == "9 matches in 5 objects"  # not the text block's title: learners never read it
    assert path.read_bytes() == before
    real = run("replace", path, "muster", "gathering")
    assert real.stdout == dry.stdout


def test_markup_and_entities_are_text_aware(lib) -> None:
    path, ids = lib
    assert run("replace", path, "muster & co", "and friends").stdout.splitlines()[-1] == "1 match in 1 object"
    assert run("replace", path, "href", "x").stdout.splitlines()[-1] == "0 matches in 0 objects"
    with Library.open(path) as library, library.transaction() as s:
        assert objects.get(s, ids["text"]).data["html"].endswith("and friends</p>")


def test_a_target_locale_changes_its_translations_only(lib) -> None:
    path, ids = lib
    result = run("replace", path, "rassemblement", "réunion", "--locale", "fr")
    assert result.stdout.splitlines() == [f"changed {ids['question']}: 1", "1 match in 1 object"]
    with Library.open(path) as library, library.transaction() as s:
        assert locales.translations(s, ids["question"], "fr")["prompt"] == "Où est le point de réunion ?"
        assert objects.get(s, ids["question"]).data["prompt"] == "Where is the muster point?"


@pytest.mark.parametrize("args, message", [
    (("", "x"), "the text to find is empty"),
    (("muster", "x", "--course", "Nope"), "no course with the id or title 'Nope'"),
    (("muster", "x", "--locale", "de"), "the library has no locale 'de'"),
])
def test_bad_input_is_one_line_and_changes_nothing(lib, args, message) -> None:
    path, _ = lib
    before = path.read_bytes()
    result = run("replace", path, *args)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"coursesmith: error: {message}") and result.stderr.count("\n") == 1
    assert path.read_bytes() == before
