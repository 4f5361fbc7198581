#!/usr/bin/env bash
# Set up Coursesmith and open it on the bundled sample library (SQLite, the default).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

apt_need "${QT_RUNTIME[@]}"
python_env app

DATA_DIR="$("$VENV/bin/python" -c 'import platformdirs; print(platformdirs.user_data_dir("Coursesmith", appauthor=False))')"
SAMPLE="$DATA_DIR/Workplace Fire Safety.cslib"
mkdir -p "$DATA_DIR"
if [ ! -f "$SAMPLE" ]; then
    "$VENV/bin/coursesmith" sample "$SAMPLE"
fi
# The desktop window arrives with the application issue; until then show the library.
"$VENV/bin/coursesmith" info "$SAMPLE"
