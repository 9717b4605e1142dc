#!/usr/bin/env python3
"""Precision and recall of termlint on a localization repository with planted errors.

    scripts/l10n-acceptance.py [REPO] [--termlint PATH]

REPO (default: tests/fixtures/acceptance-l10n) holds catalogs in their usual layouts, a
`glossary.tbx` and an `expected.tsv` listing each planted error: file (relative to REPO),
unit (message id, key path or Android name), the rule expected, the wrong text and a note.

termlint is run there the way a new user runs it:

    termlint check . --glossary glossary.tbx --format json

and each finding is reduced to a key (file, unit, rule family). The families are `term` (every
glossary rule: a misspelt name reported as `missing-translation` still points the translator
at the right message), `placeholder` and `number`. A planted error is found when a finding has
its key; a finding key that no planted error has is a false alarm. Precision counts distinct
keys, so the two halves of one renamed variable (`{ $email }` missing, `{ $emial }` added) are
one finding, as they are one error.

Prints precision, recall, every false alarm and every miss; exit status 1 when precision is
under 0.9 or recall under 0.8 (the acceptance bar of issue 15).
"""

import argparse
import csv
import json
import os
import subprocess
import sys
from collections import defaultdict

TERM_RULES = {
    "forbidden",
    "misspelling",
    "case",
    "inconsistent",
    "missing-translation",
    "wrong-translation",
    "untranslated",
}


def family(rule):
    return "term" if rule in TERM_RULES else rule


def norm(path):
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "repo", nargs="?", default=os.path.join(root, "tests/fixtures/acceptance-l10n")
    )
    parser.add_argument(
        "--termlint", default=os.path.join(root, "target/release/termlint")
    )
    args = parser.parse_args()

    run = subprocess.run(
        [
            os.path.abspath(args.termlint),
            "check",
            ".",
            "--glossary",
            "glossary.tbx",
            "--format",
            "json",
        ],
        cwd=args.repo,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    if run.returncode not in (0, 1):
        sys.exit(f"termlint failed ({run.returncode}):\n{run.stderr}")
    report = json.loads(run.stdout)

    expected = {}
    with open(os.path.join(args.repo, "expected.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = (row["file"], row["unit"], family(row["rule"]))
            expected[key] = row

    found = defaultdict(list)
    for f in report["findings"]:
        key = (norm(f["path"]), f.get("unit") or "", family(f["rule"]))
        found[key].append(f)

    hits = [k for k in found if k in expected]
    alarms = [k for k in found if k not in expected]
    misses = [k for k in expected if k not in found]
    precision = len(hits) / len(found) if found else 1.0
    recall = len(hits) / len(expected) if expected else 1.0

    print(
        f"{len(report['findings'])} findings in {len(found)} keys; "
        f"{len(expected)} planted errors"
    )
    print(f"precision {precision:.3f} ({len(hits)}/{len(found)})")
    print(f"recall    {recall:.3f} ({len(hits)}/{len(expected)})")
    strict = sum(
        any(f["rule"] == expected[k]["rule"] for f in found[k]) for k in hits
    )
    print(f"found with the very rule expected: {strict}/{len(expected)}")
    if alarms:
        print("\nfalse alarms:")
        for k in sorted(alarms):
            for f in found[k]:
                print(
                    f"  {k[0]}:{f['line']}  [{k[1]}]  {f['rule']}: {f['message']}"
                )
    if misses:
        print("\nmisses:")
        for k in sorted(misses):
            e = expected[k]
            print(f"  {k[0]}  [{k[1]}]  {e['rule']}: {e['wrong']!r} ({e['note']})")
    sys.exit(0 if precision >= 0.9 and recall >= 0.8 else 1)


if __name__ == "__main__":
    main()
