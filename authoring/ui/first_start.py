"""The first start: the app asks the designer's name once.

Versions, comments and workflow steps carry an author; the account name ("jdoe") means
little to the reviewer reading "changed by jdoe", so the first start asks for the name
people know, prefilled from the account's full name where the system has one. Asked
once: Cancel keeps the account name and the question does not come back (Preferences
changes it at any time).
"""

from __future__ import annotations

import getpass
import os

from authoring.ui import dialogs, settings
from authoring.ui.qt import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

ASKED_KEY = "author_asked"


def full_name_of_account() -> str:
    """The account's full name (the GECOS field on Unix), else its login name."""
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        if gecos:
            return gecos
    except (ImportError, KeyError, AttributeError):
        pass
    try:
        return getpass.getuser()
    except Exception:
        return ""


def name_was_asked() -> bool:
    store = settings.settings()
    return bool(store.value(ASKED_KEY, False, type=bool)) or bool(store.value("author", ""))


class NameDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Coursesmith"))
        intro = QLabel(self.tr("What is your name? Versions, comments and reviews show it "
                               "on your work, so colleagues know who changed what."))
        intro.setWordWrap(True)
        self.name = QLineEdit(full_name_of_account())
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.finished.connect(self._remember)

    def _remember(self, result: int) -> None:
        store = settings.settings()
        store.setValue(ASKED_KEY, True)
        if result == QDialog.DialogCode.Accepted and self.name.text().strip():
            store.setValue("author", self.name.text().strip())
        store.sync()


def ask_name_once(window: QWidget) -> NameDialog | None:
    """Open the name dialog over WINDOW the first time the app starts (not for scripts)."""
    if name_was_asked() or not dialogs.dialogs_wanted():
        return None
    dialog = NameDialog(window)
    dialog.open()
    return dialog
