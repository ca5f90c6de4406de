#!/usr/bin/env bash
# Scaling benchmark (issue 10): factlint on a generated corpus with rule sets of
# several sizes, and in the same run ripgrep searching the same files for the rule
# set's literal anchor words, on as many threads as factlint gets.
#
#   bash bench/scale.sh [MB] [FACTS...]      (default: 10 MB; 10 100 1000 facts)
#   NEUTRAL=0.9 bash bench/scale.sh 10 10    (90% of the documents state no fact
#                                             and quote no one: generate.py --neutral;
#                                             QUOTING=1 lets them quote: --quoting)
#
# Prints, per rule set: wall time, MB/s, statements/s, peak RSS, rg's time and the
# ratio factlint/rg. Corpora are generated once into bench/.cache/ (deterministic,
# bench/generate.py). Not part of the test suite; CI runs a tiny one for correctness.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-10}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 1000)
bin=${FACTLINT:-$PWD/build/factlint}   # FACTLINT=path compares another build
jobs=${JOBS:-$(nproc)}
neutral=${NEUTRAL:-0}
quoting=${QUOTING:-0}
[ -x "$bin" ] || { echo "bench/scale.sh: build first: bash ci/build.sh" >&2; exit 2; }
command -v rg >/dev/null || { echo "bench/scale.sh: needs ripgrep (apt-get install ripgrep)" >&2; exit 2; }

printf '%-6s %7s %9s %9s %12s %9s %8s %7s\n' facts MB "time s" "MB/s" "statements/s" "RSS MB" "rg s" ratio
for facts in "${sizes[@]}"; do
  dir=bench/.cache/mb$mb-facts$facts
  [ "$neutral" = 0 ] || dir=$dir-neutral$neutral
  [ "$quoting" = 0 ] || dir=$dir-quoting$quoting
  [ -f "$dir/anchors.txt" ] || python3 bench/generate.py --out "$dir" --mb "$mb" --facts "$facts" \
    --neutral "$neutral" --quoting "$quoting" >/dev/null
  bytes=$(du -sbL "$dir/corpus" | cut -f1)  # -L: the corpus may be a link to a shared cache
  /usr/bin/time -f '%e %M' -o "$dir/time.txt" "$bin" check --no-db --format json --fail-on never -j "$jobs" \
    --rules "$dir/rules" "$dir/corpus" >"$dir/report.json" 2>"$dir/stderr.txt"
  read -r secs rss <"$dir/time.txt"
  statements=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["statements"])' "$dir/report.json")
  /usr/bin/time -f '%e' -o "$dir/rg.txt" rg -c -F -i -f "$dir/anchors.txt" --threads "$jobs" "$dir/corpus" >/dev/null || true
  rg_secs=$(tail -1 "$dir/rg.txt")
  awk -v f="$facts" -v b="$bytes" -v t="$secs" -v s="$statements" -v r="$rss" -v g="$rg_secs" 'BEGIN {
    mb = b / 1e6; t = (t > 0 ? t : 0.001); g = (g > 0 ? g : 0.001)
    printf "%-6d %7.1f %9.2f %9.2f %12.0f %9.1f %8.2f %6.0fx\n", f, mb, t, mb / t, s / t, r / 1024, g, t / g }'
done
