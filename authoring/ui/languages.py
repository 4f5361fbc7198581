"""The interface language: which one, and installing its translations.

The language is the one chosen in Preferences, else the system's (`LANGUAGE`, then
`LC_ALL`, `LC_MESSAGES`, `LANG`, as gettext reads them), else English. It is applied when
the application starts (Qt builds menus once; a restart is the honest way to switch).
Arabic also lays the window out right to left. Dates and numbers follow the same locale
through `QLocale.setDefault`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from authoring import resources
from authoring.ui.qt import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

# The languages the interface ships in, by their own names (a person looks for their own).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "ar": "العربية",
}
RIGHT_TO_LEFT = {"ar"}
SYSTEM = ""  # the Preferences value that means "follow the system"
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The first shipped language the environment asks for (`LANGUAGE` may list several,
    `fr_CA:fr:en`), else English. `C` and `POSIX` mean no preference."""
    for variable in _ENVIRONMENT:
        for entry in environ.get(variable, "").split(":"):
            code = entry.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                break  # a language we do not ship: try the next variable
    return "en"


def chosen_language(preference: str = SYSTEM, environ: Mapping[str, str] = os.environ) -> str:
    """Preferences win over the system; an unknown stored value falls back to the system."""
    return preference if preference in LANGUAGES else system_language(environ)


def install(app, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own (standard buttons, file dialogs) for LANGUAGE.

    Returns the translators so the caller keeps them alive (Qt does not own them)."""
    QLocale.setDefault(QLocale(language))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    if language == "en":
        return []
    loaded = []
    sources = [
        ("coursesmith", str(resources.path("translations"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
