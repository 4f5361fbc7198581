"""A read-only view of one page: the window's centre until the page editor is there.

Same constructor and signals as `QtPageEditor` (`show_page`, `object_selected`), so the
main window takes whichever exists. Blocks are shown roughly as a learner reads them;
clicking one selects it for the inspector.
"""

from __future__ import annotations

import html
from typing import Callable

from authoring.model import assets, objects
from authoring.model.errors import CoursesmithError
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.qt import (
    QByteArray, QImage, QTextBrowser, QTextDocument, QUndoStack, QUrl, QVBoxLayout, QWidget,
    Signal,
)

_CALLOUT = {"note": "#e3f2fd", "tip": "#e8f5e9", "warning": "#fff3e0"}


class QtPagePreview(QWidget):
    object_selected = Signal(str)

    def __init__(self, library: Library, undo_stack: QUndoStack, author: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.page_id: str | None = None
        self._ids: set[str] = set()
        self.events = QtLibraryEvents(library, self)
        self.events.changed.connect(self._on_library_change)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.document().setDocumentMargin(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.show_page(None)

    def show_page(self, page_id: str | None) -> None:
        self.page_id = page_id
        if page_id is None:
            self._ids = set()
            self.browser.setHtml("<p style='color: gray; margin-top: 40px' align='center'>"
                                 + html.escape(self.tr("Select a page in the outline to see it here."))
                                 + "</p>")
            return
        try:
            with self.library.transaction() as session:
                page = objects.get(session, page_id)
                parts = [f"<h1>{html.escape(page.title)}</h1>"]
                self._ids = {page_id}
                for ref in objects.children(session, page_id):
                    block = objects.get(session, ref.id)
                    self._ids.add(block.id)
                    parts.append(self._block_html(session, block))
        except CoursesmithError:
            self.show_page(None)
            return
        self.browser.setHtml("\n".join(parts))

    def _block_html(self, session, block) -> str:
        data = block.data
        link = f"<p style='margin: 0'><a href='object:{block.id}' style='color: gray; font-size: small'>{block.kind}</a></p>"
        if block.kind == "text":
            body = data.get("html", "")
        elif block.kind == "callout":
            color = _CALLOUT.get(data.get("variant"), "#eeeeee")
            body = (f"<table width='100%' cellpadding='10' style='background: {color}'>"
                    f"<tr><td>{data.get('html', '')}</td></tr></table>")
        elif block.kind == "media":
            body = self._image_html(session, data.get("asset"), data.get("alt", ""))
            if data.get("caption"):
                body += f"<p><i>{html.escape(data['caption'])}</i></p>"
        elif block.kind == "question":
            items = data.get("choices") or data.get("items") or data.get("pairs") or []
            lines = "".join(
                f"<li>{html.escape(item.get('text') or item.get('prompt', ''))}"
                + (f" → {html.escape(item['match'])}" if item.get("match") else "") + "</li>"
                for item in items)
            body = (f"<p><b>{html.escape(data.get('prompt', ''))}</b> "
                    f"<span style='color: gray'>({data.get('type', '').replace('_', ' ')}, "
                    f"{data.get('points', 0)} pt)</span></p><ul>{lines}</ul>")
        else:
            body = html.escape(block.title)
        return link + body

    def _image_html(self, session, asset_id: str | None, alt: str) -> str:
        if not asset_id:
            return ""
        try:
            png = assets.thumbnail(session, asset_id)
        except CoursesmithError:
            png = None
        if not png:
            return f"<p>[{html.escape(alt)}]</p>"
        url = QUrl(f"asset:{asset_id}")
        image = QImage()
        image.loadFromData(QByteArray(png), "PNG")
        self.browser.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
        return f"<p><img src='asset:{asset_id}' alt='{html.escape(alt)}'></p>"

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("object:"):
            self.object_selected.emit(text.split(":", 1)[1])

    def _on_library_change(self, changes: Changes) -> None:
        if self.page_id and self._ids & changes.touched:
            self.show_page(self.page_id)
