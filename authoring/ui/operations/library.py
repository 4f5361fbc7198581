"""Operations on the library as a whole: search (a read, off the window's thread); find
and replace across the library (the matches, a read; replacing them, one undo step)."""

from __future__ import annotations

from authoring.model import browse, replace
from authoring.ui.operations.operation import Context, Operation, tr


def search(context: Context, query: str, filters: browse.Filters) -> Operation:
    """The result is a list of `browse.Row`, best first. A newer search cancels this one."""
    return Operation(context, tr("Searching"), background=True, writes=False,
                     action=lambda session: browse.search_rows(session, query, filters))


def replace_matches(context: Context, find: str, replacement: str, *, course: str | None,
                    locale: str | None) -> Operation:
    """What Edit › Replace in library would change (a `replace.Plan`); changes nothing."""
    return Operation(context, tr("Finding matches"), writes=False, action=lambda session: replace.plan(
        session, find, replacement, course=course, locale=locale))


def replace_text(context: Context, shown: replace.Plan, *, course: str | None, author: str) -> Operation:
    """Replace in the objects the designer was shown, as ONE undo step (a new version of
    each changed object is history, kept after an undo)."""
    def action(session) -> replace.Plan:
        return replace.apply(session, shown.find, shown.replacement, course=course, locale=shown.locale,
                             only=shown.ids, author=author)

    return Operation(context, tr("Replace “{find}”").format(find=shown.find), action=action,
                     undoable=True, touched=shown.ids)
