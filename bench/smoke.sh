#!/usr/bin/env bash
# The benchmark harness, tiny, as a correctness test in CI (no timing): a generated
# corpus is checked with 1 and 2 threads, and with the statement spill forced to a
# sorted run per document (FACTLINT_SPILL_BYTES=1) with and without a store; the
# findings must be identical, statements found, and the planted conflicts reported.
#
#   bash bench/smoke.sh PATH-TO-FACTLINT
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/factlint}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/generate.py --out "$work/gen" --mb 0.3 --facts 20 >/dev/null
for j in 1 2; do
  "$bin" check --no-db --format json --fail-on never -j $j --rules "$work/gen/rules" "$work/gen/corpus" >"$work/j$j.json"
done
cmp -s "$work/j1.json" "$work/j2.json" || { echo "bench/smoke.sh: -j1 and -j2 reports differ" >&2; diff "$work/j1.json" "$work/j2.json" | head >&2; exit 1; }
# The statement spill's merge (issue 10) with a sorted run per document, without and
# with a store: the same report byte for byte.
FACTLINT_SPILL_BYTES=1 "$bin" check --no-db --format json --fail-on never -j 2 --rules "$work/gen/rules" "$work/gen/corpus" >"$work/spill.json"
FACTLINT_SPILL_BYTES=1 "$bin" check --db "$work/store.db" --format json --fail-on never -j 2 --rules "$work/gen/rules" "$work/gen/corpus" >"$work/spill-db.json"
for spilled in spill spill-db; do
  cmp -s "$work/j1.json" "$work/$spilled.json" || { echo "bench/smoke.sh: the $spilled report differs" >&2; diff "$work/j1.json" "$work/$spilled.json" | head >&2; exit 1; }
done
python3 - "$work/j1.json" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))["summary"]
print("bench/smoke.sh:", summary)
assert summary["statements"] > 50, "too few statements found"
assert summary["conflicting"] > 0, "the planted conflicts were not reported"
assert summary["consistent"] > 0, "no agreeing restatements were found"
PY
echo "bench/smoke.sh: ok"
