#!/usr/bin/env bash
# Inside `dbus-run-session`: start the accessibility bus, open the app on LIB, and read
# its accessibility tree with Debian's Python (pyatspi). Usage: atspi_session.sh COURSESMITH LIB
set -euo pipefail
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QTWEBENGINE_DISABLE_SANDBOX=1
/usr/libexec/at-spi-bus-launcher --launch-immediately &
BUS=$!
sleep 1
"$1" open "$2" &
APP=$!
trap 'kill $APP $BUS 2>/dev/null || true' EXIT
/usr/bin/python3 "$(dirname "$0")/atspi_names.py" "$APP"
