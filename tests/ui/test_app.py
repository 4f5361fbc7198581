"""Starting the app: which library opens, settings, and errors before any window."""

from __future__ import annotations

from pathlib import Path

from authoring.model.library import Library
from authoring.ui import app, settings
from authoring.ui.operations import Context, Operation
from authoring.ui.qt import QApplication


def test_settings_live_in_the_folder_tests_choose(config_dir) -> None:
    settings.add_recent("/somewhere/A.cslib")
    assert settings.settings_path() == config_dir / "coursesmith.ini"
    assert "A.cslib" in settings.settings_path().read_text()


def test_preferences_are_written_on_ok(qtbot) -> None:
    dialog = settings.PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.author.setText("Ann Designer")
    dialog.locale.setCurrentText("fr")
    dialog.quality.setValue(70)
    dialog.accept()
    assert (settings.author(), settings.default_locale(), settings.image_quality()) == ("Ann Designer", "fr", 70)


def test_no_argument_opens_the_last_library_else_the_sample(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(app, "sample_path", lambda: tmp_path / "data" / app.SAMPLE_NAME)
    written = []
    monkeypatch.setattr("authoring.model.sample.write_sample",
                        lambda path: written.append(path) or Library.create(path).close())
    assert app.choose_library(None) == tmp_path / "data" / app.SAMPLE_NAME
    assert written and written[0].exists()
    last = tmp_path / "Last.cslib"
    Library.create(last).close()
    settings.add_recent(last)
    assert app.choose_library(None) == last
    assert app.choose_library(str(tmp_path / "Given.cslib")) == tmp_path / "Given.cslib"


def test_main_reports_a_newer_library_and_exits_1(tmp_path, capsys) -> None:
    import sqlite3

    newer = tmp_path / "Future.cslib"
    Library.create(newer).close()
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = 'zzzz9999'")
    connection.commit()
    connection.close()
    before = newer.read_bytes()
    assert app.main(str(newer)) == 1
    error = capsys.readouterr().err
    assert error.startswith("coursesmith: error: ") and error.count("\n") == 1
    assert "newer version of Coursesmith" in error
    assert newer.read_bytes() == before


def test_open_window_shows_one_window(qtbot, tmp_path) -> None:
    path = tmp_path / "Fire Safety.cslib"
    Library.create(path).close()
    window = app.open_window(path)
    qtbot.addWidget(window)
    assert window.isVisible() and window.windowTitle().startswith("Fire Safety — Coursesmith")
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_an_operation_error_is_reported_once_and_the_gui_goes_on(qtbot, capsys, library) -> None:
    from authoring.model.errors import CoursesmithError

    def work(job):
        raise CoursesmithError("the file is gone; choose another")

    failures = []
    op = Operation(Context(library), "Working", work=work, background=True).failure(failures.append)
    op.run()
    qtbot.waitUntil(lambda: op.done)
    assert str(failures[0]) == "the file is gone; choose another"

    op = Operation(Context(library), "Working", work=work, background=True)
    op.run()  # the default: one message, in plain words
    qtbot.waitUntil(lambda: op.done)
    assert "the file is gone; choose another" in capsys.readouterr().err


def test_cancel_stops_the_work(qtbot, library) -> None:
    import time

    seen = []

    def work(job):
        for i in range(200):
            if job.cancelled:
                return i
            job.progress(i, 200)
            time.sleep(0.01)
        return 200

    op = Operation(Context(library), "Counting", work=work, background=True).success(seen.append)
    op.run()
    op.cancel()
    qtbot.waitUntil(lambda: op.done)
    assert seen and seen[0] < 200
