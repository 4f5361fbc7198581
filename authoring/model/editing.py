"""The end of an editing session: a version of each object the designer worked on.

Edits land in the working copy at once; a version is recorded when the designer moves
on (ARCHITECTURE.md). The app calls this when focus leaves a block, a page is left, or
after a pause. `versions.record` does nothing when nothing changed, so calling it too
often costs nothing.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy.orm import Session

from authoring.model import versions
from authoring.model.errors import CoursesmithError
from authoring.model.schema import LearningObject


def record_versions(session: Session, ids: Iterable[str], *, author: str = "",
                    summary: str = "") -> int:
    """Record what changed among `ids`; objects gone or in the trash are skipped.

    Returns how many versions were recorded.
    """
    recorded = 0
    for object_id in dict.fromkeys(ids):
        obj = session.get(LearningObject, object_id)
        if obj is None or obj.trashed_at is not None:
            continue
        try:
            if versions.record(session, object_id, author=author, summary=summary) is not None:
                recorded += 1
        except CoursesmithError:
            continue  # changed under us meanwhile: nothing to record
    return recorded
