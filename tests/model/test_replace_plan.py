"""The replace plan: matches in text nodes only, shown in context as a learner reads the
text; applying changes exactly the planned objects, in the caller's transaction."""

from __future__ import annotations

from authoring.model import objects, replace


def test_contexts_read_like_the_text_and_never_match_between_paragraphs(library) -> None:
    with library.transaction() as s:
        text = objects.create(s, "text", "T", {"html": (
            "<p>First paragraph ends here.</p><p>Second one: the muster point is by the gate, "
            "beside the long car park of the main building.</p>")}).id
        plan = replace.plan(s, "muster point", "assembly point")
        (found,) = plan.objects
        assert found.id == text and found.fields[0].field == "html"
        assert found.fields[0].contexts == ("…ends here. Second one: the muster point is by the gate, beside the…",)
        assert replace.plan(s, "here. Second", "x").matches == 0  # two paragraphs, two text nodes
        assert replace.plan(s, " ", "_").matches == 20  # the spaces typed, not the paragraph break


def test_field_labels_say_what_designers_call_them() -> None:
    assert replace.field_label("choices.a1.feedback") == "Choice feedback"
    assert replace.field_label("pairs.x.match") == "Match"
    assert replace.field_label("feedback_incorrect") == "Feedback when incorrect"
    assert replace.field_label("html") == "Text"


def test_apply_only_touches_the_objects_shown(library) -> None:
    with library.transaction() as s:
        shown = objects.create(s, "text", "A", {"html": "<p>smoke alarm</p>"}).id
        later = objects.create(s, "text", "B", {"html": "<p>smoke alarm</p>"}).id
        done = replace.apply(s, "smoke alarm", "smoke detector", only=[shown])
        assert done.ids == [shown]
        assert objects.get(s, shown).data["html"] == "<p>smoke detector</p>"
        assert objects.get(s, later).data["html"] == "<p>smoke alarm</p>"
        assert objects.get(s, shown).head == 1
