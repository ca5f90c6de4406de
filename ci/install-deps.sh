#!/usr/bin/env bash
# Installs factlint's build and test dependencies from Debian 12 packages.
# Idempotent: only calls apt-get when something is missing. Run as root.
#
# --program: only what configuring and building needs (ci/run-checker.sh builds the
# program alone): no tools that only run tests (rg, fuzzing, the browser), and no npm, which would
# reach the npm registry for tests/browser.
set -euo pipefail

program_only=0
[ "${1:-}" = --program ] && program_only=1

packages=(
  build-essential cmake pkg-config
  libboost-dev            # Boost.Spirit X3 (header-only): the rule language parser
  libsqlite3-dev          # the store
  libfmt-dev              # output formatting
  catch2                  # tests (2.13)
  libcli11-dev            # command-line parsing
  nlohmann-json3-dev      # JSON reports and parse output
  libutf8proc-dev         # NFKC normalization and case folding
  libcmark-gfm-dev libcmark-gfm-extensions-dev   # Markdown text extraction
  libgumbo-dev            # HTML text extraction
  libxxhash-dev           # content hashes for the extraction cache
  libtomlplusplus-dev     # .factlint.toml and decisions files
  libcpp-httplib-dev      # factlint serve, the review app
  "$(bash "$(dirname "$0")/hyperscan-package.sh")"   # Hyperscan (or Vectorscan off amd64): one scan of a document's raw bytes for every rule literal (match/raw_prefilter.h)
  libstemmer-dev          # Snowball stemmer: rule words match their inflections (docs/rules.md)
  libbenchmark-dev        # Google Benchmark: bench/micro_bench.cc (built in CI so it cannot rot; ci/build.sh configures it)
)
test_packages=(
  ripgrep hyperfine       # benchmarks compare against rg
  python3                 # bench/generate.py and bench/accuracy/score.py (their smoke tests run in the suite)
  clang-14 libclang-rt-14-dev   # libFuzzer targets (ci/fuzz.sh)
  chromium nodejs         # browser tests of factlint serve (tests/browser/)
)
[ "$program_only" = 1 ] || packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

export DEBIAN_FRONTEND=noninteractive
if [ ${#missing[@]} -eq 0 ]; then
  echo "ci/install-deps.sh: all dependencies present"
else
  echo "ci/install-deps.sh: installing ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ "$program_only" = 1 ] && exit 0

# npm comes with some nodejs builds and is a Debian package of its own for others.
if ! command -v npm >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends npm
fi

# playwright-core drives Debian's /usr/bin/chromium; it never downloads a browser.
browser_tests="$(cd "$(dirname "$0")/.." && pwd)/tests/browser"
if [ ! -d "$browser_tests/node_modules/playwright-core" ]; then
  echo "ci/install-deps.sh: npm ci in tests/browser (playwright-core)"
  (cd "$browser_tests" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
