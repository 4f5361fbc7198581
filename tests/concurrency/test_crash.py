"""Crashes and two programs at once (issue 14, "Done means").

Runs of imports (the command line), edits and counter increments (the driver) and exports
(the command line), up to three at once on one library, each killed with SIGKILL at a
random moment. After every run, the package file is the old package intact or a new
complete one, never a partial file. At the end: `PRAGMA integrity_check` is ok, every
commit a program reported before it was killed is in the library, no increment was lost,
and the library opens and exports as usual.

COURSESMITH_CRASH_RUNS sets the number of runs (default 60; the issue asks for 50 or more).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from authoring.model import objects
from authoring.model.library import Library
from authoring.model.schema import Publication

from tests.concurrency.driver import fork
from tests.export.conftest import build_small_course

pytestmark = pytest.mark.slow

RUNS = int(os.environ.get("COURSESMITH_CRASH_RUNS", "60"))
FORMATS = ("scorm12", "html")
MAX_DELAY = 1.5  # seconds before the kill


@dataclass
class Reported:
    """What the killed programs said they committed."""

    imported: dict[str, str] = field(default_factory=dict)  # object id -> path
    edited: dict[str, str] = field(default_factory=dict)  # object id -> title
    increments: list[int] = field(default_factory=list)
    kills: int = 0


@dataclass
class Scene:
    path: Path
    course: str
    counter: str
    target: Path
    work: Path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _setup(tmp_path: Path) -> Scene:
    library = Library.create(tmp_path / "Crash.cslib")
    with library:
        course = build_small_course(library, tmp_path).course
        with library.transaction() as session:
            counter = objects.create(session, "text", "0", {"html": "<p>counter</p>"}).id
    target = tmp_path / "out" / "course.zip"
    target.parent.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    scene = Scene(library.path, course, counter, target, work)
    for name in FORMATS:  # every package a run can put in place, recorded once
        _wait([fork("cli", ["export", str(scene.path), course, "--format", name, "-o",
                            str(target)], work / f"setup-{name}")])
    return scene


def _wait(pids: list[int]) -> None:
    for pid in pids:
        os.waitpid(pid, 0)


def _files(scene: Scene, run: int, rng: random.Random) -> list[str]:
    folder = scene.work / f"files-{run}"
    folder.mkdir()
    for i in range(6):
        (folder / f"note-{run}-{i}.txt").write_text(f"run {run} note {i} {rng.random()}")
    picture = folder / f"picture-{run}.png"
    Image.new("RGB", (64, 48), tuple(rng.randrange(256) for _ in range(3))).save(picture)
    return [str(folder)]


def _start(scene: Scene, run: int, rng: random.Random) -> list[tuple[str, int, Path]]:
    """Start one to three programs at once: (what, pid, output file)."""
    wanted = rng.sample(["import", "edit", "export", "increment"], rng.randint(1, 3))
    started = []
    for what in wanted:
        out = scene.work / f"run-{run}-{what}"
        lib = str(scene.path)
        if what == "import":
            pid = fork("cli", ["import", lib, *_files(scene, run, rng)], out)
        elif what == "edit":
            pid = fork("edit", [lib, "40", str(run)], out)
        elif what == "export":
            pid = fork("cli", ["export", lib, scene.course, "--format", rng.choice(FORMATS),
                               "-o", str(scene.target)], out)
        else:
            pid = fork("increment", [lib, scene.counter, "100"], out)
        started.append((what, pid, out))
    return started


def _kill(started: list[tuple[str, int, Path]], reported: Reported) -> None:
    for _, pid, _ in started:
        try:
            os.kill(pid, signal.SIGKILL)
            reported.kills += 1
        except ProcessLookupError:
            pass
    _wait([pid for _, pid, _ in started])


def _read(started: list[tuple[str, int, Path]], reported: Reported) -> None:
    """What each program said it committed, before it died."""
    for what, _, out in started:
        for line in out.read_text().splitlines():
            words = line.split()
            if what == "import" and line.startswith("imported "):
                reported.imported[words[-1]] = line
            elif line.startswith("committed edit "):
                reported.edited[words[2]] = " ".join(words[3:])
            elif line.startswith("committed increment "):
                reported.increments.append(int(words[-1]))
        errors = Path(f"{out}.err").read_text()
        assert "Traceback" not in errors, errors
        assert "damaged" not in errors, errors


def _package_in_place_is_whole(scene: Scene, recorded: set[str]) -> None:
    assert scene.target.is_file(), "the package was removed"
    with zipfile.ZipFile(scene.target) as archive:
        assert archive.testzip() is None
    assert _sha256(scene.target) in recorded  # the old package, or a new complete one


def _recorded(path: Path) -> set[str]:
    with Library.open(path) as library, library.reading() as session:
        return set(session.scalars(select(Publication.sha256)))


def test_kill_9_at_random_moments_loses_no_reported_commit(tmp_path):
    rng = random.Random(int(os.environ.get("COURSESMITH_CRASH_SEED", "14")))
    scene = _setup(tmp_path)
    recorded = _recorded(scene.path)
    assert len(recorded) == len(FORMATS)
    reported = Reported()
    for run in range(RUNS):
        started = _start(scene, run, rng)
        time.sleep(rng.uniform(0.02, MAX_DELAY))
        _kill(started, reported)
        _read(started, reported)
        _package_in_place_is_whole(scene, recorded)

    with sqlite3.connect(scene.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with Library.open(scene.path) as library, library.reading() as session:
        for object_id, line in reported.imported.items():
            assert session.get(objects.LearningObject, object_id) is not None, line
        for object_id, title in reported.edited.items():
            assert objects.get(session, object_id).title == title
        counter = int(objects.get(session, scene.counter).title)
        publications = set(session.scalars(select(Publication.sha256)))
    assert publications == recorded  # the same bytes every time: nothing else recorded
    # no increment lost: no value was committed twice, and none reported is missing
    assert len(set(reported.increments)) == len(reported.increments)
    assert counter >= max(reported.increments, default=0)
    assert reported.kills >= RUNS // 2 and reported.edited and reported.imported
    print(f"{RUNS} runs, {reported.kills} kills; reported and kept: {len(reported.imported)} "
          f"imports, {len(reported.edited)} edits, {len(reported.increments)} increments")

    # afterwards: a plain export works and leaves nothing behind
    _wait([fork("cli", ["export", str(scene.path), scene.course, "--format", "html", "-o",
                        str(scene.target)], scene.work / "final")])
    assert (scene.work / "final").read_text().startswith("exported ")
    assert sorted(p.name for p in scene.target.parent.iterdir()) == ["course.zip"]


def test_two_editors_killed_and_restarted_lose_no_increment(tmp_path):
    scene_path = tmp_path / "Counter.cslib"
    with Library.create(scene_path) as library, library.transaction() as session:
        counter = objects.create(session, "text", "0").id
    reported = Reported()
    rng = random.Random(2)
    for run in range(5):
        started = [("increment", fork("increment", [str(scene_path), counter, "1000"],
                                      tmp_path / f"inc-{run}-{i}"), tmp_path / f"inc-{run}-{i}")
                   for i in range(2)]
        time.sleep(rng.uniform(0.5, 1.5))
        _kill(started, reported)
        _read(started, reported)
    finishing = [fork("increment", [str(scene_path), counter, "50"], tmp_path / f"last-{i}")
                 for i in range(2)]
    _wait(finishing)
    last = [int(line.split()[-1]) for i in range(2)
            for line in (tmp_path / f"last-{i}").read_text().splitlines()]
    assert len(last) == 100 and len(set(reported.increments + last)) == len(reported.increments) + 100
    with Library.open(scene_path) as library, library.reading() as session:
        assert int(objects.get(session, counter).title) == max(last)
