"""Translation coverage as the library browser and the outline show it, read off the
window's thread and kept until a change concerns it.

`CoverageCache` holds each course's figures (`model/translation/coverage.py`) once a view
asked for them; it reads them on a reader thread (a 300-page course in every locale is a
few tenths of a second: never on the window's thread), and reads again only the courses a
change event touches, a moment after the last change (typing a title is many commits).
`CoverageDelegate` draws the figures at the right of a row and opens the Translation view
when they are double-clicked. The words (`compact`, `details`) live here so both views and
their tooltips say the same thing.
"""

from __future__ import annotations

from authoring.model.errors import CoursesmithError
from authoring.model.events import Changes
from authoring.model.library import Library
from authoring.model.translation.coverage import CourseCoverage, Counts, course_coverage
from authoring.ui.library_events import QtLibraryEvents
from authoring.ui.operations import Context, Operation
from authoring.ui.qt import (
    QApplication, QColor, QCoreApplication, QEvent, QObject, QPalette, QRect, QStyle,
    QStyledItemDelegate, QStyleOptionViewItem, Qt, QTimer, Signal,
)

SETTLE_MS = 250  # after the last change, before the figures are read again
# Item data roles the views answer: [(locale, text)] drawn at the row's right, and the
# unit to open a locale on ({locale: (course id, unit id)}) when they are double-clicked.
SegmentsRole = Qt.ItemDataRole.UserRole + 20
TranslateRole = Qt.ItemDataRole.UserRole + 21
SEPARATOR = " · "


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """pyside6-lupdate files a bare `tr()` under the empty context: look it up there."""
    return QCoreApplication.translate("", text, disambiguation, n)


class CoverageCache(QObject):
    """Each course's coverage, read once asked for and again when a change concerns it."""

    updated = Signal(str)  # a course whose figures were (re)read
    locales_changed = Signal()  # a locale was added to the library

    def __init__(self, library: Library, events: QtLibraryEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._known: dict[str, CourseCoverage | None] = {}  # None: it could not be read
        self._wanted: set[str] = set()  # asked for and not read since the last change
        self._reading: Operation | None = None
        under_way = self._under_way = []  # the read under way, abandoned with the cache
        self.destroyed.connect(lambda *_: [operation.abandon() for operation in under_way])
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._read)
        events.changed.connect(self._on_change)

    def get(self, course_id: str) -> CourseCoverage | None:
        """What is known (perhaps from before the last change: it is being read again);
        None the first time, and the figures follow with `updated`."""
        if course_id not in self._known and course_id not in self._wanted:
            self._wanted.add(course_id)
            self._timer.start(0)
        return self._known.get(course_id)

    def _on_change(self, changes: Changes) -> None:
        if changes.locales:
            self.locales_changed.emit()
        touched = changes.touched
        stale = {cid for cid, known in self._known.items()
                 if changes.locales or (cid in touched if known is None else known.concerns(touched))}
        for course_id in changes.deleted & stale:
            self._known.pop(course_id, None)
        if stale:
            self._wanted |= stale - changes.deleted
            self._timer.start(SETTLE_MS)

    def _read(self) -> None:
        if self._reading is not None or not self._wanted:
            return  # when the read under way ends, it starts the next one
        wanted, self._wanted = set(self._wanted), set()
        library = self.library

        def action(session) -> dict[str, CourseCoverage | None]:
            return {cid: _read_one(session, cid) for cid in sorted(wanted)}

        operation = Operation(Context(library), tr("Reading translation coverage"),
                              action=action, background=True, writes=False, progress=False)
        operation.success(self._read_done).failure(lambda error: None)
        operation.finished.connect(self._next)
        self._reading = operation
        self._under_way[:] = [operation]
        operation.run()

    def _read_done(self, found: dict[str, CourseCoverage | None]) -> None:
        for course_id, coverage in found.items():
            self._known[course_id] = coverage  # None: not asked for again until a change
            self.updated.emit(course_id)

    def _next(self) -> None:
        self._reading = None
        self._under_way.clear()
        if self._wanted:
            self._timer.start(0)


def _read_one(session, course_id: str) -> CourseCoverage | None:
    try:
        return course_coverage(session, course_id)
    except CoursesmithError:  # trashed or deleted since it was asked for
        return None


# ---------------------------------------------------------------------------- words


def percent(counts: Counts) -> str:
    return tr("{percent}%").format(percent=counts.percent)


def locale_text(locale: str, counts: Counts) -> str:
    """`de 92%`, `fr 40% (3 outdated)`: one locale of a course, as a row shows it."""
    text = f"{locale} {percent(counts)}"
    if counts.outdated:
        text += " (" + tr("%n outdated", "", counts.outdated) + ")"
    return text


def part_text(counts: Counts) -> str:
    """A lesson or a page in the outline: done, or what is left."""
    if counts.complete:
        return "✓"
    left = []
    if counts.missing:
        left.append(tr("%n missing", "", counts.missing))
    if counts.outdated:
        left.append(tr("%n outdated", "", counts.outdated))
    return SEPARATOR.join(left)


def details(locale: str, counts: Counts) -> str:
    """One locale in full, for a tooltip and an accessible description."""
    return tr("{locale}: {percent} done — {current} current, {outdated} outdated, "
              "{missing} missing of {total} strings").format(
        locale=locale, percent=percent(counts), current=counts.current,
        outdated=counts.outdated, missing=counts.missing, total=counts.total)


def course_segments(coverage: CourseCoverage | None) -> list[tuple[str, str]]:
    if coverage is None:
        return []
    return [(code, locale_text(code, found.course)) for code, found in coverage.locales.items()]


def course_details(coverage: CourseCoverage | None) -> str:
    """Every locale of a course, a line each ('' while not read, or with no locale)."""
    if coverage is None or not coverage.locales:
        return ""
    return tr("Translation coverage:") + "\n" + "\n".join(
        details(code, found.course) for code, found in coverage.locales.items())


# ---------------------------------------------------------------------------- drawing


class CoverageDelegate(QStyledItemDelegate):
    """Draws a row's coverage segments at its right (the title elided to make room) and
    turns a double-click on one into `translate(index, locale)`."""

    translate = Signal(object, str)  # (QModelIndex, locale)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drawn: dict[tuple, list[tuple[str, QRect]]] = {}

    def paint(self, painter, option, index) -> None:
        segments = index.data(SegmentsRole) or []
        if not segments or option.decorationPosition == QStyleOptionViewItem.Position.Top:
            super().paint(painter, option, index)  # nothing to show, or the browser's grid
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        places = self._places(opt, text_rect, segments)
        self._drawn[_key(index)] = [(locale, QRect(rect)) for locale, rect, _ in places]
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        if not places:
            room = text_rect.width()
        elif rtl:
            room = max(0, text_rect.right() - places[0][1].right() - 8)
        else:
            room = max(0, places[0][1].left() - text_rect.left() - 8)
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        for number, (locale, rect, text) in enumerate(places):
            painter.setPen(self._color(opt, selected, text))
            if number:
                gap = opt.fontMetrics.horizontalAdvance(SEPARATOR)
                between = QRect(rect.right() + 1, rect.top(), gap, rect.height()) if rtl \
                    else QRect(rect.left() - gap, rect.top(), gap, rect.height())
                painter.drawText(between, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, SEPARATOR)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    @staticmethod
    def _color(opt, selected: bool, text: str) -> QColor:
        if selected:
            return opt.palette.color(QPalette.ColorRole.HighlightedText)
        if text.endswith("100%") or text == "✓":
            return QColor("#2e7d32")  # done: green, readable on light and dark bases
        return opt.palette.color(QPalette.ColorRole.PlaceholderText)

    @staticmethod
    def _places(opt, text_rect: QRect, segments) -> list[tuple[str, QRect, str]]:
        """Where each segment is drawn, at the end of the text's rectangle (its right, or
        its left in a right-to-left window, mirrored); the segments furthest from that
        end give way when the row is too narrow for all."""
        metrics = opt.fontMetrics
        gap = metrics.horizontalAdvance(SEPARATOR)
        right, places = text_rect.right() - 4, []
        for locale, text in reversed(segments):
            width = metrics.horizontalAdvance(text)
            left = right - width
            if left < text_rect.left() + text_rect.width() // 3:
                break  # the title keeps two thirds of the row at least
            places.insert(0, (locale, QRect(left, text_rect.top(), width + 1, text_rect.height()), text))
            right = left - gap
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            mirror = text_rect.left() + text_rect.right()
            places = [(locale, QRect(mirror - rect.right(), rect.top(), rect.width(), rect.height()), text)
                      for locale, rect, text in places]
        return places

    def editorEvent(self, event, model, option, index) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton:
            locale = self.locale_at(option, index, event.position().toPoint())
            if locale:
                self.translate.emit(index, locale)
                return True  # not the row's own double-click (open, rename)
        return super().editorEvent(event, model, option, index)

    def locale_at(self, option, index, point) -> str:
        """The locale whose figures are under `point` ('' for none)."""
        segments = index.data(SegmentsRole) or []
        if not segments or option.decorationPosition == QStyleOptionViewItem.Position.Top:
            return ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        for locale, rect, _text in self._places(opt, text_rect, segments):
            if rect.adjusted(-4, -4, 4, 4).contains(point):
                return locale
        return ""

    def segment_rect(self, index, locale: str) -> QRect:
        """Where a locale's figures were last drawn for `index`, in the view's viewport
        (what a person sees and clicks; empty if not drawn)."""
        for found, rect in self._drawn.get(_key(index), ()):
            if found == locale:
                return QRect(rect)
        return QRect()


def _key(index) -> tuple:
    return (index.row(), index.internalId())
