"""Check a package the way an LMS or LRS will read it, offline.

`validate_package(path)` reads a zip without extracting anything; `validate_tree(files)`
runs the same checks on an in-memory package; `check_package(package)` on any read-only
view (the exporter checks what it built before it writes the zip). Each returns a
`Report`: the detected format, a list of problems in plain words (empty when the package
is good), and a size report.

What is checked here, for every format:
- the zip itself: no absolute paths, no `..`, no backslashes, no duplicate names, no
  symbolic links, no encrypted entries (a bad entry is reported, never extracted);
- the format, recognised from the package's own files: each registered format's marker at
  the root (`imsmanifest.xml`, `cmi5.xml`, `tincan.xml`, else `index.html`), and the
  player's configuration: a Coursesmith player whose pages load the adapter of another
  format than the one recognised (a SCORM, xAPI or cmi5 player without its manifest, say)
  is a problem, never a good plain HTML package;
- the player's size: gzip -9 of every `.js` and `.css` outside `assets/` within budget.

Each format's own checks (its manifest against its schemas, its references) live in its
module under `authoring/export/formats/` and run through the registry.
"""

from __future__ import annotations

import gzip
import re
import stat
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from authoring.export import formats
from authoring.export.formats import Format
from authoring.export.package import Package, unique
from authoring.model.errors import CoursesmithError
from authoring.model.sizes import human_size

PLAYER_GZIP_BUDGET = 40 * 1024  # bytes: gzip -9 of all .js and .css outside assets/
# Bounds on the work: a package is untrusted, and a zip of many huge (or hugely
# compressed) entries must not take minutes or gigabytes to check.
MAX_READ = 16 * 1024 * 1024  # a manifest, page, script or style larger than this is not read
MAX_TOTAL_READ = 64 * 1024 * 1024  # all that is read, together
MAX_ENTRIES = 50_000  # entries beyond these are not checked
PLAYER_PAGE = "index.html"  # every Coursesmith package opens here
_ADAPTER_SCRIPT = re.compile(r"^player/adapters/([a-z0-9-]+)\.js$")


class NotAPackageError(CoursesmithError):
    """Not a zip, or a zip without a manifest of a known kind (the CLI exits 2)."""


@dataclass(frozen=True)
class Report:
    format: str | None  # a registered format's name ("scorm12", "xapi", "html", ...)
    problems: list[str]
    files: int
    size: int  # bytes, uncompressed
    sizes: dict[str, int] = field(default_factory=dict)  # by top folder; "(root)" for root files
    player_gzip: int = 0  # gzip -9 of every .js and .css outside assets/, summed per file

    @property
    def ok(self) -> bool:
        return not self.problems


# --------------------------------------------------------------------------- entry points


def validate_package(path: Path) -> Report:
    """Check a package zip. Raises NotAPackageError if it is not a zip or not a package."""
    path = Path(path)
    if not path.is_file():
        raise NotAPackageError(f"{path} does not exist or is not a file")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise NotAPackageError(f"{path.name} is not a zip file ({exc})") from None
    with archive:
        infos = archive.infolist()
        problems, safe = _zip_problems(infos[:MAX_ENTRIES])
        if len(infos) > MAX_ENTRIES:
            problems.append(f"the zip holds {len(infos):,} entries; only the first {MAX_ENTRIES:,} "
                            "were checked")
        by_name = {info.filename: info for info in safe}
        read_errors: list[str] = []
        budget = [MAX_TOTAL_READ]

        def read(name: str) -> bytes:
            info = by_name[name]
            if info.file_size > min(MAX_READ, budget[0]):
                why = "" if info.file_size > MAX_READ else " after the rest of the package"
                read_errors.append(f"'{name}' is {info.file_size:,} bytes uncompressed, too large "
                                   f"to check{why}")
                return b""
            budget[0] -= info.file_size
            try:
                return archive.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
                read_errors.append(f"'{name}' cannot be read from the zip ({exc})")
                return b""

        package = Package(by_name, {n: i.file_size for n, i in by_name.items()}, read)
        report = check_package(package, problems)
        if read_errors:
            report.problems.extend(read_errors)
        return report


def validate_tree(files: dict[str, bytes]) -> Report:
    """The same checks on an in-memory package: relative names ('/' separators) → bytes."""
    problems, safe = name_problems(files)
    package = Package(safe, {name: len(files[name]) for name in safe}, files.__getitem__)
    return check_package(package, problems)


def check_package(package: Package, problems: list[str] = (), learner: bool = True) -> Report:
    """Every check on a package view; `problems`: what was found before (unsafe entries);
    `learner`: also what learners would run into (the format's `learner_check`)."""
    fmt, found = recognise(package)
    problems = [*problems, *found]
    if fmt.marker in package:
        problems.extend(fmt.check(package))
        if learner:
            problems.extend(fmt.learner_check(package))
    sizes, player = _sizes(package)
    if player > PLAYER_GZIP_BUDGET:
        problems.append(
            f"the player's scripts and styles are {human_size(player)} gzipped, over the "
            f"{PLAYER_GZIP_BUDGET // 1024} KB budget"
        )
    return Report(
        format=fmt.name,
        problems=unique(problems),
        files=len(package.names),
        size=sum(package.size(n) for n in package.names),
        sizes=sizes,
        player_gzip=player,
    )


# --------------------------------------------------------------------------- the format


def detect_format(package: Package) -> str:
    """The package's format; NotAPackageError if nothing at its root says what it is."""
    return recognise(package)[0].name


def recognise(package: Package) -> tuple[Format, list[str]]:
    """(format, problems): the first format (in detection order) whose marker is at the
    root and that recognises the package, checked against what the player was built for."""
    by_marker = next((f for f in formats.detection_order() if f.marker in package and f.recognises(package)),
                     None)
    if by_marker is None:
        raise NotAPackageError(_not_a_package(package))
    loaded = _player_adapters(package)
    if not loaded or by_marker.adapter in loaded:
        return by_marker, []
    built_for = next((f for f in formats.detection_order() if f.adapter in loaded), None)
    if built_for is None:  # an adapter no format knows: nothing to say about it
        return by_marker, []
    if built_for.marker not in package:
        return built_for, [
            f"{built_for.marker} is missing: the player in {PLAYER_PAGE} was built for "
            f"{built_for.label} (it loads player/adapters/{built_for.adapter}.js), and an LMS "
            f"cannot import such a package without its {built_for.marker}; export it again, "
            f"or zip the whole folder, {built_for.marker} included"
        ]
    return by_marker, [
        f"the player in {PLAYER_PAGE} was built for {built_for.label} (it loads "
        f"player/adapters/{built_for.adapter}.js), but the package's {by_marker.marker} is "
        f"{by_marker.label}; export it again as {by_marker.label}"
    ]


def _player_adapters(package: Package) -> set[str]:
    """The tracking adapters a Coursesmith player at the root loads (its own scripts under
    player/adapters/, not the shared ones): what it was built for. Empty for any other page."""
    if PLAYER_PAGE not in package:
        return set()
    data = package.read(PLAYER_PAGE)
    try:
        page = lxml_html.document_fromstring(data) if data.strip() else None
    except (ValueError, etree.ParserError):
        page = None
    scripts = page.iter("script") if page is not None else ()
    return {m.group(1) for s in scripts if (m := _ADAPTER_SCRIPT.match(s.get("src") or ""))}


def _not_a_package(package: Package) -> str:
    markers = list(dict.fromkeys(f.marker for f in formats.detection_order()))
    for marker in markers:
        nested = sorted(n for n in package.names if n.endswith("/" + marker))
        if nested:
            folder = nested[0][: -len(marker)]
            return (f"{marker} is inside the folder '{folder}', not at the root of the zip; "
                    "zip the contents of that folder instead")
    listed = ", ".join(markers[:-1]) + f" or {markers[-1]}" if len(markers) > 1 else markers[0]
    return f"no {listed} at the root of the zip"


# --------------------------------------------------------------------------- zip and size


def _zip_problems(infos: list[zipfile.ZipInfo]) -> tuple[list[str], list[zipfile.ZipInfo]]:
    """Unsafe entries (reported, then left out of the package) and the safe file entries."""
    problems: list[str] = []
    safe: list[zipfile.ZipInfo] = []
    counts = Counter(info.filename for info in infos)
    reported: set[str] = set()
    for info in infos:
        name = info.filename
        if counts[name] > 1:
            if name not in reported:
                problems.append(f"'{name}' is in the zip {counts[name]} times; names must be unique")
                reported.add(name)
            continue
        unsafe = _unsafe_name(name)
        if unsafe:
            problems.append(f"'{name}' {unsafe}; the entry was not read")
            continue
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            problems.append(f"'{name}' is a symbolic link; packages must hold plain files")
            continue
        if info.flag_bits & 0x1:
            problems.append(f"'{name}' is encrypted; an LMS cannot open it")
            continue
        if not info.is_dir():
            safe.append(info)
    return problems, safe


def name_problems(names: list[str] | dict[str, object]) -> tuple[list[str], list[str]]:
    """(problems, safe file names) of the names of a package that is not a zip yet."""
    problems: list[str] = []
    safe: list[str] = []
    for name in names:
        unsafe = _unsafe_name(name)
        if unsafe:
            problems.append(f"'{name}' {unsafe}")
        elif not name.endswith("/"):
            safe.append(name)
    return problems, safe


def _unsafe_name(name: str) -> str | None:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "has an absolute path"
    if "\\" in name:
        return "uses backslashes; zip paths must use '/'"
    if ".." in name.split("/"):
        return "points outside the package ('..')"
    if "\x00" in name:
        return "has a NUL character in its name"
    return None


def _sizes(package: Package) -> tuple[dict[str, int], int]:
    sizes: dict[str, int] = {}
    player = 0
    for name in package.names:
        top = name.split("/", 1)[0] if "/" in name else "(root)"
        sizes[top] = sizes.get(top, 0) + package.size(name)
        if name.lower().endswith((".js", ".css")) and not name.startswith("assets/"):
            player += len(gzip.compress(package.read(name), compresslevel=9, mtime=0))
    return dict(sorted(sizes.items())), player


__all__ = [
    "NotAPackageError",
    "PLAYER_GZIP_BUDGET",
    "Report",
    "check_package",
    "detect_format",
    "name_problems",
    "recognise",
    "validate_package",
    "validate_tree",
]
