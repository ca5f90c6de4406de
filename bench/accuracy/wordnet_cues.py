#!/usr/bin/env python3
"""Widen a rule file's cue words with a lexicon, to measure what synonym sets would do.

Session 12's experiment (bench/accuracy/README.md, "Session 12, recall"): every plain
word of every `cue` line (not quoted words, roles, macros or function words) becomes a
group of itself and what WordNet 3.0 relates to it, and the widened file is scored as
the writer's own would be:

    python3 bench/accuracy/wordnet_cues.py RULES.facts --mode syn > /tmp/wide.facts
    python3 bench/accuracy/score.py --topic tests/generalization/vienna --rules /tmp/wide.facts

Modes (joined with '+'):
  syn     the other words of the word's first sense, per part of speech ("price" -> "cost")
  der     its derivationally related forms in that sense ("expansion" -> "expand")
  attr    for an adjective, the nouns it is a value of ("long" -> "length", "wide" -> "width")
  cmp     an adjective's comparative and superlative ("high" -> "higher", "highest")
  cmpno   a limit written with the comparative only ("wide" -> "no wider than")

Needs Debian's wordnet-base (the data files in /usr/share/wordnet; `apt-get install
wordnet-base`), which the project does not install: this is a measuring tool, not a
part of factlint. Python 3 standard library only.
"""
import argparse
import functools
import os
import re
import sys

WORDNET = "/usr/share/wordnet"
PARTS = {"n": "noun", "v": "verb", "a": "adj"}
FUNCTION_WORDS = set("""a an the of in on at to for from by with and or as is was were be been are has have
had it its his her their this that which who whose than then so not no more less most least up down over
under about after before since until per into out off one two all any some each there here what when
where why how can may do does did also just very only still yet again first second third new old""".split())


@functools.lru_cache(None)
def index(pos):
    """lemma -> synset offsets, most frequent sense first (WordNet's index.POS)."""
    out = {}
    with open(os.path.join(WORDNET, "index." + PARTS[pos]), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            pointers = int(fields[3])
            out[fields[0]] = [int(o) for o in fields[4 + pointers + 2:]]
    return out


@functools.lru_cache(None)
def synset(pos, offset):
    """(words, pointers) of one synset; a pointer is (symbol, offset, pos, source, target)."""
    with open(os.path.join(WORDNET, "data." + PARTS[pos]), "rb") as f:
        f.seek(offset)
        fields = f.readline().decode("latin-1").split("|")[0].split()
    count = int(fields[3], 16)
    words = [fields[4 + 2 * i].split("(")[0].lower() for i in range(count)]
    k = 4 + 2 * count
    pointers = []
    for i in range(int(fields[k])):
        symbol, off, p, st = fields[k + 1 + 4 * i:k + 5 + 4 * i]
        pointers.append((symbol, int(off), "a" if p == "s" else p, int(st[:2], 16), int(st[2:], 16)))
    return words, pointers


def comparative(word):
    if word.endswith("e"):
        return word + "r"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ier"
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", word):
        return word + word[-1] + "er"
    return word + "er"


def related(word, modes):
    w = word.lower()
    if w in FUNCTION_WORDS or len(w) < 3 or not w.isalpha():
        return []
    out = set()
    for pos in PARTS:
        senses = index(pos).get(w, [])
        if not senses:
            continue
        words, pointers = synset(pos, senses[0])
        if "syn" in modes:
            out.update(words)
        if "der" in modes:
            me = words.index(w) + 1 if w in words else 0
            for symbol, off, p, source, target in pointers:
                if symbol == "+" and source in (0, me) and target:
                    out.add(synset(p, off)[0][target - 1])
        if pos == "a" and "attr" in modes:
            for offset in senses[:2]:
                for symbol, off, p, _, _ in synset(pos, offset)[1]:
                    if symbol == "=":
                        out.update(synset(p, off)[0])
        if pos == "a" and "cmp" in modes:
            out.update({comparative(w), comparative(w)[:-2] + "est"})
        if pos == "a" and "cmpno" in modes:
            out.update({"no " + comparative(w) + " than", "not " + comparative(w) + " than"})
    out.discard(w)
    return sorted(x for x in out if re.fullmatch(r"[a-z]+( [a-z]+)*", x))


def widen(line, modes, log):
    parts = re.split(r'("[^"]*")', line)
    for i in range(0, len(parts), 2):  # outside quotes only
        def replace(m):
            before = parts[i][max(0, m.start() - 1):m.start()]
            word = m.group(0)
            if before in ("{", "@") or word in ("gap", "cue"):
                return word
            more = related(word, modes)
            if not more:
                return word
            log.append(f"{word} -> {', '.join(more)}")
            return "(" + " | ".join([word] + more) + ")"
        parts[i] = re.sub(r"(?<![\w{@'-])[A-Za-z]+(?![\w'}-])", replace, parts[i])
    return "".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rules", help="a .facts file")
    ap.add_argument("--mode", default="syn", help="syn, der, attr, cmp, cmpno, joined with '+'")
    ap.add_argument("--log", action="store_true", help="list each widened word on stderr")
    args = ap.parse_args()
    modes = set(args.mode.split("+"))
    log = []
    with open(args.rules, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(\s*cue\s+)(.*?)(\s*(#.*)?)$", line.rstrip("\n"))
            print(m.group(1) + widen(m.group(2), modes, log) + m.group(3) if m else line, end="\n" if m else "")
    if args.log:
        print("\n".join(sorted(set(log))), file=sys.stderr)


if __name__ == "__main__":
    main()
