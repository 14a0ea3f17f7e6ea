#!/usr/bin/env bash
# bench_export.sh: `sdrs-failures export --all-groups` against export-curl-jq.sh (curl + jq), on
# the emulator with 100 protection groups and 100,000 failed tasks.
#
#   tests/benchmarks/bench_export.sh BUILD_DIR [RUNS]     (RUNS: 3 unless given)
#
# Each run times both with GNU time (wall seconds, peak RSS), then requires the two CSV files
# to be byte-identical: a difference fails the benchmark (exit 1) and shows where they differ.
# Prints each run and the medians: wall time of both, script/ours, peak RSS of ours, rows.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: ${0##*/} BUILD_DIR [RUNS]" >&2
    exit 2
fi
build=${1%/}
runs=${2:-3}
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
    echo "${0##*/}: RUNS must be a whole number from 1" >&2
    exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
emulator=$build/emulator/sdrs-emulator
ours=$build/app/sdrs-failures
script=$here/export-curl-jq.sh
groups=100
failures=100000
token=bench
project=benchproject

for f in "$emulator" "$ours" "$script" /usr/bin/time; do
    if [[ ! -x $f ]]; then
        echo "${0##*/}: $f is missing or not executable" >&2
        exit 1
    fi
done

tmp=$(mktemp -d)
emulator_pid=
cleanup() {
    if [[ -n $emulator_pid ]]; then
        kill "$emulator_pid" 2>/dev/null || true
        wait "$emulator_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$emulator" --groups "$groups" --failures "$failures" --seed 1 --token "$token" \
    --project-id "$project" >"$tmp/emulator.out" 2>"$tmp/emulator.err" &
emulator_pid=$!
for ((i = 0; i < 600; ++i)); do
    [[ $(wc -l <"$tmp/emulator.out") -ge 1 ]] && break
    if ! kill -0 "$emulator_pid" 2>/dev/null; then
        echo "${0##*/}: the emulator ended:" >&2
        cat "$tmp/emulator.err" >&2
        emulator_pid=
        exit 1
    fi
    sleep 0.1
done
read -r url <"$tmp/emulator.out" || true
if [[ $url != http* ]]; then
    echo "${0##*/}: the emulator printed no URL within 60 s" >&2
    exit 1
fi
echo "emulator: $url, $groups groups, $failures failed tasks"

# Rows of an RFC 4180 file: records, not lines (a quoted cell may hold line breaks), minus the
# header. A record ends at a line end outside quotes, i.e. after an even number of quotes.
count_rows() {
    awk '{ q += gsub(/"/, "\""); if (q % 2 == 0) { n++; q = 0 } } END { print n - 1 }' "$1"
}

# Shows where two CSV files first differ: cmp's offset and line, then the diff of the lines
# around it (CR shown as <CR>).
show_difference() {
    local a=$1 b=$2 line first last
    cmp "$a" "$b" || true
    line=$({ cmp "$a" "$b" 2>/dev/null || true; } | sed -n 's/.* line \([0-9]*\)$/\1/p')
    if [[ -z $line ]]; then
        # One file is a prefix of the other (cmp: EOF on ...).
        line=$(($(wc -l <"$a") < $(wc -l <"$b") ? $(wc -l <"$a") : $(wc -l <"$b")))
    fi
    first=$((line > 3 ? line - 3 : 1))
    last=$((line + 3))
    echo "lines $first-$last, < ${a##*/}, > ${b##*/}:"
    diff -a <(sed -n "${first},${last}p" "$a" | sed 's/\r/<CR>/g') \
        <(sed -n "${first},${last}p" "$b" | sed 's/\r/<CR>/g') || true
    echo "rows: ${a##*/} $(count_rows "$a"), ${b##*/} $(count_rows "$b");" \
        "bytes: $(wc -c <"$a"), $(wc -c <"$b")"
}

median() {
    sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ours_times=() script_times=() ratios=() rss=() rows=()
printf '%-6s %10s %10s %12s %13s %8s\n' run 'ours s' 'script s' 'script/ours' 'ours RSS MB' rows
for ((run = 1; run <= runs; ++run)); do
    rm -f "$tmp/ours.csv" "$tmp/script.csv"
    if ! OS_AUTH_TOKEN=$token XDG_CONFIG_HOME=$tmp/config /usr/bin/time -f '%e %M' \
        -o "$tmp/ours.time" "$ours" export --all-groups --endpoint "$url" \
        --project-id "$project" -o "$tmp/ours.csv" >"$tmp/ours.out" 2>"$tmp/ours.err"; then
        echo "${0##*/}: run $run: sdrs-failures export failed:" >&2
        cat "$tmp/ours.err" "$tmp/ours.time" >&2
        exit 1
    fi
    if ! /usr/bin/time -f '%e %M' -o "$tmp/script.time" \
        "$script" "$url" "$project" "$token" "$tmp/script.csv" >"$tmp/script.out" 2>"$tmp/script.err"; then
        echo "${0##*/}: run $run: export-curl-jq.sh failed:" >&2
        cat "$tmp/script.err" "$tmp/script.time" >&2
        exit 1
    fi
    if ! cmp -s "$tmp/ours.csv" "$tmp/script.csv"; then
        echo "${0##*/}: run $run: the CSV files differ" >&2
        show_difference "$tmp/ours.csv" "$tmp/script.csv" >&2
        exit 1
    fi
    read -r ours_s ours_kib < <(tail -n 1 "$tmp/ours.time")
    read -r script_s _ < <(tail -n 1 "$tmp/script.time")
    n=$(count_rows "$tmp/ours.csv")
    if ((n != failures)); then
        echo "${0##*/}: run $run: both files hold $n rows, the emulator has $failures" >&2
        exit 1
    fi
    ratio=$(awk -v s="$script_s" -v o="$ours_s" 'BEGIN { printf "%.1f", (o > 0) ? s / o : 0 }')
    mb=$(awk -v k="$ours_kib" 'BEGIN { printf "%.1f", k / 1024 }')
    ours_times+=("$ours_s") script_times+=("$script_s") ratios+=("$ratio") rss+=("$mb") rows+=("$n")
    printf '%-6s %10.2f %10.2f %12s %13s %8s\n' "$run" "$ours_s" "$script_s" "${ratio}x" "$mb" "$n"
done
printf '%-6s %10.2f %10.2f %12s %13s %8s\n' median \
    "$(printf '%s\n' "${ours_times[@]}" | median)" \
    "$(printf '%s\n' "${script_times[@]}" | median)" \
    "$(printf '%s\n' "${ratios[@]}" | median | awk '{ printf "%.1f", $1 }')x" \
    "$(printf '%s\n' "${rss[@]}" | median | awk '{ printf "%.1f", $1 }')" \
    "$(printf '%s\n' "${rows[@]}" | median)"
echo "files byte-identical in all $runs runs"
