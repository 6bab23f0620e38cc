#!/usr/bin/env bash
# Runs one libFuzzer target from build-fuzz/ on its seed corpus, e.g.
#   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DJIXIAO_FUZZ=ON -DJIXIAO_BENCH=OFF
#   cmake --build build-fuzz --target fuzz
#   tests/fuzz/run-fuzz.sh fuzz_reportjsonreader 600
# The corpus grows in build-fuzz/fuzz-corpus/TARGET; crashes land in build-fuzz/fuzz-crashes/.
set -uo pipefail
cd "$(dirname "$0")/../.."
target=${1:?target: fuzz_reportjsonreader | fuzz_moneyinput | fuzz_scoringschemereader | fuzz_workbookreader}
seconds=${2:-60}
build=${BUILD_DIR:-build-fuzz}
corpus=$build/fuzz-corpus/$target
crashes=$build/fuzz-crashes/$target
mkdir -p "$corpus" "$crashes"

case $target in
  fuzz_reportjsonreader)
    cp -n resources/samples/xiangtan-2023.json "$corpus"/
    find tests/data -name '*.json' -not -path '*/fuzz-reproducers/*' | while read -r f; do
      cp -n "$f" "$corpus/$(echo "$f" | tr / _)"; done
    dict=tests/fuzz/json.dict ;;
  fuzz_scoringschemereader)
    cp -n resources/schemes/hunan.json "$corpus"/
    dict=tests/fuzz/json.dict ;;
  fuzz_workbookreader)
    find tests/data/tables -name '*.xls*' | while read -r f; do cp -n "$f" "$corpus/$(basename "$f")"; done
    dict=tests/fuzz/xlsx.dict ;;
  fuzz_moneyinput)
    cp -n tests/fuzz/seeds/money/* "$corpus"/
    dict=tests/fuzz/money.dict ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac

# -jobs=1 runs the fuzzer in a child process that logs to fuzz-0.log in the current folder.
root=$PWD
mkdir -p "$build/fuzz-logs/$target"
cd "$build/fuzz-logs/$target"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp}
# -max_len: reports are a few kB; 64 kB leaves room for long rows without slowing the search.
"$root/$build/tests/fuzz/$target" "$root/$corpus" -dict="$root/$dict" -max_total_time="$seconds" -jobs=1 \
  -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$root/$crashes/" "${@:3}"
status=$?
cat fuzz-0.log
echo "corpus: $(ls "$root/$corpus" | wc -l) files, $(du -sk "$root/$corpus" | cut -f1) kB; crashes: $(ls "$root/$crashes" | wc -l)"
exit $status
