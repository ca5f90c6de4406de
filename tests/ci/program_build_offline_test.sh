#!/usr/bin/env bash
# The README's first command (ci/run-checker.sh) builds the program only, so its set-up
# must not run npm for the browser tests (the network) nor install the test tools.
# Runs ci/build.sh factlint in a copy of ci/, as root as far as it can tell, with every
# Debian package installed and npm, apt-get and cmake logging instead of running.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/repo/ci" "$tmp/repo/tests/browser" "$tmp/bin"
cp "$repo"/ci/*.sh "$tmp/repo/ci/"
log="$tmp/calls"
: > "$log"
for tool in npm apt-get cmake; do
  printf '#!/bin/sh\necho "%s $*" >> "%s"\n' "$tool" "$log" > "$tmp/bin/$tool"
done
printf '#!/bin/sh\nprintf "install ok installed"\n' > "$tmp/bin/dpkg-query"
printf '#!/bin/sh\necho amd64\n' > "$tmp/bin/dpkg"
printf '#!/bin/sh\necho 0\n' > "$tmp/bin/id"
chmod +x "$tmp/bin/"*
PATH="$tmp/bin:$PATH" bash "$tmp/repo/ci/build.sh" factlint > "$tmp/out" 2>&1 || {
  echo "FAILED: ci/build.sh factlint exited $?"; cat "$tmp/out"; exit 1; }
if grep -q '^npm\|^apt-get' "$log"; then
  echo "FAILED: building the program alone ran npm or apt-get:"; cat "$log"; exit 1
fi
if ! grep -q '^cmake --build build .*--target factlint' "$log"; then
  echo "FAILED: the program was not built:"; cat "$log"; exit 1
fi
echo "ok: ci/build.sh factlint ran no npm and no apt-get"
