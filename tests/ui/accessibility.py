"""What a screen reader hears from the window: every control that takes input must have
a name of at least one real word, through Qt's accessibility interface (the same
interface AT-SPI reads on Linux)."""

from __future__ import annotations

import re

from authoring.ui.qt import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QAccessible, QApplication,
    QComboBox, QLineEdit, QPlainTextEdit, QTabBar, QTextEdit, QWidget,
)

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTextEdit, QTabBar)
REAL_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters in a row, in any script


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface else ""


def describe(widget: QWidget) -> str:
    parents = []
    walk = widget.parentWidget()
    while walk is not None and len(parents) < 3:
        parents.append(type(walk).__name__ + (f"#{walk.objectName()}" if walk.objectName() else ""))
        walk = walk.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} in {' < '.join(parents)}"


def unnamed_controls(root: QWidget) -> list[str]:
    """Each visible interactive control under ROOT (and in its floating docks) whose
    accessible name is empty or has no real word (a glyph such as "B" or "•")."""
    found = []
    for widget in QApplication.allWidgets():
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if widget.window() is not root and not root.isAncestorOf(widget):
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo box or spin box speaks through it
        name = accessible_name(widget)
        if not REAL_WORD.search(name.replace("&", "")):
            found.append(f"{describe(widget)}: {name!r}")
    return sorted(set(found))
