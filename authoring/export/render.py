"""Render: one unit of the resolved course -> the player's HTML file.

The player is a static page: every page of the unit is a `<template>` that the runtime
(`resources/player/player.js`) clones into `main`, and a JSON block tells the runtime what
it needs to navigate, score and track. Tracking goes through one JS interface that an
adapter per standard implements (`resources/player/adapters/NAME.js`, with the shared
scripts it builds on); the page loads the adapter's scripts in order, then the player.
Output is deterministic: the same course gives the same string, which keeps packages
byte-for-byte reproducible.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape, unescape
from typing import Any, Callable

from authoring import resources
from authoring.export import resolved as r
from authoring.export.interactions import correct_response, interaction_type
from authoring.export.units import Unit
from authoring.model.locales import is_rtl
from authoring.model.sizes import human_size

PLAYER_DIR = resources.path("player")
_STRINGS_DIR = PLAYER_DIR / "strings"
_ASSET_LINK = re.compile(r"""(src|href)=(["'])asset:([a-z0-9]+)\2""")
_IMAGE_SIZES = "(min-width: 60em) 46em, 100vw"


@dataclass(frozen=True)
class Adapter:
    """The player's tracking adapter as a page loads it (`resources/player/adapters/`).

    Its own script `NAME.js` sets `window.CoursesmithAdapter`; the shared scripts it builds
    on (`requires`, e.g. "shared/scorm-api") are plain files loaded before it, in order;
    `settings` go into the player's config as "tracking" (the xAPI activity base, say),
    so the scripts themselves are the same in every package."""

    name: str
    requires: tuple[str, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def scripts(self) -> list[str]:
        """The adapter's files under the player folder, in the order the page loads them."""
        return [f"adapters/{name}.js" for name in (*self.requires, self.name)]


@dataclass(frozen=True)
class MediaFile:
    """How an asset appears in the package."""

    src: str  # path relative to the package root, e.g. "assets/o1abc-960.jpg"
    srcset: tuple[tuple[str, int], ...] = ()  # (path, width) for images; may be empty
    width: int | None = None
    height: int | None = None


# ------------------------------------------------------------------ player files


def player_files(adapter: Adapter) -> list[str]:
    """Files under PLAYER_DIR a package needs (copied under `player/`), for one adapter."""
    for name in (*adapter.requires, adapter.name):
        if not re.fullmatch(r"(shared/)?[a-z0-9-]+", name) or not (PLAYER_DIR / "adapters" / f"{name}.js").is_file():
            known = sorted(p.stem for p in (PLAYER_DIR / "adapters").glob("*.js"))
            raise ValueError(f"unknown player adapter '{name}'; known: {', '.join(known)}")
    return ["player.css", "player.js", *adapter.scripts]


def player_strings(locale: str, translated: Mapping[str, str] | None = None) -> dict[str, str]:
    """The player's UI strings for a locale: the locale's shipped file, else its language's,
    else the library's translation (`translated`), else English."""
    strings = {**_strings_file("en"), **(translated or {})}
    language = locale.replace("_", "-").split("-")[0].lower()
    for name in dict.fromkeys((language, locale.replace("_", "-"))):
        strings.update(_strings_file(name))
    return strings


@lru_cache(maxsize=None)
def _strings_file(name: str) -> dict[str, str]:
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", name):
        return {}
    path = _STRINGS_DIR / f"{name}.json"
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


# ------------------------------------------------------------------ the page


def render_unit(course: r.Course, unit: Unit, *, adapter: Adapter, media: dict[str, MediaFile],
                strings: dict[str, str], stylesheets: tuple[str, ...] = ()) -> str:
    """The player's HTML file for one unit (e.g. index.html); `stylesheets` are linked
    after the player's own (the fonts the package carries for its scripts)."""
    player_files(adapter)  # refuses an unknown adapter before anything is written
    renderer = _Renderer(course, unit, media, {**_strings_file("en"), **strings}, adapter)
    return renderer.document(stylesheets)


def block_renderer(course: r.Course, unit: Unit, *, adapter: Adapter, media: dict[str, MediaFile],
                   strings: dict[str, str]) -> Callable[[r.Block], str]:
    """The function `render_unit` renders each block of the unit's pages with: the live
    preview renders the one block being typed into, not the whole course."""
    return _Renderer(course, unit, media, {**_strings_file("en"), **strings}, adapter)._block


def _text(value: str) -> str:
    return escape(value, quote=True)


_TAG = re.compile(r"<[^>]*>")


def direction(text: str, *, markup: bool = False) -> str | None:
    """"rtl" or "ltr" from the text's first strong letter (Unicode's rule P2, as
    `dir="auto"` does), None when it has none (numbers, punctuation); `markup`: `text` is
    HTML, and only what a learner reads counts."""
    if markup:
        text = unescape(_TAG.sub(" ", text))
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def _format(template: str, **values: Any) -> str:
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _shuffled(question: r.Question) -> list[r.Item]:
    """Items in an order that depends only on the question id, never the correct one."""
    items = list(question.items)
    if len(items) < 2:
        return items
    seed = int.from_bytes(hashlib.sha256(question.id.encode()).digest()[:8], "big")
    random.Random(seed).shuffle(items)
    if items == list(question.items):
        items = items[1:] + items[:1]
    return items


class _Renderer:
    def __init__(self, course: r.Course, unit: Unit, media: dict[str, MediaFile],
                 strings: dict[str, str], adapter: Adapter) -> None:
        self.course = course
        self.adapter = adapter
        self.unit = unit
        self.media = media
        self.s = strings
        self.page_keys = {page.id: f"p{n}" for n, page in enumerate(unit.pages)}
        questions = [q for page in unit.pages for q in page.questions]
        self.question_keys = {q.id: f"q{n}" for n, q in enumerate(questions)}

    # ------------------------------------------------------------ direction

    def _bidi(self, text: str, *, markup: bool = False) -> str:
        """` dir="…" lang="…"` for text that runs the other way from the page (a string
        still in the source language of an Arabic export, an English quotation), so the
        browser lays it out, and a screen reader speaks it, in its own direction and
        language; "" for text that runs the page's way."""
        found = direction(text, markup=markup)
        if found is None or found == ("rtl" if self.course.rtl else "ltr"):
            return ""
        source = self.course.source_locale
        lang = f' lang="{_text(source)}"' if source and (found == "rtl") == is_rtl(source) else ""
        return f' dir="{found}"{lang}'

    # ------------------------------------------------------------ document

    def document(self, stylesheets: tuple[str, ...] = ()) -> str:
        c, s = self.course, self.s
        direction = "rtl" if c.rtl else "ltr"
        parts = [
            "<!DOCTYPE html>",
            f'<html lang="{_text(c.locale)}" dir="{direction}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_text(self._title())}</title>",
            '<link rel="icon" href="data:,">',  # no favicon request, so no 404 in the console
            '<link rel="stylesheet" href="player/player.css">',
            *(f'<link rel="stylesheet" href="{_text(sheet)}">' for sheet in stylesheets),
            *(f'<script defer src="player/{script}"></script>' for script in self.adapter.scripts),
            '<script defer src="player/player.js"></script>',
            f'<script type="application/json" id="cs-config">{self._config_json()}</script>',
            "</head>",
            '<body class="cs">',
            f'<a class="cs-skip" href="#main">{_text(s["skipToContent"])}</a>',
            self._header(),
            '<div class="cs-layout">',
            self._nav(),
            self._main(),
            "</div>",
            *self._templates(),
            "</body>",
            "</html>",
            "",
        ]
        return "\n".join(parts)

    def _title(self) -> str:
        if self.unit.title == self.course.title:
            return self.course.title
        return f"{self.unit.title} – {self.course.title}"

    def _header(self) -> str:
        total = len(self.unit.pages)
        progress = _format(self.s["progress"], n=1, total=total)
        return (
            '<header class="cs-header">'
            f'<p class="cs-course"{self._bidi(self.course.title)}>{_text(self.course.title)}</p>'
            '<div class="cs-progress">'
            f'<p class="cs-progress-text" id="cs-progress-text">{_text(progress)}</p>'
            '<div class="cs-bar" aria-hidden="true"><span class="cs-bar-fill"></span></div>'
            "</div></header>"
        )

    def _nav(self) -> str:
        s = self.s
        rows = [
            f'<nav class="cs-nav" id="cs-nav" aria-label="{_text(s["contents"])}">',
            '<button type="button" class="cs-menu-toggle" aria-expanded="false" '
            f'aria-controls="cs-menu">{_text(s["menu"])}</button>',
            '<ol class="cs-menu" id="cs-menu">',
        ]
        for lesson in self.unit.lessons:
            rows.append(f'<li class="cs-menu-lesson"><span class="cs-menu-lesson-title"'
                        f"{self._bidi(lesson.title)}>{_text(lesson.title)}</span><ol>")
            for page in lesson.pages:
                key = self.page_keys[page.id]
                rows.append(f'<li><button type="button" class="cs-menu-page" data-page="{key}"'
                            f"{self._bidi(page.title)}>{_text(page.title)}</button></li>")
            rows.append("</ol></li>")
        if self.unit.scored:
            rows.append('<li class="cs-menu-lesson"><button type="button" class="cs-menu-page" '
                        f'data-page="results">{_text(s["results"])}</button></li>')
        rows += ["</ol>", "</nav>"]
        return "".join(rows)

    def _main(self) -> str:
        s = self.s
        return (
            '<main id="main" class="cs-main" tabindex="-1">'
            '<div id="cs-page" class="cs-page">'
            f'<noscript><p>{_text(s["noscript"])}</p></noscript></div>'
            '<div class="cs-pager">'
            f'<button type="button" class="cs-prev" id="cs-prev">{_text(s["previous"])}</button>'
            f'<button type="button" class="cs-next" id="cs-next">{_text(s["next"])}</button>'
            "</div></main>"
        )

    def _templates(self) -> list[str]:
        out = []
        for page in self.unit.pages:
            key = self.page_keys[page.id]
            blocks = "".join(self._block(block) for block in page.blocks)
            out.append(f'<template id="cs-page-{key}"><h1 class="cs-title" tabindex="-1"'
                       f"{self._bidi(page.title)}>{_text(page.title)}</h1>{blocks}</template>")
        if self.unit.scored:
            s = self.s
            out.append(
                '<template id="cs-page-results"><h1 class="cs-title" tabindex="-1">'
                f'{_text(s["results"])}</h1><div class="cs-results">'
                '<p class="cs-score" data-r="score"></p><p class="cs-outcome" data-r="outcome"></p>'
                '<p class="cs-mark" data-r="mark"></p><p class="cs-pending" data-r="pending"></p>'
                "</div></template>"
            )
        return out

    # ------------------------------------------------------------ blocks

    def _block(self, block: r.Block) -> str:
        render: Callable[[Any], str] = {
            r.TextBlock: self._text_block, r.Callout: self._callout,
            r.MediaBlock: self._media_block, r.Question: self._question,
        }[type(block)]
        return render(block)

    def _rich(self, html: str) -> str:
        """Sanitized block HTML with `asset:ID` links pointing at the package's files."""
        def replace(match: re.Match[str]) -> str:
            attribute, quote, asset_id = match.groups()
            return f"{attribute}={quote}{_text(self._file(asset_id).src)}{quote}"

        return _ASSET_LINK.sub(replace, html)

    def _file(self, asset_id: str) -> MediaFile:
        try:
            return self.media[asset_id]
        except KeyError:
            raise ValueError(f"the asset {asset_id} is shown but has no file in the package") from None

    def _text_block(self, block: r.TextBlock) -> str:
        return (f'<div class="cs-text" data-block="{block.id}"{self._bidi(block.html, markup=True)}>'
                f"{self._rich(block.html)}</div>")

    def _callout(self, block: r.Callout) -> str:
        variant = block.variant if block.variant in ("note", "tip", "warning") else "note"
        return (f'<div class="cs-callout cs-{variant}" role="note" data-block="{block.id}">'
                f'<p class="cs-callout-label">{_text(self.s[variant])}</p>'
                f'<div class="cs-text"{self._bidi(block.html, markup=True)}>{self._rich(block.html)}'
                "</div></div>")

    def _media_block(self, block: r.MediaBlock) -> str:
        mime = block.asset.mime
        file = self._file(block.asset.id)
        caption = (f"<figcaption{self._bidi(block.caption)}>{_text(block.caption)}</figcaption>"
                   if block.caption else "")
        if mime.startswith("image/"):
            body = self._image(block, file)
        elif mime.startswith(("audio/", "video/")):
            body = self._player(block, file, "video" if mime.startswith("video/") else "audio")
        else:
            return (f'<div class="cs-file" data-block="{block.id}">{self._download(block, file)}'
                    f'{f"<p{self._bidi(block.caption)}>{_text(block.caption)}</p>" if block.caption else ""}'
                    "</div>")
        return (f'<figure class="cs-media" data-block="{block.id}">{body}{caption}</figure>'
                f"{self._transcript(block.transcript)}")

    def _image(self, block: r.MediaBlock, file: MediaFile) -> str:
        attrs = [f'src="{_text(file.src)}"']
        if file.srcset:
            srcset = ", ".join(f"{path} {width}w" for path, width in file.srcset)
            attrs += [f'srcset="{_text(srcset)}"', f'sizes="{_IMAGE_SIZES}"']
        attrs.append(f'alt="{_text(block.alt)}"')
        width = file.width or block.asset.width
        height = file.height or block.asset.height
        if width and height:
            attrs += [f'width="{width}"', f'height="{height}"']
        attrs += ['loading="lazy"', 'decoding="async"']
        return f"<img {' '.join(attrs)}>"

    def _player(self, block: r.MediaBlock, file: MediaFile, tag: str) -> str:
        attrs = f'controls preload="metadata" src="{_text(file.src)}"'
        if tag == "video":
            attrs += " playsinline"
            if file.width and file.height:
                attrs += f' width="{file.width}" height="{file.height}"'
        track = ""
        if block.captions is not None:
            captions = self._file(block.captions.id)
            track = (f'<track kind="captions" src="{_text(captions.src)}" '
                     f'srclang="{_text(self.course.locale)}" label="{_text(self.s["captions"])}" default>')
        fallback = self._download(block, file)
        return f"<{tag} {attrs}>{track}{fallback}</{tag}>"

    def _download(self, block: r.MediaBlock, file: MediaFile) -> str:
        name = block.asset.filename
        kind = name.rsplit(".", 1)[-1].upper() if "." in name else block.asset.mime
        label = _format(_text(self.s["download"]), name=f"<bdi>{_text(name)}</bdi>")
        return (f'<a class="cs-download" href="{_text(file.src)}" download>{label}</a> '
                f'<span class="cs-file-info">({_text(kind)}, {human_size(block.asset.size)})</span>')

    def _transcript(self, transcript: str) -> str:
        if not transcript.strip():
            return ""
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", transcript) if p.strip()]
        body = "".join(f"<p>{_text(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
        bidi = self._bidi(transcript)
        body = f"<div{bidi}>{body}</div>" if bidi else body
        return (f'<details class="cs-transcript"><summary>{_text(self.s["transcript"])}</summary>'
                f"{body}</details>")

    # ------------------------------------------------------------ questions

    def _question(self, q: r.Question) -> str:
        key = self.question_keys[q.id]
        body = {
            "single": self._choices, "multiple": self._choices, "true_false": self._true_false,
            "fill_in": self._fill_in, "matching": self._matching, "ordering": self._ordering,
        }[q.type](q, key)
        return (
            f'<form class="cs-question cs-{q.type.replace("_", "-")}" data-q="{key}" '
            f'data-block="{q.id}" novalidate><fieldset><legend{self._bidi(q.prompt)}>'
            f'{_text(q.prompt)}</legend>'
            f'{body}</fieldset><div class="cs-actions"><button type="submit" class="cs-submit">'
            f'{_text(self.s["submit"])}</button></div>'
            f'<div class="cs-feedback" role="status" aria-live="polite" tabindex="-1"></div></form>'
        )

    def _option(self, kind: str, key: str, index: int, value: str, label: str) -> str:
        ident = f"{key}-{index}"
        return (f'<div class="cs-option"><input type="{kind}" name="{key}" id="{ident}" '
                f'value="{_text(value)}"><label for="{ident}"{self._bidi(label)}>{_text(label)}</label></div>')

    def _choices(self, q: r.Question, key: str) -> str:
        kind = "radio" if q.type == "single" else "checkbox"
        return "".join(self._option(kind, key, n, c.id, c.text) for n, c in enumerate(q.choices))

    def _true_false(self, q: r.Question, key: str) -> str:
        return (self._option("radio", key, 0, "true", self.s["true"])
                + self._option("radio", key, 1, "false", self.s["false"]))

    def _fill_in(self, q: r.Question, key: str) -> str:
        return (f'<div class="cs-option cs-fill"><label for="{key}-0">{_text(self.s["yourAnswer"])}'
                f'</label><input type="text" id="{key}-0" name="{key}" autocomplete="off" '
                'spellcheck="false"></div>')

    def _matching(self, q: r.Question, key: str) -> str:
        matches = sorted(q.pairs, key=lambda p: (p.match.casefold(), p.match, p.id))
        options = f'<option value="">{_text(self.s["chooseOne"])}</option>' + "".join(
            f'<option value="{_text(p.id)}"{self._bidi(p.match)}>{_text(p.match)}</option>'
            for p in matches)
        return "".join(
            f'<div class="cs-pair"><label for="{key}-{n}"{self._bidi(p.prompt)}>{_text(p.prompt)}</label>'
            f'<select id="{key}-{n}" data-pair="{_text(p.id)}">{options}</select></div>'
            for n, p in enumerate(q.pairs))

    def _ordering(self, q: r.Question, key: str) -> str:
        up, down = _text(self.s["moveUp"]), _text(self.s["moveDown"])
        rows = "".join(
            f'<li class="cs-item" data-item="{_text(item.id)}">'
            f'<span class="cs-item-text" id="{key}-t{n}"{self._bidi(item.text)}>{_text(item.text)}</span>'
            f'<span class="cs-item-moves"><button type="button" class="cs-up" '
            f'aria-describedby="{key}-t{n}">{up}</button><button type="button" class="cs-down" '
            f'aria-describedby="{key}-t{n}">{down}</button></span></li>'
            for n, item in enumerate(_shuffled(q)))
        return f'<ol class="cs-order">{rows}</ol>'

    # ------------------------------------------------------------ config

    def _config_json(self) -> str:
        text = json.dumps(self._config(), ensure_ascii=False, separators=(",", ":"))
        # Inside <script>: nothing may close the element or open a comment.
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

    def _config(self) -> dict[str, Any]:
        """What the runtime reads: course rules, pages with short keys ("p0"…), questions
        by short key ("q0"…) with their answers (scoring happens in the browser), strings.

        Responses use ids: choices by choice id, true/false as "true"/"false", matching
        as [pair id, pair id of the chosen match], ordering as item ids in order; each
        adapter formats them for its standard.
        """
        c = self.course
        lessons = {lesson.id: n for n, lesson in enumerate(self.unit.lessons)}
        pages = []
        for lesson in self.unit.lessons:
            for page in lesson.pages:
                pages.append({
                    "id": page.id, "key": self.page_keys[page.id], "title": page.title,
                    "lesson": lessons[lesson.id],
                    "questions": [self.question_keys[q.id] for q in page.questions],
                })
        questions = {
            self.question_keys[q.id]: self._question_config(q)
            for page in self.unit.pages for q in page.questions
        }
        config = {
            "version": 1,
            "course": {"id": c.id, "title": c.title, "locale": c.locale,
                       "passMark": _number(c.pass_mark), "completion": c.completion,
                       "navigation": c.navigation},
            "unit": {"id": self.unit.id, "title": self.unit.title},
            "lessons": [{"id": lesson.id, "title": lesson.title} for lesson in self.unit.lessons],
            "pages": pages,
            "questions": questions,
            "strings": self.s,
        }
        if self.adapter.settings:
            config["tracking"] = dict(self.adapter.settings)
        return config

    def _question_config(self, q: r.Question) -> dict[str, Any]:
        config: dict[str, Any] = {
            "id": q.id, "type": q.type, "points": _number(q.points), "attempts": q.attempts,
            "prompt": q.prompt,
            "feedback": {"correct": q.feedback_correct, "incorrect": q.feedback_incorrect},
        }
        if q.type in ("single", "multiple"):
            config["choices"] = [c.id for c in q.choices]
            config["feedback"]["choices"] = {c.id: c.feedback for c in q.choices if c.feedback}
        elif q.type == "fill_in":
            config["caseSensitive"] = q.case_sensitive
        elif q.type == "matching":
            config["pairs"] = [p.id for p in q.pairs]
        elif q.type == "ordering":
            config["items"] = [i.id for i in q.items]
        config["interaction"] = {"type": interaction_type(q), "correct": correct_response(q)}
        return config

