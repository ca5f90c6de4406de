#!/usr/bin/env bash
# Builds factlint, its tests and the fuzz targets with AddressSanitizer and
# UndefinedBehaviorSanitizer (clang-14, into build-fuzz/) and runs the whole test
# suite there: any memory error, leak or undefined behaviour fails the test that
# hit it. One instrumented build serves both this suite and ci/fuzz.sh, which
# halves CI time; the libFuzzer coverage hooks are inert outside a fuzz target.
# (-DFACTLINT_SANITIZE=ON alone gives the same sanitizers with any compiler, e.g.
# gcc into build-asan/, for a build without the fuzzers.)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
bash ci/configure-fuzz.sh
cmake --build build-fuzz -j"$jobs"
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd build-fuzz
ctest --output-on-failure -j"$jobs"
