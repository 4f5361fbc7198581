"""What a library holds: the figures `coursesmith info` prints and the app's status bar shows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from authoring.model import blobstore, locales
from authoring.model.content import KINDS
from authoring.model.schema import LearningObject, Meta


def library_info(session: Session, path: str) -> dict[str, Any]:
    from pathlib import Path

    counted = dict(
        session.execute(
            select(LearningObject.kind, func.count())
            .where(LearningObject.trashed_at.is_(None))
            .group_by(LearningObject.kind)
        ).all()
    )
    trashed = session.scalar(
        select(func.count()).where(LearningObject.trashed_at.is_not(None))
    )
    file = Path(path)
    sidecar = file.with_name(file.name + "-wal")
    return {
        "path": str(file),
        "title": session.scalar(select(Meta.value).where(Meta.key == "title")) or file.stem,
        "source_locale": locales.source_locale(session),
        "locales": locales.all_locales(session),
        "counts": {kind: counted.get(kind, 0) for kind in KINDS},
        "trash": trashed,
        "size": file.stat().st_size + (sidecar.stat().st_size if sidecar.exists() else 0),
        "asset_bytes": blobstore.stored_size(session),
        "translation": locales.translation_progress(session),
    }
