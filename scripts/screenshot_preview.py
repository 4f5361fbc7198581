"""Take the README's preview screenshot: the editor, the live preview, the Tracking panel.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot_preview.py [OUT.png]

Needs an X display (Xvfb) and `xdotool`: the app runs on the sample library (written to a
temporary folder, with temporary settings), the page "How fire spreads, and why smoke
kills" is opened, then xdotool does what a designer does: Ctrl+Shift+P opens the Preview
dock, a click picks the right answer in the player, a click on Submit. Once the Tracking
panel shows the interaction, the screen is saved (default docs/preview.png).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGE = "How fire spreads, and why smoke kills"


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


def main() -> int:
    if not os.environ.get("DISPLAY"):
        raise SystemExit("run under an X display, e.g. xvfb-run -a -s '-screen 0 1920x1080x24' ...")
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "preview.png")
    work = Path(tempfile.mkdtemp(prefix="coursesmith-shot-"))
    os.environ["COURSESMITH_CONFIG_DIR"] = str(work / "config")
    os.environ.setdefault("COURSESMITH_NO_DIALOGS", "1")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from authoring.model.sample import write_sample
    from authoring.ui import app
    from authoring.ui.qt import QApplication, QEventLoop, QTimer

    window = app.open_window(write_sample(work / "Workplace Fire Safety.cslib"))
    qt_app = QApplication.instance()
    window.setGeometry(window.screen().availableGeometry())

    def wait(condition, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("the preview did not get there in time")
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    def pause(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()

    def js(code: str):
        found: list = []
        window.preview_dock.widget().page.runJavaScript(code, 0, found.append)
        wait(lambda: bool(found))
        return found[0]

    def click(selector: str) -> None:
        where = js(f"""(function () {{ var e = document.querySelector({json.dumps(selector)});
            e.scrollIntoView({{block: 'center'}}); var r = e.getBoundingClientRect();
            return (r.left + r.width / 2) + ',' + (r.top + r.height / 2); }})()""")
        view = window.preview_dock.widget().view
        x, y = (float(n) * view.zoomFactor() for n in where.split(","))
        point = view.mapToGlobal(view.rect().topLeft())
        xdotool("mousemove", str(point.x() + round(x)), str(point.y() + round(y)), "click", "1")
        pause(0.4)

    wait(window.isVisible)
    outline = window.outline
    for _level in range(2):  # the course's lessons, then their pages
        for node in list(outline.model.walk()):
            index = outline.model.index_of(node)
            outline.model.ensure_loaded(index)
            outline.view.expand(index)
    page = next(n for n in outline.model.walk() if outline.model.index_of(n).data() == PAGE)
    outline.view.setCurrentIndex(outline.model.index_of(page))
    window.activateWindow()
    wait(lambda: qt_app.activeWindow() is window, 10)
    xdotool("key", "--clearmodifiers", "ctrl+shift+p")
    wait(lambda: window.preview_dock.widget() is not None and window.preview_dock.widget().site is not None)
    preview = window.preview_dock.widget()
    wait(lambda: js("(document.querySelector('main h1') || {}).textContent || ''") == PAGE)
    question = "form.cs-question"
    answer = js(f"""(function () {{ var f = document.querySelector('{question}');
        var cfg = JSON.parse(document.getElementById('cs-config').textContent);
        return cfg.questions[f.getAttribute('data-q')].interaction.correct[0]; }})()""")
    click(f"{question} input[value='{answer}']")
    click(f"{question} button.cs-submit")
    wait(lambda: preview.tracking.interactions.rowCount() == 1)
    pause(1.0)
    out.parent.mkdir(parents=True, exist_ok=True)
    window.screen().grabWindow(0).save(str(out))
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
