"""Review workflow and threaded comments."""

from __future__ import annotations

import pytest

from authoring.model import errors, objects, versions, workflow
from authoring.model.schema import STATES, LearningObject


def test_draft_to_review_to_approved(library):
    with library.transaction() as session:
        page = objects.create(session, "page", "Evacuation")
        workflow.set_state(session, page.id, "in_review", author="ana", note="please check")
        workflow.set_state(session, page.id, "approved", author="ben", note="looks good")
    with library.transaction() as session:
        assert session.get(LearningObject, page.id).state == "approved"
        rows = [(e.from_state, e.to_state, e.author, e.note) for e in workflow.state_history(session, page.id)]
    assert rows == [
        ("draft", "in_review", "ana", "please check"),
        ("in_review", "approved", "ben", "looks good"),
    ]


def test_illegal_jump_is_refused(library):
    with library.transaction() as session:
        page = objects.create(session, "page", "Evacuation")
        with pytest.raises(errors.InvalidContentError,
                           match="'Evacuation' is draft; it cannot go to approved from there"):
            workflow.set_state(session, page.id, "approved")
        with pytest.raises(errors.InvalidContentError, match="cannot go to draft"):
            workflow.set_state(session, page.id, "draft")
        with pytest.raises(errors.InvalidContentError, match="unknown state 'published'"):
            workflow.set_state(session, page.id, "published")
        assert session.get(LearningObject, page.id).state == "draft"
        assert workflow.state_history(session, page.id) == []
        assert versions.history(session, page.id) == []


def test_back_to_draft_from_review_and_approved(library):
    with library.transaction() as session:
        page = objects.create(session, "page", "P")
        for state in ("in_review", "draft", "in_review", "approved", "draft"):
            workflow.set_state(session, page.id, state)
        assert [e.to_state for e in workflow.state_history(session, page.id)] == [
            "in_review", "draft", "in_review", "approved", "draft",
        ]


def test_the_actions_offered_are_exactly_the_steps_allowed(library):
    assert [(a.state, a.label) for a in workflow.actions("draft")] == [("in_review", "Send to review")]
    assert [a.label for a in workflow.actions("in_review")] == ["Approve", "Back to draft"]
    assert [a.label for a in workflow.actions("approved")] == ["Send to review", "Back to draft"]
    with library.transaction() as session:
        for start in STATES:
            for target in STATES:
                page = objects.create(session, "page", "P")
                page.state = start
                offered = target in [a.state for a in workflow.actions(start)]
                try:
                    workflow.set_state(session, page.id, target)
                    allowed = True
                except errors.InvalidContentError:
                    allowed = False
                assert allowed == offered, (start, target)


def test_moving_to_review_records_a_version(library):
    with library.transaction() as session:
        text = objects.create(session, "text", "T", {"html": "<p>draft words</p>"})
        assert text.head == 0
        workflow.set_state(session, text.id, "in_review", author="ana")
        history = versions.history(session, text.id)
        assert [(v.number, v.author, v.summary) for v in history] == [(1, "ana", "Sent to in review")]
        assert history[0].data["html"] == "<p>draft words</p>"
        # approving unchanged content does not add a version
        workflow.set_state(session, text.id, "approved")
        assert len(versions.history(session, text.id)) == 1


def test_threaded_comments(library):
    with library.transaction() as session:
        page = objects.create(session, "page", "P")
        versions.record(session, page.id)
        first = workflow.add_comment(session, page.id, "  Typo in the title  ", author="ben")
        second = workflow.add_comment(session, page.id, "Add a picture?", author="cy")
        reply = workflow.add_comment(session, page.id, "Fixed", author="ana", reply_to=first.id)
        reply2 = workflow.add_comment(session, page.id, "Thanks", author="ben", reply_to=reply.id)
        assert first.body == "Typo in the title"
        assert first.version == 1
        threads = workflow.threads(session, page.id)
        assert [[c.id for c in t] for t in threads] == [[first.id, reply.id, reply2.id], [second.id]]

        resolved = workflow.set_resolved(session, reply2.id)  # resolving a reply resolves the thread
        assert resolved.id == first.id
        open_threads = workflow.threads(session, page.id, include_resolved=False)
        assert [[c.id for c in t] for t in open_threads] == [[second.id]]
        assert len(workflow.threads(session, page.id)) == 2

        workflow.set_resolved(session, first.id, False)
        assert len(workflow.threads(session, page.id, include_resolved=False)) == 2


def test_comment_refusals(library):
    with library.transaction() as session:
        page = objects.create(session, "page", "P")
        other = objects.create(session, "page", "Other page")
        with pytest.raises(errors.InvalidContentError, match="a comment cannot be empty"):
            workflow.add_comment(session, page.id, "   ")
        foreign = workflow.add_comment(session, other.id, "elsewhere")
        with pytest.raises(errors.ObjectNotFoundError, match=f"no comment {foreign.id} on 'P'"):
            workflow.add_comment(session, page.id, "reply", reply_to=foreign.id)
        with pytest.raises(errors.ObjectNotFoundError, match="no comment 9999"):
            workflow.set_resolved(session, 9999)
        assert workflow.threads(session, page.id) == []
