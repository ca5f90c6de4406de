#!/usr/bin/env bash
# Incremental benchmark (issue 10): a store warmed by a full check, then one document
# changed and checked again with --changed, as a pre-commit hook or an editor does.
#
#   bash bench/incremental.sh [MB]      (default: 100 MB of 1 KB documents, about 77,000)
#
# Prints the full run's and the changed run's wall time, CPU time (user + system) and
# peak RSS; then the same for a document without quotations, a quotation added to one,
# and the wire quotation altered in one. The corpus is generated once into bench/.cache/ (deterministic,
# bench/generate.py); each call appends a line to one document, so every call measures
# a real change. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
bin=${FACTLINT:-$PWD/build/factlint}   # FACTLINT=path compares another build
jobs=${JOBS:-$(nproc)}
[ -x "$bin" ] || { echo "bench/incremental.sh: build first: bash ci/build.sh" >&2; exit 2; }
dir=bench/.cache/inc$mb
[ -f "$dir/anchors.txt" ] || python3 bench/generate.py --out "$dir" --mb "$mb" --doc-kb 1 --facts 100 >/dev/null
bin=$(realpath "$bin")
cd "$dir"
rm -rf .factlint   # the store the full run fills
documents=$(find corpus -type f | wc -l)
changed=$(find corpus -type f -name '*.md' | sort | sed -n 1p)  # sed reads to the end: no SIGPIPE under pipefail

measure() {  # label, then the check's arguments
  local label=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o time.txt "$bin" check --format json --fail-on never -j "$jobs" --rules rules "$@" \
    >report.json 2>stderr.txt
  read -r wall user sys rss <time.txt
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%-28s %8.2f %8.2f %9.1f\n", l, w, u + s, r / 1024 }'
}

printf '%s documents, %s\n' "$documents" "$(du -sh --apparent-size corpus | cut -f1)"
printf '%-28s %8s %8s %9s\n' run "wall s" "CPU s" "RSS MB"
measure "full check, empty store" corpus
if command -v rg >/dev/null; then   # the same files searched for the rules' anchor words, for scale
  /usr/bin/time -f '%e %U %S %M' -o time.txt rg -c -F -i -f anchors.txt --threads "$jobs" corpus >/dev/null || true
  read -r wall user sys rss <time.txt
  awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%-28s %8.2f %8.2f %9.1f\n", "rg on the same files", w, u + s, r / 1024 }'
fi
echo "A line added by bench/incremental.sh at $(date +%s%N)." >>"$changed"
sleep 3   # out of the two seconds in which a file's mtime is not trusted
measure "one changed, --changed" --changed "$changed" corpus
printf '  (its report: %s findings, %s MB)\n' "$(grep -c '"verdict"' report.json)" "$(( $(stat -c %s report.json) / 1000000 ))"
# The first document holds two quotations that 80,000 others repeat: its report lists
# them all. A document without quotations is what most edits look like.
plain=$(find corpus -type f -name '*.md' | sort | xargs grep -L '"' | sed -n 1p)
echo "A line added by bench/incremental.sh at $(date +%s%N)." >>"$plain"
sleep 3
measure "another, no quotation" --changed "$plain" corpus
printf '  (its report: %s findings, %s MB)\n' "$(grep -c '"verdict"' report.json)" "$(( $(stat -c %s report.json) / 1000000 ))"
# A quotation changed: a new wording in a document that quoted no one. Its groups are
# found from the store's quotation entries (app/quotation_change.h), not by comparing
# every quotation again.
quoted=$(find corpus -type f -name '*.md' | sort | xargs grep -L '"' | sed -n 2p)
echo "\"The night ferry will sail again on day $(date +%s%N), weather allowing,\" said Harbour Master Ana Lind." >>"$quoted"
sleep 3
measure "a quotation added, --changed" --changed "$quoted" corpus
printf '  (its report: %s findings, %s MB)\n' "$(grep -c '"verdict"' report.json)" "$(( $(stat -c %s report.json) / 1000000 ))"
# The wire quotation altered in one of the documents that repeat it: its group, the
# whole corpus's, is recompared (every document holding it restored, or the full run).
if grep -q 'watching the figures very closely' "$changed"; then   # as a previous call left it
  sed -i 's/watching the figures very closely/watching the figures closely/' "$changed"
else
  sed -i '0,/watching the figures closely/s//watching the figures very closely/' "$changed"
fi
sleep 3
measure "wire quotation altered" --changed "$changed" corpus
printf '  (its report: %s findings, %s MB)\n' "$(grep -c '"verdict"' report.json)" "$(( $(stat -c %s report.json) / 1000000 ))"
