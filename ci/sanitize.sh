#!/usr/bin/env bash
# Builds factlint and its tests with AddressSanitizer and UndefinedBehaviorSanitizer
# into build-asan/ and runs the whole test suite there: any memory error, leak or
# undefined behaviour fails the test that hit it.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTLINT_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd build-asan
ctest --output-on-failure -j"$jobs"
