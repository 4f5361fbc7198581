"""Finds user-visible strings in authoring/ui that do not go through Qt's translation.

A literal (or f-string) handed straight to a call that puts text on screen (a label, a
button, a menu, a title, a tooltip, a message box) never reaches a translator: lupdate
only sees strings inside `tr()` / `QCoreApplication.translate()`. Reading the source with
`ast` finds them without running the UI.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Calls whose string arguments a person reads on screen.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "addAction", "addMenu", "setTitle", "setLabelText", "setAccessibleName",
    "setAccessibleDescription", "showMessage", "information", "warning", "critical",
    "question", "setHeaderLabels", "addTab", "setTabText", "setItemText", "addRow",
    "setInformativeText", "setDetailedText", "setButtonText", "setSpecialValueText",
    "setSuffix", "setPrefix", "getText", "getItem", "getOpenFileName", "getOpenFileNames",
    "getSaveFileName", "getExistingDirectory", "setWindowIconText", "setPlainText",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox",
    "QToolButton", "QDockWidget", "QMessageBox", "QCommandLinkButton",
}
# Where a string is data, not prose (a URL, a shortcut, a MIME type).
NOT_PROSE = re.compile(r"^(|[\W\d_]*|[a-z][\w.+-]*/[\w.+-]+|https?://\S+|Ctrl\+.*|&?[A-Z]\w*\+\w.*)$")
NOT_TEXT_KEYWORDS = {"objectName", "shortcut", "icon"}
# Words that stay as they are in every language (names of products and standards).
UNTRANSLATABLE = {"Coursesmith", "SCORM 1.2", "SCORM 2004", "xAPI", "cmi5", "HTML", "XLIFF 1.2", "XLIFF 2.0"}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r}) is not translatable"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal_text(node: ast.expr) -> str | None:
    """The visible text of a bare literal or f-string argument, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value for part in node.values
                       if isinstance(part, ast.Constant) and isinstance(part.value, str))
    return None


def _is_prose(text: str) -> bool:
    stripped = text.replace("&", "").strip()
    if stripped in UNTRANSLATABLE or NOT_PROSE.match(stripped):
        return False
    return bool(re.search(r"[A-Za-z]{2,}", stripped))


def findings_in(path: Path) -> list[Finding]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in TEXT_CALLS:
            continue
        visible = [keyword.value for keyword in node.keywords if keyword.arg not in NOT_TEXT_KEYWORDS]
        for argument in [*node.args, *visible]:
            text = _literal_text(argument)
            if text is not None and _is_prose(text):
                out.append(Finding(path, argument.lineno, _name(node.func), text))
    return out


def findings(root: Path) -> list[Finding]:
    return [finding for path in sorted(root.rglob("*.py")) for finding in findings_in(path)]


if __name__ == "__main__":
    import sys

    for finding in findings(Path(sys.argv[1] if len(sys.argv) > 1 else "authoring/ui")):
        print(finding)
