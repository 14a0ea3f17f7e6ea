#!/bin/bash
# The layout's rules, checked on every test run (docs/architecture.md explains them):
# - every project include names its folder from the repository root ("models/failurejob.h");
# - includes point only downward: app -> ui -> models, app -> app/api -> models,
#   app -> app/history -> models,
#   emulator -> models, app -> emulator (for --demo), ui -> resources (icons); models include only
#   models and resources only resources;
# - no production file is longer than 600 lines.
# Usage: check_layers.sh SOURCE_DIR
set -u
root=${1:?usage: check_layers.sh SOURCE_DIR}
cd "$root" || exit 2
status=0

# Which folders a file in FOLDER may include from (space-separated, matched as prefixes).
allowed_for() {
    case "$1" in
    models/*) echo "models/" ;;
    ui/*) echo "ui/ models/ resources/" ;;
    resources/*) echo "resources/" ;;
    app/api/*) echo "app/api/ models/" ;;
    app/history/*) echo "app/history/ models/" ;;
    emulator/*) echo "emulator/ models/" ;;
    app/*) echo "app/ ui/ models/ emulator/ resources/" ;;
    *) echo "" ;;
    esac
}

while IFS= read -r file; do
    allowed=$(allowed_for "$file")
    while IFS=: read -r line target; do
        # Generated headers (Designer forms, moc output) sit in the build folder.
        case "$target" in ui_*.h | moc_*.cpp | *.moc) continue ;; esac
        ok=0
        for prefix in $allowed; do
            [[ $target == "$prefix"* ]] && ok=1
        done
        if ((!ok)); then
            echo "$file:$line: includes \"$target\", which $(dirname "$file")/ may not include"
            status=1
        fi
    done < <(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" |
        sed 's/^\([0-9]*\):[^"]*"\([^"]*\)".*/\1:\2/')
done < <(find app ui models emulator resources -name '*.cpp' -o -name '*.h' | sort)

while read -r lines file; do
    if ((lines > 600)) && [[ $file != total ]]; then
        echo "$file: $lines lines (a production file stays at 600 or fewer)"
        status=1
    fi
done < <(find app ui models emulator resources -name '*.cpp' -o -name '*.h' | xargs wc -l)

((status == 0)) && echo "layers and file sizes: OK"
exit $status
