#!/usr/bin/env bash
# Put Coursesmith in this user's application menu and open .cslib libraries with it.
#
#   ./install.sh               from the unpacked Coursesmith/ folder; no root needed
#   ./install.sh --uninstall   (what uninstall.sh runs) remove exactly what install added
#
# Installs, under ~/.local (XDG_DATA_HOME if set), every file of this folder's share/:
# the menu entry (applications/coursesmith.desktop, pointing at this folder), the icons
# (icons/hicolor/*/apps/coursesmith.*) and the file type (mime/packages/coursesmith.xml:
# *.cslib is application/x-coursesmith-library); and ~/.local/bin/coursesmith, a link to
# this folder's program. Then refreshes the desktop's caches with the tools it has.
# Running it again (e.g. after moving the folder) updates the same files. Uninstall
# removes those files, refreshes the caches, and removes the folders left empty.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROGRAM="$HERE/coursesmith"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="$HOME/.local/bin"
LINK="$BIN/coursesmith"
DESKTOP_FILE="applications/coursesmith.desktop"

say() { printf '%s\n' "$*"; }

# The files this folder installs, relative to share/ (the same list for both actions).
shipped_files() { (cd "$HERE/share" && find . -type f | sed 's|^\./||' | sort); }

# A path as one argument of a desktop entry's Exec key: quoted, with the characters the
# specification reserves escaped, then escaped again as a desktop-entry string.
exec_argument() {
    local s="$1"
    s="${s//\\/\\\\}"; s="${s//\"/\\\"}"; s="${s//\`/\\\`}"; s="${s//\$/\\\$}"
    s="\"${s//%/%%}\""
    printf '%s' "${s//\\/\\\\}"
}

# The menu entry with Exec and TryExec pointing at this folder's program (the menu does
# not search ~/.local/bin, which is on PATH only in some sessions).
write_desktop_entry() {
    local source="$HERE/share/$DESKTOP_FILE" target="$DATA/$DESKTOP_FILE" line
    {
        while IFS= read -r line || [ -n "$line" ]; do
            case "$line" in
                Exec=coursesmith*) printf 'Exec=%s%s\n' "$(exec_argument "$PROGRAM")" "${line#Exec=coursesmith}" ;;
                TryExec=*) printf 'TryExec=%s\n' "${PROGRAM//\\/\\\\}" ;;
                *) printf '%s\n' "$line" ;;
            esac
        done < "$source"
    } > "$target.tmp"
    mv -f "$target.tmp" "$target"
}

have() { command -v "$1" >/dev/null 2>&1; }

# Rebuild what the desktop derives from the installed files; where nothing of anyone's
# is left to derive from, remove the derived files too (they would only describe nothing).
refresh_caches() {
    if [ -d "$DATA/mime/packages" ] && [ -z "$(ls -A "$DATA/mime/packages")" ]; then
        find "$DATA/mime" -mindepth 1 -maxdepth 1 ! -name packages -exec rm -rf {} +
    elif [ -d "$DATA/mime/packages" ] && have update-mime-database; then
        update-mime-database "$DATA/mime"
    fi
    if [ -d "$DATA/applications" ] && [ -z "$(find "$DATA/applications" -name '*.desktop' -print -quit)" ]; then
        rm -f "$DATA/applications/mimeinfo.cache"
    elif [ -d "$DATA/applications" ] && have update-desktop-database; then
        update-desktop-database -q "$DATA/applications"
    fi
    # A user icon cache is refreshed only if one exists: creating one would hide icons
    # other programs add later without refreshing it (xdg-icon-resource does the same).
    if [ -f "$DATA/icons/hicolor/icon-theme.cache" ] && have gtk-update-icon-cache; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
    fi
    touch -c "$DATA/icons/hicolor" 2>/dev/null || true  # icon themes rescan a newer folder
}

install_files() {
    local file
    while IFS= read -r file; do
        mkdir -p "$DATA/$(dirname "$file")"
        if [ "$file" = "$DESKTOP_FILE" ]; then
            write_desktop_entry
        else
            cp -f "$HERE/share/$file" "$DATA/$file"
        fi
    done < <(shipped_files)
    mkdir -p "$BIN"
    if [ -e "$LINK" ] && [ ! -L "$LINK" ]; then
        say "left $LINK alone: it is not a link this script made (another Coursesmith?)"
    else
        ln -sfn "$PROGRAM" "$LINK"
    fi
    refresh_caches
    say "Coursesmith is in the application menu; .cslib files open with it."
    say "Program: $PROGRAM (also $LINK). To remove: $HERE/uninstall.sh"
}

# Remove FOLDER and its parents while they are empty, up to (not including) STOP.
remove_empty_folders() {
    local folder="$1" stop="$2"
    while [ "$folder" != "$stop" ] && [ "${folder#"$stop"/}" != "$folder" ] \
            && rmdir "$folder" 2>/dev/null; do
        folder="$(dirname "$folder")"
    done
}

uninstall_files() {
    local file folders=()
    while IFS= read -r file; do
        rm -f "$DATA/$file"
        folders+=("$DATA/$(dirname "$file")")
    done < <(shipped_files)
    if [ -L "$LINK" ] && [ "$(readlink "$LINK")" = "$PROGRAM" ]; then
        rm -f "$LINK"
    fi
    refresh_caches
    for folder in "${folders[@]}" "$DATA/mime/packages" "$DATA/applications"; do
        remove_empty_folders "$folder" "$HOME"
    done
    remove_empty_folders "$BIN" "$HOME"
    say "Coursesmith is no longer in the application menu; this folder is left as it was."
}

case "${1:-}" in
    "") install_files ;;
    --uninstall) uninstall_files ;;
    *) say "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
