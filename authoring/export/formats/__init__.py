"""The package formats, one module each, and the registry every other part reads.

A format module holds everything about its format: its builder subclass (which player
adapter the pages load, which root files it adds), its manifest writer, its package check,
the marker that `validate` recognises it by, and its schema set; at its end, one `FORMAT =
Format(...)` record. This package registers the built-in ones in `BUILT_IN` order: the
order the command line and the export dialog list them in, and the order formats are
tried when a package is recognised (most specific marker first; plain HTML, a fallback
that any package with an `index.html` would match, after all the others).

Adding a format (review, docx, AICC, ...) touches this folder only:

1. write `formats/NAME.py`: a `PackageBuilder` subclass (`adapter`, `root_files`), the
   check of a package (`check(package) -> list[str]`), and
   `FORMAT = Format(name="NAME", label="What people read", builder=..., marker="root file",
   check=..., schemas=(...), suffix=".zip")`;
2. add "NAME" to `BUILT_IN` below (before any format whose marker would also match).

`coursesmith export --format NAME`, `coursesmith validate` and File › Export… then know it
(they read `names()`, `all_formats()`, `detection_order()`, `get(name)` here and nothing
else); `register(FORMAT)` does the same for a format defined elsewhere (a test's). A format that
tracks learners with a new standard also adds its adapter script under
`resources/player/adapters/` (the player's code, shipped with the application).
"""

from __future__ import annotations

from importlib import import_module

from authoring.export.formats.registry import (
    Format, all_formats, detection_order, get, names, register, unregister,
)

BUILT_IN = ("scorm12", "scorm2004", "cmi5", "xapi", "html", "review", "docx")

for _name in BUILT_IN:
    register(import_module(f"{__name__}.{_name}").FORMAT)

__all__ = ["BUILT_IN", "Format", "all_formats", "detection_order", "get", "names", "register", "unregister"]
