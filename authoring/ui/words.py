"""The model's words as the interface shows them, in the interface language.

The model names kinds, states, question types and workflow steps in English (it never
imports Qt); lupdate cannot see strings that only exist at run time, so each one is
listed here once with `QT_TRANSLATE_NOOP` and looked up by `word()`. A test checks that
every value the model can produce has its entry, so a new question type cannot reach
the window untranslated.
"""

from __future__ import annotations

from authoring.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Words"

KINDS = {
    "asset": QT_TRANSLATE_NOOP("Words", "Asset"),
    "text": QT_TRANSLATE_NOOP("Words", "Text"),
    "media": QT_TRANSLATE_NOOP("Words", "Media"),
    "callout": QT_TRANSLATE_NOOP("Words", "Callout"),
    "question": QT_TRANSLATE_NOOP("Words", "Question"),
    "page": QT_TRANSLATE_NOOP("Words", "Page"),
    "lesson": QT_TRANSLATE_NOOP("Words", "Lesson"),
    "course": QT_TRANSLATE_NOOP("Words", "Course"),
}
STATES = {
    "draft": QT_TRANSLATE_NOOP("Words", "draft"),
    "in_review": QT_TRANSLATE_NOOP("Words", "in review"),
    "approved": QT_TRANSLATE_NOOP("Words", "approved"),
}
# The English words of the model's own tables (content.QUESTION_TYPE_LABELS,
# content.CALLOUT_LABELS, workflow.ACTIONS), so lupdate sees them.
LABELS = (
    QT_TRANSLATE_NOOP("Words", "Single choice"),
    QT_TRANSLATE_NOOP("Words", "Multiple choice"),
    QT_TRANSLATE_NOOP("Words", "Multiple response"),
    QT_TRANSLATE_NOOP("Words", "True / false"),
    QT_TRANSLATE_NOOP("Words", "Fill in the blank"),
    QT_TRANSLATE_NOOP("Words", "Matching"),
    QT_TRANSLATE_NOOP("Words", "Ordering"),
    QT_TRANSLATE_NOOP("Words", "Note"),
    QT_TRANSLATE_NOOP("Words", "Tip"),
    QT_TRANSLATE_NOOP("Words", "Warning"),
    QT_TRANSLATE_NOOP("Words", "Send to review"),
    QT_TRANSLATE_NOOP("Words", "Approve"),
    QT_TRANSLATE_NOOP("Words", "Back to draft"),
    # The page editor's block headers (page_editor: kind_label).
    QT_TRANSLATE_NOOP("Words", "Block"),
    QT_TRANSLATE_NOOP("Words", "Image / media"),
    # course_settings.COMPLETION_LABELS and NAVIGATION_LABELS (the course settings panel).
    QT_TRANSLATE_NOOP("Words", "All pages viewed"),
    QT_TRANSLATE_NOOP("Words", "Quiz passed"),
    QT_TRANSLATE_NOOP("Words", "Free"),
    QT_TRANSLATE_NOOP("Words", "Linear"),
)
# What `Question.problems()` reports, shown live under the question editor.
PROBLEMS = (
    QT_TRANSLATE_NOOP("Words", "the question has no text"),
    QT_TRANSLATE_NOOP("Words", "no accepted answer is given"),
    QT_TRANSLATE_NOOP("Words", "a matching question needs at least two pairs"),
    QT_TRANSLATE_NOOP("Words", "a pair is missing its item or its match"),
    QT_TRANSLATE_NOOP("Words", "an ordering question needs at least two items"),
    QT_TRANSLATE_NOOP("Words", "a choice question needs at least two choices"),
    QT_TRANSLATE_NOOP("Words", "a choice has no text"),
    QT_TRANSLATE_NOOP("Words", "no choice is marked correct"),
    QT_TRANSLATE_NOOP("Words", "a single-choice question has more than one correct choice"),
)


def word(english: str) -> str:
    """A model label (question type name, callout variant, workflow step) translated."""
    return QCoreApplication.translate(CONTEXT, english)


def kind(name: str) -> str:
    """`page` → "Page" (or "Page" in French, "Seite" in German)."""
    return word(KINDS.get(name, name))


def state(name: str) -> str:
    return word(STATES.get(name, name.replace("_", " ")))


def problem(english: str) -> str:
    """A question problem as a sentence of its own: translated, first letter capital."""
    text = word(english)
    return text[:1].upper() + text[1:]
