"""Message boxes, shown the same way everywhere.

Boxes open window-modal but never block the caller (`open()`, not `exec()`), so work and
tests go on; with `COURSESMITH_NO_DIALOGS=1` (scripts, CI) they are written to stderr
instead.
"""

from __future__ import annotations

import os
import sys

from authoring.ui.qt import QCoreApplication, QMessageBox, Qt, QWidget

NO_DIALOGS_ENV = "COURSESMITH_NO_DIALOGS"


def dialogs_wanted() -> bool:
    return os.environ.get(NO_DIALOGS_ENV, "") not in ("1", "true", "yes")


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         details: str = "") -> QMessageBox | None:
    if not dialogs_wanted():
        print(f"coursesmith: {title}: {text}", file=sys.stderr)
        return None
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box


def show_error(parent: QWidget | None, text: str, *, title: str = "", details: str = "") -> QMessageBox | None:
    title = title or QCoreApplication.translate("dialogs", "Coursesmith")
    return _box(parent, QMessageBox.Icon.Warning, title, text, details)


def show_info(parent: QWidget | None, text: str, *, title: str = "", details: str = "") -> QMessageBox | None:
    title = title or QCoreApplication.translate("dialogs", "Coursesmith")
    return _box(parent, QMessageBox.Icon.Information, title, text, details)
