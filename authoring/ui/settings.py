"""Application settings: one INI file in the platform's config folder, and Preferences.

An INI file (not the registry or a plist) so that a support person can read it and a
test can point the whole app at a temporary folder with `COURSESMITH_CONFIG_DIR`.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from authoring.ui.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLineEdit, QSettings,
    QSpinBox, QVBoxLayout, QWidget,
)

CONFIG_ENV = "COURSESMITH_CONFIG_DIR"
MAX_RECENT = 10
LOCALES = ("en", "fr", "de", "es", "it", "nl", "pt-BR", "ar", "ja", "zh-Hans")


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("Coursesmith", appauthor=False))


def settings_path() -> Path:
    return config_dir() / "coursesmith.ini"


def settings() -> QSettings:
    """A fresh handle on the settings file (cheap; QSettings caches and syncs itself)."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value]


def author() -> str:
    """Who is recorded on versions, comments and workflow steps: the OS user by default."""
    name = str(settings().value("author", "") or "")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no user database (some containers)
        return ""


def default_locale() -> str:
    return str(settings().value("default_locale", "en") or "en")


def image_quality() -> int:
    return int(settings().value("image_quality", 82))


def import_folder() -> str:
    """Where the import file dialogs open: the folder of the last import, else home."""
    folder = str(settings().value("import/folder", "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def set_import_folder(paths: list[str]) -> None:
    if paths:
        store = settings()
        store.setValue("import/folder", str(Path(paths[0]).parent))
        store.sync()


def choose_import_files(parent: QWidget, title: str, *, many: bool) -> list[str]:
    """The files a designer picks to import (none if cancelled), remembering the folder."""
    if many:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, import_folder())
    else:
        path, _ = QFileDialog.getOpenFileName(parent, title, import_folder())
        paths = [path] if path else []
    set_import_folder(paths)
    return paths


def recent_libraries() -> list[str]:
    return [p for p in _list(settings().value("recent_libraries")) if Path(p).exists()]


def add_recent(path: str | os.PathLike[str]) -> None:
    path = str(Path(path).absolute())
    store = settings()
    recent = [p for p in _list(store.value("recent_libraries")) if p != path]
    store.setValue("recent_libraries", [path, *recent][:MAX_RECENT])
    store.setValue("last_library", path)
    store.sync()


def last_library() -> str | None:
    value = settings().value("last_library")
    return str(value) if value else None


def interface_language() -> str:
    """The language chosen in Preferences ("" = follow the system)."""
    return str(settings().value("interface_language", "") or "")


class PreferencesDialog(QDialog):
    """Author name, default locale, image quality; written when the user presses OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.author = QLineEdit(author())
        self.author.setPlaceholderText(self.tr("Your name, as reviewers should see it"))
        self.locale = QComboBox()
        self.locale.setEditable(True)
        self.locale.addItems(LOCALES)
        self.locale.setCurrentText(default_locale())
        self.quality = QSpinBox()
        self.quality.setRange(30, 100)
        self.quality.setSuffix(" %")
        self.quality.setValue(image_quality())
        self.language = self._language_choice()
        form = QFormLayout()
        form.addRow(self.tr("Author name:"), self.author)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Default locale for new libraries:"), self.locale)
        form.addRow(self.tr("Exported image quality:"), self.quality)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _language_choice(self) -> QComboBox:
        """System default first, then each shipped language in its own name; applied at the
        next start (the menus are built once)."""
        from authoring.ui.languages import LANGUAGES

        choice = QComboBox()
        choice.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            choice.addItem(name, code)
        choice.setCurrentIndex(max(0, choice.findData(interface_language())))
        choice.setToolTip(self.tr("Takes effect the next time Coursesmith starts."))
        choice.setAccessibleName(self.tr("Interface language"))
        return choice

    def accept(self) -> None:
        store = settings()
        store.setValue("author", self.author.text().strip())
        store.setValue("default_locale", self.locale.currentText().strip() or "en")
        store.setValue("image_quality", self.quality.value())
        store.setValue("interface_language", self.language.currentData())
        store.sync()
        super().accept()
