#!/usr/bin/env bash
# Build the Linux desktop bundle: dist/Coursesmith-VERSION-linux-ARCH.tar.gz.
#
# The archive unpacks to Coursesmith/: `coursesmith` (the app and the whole command
# line, with its own Python and Qt: nothing else to install), install.sh / uninstall.sh
# (menu entry, icons and the .cslib file type for this user) and share/ (what install.sh
# copies). Made with PyInstaller from packaging/coursesmith.spec, the spec the Windows
# and macOS recipes use too. Installs what it needs on the first run, like scripts/*.sh.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"

GLIBC_FLOOR=35  # glibc 2.35, Ubuntu 22.04's: the oldest desktop the bundle must run on

apt_need "${QT_RUNTIME[@]}" binutils  # binutils: objdump, which PyInstaller and the spec use
python_env bundle

cd "$REPO"
started=$SECONDS
VERSION="$("$VENV/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
ARCHIVE="dist/Coursesmith-$VERSION-linux-$(uname -m).tar.gz"
APP="dist/Coursesmith"

say "drawing the icons from resources/icons/coursesmith.svg"
rm -rf build/icons
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" packaging/render_icons.py build/icons

say "collecting the app with PyInstaller (packaging/coursesmith.spec)"
rm -rf "$APP" "$ARCHIVE"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/coursesmith.spec

say "adding the desktop integration"
install -m 755 packaging/linux/install.sh packaging/linux/uninstall.sh "$APP/"
install -D -m 644 packaging/linux/coursesmith.desktop "$APP/share/applications/coursesmith.desktop"
install -D -m 644 packaging/linux/coursesmith-mime.xml "$APP/share/mime/packages/coursesmith.xml"
mkdir -p "$APP/share/icons"
cp -r build/icons/hicolor "$APP/share/icons/"
cat > "$APP/README.txt" <<EOF
Coursesmith $VERSION: desktop authoring of reusable, translatable e-learning.

  ./coursesmith                 open the app (the last library, else the sample)
  ./coursesmith --help          the command line (init, import, export, validate, ...)
  ./install.sh                  add it to your application menu and open .cslib files with it
  ./uninstall.sh                undo install.sh (then delete this folder to remove it all)

Keep this folder where it is after install.sh (e.g. ~/Applications/Coursesmith);
if you move it, run install.sh again from the new place.
EOF

say "checking that it runs on glibc 2.$GLIBC_FLOOR (Ubuntu 22.04) and newer"
newest="$({ find "$APP" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null || true; } \
          | { grep -o 'GLIBC_2\.[0-9]*' || true; } | cut -d. -f2 | sort -n | tail -1)"
if [ "${newest:-0}" -gt "$GLIBC_FLOOR" ]; then
    find "$APP" -type f -name '*.so*' -exec sh -c \
        'objdump -T "$1" 2>/dev/null | grep -q "GLIBC_2\.\(3[6-9]\|[4-9][0-9]\)" && echo "  $1"' _ {} \; >&2
    say "error: the files above need glibc 2.$newest; leave them to the desktop (packaging/linux_libraries.py)"
    exit 1
fi

say "writing $ARCHIVE"
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C dist -cf - Coursesmith | gzip -n -6 > "$ARCHIVE"

unpacked="$(du -sb "$APP" | cut -f1)"
packed="$(stat -c %s "$ARCHIVE")"
say "built $ARCHIVE in $((SECONDS - started)) s: $((unpacked / 1048576)) MiB unpacked, $((packed / 1048576)) MiB archive"
