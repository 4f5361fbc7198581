"""Operations as a person meets them: progress, Cancel, undo, errors, a window that answers."""

from __future__ import annotations

import pytest

from authoring.model import browse, objects
from authoring.model.library import Library
from authoring.ui import app, operations, settings
from authoring.ui.main_window import QtMainWindow
from authoring.ui.operations.progress import ProgressDialog
from authoring.ui.qt import QApplication, QPushButton

FILES = 40


@pytest.fixture
def window(qtbot, tmp_path) -> QtMainWindow:
    path = tmp_path / "Fire Safety.cslib"
    Library.create(path).close()
    window = app.open_window(path)  # as `coursesmith open` does
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def assets_in(library: Library) -> set[str]:
    with library.transaction() as session:
        return {oid for oid, _title in browse.titles(session, "asset")}


def test_cancel_an_import_of_many_files_keeps_what_finished(
        qtbot, gestures, window, images) -> None:
    names = [images.png(f"photo-{n:02}.png", size=(900, 700), seed=n).name for n in range(FILES)]
    settings.set_import_folder([str(images.folder / names[0])])  # imported from there before
    gestures.choose_files(names)
    with qtbot.waitSignal(window.browser.import_finished, timeout=60000) as finished:
        gestures.menu(window, "File", "Import files…")
        dialog = gestures.modal("Importing files")
        assert isinstance(dialog, ProgressDialog)
        qtbot.waitUntil(lambda: dialog.bar.value() >= 3, timeout=30000)
        assert dialog.bar.maximum() == FILES
        gestures.click(dialog.findChild(QPushButton))  # Cancel
    outcomes = finished.args[0]
    assert 3 <= len(outcomes) < FILES  # stopped between files
    assert all(o.status == "imported" for o in outcomes)
    assert assets_in(window.library) == {o.object_id for o in outcomes}  # what finished, no more
    qtbot.waitUntil(lambda: window.browser.model.rowCount() == len(outcomes))
    assert "Cancelled" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None  # the progress dialog has gone
    qtbot.waitUntil(lambda: operations.running() == 0)  # the images prepared after the import
    assert not window.isWindowModified()


def test_importing_from_the_asset_picker_answers_and_undoes_as_one_step(
        qtbot, gestures, window, images, heartbeat) -> None:
    library = window.library
    with library.transaction() as session:
        page = objects.create(session, "page", "Exits")
        media = objects.create(session, "media", "Picture")
        objects.insert_child(session, page.id, media.id)
    window.show_page(page.id)
    editor = window.page_editor.block_editors()[0]
    photo = images.png("exit-sign.png", size=(2400, 1800))
    settings.set_import_folder([str(photo)])

    def picker_then_import() -> None:
        picker = gestures.modal("Choose a file from the library")
        gestures.choose_files([photo.name], then=heartbeat.start)
        button = next(b for b in picker.findChildren(QPushButton) if b.text() == "Import from disk…")
        gestures.click(button)

    from authoring.ui.qt import QTimer

    QTimer.singleShot(0, picker_then_import)
    gestures.click(editor.choose)  # the picker waits in its own loop until the import is in
    largest = heartbeat.stop()
    print(f"\nlargest GUI-thread gap while importing from the asset picker: {largest} ms "
          f"(wall clock: {heartbeat.largest_wall_ms} ms)")
    assert heartbeat.beats > 5 and largest <= 100

    (asset_id,) = assets_in(library)
    with library.transaction() as session:
        assert objects.get(session, media.id).data["asset"] == asset_id
    assert window.undo_stack.undoText() == "Choose media file"
    window.undo_stack.undo()
    assert window.undo_stack.undoText() == "Importing exit-sign.png"
    window.undo_stack.undo()  # the import is one step: the asset goes to the trash
    assert assets_in(library) == set()
    window.undo_stack.redo()
    assert assets_in(library) == {asset_id}


def test_a_failed_background_operation_says_why_once(qtbot, window, capsys, tmp_path) -> None:
    from authoring.ui.operations import Context, imports

    missing = str(tmp_path / "gone.png")
    operation = imports.import_file(Context(window.library, window.undo_stack, window), missing, "Ann")
    operation.run()
    qtbot.waitUntil(lambda: operation.done, timeout=10000)
    assert capsys.readouterr().err == (
        "coursesmith: Coursesmith: gone.png cannot be imported: No such file or directory\n")
    assert window.undo_stack.count() == 0 and operations.running() == 0
