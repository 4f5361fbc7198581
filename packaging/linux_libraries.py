"""Which shared libraries the Linux bundle carries, and which it takes from the desktop.

PyInstaller copies every library the collected binaries link, from the build machine.
Some of those must instead come from the machine the app runs on, because they belong
to its graphics driver, its fonts and keyboard configuration, its session services or
its GLib modules: a Debian 12 copy of `libgbm` or `libglib` loaded beside an Ubuntu
24.04 driver or GIO module breaks the app in ways no test here would see. Every desktop
has them. Qt's own wheel makes the same split (it ships no X11, GLib or NSS).

The rest is bundled, but only what a kept binary still needs: dropping a Qt plugin (the
GTK theme, the CUPS printer back end) must also drop the libraries it alone pulled in,
or the bundle keeps GTK and GnuTLS for nothing.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import PurePath

# Taken from the desktop (matched on the library's file name).
HOST_LIBRARIES = re.compile("|".join([
    r"libstdc\+\+\.so", r"libgcc_s\.so",  # must be as new as the host's GL driver needs
    r"libX11(-xcb)?\.so", r"libX(au|dmcp|ext|fixes|render|i|randr|cursor|inerama|composite"
    r"|damage|tst|xf86vm)\.so",
    r"libxcb-(glx|render|shm|sync|xfixes|randr|shape|xkb|present|dri2|dri3|xinerama"
    r"|xinput)\.so",  # libxcb's own extensions: the same version as the host's libxcb
    r"libgbm\.so", r"libfontconfig\.so", r"libfreetype\.so",
    r"libexpat\.so", r"libdbus-1\.so", r"libasound\.so", r"libudev\.so", r"libsystemd\.so",
    r"lib(glib|gobject|gio|gmodule|gthread)-2\.0\.so",
    r"lib(nss3|nssutil3|smime3|nspr4|plc4|plds4|softokn3|freebl3|freeblpriv3|nssdbm3"
    r"|nssckbi)\.(so|chk)",
]))

_LIBRARY = re.compile(r"^lib.*\.so(\.\d+)*$")


def _is_library(destination: str) -> bool:
    """A shared library loaded because something links it: not a plugin, not a Python
    module, and not libpython (which the bootloader opens by name)."""
    path = PurePath(destination)
    return (bool(_LIBRARY.match(path.name)) and "plugins" not in path.parts
            and not path.name.startswith("libpython"))


def needed_names(files: list[str]) -> dict[str, set[str]]:
    """DT_NEEDED of each ELF file (objdump -p, one call for all)."""
    out = subprocess.run(["objdump", "-p", *files], check=True, capture_output=True, text=True).stdout
    needed: dict[str, set[str]] = {}
    current = None
    for line in out.splitlines():
        if ":     file format " in line:  # "\n/path/libfoo.so.1:     file format elf64-x86-64"
            current = line.split(":     file format")[0]
            needed[current] = set()
        elif current and line.strip().startswith("NEEDED"):
            needed[current].add(line.split()[1])
    return needed


Entry = tuple[str, str, str]  # PyInstaller's (destination, source, kind)


def prune(binaries: list[Entry], datas: list[Entry]) -> tuple[list[Entry], list[Entry], list[str]]:
    """Binaries and datas without the host's libraries and without libraries nothing kept
    links (nor the top-level links PyInstaller makes to them), and the names dropped."""
    collected = binaries
    binaries = [e for e in collected if not HOST_LIBRARIES.match(PurePath(e[0]).name)]
    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_name.setdefault(PurePath(entry[0]).name, []).append(entry)
    needed = needed_names([e[1] for e in binaries])

    roots = [e for e in binaries if not _is_library(e[0])]
    kept = {e[0] for e in roots}
    queue = list(roots)
    while queue:
        entry = queue.pop()
        for name in needed.get(entry[1], ()):
            if HOST_LIBRARIES.match(name):
                continue
            for library in by_name.get(name, ()):
                if library[0] not in kept:
                    kept.add(library[0])
                    queue.append(library)

    def keep_data(entry: Entry) -> bool:
        if HOST_LIBRARIES.match(PurePath(entry[0]).name):
            return False
        return entry[2] != "SYMLINK" or entry[1] in kept or not _is_library(entry[1])

    kept_binaries = [e for e in binaries if e[0] in kept]
    kept_datas = [e for e in datas if keep_data(e)]
    dropped = {PurePath(e[0]).name for e in collected if e[0] not in kept}
    dropped |= {PurePath(e[0]).name for e in datas if not keep_data(e)}
    return kept_binaries, kept_datas, sorted(dropped)
