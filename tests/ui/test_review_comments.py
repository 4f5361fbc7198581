"""Reviewers' comments in the app: File › Import review comments…, the Comments panel, the
browser's "open review comments" filter."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from authoring.model import identity, objects, versions
from authoring.model.library import Library
from authoring.ui import settings
from authoring.ui.browser_model import IdRole
from authoring.ui.main_window import QtMainWindow
from authoring.ui.qt import QPoint


def reviewed_library(tmp_path: Path) -> tuple[Path, dict[str, str], Path]:
    """A library with a course whose text block was changed after the review build, and
    the review file of that build."""
    path = tmp_path / "Fire Safety.cslib"
    with Library.create(path, "en") as library, library.transaction() as session:
        block = objects.create(session, "text", "Intro", {"html": "<p>Fire needs heat.</p>"})
        page = objects.create(session, "page", "The fire triangle", children=[block.id])
        lesson = objects.create(session, "lesson", "Understanding fire", children=[page.id])
        course = objects.create(session, "course", "Fire Safety", children=[lesson.id])
        for obj in (block, page, lesson, course):
            versions.record(session, obj.id)
        objects.update(session, block.id, data={"html": "<p>Fire needs heat, fuel and oxygen.</p>"})
        versions.record(session, block.id)
        ids = {"block": block.id, "page": page.id, "course": course.id}
        library_id = identity.library_id(session)
    folder = tmp_path / "inbox"
    folder.mkdir()
    review = folder / "Fire-Safety-review-Ada.csreview"
    review.write_text(json.dumps({
        "format": "coursesmith-review", "version": 1, "library": library_id, "build": str(uuid.uuid4()),
        "course": ids["course"], "locale": "en", "reviewer": "Dr. Ada", "verdict": "changes",
        "comments": [{"id": str(uuid.uuid4()), "object": ids["block"], "version": 1, "hash": "00ff",
                      "quote": "heat", "text": "Name all three sides.", "created": "2026-12-03T08:00:00Z"}],
    }), "utf-8")
    return path, ids, review


def test_import_review_comments_then_resolve_from_the_comments_panel(qtbot, gestures, tmp_path) -> None:
    path, ids, review = reviewed_library(tmp_path)
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.show()
    settings.set_import_folder([str(review)])

    gestures.choose_files([review.name])
    gestures.menu(window, "File", "Import review comments…")
    qtbot.waitUntil(lambda: "Imported 1 review comment" in window.statusBar().currentMessage(), timeout=15000)

    browser = window.browser
    gestures.click(browser.open_review, QPoint(8, browser.open_review.height() // 2))
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=5000)
    assert browser.model.index(0, 0).data(IdRole) == ids["block"]

    view = browser.view
    gestures.click(view.viewport(), view.visualRect(browser.model.index(0, 0)).center())
    tabs = window.inspector.tabs
    comments_tab = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Comments")
    gestures.click(tabs.tabBar(), tabs.tabBar().tabRect(comments_tab).center())
    panel = window.inspector.comments
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=5000)
    text = panel.tree.topLevelItem(0).text(0)
    assert text.startswith("Dr. Ada · ") and "v1 · from a review build · outdated: text changed since" in text
    assert "“heat”\nName all three sides." in text

    tree = panel.tree
    gestures.click(tree.viewport(), tree.visualItemRect(tree.topLevelItem(0)).center())
    assert panel.resolve_button.text() == "Resolve"
    gestures.click(panel.resolve_button)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 0, timeout=5000)  # no open review comment left
    assert "resolved" in panel.tree.topLevelItem(0).text(0)


def test_export_dialog_writes_a_review_build_as_one_html_file(qtbot, gestures, tmp_path) -> None:
    from authoring.ui.export_dialog import ExportDialog
    from authoring.ui.qt import Qt

    path, _, _ = reviewed_library(tmp_path)
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.show()
    dialog = ExportDialog(window.library, window)
    dialog.show()
    dialog.output.setText(str(tmp_path / "Fire Safety.zip"))
    gestures.click(dialog.format)
    gestures.key(dialog.format.view(), Qt.Key.Key_End)
    gestures.key(dialog.format.view(), Qt.Key.Key_Up)  # the Word document is last
    gestures.key(dialog.format.view(), Qt.Key.Key_Return)
    assert dialog.format.currentText() == "Review build (one HTML file)"
    assert dialog.output.text() == str(tmp_path / "Fire Safety.html")
    gestures.click(dialog.export_button)
    target = tmp_path / "Fire Safety.html"
    qtbot.waitUntil(target.exists, timeout=30000)
    qtbot.waitUntil(lambda: getattr(dialog, "result_dialog", None) is not None, timeout=30000)
    dialog.result_dialog.close()
    assert 'id="cs-review"' in target.read_text("utf-8")


def test_a_block_with_open_review_comments_shows_a_badge_in_the_page_editor(qtbot, tmp_path) -> None:
    from authoring.model.review_import import import_review_file

    path, ids, review = reviewed_library(tmp_path)
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    window.show()
    window.page_editor.show_page(ids["page"])
    header = window.page_editor._editors[0].header
    assert not header.reviews.isVisible()
    import_review_file(window.library, review)  # as the command line would, while the app is open
    qtbot.waitUntil(header.reviews.isVisible, timeout=5000)
    assert header.reviews.text() == "1 review comment"
