#!/usr/bin/env bash
# Build dist/Coursesmith.app and dist/Coursesmith-VERSION-macos-ARCH.dmg on macOS 12+.
#
#   bash packaging/macos/build.sh
#
# Needs Python 3.11 (python.org installer or Homebrew) and the Xcode command line tools.
# Same spec as Linux and Windows (packaging/coursesmith.spec). Signs and notarises when
# CODESIGN_IDENTITY ("Developer ID Application: NAME (TEAMID)") and NOTARY_PROFILE (a
# `xcrun notarytool store-credentials` profile) are set. Not run by this project's CI:
# see packaging/macos/README.md.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO"
PYTHON="${PYTHON:-python3.11}"

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[bundle]"
VERSION="$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py build/icons
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/coursesmith.spec
APP="dist/Coursesmith.app"
"$APP/Contents/MacOS/coursesmith" --version  # the bundled command line runs

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    # PyInstaller signed each binary (codesign_identity in the spec); seal the whole app.
    codesign --force --deep --options runtime --timestamp \
        --entitlements packaging/macos/entitlements.plist --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --strict --verbose=2 "$APP"
fi

DMG="dist/Coursesmith-$VERSION-macos-$(uname -m).dmg"
rm -f "$DMG"
hdiutil create -volname Coursesmith -srcfolder "$APP" -ov -format UDZO "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$DMG"
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "built $DMG"
