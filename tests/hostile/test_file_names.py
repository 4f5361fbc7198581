"""Item 6: any file name a file system holds is imported and reported on one parseable line.

The `import` contract is one line per file: `imported PATH -> KIND ID`, `duplicate PATH
(same bytes as ID)` or `refused PATH: REASON`. A name that is not UTF-8, or holds a line
break, a control character, a bidi control or `: `, is escaped in PATH (backslash `\\\\`,
`\\xHH` per UTF-8 byte, `: ` as `\\x3a `) so a script still reads one line per file.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from PIL import Image

from authoring.model.filenames import escape_name
from tests.hostile.conftest import run

LINE = re.compile(rb"^(imported (?P<ipath>.+) -> (?P<kind>\w+) (?P<id>\w+)"
                  rb"|duplicate (?P<dpath>.+) \(same bytes as (?P<did>\w+)\)"
                  rb"|refused (?P<rpath>.+?): (?P<reason>.+))$")


def _png(folder: bytes, name: bytes, color: str) -> bytes:
    path = os.path.join(folder, name)
    with open(path, "wb") as stream:
        Image.new("RGB", (8, 8), color).save(stream, "PNG")
    return path


def _unescape(text: bytes) -> bytes:
    return re.sub(rb"\\(\\|x([0-9a-f]{2}))",
                  lambda m: b"\\" if m[1] == b"\\" else bytes([int(m[2], 16)]), text)


def test_hostile_names_are_imported_and_each_reported_on_one_line(lib: Path, tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "drop")
    os.mkdir(folder)
    names = [b"caf\xe9-latin1.png", b"two\nlines.png", b"tab\tand\x1bescape.png",
             b"rtl\xe2\x80\xaegnp.exe.png", b"colon: here.png", b"back\\slash.png",
             b"fine.png", b"line\xe2\x80\xa8sep.png"]
    colors = ["red", "green", "blue", "yellow", "white", "black", "gray", "purple"]
    paths = [_png(folder, name, color) for name, color in zip(names, colors)]
    paths.append(os.path.join(folder, b"nothing\x7f.xyz"))
    with open(paths[-1], "wb") as stream:
        stream.write(b"what is this")

    result = run("import", lib, *paths)

    assert b"Traceback" not in result.stderr, result.stderr.decode(errors="replace")
    assert result.returncode == 1  # the .xyz is refused; every picture is imported
    lines = result.stdout.splitlines()
    assert len(lines) == len(paths), lines
    reported = []
    for line in lines:
        line.decode("utf-8")  # the output is UTF-8, whatever the names
        assert not re.search(rb"[\x00-\x1f\x7f]", line)
        match = LINE.match(line)
        assert match, line
        reported.append(_unescape(match["ipath"] or match["dpath"] or match["rpath"]))
        assert line.startswith(b"refused") == (match["rpath"] is not None)
    assert reported == paths  # unescaped, each PATH is the bytes of the name given
    assert lines[-1].startswith(b"refused ")

    listed = json.loads(run("list", lib, "--json").stdout)
    assert len([item for item in listed if item["kind"] == "asset"]) == len(names)
    for item in listed:  # stored as text: undecodable bytes as U+FFFD, never surrogates
        item["filename"].encode("utf-8")
        assert not re.search(r"[\x00-\x1f\x7f-\x9f]", item["title"]), item["title"]


def test_the_escape_rule() -> None:
    assert escape_name("plain/na me.png") == "plain/na me.png"
    assert escape_name("a\\b") == "a\\\\b"
    assert escape_name("a\nb\x00\x7f\x85") == "a\\x0ab\\x00\\x7f\\xc2\\x85"
    assert escape_name("x\u202ey\u2028z\u061c\u2066") == ("x\\xe2\\x80\\xaey\\xe2\\x80\\xa8z"
                                                          "\\xd8\\x9c\\xe2\\x81\\xa6")
    assert escape_name(os.fsdecode(b"caf\xe9")) == "caf\\xe9"
    assert escape_name("a: b:c") == "a\\x3a b:c"
    assert escape_name("café ünïcode") == "café ünïcode"
