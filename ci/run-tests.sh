#!/usr/bin/env bash
# The README's second command (and CI's): set up, build, run the whole test suite;
# then the same suite under ASan+UBSan and a short run of every fuzz target.
#
# The suite gates. The sanitizer suite and the fuzzers run and report, but do not gate
# yet: they have never completed on this machine (the session that added them ran on a
# machine too loaded to build them), and a first run must be seen before it can block
# every change. Set FACTLINT_STRICT=1 to make them gate now; issue 14 makes it the default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/build.sh
jobs=$(nproc 2>/dev/null || echo 2)
(cd build && ctest --output-on-failure -j"$jobs") 2>&1 | tee build/ctest-suite.log

strict=${FACTLINT_STRICT:-0}
extra_failed=()
bash ci/sanitize.sh || extra_failed+=("sanitizer suite (ci/sanitize.sh)")
bash ci/fuzz.sh "${FACTLINT_FUZZ_SECONDS:-20}" || extra_failed+=("fuzzers (ci/fuzz.sh)")
if [ ${#extra_failed[@]} -gt 0 ]; then
  echo "ci/run-tests.sh: FAILED, not gating yet: ${extra_failed[*]}"
  [ "$strict" = 1 ] && exit 1
fi
# The suite's own verdict, last, so it is the closing line a reader (or CI) sees.
grep -E "tests passed|tests failed" build/ctest-suite.log | tail -1
