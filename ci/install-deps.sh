#!/usr/bin/env bash
# Installs factlint's build and test dependencies from Debian 12 packages.
# Idempotent: only calls apt-get when something is missing. Run as root.
set -euo pipefail

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
  libstemmer-dev          # Snowball stemmer: rule words match their inflections (docs/rules.md)
  ripgrep hyperfine       # benchmarks compare against rg
  python3                 # bench/generate.py and bench/accuracy/score.py (their smoke tests run in the suite)
  clang-14 libclang-rt-14-dev   # libFuzzer targets (ci/fuzz.sh)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "ci/install-deps.sh: all dependencies present"
  exit 0
fi

echo "ci/install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
