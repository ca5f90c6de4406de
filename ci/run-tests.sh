#!/usr/bin/env bash
# The README's second command (and CI's): set up, build, run the whole test suite;
# then the same suite under ASan+UBSan and a short run of every fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/build.sh
jobs=$(nproc 2>/dev/null || echo 2)
(cd build && ctest --output-on-failure -j"$jobs")
bash ci/sanitize.sh
bash ci/fuzz.sh "${FACTLINT_FUZZ_SECONDS:-20}"
