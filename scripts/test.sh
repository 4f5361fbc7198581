#!/usr/bin/env bash
# Set up everything the tests need, then run the whole test suite (arguments go to pytest).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

apt_need "${QT_RUNTIME[@]}"
python_env test
node_tools
# The app's accessibility tree as a screen reader reads it (tests/ui/test_atspi.py).
apt_need dbus-daemon at-spi2-core python3-pyatspi
# The review build is also tested in Firefox (tests/e2e/test_review_build_firefox.py).
apt_need firefox-esr

cd "$REPO"
say "checking the layer contracts (import-linter)"
"$VENV/bin/lint-imports" --no-cache
say "running the tests"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
