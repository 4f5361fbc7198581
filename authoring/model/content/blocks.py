"""Blocks a page shows (text, media, callout) and the details of an asset file.

Questions are blocks too; they have a module of their own (`questions.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable, Self

from authoring.model import errors
from authoring.model.content.base import Content

# callout variant -> its name in the app; the player styles each one
CALLOUT_LABELS = {"note": "Note", "tip": "Tip", "warning": "Warning"}
CALLOUT_VARIANTS = tuple(CALLOUT_LABELS)


@dataclass(frozen=True, kw_only=True)
class AssetDetails(Content):
    """What a designer writes about an imported file (the bytes are the `AssetFile`'s)."""

    kind: ClassVar[str] = "asset"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("alt",)

    alt: str = ""  # the default alt text of every media block that shows it
    credit: str = ""
    licence: str = ""


@dataclass(frozen=True, kw_only=True)
class TextBlock(Content):
    kind: ClassVar[str] = "text"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("html",)
    RICH_TEXT: ClassVar[tuple[str, ...]] = ("html",)

    html: str = ""


@dataclass(frozen=True, kw_only=True)
class MediaBlock(Content):
    """An asset shown on a page, with its own alt text, caption, transcript and captions."""

    kind: ClassVar[str] = "media"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("alt", "caption", "transcript")

    asset: str | None = None
    alt: str = ""  # empty: the asset's own alt text
    caption: str = ""
    transcript: str = ""
    captions: str | None = None  # a WebVTT asset

    def _own_assets(self) -> Iterable[str | None]:
        return (self.asset, self.captions)

    def _without_own_asset(self, asset_id: str) -> Self:
        cleared = {name: None for name in ("asset", "captions") if getattr(self, name) == asset_id}
        return self.replaced(**cleared)


@dataclass(frozen=True, kw_only=True)
class CalloutBlock(Content):
    """Rich text set apart as a note, a tip or a warning."""

    kind: ClassVar[str] = "callout"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("html",)
    RICH_TEXT: ClassVar[tuple[str, ...]] = ("html",)

    variant: str = "note"
    html: str = ""

    def check(self) -> None:
        if self.variant not in CALLOUT_VARIANTS:
            raise errors.InvalidContentError(
                f"a callout is one of {', '.join(CALLOUT_VARIANTS)}, not '{self.variant}'"
            )
