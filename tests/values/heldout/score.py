#!/usr/bin/env python3
"""Score `factlint parse` on the held-out phrase tables (tests/values/heldout/*.tsv).

Each row: type, phrase, expected lo, expected hi, [unit, for money], [parse flags].
'-' as lo means the phrase must not be read. Prints per-category figures and every
row not read right; a silent misread (a reading that is wrong) is listed apart from a
miss (no reading). Exit 1 when --min-right or --max-misreads is not met.
Usage: score.py FACTLINT [--dir TABLES] [--min-right PCT] [--max-misreads N] [--quiet]
"""
import argparse, calendar, collections, glob, json, os, shlex, subprocess, sys

def first_day(iso):
    # "2016" -> 2016-01-01, "2016-07" -> 2016-07-01: the start of the printed grain
    return {4: iso + "-01-01", 7: iso + "-01"}.get(len(iso), iso)

def last_day(iso):
    if len(iso) == 4:
        return iso + "-12-31"
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:7])
        return f"{iso}-{calendar.monthrange(y, m)[1]:02d}"
    return iso

def end_ok(expected, actual, temporal, last=False):
    if expected in ("inf", "-inf"):
        return actual is None
    if actual is None:
        return False
    if temporal:  # the reading prints its grain: "2016-07" as lo is 2016-07-01, as hi 2016-07-31
        return isinstance(actual, str) and (last_day(actual) if last else first_day(actual)) == expected
    e = float(expected)
    return abs(float(actual) - e) <= max(1e-9, 1e-4 * abs(e))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("factlint")
    ap.add_argument("--min-right", type=float, default=0)
    ap.add_argument("--max-misreads", type=int, default=-1)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--dir", help="the folder of tables (default: this script's)")
    a = ap.parse_args()
    here = a.dir or os.path.dirname(os.path.abspath(__file__))
    stats = collections.defaultdict(lambda: [0, 0])
    misses, misreads = [], []
    for path in sorted(glob.glob(os.path.join(here, "*.tsv"))):
        cat = os.path.basename(path)[:-4]
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            f = line.rstrip("\n").split("\t") + ["", ""]
            typ, phrase, lo, hi, unit, flags = f[:6]
            cmd = [a.factlint, "parse", typ, phrase] + shlex.split(flags)
            r = subprocess.run(cmd, capture_output=True, text=True)
            stats[cat][1] += 1
            row = f"{cat}: {typ} '{phrase}' {flags}".rstrip()
            if r.returncode == 2:
                sys.exit(f"score.py: {row}: factlint exited 2: {r.stderr.strip()}")
            if lo == "-":
                if r.returncode == 1:
                    stats[cat][0] += 1
                else:
                    misreads.append(f"{row}: expected no reading, got {r.stdout.strip()}")
                continue
            if r.returncode != 0:
                misses.append(f"{row}: expected [{lo}, {hi}], {r.stderr.strip()}")
                continue
            reading = json.loads(r.stdout)
            temporal = typ in ("date", "year", "year-range")
            ok = end_ok(lo, reading["lo"], temporal) and end_ok(hi, reading["hi"], temporal, last=True)
            if ok and unit and reading.get("unit") != unit:
                ok = False
            if ok:
                stats[cat][0] += 1
            else:
                misreads.append(f"{row}: expected [{lo}, {hi}] {unit}, got [{reading['lo']}, {reading['hi']}] "
                                f"{reading.get('unit', '')} from '{reading['text']}'")
    right = sum(s[0] for s in stats.values())
    total = sum(s[1] for s in stats.values())
    for cat, (r_, t) in sorted(stats.items()):
        print(f"{cat:14} {r_:4}/{t:<4} {100.0 * r_ / t:5.1f}%")
    print(f"{'all':14} {right:4}/{total:<4} {100.0 * right / total:5.1f}%  misses {len(misses)}, silent misreads {len(misreads)}")
    if not a.quiet:
        for m in misses:
            print("miss:    " + m)
        for m in misreads:
            print("MISREAD: " + m)
    failed = 100.0 * right / total < a.min_right or (a.max_misreads >= 0 and len(misreads) > a.max_misreads)
    sys.exit(1 if failed else 0)

main()
