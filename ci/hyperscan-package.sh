#!/usr/bin/env bash
# Prints the Debian package that provides Hyperscan (libhs), which the document
# prefilter needs (match/raw_prefilter.h). Debian 12 builds Intel's Hyperscan for
# amd64 only; Vectorscan, its portable fork with the same API and library (libhs.so.5,
# libhs.pc), is built for amd64, arm64 and ppc64el. An installed Vectorscan is kept
# (the two packages conflict); otherwise amd64 takes Hyperscan, the others Vectorscan.
set -euo pipefail
if dpkg-query -W -f='${Status}' libvectorscan-dev 2>/dev/null | grep -q "install ok installed"; then
  echo libvectorscan-dev
elif [ "$(dpkg --print-architecture)" = amd64 ]; then
  echo libhyperscan-dev
else
  echo libvectorscan-dev
fi
