#!/usr/bin/env bash
# Smoke-test the Linux bundle the way a designer's fresh desktop meets it.
#
#   bash packaging/smoke.sh [ARCHIVE]    (default: the newest dist/Coursesmith-*-linux-*.tar.gz)
#
# Unpacks the archive into a new folder (with a space in its name), then runs everything
# with a fresh HOME, a bare PATH (/usr/bin:/bin: no venv, no source tree) and nothing else
# from this environment, on its own Xvfb display (a free one, chosen by Xvfb):
#   1. every bundled library's dependencies resolve (the bundle's own, or the desktop's);
#   2. the command line: sample, init, import (image, Word), list, search, info, export to
#      every format, validate;
#   3. plain `coursesmith` shows the main window on the sample library;
#   4. install.sh: a valid menu entry, `*.cslib` (and a library without its suffix, by its
#      contents) is application/x-coursesmith-library, whose default app is Coursesmith;
#      the menu entry opens the app, and opening a .cslib file with the desktop's default
#      application (`gio open`, what a double-click does) shows that library's window;
#   5. uninstall.sh leaves HOME as it was before install.sh (the app's own settings and
#      data folders aside: they are the user's).
# Prints one line per check; exits non-zero at the first failure.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"

apt_need "${QT_RUNTIME[@]}" xvfb xdotool desktop-file-utils shared-mime-info libglib2.0-bin binutils

ARCHIVE="${1:-$(ls -t "$REPO"/dist/Coursesmith-*-linux-*.tar.gz 2>/dev/null | head -1)}"
[ -f "$ARCHIVE" ] || { say "error: no archive (run packaging/build-linux.sh first)"; exit 1; }
ARCHIVE="$(cd "$(dirname "$ARCHIVE")" && pwd)/$(basename "$ARCHIVE")"

WORK="$(mktemp -d /tmp/coursesmith-smoke.XXXXXX)"
FRESH_HOME="$WORK/home"
APP="$WORK/My Apps/Coursesmith"
STARTED_PIDS=()

cleanup() {
    for pid in "${STARTED_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

ok() { printf 'ok: %s\n' "$*"; }
# says PATTERN COMMAND...: the command succeeds and its output matches PATTERN (read
# whole first: `cmd | grep -q` would fail the pipeline when grep stops reading early).
says() { local out; out="$("${@:2}")" && grep -q -- "$1" <<< "$out"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# A free X display, chosen by Xvfb itself (-displayfd), so parallel runs never collide.
mkdir -p "$FRESH_HOME" "$WORK/My Apps"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
STARTED_PIDS+=($!)
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
DISPLAY_NUMBER="$(head -1 "$WORK/display")"
[ -n "$DISPLAY_NUMBER" ] || fail "Xvfb did not start: $(cat "$WORK/xvfb.log")"

# Run a command as on a fresh desktop: this HOME, a bare PATH, the display, nothing else.
fresh() {
    local extra=()
    [ "$(id -u)" -eq 0 ] && extra+=(QTWEBENGINE_DISABLE_SANDBOX=1)  # Chromium refuses root otherwise
    env -i HOME="$FRESH_HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY=":$DISPLAY_NUMBER" \
        "${extra[@]}" "$@"
}
cs() { (cd "$WORK" && fresh "$APP/coursesmith" "$@"); }

# wait_for_window TITLE: the id of a shown window titled exactly TITLE (60 s at most).
wait_for_window() {
    local window
    for _ in $(seq 600); do
        window="$(fresh xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | head -1 || true)"
        [ -n "$window" ] && { echo "$window"; return 0; }
        sleep 0.1
    done
    return 1
}

# close_window ID: end the app that shows it (its pid is on the window) and wait for it.
close_window() {
    local pid
    pid="$(fresh xdotool getwindowpid "$1")"
    kill "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
}

# Everything under HOME but caches and the contents of the app's own settings and data
# folders (install.sh touches none of them; the app and its libraries may write there).
home_listing() {
    (cd "$FRESH_HOME" && find . | sort | grep -v -E '^\./\.cache/|^\./(\.config|\.local/share)/Coursesmith/')
}

tar -xzf "$ARCHIVE" -C "$WORK/My Apps"
[ -x "$APP/coursesmith" ] || fail "the archive has no Coursesmith/coursesmith"
ok "unpacked $(basename "$ARCHIVE") ($(du -sm "$APP" | cut -f1) MiB) into '$WORK/My Apps'"

# 1. Libraries: each ELF file's dependencies resolve, as the bootloader sets them up.
missing=""
while IFS= read -r -d '' file; do
    lost="$(LD_LIBRARY_PATH="$APP/_internal" ldd "$file" 2>/dev/null | grep 'not found' || true)"
    [ -z "$lost" ] || missing+="$file:"$'\n'"$lost"$'\n'
done < <(find "$APP" -type f \( -name '*.so*' -o -name coursesmith -o -name QtWebEngineProcess \) -print0)
[ -z "$missing" ] || fail "libraries found neither in the bundle nor on this system:"$'\n'"$missing"
ok "every bundled binary finds its libraries"

# 2. The command line, from the bundle alone.
says '^coursesmith ' cs --version || fail "coursesmith --version"
cs sample "Workplace Fire Safety.cslib" >/dev/null || fail "coursesmith sample"
cs init "Fire Drill.cslib" >/dev/null || fail "coursesmith init"
cp "$APP/share/icons/hicolor/256x256/apps/coursesmith.png" "$WORK/logo.png"
imports=("$WORK/logo.png")
if [ -x "$VENV/bin/python" ]; then  # a Word file to import, made with python-docx beforehand
    "$VENV/bin/python" -c 'import docx, sys; d = docx.Document(); d.add_heading("Raising the alarm", 1); d.add_paragraph("Shout FIRE and press the nearest call point."); d.save(sys.argv[1])' "$WORK/Fire drill.docx"
    imports+=("$WORK/Fire drill.docx")
fi
cs import "Fire Drill.cslib" "${imports[@]}" > "$WORK/import.txt" || fail "coursesmith import: $(cat "$WORK/import.txt")"
[ "$(grep -c '^imported ' "$WORK/import.txt")" -eq "${#imports[@]}" ] || fail "import: $(cat "$WORK/import.txt")"
if [ "${#imports[@]}" -eq 2 ]; then
    says 'lesson' cs list "Fire Drill.cslib" --kind lesson || fail "the Word file did not become a lesson"
fi
says '[Ee]xtinguisher' cs search "Workplace Fire Safety.cslib" extinguisher --limit 1 || fail "coursesmith search"
says '"title": "Workplace Fire Safety"' cs info "Workplace Fire Safety.cslib" --json || fail "coursesmith info"
for format in scorm12 scorm2004 xapi cmi5 html; do
    cs export "Workplace Fire Safety.cslib" "Workplace Fire Safety" --format "$format" -o "$format.zip" >/dev/null \
        || fail "coursesmith export --format $format"
    if [ "$format" != html ]; then
        cs validate "$format.zip" >/dev/null || fail "coursesmith validate $format.zip: $(cs validate "$format.zip")"
    fi
done
ok "command line: sample, init, import (${#imports[@]} files), list, search, info, export (5 formats), validate"
if [ -x "$VENV/bin/python" ]; then  # a Hindi course (made from the checkout): the bundle subsets its font
    "$VENV/bin/python" - "$WORK/Agni.cslib" <<'PY' || fail "could not make the Hindi library"
import sys
from authoring.model import objects
from authoring.model.library import Library
library = Library.create(sys.argv[1], "hi", title="Agni")
with library.transaction() as s:
    text = objects.create(s, "text", "परिचय", {"html": "<p>आग से बचाव: अलार्म बजाएँ।</p>"})
    page = objects.create(s, "page", "अग्नि सुरक्षा", children=[text.id])
    lesson = objects.create(s, "lesson", "पाठ", children=[page.id])
    objects.create(s, "course", "Agni Suraksha", children=[lesson.id])
library.close()
PY
    cs export "Agni.cslib" "Agni Suraksha" --format scorm12 -o hindi.zip >/dev/null || fail "coursesmith export of a Hindi course"
    "$VENV/bin/python" -c 'import sys, zipfile; names = zipfile.ZipFile(sys.argv[1]).namelist(); sys.exit(0 if "player/fonts/NotoSansDevanagari-Regular.woff2" in names else 1)' \
        "$WORK/hindi.zip" || fail "the Hindi package carries no Devanagari font"
    ok "a Hindi course exports with its Devanagari font subset (fontTools in the bundle)"
fi

# 3. The app: plain `coursesmith` opens the sample library.
(cd "$WORK" && fresh "$APP/coursesmith" > "$WORK/app.log" 2>&1) &
STARTED_PIDS+=($!)
window="$(wait_for_window "Workplace Fire Safety — Coursesmith")" \
    || fail "no window 'Workplace Fire Safety — Coursesmith': $(cat "$WORK/app.log")"
close_window "$window"
ok "the app showed 'Workplace Fire Safety — Coursesmith'"

# 4. Install for this user; the menu entry and the .cslib type work.
before="$(home_listing)"
fresh "$APP/install.sh" >/dev/null || fail "install.sh"
DATA="$FRESH_HOME/.local/share"
fresh desktop-file-validate "$DATA/applications/coursesmith.desktop" || fail "the installed menu entry is not valid"
grep -qx 'MimeType=application/x-coursesmith-library;' "$DATA/applications/coursesmith.desktop" \
    || fail "the menu entry does not open libraries"
for size in 16 22 24 32 48 64 128 256 512; do
    [ -f "$DATA/icons/hicolor/${size}x${size}/apps/coursesmith.png" ] || fail "no ${size}px icon"
done
[ -f "$DATA/icons/hicolor/scalable/apps/coursesmith.svg" ] || fail "no scalable icon"
[ "$(readlink "$FRESH_HOME/.local/bin/coursesmith")" = "$APP/coursesmith" ] || fail "no ~/.local/bin/coursesmith"
content_type() { fresh gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
[ "$(content_type "$WORK/Fire Drill.cslib")" = application/x-coursesmith-library ] \
    || fail "a .cslib file is $(content_type "$WORK/Fire Drill.cslib")"
cp "$WORK/Fire Drill.cslib" "$WORK/renamed-library"
[ "$(content_type "$WORK/renamed-library")" = application/x-coursesmith-library ] \
    || fail "a library without its suffix is $(content_type "$WORK/renamed-library")"
says 'Default application.*: coursesmith.desktop' fresh gio mime application/x-coursesmith-library \
    || fail "Coursesmith is not the default app for libraries: $(fresh gio mime application/x-coursesmith-library)"
ok "installed: menu entry, icons, *.cslib (by name and by contents) opens with coursesmith.desktop"

fresh gio launch "$DATA/applications/coursesmith.desktop" > "$WORK/menu.log" 2>&1 || fail "gio launch: $(cat "$WORK/menu.log")"
window="$(wait_for_window "Workplace Fire Safety — Coursesmith")" || fail "the menu entry opened no window"
close_window "$window"
ok "the menu entry opened the app"

fresh gio open "$WORK/Fire Drill.cslib" > "$WORK/open.log" 2>&1 || fail "gio open: $(cat "$WORK/open.log")"
window="$(wait_for_window "Fire Drill — Coursesmith")" || fail "opening Fire Drill.cslib showed no window"
close_window "$window"
ok "opening 'Fire Drill.cslib' from the desktop showed 'Fire Drill — Coursesmith'"

# 5. Uninstall: HOME as before install.sh.
fresh "$APP/uninstall.sh" >/dev/null || fail "uninstall.sh"
left="$(diff <(echo "$before") <(home_listing) || true)"
[ -z "$left" ] || fail "uninstall.sh left HOME changed:"$'\n'"$left"
ok "uninstall.sh removed everything install.sh added"
echo "smoke test passed: $(basename "$ARCHIVE")"
