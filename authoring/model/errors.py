"""Errors a user can cause, each with a message in plain words.

Every message names what went wrong and what to do, because the command line prints it
as one line and the desktop app shows it in a dialog: no traceback should ever be needed
to understand one of these.
"""

from __future__ import annotations


class CoursesmithError(Exception):
    """Base of every error whose message is meant for the user."""


class LibraryOpenError(CoursesmithError):
    """The file cannot be opened as a library; the file was left untouched."""


class NotALibraryError(LibraryOpenError):
    pass


class DamagedLibraryError(LibraryOpenError):
    pass


class NewerLibraryError(LibraryOpenError):
    pass


class LibraryLockedError(LibraryOpenError):
    pass


class ReadOnlyLibraryError(LibraryOpenError):
    pass


class LibraryExistsError(CoursesmithError):
    pass


class LibraryBusyError(CoursesmithError):
    """Another program kept writing to the library for longer than we would wait.

    Busy is not damaged: nothing was changed, and trying again later will work."""


class ChangedElsewhereError(CoursesmithError):
    """Someone else (another program or window) changed an object after it was read here;
    the change made from the older copy was not saved, so theirs is not overwritten."""


class ObjectNotFoundError(CoursesmithError):
    pass


class InvalidContentError(CoursesmithError):
    """Content that breaks a rule of its kind (a question with no choices, a bad locale)."""


class InUseError(CoursesmithError):
    """An object is still used by others; the caller must ask again with force."""

    def __init__(self, message: str, users: list[tuple[str, str, str]]):
        super().__init__(message)
        self.users = users  # (id, kind, title) of each page, lesson or course reaching it


class ImportRefusedError(CoursesmithError):
    """One file could not be imported; the rest of a batch goes on."""
