"""Fixtures for the end-to-end tests: Debian Chromium driven by Playwright, a web server per
launch, and a test LMS (scorm-again from npm) that runs SCORM packages as an LMS does.

    def test_something(lms):
        session = lms.launch(package_zip, standard="scorm12")
        session.frame.get_by_role("button", name="Next").click()
        assert session.value("cmi.core.lesson_status") == "incomplete"
        session.unload()
        assert not session.api_errors() and not session.console_errors()

scripts/test.sh installs Chromium and the npm packages (scripts/setup.sh: node_tools), so
in CI these tests run; elsewhere they skip with the reason.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .harness import CHROMIUM, CHROMIUM_ARGS, SCORM_AGAIN_JS, Lms, StaticServer


def _missing_browser_tools() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (scripts/test.sh installs Debian chromium)"
    if not SCORM_AGAIN_JS.exists():
        return f"{SCORM_AGAIN_JS} is missing (run `npm ci` at the repo root, or scripts/test.sh)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is missing (pip install -e .[test])"
    return None


def missing_node_tools(package: Path) -> str | None:
    if shutil.which("node") is None:
        return "node is missing (scripts/test.sh installs it)"
    if not package.exists():
        return f"{package} is missing (run `npm ci` at the repo root, or scripts/test.sh)"
    return None


@pytest.fixture(scope="session")
def browser():
    """Debian Chromium, headless, started once per test session (never `playwright install`)."""
    reason = _missing_browser_tools()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def serve():
    """serve(directory) -> base_url ("http://127.0.0.1:PORT/"): a threaded web server for a
    folder, stopped when the test ends."""
    servers: list[StaticServer] = []

    def start(directory: str | Path) -> str:
        server = StaticServer(Path(directory))
        servers.append(server)
        return server.base_url

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def lms(browser, tmp_path, serve):
    """The test LMS: `lms.launch(package, standard="scorm12"|"scorm2004",
    sco_href="index.html", cmi=None, settings=None) -> LmsSession` (see harness.py)."""
    test_lms = Lms(browser, tmp_path / "lms", serve)
    yield test_lms
    test_lms.close()


@pytest.fixture
def page(browser):
    """A bare page (own context) for tests that need no LMS."""
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


# ----------------------------------------------------------------- xAPI and cmi5 runs


@pytest.fixture
def lrs():
    """A loopback LRS (tests/e2e/lrs.py) for one test."""
    from .lrs import Lrs

    server = Lrs()
    yield server
    server.stop()


@pytest.fixture
def site(package, serve):
    """The test module's exported package (its `package` fixture), served on loopback."""
    return serve(package[0])


@pytest.fixture
def tabs(browser):
    """Opens browser tabs (`lrs.Tab`) on demand and closes them after the test."""
    from .lrs import Tab

    opened = []

    def open_tab(url: str | None = None, context=None):
        tab = Tab(browser, context=context)
        opened.append(tab)
        return tab.open(url) if url else tab

    yield open_tab
    for tab in opened:
        tab.close()
