"""The review build file: one self-contained HTML file, anchored on the build's versions."""

from __future__ import annotations

import json
import re

from authoring.export.export import export_course
from authoring.model import identity, objects
from authoring.model.sample import write_sample


def test_one_file_with_everything_inside_and_every_object_anchored(tmp_path):
    library_path = write_sample(tmp_path / "sample.cslib")
    from authoring.model.library import Library

    with Library.open(library_path) as library:
        with library.transaction() as session:
            course = objects.list_objects(session, "course")[0]
            library_id = identity.library_id(session)
        result = export_course(library, course.id, "review", tmp_path / "review.html")
        with library.transaction() as session:
            heads = {o.id: o.head for o in objects.list_objects(session) if o.kind in ("text", "page", "question")}

    html = (tmp_path / "review.html").read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["review.html", "sample.cslib"]
    references = re.findall(r'\s(?:src|href|srcset|poster)="([^"]*)"', html)
    assert references and all(ref.startswith(("data:", "#")) for ref in references), \
        sorted({ref[:40] for ref in references if not ref.startswith(("data:", "#"))})
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
    assert html.count('src="data:image/') >= 1
    assert "CoursesmithAdapter" in html and "csr-bar" in html  # the player and the review tools, inline

    config = json.loads(re.search(r'<script type="application/json" id="cs-review">(.*?)</script>', html).group(1))
    assert (config["library"], config["course"], config["build"]) == (library_id, course.id, result.build)
    anchored = config["objects"]
    commented_kinds = {object_id for object_id in heads if object_id in anchored}
    assert commented_kinds and all(anchored[i]["version"] == heads[i] for i in commented_kinds)
    assert all(re.fullmatch(r"[0-9a-f]{16}", a["hash"]) for a in anchored.values())
    player = json.loads(re.search(r'<script type="application/json" id="cs-config">(.*?)</script>', html).group(1))
    assert player["course"]["navigation"] == "free"  # a reviewer reads in any order


def test_a_streamed_asset_is_written_as_base64_a_chunk_at_a_time(tmp_path):
    import base64
    import io

    from authoring.export.formats.review import _write_base64
    from authoring.export.zipwriter import Streamed

    data = bytes(range(256)) * 4001  # not a multiple of 3, written in uneven pieces

    def write(stream) -> None:
        for start in range(0, len(data), 1000):
            stream.write(data[start:start + 1000])

    out = io.BytesIO()
    _write_base64(out, Streamed(len(data), write))
    assert out.getvalue() == base64.b64encode(data)
    on_disk = tmp_path / "clip.bin"
    on_disk.write_bytes(data)
    out = io.BytesIO()
    _write_base64(out, on_disk)
    assert base64.b64decode(out.getvalue()) == data


def test_the_review_tools_speak_the_export_locale():
    from authoring.export.formats.review import tool_strings

    assert tool_strings("en")["addComment"] == "Add comment"
    assert tool_strings("fr-CA")["addComment"] == "Ajouter le commentaire"
    assert tool_strings("ar")["save"] == "حفظ التعليقات"
    assert tool_strings("de")["save"] == "Save comments"  # not translated yet: English
    assert set(tool_strings("fr")) == set(tool_strings("en")) == set(tool_strings("ar"))
