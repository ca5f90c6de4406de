#!/usr/bin/env bash
# Installs missing dependencies and builds factlint into build/ (Release with debug info):
# everything, or only the targets named (bash ci/build.sh factlint).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then
  # Targets named (bash ci/build.sh factlint): the build's packages only, no test tools
  # and no network for tests/browser (ci/install-deps.sh --program).
  if [ $# -gt 0 ]; then bash ci/install-deps.sh --program; else bash ci/install-deps.sh; fi
else
  echo "ci/build.sh: not root, skipping apt-get; run 'sudo bash ci/install-deps.sh' if the build says a package is missing"
fi
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTLINT_BUILD_BENCH=ON >/dev/null
# Arguments are build targets: `bash ci/build.sh factlint` builds only the program.
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build -j"$jobs" "${targets[@]}"
