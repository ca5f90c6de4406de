#!/usr/bin/env bash
# Configures build-fuzz/: clang-14 with ASan, UBSan and libFuzzer coverage, tests
# included. Shared by ci/sanitize.sh and ci/fuzz.sh so neither reconfigures the other.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DFACTLINT_FUZZ=ON -DBUILD_TESTING=ON >/dev/null
