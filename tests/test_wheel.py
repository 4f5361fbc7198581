"""The wheel alone can export: built with `pip wheel`, installed in a fresh virtualenv,
and run from a folder outside the repository, `coursesmith sample`, `export` and
`validate` work, reading the player and the schemas from the installed package data.

The wheel goes in with pip, from the file just built and nothing else (`--no-index
--no-deps`). Its dependencies are the ones this test run already has installed, offered
to the fresh environment by a path entry placed after its own site-packages (pip would
otherwise fetch the GUI toolkit, hundreds of MB, for commands that never import it);
the editable install of this checkout is not part of it, and the test checks that
`authoring` and `coursesmith_resources` are loaded from the fresh environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOT_SHIPPED = (".git", ".venv", "node_modules", "build", "dist", "bench", "tests", "*.egg-info",
               "__pycache__", ".pytest_cache", ".import_linter_cache")

pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtualenv with the wheel installed; returns its bin folder."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"  # a clean copy: building writes build/ and *.egg-info beside the sources
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
    wheels = root / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, source, cwd=root)
    [wheel] = wheels.glob("coursesmith-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"coursesmith_resources/player/player.js", "coursesmith_resources/xsd/scorm2004_4th/imscp_v1p1.xsd",
            "coursesmith_resources/sample/fire_safety.py", "authoring/model/migrations/env.py"} <= names

    venv = root / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=root)
    bin_dir = venv / "bin"
    run(bin_dir / "python", "-m", "pip", "install", "-q", "--no-index", "--no-deps", wheel, cwd=root)
    purelib = run(bin_dir / "python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                  cwd=root).stdout.strip()
    dependencies = sysconfig.get_paths()["purelib"]  # this run's, after the fresh venv's own
    (Path(purelib) / "zz-dependencies.pth").write_text(dependencies + "\n")
    return bin_dir


def test_the_installed_wheel_exports_the_sample_from_outside_the_repo(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(HOME=str(tmp_path), COURSESMITH_CACHE=str(tmp_path / "cache"), PYTHONNOUSERSITE="1")
    where = run(installed / "python", "-c", "import authoring, coursesmith_resources; "
                "print(authoring.__file__); print(coursesmith_resources.__file__)", cwd=elsewhere, env=env)
    venv = installed.parent
    assert all(Path(line).is_relative_to(venv) for line in where.stdout.split()), where.stdout

    coursesmith = installed / "coursesmith"
    run(coursesmith, "sample", "Sample.cslib", cwd=elsewhere, env=env)
    exported = run(coursesmith, "export", "Sample.cslib", "Workplace Fire Safety", "--format", "scorm2004",
                   "-o", "fire.zip", cwd=elsewhere, env=env)
    assert exported.stdout.startswith(f"exported {elsewhere / 'fire.zip'}")
    checked = run(coursesmith, "validate", "fire.zip", cwd=elsewhere, env=env)
    assert "fire.zip: scorm2004 package" in checked.stdout and "no problems found" in checked.stdout
    with zipfile.ZipFile(elsewhere / "fire.zip") as archive:
        names = archive.namelist()
    assert {"imsmanifest.xml", "index.html", "player/adapters/shared/scorm-api.js", "adlcp_v1p3.xsd"} <= set(names)
