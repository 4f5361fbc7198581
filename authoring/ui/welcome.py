"""The first thing a designer sees, and Help: a welcome view where no page is open, a
short guide, and the keyboard shortcuts.

The welcome view stands in the page area while no page is chosen (a new library, or
the first start on the sample): it says what the window is for and offers the first
steps (the sample course, a new library, a Word document to start from, the libraries
opened lately), so nobody faces an empty grey pane wondering where to begin.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from authoring.ui import settings
from authoring.ui.qt import (
    QAction, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QKeySequence, QLabel, QPushButton,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget, Qt,
)


class WelcomePanel(QWidget):
    """Shown in the page area when no page is open."""

    def __init__(self, actions: dict[str, Callable[[], None]], open_recent: Callable[[str], None],
                 current: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self._open_recent, self._current = open_recent, current
        heading = QLabel(self.tr("Welcome to Coursesmith"), objectName="welcomeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "Choose a page in the outline to edit it, or start here. Build pages from blocks "
            "(text, pictures, callouts, questions); drag blocks from the library to reuse "
            "them; preview as a learner; export a package for any LMS."), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        self.buttons: dict[str, QPushButton] = {}
        labels = {"sample": self.tr("Open the sample course"), "new": self.tr("New library…"),
                  "word": self.tr("Start from a Word document…"), "guide": self.tr("Read the short guide")}
        grid = QGridLayout()  # two by two: the first steps fit a narrow page too
        for key, label in labels.items():
            if key in actions:
                button = QPushButton(label)
                button.clicked.connect(actions[key])
                grid.addWidget(button, len(self.buttons) // 2, len(self.buttons) % 2)
                self.buttons[key] = button
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.recent_title = QLabel(self.tr("Recent libraries"), objectName="welcomeRecentTitle")
        layout.addWidget(self.recent_title)
        self.recent = QVBoxLayout()
        layout.addLayout(self.recent)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """The libraries opened lately (not this one), newest first."""
        while self.recent.count():
            widget = self.recent.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        paths = [p for p in settings.recent_libraries() if Path(p) != self._current][:5]
        for path in paths:
            button = QPushButton(Path(path).stem, flat=True)
            button.setToolTip(path)
            button.setAccessibleName(self.tr("Open {name}").format(name=Path(path).stem))
            button.setStyleSheet("text-align: left")
            button.clicked.connect(lambda _=False, p=path: self._open_recent(p))
            self.recent.addWidget(button)
        self.recent_title.setVisible(bool(paths))


GUIDE = """
<h2>{title}</h2>
<p>{p1}</p>
<ol>
<li>{s1}</li>
<li>{s2}</li>
<li>{s3}</li>
<li>{s4}</li>
<li>{s5}</li>
<li>{s6}</li>
</ol>
<p>{p2}</p>
"""


class GuideDialog(QDialog):
    """Help › Getting started: the designer's day in six steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        text = QTextBrowser()
        text.setAccessibleName(self.tr("Getting started"))
        text.setOpenExternalLinks(True)
        text.setHtml(GUIDE.format(
            title=self.tr("Getting started with Coursesmith"),
            p1=self.tr("A library holds everything: courses, lessons, pages, and the blocks and "
                       "files pages are made of. A block can be used on many pages; change it "
                       "once and every page shows the change."),
            s1=self.tr("Outline (left): add a course, lessons and pages with + Course, + Lesson, "
                       "+ Page; drag pages to reorder them."),
            s2=self.tr("Page (centre): Insert adds text, a callout, a picture or video, or a "
                       "question. Everything is saved as you type; Edit › Undo goes back."),
            s3=self.tr("Library (left, below): search everything; drag a block onto a page to "
                       "reuse it; drop files from your desktop to import them."),
            s4=self.tr("Inspector (right): the selected object's properties, history (compare "
                       "and restore versions), where it is used, comments, review state."),
            s5=self.tr("File › Export…: a SCORM, xAPI, cmi5 or HTML package for your LMS; the "
                       "result dialog validates it."),
            s6=self.tr("Help › Keyboard shortcuts: everything works without a mouse; F6 moves "
                       "between the panes."),
            p2=self.tr("Your work is in the library file (.cslib): copy it to back it up or to "
                       "share it.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(620, 520)


# Keys that belong to widgets (not menu actions), as the shortcut list shows them.
def _editor_keys(widget: QWidget) -> list[tuple[str, str]]:
    return [
        ("F6 / Shift+F6", widget.tr("Move to the next / previous pane")),
        ("Ctrl+B, Ctrl+I, Ctrl+U", widget.tr("Bold, italic, underline")),
        ("Ctrl+K", widget.tr("Link")),
        ("Ctrl+Shift+N", widget.tr("New page in the outline")),
        ("F2", widget.tr("Rename in the outline")),
        ("Ctrl+D", widget.tr("Duplicate in the outline")),
        ("Ctrl+Up / Ctrl+Down", widget.tr("Move up / down in the outline")),
        ("Delete", widget.tr("Delete in the outline")),
    ]


class ShortcutsDialog(QDialog):
    """Help › Keyboard shortcuts: every menu command with a key, and the editors' keys."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = _editor_keys(self)
        for action in window.findChildren(QAction):
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys and action.text():
                rows.append((", ".join(keys), action.text().replace("&", "")))
        rows = sorted(set(rows), key=lambda row: row[1].lower())
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for number, (keys, does) in enumerate(rows):
            table.setItem(number, 0, QTableWidgetItem(keys))
            table.setItem(number, 1, QTableWidgetItem(does))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(560, 560)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
