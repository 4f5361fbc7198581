"""What each kind of learning object holds, and the rules its content must follow.

One JSON document per object (`LearningObject.data`, `Version.data`); this package is
the only place that knows its shape. Each kind has a typed class (blocks, questions,
containers) with its defaults, its cleaning and rules, the fields a translator sees, the
text search indexes and the assets it shows:

    body = content.of(obj.kind, obj.data)        # what is stored, typed (no checks)
    body.translatable(obj.title)                 # {"html": "...", "choices.a.text": ...}
    new = dataclasses.replace(body, prompt="…")
    objects.update(session, obj.id, data=new)    # cleaned and checked on the way in

`to_data()` gives the stored JSON back; its format is the library file's, so it does not
change (keys a newer version added are kept as they were).
"""

from __future__ import annotations

from typing import Any, Mapping

from authoring.model import errors
from authoring.model.content.base import Content, Record
from authoring.model.content.blocks import (
    CALLOUT_LABELS,
    CALLOUT_VARIANTS,
    AssetDetails,
    CalloutBlock,
    MediaBlock,
    TextBlock,
)
from authoring.model.content.containers import (
    BLOCK_KINDS,
    COMPLETION_RULES,
    NAVIGATION_MODES,
    Course,
    Lesson,
    Page,
)
from authoring.model.content.questions import (
    QUESTION_TYPE_LABELS,
    QUESTION_TYPES,
    Choice,
    Item,
    Pair,
    Question,
)
from authoring.model.plain_text import strip_controls_deep

# kind -> its class; the order is the one lists and counts show
CLASSES: dict[str, type[Content]] = {
    cls.kind: cls
    for cls in (AssetDetails, TextBlock, MediaBlock, CalloutBlock, Question, Page, Lesson, Course)
}
KINDS = tuple(CLASSES)
CHILD_KINDS = {kind: cls.HOLDS for kind, cls in CLASSES.items() if cls.HOLDS}
CONTAINER_KINDS = tuple(CHILD_KINDS)  # innermost first: page, lesson, course

__all__ = [
    "BLOCK_KINDS", "CALLOUT_LABELS", "CALLOUT_VARIANTS", "CHILD_KINDS", "CLASSES",
    "COMPLETION_RULES", "CONTAINER_KINDS", "KINDS", "NAVIGATION_MODES", "QUESTION_TYPES",
    "QUESTION_TYPE_LABELS", "AssetDetails", "CalloutBlock", "Choice", "Content", "Course",
    "Item", "Lesson", "MediaBlock", "Page", "Pair", "Question", "Record", "TextBlock",
    "clean", "of",
]


def of(kind: str, data: Mapping[str, Any] | None) -> Content:
    """The content of a `kind` object from its stored JSON, typed; nothing is checked."""
    return _class(kind).from_data(data)


def clean(kind: str, data: Mapping[str, Any] | Content | None) -> Content:
    """Content as it is stored: defaults filled in, rich text sanitized, control
    characters stripped (XML cannot hold them), rules checked.
    Raises InvalidContentError with a plain message on nonsense."""
    if isinstance(data, Content):
        if data.kind != kind:
            raise errors.InvalidContentError(f"a {kind} cannot hold the content of a {data.kind}")
        data = data.to_data()
    return of(kind, strip_controls_deep(dict(data or {}))).cleaned()


def _class(kind: str) -> type[Content]:
    try:
        return CLASSES[kind]
    except KeyError:
        raise errors.InvalidContentError(f"unknown kind of object: {kind}") from None
