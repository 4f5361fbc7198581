"""Where the files Coursesmith reads at run time live: the player, schemas, the sample,
fonts, icons and compiled translations.

One locator for every way the app is installed: a source checkout (`resources/` beside
`authoring/`), an installed wheel (the same folder packaged as `coursesmith_resources`)
and the desktop bundle (PyInstaller collects that package). Nothing else in the code may
build a path to these files from `__file__`, so moving them only changes this module.
"""

from __future__ import annotations

from functools import cache
from importlib import resources as _importlib_resources
from pathlib import Path

PACKAGE = "coursesmith_resources"  # `resources/` as setup.py names it in a wheel


@cache
def root() -> Path:
    """The folder that holds the resources (a real folder: the wheel is installed unzipped)."""
    return Path(str(_importlib_resources.files(PACKAGE)))


def path(*parts: str) -> Path:
    """The path of one resource, e.g. `path("player", "player.js")`; it may not exist."""
    return root().joinpath(*parts)
