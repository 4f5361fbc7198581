# Sourced by run.sh and test.sh: installs what Coursesmith needs, idempotently.
#
# A fresh Debian with Python 3.11 has no venv module, no Qt system libraries and none of
# the test tools; a machine that already has them skips every step quickly.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
PYTHON="${PYTHON:-python3}"

say() { printf '==> %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt_need PACKAGE...: install the Debian packages that are not installed yet.
apt_need() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Qt's window (xcb) plugin and QtWebEngine need these on a bare Debian.
QT_RUNTIME=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
            libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
            libxkbcommon0 libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libnss3
            libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxshmfence1 libasound2 fonts-dejavu-core)

# python_env EXTRAS: a virtualenv with the project installed (pip runs only when
# pyproject.toml changed since the last install).
python_env() {
    local extras="$1"
    if ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
        apt_need python3-venv python3-pip
    fi
    [ -x "$VENV/bin/python" ] || { say "creating $VENV"; "$PYTHON" -m venv "$VENV"; }
    local stamp="$VENV/.installed-$extras"
    local want
    want="$(sha256sum "$REPO/pyproject.toml" | cut -c1-16)"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        say "installing Python packages ($extras)"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        if [ "$extras" = "app" ]; then
            "$VENV/bin/python" -m pip install -q -e "$REPO"
        else
            "$VENV/bin/python" -m pip install -q -e "$REPO[$extras]"
        fi
        echo "$want" > "$stamp"
    fi
}

# node_tools: the LMS-side software the end-to-end tests (tests/e2e) run packages against —
# npm packages pinned in package-lock.json (npm ci only when the lock file is newer than the
# last install), Debian Chromium for Playwright, and Xvfb for headed debugging.
node_tools() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        apt_need nodejs npm
    fi
    apt_need chromium xvfb
    local stamp="$REPO/node_modules/.package-lock.json"
    if [ ! -f "$stamp" ] || [ "$REPO/package-lock.json" -nt "$stamp" ]; then
        say "installing npm packages (npm ci)"
        (cd "$REPO" && npm ci --no-audit --no-fund --loglevel=error)
    fi
}
