"""Item 14.4: two exports to one file take turns; the recorded publication is the package
actually in place; no temporary file is shared or left behind."""

from __future__ import annotations

import hashlib
from sqlalchemy import select

from authoring.export import target_lock
from authoring.model.jobs import Job
from authoring.model.schema import Publication

from tests.concurrency.conftest import start_cli
from tests.export.conftest import build_small_course


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _publications(library):
    with library.reading() as session:
        return [(p.format, p.sha256) for p in session.scalars(select(Publication).order_by(Publication.id))]


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_two_exports_at_once_take_turns_and_the_last_record_is_in_place(library, tmp_path):
    course = build_small_course(library, tmp_path).course
    out = tmp_path / "out"
    out.mkdir()
    target = out / "course.zip"
    for _ in range(3):
        exports = [start_cli("export", library.path, course, "--format", name, "-o", target)
                   for name in ("scorm12", "html")]
        for export in exports:
            _, err = export.communicate(timeout=180)
            assert export.returncode == 0, err
    formats_and_hashes = _publications(library)
    assert len(formats_and_hashes) == 6
    assert formats_and_hashes[-1][1] == _sha256(target)  # the newest record is the file
    assert _leftovers(out) == []


def test_a_second_export_waits_for_the_first_and_says_so(library, tmp_path):
    course = build_small_course(library, tmp_path).course
    target = tmp_path / "course.zip"
    with target_lock.exclusive(target, Job(), patience=5):
        export = start_cli("export", library.path, course, "--format", "scorm12", "-o", target)
        told = export.stderr.readline()
    _, err = export.communicate(timeout=180)
    assert told == "coursesmith: waiting for another program (it is exporting to course.zip)\n"
    assert export.returncode == 0, err
    assert _publications(library)[-1] == ("scorm12", _sha256(target))


def test_past_its_patience_a_waiting_export_is_refused_plainly(library, tmp_path):
    course = build_small_course(library, tmp_path).course
    target = tmp_path / "course.zip"
    target.write_bytes(b"the old package")
    with target_lock.exclusive(target, Job(), patience=5):
        export = start_cli("export", library.path, course, "--format", "html", "-o", target,
                           env={"COURSESMITH_LOCK_PATIENCE": "1.5"})
        _, err = export.communicate(timeout=180)
    assert export.returncode == 1
    assert "course.zip is being written by another export" in err and "try again" in err
    assert target.read_bytes() == b"the old package" and _publications(library) == []


def test_what_a_killed_export_left_beside_the_target_is_removed(library, tmp_path):
    course = build_small_course(library, tmp_path).course
    target = tmp_path / "course.zip"
    (tmp_path / ".course.zip.k1ll3d.partial").write_bytes(b"half a zip")
    (tmp_path / ".course.zip.partial").write_bytes(b"an older version's")
    export = start_cli("export", library.path, course, "--format", "html", "-o", target)
    _, err = export.communicate(timeout=180)
    assert export.returncode == 0, err
    assert not list(tmp_path.glob(".course.zip*"))
