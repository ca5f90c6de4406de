#!/usr/bin/env python3
"""Score factlint against a held-out topic of tests/generalization/.

A topic directory holds brief.md (what the rule writer sees), facts.tsv (the
brief's facts in machine form), docs/ (the documents), expected.tsv (every
statement a careful reader finds in them) and verdicts.tsv (the verdict each
fact key should get). See bench/accuracy/README.md for the protocol.

    score.py --topic tests/generalization/vienna --rules /tmp/blind/vienna.facts
    score.py --topic tests/generalization/vienna --report report.json
    score.py --topic tests/generalization/vienna --validate

Python 3 standard library only.
"""
import argparse
import collections
import itertools
import json
import math
import os
import re
import subprocess
import sys
import tempfile

LINE_SLACK = 1          # a found statement may sit one line away from the expected one
VALUE_SLACK = 0.005     # relative slack when comparing figures (rounding in the JSON)
TEMPORAL = {"year", "year-range", "date"}
VERDICTS = ("consistent", "conflicting", "single-source")


# ---------------------------------------------------------------- topic files

def read_tsv(path):
    """Rows of a tab-separated file, skipping '#' comments and blank lines."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((number, line.split("\t")))
    return rows


def load_facts(topic):
    facts = {}
    for number, f in read_tsv(os.path.join(topic, "facts.tsv")):
        if len(f) < 6:
            raise SystemExit(f"{topic}/facts.tsv:{number}: expected 6 columns, found {len(f)}")
        name, roles, vtype, compare, scope, symmetric = f[:6]
        facts[name] = {
            "roles": [r.split(":")[0] for r in roles.split()],
            "type": vtype,
            "compare": compare,
            "per_year": scope == "year",
            "symmetric": symmetric == "yes",
        }
    return facts


def parse_roles(text):
    """'a=China b=Russia' -> ['China', 'Russia'] (in role order)."""
    return [part.split("=", 1)[1] for part in text.split()] if text.strip() else []


def key_of(fact, entities, facts):
    """The canonical key used for matching: symmetric pairs are sorted."""
    ents = list(entities)
    if facts.get(fact, {}).get("symmetric"):
        ents.sort()
    return f"{fact}({', '.join(ents)})"


def load_expected(topic, facts):
    rows = []
    for number, f in read_tsv(os.path.join(topic, "expected.tsv")):
        if len(f) < 6:
            raise SystemExit(f"{topic}/expected.tsv:{number}: expected 7 columns, found {len(f)}")
        doc, line, fact, roles, value, scope = f[:6]
        evidence = f[6] if len(f) > 6 else ""
        if fact not in facts:
            raise SystemExit(f"{topic}/expected.tsv:{number}: unknown fact '{fact}'")
        rows.append({
            "row": number, "document": doc, "line": int(line), "fact": fact,
            "roles": roles, "entities": parse_roles(roles), "value": value,
            "scope": scope, "evidence": evidence,
        })
    return rows


def load_verdicts(topic):
    out = {}
    for number, f in read_tsv(os.path.join(topic, "verdicts.tsv")):
        key, scope, verdict = f[0], f[1], f[2]
        if verdict not in VERDICTS:
            raise SystemExit(f"{topic}/verdicts.tsv:{number}: unknown verdict '{verdict}'")
        out[(key, scope)] = verdict
    return out


# ---------------------------------------------------------------- values

def split_expected(value):
    """'~4209000 m' -> ('~', 4209000.0, 'm'); '2022-02' -> ('', '2022-02', None)."""
    hedge = value[0] if value[:1] in "~<>" else ""
    body = value[len(hedge):]
    parts = body.split()
    figure = parts[0]
    unit = parts[1] if len(parts) > 1 else None
    return hedge, figure, unit


def expected_interval(value):
    """The range of figures an expected value allows, for reference verdicts."""
    hedge, figure, _ = split_expected(value)
    x = float(figure)
    if hedge == ">":
        return (x, math.inf)
    if hedge == "<":
        # "nearly 40" is (0, 40]; "below -223 °C" is open downwards.
        return (0.0 if x >= 0 else -math.inf, x)
    return (x, x)


def temporal_match(expected, lo, hi):
    """A reading matches a year or date when it lies inside that period:
    expected '2019' takes 'December 2019' and '2 December 2019', but expected
    '2022-02-04' does not take 'February 2022'."""
    if lo is None or hi is None:
        return False
    return str(lo).startswith(expected) and str(hi).startswith(expected)


def numeric_match(expected_value, normalized):
    """The written figure lies in factlint's interval, widened by VALUE_SLACK.
    'more than 40' read as (40, inf) matches 40; '4,209 km' read as 4209000 m
    matches '4209000 m'; a different figure or another unit does not."""
    _, figure, unit = split_expected(expected_value)
    x = float(figure)
    got_unit = (normalized.get("unit") or "").lower()
    if unit and "/" not in unit and "/" in got_unit:
        # A fact of money per something reads "USD/yr" or "USD/vehicle"; expected.tsv
        # writes the currency, the fact's declaration says what it is per.
        got_unit = got_unit.split("/", 1)[0]
    if unit and got_unit and unit.lower() != got_unit:
        return False
    lo = normalized.get("lo")
    hi = normalized.get("hi")
    lo = -math.inf if lo is None else float(lo)
    hi = math.inf if hi is None else float(hi)
    slack = VALUE_SLACK * abs(x)
    return lo - slack <= x <= hi + slack


def version_parts(text):
    """'17.2' -> (17, 2, 0): a version's missing parts are zeros, as factlint reads
    them ('17.2' and '17.2.0' are one version); None when it is not dotted numbers."""
    text = str(text).strip().lstrip("vV")
    try:
        parts = [int(p) for p in text.split(".")]
    except ValueError:
        return None
    return tuple(parts + [0] * (3 - len(parts)))


def version_match(expected_value, normalized):
    x = version_parts(split_expected(expected_value)[1])
    lo, hi = version_parts(normalized.get("lo", "")), version_parts(normalized.get("hi", ""))
    return None not in (x, lo, hi) and lo <= x <= hi


def value_match(expected_value, vtype, normalized):
    if vtype == "version":
        return version_match(expected_value, normalized)
    if vtype in TEMPORAL:
        return temporal_match(split_expected(expected_value)[1], normalized.get("lo"), normalized.get("hi"))
    try:
        return numeric_match(expected_value, normalized)
    except (TypeError, ValueError):
        return False


# ---------------------------------------------------------------- factlint's report

def parse_key(key):
    """'trade_volume(China, Russia)' -> ('trade_volume', ['China', 'Russia']);
    a fact without roles may print as 'name' or 'name()'."""
    if "(" not in key:
        return key, []
    name, rest = key.split("(", 1)
    inner = rest.rsplit(")", 1)[0]
    return name, [e.strip() for e in inner.split(",") if e.strip()]


def scope_year(scope):
    """factlint's scope text ('2023', 'year 2023', ...) -> '2023', or '' when none."""
    if not scope:
        return ""
    digits = [tok for tok in str(scope).replace("-", " ").split() if tok.isdigit() and len(tok) == 4]
    return digits[0] if digits else str(scope)


def resolve_binary(binary):
    binary = os.path.abspath(binary) if os.sep in binary else binary
    if os.sep in binary and not os.access(binary, os.X_OK):
        raise SystemExit(f"score.py: no factlint binary at '{binary}' (build it, or pass --factlint)")
    return binary


def run_factlint(binary, rules, docs):
    # A temporary working directory: no baseline or decisions file of the caller's
    # tree can change the verdicts.
    binary = resolve_binary(binary)
    with tempfile.TemporaryDirectory() as cwd:
        cmd = [binary, "check", "--no-db", "--format", "json", "--rules", os.path.abspath(rules),
               os.path.abspath(docs)]
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"score.py: factlint exited with {proc.returncode}: {' '.join(cmd)}")
    return json.loads(proc.stdout)


class StatementReader:
    """Reads a statement's own value for reports that do not carry it (before each
    statement had its own `normalized`): the group's representative would score
    "2,600 miles" grouped with "4,209.3 km" as 4,209.3 km, so the statement's
    value_text is read again with `factlint parse TYPE TEXT --date DOC_DATE`.
    Without a binary the group's value is used."""

    def __init__(self, binary):
        self.binary = None
        if binary:
            try:
                self.binary = resolve_binary(binary)
            except SystemExit as e:
                print(f"{e}; scoring statements by their group's value", file=sys.stderr)
        self.cache = {}

    def read(self, vtype, text, date, fallback):
        if not self.binary or not text:
            return fallback
        key = (vtype, text, date)
        if key not in self.cache:
            cmd = [self.binary, "parse", vtype, text] + (["--date", date] if date else [])
            proc = subprocess.run(cmd, capture_output=True, text=True)
            self.cache[key] = json.loads(proc.stdout) if proc.returncode == 0 and proc.stdout.strip() else None
        return self.cache[key] or fallback


AUDIT_PLACE = re.compile(r"^\s+(\S+?):(\d+):\d+\s+(.*)$")
AUDIT_FACT = re.compile(r"^(\S+): \d+ sentences? with")
# The audit's reasons (docs/rules.md, "Finding what your rules miss"), by the words that
# name them, nearest-miss kinds first; a reason none of these names is "other".
AUDIT_CAUSES = [
    ("second figure unread", r"^the sentence gave a statement .* but left a second"),
    ("partly read value", r"^dropped: '"),
    ("veto word", r"vetoed by|is vetoed|its 'unless' word|a veto word"),
    ("different clauses", r"different clauses"),
    ("cue too far from value", r"words from the nearest|farther apart than its gap"),
    ("roles not named", r"roles .* were not all named|the roles are not named"),
    ("another fact read it", r"another statement read it first"),
    ("question unanswered", r"a question states nothing"),
    ("dated after document", r"after the document's date"),
    ("pattern incomplete", r"^pattern #\d+"),
    ("table column", r"the column it heads"),
    ("value measures another noun", r"measures the noun after it"),
    ("a year, not a count", r"reads as a year"),
    ("cue captured the value", r"one the cue itself captured"),
    ("a count read by design as no count", r"not how many there are"),
    ("indefinite phrase", r"an indefinite phrase"),
    ("span shorter than a year", r"span shorter than"),
    ("cue too far from value", r"'s gap|gap \d"),
]


def run_audit(binary, rules, docs):
    """`factlint rules audit` on the topic: {(document, line): [(fact, cause)]}. The audit
    lists the sentences holding a fact's cue (or a pattern's words) and a value of its type
    that gave no statement, and those that gave one but left a second figure of the type
    unread, so a missed statement it lists is the checker's near miss and one it does not
    list had no cue word of the rules in reach."""
    binary = resolve_binary(binary)
    with tempfile.TemporaryDirectory() as cwd:
        cmd = [binary, "rules", "audit", "--rules", os.path.abspath(rules), os.path.abspath(docs)]
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"score.py: factlint exited with {proc.returncode}: {' '.join(cmd)}")
    return parse_audit(proc.stdout)


def parse_audit(text):
    """The audit's text (docs/rules.md's example) as {(document, line): [(fact, cause)]}."""
    places, fact = {}, None
    for line in text.splitlines():
        m = AUDIT_FACT.match(line)
        if m:
            fact = m.group(1)
            continue
        m = AUDIT_PLACE.match(line)
        if m and fact:
            cause = next((name for name, rx in AUDIT_CAUSES if re.search(rx, m.group(3))), "other")
            places.setdefault((os.path.basename(m.group(1)), int(m.group(2))), []).append((fact, cause))
    return places


def miss_cause(e, spurious, audit):
    """Why an expected statement was missed: read wrongly (a statement of its fact on its
    line, with another value or entity), a near miss the audit names, or no cue in reach."""
    for f in spurious:
        if f["document"] == e["document"] and f["fact"] == e["fact"] and abs(f["line"] - e["line"]) <= LINE_SLACK:
            return "misread: " + ("other entity" if f["key"] != e.get("key") else "other value")
    for d in range(-LINE_SLACK, LINE_SLACK + 1):
        for fact, cause in audit.get((e["document"], e["line"] + d), []):
            if fact == e["fact"]:
                return "near miss: " + cause
    return "no cue or pattern in reach"


def miss_causes(expected, missed, spurious, facts, audit):
    for e in missed:
        e["key"] = key_of(e["fact"], e["entities"], facts)
        e["cause"] = miss_cause(e, spurious, audit)
    return dict(collections.Counter(e["cause"] for e in missed))


def found_statements(report, facts, reader):
    """Every statement in the report, flattened: fact, key, scope, value, place."""
    dates = {os.path.basename(d["path"]): d.get("date", "") for d in report.get("documents", [])}
    out, unknown = [], set()
    for finding in report.get("findings", []):
        fact = finding["fact"]
        if fact not in facts:
            unknown.add(fact)
            continue
        _, entities = parse_key(finding["key"])
        scope = scope_year(finding.get("scope", ""))
        for group in finding.get("values", []):
            for s in group.get("statements", []):
                doc = os.path.basename(s["document"])
                vtype = facts[fact]["type"]
                if isinstance(s.get("normalized"), dict):
                    # The statement's own reading, as the report shows it: what `parse`
                    # cannot know is in it (a date's year from a timeline's "**2022.**",
                    # a bare "$" under the fact's `dollar AUD`, a table's "in billions").
                    value = s["normalized"]
                else:
                    value = reader.read(vtype, s.get("value_text", ""), dates.get(doc, ""),
                                        group.get("normalized", {}))
                out.append({
                    "fact": fact, "key": key_of(fact, entities, facts),
                    "scope": scope_year(s.get("scope", "")) or scope,
                    "normalized": value, "value_display": s.get("value_text") or group.get("value", ""),
                    "document": doc, "line": int(s["line"]),
                    "sentence": s.get("sentence", ""),
                })
    return out, unknown


def found_verdicts(report, facts):
    out = {}
    for finding in report.get("findings", []):
        fact = finding["fact"]
        if fact not in facts:
            continue
        _, entities = parse_key(finding["key"])
        out[(key_of(fact, entities, facts), scope_year(finding.get("scope", "")))] = finding["verdict"]
    return out


# ---------------------------------------------------------------- scoring

def match_statements(expected, found, facts):
    """One-to-one matching, nearest line first. Returns (pairs, unmatched expected, unmatched found)."""
    candidates = []
    for i, e in enumerate(expected):
        want_key = key_of(e["fact"], e["entities"], facts)
        for j, f in enumerate(found):
            if f["document"] != e["document"] or f["fact"] != e["fact"] or f["key"] != want_key:
                continue
            if abs(f["line"] - e["line"]) > LINE_SLACK:
                continue
            if not value_match(e["value"], facts[e["fact"]]["type"], f["normalized"]):
                continue
            # Prefer the same line, then the same scope.
            candidates.append((abs(f["line"] - e["line"]), f["scope"] != e["scope"], i, j))
    candidates.sort()
    used_e, used_f, pairs = set(), set(), []
    for _, _, i, j in candidates:
        if i in used_e or j in used_f:
            continue
        used_e.add(i)
        used_f.add(j)
        pairs.append((i, j))
    missed = [e for i, e in enumerate(expected) if i not in used_e]
    spurious = [f for j, f in enumerate(found) if j not in used_f]
    return pairs, missed, spurious


def ratio(a, b):
    return a / b if b else float("nan")


def score(expected, verdicts, report, facts, reader=None, audit=None):
    found, unknown = found_statements(report, facts, reader or StatementReader(None))
    pairs, missed, spurious = match_statements(expected, found, facts)
    causes = miss_causes(expected, missed, spurious, facts, audit) if audit is not None else None
    got = found_verdicts(report, facts)
    right = [k for k, v in verdicts.items() if got.get(k) == v]
    lenient = [k for k, v in verdicts.items() if got.get(k) == v or (v == "single-source" and k not in got)]
    said_conflicting = [k for k, v in got.items() if v == "conflicting"]
    true_conflicting = [k for k in said_conflicting if verdicts.get(k) == "conflicting"]
    expected_conflicting = [k for k, v in verdicts.items() if v == "conflicting"]
    scope_right = sum(1 for i, j in pairs if expected[i]["scope"] == found[j]["scope"])
    return {
        "statements": {
            "expected": len(expected), "found": len(found), "matched": len(pairs),
            "precision": ratio(len(pairs), len(found)), "recall": ratio(len(pairs), len(expected)),
            "scope_agreement": ratio(scope_right, len(pairs)),
        },
        "verdicts": {
            "keys": len(verdicts), "right": len(right), "accuracy": ratio(len(right), len(verdicts)),
            "accuracy_lenient": ratio(len(lenient), len(verdicts)),
            "not_found": sum(1 for k in verdicts if k not in got),
            "extra_keys": sorted(f"{k} {s}".strip() for k, s in got if (k, s) not in verdicts),
        },
        "conflicting": {
            "reported": len(said_conflicting), "true": len(true_conflicting),
            "expected": len(expected_conflicting),
            "precision": ratio(len(true_conflicting), len(said_conflicting)),
            "recall": ratio(len(true_conflicting), len(expected_conflicting)),
        },
        "load_errors": [e for e in report.get("errors", [])],
        "unknown_facts": sorted(unknown),
        "missed": missed, "spurious": spurious, "miss_causes": causes,
        "wrong_verdicts": sorted((k, s, v, got.get((k, s), "not found"))
                                 for (k, s), v in verdicts.items() if got.get((k, s)) != v),
    }


def pct(x):
    return "n/a" if x != x else f"{100 * x:.1f}%"


def print_summary(name, r, verbose, out=sys.stdout):
    s, v, c = r["statements"], r["verdicts"], r["conflicting"]
    print(f"topic: {name}", file=out)
    print(f"  statements: expected {s['expected']}, found {s['found']}, matched {s['matched']}: "
          f"precision {pct(s['precision'])}, recall {pct(s['recall'])}; "
          f"scope agrees on {pct(s['scope_agreement'])} of matches", file=out)
    print(f"  verdicts: {v['right']} of {v['keys']} fact keys right ({pct(v['accuracy'])}; "
          f"{pct(v['accuracy_lenient'])} if an unfound single-source key counted as right); "
          f"{v['not_found']} keys not found, {len(v['extra_keys'])} keys not expected", file=out)
    print(f"  conflicting: {c['reported']} reported, {c['true']} expected among them: precision "
          f"{pct(c['precision'])}, recall {pct(c['recall'])} of {c['expected']}", file=out)
    if r["load_errors"]:
        print(f"  load diagnostics: {len(r['load_errors'])}", file=out)
        for e in r["load_errors"]:
            print(f"    {e.get('path', '')}:{e.get('line', '')}: {e.get('severity')}: {e.get('message')}", file=out)
    if r["unknown_facts"]:
        print(f"  facts not in the brief (ignored): {', '.join(r['unknown_facts'])}", file=out)
    if r.get("miss_causes") is not None:
        print("  missed statements by cause: " + (", ".join(
            f"{n} {c}" for c, n in sorted(r["miss_causes"].items(), key=lambda x: (-x[1], x[0]))) or "none"),
            file=out)
    if not verbose:
        return
    print("  wrong verdicts (key, scope, expected, got):", file=out)
    for k, sc, want, got in r["wrong_verdicts"]:
        print(f"    {k} {sc}: expected {want}, got {got}", file=out)
    print("  missed statements:", file=out)
    for e in r["missed"]:
        cause = f" ({e['cause']})" if "cause" in e else ""
        print(f"    {e['document']}:{e['line']}: {e['fact']} {e['roles']} = {e['value']} {e['scope']}  "
              f"[{e['evidence']}]{cause}", file=out)
    print("  statements not expected:", file=out)
    for f in r["spurious"]:
        print(f"    {f['document']}:{f['line']}: {f['key']} = {f['value_display']} {f['scope']}  "
              f"[{f['sentence'][:100]}]", file=out)
    if v["extra_keys"]:
        print("  keys not expected: " + "; ".join(v["extra_keys"]), file=out)


# ---------------------------------------------------------------- validation of a topic

def within(a, b, p):
    """Two intervals agree within a relative tolerance p. The slack is taken on
    each figure's magnitude, so negative figures (temperatures in °C) agree
    with themselves as positive ones do."""
    def widen(x):
        return x + p * abs(x) if math.isfinite(x) else x
    return a[0] <= widen(b[1]) and b[0] <= widen(a[1])


def reference_verdicts(expected, facts):
    """The verdicts the expected rows imply under the brief's comparison rules."""
    groups = {}
    for e in expected:
        k = (key_of(e["fact"], e["entities"], facts), e["scope"])
        groups.setdefault(k, []).append(e)
    out = {}
    for k, rows in groups.items():
        fact = facts[rows[0]["fact"]]
        docs = {r["document"] for r in rows}
        if len(docs) == 1:
            out[k] = "single-source"
            continue
        values = [r["value"] for r in rows]
        compare = fact["compare"]
        if compare == "exact":
            agree = len({split_expected(v)[1] for v in values}) == 1
        elif compare.startswith("within"):
            p = float(compare.split()[1].rstrip("%")) / 100
            iv = [expected_interval(v) for v in values]
            agree = all(within(a, b, p) for a, b in itertools.combinations(iv, 2))
        elif compare == "overlap":
            figs = [split_expected(v)[1] for v in values]
            agree = all(a.startswith(b) or b.startswith(a) for a, b in itertools.combinations(figs, 2))
        elif compare == "increasing":
            # Documents are named YYYY-MM-DD-...: order statements by publication date.
            ordered = sorted(rows, key=lambda r: r["document"][:10])
            xs = [float(split_expected(r["value"])[1]) for r in ordered]
            agree = all(a <= b for a, b in zip(xs, xs[1:]))
        else:
            raise SystemExit(f"unknown comparison '{compare}'")
        out[k] = "consistent" if agree else "conflicting"
    return out


def validate(topic, facts, expected, verdicts):
    """Checks the topic's files against each other; returns a list of problems."""
    problems = []
    docs_dir = os.path.join(topic, "docs")
    cache = {}
    for e in expected:
        where = f"expected.tsv:{e['row']}"
        path = os.path.join(docs_dir, e["document"])
        if path not in cache:
            if not os.path.exists(path):
                problems.append(f"{where}: no document '{e['document']}'")
                continue
            with open(path, encoding="utf-8") as fh:
                cache[path] = fh.read().split("\n")
        lines = cache[path]
        if not 1 <= e["line"] <= len(lines) or e["evidence"] not in lines[e["line"] - 1]:
            problems.append(f"{where}: evidence '{e['evidence']}' is not on line {e['line']} of {e['document']}")
        f = facts[e["fact"]]
        names = [r.split("=")[0] for r in e["roles"].split()]
        if names != f["roles"]:
            problems.append(f"{where}: roles {names} do not match the brief's {f['roles']}")
        if bool(e["scope"]) != f["per_year"]:
            problems.append(f"{where}: scope '{e['scope']}' but the fact is "
                            f"{'per year' if f['per_year'] else 'not scoped'}")
    implied = reference_verdicts(expected, facts)
    for k in sorted(set(implied) | set(verdicts)):
        if implied.get(k) != verdicts.get(k):
            problems.append(f"verdicts.tsv: {k[0]} {k[1]}: listed {verdicts.get(k, 'nothing')}, "
                            f"the expected rows imply {implied.get(k, 'nothing')}")
    return problems


# ---------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--topic", required=True, action="append",
                    help="a topic directory (tests/generalization/NAME); may be repeated")
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--rules", help="rule file or directory to run factlint with")
    src.add_argument("--report", help="a factlint/v1 JSON report already made on the topic's docs/")
    src.add_argument("--validate", action="store_true", help="only check the topic's files against each other")
    ap.add_argument("--factlint", default=os.environ.get("FACTLINT", "build/factlint"),
                    help="the factlint binary (default build/factlint or $FACTLINT)")
    ap.add_argument("--no-reparse", action="store_true",
                    help="score each statement by its group's value instead of re-reading its value_text")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses, extra statements and wrong verdicts")
    ap.add_argument("--json", help="also write the figures as JSON to this file")
    ap.add_argument("--causes", action="store_true",
                    help="sort the missed statements by cause, with `factlint rules audit` (with --rules)")
    args = ap.parse_args(argv)
    if args.report and len(args.topic) > 1:
        ap.error("--report scores one topic")
    if not (args.rules or args.report or args.validate):
        ap.error("give --rules, --report or --validate")
    if args.causes and not args.rules:
        ap.error("--causes runs the audit with the rules: give --rules")

    results, failed = {}, False
    for topic in args.topic:
        name = os.path.basename(os.path.normpath(topic))
        facts = load_facts(topic)
        expected = load_expected(topic, facts)
        verdicts = load_verdicts(topic)
        problems = validate(topic, facts, expected, verdicts)
        for p in problems:
            print(f"{topic}/{p}", file=sys.stderr)
        failed |= bool(problems)
        if args.validate:
            print(f"{name}: {len(expected)} statements, {len(verdicts)} fact keys, "
                  f"{sum(1 for v in verdicts.values() if v == 'conflicting')} conflicting: "
                  f"{'ok' if not problems else f'{len(problems)} problems'}")
            continue
        if args.report:
            with open(args.report, encoding="utf-8") as fh:
                report = json.load(fh)
        else:
            report = run_factlint(args.factlint, args.rules, os.path.join(topic, "docs"))
        reader = StatementReader(None if args.no_reparse else args.factlint)
        audit = (run_audit(args.factlint, args.rules, os.path.join(topic, "docs"))
                 if args.causes and args.rules else None)
        r = score(expected, verdicts, report, facts, reader, audit)
        print_summary(name, r, args.verbose)
        results[name] = {k: r[k] for k in ("statements", "verdicts", "conflicting", "miss_causes")}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2, default=str)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
