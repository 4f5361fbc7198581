"""Item 9: an SVG is sanitised at import and again at export: no script, no event handler,
no javascript: or external link, no foreignObject; what is left still draws."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from authoring.export.export import export_course
from authoring.model import assets, blobstore, objects
from authoring.model.errors import ImportRefusedError

HOSTILE_SVG = b"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="100" height="50" viewBox="0 0 100 50" onload="alert(1)">
  <script>alert(document.cookie)</script>
  <style>@import url(https://evil.example/x.css); rect { fill: url(javascript:alert(2)) }</style>
  <title>Warning sign &xxe;</title>
  <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>
  <rect id="r" x="1" y="1" width="98" height="48" fill="url(#g)" onclick="steal()" style="stroke:black"/>
  <a href="javascript:alert(3)"><text x="10" y="30">Click</text></a>
  <a xlink:href="https://evil.example/"><circle cx="80" cy="25" r="5"/></a>
  <use href="#r"/><use xlink:href="https://evil.example/sprite.svg#x"/>
  <image href="https://evil.example/track.png" width="10" height="10"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>
  <foreignObject width="100" height="50"><body xmlns="http://www.w3.org/1999/xhtml">
    <iframe src="javascript:alert(4)"/></body></foreignObject>
  <animate attributeName="href" to="javascript:alert(5)"/>
  <set attributeName="onmouseover" to="alert(6)"/>
  <handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">alert(7)</handler>
</svg>
"""


def _check_inert(data: bytes) -> etree._Element:
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    lowered = data.lower()
    for bad in (b"<script", b"onload", b"onclick", b"javascript:", b"foreignobject", b"evil.example",
                b"<!doctype", b"<!entity", b"<animate", b"<set", b"handler", b"passwd", b"iframe"):
        assert bad not in lowered, bad
    return root


def test_an_svg_is_sanitised_at_import(library, tmp_path: Path) -> None:
    path = tmp_path / "sign.svg"
    path.write_bytes(HOSTILE_SVG)
    with library.transaction() as session:
        result = assets.import_file(session, path)
        stored = assets.read_bytes(session, result.object_id)
        assert assets.asset_file(session, result.object_id).mime == "image/svg+xml"
    root = _check_inert(stored)
    svg = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{svg}svg" and root.get("viewBox") == "0 0 100 50"
    assert root.find(f"{svg}rect").get("fill") == "url(#g)"  # drawing survives
    assert root.find(f".//{svg}text").text == "Click"
    assert [u.get("href") for u in root.iter(f"{svg}use")] == ["#r"]


def test_a_script_only_svg_is_refused(library, tmp_path: Path) -> None:
    path = tmp_path / "evil.svg"
    path.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script>")  # not well-formed
    with library.transaction() as session, pytest.raises(ImportRefusedError, match="SVG"):
        assets.import_file(session, path)


def test_an_svg_stored_by_an_older_version_is_sanitised_at_export(small_course, tmp_path: Path) -> None:
    library = small_course.library
    path = tmp_path / "sign.svg"
    path.write_bytes(HOSTILE_SVG)

    with library.transaction() as session:
        result = assets.import_file(session, path)
        record = assets.asset_file(session, result.object_id)
        # what an older version stored: the file as it came
        digest, size = blobstore.hash_file(path)
        blobstore.put_file(session, path, known=(digest, size))
        record.sha256, record.size = digest, size
        media = objects.create(session, "media", "Sign", {"asset": result.object_id, "alt": "Sign"})
        objects.set_children(session, small_course.pages[0], [media.id])
    exported = export_course(library, small_course.course, "scorm12", tmp_path / "out.zip")
    with zipfile.ZipFile(exported.path) as package:
        svgs = [n for n in package.namelist() if n.endswith(".svg")]
        assert svgs
        for name in svgs:
            _check_inert(package.read(name))
