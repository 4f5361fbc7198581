"""A loopback LRS for the end-to-end tests of xAPI and cmi5 packages, and what an LMS does
around a launch (cmi5 LaunchData, the "launched" statement, the fetch URL).

    lrs = Lrs()                                  # http.server, threaded, 127.0.0.1:ephemeral
    url = xapi_launch_url(package_url, lrs, actor=ACTOR, registration=reg)
    ...
    lrs.statements(registration=reg)             # as stored, in arrival order
    with lrs.outage("500"):  ...                 # or "gone": connections are closed unanswered
    lrs.stop()

Implements: POST / PUT / GET `/xapi/statements`; GET / PUT / POST / DELETE
`/xapi/activities/state` (agents matched by identifier, whatever their JSON formatting);
`POST /cmi5/fetch/<key>` (the first POST gets `{"auth-token": ...}`, any later one a 400
with a cmi5 error); `GET /lms/return` (a returnURL page); CORS with OPTIONS preflight (the
package is served from another port). Every xAPI request must carry
`X-Experience-API-Version: 1.0.3` and an accepted `Authorization`; anything else is
answered as an LRS would (400 / 401) and recorded in `problems`.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import json
import threading
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

XAPI_VERSION = "1.0.3"
ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
CMI5 = "https://w3id.org/xapi/cmi5/"
CMI5_CATEGORY = CMI5 + "context/categories/cmi5"
MOVEON_CATEGORY = CMI5 + "context/categories/moveon"
SESSION_EXT = CMI5 + "context/extensions/sessionid"
MASTERY_EXT = CMI5 + "context/extensions/masteryscore"
LAUNCHMODE_EXT = CMI5 + "context/extensions/launchmode"
LAUNCHURL_EXT = CMI5 + "context/extensions/launchurl"
MOVEON_EXT = CMI5 + "context/extensions/moveon"
LAUNCHPARAMS_EXT = CMI5 + "context/extensions/launchparameters"

XAPI_ACTOR = {"objectType": "Agent", "name": "Test Learner", "mbox": "mailto:learner@example.com"}
CMI5_ACTOR = {"objectType": "Agent", "name": "Test Learner",
              "account": {"homePage": "https://lms.example.com", "name": "learner-1"}}


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def agent_key(agent: Any) -> str | None:
    """An agent's identifier (mbox, mbox_sha1sum, openid or account), None if it has none."""
    if not isinstance(agent, dict):
        return None
    if agent.get("mbox"):
        return "mbox:" + str(agent["mbox"]).lower()
    if agent.get("mbox_sha1sum"):
        return "sha1:" + str(agent["mbox_sha1sum"])
    if agent.get("openid"):
        return "openid:" + str(agent["openid"])
    account = agent.get("account")
    if isinstance(account, dict) and account.get("homePage") and account.get("name"):
        return f"account:{account['homePage']}|{account['name']}"
    return None


def verb(statement: dict) -> str:
    """The last segment of a statement's verb id ("initialized", "answered", ...)."""
    return statement["verb"]["id"].rsplit("/", 1)[-1]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _same(a: dict, b: dict) -> bool:
    strip = lambda s: {k: v for k, v in s.items() if k not in ("stored", "authority", "version")}  # noqa: E731
    return strip(a) == strip(b)


class Lrs:
    """The LRS; see the module docstring. Thread-safe; everything is kept in memory."""

    def __init__(self, auth: str | None = None) -> None:
        self.lock = threading.RLock()
        self.auth = auth or basic("coursesmith", "secret")
        self.accepted_auth: set[str] = {self.auth}
        self._statements: list[dict] = []
        self._by_id: dict[str, dict] = {}
        self.states: dict[tuple[str, str, str, str], tuple[bytes, str]] = {}
        self.log: list[dict] = []  # every request: method, path, query, status, headers
        self.problems: list[str] = []  # protocol violations by the client
        self.refused: list[dict] = []  # statements answered with a 4xx
        self.duplicates = 0  # statements sent again that the LRS had already
        self.fetch_tokens: dict[str, dict] = {}  # key -> {"token", "posts"}
        self.mode: str | None = None  # None, "500" or "gone"
        self.reject: Callable[[dict], int | None] | None = None  # statement -> 4xx status, or None
        handler = type("Handler", (_Handler,), {"lrs": self})
        self.httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.endpoint = self.base_url + "xapi/"
        self.return_url = self.base_url + "lms/return"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="e2e-lrs", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    # -- switches
    @contextlib.contextmanager
    def outage(self, mode: str = "500") -> Iterator[None]:
        """While inside: answer every request with a 500 (`"500"`) or close the connection
        without an answer (`"gone"`)."""
        if mode not in ("500", "gone"):
            raise ValueError(mode)
        self.mode = mode
        try:
            yield
        finally:
            self.mode = None

    # -- what was stored
    def statements(self, registration: str | None = None, verb_name: str | None = None) -> list[dict]:
        with self.lock:
            found = [copy.deepcopy(s) for s in self._statements]
        if registration is not None:
            found = [s for s in found if s.get("context", {}).get("registration") == registration]
        if verb_name is not None:
            found = [s for s in found if verb(s) == verb_name]
        return found

    def add_statement(self, statement: dict) -> dict:
        """Store a statement as the LMS itself would (e.g. cmi5 "launched")."""
        statement = copy.deepcopy(statement)
        statement.setdefault("id", str(uuid.uuid4()))
        statement.setdefault("timestamp", _now())
        statement["stored"] = _now()
        with self.lock:
            self._statements.append(statement)
            self._by_id[statement["id"]] = statement
        return statement

    def wait_for(self, predicate: Callable[["Lrs"], Any], timeout: float = 10.0, what: str = "") -> Any:
        """Poll until `predicate(self)` is truthy; returns its value, or fails with `what`."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate(self)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"the LRS did not see {what or predicate} within {timeout} s; "
                                     f"statements: {[verb(s) for s in self.statements()]}")
            time.sleep(0.05)

    def wait_for_verb(self, name: str, registration: str | None = None, count: int = 1,
                      timeout: float = 10.0) -> list[dict]:
        return self.wait_for(
            lambda lrs: (found := lrs.statements(registration, name)) and len(found) >= count and found,
            timeout, f"{count} '{name}' statement(s)")

    # -- the State API, from the LMS's side
    def state_key(self, activity_id: str, agent: dict, registration: str | None, state_id: str):
        return (activity_id, agent_key(agent) or "", registration or "", state_id)

    def put_state(self, activity_id: str, agent: dict, registration: str | None, state_id: str,
                  document: Any) -> None:
        body = json.dumps(document).encode()
        with self.lock:
            self.states[self.state_key(activity_id, agent, registration, state_id)] = (body, "application/json")

    def get_state(self, activity_id: str, agent: dict, registration: str | None, state_id: str) -> Any:
        with self.lock:
            found = self.states.get(self.state_key(activity_id, agent, registration, state_id))
        return json.loads(found[0]) if found else None

    # -- cmi5 fetch URLs
    def fetch_url(self) -> str:
        """A new one-time fetch URL; its token becomes an accepted Authorization."""
        key = uuid.uuid4().hex
        token = base64.b64encode(f"cmi5:{uuid.uuid4().hex}".encode()).decode()
        with self.lock:
            self.fetch_tokens[key] = {"token": token, "posts": 0}
            self.accepted_auth.add("Basic " + token)
        return f"{self.base_url}cmi5/fetch/{key}"

    def fetch_posts(self) -> int:
        with self.lock:
            return sum(t["posts"] for t in self.fetch_tokens.values())

    def requests(self, method: str | None = None, path: str | None = None) -> list[dict]:
        with self.lock:
            return [dict(r) for r in self.log
                    if (method is None or r["method"] == method) and (path is None or r["path"] == path)]


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a connection closed on purpose ("gone") or by the browser: nothing to report


class _Handler(BaseHTTPRequestHandler):
    lrs: Lrs
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    # -- plumbing
    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", self.headers.get("Origin") or "*")
        self.send_header("Vary", "Origin")
        self.send_header("Access-Control-Allow-Methods", "GET, PUT, POST, DELETE, OPTIONS")
        self.send_header("Access-Control-Allow-Headers",
                         "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match")
        self.send_header("Access-Control-Expose-Headers", "X-Experience-API-Version, ETag, Last-Modified")
        self.send_header("Access-Control-Max-Age", "0")

    def _send(self, status: int, body: Any = b"", content_type: str = "application/json") -> None:
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        elif isinstance(body, str):
            body = body.encode()
        self.send_response(status)
        self._cors()
        self.send_header("X-Experience-API-Version", XAPI_VERSION)
        self.send_header("Cache-Control", "no-store")
        if body:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)
        self._status = status

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        lrs = self.lrs
        parts = urlsplit(self.path)
        path, params = parts.path, {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        body = self._body() if self.command in ("POST", "PUT") else b""
        self._status = 0
        record = {"method": self.command, "path": path, "query": params, "headers": dict(self.headers),
                  "time": time.monotonic()}
        if lrs.mode == "gone" and path != "/lms/return":
            record["status"] = "closed"
            with lrs.lock:
                lrs.log.append(record)
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(2)
            return
        try:
            if self.command == "OPTIONS":
                self._send(204)
            elif lrs.mode == "500" and path != "/lms/return":
                self._send(500, {"error": "the LRS is failing (test switch)"})
            elif path == "/lms/return":
                self._send(200, '<!DOCTYPE html><html lang="en"><head><link rel="icon" href="data:,">'
                           "<title>Returned</title></head><body><h1>Back in the LMS</h1></body></html>",
                           "text/html; charset=utf-8")
            elif path.startswith("/cmi5/fetch/"):
                self._fetch(path.rsplit("/", 1)[-1])
            elif path.startswith("/xapi/"):
                self._xapi(path[len("/xapi/"):], params, body)
            else:
                self._send(404, {"error": f"no such resource {path}"})
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser went away before the answer (a page unloading): not our bug
        except Exception as error:  # a bug here must show up in the test, not hang it
            lrs.problems.append(f"LRS error on {self.command} {self.path}: {error!r}")
            if not self._status:
                self._send(500, {"error": repr(error)})
        record["status"] = self._status
        with lrs.lock:
            lrs.log.append(record)

    do_GET = do_PUT = do_POST = do_DELETE = do_OPTIONS = _handle

    # -- cmi5 fetch
    def _fetch(self, key: str) -> None:
        lrs = self.lrs
        if self.command != "POST":
            lrs.problems.append(f"{self.command} to the fetch URL (cmi5 needs POST)")
            self._send(405, {"error-code": "3", "error-text": "use POST"})
            return
        with lrs.lock:
            entry = lrs.fetch_tokens.get(key)
            if entry is not None:
                entry["posts"] += 1
        if entry is None:
            self._send(400, {"error-code": "3", "error-text": "unknown fetch URL"})
        elif entry["posts"] > 1:
            lrs.problems.append("the fetch URL was POSTed more than once")
            self._send(400, {"error-code": "1", "error-text": "the fetch URL was already used"})
        else:
            self._send(200, {"auth-token": entry["token"]})

    # -- xAPI
    def _xapi(self, resource: str, params: dict, body: bytes) -> None:
        lrs = self.lrs
        version = self.headers.get("X-Experience-API-Version")
        if version != XAPI_VERSION:
            lrs.problems.append(f"{self.command} /xapi/{resource}: X-Experience-API-Version is {version!r}")
            self._send(400, {"error": "X-Experience-API-Version 1.0.3 is required"})
            return
        auth = self.headers.get("Authorization")
        if auth not in lrs.accepted_auth:
            lrs.problems.append(f"{self.command} /xapi/{resource}: Authorization {auth!r} is not accepted")
            self._send(401, {"error": "unauthorized"})
            return
        if resource == "statements":
            self._statements(params, body)
        elif resource == "activities/state":
            self._state(params, body)
        elif resource == "about":
            self._send(200, {"version": [XAPI_VERSION]})
        else:
            self._send(404, {"error": f"no such resource {resource}"})

    def _statements(self, params: dict, body: bytes) -> None:
        lrs = self.lrs
        if self.command == "GET":
            found = lrs.statements(params.get("registration"))
            if "statementId" in params:
                match = [s for s in found if s["id"] == params["statementId"]]
                self._send(200 if match else 404, match[0] if match else {"error": "not found"})
            else:
                self._send(200, {"statements": found, "more": ""})
            return
        if self.command not in ("POST", "PUT"):
            self._send(405, {"error": "method not allowed"})
            return
        if "json" not in (self.headers.get("Content-Type") or ""):
            lrs.problems.append(f"statements sent as {self.headers.get('Content-Type')!r}, not JSON")
        try:
            data = json.loads(body or b"null")
        except ValueError:
            self._send(400, {"error": "not JSON"})
            return
        batch = data if isinstance(data, list) else [data]
        if self.command == "PUT":
            if not isinstance(data, dict) or data.get("id", params.get("statementId")) != params.get("statementId"):
                self._send(400, {"error": "PUT needs one statement and a matching statementId"})
                return
            data.setdefault("id", params.get("statementId"))
        ids = []
        for statement in batch:
            problem = self._statement_problem(statement)
            status = problem and 400 or (lrs.reject(statement) if lrs.reject else None)
            if status:
                with lrs.lock:
                    lrs.refused.append(statement)
                self._send(status, {"error": problem or "refused (test switch)"})
                return
            ids.append(statement["id"])
        if len(set(ids)) != len(ids):
            self._send(400, {"error": "two statements of the batch have the same id"})
            return
        with lrs.lock:
            for statement in batch:
                known = lrs._by_id.get(statement["id"])
                if known is not None:
                    if not _same(known, statement):
                        self._send(409, {"error": f"statement {statement['id']} exists with other content"})
                        return
            for statement in batch:
                if statement["id"] in lrs._by_id:
                    lrs.duplicates += 1
                    continue
                stored = copy.deepcopy(statement)
                stored["stored"] = _now()
                lrs._statements.append(stored)
                lrs._by_id[stored["id"]] = stored
        if self.command == "PUT":
            self._send(204)
        else:
            self._send(200, ids)

    def _statement_problem(self, statement: Any) -> str | None:
        if not isinstance(statement, dict):
            return "a statement must be an object"
        for key in ("id", "actor", "verb", "object", "timestamp"):
            if key not in statement:
                self.lrs.problems.append(f"a statement without '{key}': {json.dumps(statement)[:200]}")
                return f"statement without {key}"
        return None

    def _state(self, params: dict, body: bytes) -> None:
        lrs = self.lrs
        try:
            agent = json.loads(params.get("agent", ""))
        except ValueError:
            agent = None
        if not params.get("activityId") or agent_key(agent) is None:
            lrs.problems.append(f"state {self.command} without activityId or a valid agent: {params}")
            self._send(400, {"error": "activityId and agent are required"})
            return
        prefix = (params["activityId"], agent_key(agent), params.get("registration", ""))
        state_id = params.get("stateId")
        with lrs.lock:
            if self.command == "GET":
                if state_id is None:
                    self._send(200, sorted(k[3] for k in lrs.states if k[:3] == prefix))
                elif prefix + (state_id,) in lrs.states:
                    document, content_type = lrs.states[prefix + (state_id,)]
                    self._send(200, document, content_type)
                else:
                    self._send(404, {"error": "no such state"})
            elif self.command in ("PUT", "POST"):
                if state_id is None:
                    self._send(400, {"error": "stateId is required"})
                    return
                content_type = self.headers.get("Content-Type") or "application/octet-stream"
                key = prefix + (state_id,)
                if self.command == "POST" and key in lrs.states:
                    try:
                        merged = {**json.loads(lrs.states[key][0]), **json.loads(body)}
                    except (ValueError, TypeError):
                        self._send(400, {"error": "POST merges JSON objects only"})
                        return
                    body = json.dumps(merged).encode()
                lrs.states[key] = (body, content_type)
                self._send(204)
            elif self.command == "DELETE":
                for key in [k for k in lrs.states if k[:3] == prefix and (state_id is None or k[3] == state_id)]:
                    del lrs.states[key]
                self._send(204)
            else:
                self._send(405, {"error": "method not allowed"})


# --------------------------------------------------------------------------- launching


def xapi_launch_url(package_url: str, lrs: Lrs | None, *, actor: dict | None = None,
                    registration: str | None = None, activity_id: str | None = None,
                    launch: str = "index.html") -> str:
    """The TinCan launch URL an LMS would open (no LRS: no parameters at all)."""
    if lrs is None:
        return package_url + launch
    values = {"endpoint": lrs.endpoint, "auth": lrs.auth, "actor": json.dumps(actor or XAPI_ACTOR)}
    if registration:
        values["registration"] = registration
    if activity_id:
        values["activity_id"] = activity_id
    return f"{package_url}{launch}?{urlencode(values)}"


def cmi5_launch(lrs: Lrs, package_url: str, *, au_url: str = "index.html", au_id: str,
                activity_id: str | None = None, registration: str | None = None,
                actor: dict | None = None, launch_mode: str = "Normal",
                mastery_score: float | None = None, move_on: str = "CompletedAndPassed",
                return_url: str | None = None, actor_text: str | None = None) -> dict:
    """Do what a cmi5 LMS does before opening an AU — LMS.LaunchData in the State API, the
    "launched" statement, a one-time fetch URL — and return the launch: `url`, `session`,
    `activity_id`, `registration`, `actor`. `actor_text`: the actor exactly as written in
    the URL (to check that agents are matched by identifier, not by formatting)."""
    actor = actor or CMI5_ACTOR
    activity_id = activity_id or au_id
    registration = registration or str(uuid.uuid4())
    session = str(uuid.uuid4())
    return_url = lrs.return_url if return_url is None else return_url
    context_template = {
        "contextActivities": {"grouping": [{"objectType": "Activity", "id": au_id}]},
        "extensions": {SESSION_EXT: session},
    }
    launch_data: dict[str, Any] = {
        "contextTemplate": context_template, "launchMode": launch_mode, "moveOn": move_on,
        "launchParameters": "",
    }
    if mastery_score is not None:
        launch_data["masteryScore"] = mastery_score
    if return_url:
        launch_data["returnURL"] = return_url
    lrs.put_state(activity_id, actor, registration, "LMS.LaunchData", launch_data)
    fetch = lrs.fetch_url()
    url = f"{package_url}{au_url}?" + urlencode({
        "endpoint": lrs.endpoint, "fetch": fetch, "actor": actor_text or json.dumps(actor),
        "registration": registration, "activityId": activity_id,
    })
    context = copy.deepcopy(context_template)
    context["registration"] = registration
    context["contextActivities"]["category"] = [{"id": CMI5_CATEGORY}]
    context["extensions"].update({LAUNCHMODE_EXT: launch_mode, LAUNCHURL_EXT: url,
                                  MOVEON_EXT: move_on, LAUNCHPARAMS_EXT: ""})
    lrs.add_statement({
        "actor": actor, "verb": {"id": "http://adlnet.gov/expapi/verbs/launched", "display": {"en-US": "launched"}},
        "object": {"objectType": "Activity", "id": activity_id}, "context": context,
    })
    return {"url": url, "session": session, "activity_id": activity_id, "registration": registration,
            "actor": actor, "fetch": fetch}


# --------------------------------------------------------------------------- the learner


def sample_course(library_path, locale: str = "en", title: str = "Workplace Fire Safety"):
    """The sample course as resolved for export (titles, prompts, choices and answers)."""
    from authoring.export.resolve import find_course, resolve
    from authoring.model.library import Library

    library = Library.open(library_path)
    try:
        with library.transaction() as session:
            course, _problems = resolve(session, find_course(session, title).id, locale)
    finally:
        library.close()
    return course


def expected_percent(course, wrong: set[str] = frozenset()) -> int:
    """The score the player shows when every scored question but those in `wrong` is right."""
    earned = possible = 0.0
    for page in course.pages:
        for q in page.questions:
            if q.points > 0:
                possible += q.points
                earned += 0 if q.id in wrong else q.points
    return int(earned / possible * 100 + 0.5)


class Learner:
    """Drives the player the way a person does: by role and accessible name."""

    def __init__(self, page, course, pages=None) -> None:
        self.page = page
        self.course = course
        self.pages = list(course.pages if pages is None else pages)  # a lesson's, for one AU per lesson

    def main(self):
        return self.page.get_by_role("main")

    def title(self) -> str:
        return self.main().get_by_role("heading", level=1).inner_text(timeout=15000)

    def wait_for_page(self, title: str) -> None:
        from playwright.sync_api import expect

        expect(self.main().get_by_role("heading", level=1)).to_have_text(title, timeout=15000)

    def next(self) -> None:
        self.page.get_by_role("button", name="Next", exact=True).click()

    def answer(self, q, correct: bool = True) -> None:
        from playwright.sync_api import expect

        main = self.main()
        group = main.get_by_role("group", name=q.prompt)
        if q.type == "single":
            choice = next(c for c in q.choices if c.correct == correct)
            group.get_by_label(choice.text, exact=True).check()
        elif q.type == "multiple":
            picks = [c for c in q.choices if c.correct] if correct else [c for c in q.choices if not c.correct][:1]
            for choice in q.choices:  # a second attempt starts from the first one's boxes
                group.get_by_label(choice.text, exact=True).set_checked(choice in picks)
        elif q.type == "true_false":
            value = q.answer if correct else not q.answer
            group.get_by_label("True" if value else "False", exact=True).check()
        elif q.type == "fill_in":
            group.get_by_label("Your answer").fill(q.answers[0] if correct else "no idea")
        elif q.type == "matching":
            n = len(q.pairs)
            for i, pair in enumerate(q.pairs):
                target = pair.match if correct else q.pairs[(i + 1) % n].match
                group.get_by_label(pair.prompt, exact=True).select_option(label=target)
        else:
            order = [item.text for item in q.items]
            self._order(group, order if correct else order[::-1])
        form = main.locator("form").filter(has=self.page.get_by_role("group", name=q.prompt))
        form.get_by_role("button", name="Submit").click()
        expect(form.get_by_role("status")).not_to_be_empty()

    def _order(self, group, order: list[str]) -> None:
        for index, text in enumerate(order):
            for _ in range(len(order)):
                texts = group.locator(".cs-item-text").all_inner_texts()
                if texts.index(text) <= index:
                    break
                item = group.get_by_role("listitem").filter(has=self.page.get_by_text(text, exact=True))
                item.get_by_role("button", name="Move up").click()

    def do_pages(self, start: int = 0, stop: int | None = None, wrong: set[str] = frozenset()) -> None:
        """Pages start..stop-1 (all by default): check the title, answer, then Next (the
        last content page's Next opens the results page)."""
        stop = len(self.pages) if stop is None else stop
        for index in range(start, stop):
            page = self.pages[index]
            self.wait_for_page(page.title)
            for q in page.questions:
                self.answer(q, correct=q.id not in wrong)
            self.next()

    def results_percent(self) -> int:
        import re

        self.wait_for_page("Results")
        score = self.main().get_by_text(re.compile(r"score", re.I)).first.inner_text()
        return int(re.search(r"(\d+(?:\.\d+)?)\s*%", score).group(1))


# --------------------------------------------------------------------------- packages and tabs

_SAMPLES: dict[str, Any] = {}


def sample_package(tmp_path_factory, fmt: str, *, per_lesson: bool = False):
    """(unpacked package folder, library path) of the sample course exported as `fmt`;
    the sample library is written once per test session."""
    import os
    import zipfile

    from authoring.export.export import export_course
    from authoring.model.library import Library
    from authoring.model.sample import write_sample

    key = f"{fmt}-{per_lesson}"
    if key in _SAMPLES:
        return _SAMPLES[key]
    root = tmp_path_factory.getbasetemp() / "xapi-samples"
    root.mkdir(exist_ok=True)
    old_cache = os.environ.get("COURSESMITH_CACHE")
    os.environ["COURSESMITH_CACHE"] = str(root / "cache")  # never the user's image cache
    try:
        if "library" not in _SAMPLES:
            _SAMPLES["library"] = write_sample(root / "sample.cslib")
        library_path = _SAMPLES["library"]
        library = Library.open(library_path)
        try:
            out = root / f"{key}.zip"
            export_course(library, "Workplace Fire Safety", fmt, out, per_lesson=per_lesson)
        finally:
            library.close()
    finally:
        if old_cache is None:
            os.environ.pop("COURSESMITH_CACHE", None)
        else:
            os.environ["COURSESMITH_CACHE"] = old_cache
    folder = root / key
    with zipfile.ZipFile(out) as archive:
        archive.extractall(folder)
    _SAMPLES[key] = (folder, library_path)
    return _SAMPLES[key]


class Tab:
    """A browser context with one page, and what its console said."""

    def __init__(self, browser, *, context=None) -> None:
        self.own = context is None
        self.context = context or browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.set_default_timeout(15000)
        self.page = self.context.new_page()
        self.console: list[tuple[str, str]] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.console.append(("pageerror", str(e))))

    def open(self, url: str) -> "Tab":
        self.page.goto(url, wait_until="load")
        return self

    def errors(self, network: bool = True) -> list[str]:
        """console.error calls and uncaught exceptions; `network=False` leaves out the
        browser's own lines about failed requests ("Failed to load resource", CORS)."""
        found = [f"{kind}: {text}" for kind, text in self.console if kind in ("error", "pageerror")]
        if not network:
            found = [f for f in found if "Failed to load resource" not in f and "net::" not in f
                     and "CORS" not in f and "Failed to fetch" not in f]
        return found

    def warnings(self) -> list[str]:
        return [text for kind, text in self.console if kind == "warning"]

    def leave(self) -> None:
        """Navigate away, as a learner closing the course does (pagehide, unload)."""
        self.page.goto("about:blank")

    def close(self) -> None:
        if self.own:
            self.context.close()
