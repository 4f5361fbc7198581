"""The page editor's reads and edits, as plain data (no Qt)."""

from __future__ import annotations

from authoring.model import assets, blocks, objects, versions
from authoring.model.blocks import AssetInfo, BlockView


def test_views_show_pins_and_sharing(library) -> None:
    with library.transaction() as session:
        shared = objects.create(session, "text", "Shared", {"html": "<p>v1</p>"})
        versions.record(session, shared.id)
        objects.update(session, shared.id, data={"html": "<p>v2</p>"})
        page = objects.create(session, "page", "Page", children=[shared.id])
        objects.create(session, "page", "Other", children=[shared.id])
        objects.pin_child(session, page.id, 0, 1)
    with library.transaction() as session:
        assert blocks.page_title(session, page.id) == "Page"
        assert blocks.read_block_views(session, page.id) == [
            BlockView(shared.id, "text", "Shared", {"html": "<p>v1</p>"}, used_on=2, pinned=1)]
        gone = objects.create(session, "page", "Trashed", children=[shared.id])
        objects.trash(session, gone.id, force=True)
        assert blocks.pages_using(session, [shared.id, "nosuchid"]) == {shared.id: 2}


def test_insert_save_drop_and_local_copy(library, images) -> None:
    with library.transaction() as session:
        exit_sign = images.png("exit.png")
        picture = assets.import_file(session, exit_sign).object_id
        objects.update(session, picture, data={"alt": "An exit sign"})
        page = objects.create(session, "page", "Page")
        other = objects.create(session, "page", "Other")
        question = blocks.create_block(session, page.id, "question", "Q", {"type": "single"}, 0, "Ann")
        stored = blocks.save_data(session, question, {"type": "single", "choices": [{"text": "Yes"}]})
        assert stored["choices"][0]["id"] == "a"  # as stored: new rows get ids
        kinds = blocks.usable_drop(session, [picture, other.id, "nosuchid"])
        assert kinds == {picture: "asset"}  # a page is not a block
        media, = blocks.insert_dropped(session, page.id, kinds, 1, "Ann")
        assert objects.get(session, media).data["asset"] == picture
        assert objects.get(session, media).data["alt"] == "An exit sign"
        objects.insert_child(session, other.id, question)
        copy_id, title = blocks.make_local_copy(session, page.id, 0, question, "Ann")
        assert [ref.id for ref in objects.children(session, page.id)] == [copy_id, media]
        assert [ref.id for ref in objects.children(session, other.id)] == [question]
        assert title.endswith("(copy)")
        assert blocks.asset_info(session, picture) == AssetInfo(picture, "exit", "exit.png",
                                                                 "image/png", "An exit sign")
        assert [i.id for i in blocks.asset_infos(session, images_only=True)] == [picture]
        assert blocks.picture_bytes(session, picture) == exit_sign.read_bytes()
        assert blocks.import_asset(session, exit_sign, "Ann") == picture  # known bytes


def test_a_file_gone_from_the_picker_is_refused_in_plain_words(library, tmp_path) -> None:
    import pytest

    from authoring.model.errors import ImportRefusedError

    with pytest.raises(ImportRefusedError, match="^gone.png cannot be imported: No such file"):
        with library.transaction() as session:
            blocks.import_asset(session, tmp_path / "gone.png", "Ann")
