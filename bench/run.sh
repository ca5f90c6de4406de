#!/usr/bin/env bash
# End-to-end benchmark: `factlint check` on the bundled corpus copied N times (as
# separate documents), cold (no cache) and warm (every document from the store's
# cache), next to ripgrep searching the same files for the rules' anchor words.
# Prints wall time, throughput and peak memory. Not part of the test suite: speed
# goals live here, never in timed unit tests.
#
#   bash bench/run.sh [COPIES]        (default 200 copies = about 9 MB)
#
# Build first (bash ci/build.sh). Uses hyperfine and /usr/bin/time when present.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-200}
bin=$PWD/build/factlint
[ -x "$bin" ] || { echo "bench/run.sh: build first: bash ci/build.sh" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
cp -r rules "$work/rules"
for i in $(seq 1 "$copies"); do
  # A last line of its own makes every copy a distinct document for the cache.
  for f in corpus/*.txt; do { cat "$f"; printf '\nCopy %s.\n' "$i"; } > "$work/corpus/$(basename "$f" .txt)-$i.txt"; done
done
bytes=$(cat "$work"/corpus/*.txt | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "corpus: $copies copies, $(ls "$work/corpus" | wc -l) documents, $mb MB"
cd "$work"

anchors='(largest|biggest|border|split|annex|treaty|met |visit|statement|limits)'
measure() {  # name, command...: best of 3 wall times and the peak RSS
  local name=$1; shift
  local best=999999 rss=0
  for _ in 1 2 3; do
    [ "$name" = "factlint cold" ] && rm -rf .factlint
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    local out t m
    out=$(tail -1 "$work/time.txt")
    t=${out% *}
    m=${out#* }
    best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b) ? a : b }')
    rss=$m
  done
  awk -v n="$name" -v t="$best" -v mb="$mb" -v r="$rss" \
    'BEGIN { printf "%-16s %7.3f s  %8.1f MB/s  peak %6.1f MB\n", n, t, (t > 0 ? mb / t : 0), r / 1024 }'
}

measure "factlint --no-db" "$bin" check --no-db --fail-on never
measure "factlint cold" "$bin" check --fail-on never
measure "factlint warm" "$bin" check --fail-on never
measure "rg anchors" rg -c -i "$anchors" corpus
