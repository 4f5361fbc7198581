"""Operations of the page editor: blocks inserted, moved, removed, copied and saved.

All undoable; typing in one block (or the page title) carries a merge key, so a burst
of typing is one undo step. The logic lives in `model/blocks.py`.
"""

from __future__ import annotations

from typing import Any

from authoring.model import blocks, objects
from authoring.ui.operations.operation import Context, Operation, tr


def insert_block(context: Context, page_id: str, kind: str, title: str,
                 data: dict[str, Any] | None, position: int, author: str) -> Operation:
    """A new block at `position`; the result is its id."""
    return Operation(context, tr("Insert {kind}").format(kind=title.lower()), undoable=True,
                     touched=[page_id], action=lambda session: blocks.create_block(
                         session, page_id, kind, title, data, position, author))


def insert_dropped(context: Context, page_id: str, kinds: dict[str, str], position: int,
                   author: str, as_copy: bool = False) -> Operation:
    """Objects dropped or pasted, by reference (or as copies); the result is the inserted ids."""
    label = tr("Insert %n blocks", len(kinds)) if len(kinds) > 1 else tr("Insert block")
    return Operation(context, label, undoable=True, touched=[page_id],
                     action=lambda session: blocks.insert_dropped(
                         session, page_id, kinds, position, author, as_copy))


def move_block(context: Context, page_id: str, source: int, target: int) -> Operation:
    return Operation(context, tr("Move block"), undoable=True, touched=[page_id],
                     action=lambda session: objects.move_child(session, page_id, source, target))


def remove_block(context: Context, page_id: str, position: int) -> Operation:
    """Off the page only: the block stays in the library (and on other pages)."""
    def action(session) -> None:
        objects.remove_child(session, page_id, position)

    return Operation(context, tr("Remove block from page"), undoable=True, touched=[page_id],
                     action=action)


def make_local_copy(context: Context, page_id: str, position: int, block_id: str,
                    author: str) -> Operation:
    """This page gets its own copy of a shared block; the result is (id, title)."""
    return Operation(context, tr("Make a local copy"), undoable=True, touched=[page_id],
                     action=lambda session: blocks.make_local_copy(
                         session, page_id, position, block_id, author))


def save_block(context: Context, block_id: str, data: dict[str, Any], label: str,
               merge_key: str | None = None, title: str | None = None,
               revision: int | None = None) -> Operation:
    """The result is (the data as stored: cleaned, new rows given ids; the block's new
    revision). TITLE, when given, is saved with it in the same undo step. `revision`: the
    one the editor's copy was read at; if another program changed the block since, nothing
    is saved and the operation fails in plain words."""
    return Operation(context, label, undoable=True, touched=[block_id], merge_key=merge_key,
                     action=lambda session: blocks.save_from_view(session, block_id, data, revision, title))
