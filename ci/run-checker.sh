#!/usr/bin/env bash
# The README's first command: set up, build, and check the bundled corpus with the bundled rules.
# Exits with factlint's own exit code (1: the corpus has conflicts, as the seeds do).
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/build.sh factlint  # the program only: the tests are the second command's
exec ./build/factlint check "$@"
