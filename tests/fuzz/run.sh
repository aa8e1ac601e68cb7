#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into build/fuzz and runs each
# for REBOUND_FUZZ_SECONDS (default 60). Exits non-zero on a crash and prints the
# reproducer; replay one with: build/fuzz/fuzz_vcard <file>.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
build=${REBOUND_FUZZ_BUILD:-$root/build/fuzz}
seconds=${REBOUND_FUZZ_SECONDS:-40}

cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build"

# Leak checking stays on: Qt's process-lifetime allocations (time zone and codec
# caches, the labels' statics) stay reachable from globals, so LeakSanitizer does
# not report them. If a Qt update ever trips it, add detect_leaks=0 here and say why.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
for target in fuzz_vcard fuzz_icalendar fuzz_sync fuzz_daylio; do
  corpus="$build/corpus/$target"
  artifacts="$build/artifacts/$target/"
  mkdir -p "$corpus" "$artifacts"
  seeds=()
  [ "$target" = fuzz_vcard ] && seeds=("$root/tests/data/vcard")
  [ "$target" = fuzz_daylio ] && seeds=("$root/tests/data/daylio")
  echo "== $target for ${seconds}s"
  log="$build/$target.log"
  if "$build/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' "$log" || true
  else
    status=1
    tail -n 40 "$log"
    echo "!! $target failed; reproducer(s):"
    ls -1 "$artifacts" | sed "s|^|   $artifacts|"
  fi
done
exit $status
