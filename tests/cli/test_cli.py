"""The command line as scripts use it: output formats, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from authoring.cli import main

COURSESMITH = [sys.executable, "-m", "authoring"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a child process: what another program sees."""
    return subprocess.run(
        [*COURSESMITH, *map(str, args)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "Fire Safety.cslib"
    assert main(["init", str(path)]) == 0
    return path


@pytest.fixture
def media(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    (folder / "sub").mkdir(parents=True)
    Image.new("RGB", (320, 200), "red").save(folder / "red.png")
    Image.new("RGB", (64, 64), "blue").save(folder / "sub" / "blue.jpg")
    (folder / "notes.xyz").write_text("what is this")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / ".hidden.png").write_bytes(b"ignored")
    return folder


def test_init_creates_a_library_and_refuses_an_existing_path(tmp_path: Path) -> None:
    path = tmp_path / "new.cslib"
    first = run("init", path, "--locale", "fr_fr")
    assert first.returncode == 0 and path.exists()
    info = json.loads(run("info", path, "--json").stdout)
    assert info["source_locale"] == "fr-FR" and info["locales"] == ["fr-FR"]

    again = run("init", path)
    assert again.returncode == 1
    assert again.stderr.startswith("coursesmith: error: ") and "already exists" in again.stderr
    assert again.stderr.count("\n") == 1  # one line, no traceback


def test_import_reports_each_file_and_exits_1_after_importing_the_rest(lib: Path, media: Path) -> None:
    result = run("import", lib, media)
    lines = result.stdout.splitlines()
    assert result.returncode == 1
    imported = [line for line in lines if line.startswith("imported ")]
    refused = [line for line in lines if line.startswith("refused ")]
    assert len(imported) == 2 and all(" -> asset o" in line for line in imported)
    assert any("notes.xyz: unknown file type" in line for line in refused)
    assert any("empty.pdf: the file is empty" in line for line in refused)
    assert not any(".hidden" in line for line in lines)
    assert "2 of 4 files were refused" in result.stderr

    titles = {item["filename"] for item in json.loads(run("list", lib, "--json").stdout)}
    assert titles == {"red.png", "blue.jpg"}


def test_a_duplicate_is_not_a_refusal_and_adds_no_asset(lib: Path, media: Path) -> None:
    first = run("import", lib, media / "red.png")
    asset_id = first.stdout.split()[-1]
    again = run("import", lib, media / "red.png")
    assert again.returncode == 0
    assert again.stdout.strip() == f"duplicate {media / 'red.png'} (same bytes as {asset_id})"
    assert len(json.loads(run("list", lib, "--json").stdout)) == 1


def test_list_json_describes_assets_and_containers(lib: Path, media: Path, capsys) -> None:
    main(["import", str(lib), str(media / "red.png")])
    capsys.readouterr()
    assert main(["list", str(lib), "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["kind"] == "asset" and item["mime"] == "image/png"
    assert item["size"] == (media / "red.png").stat().st_size
    assert len(item["sha256"]) == 64 and item["width"] == 320
    assert main(["list", str(lib), "--kind", "course", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_list_refuses_an_unknown_kind(lib: Path) -> None:
    result = run("list", lib, "--kind", "widget")
    assert result.returncode == 1 and "unknown kind 'widget'" in result.stderr


def test_search_finds_words_and_never_fails_on_odd_input(lib: Path, media: Path, capsys) -> None:
    run("import", lib, media / "red.png")
    hits = json.loads(run("search", lib, "red", "--json").stdout)
    assert hits and hits[0]["kind"] == "asset" and hits[0]["locale"] == "en"
    assert "[red]" in hits[0]["snippet"]
    for odd in ['"', "-", "a:b", "(", "NEAR(", "*", "AND", "OR NOT", '"unclosed phrase', "re*"]:
        capsys.readouterr()
        assert main(["search", str(lib), odd, "--json"]) == 0, odd
        assert isinstance(json.loads(capsys.readouterr().out), list)


def test_info_json_has_the_contract_fields(lib: Path, media: Path) -> None:
    run("import", lib, media)
    info = json.loads(run("info", lib, "--json").stdout)
    assert info["path"] == str(lib)
    assert info["source_locale"] == "en" and info["locales"] == ["en"]
    assert info["counts"]["asset"] == 2 and info["counts"]["course"] == 0
    assert info["size"] >= lib.stat().st_size > 0
    assert info["translation"] == {}


def test_errors_on_a_file_that_is_not_a_library(tmp_path: Path) -> None:
    text = tmp_path / "notes.cslib"
    text.write_text("just some notes")
    for command in (["list", text], ["info", text], ["search", text, "fire"]):
        result = run(*command)
        assert result.returncode == 1
        assert result.stderr == f"coursesmith: error: {text} is not a Coursesmith library; open a .cslib file or create a new library\n"
    assert text.read_text() == "just some notes"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = run("list")
    assert result.returncode == 2 and "coursesmith: error:" in result.stderr
    assert run("frobnicate").returncode == 2


def test_no_arguments_prints_help() -> None:
    result = run()
    assert result.returncode == 0 and "usage: coursesmith" in result.stdout


def test_export_shows_progress_on_a_terminal_and_nothing_else_in_a_pipe(tmp_path: Path) -> None:
    """The same Job reports to stderr when it is a terminal (a person watching), and stays
    quiet when stderr is a pipe or a file (a script reading it)."""
    import pty

    lib = tmp_path / "sample.cslib"
    assert run("sample", lib).returncode == 0
    piped = run("export", lib, "Workplace Fire Safety", "--format", "scorm12", "-o", tmp_path / "a.zip")
    assert piped.returncode == 0 and piped.stderr == ""

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*COURSESMITH, "export", str(lib), "Workplace Fire Safety", "--format", "scorm12", "-o",
         str(tmp_path / "b.zip")],
        stdout=subprocess.PIPE, stderr=follower, env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert process.wait(timeout=120) == 0
    shown = seen.decode()
    assert "resolving the course" in shown and "preparing images" in shown
    assert "writing the package 1/" in shown and "recording the publication" in shown
    assert shown.endswith("\r"), "the progress line is cleared at the end"
    assert process.stdout.read().decode().startswith(f"exported {tmp_path / 'b.zip'}")


def test_open_with_no_library_opens_the_sample_as_the_menu_entry_does(tmp_path: Path) -> None:
    """The desktop entry's `Exec=coursesmith open %f` runs `coursesmith open` from the menu."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "COURSESMITH_CONFIG_DIR": str(tmp_path / "config"), "COURSESMITH_STARTUP_PROBE": "1"}
    result = subprocess.run([*COURSESMITH, "open"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("startup-ms ")  # the window was shown
    sample = tmp_path / "data" / "Coursesmith" / "Workplace Fire Safety.cslib"
    assert json.loads(run("info", sample, "--json").stdout)["title"] == "Workplace Fire Safety"
