"""Rich text is stored as a small, safe HTML subset; nh3 (Ammonia) does the cleaning.

Whatever arrives (typed in the editor, pasted from Word, imported, translated) passes
through `clean_html` before it is stored, so exporters and the player can trust it.
"""

from __future__ import annotations

import html

import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "code", "pre",
    "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "img",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "span",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
    "span": {"lang"},
}
# "asset:" links point at assets inside the library; exporters rewrite them to files.
URL_SCHEMES = {"http", "https", "mailto", "asset"}


def clean_html(markup: str) -> str:
    return nh3.clean(
        markup or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    ).strip()


def html_to_text(markup: str) -> str:
    """Plain text of some HTML, for search and snippets: tags gone, entities decoded."""
    text = nh3.clean(
        (markup or "").replace("<", " <"), tags=set(), attributes={}, strip_comments=True
    )
    return " ".join(html.unescape(text).split())
