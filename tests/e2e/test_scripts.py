"""Every script rendered right, offline: an Arabic and a Hindi export of the sample course,
opened from the disk in Chromium with the network switched off.

The translations are stored through the model API (tests/e2e/script_translations.py):
every title, the first page's text and callout; the rest of the course stays English, as
a partly translated course does. The learner's machine here has no Arabic or Devanagari
font but DejaVu (Debian's Chromium with only fonts-dejavu), so letters that render at all
render with the font the package carries; Chromium itself says which font drew the text.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from authoring import resources

from .axe import axe_violations, describe
from .harness import unpack
from .script_translations import TITLES, translate_sample

pytestmark = pytest.mark.e2e

COURSE_TITLE = "Workplace Fire Safety"
FAMILY = "Coursesmith Noto"
FONT_OF = {"ar": "Noto Sans Arabic", "hi": "Noto Sans Devanagari"}
DIRECTION = {"ar": "rtl", "hi": "ltr"}


def strings(locale: str) -> dict[str, str]:
    return json.loads(resources.path("player", "strings", f"{locale}.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """locale -> the html package of the sample course in that locale (one library)."""
    from authoring.export.export import export_course
    from authoring.model.library import Library
    from authoring.model.sample import write_sample

    root = tmp_path_factory.mktemp("scripts")
    library_path = write_sample(root / "sample.cslib")
    packages = {}
    for locale in ("ar", "hi"):
        translate_sample(library_path, locale, COURSE_TITLE)
    library = Library.open(library_path)
    try:
        with pytest.MonkeyPatch.context() as patch:  # never the user's image cache
            patch.setenv("COURSESMITH_CACHE", str(root / "cache"))
            for locale in ("ar", "hi", "en"):
                target = root / f"{locale}.zip"
                export_course(library, COURSE_TITLE, "html", target, locale=locale)
                packages[locale] = target
    finally:
        library.close()
    return packages


class OfflinePage:
    """The package unpacked and opened from file:// in a context with no network; every
    request the page makes is kept."""

    def __init__(self, browser, package: Path, folder: Path, viewport: dict | None = None) -> None:
        self.folder = unpack(package, folder)
        self.context = browser.new_context(offline=True, viewport=viewport or {"width": 1280, "height": 800})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto((self.folder / "index.html").as_uri())
        self.page.evaluate("document.fonts.ready.then(() => true)")

    def foreign_requests(self) -> list[str]:
        own = self.folder.as_uri()
        return [u for u in self.requests if not u.startswith((own, "data:", "about:"))]

    def faces(self) -> list[dict]:
        """The package's font faces as the document knows them (family, weight, status)."""
        return self.page.evaluate(
            """async () => { await document.fonts.ready;
                return [...document.fonts].map(f => ({family: f.family.replace(/"/g, ''),
                                                      weight: f.weight, status: f.status})); }""")

    def fonts_drawing(self, selector: str) -> list[dict]:
        """The fonts Chromium drew the element's text with (DevTools' "Rendered Fonts")."""
        cdp = self.context.new_cdp_session(self.page)
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        cdp.detach()
        return fonts

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_offline(browser, tmp_path):
    opened: list[OfflinePage] = []

    def start(package: Path, viewport: dict | None = None) -> OfflinePage:
        page = OfflinePage(browser, package, tmp_path / f"package{len(opened)}", viewport)
        opened.append(page)
        return page

    yield start
    for page in opened:
        page.close()


@pytest.mark.parametrize("locale", ["ar", "hi"])
def test_the_package_speaks_its_language_in_its_direction(exports, open_offline, locale):
    learner = open_offline(exports[locale])
    page, s = learner.page, strings(locale)
    root = page.locator("html")
    assert (root.get_attribute("lang"), root.get_attribute("dir")) == (locale, DIRECTION[locale])
    assert page.get_by_role("heading", level=1).inner_text() == TITLES[locale]["Why fire safety matters"]
    assert page.get_by_role("button", name=s["next"], exact=True).count() == 1
    assert page.get_by_role("navigation", name=s["contents"]).count() == 1
    if locale == "ar":  # mirrored: the menu on the right, Next at the left end of the pager
        menu, main = page.locator("#cs-nav").bounding_box(), page.locator("#main").bounding_box()
        assert menu["x"] > main["x"]
        previous = page.get_by_role("button", name=s["previous"], exact=True).bounding_box()
        following = page.get_by_role("button", name=s["next"], exact=True).bounding_box()
        assert following["x"] < previous["x"]
    assert learner.errors == [] and learner.foreign_requests() == []
    # (axe reads the stylesheets with XMLHttpRequest, which file:// refuses: errors after
    # this point are axe's, not the player's)
    violations = axe_violations(page)
    assert violations == [], describe(violations)


@pytest.mark.parametrize("locale", ["ar", "hi"])
def test_untranslated_text_keeps_its_own_direction_and_language(exports, open_offline, locale):
    """Page 2 has a translated title and an English text block (no translation yet): the
    block says it is English, left to right, and axe still finds nothing."""
    learner = open_offline(exports[locale])
    page = learner.page
    page.get_by_role("button", name=strings(locale)["next"], exact=True).click()
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == TITLES[locale]["The fire triangle"]
    assert heading.get_attribute("dir") is None  # runs the page's way: nothing to say
    english = page.locator("main .cs-text").first
    assert english.inner_text().startswith("A fire needs three things")
    if locale == "ar":  # the other way from the page: its own direction and language
        assert (english.get_attribute("dir"), english.get_attribute("lang")) == ("ltr", "en")
    else:  # Hindi and English both run left to right: the block inherits the page's
        assert english.get_attribute("dir") is None
    assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
    violations = axe_violations(page)
    assert violations == [], describe(violations)


@pytest.mark.parametrize("locale", ["ar", "hi"])
def test_the_text_renders_with_the_font_the_package_carries(exports, open_offline, locale):
    learner = open_offline(exports[locale])
    faces = [f for f in learner.faces() if f["family"] == FAMILY]
    assert {f["weight"] for f in faces} == {"400", "700"}
    assert {f["status"] for f in faces} == {"loaded"}, faces
    for selector in ("main h1", "main .cs-text p", ".cs-menu-page"):
        drawn = learner.fonts_drawing(selector)
        ours = [f for f in drawn if f["familyName"] == FONT_OF[locale]]
        assert ours and ours[0]["isCustomFont"], (selector, drawn)
    assert learner.foreign_requests() == []
    assert any(u.endswith(".woff2") for u in learner.requests)


def test_the_package_carries_only_the_fonts_its_scripts_need(exports):
    def names(locale: str) -> set[str]:
        with zipfile.ZipFile(exports[locale]) as archive:
            return {n for n in archive.namelist() if n.startswith("player/fonts/")}

    assert names("ar") == {"player/fonts/NotoSansArabic-Regular.woff2", "player/fonts/NotoSansArabic-Bold.woff2",
                           "player/fonts/OFL.txt", "player/fonts/fonts.css"}
    assert names("hi") == {"player/fonts/NotoSansDevanagari-Regular.woff2",
                           "player/fonts/NotoSansDevanagari-Bold.woff2", "player/fonts/OFL.txt",
                           "player/fonts/fonts.css"}
    assert names("en") == set()
    with zipfile.ZipFile(exports["en"]) as archive:
        assert "fonts.css" not in archive.read("index.html").decode("utf-8")


@pytest.mark.parametrize("locale", ["ar", "hi"])
def test_screenshot(exports, open_offline, tmp_path, locale):
    """The first page, kept for a person to look at (COURSESMITH_SCREENSHOTS=docs copies it
    to docs/player-arabic.png and docs/player-hindi.png)."""
    learner = open_offline(exports[locale], viewport={"width": 1100, "height": 760})
    name = {"ar": "player-arabic.png", "hi": "player-hindi.png"}[locale]
    path = tmp_path / name
    learner.page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
    keep = os.environ.get("COURSESMITH_SCREENSHOTS")
    if keep:
        shutil.copy2(path, Path(keep) / name)
