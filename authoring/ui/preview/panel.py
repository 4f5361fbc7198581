"""The Tracking panel: what an LMS would record of the preview's attempt, live.

Reads a `TrackingRecord` (tracking.py) and shows it in the words of an LMS's report:
completion, success, score, location, suspend data (with its share of SCORM 1.2's 4,096
characters, the limit a course exported for 1.2 must stay under), every interaction with
the learner's and the correct response, and with xAPI the statements in order.
"""

from __future__ import annotations

from authoring.model.sizes import human_size
from authoring.ui.preview.tracking import SCORM12_SUSPEND_LIMIT, TrackingRecord, readable
from authoring.ui.qt import (
    QAbstractItemView, QGridLayout, QGroupBox, QHeaderView, QLabel, QListWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, Qt,
)

COLUMNS = ("Question", "Learner response", "Correct response", "Result")


class QtTrackingPanel(QGroupBox):
    """A group titled "Tracking" (the CONTRACTS' name for it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tracking"), parent)
        self.setObjectName("trackingPanel")
        self.setAccessibleName(self.tr("Tracking"))
        self.labels: dict[str, dict[str, str]] = {}  # see PreviewSite.labels
        layout = QVBoxLayout(self)
        grid = QGridLayout()  # two pairs a row: the panel shares the dock with the player
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.fields: dict[str, QLabel] = {}
        for n, (key, text) in enumerate((
                ("completion", self.tr("Completion")), ("success", self.tr("Success")),
                ("score", self.tr("Score")), ("location", self.tr("Location")),
                ("suspend", self.tr("Suspend data")))):
            value = QLabel()
            value.setObjectName(f"tracking_{key}")
            value.setAccessibleName(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            label = QLabel(text + ":")
            label.setBuddy(value)
            row, column = divmod(n, 2)
            span = 3 if key == "suspend" else 1
            grid.addWidget(label, row, column * 2)
            grid.addWidget(value, row, column * 2 + 1, 1, span)
            self.fields[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Interactions")))
        self.interactions = QTableWidget(0, len(COLUMNS))
        self.interactions.setObjectName("trackingInteractions")
        self.interactions.setAccessibleName(self.tr("Interactions"))
        self.interactions.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.interactions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.interactions.verticalHeader().setVisible(False)
        # long prompts and answers wrap onto more lines instead of being cut off
        self.interactions.setWordWrap(True)
        self.interactions.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.interactions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the words share the width
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.ResizeToContents)
        self.interactions.setMinimumHeight(90)
        layout.addWidget(self.interactions, 2)
        self.statements_label = QLabel(self.tr("xAPI statements"))
        layout.addWidget(self.statements_label)
        self.statements = QListWidget()
        self.statements.setObjectName("trackingStatements")
        self.statements.setAccessibleName(self.tr("xAPI statements"))
        layout.addWidget(self.statements, 1)
        self.show_record(TrackingRecord(), xapi=False)

    def show_record(self, record: TrackingRecord, *, xapi: bool) -> None:
        self.fields["completion"].setText(record.completion)
        self.fields["success"].setText(record.success)
        score = record.score
        self.fields["score"].setText(self.tr("none yet") if score is None else f"{score:g}%")
        self.fields["location"].setText(record.location or "—")
        self.fields["suspend"].setText(self._suspend(record))
        self._fill_interactions(record)
        self.statements_label.setVisible(xapi)
        self.statements.setVisible(xapi)
        if xapi:
            self._fill_statements(record)

    def _suspend(self, record: TrackingRecord) -> str:
        size = len(record.suspend_data)
        share = round(record.suspend_share * 100)
        text = self.tr("{n} characters ({size}), {share}% of SCORM 1.2's {limit}").format(
            n=f"{size:,}", size=human_size(len(record.suspend_data.encode("utf-8"))), share=share,
            limit=f"{SCORM12_SUSPEND_LIMIT:,}")
        if size > SCORM12_SUSPEND_LIMIT:
            text += " — " + self.tr("too long for SCORM 1.2")
        return text

    def _fill_interactions(self, record: TrackingRecord) -> None:
        rows = record.interactions()
        table = self.interactions
        table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            words = self.labels.get(row.id, {})
            question = words.get("") or row.description or row.id
            cells = (question, readable(row.learner_response, words),
                     readable(row.correct_response, words), row.result)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(n, column, item)
        if rows:
            table.scrollToBottom()

    def _fill_statements(self, record: TrackingRecord) -> None:
        self.statements.clear()
        for statement in record.statements:
            self.statements.addItem(describe_statement(statement))
        self.statements.scrollToBottom()


def describe_statement(statement: dict) -> str:
    """One line per statement: verb, object, and the result if any."""
    verb = statement.get("verb", {})
    verb_name = next(iter(verb.get("display", {}).values()), "") or str(verb.get("id", "")).rsplit("/", 1)[-1]
    obj = statement.get("object", {})
    names = obj.get("definition", {}).get("name", {})
    target = next(iter(names.values()), "") if isinstance(names, dict) else ""
    line = f"{verb_name} {target or str(obj.get('id', '')).rsplit('/', 1)[-1]}"
    result = statement.get("result", {})
    scaled = result.get("score", {}).get("scaled")
    if isinstance(scaled, (int, float)):
        line += f" — score {scaled * 100:g}%"
    if "success" in result:
        line += " — " + ("success" if result["success"] else "no success")
    return line
