"""UI tests: offscreen Qt, settings in a temporary folder, and no window left behind."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from authoring.ui.preview.scheme import prepare  # noqa: E402

prepare()  # the preview's URL scheme, before pytest-qt creates the QApplication


@pytest.fixture
def lib_path(tmp_path):
    """An empty library named as a designer would."""
    from authoring.model.library import Library

    path = tmp_path / "Fire Safety.cslib"
    Library.create(path).close()
    return path


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


# ---------------------------------------------------------------------------- gestures


class Gestures:
    """What a person does with mouse and keyboard, through Qt's own event machinery.

    After each gesture the event loop runs a moment (`PAUSE_MS`): no hand clicks twice
    within the same millisecond, and a measured freeze must be the app's, not a run of
    gestures the test fired without letting the window breathe.
    """

    PAUSE_MS = 20

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def click(self, widget, pos=None) -> None:
        from authoring.ui.qt import QPoint, Qt

        self.qtbot.waitUntil(widget.isVisible, timeout=5000)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                              pos=pos if pos is not None else QPoint(widget.width() // 2,
                                                                     widget.height() // 2))
        self.qtbot.wait(self.PAUSE_MS)

    def key(self, widget, key, modifier=None) -> None:
        from authoring.ui.qt import Qt

        self.qtbot.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)
        self.qtbot.wait(self.PAUSE_MS)

    def menu(self, window, title: str, *items: str) -> None:
        """Click a menu of the menu bar, then one of its items (texts without the &);
        several items walk down submenus (File › Translation › Import translations…)."""
        bar = window.menuBar()
        action = next(a for a in bar.actions() if a.text().replace("&", "") == title)
        self.click(bar, bar.actionGeometry(action).center())
        for item in items:
            menu = action.menu()
            self.qtbot.waitUntil(menu.isVisible, timeout=5000)
            action = next(a for a in menu.actions() if a.text().replace("&", "") == item)
            self.click(menu, menu.actionGeometry(action).center())

    def choose_files(self, names: list[str], then=None) -> None:
        """Answer the next file dialog: click the files (Ctrl+click), then Open.

        The dialog opens in the folder of the last import (`settings.set_import_folder`).
        Call this before the gesture that opens the dialog (which waits in its own event
        loop); `then()` runs right after the dialog is accepted.
        """
        from authoring.ui.qt import (
            QApplication, QDialogButtonBox, QFileDialog, QListView, QTimer, Qt,
        )

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            view = dialog.findChild(QListView, "listView") if isinstance(dialog, QFileDialog) else None
            listed = {}
            if view is not None:
                model, root = view.model(), view.rootIndex()
                listed = {model.index(row, 0, root).data(): model.index(row, 0, root)
                          for row in range(model.rowCount(root))}
            if not all(name in listed for name in names):  # the folder is read in the background
                QTimer.singleShot(20, answer)
                return
            for number, name in enumerate(names):
                view.scrollTo(listed[name])  # as a person scrolls to the next file
                modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier
                self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier,
                                      view.visualRect(listed[name]).center())
            buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
            self.click(buttons.button(QDialogButtonBox.StandardButton.Open))
            if then is not None:
                then()

        QTimer.singleShot(20, answer)

    def answer_box(self, button, seen: list[str] | None = None) -> None:
        """Press BUTTON (a QMessageBox.StandardButton) on the next message box, as a person
        would; its text is appended to SEEN. Call before the gesture that opens it."""
        from authoring.ui.qt import QApplication, QMessageBox, QTimer

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox) or not box.isVisible():
                QTimer.singleShot(20, answer)
                return
            if seen is not None:
                seen.append(box.text())
                seen.extend(b.text() for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
            self.click(box.button(button))

        QTimer.singleShot(20, answer)

    def modal(self, title: str, timeout: int = 10000):
        """The modal dialog called `title`, once it is on screen."""
        from authoring.ui.qt import QApplication

        def shown():
            dialog = QApplication.activeModalWidget()
            return dialog if dialog is not None and dialog.windowTitle() == title else None

        self.qtbot.waitUntil(lambda: shown() is not None, timeout=timeout)
        return shown()


@pytest.fixture
def gestures(qtbot) -> Gestures:
    return Gestures(qtbot)


class Heartbeat:
    """A timer on the window's thread: the largest gap between its beats is how long the
    window froze (no repaint, no input) while something ran.

    This machine is shared: another program can take the CPU from this process for a
    while, which is no freeze of the app's making. So each gap is also measured in this
    process's CPU time (its threads' work, the window's and the workers'), and a freeze
    is the smaller of the two: on an idle machine they are the same; under load the
    wall-clock figure also counts the time the app was not running at all.
    """

    def __init__(self, interval_ms: int = 5) -> None:
        from authoring.ui.qt import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.largest_ms = 0  # the app's freeze (see above)
        self.largest_wall_ms = 0  # the wall-clock gap, load of other programs included
        self.beats = 0
        self._last = self._cpu = 0

    def start(self) -> "Heartbeat":
        import time

        self.clock.start()
        self._last, self._cpu = 0, time.process_time()
        self.timer.start()
        return self

    def _beat(self) -> None:
        import time

        now, cpu = self.clock.elapsed(), time.process_time()
        wall = now - self._last
        self.largest_wall_ms = max(self.largest_wall_ms, wall)
        self.largest_ms = max(self.largest_ms, min(wall, round((cpu - self._cpu) * 1000)))
        self._last, self._cpu = now, cpu
        self.beats += 1

    def stop(self) -> int:
        self._beat()
        self.timer.stop()
        return self.largest_ms


@pytest.fixture
def heartbeat() -> Heartbeat:
    beat = Heartbeat()
    yield beat
    beat.timer.stop()
