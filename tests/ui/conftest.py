"""UI tests: offscreen Qt, settings in a temporary folder, and no window left behind."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    """Every test gets its own settings file (recent libraries, window layout...)."""
    folder = tmp_path / "config"
    monkeypatch.setenv("COURSESMITH_CONFIG_DIR", str(folder))
    monkeypatch.setenv("COURSESMITH_NO_DIALOGS", "1")
    return folder


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp):
    """Fail a test that leaves a visible top-level window (napari's `leaked widgets` check).

    Runs after pytest-qt has closed the widgets given to `qtbot.addWidget`.
    """
    yield
    from authoring.ui import operations

    operations.cancel_all_and_wait()
    qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    for widget in leaked:
        widget.close()
    assert not leaked, f"windows left open: {[type(w).__name__ + ' ' + w.windowTitle() for w in leaked]}"
