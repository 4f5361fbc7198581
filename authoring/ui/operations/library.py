"""Operations on the library as a whole: search (a read, off the window's thread)."""

from __future__ import annotations

from authoring.model import browse
from authoring.ui.operations.operation import Context, Operation, tr


def search(context: Context, query: str, filters: browse.Filters) -> Operation:
    """The result is a list of `browse.Row`, best first. A newer search cancels this one."""
    return Operation(context, tr("Searching"), background=True, writes=False,
                     action=lambda session: browse.search_rows(session, query, filters))
