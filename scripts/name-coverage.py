#!/usr/bin/env python3
"""Name coverage of the built-in glossary on English news (issue 13).

A name occurrence is a run of capitalised words that follows a lower-case word or a comma (so
not a sentence's first word), weekdays and months aside; `of`, `the`, `and`, `de` may join two
capitalised words (`Bank of England`). It is known when some run of its words is an English form
of a concept of `glossaries/*.toml` (any status: a forbidden form is known too). Prints, per
corpus and in all, the share of occurrences known, and the most frequent unknown names.

Usage: scripts/name-coverage.py [--top N] [--glossary DIR]
"""
import glob
import os
import re
import sys
import tomllib
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("DATA", os.path.join(ROOT, "..", "shared", "data", "parallel"))
TOP = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 40
GLOSSARY = (
    sys.argv[sys.argv.index("--glossary") + 1]
    if "--glossary" in sys.argv
    else os.path.join(ROOT, "glossaries")
)

CORPORA = [
    ("NTREX-128 2019", ["ntrex128/newstest2019-src.eng.txt"]),
    ("WMT23 general", ["wmt23-generaltest/generaltest2023.en-*.src.en"]),
    ("WMT24 general", ["wmt24-generaltest/wmt24.en.src.txt"]),
]
SKIP = set(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct "
    "Nov Dec".split()
)
PRONOUN = re.compile(r"^I(['’](m|ve|ll|d))?$")
JOINERS = {"of", "the", "and", "de", "du", "al", "bin", "von", "van", "for"}
WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w'’.-]*|[,;:!?()\"“”]")


def english_forms(folder):
    forms = set()
    for path in glob.glob(os.path.join(folder, "*.toml")):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        for concept in data.get("concept", []):
            en = concept.get("en")
            if not en:
                continue
            if isinstance(en, str):
                en = {"preferred": en}
            for key in ("preferred", "admitted", "forbidden", "deprecated"):
                value = en.get(key)
                values = value if isinstance(value, list) else [value] if value else []
                for v in values:
                    text = v if isinstance(v, str) else v.get("term") or v.get("text")
                    if text:
                        forms.add(tuple(text.split()))
            for v in en.get("forms", []):
                forms.add(tuple(v.split()))
    return forms


def names(line):
    """The name occurrences of a line: runs of capitalised words after a lower-case word or a
    comma."""
    tokens = WORD.findall(line)
    out = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        prev = tokens[i - 1] if i > 0 else None
        starts = (
            prev is not None
            and (prev == "," or (prev[0].islower() and not prev.endswith((".", "!", "?", ":"))))
            and t[0].isupper()
            and t.strip(".") not in SKIP
            and not PRONOUN.match(t)
        )
        if not starts:
            i += 1
            continue
        run = [t]
        j = i + 1
        while j < len(tokens):
            w = tokens[j]
            if w[0].isupper() and w.strip(".") not in SKIP:
                run.append(w)
            elif (
                w in JOINERS
                and j + 1 < len(tokens)
                and tokens[j + 1][0].isupper()
                and tokens[j + 1] not in SKIP
            ):
                run.append(w)
            else:
                break
            j += 1
        # A possessive or a full stop after the name is not part of it (`U.S.` keeps its own).
        run = [re.sub(r"['’]s?$", "", w) or w for w in run]
        run = [w[:-1] if w.endswith(".") and "." not in w[:-1] else w for w in run]
        out.append(tuple(run))
        i = j
    return out


def known(name, forms, longest):
    n = len(name)
    for size in range(min(n, longest), 0, -1):
        for start in range(0, n - size + 1):
            if name[start : start + size] in forms:
                return True
    return False


def main():
    forms = english_forms(GLOSSARY)
    longest = max((len(f) for f in forms), default=1)
    total = hits = 0
    unknown = Counter()
    print(f"{'corpus':<18} {'names':>7} {'known':>7} {'share':>6}")
    for label, patterns in CORPORA:
        files = sorted({p for pat in patterns for p in glob.glob(os.path.join(DATA, pat))})
        seen_texts = set()
        n = k = 0
        for path in files:
            text = open(path, encoding="utf-8").read()
            if text in seen_texts:  # the same source for several pairs
                continue
            seen_texts.add(text)
            for line in text.splitlines():
                for name in names(line):
                    n += 1
                    if known(name, forms, longest):
                        k += 1
                    else:
                        unknown[" ".join(name)] += 1
        total += n
        hits += k
        print(f"{label:<18} {n:>7} {k:>7} {k / max(n, 1):>6.1%}")
    print(f"{'all':<18} {total:>7} {hits:>7} {hits / max(total, 1):>6.1%}")
    print(f"\nmost frequent unknown names (top {TOP}):")
    for name, count in unknown.most_common(TOP):
        print(f"{count:>5}  {name}")


if __name__ == "__main__":
    main()
