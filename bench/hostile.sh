#!/usr/bin/env bash
# Hostile documents from issue 14 (docs/limits.md): each checked alone with the
# bundled rules, printing wall time and peak memory. Every one must finish in
# seconds and well under the per-document memory bound; a regression in the
# guards of checker/doc/ shows here as minutes or gigabytes.
#
#   bash bench/hostile.sh [FACTLINT_BINARY]      (default build/factlint)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-$PWD/build/factlint}
[ -x "$bin" ] || { echo "bench/hostile.sh: build first: bash ci/build.sh" >&2; exit 2; }
rules=$PWD/rules
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys, os
w = sys.argv[1]
def put(name, text):
    os.makedirs(os.path.join(w, name))
    with open(os.path.join(w, name, name), 'w') as f: f.write(text)
put('unclosed-b.html', '<b>' * 20000)
put('quotes.md', '>' * 100000 + ' ' + 'word ' * 20000 + '\n')
put('quotes-then-line.md', '>' * 100000 + '\n' + 'word ' * 20000 + '\n')
put('list-markers.md', '- ' * 50000 + 'x\n')
put('nested-lists.md', ''.join('  ' * i + '- item\n' for i in range(1000)))
put('link-brackets.md', '[' * 50000 + 'x' + '](y)' * 50000 + '\n')
put('open-links.md', '[a](' * 50000 + '\n')
put('sentence-15mb.txt', ('word ' * 3000000)[:15000000])
put('sentence-49mb.txt', ('word ' * 10000000)[:49000000])
# Many sentences on one line (a report exported without line breaks): each sentence
# once asked where its line starts, by a scan back over the whole line (session 15).
put('one-line-2mb.txt', ('Trade between China and Russia rose 5% in 2023 to $240 billion. ' * 32000) + '\n')
PY

printf '%-22s %6s %9s %10s  %s\n' input exit wall peak-MB report-bytes
for dir in "$work"/*/; do
  name=$(basename "$dir")
  /usr/bin/time -f '%e %M' -o "$work/time.txt" timeout 600 "$bin" check --no-db --format json --rules "$rules" \
      "$dir" >"$work/out.json" 2>"$work/err.txt" && code=0 || code=$?
  read -r wall kb < <(tail -1 "$work/time.txt")
  printf '%-22s %6s %8ss %10s  %s\n' "$name" "$code" "$wall" $((kb / 1024)) "$(wc -c <"$work/out.json")"
done
