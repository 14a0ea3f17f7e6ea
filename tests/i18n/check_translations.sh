#!/bin/bash
# Fails when translations/*.ts are not in sync with the sources or not complete:
#  - lupdate, run on copies exactly as `update_translations` runs it, must change nothing (a text
#    added, changed or removed in the code without `cmake --build build --target
#    update_translations` fails here);
#  - no entry may be unfinished, vanished or obsolete;
#  - lrelease must compile each file with every entry translated.
# The English file holds only the plural forms of the %n texts (lupdate -pluralonly).
# Usage: check_translations.sh LUPDATE LRELEASE SOURCE_DIR TS_FILE... -- LUPDATE_ARGS...
set -euo pipefail
lupdate=$1 lrelease=$2 source=$3
shift 3
ts=()
while [ "$1" != "--" ]; do ts+=("$1"); shift; done
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
cd "$source"
for file in "${ts[@]}"; do
    name=$(basename "$file")
    cp "$file" "$tmp/$name"
    plural=()
    case "$name" in *_en.ts) plural=(-pluralonly) ;; esac # English: only the %n forms
    "$lupdate" -silent "$@" "${plural[@]}" -ts "$tmp/$name"
    if ! cmp -s "$file" "$tmp/$name"; then
        echo "FAIL: $name is out of date with the sources; run: cmake --build build --target update_translations" >&2
        diff -u "$file" "$tmp/$name" | head -40 >&2 || true
        status=1
    fi
    for kind in unfinished vanished obsolete; do
        n=$(grep -c "type=\"$kind\"" "$file" || true)
        if [ "$n" -ne 0 ]; then
            echo "FAIL: $name has $n $kind entries" >&2
            grep -B3 "type=\"$kind\"" "$file" | grep "<source>" | head -10 >&2 || true
            status=1
        fi
    done
    report=$("$lrelease" "$file" -qm "$tmp/${name%.ts}.qm" 2>&1)
    if ! grep -q "Generated [0-9]* translation(s) ([0-9]* finished and 0 unfinished)" <<<"$report"; then
        echo "FAIL: lrelease $name: $report" >&2
        status=1
    fi
    echo "$name: $(grep -c '<message' "$file") entries"
done
exit $status
