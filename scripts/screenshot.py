"""Take the README's screenshot: the main window on the sample library, first page shown.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py [OUT.png]

(or under `xvfb-run -a`). Writes the sample to a temporary folder and uses a temporary
settings folder, so the picture never depends on this machine's state.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshot-main-window.png")
    work = Path(tempfile.mkdtemp(prefix="coursesmith-shot-"))
    os.environ["COURSESMITH_CONFIG_DIR"] = str(work / "config")
    os.environ.setdefault("COURSESMITH_NO_DIALOGS", "1")
    from authoring.model.sample import write_sample
    from authoring.ui import app
    from authoring.ui.qt import QApplication, QTimer

    library = write_sample(work / "Workplace Fire Safety.cslib")
    window = app.open_window(library)
    window.resize(1440, 900)
    outline = window.outline
    course = outline.model.index(0, 0)
    outline.view.expand(course)
    outline.model.ensure_loaded(course)
    lesson = outline.model.index(0, 0, course)
    outline.model.ensure_loaded(lesson)
    outline.view.expand(lesson)
    outline.view.setCurrentIndex(outline.model.index(1, 0, lesson))
    window.set_browser_mode("grid")
    window.browser.search.setText("extinguish*")  # search as you type, thumbnails shown

    def grab() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        print(f"wrote {out} ({out.stat().st_size // 1024} KB)")
        window.close()
        QApplication.quit()

    QTimer.singleShot(1500, grab)
    return QApplication.instance().exec()


if __name__ == "__main__":
    sys.exit(main())
