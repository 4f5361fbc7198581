"""The library's own identity: a uuid made once, kept in `library_meta`.

Files that leave the library and come back (a Word document for review, a review file)
carry it, so a file made from another library is refused rather than misapplied. A
library made before the uuid existed gets one the first time it is asked for.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from authoring.model.schema import Meta

KEY = "uuid"


def library_id(session: Session) -> str:
    """The library's uuid (made and stored on first use, in the caller's transaction)."""
    row = session.get(Meta, KEY)
    if row is None:
        row = Meta(key=KEY, value=str(uuid.uuid4()))
        session.add(row)
        session.flush()
    return row.value
