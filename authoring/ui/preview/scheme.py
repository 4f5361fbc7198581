"""The preview's URL scheme: the rendered course served from memory, not from a folder.

`coursesmith-preview://course/index.html` and the files next to it come from the
`PreviewSite` the export layer rendered (the page, the player's scripts, the media by
hash); nothing is written to disk and no port is opened. Chromium only accepts a custom
scheme registered before the QApplication exists, so the app calls `prepare()` first.

With xAPI, the same scheme is the in-process LRS the player's adapter talks to:
`coursesmith-preview://course/lrs/statements` takes the statements (the preview's
tracking panel hears each one), the State API keeps the bookmark in memory.
"""

from __future__ import annotations

import json
import os
from typing import Callable
from urllib.parse import parse_qs

from authoring.export.preview import PreviewSite, read_asset
from authoring.model.library import Library
from authoring.ui.qt import QBuffer, QByteArray, QIODevice, QObject

SCHEME = b"coursesmith-preview"
HOST = "course"
BASE_URL = f"{SCHEME.decode()}://{HOST}/"
LRS_PATH = "lrs/"
_prepared = False


def prepare() -> None:
    """Register the scheme (and let QtWebEngine share GL contexts): before the
    QApplication is created, once per process."""
    global _prepared
    if _prepared:
        return
    from authoring.ui.qt import QCoreApplication, Qt, QWebEngineUrlScheme

    if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium will not start as root otherwise
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    flags = QWebEngineUrlScheme.Flag
    scheme.setFlags(flags.SecureScheme | flags.LocalAccessAllowed | flags.CorsEnabled
                    | flags.FetchApiAllowed | flags.ContentSecurityPolicyIgnored)
    QWebEngineUrlScheme.registerScheme(scheme)
    _prepared = True


def handler(library: Library, site: Callable[[], PreviewSite | None],
            statement: Callable[[dict], None], parent: QObject | None = None):
    """A scheme handler serving whatever `site()` returns now (the preview re-renders)."""
    from authoring.ui.qt import QWebEngineUrlRequestJob, QWebEngineUrlSchemeHandler

    class SiteHandler(QWebEngineUrlSchemeHandler):
        def __init__(self) -> None:
            super().__init__(parent)
            self.lrs = MemoryLrs(statement)

        def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt's name)
            url = job.requestUrl()
            path = url.path().lstrip("/") or "index.html"
            method = job.requestMethod().data().decode("ascii", "replace")
            if path.startswith(LRS_PATH):
                status, body = self.lrs.answer(method, path[len(LRS_PATH):], url.query(),
                                               _body(job))
                if status == 204 or not body:
                    body = b"" if status == 204 else b"{}"
                _reply(job, "application/json", body)
                return
            current = site()
            data = _file(library, current, path) if current is not None else None
            if data is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            _reply(job, current.mime(path), data)

    return SiteHandler()


def _file(library: Library, site: PreviewSite, path: str) -> bytes | None:
    if path in site.files:
        return site.files[path]
    if path in site.assets:
        return read_asset(library, site.assets[path][0])
    return None


def _reply(job, mime: str, data: bytes) -> None:
    buffer = QBuffer(job)  # lives as long as the request
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(mime.encode("ascii"), buffer)


def _body(job) -> bytes:
    device = job.requestBody()
    if device is None:
        return b""
    if not device.isOpen():
        device.open(QIODevice.OpenModeFlag.ReadOnly)
    return bytes(device.readAll().data())


class MemoryLrs:
    """An LRS in memory, as much of one as the player's xAPI adapter uses: statements
    (POST / PUT, kept in order and announced) and the State API (GET / PUT / POST /
    DELETE of a document by its id). Forgets everything with the preview."""

    def __init__(self, announce: Callable[[dict], None]) -> None:
        self.announce = announce
        self.documents: dict[tuple[str, ...], dict[str, bytes]] = {}

    def answer(self, method: str, resource: str, query: str, body: bytes) -> tuple[int, bytes]:
        if resource.rstrip("/") == "statements":
            return self._statements(method, body)
        if resource.rstrip("/") == "activities/state":
            return self._state(method, parse_qs(query), body)
        if resource.rstrip("/") == "about":
            return 200, json.dumps({"version": ["1.0.3"]}).encode()
        return 404, b""

    def _statements(self, method: str, body: bytes) -> tuple[int, bytes]:
        if method not in ("POST", "PUT"):
            return 200, json.dumps({"statements": []}).encode()
        try:
            sent = json.loads(body or b"[]")
        except ValueError:
            return 400, b""
        statements = sent if isinstance(sent, list) else [sent]
        for statement in statements:
            if isinstance(statement, dict):
                self.announce(statement)
        ids = [s.get("id", "") for s in statements if isinstance(s, dict)]
        return (204, b"") if method == "PUT" else (200, json.dumps(ids).encode())

    def _state(self, method: str, query: dict[str, list[str]], body: bytes) -> tuple[int, bytes]:
        attempt = tuple(query.get(name, [""])[0] for name in ("activityId", "registration"))
        documents = self.documents.setdefault(attempt, {})
        state_id = query.get("stateId", [""])[0]
        if method == "GET":
            if not state_id:
                return 200, json.dumps(sorted(documents)).encode()
            return (200, documents[state_id]) if state_id in documents else (404, b"")
        if method == "DELETE":
            documents.pop(state_id, None) if state_id else documents.clear()
            return 204, b""
        documents[state_id] = body
        return 204, b""

    def clear(self) -> None:
        self.documents.clear()
