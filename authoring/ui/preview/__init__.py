"""The live, tracked preview: the dock of the main window and the `coursesmith preview` window.

- `scheme.py`: the URL scheme that serves the course from memory (and the xAPI preview's
  in-process LRS); `prepare()` registers it before the QApplication exists.
- `view.py`: `QtPreview`, the player in a web view with its device, locale and Restart
  controls, following the editor and its edits.
- `tracking.py` / `panel.py`: what the simulated LMS recorded, and the Tracking panel.
- `dock.py`: the `Preview` dock (View › Preview, Ctrl+Shift+P) and the standalone window.
"""
