"""File › Translation: export for translation and import translations, by hand."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from authoring.model import objects
from authoring.model.library import Library
from authoring.model.translation.status import course_status
from authoring.ui import settings
from authoring.ui.main_window import QtMainWindow
from authoring.ui.qt import QDialogButtonBox


@pytest.fixture
def lib_path(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "Drill.cslib"
    with Library.create(path, "en") as library, library.transaction() as s:
        text = objects.create(s, "text", "Intro", {"html": "<p>Leave by the <strong>nearest</strong> exit.</p>"})
        page = objects.create(s, "page", "Leaving", children=[text.id])
        lesson = objects.create(s, "lesson", "Evacuation", children=[page.id])
        course = objects.create(s, "course", "Fire drill", children=[lesson.id])
    return path, course.id


def test_export_for_translation_then_import_the_translated_file(qtbot, gestures, lib_path, tmp_path,
                                                                capfd) -> None:
    path, course_id = lib_path
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.show()
    out = tmp_path / "files" / "drill.de.xlf"
    out.parent.mkdir()

    gestures.menu(window, "File", "Translation", "Export for translation…")
    dialog = gestures.modal("Export for translation")
    qtbot.keyClicks(dialog.locale.lineEdit(), "de")
    dialog.output.selectAll()
    qtbot.keyClicks(dialog.output, str(out))
    gestures.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(out.exists, timeout=5000)
    shown = []
    qtbot.waitUntil(lambda: shown.append(capfd.readouterr().err)
                    or f"for de to {out}." in "".join(shown), timeout=5000)

    translated = tmp_path / "files" / "drill.de.done.xlf"
    subprocess.run([sys.executable, "-c", "from translate.tools.podebug import main; main()",
                    "--rewrite=xxx", "-i", str(out), "-o", str(translated)], check=True,
                   capture_output=True, timeout=120)
    settings.set_import_folder([str(translated)])
    gestures.choose_files([translated.name])
    gestures.menu(window, "File", "Translation", "Import translations…")

    def imported() -> bool:
        with window.library.transaction() as s:
            return course_status(s, course_id, "de").missing == 0

    qtbot.waitUntil(imported, timeout=10000)
    qtbot.waitUntil(lambda: shown.append(capfd.readouterr().err)
                    or f"imported {translated}: " in "".join(shown), timeout=5000)
    window.close()
