#!/usr/bin/env bash
# Refresh the interface translations from the code, then compile them for the app.
#
#   bash scripts/translations.sh            update every translations/coursesmith_LL.ts, compile
#   bash scripts/translations.sh --check    compile only (what the tests compare against)
#
# pyside6-lupdate reads every tr()/translate() in authoring/ui into the .ts files (new
# strings arrive unfinished, for Qt Linguist; vanished ones are dropped). pyside6-lrelease
# compiles them to resources/translations/coursesmith_LL.qm, which the app, the wheel and
# the bundle load. A new language: copy a .ts to coursesmith_LL.ts, set its `language`
# attribute, translate it, add LL to authoring/ui/languages.py, run this script.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
python_env app
cd "$REPO"

mapfile -t SOURCES < <(find authoring/ui -name '*.py' | sort)
for ts in translations/coursesmith_*.ts; do
    if [ "${1:-}" != "--check" ]; then
        "$VENV/bin/pyside6-lupdate" -silent -no-obsolete -locations none "${SOURCES[@]}" -ts "$ts"
    fi
    language="$(basename "$ts" .ts)"
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "resources/translations/$language.qm"
done
say "translations: $(ls translations/*.ts | wc -l) languages compiled into resources/translations"
