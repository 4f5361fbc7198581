"""The formatting toolbar of the page editor, and its little dialogs (link, table)."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Callable, ContextManager

from authoring.ui.page_editor.richtext import RichTextEdit
from authoring.ui.qt import (
    QAction, QCheckBox, QDialog, QDialogButtonBox, QFont, QFormLayout, QInputDialog, QSpinBox,
    QKeySequence, QTextCharFormat, QTextListFormat, QToolBar, QToolButton, QWidget, Qt,
)


class FormatToolbar(QToolBar):
    """One formatting toolbar for the page; it acts on the rich text field last focused."""

    def __init__(self, pick_image: Callable[[QWidget], "tuple[str, str] | None"],
                 dialog: Callable[[], ContextManager] = nullcontext,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Formatting"), parent)
        self._pick_image = pick_image
        self._dialog = dialog  # while our dialogs are up, the text has not lost its focus
        self.target: RichTextEdit | None = None
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bold = self._action(self.tr("B"), self.tr("Bold"), lambda e: e.toggle_bold(), True, "Ctrl+B")
        self.italic = self._action(self.tr("I"), self.tr("Italic"), lambda e: e.toggle_italic(), True, "Ctrl+I")
        self.underline = self._action(self.tr("U"), self.tr("Underline"),
                                      lambda e: e.toggle_underline(), True, "Ctrl+U")
        _style(self.bold, bold=True)
        _style(self.italic, italic=True)
        _style(self.underline, underline=True)
        self.addSeparator()
        self.h2 = self._action(self.tr("H2"), self.tr("Heading 2"), lambda e: self._heading(e, 2), True)
        self.h3 = self._action(self.tr("H3"), self.tr("Heading 3"), lambda e: self._heading(e, 3), True)
        self.addSeparator()
        self.bullets = self._action(self.tr("• List"), self.tr("Bulleted list"),
                                    lambda e: e.toggle_list(QTextListFormat.Style.ListDisc), True)
        self.numbers = self._action(self.tr("1. List"), self.tr("Numbered list"),
                                    lambda e: e.toggle_list(QTextListFormat.Style.ListDecimal), True)
        self.addSeparator()
        self.link = self._action(self.tr("Link…"), self.tr("Link"), self.ask_link, shortcut="Ctrl+K")
        self.table = self._action(self.tr("Table…"), self.tr("Insert a table"), self.ask_table)
        self.image = self._action(self.tr("Image…"), self.tr("Insert an image from the library"),
                                  self.ask_image)
        self.set_target(None)
        more = self.findChild(QToolButton, "qt_toolbar_ext_button")  # ">>" when the window is narrow
        if more is not None:
            more.setAccessibleName(self.tr("More formatting"))

    def _action(self, text: str, name: str, apply, checkable: bool = False,
                shortcut: str = "") -> QAction:
        """A button showing TEXT (a glyph such as "B" is fine to see) that a screen reader
        and the tooltip call NAME, with its shortcut in the tooltip."""
        action = self.addAction(text)
        hint = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{name} ({hint})" if shortcut else name)
        action.setCheckable(checkable)
        action.triggered.connect(lambda *_: self._apply(apply))
        button = self.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text keeps the cursor
            button.setAccessibleName(name)
        return action

    def _apply(self, apply) -> None:
        editor = self.target
        if editor is None:
            return
        with self._dialog():
            apply(editor)
        editor.setFocus()
        self.set_target(editor)

    def set_target(self, editor: RichTextEdit | None) -> None:
        if self.target is not None:
            try:
                self.target.cursorPositionChanged.disconnect(self.refresh)
                self.target.currentCharFormatChanged.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass  # already gone with its block
        self.target = editor
        if editor is not None:
            editor.cursorPositionChanged.connect(self.refresh)
            editor.currentCharFormatChanged.connect(self.refresh)
        for action in self.actions():
            action.setEnabled(editor is not None)
        self.refresh()

    def refresh(self, *_args) -> None:
        editor = self.target
        fmt = editor.currentCharFormat() if editor else QTextCharFormat()
        level = editor.heading_level() if editor else 0
        style = editor.list_style() if editor else None
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold and not level)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline() and not fmt.isAnchor())
        self.h2.setChecked(level == 2)
        self.h3.setChecked(level == 3)
        self.bullets.setChecked(style == QTextListFormat.Style.ListDisc)
        self.numbers.setChecked(style == QTextListFormat.Style.ListDecimal)

    def _heading(self, editor: RichTextEdit, level: int) -> None:
        editor.set_heading(0 if editor.heading_level() == level else level)

    def format(self, editor: RichTextEdit, name: str) -> None:
        """Keyboard shortcuts of a field arrive here, so they behave like the buttons."""
        self.set_target(editor)
        getattr(self, name).trigger()

    def ask_link(self, editor: RichTextEdit) -> None:
        href = ask_link_address(editor, editor.current_link())
        if href is not None:
            editor.set_link(href)

    def ask_table(self, editor: RichTextEdit) -> None:
        size = TableSizeDialog.ask(editor)
        if size:
            editor.insert_table(*size)

    def ask_image(self, editor: RichTextEdit) -> None:
        picked = self._pick_image(editor)
        if picked:
            editor.insert_image(*picked)


def ask_link_address(parent: QWidget, current: str) -> str | None:
    """The address to link to ("" removes the link), or None when cancelled."""
    href, ok = QInputDialog.getText(
        parent, parent.tr("Link"),
        parent.tr("Address (https://…, mailto:…); leave empty to remove the link:"),
        text=current or "https://",
    )
    if not ok:
        return None
    href = href.strip()
    return "" if href in ("", "https://") else href


def _style(action: QAction, *, bold=False, italic=False, underline=False) -> None:
    font = QFont(action.font())
    font.setBold(bold)
    font.setItalic(italic)
    font.setUnderline(underline)
    action.setFont(font)


class TableSizeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert table"))
        layout = QFormLayout(self)
        self.rows = QSpinBox(minimum=1, maximum=50, value=3)
        self.columns = QSpinBox(minimum=1, maximum=12, value=2)
        self.header = QCheckBox(self.tr("The first row holds column headings"), checked=True)
        layout.addRow(self.tr("Rows:"), self.rows)
        layout.addRow(self.tr("Columns:"), self.columns)
        layout.addRow(self.header)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget) -> tuple[int, int, bool] | None:
        dialog = cls(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.rows.value(), dialog.columns.value(), dialog.header.isChecked()
        return None
