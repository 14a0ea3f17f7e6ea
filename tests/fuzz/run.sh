#!/usr/bin/env bash
# Fuzzes every decoder on demand with libFuzzer: tests/fuzz/run.sh SECONDS [JOBS]
# Builds build-fuzz/ with clang, AddressSanitizer and UndefinedBehaviorSanitizer, starts from the
# committed corpus (tests/fuzz/corpus), and afterwards merges what found new paths back into it
# (minimised), so that the finds can be committed and are replayed by every test run
# (fuzz_corpus_replay). A crash or a failed check leaves its input in build-fuzz/crashes/ and
# exits non-zero. Needs clang and libclang-rt-14-dev (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [JOBS]}
jobs=${2:-1}
SDRS_WITH_FUZZ_TOOLS=1 bash .ci/deps
build=build-fuzz
CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSDRS_SANITIZE=ON -DSDRS_FUZZ=ON -DSDRS_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target fuzz_decoders
corpus=tests/fuzz/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/crashes" "$work/new"
cp "$corpus"/* "$work/new/"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/.ci/lsan.supp"
fuzzer="$PWD/$build/tests/fuzz/fuzz_decoders"
rc=0
# From the build folder: with -jobs, libFuzzer writes its fuzz-N.log files where it runs.
(cd "$build" && "$fuzzer" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
    -jobs="$jobs" -workers="$jobs" -artifact_prefix="$PWD/crashes/" "$work/new") || rc=$?
before=$(ls "$corpus" | wc -l)
"$fuzzer" -merge=1 "$corpus" "$work/new" >/dev/null 2>&1
after=$(ls "$corpus" | wc -l)
echo "fuzzed ${seconds}s; the corpus grew from $before to $after inputs; crashes in $build/crashes/: $(ls "$build/crashes" | wc -l)"
exit $rc
