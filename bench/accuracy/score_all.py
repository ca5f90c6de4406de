#!/usr/bin/env python3
"""Score every blind rule set on every topic, and sum them by group.

Each topic of tests/generalization/ keeps the rules its blind writers wrote in
blind-rules/session-N.facts. The groups are the ones the measurements in
bench/accuracy/README.md report, so that a change is judged on every writer's
set at once and the figures of two binaries can be put side by side:

    score_all.py --factlint build/factlint > new.txt
    score_all.py --factlint /tmp/old/factlint > old.txt
    diff old.txt new.txt

    new       topics written after every checker change they are compared with
    first     the older held-out topics, each with its first blind writer
    later     the same topics with a later writer
    tuning    topics someone working on factlint has read (not held out)

A topic's group is given by HELD_OUT below; a topic added to tests/generalization/
without an entry there counts as new. Python 3 standard library only.
"""

import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Held-out topics in the order they were written, with their first writer's
# session; a later writer's set goes to "later". See README.md "Protocol".
HELD_OUT = {"golden-gate": 20, "wikipedia": 20,
            "louvre": 21, "yellowstone": 21,
            "burj-khalifa": 22, "iceland": 22, "lake-baikal": 23,
            "tour-de-france": 23, "paris-2024": 24, "great-wall": 24}
TUNING = {"china-russia", "vienna", "rhine", "maersk", "everest", "panama-canal",
          "webb-telescope", "postgresql", "a380",
          "three-gorges", "london-underground", "sydney-opera-house", "new-york-city",
          "toyota", "great-barrier-reef", "kenya", "space-station",
          "channel-tunnel", "norway-fund", "changi-airport",
          "amazon-rainforest", "spotify", "new-zealand"}
# The tuning topics with three writers are scored with their last one only, as
# the earlier sets were written against a language that has since changed.
TUNING_LAST_ONLY = {"china-russia", "vienna"}


def session_of(path):
    m = re.search(r"session-(\d+)[a-z]?\.facts$", path)
    return int(m.group(1)) if m else -1


def runs(root):
    """(group, topic, rules) for every blind rule set on disk."""
    out = []
    for topic_dir in sorted(glob.glob(os.path.join(root, "tests", "generalization", "*", ""))):
        topic = os.path.basename(os.path.normpath(topic_dir))
        sets = sorted(glob.glob(os.path.join(topic_dir, "blind-rules", "session-*.facts")), key=session_of)
        if topic in TUNING and topic in TUNING_LAST_ONLY:
            sets = sets[-1:]
        for rules in sets:
            if topic in TUNING:
                group = "tuning"
            elif topic in HELD_OUT:
                group = "first" if session_of(rules) == HELD_OUT[topic] else "later"
            else:
                group = "new"
            out.append((group, topic, rules))
    return out


def score(factlint, topic_dir, rules, causes=False):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "figures.json")
        proc = subprocess.run([sys.executable, os.path.join(HERE, "score.py"), "--topic", topic_dir,
                               "--rules", rules, "--factlint", factlint, "--json", out]
                              + (["--causes"] if causes else []),
                              capture_output=True, text=True)
        if proc.returncode != 0 or not os.path.exists(out):
            # A rule set this binary cannot run (an option it lacks, say) must not hide
            # every other line: it is named, left out of the totals, and fails the run.
            return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "no figures"}
        with open(out, encoding="utf-8") as fh:
            return next(iter(json.load(fh).values()))


def line(label, s, v, c):
    return (f"{label:<44} verdicts {v['right']:>3}/{v['keys']:<3} ({100 * v['right'] / max(v['keys'], 1):5.1f}%)"
            f"  statements {s['matched']:>3}/{s['expected']:<3} found {s['found']:>3}"
            f"  conflicting {c['reported']:>2} reported / {c['true']:>2} true")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--factlint", default=os.environ.get("FACTLINT", os.path.join(ROOT, "build", "factlint")))
    ap.add_argument("--root", default=ROOT, help="the checkout whose tests/generalization/ to score")
    ap.add_argument("--group", action="append", help="only this group (new, first, later, tuning); may be repeated")
    ap.add_argument("--causes", action="store_true",
                    help="also sum the missed statements of each group by cause (score.py --causes)")
    args = ap.parse_args(argv)
    factlint = os.path.abspath(args.factlint)
    totals, causes = {}, {}
    failed = []
    for group, topic, rules in runs(args.root):
        if args.group and group not in args.group:
            continue
        r = score(factlint, os.path.join(args.root, "tests", "generalization", topic), rules, args.causes)
        if "error" in r:
            failed.append(f"{group} {topic} {os.path.basename(rules)}")
            print(f"{failed[-1]:<44} NOT SCORED: {r['error']}")
            continue
        s, v, c = r["statements"], r["verdicts"], r["conflicting"]
        print(line(f"{group} {topic} {os.path.basename(rules)}", s, v, c))
        t = totals.setdefault(group, [{"matched": 0, "expected": 0, "found": 0},
                                      {"right": 0, "keys": 0}, {"reported": 0, "true": 0}])
        for part, src in zip(t, (s, v, c)):
            for k in part:
                part[k] += src[k]
        causes.setdefault(group, collections.Counter()).update(r.get("miss_causes") or {})
    print()
    for group in ("new", "first", "later", "tuning"):
        if group in totals:
            print(line(f"TOTAL {group}", *totals[group]))
    if args.causes:
        for group in ("new", "first", "later", "tuning"):
            if group in causes:
                missed = sum(causes[group].values())
                print(f"\nmissed statements of {group} by cause ({missed}):")
                for cause, n in causes[group].most_common():
                    print(f"  {n:>4} ({100 * n / max(missed, 1):4.1f}%)  {cause}")
    if failed:
        print(f"\n{len(failed)} rule set(s) not scored, left out of the totals: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
