"""The interface in French, German, Spanish and Arabic: complete translations, every
visible string translatable, the language chosen from the system or Preferences."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from authoring.model import content, course_settings, workflow
from authoring.model.library import Library
from authoring.model.sample import write_sample
from authoring.ui import languages, words
from authoring.ui.main_window import QtMainWindow
from authoring.ui.qt import QLocale, Qt

from tests.ui.untranslated import findings

REPO = Path(__file__).resolve().parents[2]
TS_FILES = sorted((REPO / "translations").glob("coursesmith_*.ts"))
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n|%v|%m")
MENU_FILE = {"fr": "Fichier", "de": "Datei", "es": "Archivo", "ar": "ملف"}


def ts_messages(path: Path):
    return list(etree.parse(str(path)).iter("message"))


def test_every_shipped_language_has_a_ts_file():
    assert {ts.stem.split("_")[1] for ts in TS_FILES} == set(languages.LANGUAGES) - {"en"}


def test_ts_files_are_current_with_the_code_and_finished(tmp_path):
    """lupdate on a copy finds nothing new, nothing vanished, nothing unfinished: a string
    added to the UI without its translations fails here."""
    sources = sorted(str(p) for p in (REPO / "authoring" / "ui").rglob("*.py"))
    problems = []
    for ts in TS_FILES:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run([BIN / "pyside6-lupdate", "-silent", "-locations", "none", *sources,
                        "-ts", str(copy)], check=True, cwd=REPO)
        for message in ts_messages(copy):
            kind = message.find("translation").get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{ts.name}: {kind}: {message.findtext('source')!r}")
    assert problems == [], "run `bash scripts/translations.sh` and translate:\n" + "\n".join(problems)


def test_translations_keep_every_placeholder():
    problems = []
    for ts in TS_FILES:
        for message in ts_messages(ts):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = [form.text or "" for form in translation] or [translation.text or ""]
            wanted = sorted(PLACEHOLDER.findall(source))
            for form in forms:
                got = sorted(PLACEHOLDER.findall(form))
                numerus_may_drop_n = message.get("numerus") == "yes" and sorted(p for p in wanted if p != "%n") == got
                if got != wanted and not numerus_may_drop_n:
                    problems.append(f"{ts.name}: {source!r} -> {form!r}")
    assert problems == []


def test_compiled_qm_files_match_their_ts(tmp_path):
    """The .qm files the app loads are what lrelease makes of the .ts files today."""
    for ts in TS_FILES:
        fresh = tmp_path / f"{ts.stem}.qm"
        subprocess.run([BIN / "pyside6-lrelease", "-silent", str(ts), "-qm", str(fresh)], check=True)
        shipped = REPO / "resources" / "translations" / f"{ts.stem}.qm"
        assert shipped.read_bytes() == fresh.read_bytes(), f"run `bash scripts/translations.sh` ({ts.name})"


def test_no_user_visible_string_in_the_ui_escapes_translation():
    assert [str(f) for f in findings(REPO / "authoring" / "ui")] == []


def test_the_untranslated_string_finder_finds_one(tmp_path):
    """The check above can fail: a bare label text is found, a tr() one is not."""
    module = tmp_path / "widget.py"
    module.write_text('label = QLabel("Pass mark")\nother = QLabel(self.tr("Pass mark"))\n'
                      'button.setToolTip(f"Delete {name}")\nname = QLabel(objectName="passMark")\n')
    found = findings(tmp_path)
    assert [(f.line, f.text) for f in found] == [(1, "Pass mark"), (3, "Delete ")]


def test_every_word_the_model_shows_has_a_translation_entry():
    assert set(content.KINDS) <= set(words.KINDS)
    assert set(workflow.STATES) <= set(words.STATES)
    labels = set(words.LABELS)
    assert set(content.QUESTION_TYPE_LABELS.values()) <= labels
    assert set(content.CALLOUT_LABELS.values()) <= labels
    assert {action.label for action in workflow.ACTIONS} <= labels
    assert set(course_settings.COMPLETION_LABELS.values()) <= labels
    assert set(course_settings.NAVIGATION_LABELS.values()) <= labels


BROKEN_QUESTIONS = [
    {"type": "single", "prompt": "", "choices": []},
    {"type": "single", "prompt": "Q", "choices": [{"text": "", "correct": True}, {"text": "b", "correct": True}]},
    {"type": "multiple", "prompt": "Q", "choices": [{"text": "a"}, {"text": "b"}]},
    {"type": "fill_in", "prompt": "Q", "answers": []},
    {"type": "matching", "prompt": "Q", "pairs": [{"prompt": "a", "match": ""}]},
    {"type": "ordering", "prompt": "Q", "items": [{"text": "a"}]},
]


def test_every_question_problem_has_a_translation_entry():
    """The question editor shows these live: in French they must read in French."""
    found = {p for data in BROKEN_QUESTIONS for p in content.of("question", data).problems()}
    assert len(found) == len(words.PROBLEMS)
    assert found <= set(words.PROBLEMS)


@pytest.mark.parametrize("environ, expected", [
    ({"LANGUAGE": "fr_FR:en", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LC_ALL": "es_ES.UTF-8", "LANG": "C"}, "es"),
    ({"LANGUAGE": "ar", "LANG": "en_US.UTF-8"}, "ar"),
    ({"LANGUAGE": "ja_JP", "LANG": "fr_CA.UTF-8"}, "fr"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_system_language_comes_from_the_environment(environ, expected):
    assert languages.system_language(environ) == expected


def test_preferences_win_over_the_system():
    assert languages.chosen_language("de", {"LANG": "fr_FR.UTF-8"}) == "de"
    assert languages.chosen_language("", {"LANG": "fr_FR.UTF-8"}) == "fr"
    assert languages.chosen_language("xx", {"LANG": "es_ES.UTF-8"}) == "es"


@pytest.fixture
def in_language(qapp):
    """Install a language for one test, then put English back."""
    installed = []
    before = QLocale()

    def install(code: str):
        installed.extend(languages.install(qapp, code))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)



def sample_window(qtbot, tmp_path, width: int = 0, height: int = 0) -> QtMainWindow:
    """The main window on a fresh sample library, shown (at WIDTH × HEIGHT if given)."""
    path = tmp_path / "lib.cslib"
    write_sample(path)
    window = QtMainWindow(Library.open(path))
    qtbot.addWidget(window)
    if width:
        window.resize(width, height)
    window.show()
    return window


def click_the_course(qtbot, window: QtMainWindow) -> None:
    """Click the sample course's row in the outline, as a person does."""
    outline = window.outline.view
    course = outline.model().index(0, 0)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.visualRect(course).center())


@pytest.mark.parametrize("code", ["fr", "de", "es", "ar"])
def test_the_window_speaks_the_language(qtbot, tmp_path, in_language, code):
    english = [title.replace("&", "") for title in ("&File", "&Edit", "&View", "&Help")]
    in_language(code)
    window = sample_window(qtbot, tmp_path)
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles[0] == MENU_FILE[code]
    assert not set(titles) & set(english), titles
    assert (window.layoutDirection() == Qt.LayoutDirection.RightToLeft) == (code == "ar")
    assert QLocale().name().startswith(code)
    window.close()


def test_in_french_course_settings_and_question_problems_read_french(qtbot, tmp_path, in_language, library):
    """Seen by hand: the course settings' choices and the live question problems stayed
    English in a French window."""
    from authoring.ui.qt import QComboBox

    from tests.ui.test_editor_comfort import choose_from_insert_menu
    from tests.ui.test_page_editor import Harness

    in_language("fr")
    window = sample_window(qtbot, tmp_path)
    qtbot.waitExposed(window)
    click_the_course(qtbot, window)
    completion = window.findChild(QComboBox, "completion")
    navigation = window.findChild(QComboBox, "navigation")
    qtbot.waitUntil(completion.isVisible, timeout=5000)
    assert [completion.itemText(i) for i in range(completion.count())] == ["Toutes les pages vues", "Quiz réussi"]
    assert [navigation.itemText(i) for i in range(navigation.count())] == ["Libre", "Linéaire"]
    window.close()

    ui = Harness(qtbot, library)
    ui.widget.show_page(ui.page())
    choose_from_insert_menu(ui, "Question", "Choix unique")
    problems = ui.widget.block_editors()[0].problems.text()
    assert "⚠ La question n'a pas de texte" in problems
    assert "⚠ Aucun choix n'est marqué comme juste" in problems


def test_in_french_the_undo_labels_of_operations_read_french(qtbot, in_language, library):
    """Operation labels (Edit › Undo …) are module-level `tr()` calls, filed by lupdate
    under the empty context: they stayed English while looked up under another."""
    from tests.ui.test_editor_comfort import choose_from_insert_menu
    from tests.ui.test_page_editor import Harness

    in_language("fr")
    ui = Harness(qtbot, library)
    ui.widget.show_page(ui.page())
    choose_from_insert_menu(ui, "Texte")
    qtbot.waitUntil(lambda: ui.stack.count() > 0, timeout=5000)
    assert ui.stack.undoText().startswith("Insérer"), ui.stack.undoText()


def test_in_french_the_course_settings_fit_the_inspector_at_1366(qtbot, tmp_path, in_language):
    """Seen in the designer's trial: the settings scrolled sideways in the inspector."""
    from authoring.ui.qt import QScrollArea, QWidget

    in_language("fr")
    window = sample_window(qtbot, tmp_path, 1366, 740)
    qtbot.waitExposed(window)
    click_the_course(qtbot, window)
    settings_form = window.findChild(QWidget, "courseSettings")
    qtbot.waitUntil(settings_form.isVisible, timeout=5000)
    area = settings_form.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    qtbot.wait(50)
    assert not area.horizontalScrollBar().isVisible(), (area.width(), settings_form.minimumSizeHint().width())
    window.close()
