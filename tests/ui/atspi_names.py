"""Read Coursesmith's accessibility tree through AT-SPI, as Orca does; print JSON.

Run by Debian's own Python (`/usr/bin/python3`, which has `python3-pyatspi`), not the
project's virtualenv: `python3 atspi_names.py PID`. Waits for the app's main window,
then lists every interactive control and the ones without a real-word name.
"""

import json
import re
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_MENU,
}
REAL_WORD = re.compile(r"[^\W\d_]{2,}")


def application(pid: int, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid and app.childCount:
                    return app
            except Exception:
                continue
        time.sleep(0.5)
    raise SystemExit(f"no accessible application with pid {pid}")


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        state = node.getState()
        if not state.contains(pyatspi.STATE_SHOWING) and depth > 2:
            return
        children = list(node)
    except Exception:
        return
    for child in children:
        yield from walk(child, depth + 1)


def main() -> None:
    app = application(int(sys.argv[1]))
    time.sleep(2)  # let the window finish laying out
    windows = [child.name for child in app]
    controls, unnamed = 0, []
    for node in walk(app):
        try:
            role = node.getRole()
            showing = node.getState().contains(pyatspi.STATE_SHOWING)
        except Exception:
            continue
        if role not in INTERACTIVE or not showing:
            continue
        controls += 1
        if not REAL_WORD.search((node.name or "").replace("&", "")):
            unnamed.append(f"{node.getRoleName()} {node.name!r} in {node.parent.getRoleName() if node.parent else '?'} {node.parent.name if node.parent else ''!r}")
    print(json.dumps({"windows": windows, "controls": controls, "unnamed": unnamed}))


if __name__ == "__main__":
    main()
