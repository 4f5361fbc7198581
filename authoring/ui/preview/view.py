"""The live preview: the real player in a web view, tracked, following the editor.

One `QtPreview` shows one course as a learner of one locale sees it, on a phone, a
tablet or a desktop screen. The page is the package's own `index.html`, rendered in memory
by the export layer (`authoring.export.preview`) and served by the preview's URL scheme;
a simulated LMS in the page (resources/preview/lms.js) reports every tracking call through
QWebChannel to the Tracking panel.

Edits reach the running page without a reload wherever the player's rules allow:

- typing (`draft`): the page editor offers a text block's or a callout's unsaved content
  after a short pause between keys; only that block is rendered (the export's own block
  renderer) and pushed through QWebChannel (`lms.patch`) into the page templates and the
  page on screen, in place: the attempt, the answers given, the scroll position stay, and
  the Tracking panel hears nothing new;
- a saved change (the autosave, the inspector, Undo): the view listens to the library's
  change events; when one touches something the course shows, the course is rendered
  again (working copies). When only pages' HTML changed, the changed page templates are
  pushed the same way and the page on screen has only its changed blocks replaced (the
  words just typed are already there: nothing moves);
- otherwise (a question's rules, a page added or removed, the course's settings) the page
  reloads and the simulated LMS resumes the attempt from the values the course set (its
  suspend data), as a real LMS resumes a learner.
"""

from __future__ import annotations

import json
import re
import uuid
from urllib.parse import quote

from authoring import resources
from authoring.export.preview import (
    ENTRY, PreviewSite, course_of, draft_html, locale_status, render_site, saved_html,
)
from authoring.model.errors import CoursesmithError
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.preview import scheme
from authoring.ui.preview.panel import QtTrackingPanel
from authoring.ui.preview.tracking import TrackingRecord, parse_report
from authoring.ui.qt import (
    QComboBox, QFile, QHBoxLayout, QIODevice, QLabel, QObject, QPalette, QPushButton, QSplitter,
    QTimer, QUrl, QVBoxLayout, QWidget, Qt, Signal, Slot,
)

# name -> CSS width of the page in pixels (None: as wide as the dock)
DEVICES = {"phone": 375, "tablet": 768, "desktop": None}
_TEMPLATE = re.compile(r'<template id="cs-page-([^"]+)">(.*?)</template>', re.S)
_CONFIG = re.compile(r'<script type="application/json" id="cs-config">(.*?)</script>', re.S)
RENDER_LATER_MS = 1500  # blocks were pushed alone: the whole course renders after a pause
PATCH_TIMEOUT_MS = 2000  # a patch the page never acknowledged (it was reloading): send again


class _Bridge(QObject):
    """The object the page's simulated LMS calls through QWebChannel (`lms.report`), and
    the way new page HTML goes into the running page (`lms.patch`, see lms.js)."""

    reported = Signal(str)
    patch = Signal(str)  # {"pages": {key: template HTML}, "blocks": {block id: HTML}}

    @Slot(str)
    def report(self, message: str) -> None:
        self.reported.emit(message)


class QtPreview(QWidget):
    """The player, its toolbar (device, locale, Restart attempt) and the Tracking panel."""

    shown = Signal()  # the course's page is on screen after a load, a patch or a page change
    tracked = Signal()  # the Tracking panel changed

    def __init__(self, library: Library, events: QtLibraryEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.library = library
        self.site: PreviewSite | None = None
        self.course_id: str | None = None
        self.locale: str | None = None
        self.page_id: str | None = None
        self.standard = "scorm2004"
        self.record = TrackingRecord()
        self.registration = str(uuid.uuid4())
        self._stale = False
        self._drafts: dict[str, str] = {}  # block id -> HTML typed, waiting to be pushed
        self._patching = False  # a patch is in the page, not acknowledged yet
        self._patch_timer = QTimer(self, singleShot=True, interval=PATCH_TIMEOUT_MS)
        self._patch_timer.timeout.connect(self._on_patched)
        self._changed: set[str] = set()  # shown objects whose content changed, not shown yet
        self._only_content = True  # ... and nothing else changed (see _catch_up)
        self._missed = False  # changes came while hidden
        self._render_later = QTimer(self, singleShot=True, interval=RENDER_LATER_MS)
        self._render_later.timeout.connect(self.refresh)
        self._build()
        if events is not None:
            events.changed.connect(self._on_changes)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        from authoring.ui.qt import QWebChannel, QWebEnginePage, QWebEngineProfile, QWebEngineView

        # Off the record: nothing kept on disk. No Qt parent: the page must go before its
        # profile, and a child of this widget would go first; Python drops it afterwards.
        self.profile = QWebEngineProfile()
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
        self.handler = scheme.handler(self.library, lambda: self.site, self._on_statement, self)
        self.profile.installUrlSchemeHandler(scheme.SCHEME, self.handler)
        self.view = QWebEngineView()
        self.view.setObjectName("previewPlayer")
        self.view.setAccessibleName(self.tr("Course player"))
        self.page = QWebEnginePage(self.profile, self.view)
        self.view.setPage(self.page)
        self.bridge = _Bridge(self)
        self.bridge.reported.connect(self._on_report)
        self.channel = QWebChannel(self)
        self.channel.registerObject("lms", self.bridge)
        self.page.setWebChannel(self.channel)
        self.page.loadFinished.connect(self._on_loaded)
        self._install_scripts()

        self.device = QComboBox()
        self.device.setAccessibleName(self.tr("Device width"))
        for name, text in (("phone", self.tr("Phone (375 px)")), ("tablet", self.tr("Tablet (768 px)")),
                           ("desktop", self.tr("Desktop"))):
            self.device.addItem(text, name)
        self.device.setCurrentIndex(2)
        self.device.currentIndexChanged.connect(lambda _: self._fit())
        self.locales = QComboBox()
        self.locales.setAccessibleName(self.tr("Locale"))
        self.locales.activated.connect(lambda _: self.set_locale(self.locales.currentData()))
        self.standards = QComboBox()
        self.standards.setAccessibleName(self.tr("Tracking standard"))
        self.standards.setToolTip(self.tr("The LMS the preview simulates"))
        self.standards.addItem(self.tr("SCORM 2004 LMS"), "scorm2004")
        self.standards.addItem(self.tr("xAPI LRS"), "xapi")
        self.standards.activated.connect(lambda _: self.set_standard(self.standards.currentData()))
        self.restart_button = QPushButton(self.tr("Restart attempt"))
        self.restart_button.setAccessibleName(self.tr("Restart attempt"))
        self.restart_button.clicked.connect(self.restart)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.device)
        bar.addWidget(self.locales)
        bar.addWidget(self.standards)
        bar.addStretch(1)
        bar.addWidget(self.restart_button)
        self.stage = _Stage(self.view, self._fit)
        self.tracking = QtTrackingPanel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stage)
        splitter.addWidget(self.tracking)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.stage.setMinimumHeight(160)
        splitter.setSizes([560, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.status.hide()

    def _install_scripts(self) -> None:
        """qwebchannel.js and the simulated LMS run in every page before its own scripts."""
        from authoring.ui.qt import QWebEngineScript

        channel_js = QFile(":/qtwebchannel/qwebchannel.js")
        channel_js.open(QIODevice.OpenModeFlag.ReadOnly)
        lms_js = resources.path("preview", "lms.js").read_text("utf-8")
        self.setup_script = QWebEngineScript()
        self.setup_script.setName("coursesmith-preview-setup")
        for name, source in (("qwebchannel", bytes(channel_js.readAll().data()).decode("utf-8")),
                             ("setup", ""), ("lms", lms_js)):
            script = self.setup_script if name == "setup" else QWebEngineScript()
            script.setName(f"coursesmith-preview-{name}")
            script.setSourceCode(source)
            script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
            script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
            script.setRunsOnSubFrames(False)
            self.page.scripts().insert(script)

    def _set_launch(self, values: dict[str, str]) -> None:
        """What the simulated LMS starts the next load with (replaces the setup script)."""
        site = self.site
        setup = {"values": values, "standard": site.standard if site else "scorm2004",
                 "passMark": site.pass_mark if site else None, "fresh": not values}
        scripts = self.page.scripts()
        scripts.remove(self.setup_script)
        self.setup_script.setSourceCode(f"window.CoursesmithPreview = {json.dumps(setup)};")
        # the setup must run before lms.js: re-insert both, in order
        lms = scripts.find("coursesmith-preview-lms")
        for script in lms:
            scripts.remove(script)
        scripts.insert(self.setup_script)
        for script in lms:
            scripts.insert(script)

    # ------------------------------------------------------------------ what to show

    def show_course(self, course: str, page_id: str | None = None, locale: str | None = None) -> None:
        """Open `course` (id or title) at `page_id` (else the first page) in a new attempt."""
        self.locale = locale or self.locale
        self.page_id = page_id
        self.course_id = course
        if not self._render():
            return
        self._fill_locales()
        self.restart()

    def follow(self, page_id: str | None) -> None:
        """The editor shows `page_id`: show it too (opening its course if it is another)."""
        if not page_id or page_id == self.page_id and self.site is not None:
            return
        self.page_id = page_id
        if self.site is not None and page_id in self.site.page_keys:
            self.page.runJavaScript(f"CoursesmithPreview.show({json.dumps(page_id)})", 0,
                                    self._on_followed)
            return
        try:
            course = course_of(self.library, page_id)
        except CoursesmithError:
            return
        if course is not None and course != self.course_id:
            self.show_course(course, page_id)

    def restart(self) -> None:
        """A new attempt from nothing (the current page of the editor first)."""
        self.record.restart()
        self.handler.lrs.clear()
        self.registration = str(uuid.uuid4())
        values = {}
        if self.site is not None and self.page_id in self.site.page_keys:
            values["cmi.location"] = self.site.page_keys[self.page_id]
        self._show_record()
        self._load(values)

    def set_standard(self, standard: str | None) -> None:
        """Track with another standard: a new attempt, in an LMS of that kind."""
        if not standard or standard == self.standard:
            return
        self.standard = standard
        if self._render():
            self.restart()

    def set_locale(self, locale: str | None) -> None:
        if not locale or locale == self.locale:
            return
        self.locale = locale
        if self._render():
            self._load(self.record.resume_values())

    # ------------------------------------------------------------------ rendering

    def _render(self) -> bool:
        """Render the course again; False (and a message) when it cannot be shown."""
        try:
            self.site = render_site(self.library, self.course_id, self.locale, self.standard)
        except CoursesmithError as error:
            self.site = None
            self._say(str(error))
            return False
        self.course_id = self.site.course_id
        self.locale = self.site.locale
        if self.tracking.labels != self.site.labels:  # a question's words, in the table too
            self.tracking.labels = self.site.labels
            self._show_record()
        errors = [p.message for p in self.site.problems if p.severity == "error"]
        self._say(self.tr("Not ready to export: {problem}").format(problem=errors[0]) if errors else "")
        return True

    def _fill_locales(self) -> None:
        self.locales.clear()
        try:
            status = locale_status(self.library, self.course_id)
        except CoursesmithError:
            status = [(self.locale, 0)]
        for n, (code, missing) in enumerate(status):
            if n == 0:
                text = self.tr("{code} (source)").format(code=code)
            elif missing:
                text = self.tr("{code} — ⚠ {n} strings not translated").format(code=code, n=missing)
            else:
                text = code
            self.locales.addItem(text, code)
            if missing:
                self.locales.setItemData(n, self.tr("Missing translations show the source text"),
                                         Qt.ItemDataRole.ToolTipRole)
        self.locales.setCurrentIndex(max(0, self.locales.findData(self.locale)))

    def _load(self, values: dict[str, str]) -> None:
        if self._render_later.isActive():  # the page is served from the site: bring it up to date
            self._render_later.stop()
            self._render()
        self._drafts.clear()  # the new page is rendered from what is saved
        self._patching = False
        self._patch_timer.stop()
        self._set_launch(values)
        url = scheme.BASE_URL + ENTRY
        if self.site is not None and self.site.standard == "xapi":
            url += "?" + self._xapi_launch()
        self.page.load(QUrl(url))

    def _xapi_launch(self) -> str:
        actor = json.dumps({"objectType": "Agent", "name": "Preview",
                            "account": {"homePage": "https://coursesmith.invalid", "name": "preview"}})
        values = {"endpoint": scheme.BASE_URL + scheme.LRS_PATH, "auth": "Basic cHJldmlldzpwcmV2aWV3",
                  "actor": actor, "registration": self.registration}
        return "&".join(f"{k}={quote(v, safe='')}" for k, v in values.items())

    def _on_changes(self, changes: Changes) -> None:
        if self.site is None and self.course_id is None:
            return
        if not self.isVisible():  # a closed dock costs the editor nothing: see catch_up
            self._missed = True
            return
        shown = self.site.object_ids if self.site is not None else frozenset()
        if self.site is not None and not changes.touched & shown:
            return
        self._changed |= changes.modified & shown
        self._only_content &= self.site is not None and not shown & (
            changes.created | changes.deleted | changes.children | changes.translations | changes.trash)
        if not self._stale:
            self._stale = True
            QTimer.singleShot(0, self._catch_up)

    def catch_up(self) -> None:
        """Shown again: show what changed while the preview was hidden."""
        if self._missed:
            self._missed = False
            self.refresh()

    def _catch_up(self) -> None:
        """After a saved change: when only text blocks' or callouts' content changed, push
        just those blocks (and render the whole course a little later, off the edit's
        way); else render it now (`refresh`)."""
        changed, only_content = self._changed, self._only_content
        self._changed, self._only_content = set(), True
        found = saved_html(self.library, self.site, changed) if only_content and self.site else None
        if found is None:
            self.refresh()
            return
        self._stale = False
        if found:
            self._send({"pages": {}, "blocks": found})
            self._render_later.start()

    def refresh(self) -> None:
        """Show the course as it is now: patch the running page when only pages' HTML and
        questions' words or answers changed, else reload and resume the attempt."""
        self._stale = False
        self._render_later.stop()
        before = self.site
        if not self._render():
            return
        new = self.site.files[ENTRY]
        if before is not None and before.files[ENTRY] == new:
            return
        if before is None or before.standard != self.site.standard:
            self._load(self.record.resume_values())
            return
        (old_rest, old_rules), (new_rest, new_rules) = _rules(before), _rules(self.site)
        if old_rest != new_rest:  # pages, their order, the course's settings, the strings
            self._load(self.record.resume_values())
            return
        self._patch(_templates(before), _templates(self.site),
                    {k: q for k, q in new_rules.items() if old_rules.get(k) != q})

    def _patch(self, old: dict[str, str], new: dict[str, str], questions: dict[str, dict]) -> None:
        changed = {key: html for key, html in new.items() if old.get(key) != html}
        self._send({"pages": changed, "blocks": {}, "questions": questions})

    def draft(self, block_id: str, kind: str, data: dict) -> None:
        """The designer is typing into `block_id` (not saved yet): show it now when it is
        a block whose HTML is its own (text, a callout); else the autosave's change shows."""
        if self.site is None:
            return
        html = draft_html(self.site, block_id, kind, data)
        if html is None:
            return
        self._drafts[block_id] = html
        if not self._patching:
            self._send({"pages": {}, "blocks": self._take_drafts()})

    def _take_drafts(self) -> dict[str, str]:
        drafts, self._drafts = self._drafts, {}
        return drafts

    def _send(self, change: dict) -> None:
        """Push `change` into the running page; its acknowledgement ("patched") sends
        what was typed meanwhile, so a fast typist never queues up patches."""
        self._patching = True
        self._patch_timer.start()
        self.bridge.patch.emit(json.dumps(change))

    def _on_patched(self) -> None:
        self._patching = False
        self._patch_timer.stop()
        self.shown.emit()
        if self._drafts:
            self._send({"pages": {}, "blocks": self._take_drafts()})

    # ------------------------------------------------------------------ page events

    def _on_loaded(self, ok: bool) -> None:
        if ok:
            self.shown.emit()

    def _on_followed(self, on_screen) -> None:
        if on_screen is False:
            self._say(self.tr("This page is not reachable yet (linear navigation): "
                              "Restart attempt opens the course here."))
        else:
            self._say("")
            self.shown.emit()

    def _on_report(self, message: str) -> None:
        kind, data = parse_report(message)
        if kind == "patched":
            self._on_patched()
            return
        if kind == "error":
            self._say(self.tr("The player reported an error: {message}").format(message=data.get("message", "")))
            return
        if kind:
            self.record.apply(kind, data)
            self._show_record()

    def _on_statement(self, statement: dict) -> None:
        self.record.apply("statement", statement)
        self._show_record()

    def _show_record(self) -> None:
        self.tracking.show_record(self.record, xapi=bool(self.site and self.site.standard == "xapi"))
        self.tracked.emit()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _fit(self) -> None:
        width = DEVICES[self.device.currentData()]
        self.stage.fit(width)

    def close_view(self) -> None:
        """Stop the page before the library closes (it may still ask for files)."""
        self.page.triggerAction(self.page.WebAction.Stop)
        self.site = None


class _Stage(QWidget):
    """Where the page sits: the whole width for a desktop; for a phone or a tablet, the
    device's width (scaled down when the dock is narrower), centred."""

    def __init__(self, view: QWidget, on_resize) -> None:
        super().__init__()
        self.view = view
        self.device_width: int | None = None
        self.on_resize = on_resize
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Mid)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(view, 100)
        layout.addStretch(1)

    def fit(self, width: int | None) -> None:
        self.device_width = width
        self._apply()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._apply()

    def _apply(self) -> None:
        available = max(1, self.width())
        if self.device_width is None:
            self.view.setMaximumWidth(16777215)
            self.view.setMinimumWidth(0)
            self.view.setZoomFactor(1.0)
            return
        shown = min(self.device_width, available)
        self.view.setFixedWidth(shown)
        self.view.setZoomFactor(max(0.25, shown / self.device_width))


def _templates(site: PreviewSite) -> dict[str, str]:
    return dict(_TEMPLATE.findall(site.files[ENTRY].decode("utf-8")))


def _rules(site: PreviewSite) -> tuple[str, dict[str, dict]]:
    """(the page but its templates and its questions' rules, the questions' rules by
    key). Two renders with the same first part differ only in what the running player
    can take in place; a question of another type, or a question more or less, differ
    in the first part too."""
    page = _TEMPLATE.sub("", site.files[ENTRY].decode("utf-8"))
    found = _CONFIG.search(page)
    if found is None:
        return page, {}
    config = json.loads(found.group(1))
    questions = config.pop("questions", {})
    config["questionTypes"] = {key: q.get("type") for key, q in questions.items()}
    return page[:found.start(1)] + json.dumps(config, sort_keys=True) + page[found.end(1):], questions
