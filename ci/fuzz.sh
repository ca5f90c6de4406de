#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan+UBSan, into build-fuzz/) and runs
# each for a time box over its seed corpus fuzz/corpus/<target>/ (docs/limits.md).
# Usage: ci/fuzz.sh [seconds-per-target] [target ...]   (default 25 s, every target)
# New inputs go to build-fuzz/corpus/<target>/, crashes to build-fuzz/artifacts/;
# exits 1 when any target crashed, hung or ran out of memory.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-25}
shift || true
jobs=$(nproc 2>/dev/null || echo 2)

bash ci/configure-fuzz.sh
if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(ls fuzz/corpus)
fi
cmake --build build-fuzz -j"$jobs" --target "${targets[@]/#/fuzz_}"

failed=()
for t in "${targets[@]}"; do
  scratch=build-fuzz/corpus/$t
  mkdir -p "$scratch" build-fuzz/artifacts build-fuzz/logs
  log=build-fuzz/logs/$t.log
  # -timeout: one input taking 30 s (wall clock, so a loaded machine counts) is a hang; -rss_limit_mb: memory must stay bounded.
  if build-fuzz/fuzz/fuzz_"$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="build-fuzz/artifacts/$t-" "$scratch" "fuzz/corpus/$t" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "ci/fuzz.sh: $t: ok, $runs runs in ${seconds} s"
  else
    echo "ci/fuzz.sh: $t: FAILED; see $log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -5 || true
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "ci/fuzz.sh: failed: ${failed[*]} (crashing inputs in build-fuzz/artifacts/)"
  exit 1
fi
