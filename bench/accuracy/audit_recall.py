#!/usr/bin/env python3
"""How much of what blind rules miss `rules audit --without-cue` shows a rule author.

For every blind rule set of the chosen groups (score_all.py's: new, first, later,
tuning), runs score.py --causes -v for the missed statements whose cause is "no cue or
pattern in reach" (the sentence holds no word of the rules), and `factlint rules audit
--without-cue` for the sentences it lists; prints per group:

  - of the no-cue misses, how many the audit lists (same document, line and fact);
  - of the sentences the audit lists, how many are statements of that fact in
    expected.tsv (the share of its lines worth a rule author's time).

On held-out groups only these sums may be looked at (bench/accuracy/README.md, Protocol):

    python3 bench/accuracy/audit_recall.py --factlint build/factlint --groups first,new
    python3 bench/accuracy/audit_recall.py --factlint build/factlint --groups tuning --all -v

Python 3 standard library only.
"""

import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import score_all  # noqa: E402

MISS = re.compile(r"\s+(\S+\.md):(\d+): (\S+) .*\(no cue or pattern in reach\)")
HEADER = re.compile(r"^(\S+): \d+ sentences? with (a figure|its words)")
LINE = re.compile(r"^  (\S+\.md):(\d+):\d+  ")


def no_cue_misses(factlint, topic_dir, rules):
    out = subprocess.run([sys.executable, os.path.join(HERE, "score.py"), "--topic", topic_dir, "--rules", rules,
                          "--factlint", factlint, "-v", "--causes"], capture_output=True, text=True, check=True).stdout
    return {(m.group(1), int(m.group(2)), m.group(3)) for m in map(MISS.match, out.splitlines()) if m}


def audited(factlint, topic_dir, rules, every):
    args = [factlint, "rules", "audit", "--without-cue"] + (["--all"] if every else []) + \
           ["--rules", rules, os.path.join(topic_dir, "docs")]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    listed, fact, uncued = set(), None, False
    for line in out.splitlines():
        if m := HEADER.match(line):
            fact, uncued = m.group(1), m.group(2) == "a figure"
        elif (m := LINE.match(line)) and uncued:
            listed.add((os.path.basename(m.group(1)), int(m.group(2)), fact))
    return listed


def expected_rows(topic_dir):
    rows = set()
    with open(os.path.join(topic_dir, "expected.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            rows.add((cols[0], int(cols[1]), cols[2]))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factlint", required=True)
    ap.add_argument("--groups", default="tuning", help="comma-separated: new, first, later, tuning")
    ap.add_argument("--all", action="store_true", help="run the audit with --all (every figure, not only close ones)")
    ap.add_argument("-v", action="store_true", help="a line per rule set (tuning topics only)")
    args = ap.parse_args()
    groups = args.groups.split(",")
    sums = {}
    for group, topic, rules in score_all.runs(ROOT):
        if group not in groups:
            continue
        topic_dir = os.path.join(ROOT, "tests", "generalization", topic)
        misses = no_cue_misses(args.factlint, topic_dir, rules)
        listed = audited(args.factlint, topic_dir, rules, args.all)
        stated = listed & expected_rows(topic_dir)
        s = sums.setdefault(group, [0, 0, 0, 0])
        for i, n in enumerate((len(misses), len(misses & listed), len(listed), len(stated))):
            s[i] += n
        if args.v and group == "tuning":
            print(f"{topic:22} {os.path.basename(rules):18} no-cue misses {len(misses):3} listed {len(misses & listed):3}"
                  f"   lines {len(listed):4} statements among them {len(stated):3}")
    for group, (misses, found, lines, stated) in sorted(sums.items()):
        print(f"{group:7} no-cue misses {misses:4}, listed {found:4} ({100 * found / max(1, misses):.1f}%); "
              f"audit lines {lines:5}, statements of the fact among them {stated:4} ({100 * stated / max(1, lines):.1f}%)")


if __name__ == "__main__":
    main()
