"""Starting the desktop application: `coursesmith open LIB` and plain `coursesmith`.

The library is checked before any window exists, so a file that is not a library (or is
damaged, newer, locked) gives the one-line error of the command line, exit 1, and the
file untouched; with a display the same message also appears in a dialog.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from authoring.model.errors import CoursesmithError

_STARTED = time.perf_counter()
SAMPLE_NAME = "Workplace Fire Safety.cslib"
PROBE_ENV = "COURSESMITH_STARTUP_PROBE"  # bench: print ms to the first shown window, quit
_windows: list = []


def sample_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Coursesmith", appauthor=False)) / SAMPLE_NAME


def choose_library(library_path: str | None) -> Path:
    """LIB if given; else the last library opened; else the bundled sample (written once)."""
    if library_path:
        return Path(library_path)
    from authoring.ui import settings

    last = settings.last_library()
    if last and Path(last).exists():
        return Path(last)
    return choose_sample()


def choose_sample() -> Path:
    """The sample library in the user's data folder, written the first time it is asked for."""
    path = sample_path()
    if not path.exists():
        from authoring.model.sample import write_sample

        path.parent.mkdir(parents=True, exist_ok=True)
        write_sample(path)
    return path


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return False
    from authoring.ui.dialogs import dialogs_wanted

    if not dialogs_wanted():
        return False
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _application():
    from authoring.ui.qt import QApplication, QCoreApplication

    app = QApplication.instance()
    if app is None:
        from authoring.ui.preview.scheme import prepare

        prepare()  # the preview's URL scheme: Chromium takes it only before the app exists
        QCoreApplication.setOrganizationName("Coursesmith")
        QCoreApplication.setApplicationName("Coursesmith")
        app = QApplication(sys.argv[:1])
        app.setDesktopFileName("coursesmith")
        _set_window_icon(app)
        _use_bundled_fonts(app)
        _install_translator(app)
        _follow_color_scheme(app)
    return app


def _use_bundled_fonts(app) -> None:
    """Every script renders and shapes in the editor with no font installed (ui/fonts.py)."""
    from authoring.ui.fonts import use_bundled_fonts

    use_bundled_fonts(app)


def _set_window_icon(app) -> None:
    """Unpacked or on desktops that ignore the menu entry's icon, windows still show ours."""
    from authoring import resources
    from authoring.ui.qt import QIcon

    app.setWindowIcon(QIcon(str(resources.path("icons", "coursesmith.svg"))))


def _install_translator(app) -> None:
    """The interface language of Preferences, else the system's (languages.py)."""
    from authoring.ui import languages, settings

    language = languages.chosen_language(settings.interface_language())
    app._coursesmith_translators = languages.install(app, language)  # kept alive with the app


def _follow_color_scheme(app) -> None:
    """Fusion everywhere (it draws dark and light alike); a dark palette when the desktop
    says dark, switched live when the desktop changes."""
    from authoring.ui.qt import QGuiApplication, QStyleFactory

    app.setStyle(QStyleFactory.create("Fusion"))
    hints = QGuiApplication.styleHints()
    _apply_palette(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: _apply_palette(app, scheme))


def _apply_palette(app, scheme) -> None:
    from authoring.ui.qt import QColor, QPalette, Qt

    if scheme != Qt.ColorScheme.Dark:
        app.setPalette(app.style().standardPalette())
        return
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"),
                        (roles.Base, "#1f1f1f"), (roles.AlternateBase, "#2f2f2f"),
                        (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
                        (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d7bd9"),
                        (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#353535"),
                        (roles.ToolTipText, "#e6e6e6"), (roles.PlaceholderText, "#8a8a8a"),
                        (roles.Link, "#7fb2ff")):
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#777777"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#777777"))
    app.setPalette(palette)


def _report_open_error(message: str, parent=None) -> None:
    print(f"coursesmith: error: {message}", file=sys.stderr)
    if parent is not None or _has_display():
        from authoring.ui.qt import QMessageBox

        _application()
        box = QMessageBox(QMessageBox.Icon.Critical, "Coursesmith", message,
                          QMessageBox.StandardButton.Ok, parent)
        if parent is None:
            box.exec()
        else:
            box.open()


def open_window(path: str | os.PathLike[str], parent_for_errors=None):
    """A main window on the library at `path`, shown; None (error reported) if it cannot open."""
    from authoring.model.library import Library

    try:
        library = Library.open(path)
    except CoursesmithError as error:
        _report_open_error(str(error), parent_for_errors)
        return None
    _application()
    from authoring.ui.main_window import QtMainWindow
    from authoring.ui.qt import Qt

    window = QtMainWindow(library)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    window.show()
    _keep_the_window_responsive()
    return window


def _keep_the_window_responsive() -> None:
    """Two settings of the Python runtime that the window's thread depends on.

    Each time Qt calls Python (a timer, a signal, a model's `data()` while painting) the
    window's thread must take the GIL; while a worker computes (an export), it waits for
    the switch interval, 5 ms by default, so painting a list of a few hundred `data()`
    calls took a second. At 1 ms the worker loses a few per cent and the window answers.
    And everything made so far (modules, classes, the window's widgets: some 80,000
    objects) is moved out of the cycle collector's reach (`gc.freeze`): otherwise each
    full collection rescans it all, 50-100 ms holding the GIL, whatever thread runs it.
    """
    sys.setswitchinterval(0.001)
    gc.freeze()


def close_all() -> None:
    for window in list(_windows):
        window.close()


def _probe(window) -> None:
    """For bench/bench_startup.py: report when the window is on screen, then quit."""
    from authoring.ui.qt import QApplication, QTimer

    def report() -> None:
        print(f"startup-ms {(time.perf_counter() - _STARTED) * 1000:.0f}", flush=True)
        window.close()
        QApplication.quit()

    QTimer.singleShot(0, report)


def preview_main(library_path: str, course: str | None = None, locale: str | None = None) -> int:
    """`coursesmith preview LIB [COURSE] [--locale L]`: the preview window alone. The
    library, the course and the locale are checked before Qt starts (a CoursesmithError
    becomes the command line's one error line)."""
    from authoring.export.preview import check_preview
    from authoring.model.library import Library

    library = Library.open(library_path)
    try:
        course_id = check_preview(library, course, locale)
        app = _application()
        from authoring.ui.preview.dock import QtPreviewWindow

        from authoring.ui.qt import Qt

        window = QtPreviewWindow(library, course_id, locale)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)  # the page before its profile
        _windows.append(window)
        window.show()
        if os.environ.get(PROBE_ENV):
            _probe(window)
        return app.exec()
    finally:
        library.close()


def main(library_path: str | None = None) -> int:
    try:
        path = choose_library(library_path)
    except CoursesmithError as error:
        _report_open_error(str(error))
        return 1
    window = open_window(path)  # checks the file before Qt starts; reports what is wrong
    if window is None:
        return 1
    app = _application()
    if os.environ.get(PROBE_ENV):
        _probe(window)
    else:
        from authoring.ui.first_start import ask_name_once

        ask_name_once(window)
    return app.exec()
