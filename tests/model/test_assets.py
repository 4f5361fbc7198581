"""Importing files as assets: what is stored, what comes back, and what is refused."""

from __future__ import annotations

import io
import random
import tracemalloc
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from authoring.model import assets, blobstore, objects
from authoring.model.errors import ImportRefusedError
from authoring.model.schema import AssetFile, Blob, BlobChunk, LearningObject


def _count(session, column_or_model, *where) -> int:
    return session.scalar(select(func.count()).select_from(column_or_model).where(*where))


def _mp4(path: Path, payload_bytes: int, seed: int = 5) -> Path:
    """A file named .mp4 whose first box is a valid `ftyp`, then random bytes."""
    rng = random.Random(seed)
    with path.open("wb") as stream:
        stream.write(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom")
        left = payload_bytes
        while left:
            step = min(left, 1 << 20)
            stream.write(rng.randbytes(step))
            left -= step
    return path


# ------------------------------------------------------------------ images


def test_import_png_records_size_mime_and_thumbnail(library, images):
    path = images.png("Fire_exit-sign.png", size=(640, 480))
    with library.transaction() as session:
        result = assets.import_file(session, path, author="ana")
    assert result.status == "imported" and result.kind == "asset"
    with library.transaction() as session:
        obj = session.get(LearningObject, result.object_id)
        assert obj.kind == "asset"
        assert obj.title == "Fire exit sign"
        assert obj.created_by == "ana"
        record = obj.asset
        assert record.mime == "image/png"
        assert record.filename == "Fire_exit-sign.png"
        assert record.size == path.stat().st_size
        assert (record.width, record.height) == (640, 480)
        png = assets.thumbnail(session, result.object_id)
    with Image.open(io.BytesIO(png)) as thumb:
        assert thumb.format == "PNG"
        assert max(thumb.size) == 256
        assert thumb.size == (256, 192)


def test_import_jpeg(library, images):
    path = images.jpeg("photo.jpeg", size=(1200, 900))
    with library.transaction() as session:
        result = assets.import_file(session, path)
        record = assets.asset_file(session, result.object_id)
        assert record.mime == "image/jpeg"
        assert (record.width, record.height) == (1200, 900)
        png = assets.thumbnail(session, result.object_id)
    with Image.open(io.BytesIO(png)) as thumb:
        assert thumb.format == "PNG"
        assert max(thumb.size) <= 256


def test_small_image_thumbnail_is_not_enlarged(library, images):
    path = images.png("tiny.png", size=(40, 30))
    with library.transaction() as session:
        png = assets.thumbnail(session, assets.import_file(session, path).object_id)
    with Image.open(io.BytesIO(png)) as thumb:
        assert thumb.size == (40, 30)


def test_same_bytes_twice_is_a_duplicate_with_one_blob(library, images, tmp_path):
    first = images.png("one.png")
    second = tmp_path / "renamed copy.png"
    second.write_bytes(first.read_bytes())
    with library.transaction() as session:
        a = assets.import_file(session, first)
    with library.transaction() as session:
        b = assets.import_file(session, second)
    assert (a.status, b.status) == ("imported", "duplicate")
    assert b.object_id == a.object_id
    with library.transaction() as session:
        assert _count(session, Blob) == 1
        assert _count(session, AssetFile) == 1
        assert len(objects.list_objects(session, "asset")) == 1


def test_bytes_round_trip(library, images, tmp_path):
    path = images.jpeg()
    with library.transaction() as session:
        asset_id = assets.import_file(session, path).object_id
    with library.transaction() as session:
        assert assets.read_bytes(session, asset_id) == path.read_bytes()
        target = tmp_path / "exported.jpg"
        written = assets.export_to(session, asset_id, target)
    assert written == path.stat().st_size
    assert target.read_bytes() == path.read_bytes()


def test_large_video_is_stored_in_chunks_and_round_trips(library, tmp_path):
    path = _mp4(tmp_path / "lecture.mp4", 5 * 1024 * 1024 + 1234)
    size = path.stat().st_size
    with library.transaction() as session:
        asset_id = assets.import_file(session, path).object_id
    with library.transaction() as session:
        record = assets.asset_file(session, asset_id)
        assert record.mime == "video/mp4"
        assert record.size == size
        assert record.width is None and record.height is None
        expected_chunks = -(-size // blobstore.CHUNK_SIZE)
        assert expected_chunks >= 6
        assert _count(session, BlobChunk, BlobChunk.sha256 == record.sha256) == expected_chunks
        assert session.get(Blob, record.sha256).size == size
        assert assets.thumbnail(session, asset_id) is None
        target = tmp_path / "back.mp4"
        assert assets.export_to(session, asset_id, target) == size
    assert target.read_bytes() == path.read_bytes()


@pytest.mark.slow
def test_import_of_a_big_file_keeps_memory_bounded(library, tmp_path):
    path = _mp4(tmp_path / "big.mp4", 64 * 1024 * 1024)
    tracemalloc.start()
    try:
        with library.transaction() as session:
            asset_id = assets.import_file(session, path).object_id
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, f"importing 64 MB peaked at {peak / 2**20:.1f} MB"
    with library.transaction() as session:
        assert assets.asset_file(session, asset_id).size == path.stat().st_size


@pytest.mark.slow
def test_export_of_a_big_file_keeps_memory_bounded(library, tmp_path):
    path = _mp4(tmp_path / "big.mp4", 40 * 1024 * 1024)
    with library.transaction() as session:
        asset_id = assets.import_file(session, path).object_id
    target = tmp_path / "out.mp4"
    tracemalloc.start()
    try:
        with library.transaction() as session:
            assets.export_to(session, asset_id, target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, f"exporting 40 MB peaked at {peak / 2**20:.1f} MB"
    assert target.stat().st_size == path.stat().st_size


# ------------------------------------------------------------------ other accepted types


def test_pdf_wav_and_webvtt_are_accepted(library, tmp_path):
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    wav = tmp_path / "beep.wav"
    wav.write_bytes(b"RIFF" + (36).to_bytes(4, "little") + b"WAVEfmt " + bytes(28))
    vtt = tmp_path / "captions.vtt"
    vtt.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n", encoding="utf-8")
    with library.transaction() as session:
        mimes = {
            path.suffix: assets.asset_file(session, assets.import_file(session, path).object_id).mime
            for path in (pdf, wav, vtt)
        }
    assert mimes == {".pdf": "application/pdf", ".wav": "audio/wav", ".vtt": "text/vtt"}


# ------------------------------------------------------------------ refusals


def _refused(library, path: Path, *fragments: str) -> None:
    with library.transaction() as session:
        with pytest.raises(ImportRefusedError) as caught:
            assets.import_file(session, path)
        message = str(caught.value)
        for fragment in fragments:
            assert fragment in message, message
        # nothing was stored
        assert _count(session, Blob) == 0
        assert objects.list_objects(session, "asset") == []


def test_zero_byte_file_is_refused(library, tmp_path):
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    _refused(library, path, "empty", "0 bytes")


def test_corrupt_png_is_refused(library, images, tmp_path):
    good = images.png().read_bytes()
    path = tmp_path / "corrupt.png"
    path.write_bytes(good[:8] + b"this is not a png chunk at all" * 50)
    _refused(library, path, "image")


def test_png_damaged_in_its_pixel_data_is_refused(library, images, tmp_path):
    good = bytearray(images.png().read_bytes())
    middle = len(good) // 2
    good[middle:middle + 300] = bytes(300)
    path = tmp_path / "damaged.png"
    path.write_bytes(bytes(good))
    _refused(library, path, "image")


def test_truncated_jpeg_is_refused(library, images, tmp_path):
    good = images.jpeg().read_bytes()
    path = tmp_path / "half.jpg"
    path.write_bytes(good[: len(good) // 2])
    _refused(library, path, "truncated")


def test_unknown_extension_is_refused(library, tmp_path):
    path = tmp_path / "data.xyz"
    path.write_bytes(b"some bytes of some kind")
    _refused(library, path, "unknown file type", "'.xyz'")


def test_no_extension_is_refused(library, tmp_path):
    path = tmp_path / "README"
    path.write_bytes(b"some bytes")
    _refused(library, path, "files without an extension")


def test_pdf_that_is_really_text_is_refused(library, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_text("<html><body>Not a PDF</body></html>", encoding="utf-8")
    _refused(library, path, "not a PDF file")


def test_mp4_without_a_video_header_is_refused(library, tmp_path):
    path = tmp_path / "clip.mp4"
    path.write_bytes(random.Random(1).randbytes(4096))
    _refused(library, path, "not a MP4 file")


def test_a_refusal_in_a_batch_leaves_the_others(library, images, tmp_path):
    bad = tmp_path / "bad.xyz"
    bad.write_bytes(b"x")
    good = images.png()
    imported, refused = [], []
    with library.transaction() as session:
        for path in (bad, good):
            try:
                imported.append(assets.import_file(session, path))
            except ImportRefusedError as error:
                refused.append((path.name, str(error)))
    assert [name for name, _ in refused] == ["bad.xyz"]
    with library.transaction() as session:
        assert [o.id for o in assets.all_assets(session)] == [imported[0].object_id]
