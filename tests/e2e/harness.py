"""The end-to-end harness: serve a SCORM package next to a host page that runs scorm-again
(a real SCORM 1.2 / 2004 LMS runtime from npm) and drive both with Playwright.

The fixtures in conftest.py hand these classes out; test modules import the helpers
(`first_sco_href`, `relaunch_cmi`) from here.
"""

from __future__ import annotations

import copy
import functools
import json
import shutil
import threading
import zipfile
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from lxml import etree

REPO = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO / "node_modules"
SCORM_AGAIN_JS = NODE_MODULES / "scorm-again" / "dist" / "scorm-again.js"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
XAPI_VALIDATION = NODE_MODULES / "@learninglocker" / "xapi-validation"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
HOST_DIR = Path(__file__).resolve().parent / "lms"
SAMPLES = REPO.parent / "shared" / "conformance" / "samples"

STANDARDS = ("scorm12", "scorm2004")

# What an LMS fills in for a learner's first attempt; a given `cmi` is merged over it.
FIRST_LAUNCH = {
    "scorm12": {
        "core": {
            "student_id": "learner-1",
            "student_name": "Learner, Test",
            "credit": "credit",
            "entry": "ab-initio",
            "lesson_mode": "normal",
        },
    },
    "scorm2004": {
        "learner_id": "learner-1",
        "learner_name": "Learner, Test",
        "credit": "credit",
        "entry": "ab-initio",
        "mode": "normal",
    },
}


# --------------------------------------------------------------------------- serving


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves a folder; no caching, no request log on stderr."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".woff2": "font/woff2",
        ".vtt": "text/vtt",
    }

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - signature from the base class
        pass


class StaticServer:
    """A threaded http.server on 127.0.0.1 with an ephemeral port, serving one folder."""

    def __init__(self, directory: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(directory))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="e2e-http", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


# --------------------------------------------------------------------------- packages


def unpack(package: Path, target: Path) -> Path:
    """Copy a package (a .zip or an unpacked folder) into `target`."""
    package = Path(package)
    if package.is_dir():
        shutil.copytree(package, target)
    else:
        with zipfile.ZipFile(package) as archive:
            archive.extractall(target)
    return target


def _manifest(package: Path) -> etree._Element | None:
    package = Path(package)
    if package.is_dir():
        path = package / "imsmanifest.xml"
        if not path.exists():
            return None
        data = path.read_bytes()
    else:
        with zipfile.ZipFile(package) as archive:
            if "imsmanifest.xml" not in archive.namelist():
                return None
            data = archive.read("imsmanifest.xml")
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _attr(element: etree._Element, name: str) -> str | None:
    for key, value in element.attrib.items():
        if etree.QName(key).localname.lower() == name.lower():
            return value
    return None


def _child(element: etree._Element, *path: str) -> etree._Element | None:
    for name in path:
        element = next((c for c in element if _local(c).lower() == name.lower()), None)
        if element is None:
            return None
    return element


def _sco_items(root: etree._Element):
    """(item, launch href) for each item that launches a SCO, in document order."""
    resources = {_attr(r, "identifier"): r for r in root.iter() if _local(r) == "resource"}
    for item in root.iter():
        if _local(item) != "item":
            continue
        resource = resources.get(_attr(item, "identifierref"))
        if resource is None or (_attr(resource, "scormtype") or "").lower() != "sco":
            continue
        href = (_attr(resource, "base") or "") + (_attr(resource, "href") or "")
        parameters = _attr(item, "parameters") or ""
        if parameters.startswith("#"):
            href += parameters
        elif parameters:
            href += ("&" if "?" in href else "?") + parameters.lstrip("?")
        yield item, href


def first_sco_href(package: Path) -> str:
    """The launch href (with its `parameters`) of the first item that launches a SCO,
    read from imsmanifest.xml in a package folder or zip."""
    root = _manifest(package)
    for _item, href in _sco_items(root) if root is not None else ():
        return href
    raise ValueError(f"{package}: no item launches a SCO")


def manifest_cmi(package: Path, sco_href: str, standard: str) -> dict:
    """The run-time values an LMS takes from the manifest item that launches `sco_href`
    (else the first SCO item): 1.2 `student_data.mastery_score` (adlcp:masteryscore),
    `launch_data`, `max_time_allowed`, `time_limit_action`; 2004 `scaled_passing_score`
    (primary objective satisfiedByMeasure -> minNormalizedMeasure, default 1.0),
    `completion_threshold`, `launch_data`, `time_limit_action`. Empty without a manifest."""
    root = _manifest(package)
    if root is None:
        return {}
    items = list(_sco_items(root))
    if not items:
        return {}
    item = next((i for i, href in items if href == sco_href), items[0][0])

    def text(*path: str) -> str | None:
        found = _child(item, *path)
        return found.text.strip() if found is not None and found.text and found.text.strip() else None

    cmi: dict = {}
    if standard == "scorm12":
        student_data = {
            "mastery_score": text("masteryscore"),
            "max_time_allowed": text("maxtimeallowed"),
            "time_limit_action": text("timelimitaction"),
        }
        student_data = {k: v for k, v in student_data.items() if v is not None}
        if student_data:
            cmi["student_data"] = student_data
        if text("datafromlms") is not None:
            cmi["launch_data"] = text("datafromlms")
        return cmi
    primary = _child(item, "sequencing", "objectives", "primaryObjective")
    if primary is not None and (_attr(primary, "satisfiedByMeasure") or "").lower() == "true":
        measure = _child(primary, "minNormalizedMeasure")
        cmi["scaled_passing_score"] = (measure.text or "").strip() if measure is not None else "1.0"
        cmi["scaled_passing_score"] = cmi["scaled_passing_score"] or "1.0"
    threshold = _child(item, "completionThreshold")
    if threshold is not None:
        if (threshold.text or "").strip():  # 3rd edition: the threshold is the text
            cmi["completion_threshold"] = threshold.text.strip()
        elif (_attr(threshold, "completedByMeasure") or "").lower() == "true":  # 4th edition
            cmi["completion_threshold"] = _attr(threshold, "minProgressMeasure") or "1.0"
    if text("dataFromLMS") is not None:
        cmi["launch_data"] = text("dataFromLMS")
    if text("timeLimitAction") is not None:
        cmi["time_limit_action"] = text("timeLimitAction")
    return cmi


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def relaunch_cmi(saved: dict, standard: str) -> dict:
    """What an LMS hands the next attempt, from the CMI it stored at the end of the last one:
    `entry` is `resume` after `exit` = `suspend` (else empty), and the per-session,
    write-only `exit` and `session_time` are gone."""
    cmi = copy.deepcopy(saved)
    core = cmi.setdefault("core", {}) if standard == "scorm12" else cmi
    suspended = core.get("exit") == "suspend"
    core.pop("exit", None)
    core.pop("session_time", None)
    core["entry"] = "resume" if suspended else ""
    return cmi


# --------------------------------------------------------------------------- the LMS


class LmsSession:
    """One launch of one SCO in the test LMS. Read the LMS side through this object and drive
    the learner side through `frame` (a Playwright Frame)."""

    def __init__(self, page: Any, base_url: str, standard: str, site: Path) -> None:
        self.page = page
        self.base_url = base_url
        self.standard = standard
        self.site = site
        self._console_errors: list[str] = []
        self._dialogs: list[str] = []
        self._requests: list[str] = []
        self._http_errors: list[str] = []
        page.on("console", self._on_console)
        page.on("request", lambda request: self._requests.append(request.url))
        page.on("requestfailed", lambda r: self._http_errors.append(f"{r.url}: {r.failure}"))
        page.on("response", self._on_response)
        page.on("pageerror", lambda error: self._console_errors.append(f"pageerror: {error}"))
        page.on("dialog", self._on_dialog)

    # -- browser events
    def _on_console(self, message: Any) -> None:
        if message.type == "error":
            where = message.location.get("url", "") if message.location else ""
            self._console_errors.append(f"console.error: {message.text} ({where})")

    def _on_response(self, response: Any) -> None:
        if response.status >= 400:
            self._http_errors.append(f"{response.url}: HTTP {response.status}")

    def _on_dialog(self, dialog: Any) -> None:
        self._dialogs.append(f"{dialog.type}: {dialog.message}")
        try:
            dialog.dismiss()
        except Exception:  # the page may be closing
            pass

    # -- the SCO
    @property
    def frame(self) -> Any:
        """The Playwright Frame the SCO runs in (the host page's iframe named "sco")."""
        frame = self.page.frame(name="sco")
        if frame is None:
            raise LookupError("the SCO frame is gone (after unload?)")
        return frame

    # -- what the LMS saw
    def _record(self, key: str) -> Any:
        return self.page.evaluate(f"() => JSON.parse(JSON.stringify(window.__lms.{key}))")

    def calls(self, method: str | None = None) -> list[dict]:
        """Every API call the SCO made, in order: `method` (`LMSSetValue`, `SetValue`, ...),
        `args`, `result`, `element` / `value` (Get/SetValue), `error` (what GetLastError
        returned right after; "0" = fine) and, on an error, `errorString` / `diagnostic`."""
        calls = self._record("calls")
        return [c for c in calls if method is None or c["method"] == method]

    def events(self) -> list[dict]:
        """What scorm-again's `on(...)` hooks saw: `event`, `element`, `value`."""
        return self._record("events")

    def commits(self) -> list[dict]:
        """The CMI as stored at each Commit / Finish: [{'event': 'LMSCommit', 'cmi': {...}}]."""
        return [{"event": c["event"], "cmi": c["cmi"].get("cmi", c["cmi"])} for c in self._record("commits")]

    def last_error_codes(self) -> list[str]:
        """GetLastError after each API call (error queries excluded), in order."""
        return [c["error"] for c in self.calls() if "error" in c]

    def api_errors(self) -> list[dict]:
        """The calls whose GetLastError was not 0 (use in asserts: `assert not s.api_errors()`)."""
        return [c for c in self.calls() if c.get("error", "0") != "0"]

    def lms_log(self, level: str | None = None) -> list[dict]:
        """scorm-again's log lines ({level, message}); level "ERROR" or "WARN" filters."""
        log = self._record("log")
        return [line for line in log if level is None or line["level"] == level.upper()]

    def console_errors(self) -> list[str]:
        """console.error calls and uncaught exceptions in the host page and the SCO frame
        (scorm-again's own log lines are kept apart: see `lms_log`)."""
        return list(self._console_errors)

    def requests(self) -> list[str]:
        """Every URL the host page and the SCO requested, in order (the host's own files
        are under `base_url + "lms/"`, the package under `base_url + "sco/"`)."""
        return list(self._requests)

    def http_errors(self) -> list[str]:
        """Requests that failed or got an HTTP status of 400 or more (a missing asset...)."""
        return list(self._http_errors)

    def dialogs(self) -> list[str]:
        """alert / confirm / prompt the SCO opened (each was dismissed)."""
        return list(self._dialogs)

    @property
    def finished(self) -> bool:
        """LMSFinish / Terminate succeeded."""
        return bool(self.page.evaluate("() => window.__lms.finished"))

    def cmi(self) -> dict:
        """scorm-again's `renderCMIToJSONObject()` without its outer "cmi" key, e.g.
        `cmi()["core"]["score"]["raw"]` (1.2) or `cmi()["score"]["scaled"]` (2004).
        Collections (interactions, objectives) are dicts keyed "0", "1", ..."""
        data = self.page.evaluate("() => window.__lms.snapshot()")
        return data.get("cmi", data)

    def value(self, element: str) -> Any:
        """One element from `cmi()` by its dotted name ("cmi.core.lesson_status",
        "cmi.interactions.0.result"); None when absent. Reads the LMS store directly, so
        write-only elements (exit, session_time) and values after Finish are readable."""
        parts = element.split(".")
        if parts[0] == "cmi":
            node: Any = self.cmi()
        elif parts[0] == "adl":
            node = self.page.evaluate(
                "() => { const a = window.API_1484_11; return a && a.adl ? JSON.parse(JSON.stringify(a.adl)) : null; }"
            )
        else:
            raise ValueError(f"not a data model element: {element}")
        for part in parts[1:]:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node

    def saved_cmi(self) -> dict:
        """What this LMS would hand the next attempt (see `relaunch_cmi`): pass it to
        `lms.launch(..., cmi=session.saved_cmi())`."""
        commits = self.commits()
        stored = commits[-1]["cmi"] if commits else self.cmi()
        return relaunch_cmi(stored, self.standard)

    # -- waiting and leaving
    def wait_for_call(self, method: str, element: str | None = None, timeout: float = 5000) -> dict:
        """Wait until the SCO made a call (e.g. "LMSInitialize", or "SetValue" with an
        element) and return the first such call."""
        self.page.wait_for_function(
            """([method, element]) => window.__lms && window.__lms.calls.some(
                   c => c.method === method && (element === null || c.element === element))""",
            arg=[method, element],
            timeout=timeout,
        )
        return next(c for c in self.calls(method) if element is None or c.get("element") == element)

    def wait_for_initialize(self, timeout: float = 5000) -> dict:
        return self.wait_for_call("LMSInitialize" if self.standard == "scorm12" else "Initialize", timeout=timeout)

    def unload(self, how: str = "navigate", timeout: float = 5000) -> dict:
        """Take the SCO away as an LMS does — navigate its iframe to about:blank (`how=
        "navigate"`: pagehide, beforeunload and unload run) or remove the iframe
        (`how="remove"`) — then wait for LMSFinish / Terminate and return that call."""
        finish = "LMSFinish" if self.standard == "scorm12" else "Terminate"
        if not self.page.evaluate("(how) => window.__lms.unloadSco(how)", how):
            raise LookupError("the SCO frame is already gone")
        try:
            return self.wait_for_call(finish, timeout=timeout)
        except Exception as error:
            raise AssertionError(
                f"the SCO did not call {finish} within {timeout} ms of being unloaded; "
                f"its calls: {[c['method'] for c in self.calls()]}"
            ) from error

    def screenshot(self, path: str | Path) -> Path:
        self.page.screenshot(path=str(path), full_page=True)
        return Path(path)

    def close(self) -> None:
        self.page.context.close()


class Lms:
    """Launches packages in scorm-again, each in its own browser context and web server."""

    def __init__(self, browser: Any, workdir: Path, serve: Any) -> None:
        self.browser = browser
        self.workdir = workdir
        self.serve = serve
        self.sessions: list[LmsSession] = []

    def launch(
        self,
        package: str | Path,
        standard: str = "scorm12",
        sco_href: str | None = "index.html",
        cmi: dict | None = None,
        settings: dict | None = None,
        *,
        wait_for_initialize: bool = True,
        from_manifest: bool = True,
        viewport: dict | None = None,
        timeout: float = 10000,
    ) -> LmsSession:
        """Launch a package (.zip or unpacked folder) under `standard` ("scorm12" or
        "scorm2004"). `sco_href`: the SCO's launch path inside the package (None: the first
        SCO in imsmanifest.xml). `cmi`: a CMI object seeded with `loadFromJSON` before the SCO
        starts (a relaunch: `session.saved_cmi()`), merged over a first-launch learner and
        the values an LMS takes from imsmanifest.xml (mastery score, scaled passing score...;
        `from_manifest=False` leaves those out).
        `settings`: scorm-again settings over the harness's. Waits for the SCO to initialize
        unless `wait_for_initialize=False`."""
        if standard not in STANDARDS:
            raise ValueError(f"standard must be one of {STANDARDS}, not {standard!r}")
        if sco_href is None:
            sco_href = first_sco_href(Path(package))
        seed = _merge(FIRST_LAUNCH[standard], manifest_cmi(Path(package), sco_href, standard) if from_manifest else {})
        site = self.workdir / f"launch-{len(self.sessions) + 1}"
        (site / "lms").mkdir(parents=True)
        for name in ("host.html", "host.js"):
            shutil.copy2(HOST_DIR / name, site / "lms" / name)
        shutil.copy2(SCORM_AGAIN_JS, site / "lms" / "scorm-again.js")
        unpack(Path(package), site / "sco")
        base_url = self.serve(site)

        config = {
            "standard": standard,
            "scoUrl": "../sco/" + sco_href.lstrip("/"),
            "cmi": _merge(seed, cmi or {}),
            "settings": settings or {},
        }
        context = self.browser.new_context(viewport=viewport or {"width": 1280, "height": 800})
        context.set_default_timeout(timeout)
        context.add_init_script(
            "if (window === window.top) { window.__LMS_CONFIG = " + json.dumps(config) + "; }"
        )
        page = context.new_page()
        session = LmsSession(page, base_url, standard, site)
        self.sessions.append(session)
        page.goto(base_url + "lms/host.html", wait_until="load")
        setup_error = page.evaluate("() => window.__lms ? window.__lms.setupError : 'host.js did not run'")
        if setup_error:
            raise RuntimeError(f"the test LMS failed to start: {setup_error}")
        if wait_for_initialize:
            session.wait_for_initialize(timeout=timeout)
        return session

    def close(self) -> None:
        for session in self.sessions:
            try:
                session.close()
            except Exception:
                pass
