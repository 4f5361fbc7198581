#!/usr/bin/env bash
# Set up Coursesmith and open it: the last library opened, else the bundled sample library
# (SQLite, the default), as plain `coursesmith` does.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

apt_need "${QT_RUNTIME[@]}"
python_env app

DATA_DIR="$("$VENV/bin/python" -c 'import platformdirs; print(platformdirs.user_data_dir("Coursesmith", appauthor=False))')"
SAMPLE="$DATA_DIR/Workplace Fire Safety.cslib"
mkdir -p "$DATA_DIR"
if [ ! -f "$SAMPLE" ]; then
    "$VENV/bin/coursesmith" sample "$SAMPLE"
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    "$VENV/bin/coursesmith" info "$SAMPLE"
    say "no display here: run this on a desktop (or under xvfb-run) to see the window"
    exit 0
fi
exec "$VENV/bin/coursesmith"
