#!/usr/bin/env python3
"""Every relative link in the repository's Markdown (README.md, docs/, bench/,
tests/generalization/ READMEs) points to a file that exists and, when it names an
#anchor, to a heading of that file (GitHub's slugs). Users follow these links; code
and messages cite docs/ sections by them. Exit 1 with each broken link's file:line."""
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
LINK = re.compile(r"\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^\s*(```|~~~)")


def slug(heading):
    # GitHub: lowercase, drop what is not a letter, digit, space, '-' or '_', spaces to '-'.
    text = re.sub(r"`", "", heading.strip()).lower()
    text = re.sub(r"[^\w\- ]", "", text, flags=re.UNICODE)
    return text.replace(" ", "-")


def anchors(path, cache={}):
    if path not in cache:
        seen = {}
        out = set()
        in_fence = False
        for line in open(path, encoding="utf-8"):
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            m = None if in_fence else re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
            if not m:
                continue
            base = slug(m.group(1))
            n = seen.get(base, 0)
            seen[base] = n + 1
            out.add(base if n == 0 else f"{base}-{n}")
        cache[path] = out
    return cache[path]


def markdown_files():
    for top in ["README.md", "docs", "bench", "ci", "rules", "corpus", "tests"]:
        full = os.path.join(ROOT, top)
        if os.path.isfile(full):
            yield full
            continue
        for dirpath, dirnames, filenames in os.walk(full):
            dirnames[:] = [d for d in dirnames if d not in ("node_modules", ".cache") and not d.startswith(".")]
            if os.sep + "generalization" + os.sep in dirpath + os.sep and os.sep + "docs" in dirpath:
                continue  # a topic's documents are prose under test, not the project's docs
            for name in filenames:
                if name.endswith(".md"):
                    yield os.path.join(dirpath, name)


def main():
    broken = []
    for path in markdown_files():
        in_fence = False
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            if in_fence:
                continue
            line = re.sub(r"`[^`]*`", "", line)  # a link inside code is an example, not a link
            for target in LINK.findall(line):
                if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("//"):
                    continue  # http:, mailto: and the like
                file_part, _, anchor = target.partition("#")
                dest = path if not file_part else os.path.normpath(os.path.join(os.path.dirname(path), file_part))
                where = f"{os.path.relpath(path, ROOT)}:{number}"
                if not os.path.exists(dest):
                    broken.append(f"{where}: '{target}': no such file")
                elif anchor and dest.endswith(".md") and anchor not in anchors(dest):
                    broken.append(f"{where}: '{target}': no heading '#{anchor}' in {os.path.relpath(dest, ROOT)}")
    for b in broken:
        print(b)
    print(f"{len(broken)} broken link(s)" if broken else "every relative link resolves")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
