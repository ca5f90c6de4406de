#!/usr/bin/env bash
# Builds the Debian package: installs only what building factlint needs (Debian 12,
# as root), builds the program alone (no tests) in build-package/, and runs
# `cpack -G DEB`. Prints the path of factlint_VERSION_ARCH.deb on its last line.
# Used by the Dockerfile and the GitHub Action (docs/ci.md#install).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-package}
packages=(build-essential cmake pkg-config dpkg-dev file
          libboost-dev libsqlite3-dev libfmt-dev libcli11-dev nlohmann-json3-dev libutf8proc-dev
          libcmark-gfm-dev libcmark-gfm-extensions-dev libgumbo-dev libxxhash-dev libtomlplusplus-dev libstemmer-dev "$(bash ci/hyperscan-package.sh)")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "ci/package.sh: missing ${missing[*]}; run as root or install them" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$dir" -j"$(nproc 2>/dev/null || echo 2)" --target factlint
(cd "$dir" && cpack -G DEB >/dev/null)
ls "$dir"/factlint_*.deb | tail -n 1
