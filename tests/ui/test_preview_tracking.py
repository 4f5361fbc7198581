"""What the preview's simulated LMS recorded, as the Tracking panel reads it."""

from __future__ import annotations

from authoring.ui.preview.scheme import MemoryLrs
from authoring.ui.preview.tracking import TrackingRecord, readable


def scorm_run() -> TrackingRecord:
    record = TrackingRecord()
    record.apply("initialize", {"entry": "ab-initio"})
    for name, value in (("cmi.completion_status", "incomplete"), ("cmi.location", "p3"),
                        ("cmi.interactions.0.id", "q_o1"), ("cmi.interactions.0.type", "choice"),
                        ("cmi.interactions.0.correct_responses.0.pattern", "a"),
                        ("cmi.interactions.0.learner_response", "b"),
                        ("cmi.interactions.0.result", "incorrect"),
                        ("cmi.suspend_data", "x" * 1024), ("cmi.score.scaled", "0.75"),
                        ("cmi.success_status", "failed")):
        record.apply("set", {"name": name, "value": value})
    return record


def test_what_an_lms_would_show_of_a_scorm_attempt() -> None:
    record = scorm_run()
    assert (record.completion, record.success, record.score, record.location) == ("incomplete", "failed", 75.0, "p3")
    assert record.suspend_share == 0.25
    [row] = record.interactions()
    assert (row.id, row.learner_response, row.correct_response, row.result) == ("q_o1", "b", "a", "incorrect")
    record.restart()
    assert record.completion == "not attempted" and record.interactions() == []


def test_responses_read_in_the_learners_words() -> None:
    words = {"": "Match them", "a": "Oxygen", "b": "Water", "p1": "Class A → Paper", "p2": "Class B → Petrol"}
    assert readable("a[,]b", words) == "Oxygen; Water"
    assert readable("p1[.]p2", words) == "Class A → Petrol"


def test_the_in_process_lrs_takes_statements_and_keeps_state() -> None:
    heard = []
    lrs = MemoryLrs(heard.append)
    status, body = lrs.answer("POST", "statements", "", b'[{"id": "1", "verb": {"id": "x/initialized"}}]')
    assert status == 200 and body == b'["1"]' and heard[0]["id"] == "1"
    query = "activityId=act&registration=r1&stateId=bookmark"
    assert lrs.answer("GET", "activities/state", query, b"")[0] == 404
    lrs.answer("PUT", "activities/state", query, b'{"page": 2}')
    assert lrs.answer("GET", "activities/state", query, b"") == (200, b'{"page": 2}')
    assert lrs.answer("GET", "activities/state", "activityId=act&registration=r1", b"") == (200, b'["bookmark"]')


def test_a_long_answer_wraps_in_the_panel_instead_of_being_cut_off(qtbot) -> None:
    """Seen in the designer's trial: the interaction columns were cut off, unreadable."""
    from authoring.ui.preview.panel import QtTrackingPanel

    panel = QtTrackingPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 400)
    panel.show()
    record = scorm_run()
    long_answer = "Close the door, raise the alarm and leave by the nearest safe exit"
    record.apply("set", {"name": "cmi.interactions.0.learner_response", "value": long_answer})
    panel.show_record(record, xapi=False)
    table = panel.interactions
    qtbot.waitUntil(lambda: table.rowHeight(0) > 0)
    one_line = table.fontMetrics().lineSpacing()
    assert table.item(0, 1).text() == long_answer
    assert table.rowHeight(0) >= 3 * one_line  # the words wrap, all of them shown
