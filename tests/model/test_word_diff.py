"""Two texts word by word: the History's two sides and the Translation view's one text."""

from __future__ import annotations

from authoring.model.word_diff import merged_changes, word_changes


def test_merged_changes_read_as_tracked_changes() -> None:
    pieces = merged_changes("with a flame in the middle.", "with a yellow flame at its centre.")
    assert [(p.change, p.text) for p in pieces] == [
        ("same", "with a "), ("added", "yellow "), ("same", "flame "),
        ("removed", "in the middle."), ("added", "at its centre.")]


def test_each_side_is_its_own_text_with_its_changes_marked() -> None:
    before = "Keep the fire doors shut at night."
    after = "Keep all fire doors closed at night."
    older, newer = word_changes(before, after)
    assert "".join(p.text for p in older) == before and "".join(p.text for p in newer) == after
    assert [p.text for p in older if p.change == "removed"] == ["the", "shut"]
    assert [p.text for p in newer if p.change == "added"] == ["all", "closed"]
    assert not any(p.change == "added" for p in older) and not any(p.change == "removed" for p in newer)
