"""What the content of every kind shares: typed fields over the stored JSON document.

A kind's content is a frozen dataclass. `from_data` reads the stored JSON as it is (no
checks: what is stored was checked when it was written); `cleaned` is what a write goes
through (rich text sanitized, values normalized, rules checked); `to_data` gives the JSON
back in the stored format. Keys this version does not know (a newer Coursesmith's) stay in
`extra` and are written back untouched, so opening a library never loses anything.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Mapping, Self

from authoring.model.sanitize import clean_html, html_to_text

ASSET_LINK = re.compile(r"""(?:src|href)=["']asset:([a-z0-9]+)["']""")


@dataclass(frozen=True, kw_only=True)
class Record:
    """Typed fields over one JSON object; unknown keys are kept in `extra`."""

    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)

    # names of fields that are bookkeeping, not keys of the stored JSON
    INTERNAL: ClassVar[frozenset[str]] = frozenset({"extra"})

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        """The JSON keys this class reads, in the order it writes them."""
        return _shape(cls).keys

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> Self:
        """The stored JSON as typed fields; missing keys take their defaults."""
        data = data or {}
        shape = _shape(cls)
        values = {key: value for key, value in data.items() if key in shape.known}
        extra = {} if len(values) == len(data) else {
            key: copy.deepcopy(value) for key, value in data.items() if key not in shape.known}
        values = cls._parse(values, data)
        values["extra"] = extra
        return _build(cls, shape.defaults, values)

    @classmethod
    def _parse(cls, values: dict[str, Any], data: Mapping[str, Any]) -> dict[str, Any]:
        """Hook: turn raw values (lists of dicts) into typed ones."""
        return values

    def to_data(self) -> dict[str, Any]:
        """The JSON document, in the stored format."""
        data = {key: _plain(getattr(self, key)) for key in self._written_keys()}
        if self.extra:
            data.update(copy.deepcopy(dict(self.extra)))
        return data

    def _written_keys(self) -> Iterable[str]:
        return self.keys()

    def replaced(self, **changes: Any) -> Self:
        """A copy with some fields changed (`dataclasses.replace`, minus the cost of its
        checks, which is most of the cost of reading a document)."""
        return _build(type(self), self.__dict__, changes) if changes else self


@dataclass(frozen=True)
class _Shape:
    keys: tuple[str, ...]  # the JSON keys, in the order they are written
    known: frozenset[str]
    defaults: dict[str, Any]


_SHAPES: dict[type, _Shape] = {}


def _shape(cls: type[Record]) -> _Shape:
    shape = _SHAPES.get(cls)
    if shape is None:
        fields = [f for f in dataclasses.fields(cls) if f.name != "extra"]
        keys = tuple(f.name for f in fields if f.name not in cls.INTERNAL)
        if any(f.default is dataclasses.MISSING for f in fields):  # a factory's value would be shared
            raise TypeError(f"{cls.__name__}: content fields need plain (immutable) defaults")
        defaults = {f.name: f.default for f in fields}
        shape = _SHAPES[cls] = _Shape(keys, frozenset(keys), defaults)
    return shape


def _build(cls: type[Record], base: Mapping[str, Any], values: Mapping[str, Any]) -> Any:
    """An instance from field values without `__init__` (which checks nothing here):
    reading documents is the hot path of search indexing and export."""
    obj = object.__new__(cls)
    obj.__dict__.update(base)
    obj.__dict__.update(values)
    return obj


def _plain(value: Any) -> Any:
    if isinstance(value, (str, int, float)) or value is None:
        return value
    if isinstance(value, Record):
        return value.to_data()
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    return copy.deepcopy(value)


@dataclass(frozen=True, kw_only=True)
class Content(Record):
    """The content of one kind of learning object (subclasses say which)."""

    kind: ClassVar[str] = ""
    # learner-facing text fields, in the order a translator sees them
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ()
    # the text fields that hold rich text (HTML, sanitized on every write)
    RICH_TEXT: ClassVar[tuple[str, ...]] = ()
    # containers: the object's title is a heading learners read, so it is translated
    TITLE_IS_TEXT: ClassVar[bool] = False
    # containers: the kinds of children they may hold
    HOLDS: ClassVar[tuple[str, ...]] = ()

    # ------------------------------------------------------------ writing

    def cleaned(self) -> Self:
        """What is stored: rich text sanitized, rules checked (raises InvalidContentError
        with a plain message), values normalized."""
        result = self.replaced(**{name: clean_html(getattr(self, name)) for name in self.RICH_TEXT})
        result.check()
        return result._normalized()

    def check(self) -> None:
        """Hook: raise InvalidContentError when the content breaks a rule of its kind."""

    def _normalized(self) -> Self:
        """Hook: values in their one stored form (booleans as booleans, ...)."""
        return self

    def clean_text(self, field_name: str, text: str) -> str:
        """A translation of one field as it is stored (rich text sanitized)."""
        return clean_html(text) if field_name in self.RICH_TEXT else text

    # ------------------------------------------------------------ text

    def translatable(self, title: str = "") -> dict[str, str]:
        """field name -> source text, for every non-empty string a learner reads
        (with `title`, the object's, for the kinds whose title learners read)."""
        fields: dict[str, str] = {"title": title} if self.TITLE_IS_TEXT else {}
        for name in self.TEXT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str):
                fields[name] = value
        fields.update(self._part_texts())
        return {name: text for name, text in fields.items() if text and text.strip()}

    def _part_texts(self) -> Iterable[tuple[str, str]]:
        """Hook: texts inside lists (`choices.a.text`), after the plain fields."""
        return ()

    def translated(self, texts: Mapping[str, str]) -> Self:
        """As a learner of another locale reads it: each field with a translation takes it;
        the others keep their source text. ("title" is the object's: the caller's.)"""
        result = self.replaced(**{name: text for name, text in texts.items()
                                  if name in self.TEXT_FIELDS})
        rest = {name: text for name, text in texts.items()
                if name not in self.TEXT_FIELDS and name != "title"}
        return result._with_part_texts(rest) if rest else result

    def _with_part_texts(self, texts: Mapping[str, str]) -> Self:
        """Hook: apply translations of texts inside lists."""
        return self

    def search_text(self) -> str:
        """The words search should find (the title is indexed on its own)."""
        return " ".join(html_to_text(text) for text in self.translatable().values())

    # ------------------------------------------------------------ assets

    def asset_ids(self) -> tuple[str, ...]:
        """Ids of the assets this content shows, in order, without repeats."""
        refs = list(self._own_assets())
        for name in self.RICH_TEXT:
            refs += ASSET_LINK.findall(getattr(self, name) or "")
        return tuple(dict.fromkeys(ref for ref in refs if ref))

    def _own_assets(self) -> Iterable[str | None]:
        """Hook: assets referred to by a field of their own (a media block's file)."""
        return ()

    def without_asset(self, asset_id: str) -> Self:
        """The content once an asset is gone for good: images of it removed, links to it
        turned into plain text, fields naming it emptied."""
        result = self.replaced(**{name: without_asset_links(getattr(self, name), asset_id)
                                  for name in self.RICH_TEXT if isinstance(getattr(self, name), str)})
        return result._without_own_asset(asset_id)

    def _without_own_asset(self, asset_id: str) -> Self:
        return self


def without_asset_links(html: str, asset_id: str) -> str:
    """<img src="asset:ID"> removed, <a href="asset:ID"> left as its text."""
    target = re.escape(f"asset:{asset_id}")
    html = re.sub(rf"""<img\b[^>]*\bsrc=["']{target}["'][^>]*>""", "", html)
    return re.sub(rf"""\bhref=["']{target}["']""", "", html)
