#!/usr/bin/env bash
# Findings of the monolingual rules on human reference translations, per 1,000 segments: every
# one is a false alarm until a human shows otherwise.
#
# A reference is checked story by story where the corpus says which line belongs to which story
# (NTREX-128's DOCUMENT_IDS.tsv, WMT24's docs.tsv), as an editor checks a story: `inconsistent`
# then pairs forms within one story, never across two unrelated ones. The WMT21-23 test sets
# here have no document ids; they are checked whole, and their `inconsistent` findings are
# counted apart (`across`), since they may pair two stories.
#
# Findings judged by hand are in $JUDGED (tests/eval/reference-findings.tsv: reference, line,
# found, verdict, note); a finding not judged counts as false. UNJUDGED=FILE appends the ones
# left to judge to FILE. Needs the data of ../shared/data (see its README).
#
# Usage: scripts/reference-findings.sh [--show N]
set -euo pipefail
SHOW=0
[[ "${1:-}" == "--show" ]] && SHOW=${2:-5}
# shellcheck source=scripts/reference-corpora.sh
. "$(dirname "$0")/reference-corpora.sh"
JUDGED=${JUDGED:-tests/eval/reference-findings.tsv}
export BIN JUDGED SHOW
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

reference() { # label lang file [document ids: one per line, or "domain<TAB>id"]
  # shellcheck disable=SC2046
  python3 - "$1" "$2" "$3" "${4:-}" "$WORK" $(date_of "$3") <<'PY'
import csv, json, os, subprocess, sys
label, lang, path, ids, work = sys.argv[1:6]
date = sys.argv[7] if len(sys.argv) > 7 else ""
lines = open(path, encoding="utf-8-sig").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
# Each story to its own file; `origin` maps (file, line) back to the line of the reference.
folder = os.path.join(work, label.replace(" ", "_"))
os.makedirs(folder)
origin, stories = {}, {}
docs = [l.split("\t")[-1] for l in open(ids, encoding="utf-8").read().split("\n")[: len(lines)]] if ids else ["all"] * len(lines)
for n, (line, doc) in enumerate(zip(lines, docs), 1):
    stories.setdefault(doc, []).append((n, line))
for k, (doc, rows) in enumerate(stories.items()):
    name = os.path.join(folder, f"{k:04}.txt")
    with open(name, "w", encoding="utf-8") as out:
        out.write("".join(line + "\n" for _, line in rows))
    for i, (n, _) in enumerate(rows, 1):
        origin[(name, i)] = n
cmd = [os.environ["BIN"], "check", "--no-config", "--lang", lang, "--format", "json", folder]
if date:
    cmd[2:2] = ["--date", date]
out = subprocess.run(cmd, capture_output=True, text=True)
if out.returncode not in (0, 1):
    sys.exit(f"{label}: termlint failed: {out.stderr}")
found = json.loads(out.stdout)["findings"]
verdicts = {}
with open(os.environ["JUDGED"], encoding="utf-8") as j:
    for row in csv.DictReader(j, delimiter="\t"):
        verdicts[(row["reference"], int(row["line"]), row["found"])] = row["verdict"]
whole = not ids
tally = {v: 0 for v in ("real", "debatable", "false", "unjudged")}
across, rules = 0, {}
left = []
for f in found:
    n = origin[(f["path"], f["line"])]
    if whole and f["rule"] == "inconsistent":
        across += 1
        continue
    rules[f["rule"]] = rules.get(f["rule"], 0) + 1
    v = verdicts.get((label, n, f["found"]), "unjudged")
    tally[v] += 1
    if v == "unjudged":
        left.append((n, f))
segments = len(lines)
per = lambda k: 1000.0 * k / segments
print(f"{label:<24} {segments:>6} {'whole' if whole else len(stories):>7} {sum(rules.values()):>8} "
      + " ".join(f"{tally[v]:>9}" for v in tally)
      + f" {per(tally['false'] + tally['unjudged']):>8.1f} {across:>6}  "
      + " ".join(f"{r}={c}" for r, c in sorted(rules.items())))
if os.environ.get("UNJUDGED"):
    with open(os.environ["UNJUDGED"], "a", encoding="utf-8") as out:
        for n, f in left:
            out.write("\t".join([label, str(n), f["rule"], f["found"], "|".join(f["suggestions"][:3]),
                                 f["message"], lines[n - 1]]) + "\n")
for n, f in left[: int(os.environ["SHOW"])]:
    print(f"    {f['rule']:<14} {n}: {f['found']!r} -> {f['suggestions'][:2]}  {f['message']}")
PY
}

printf '%-24s %6s %7s %8s %9s %9s %9s %9s %8s %6s  %s\n' reference segs stories findings \
  real debatable false unjudged false/1k across rules
N=$DATA/ntrex128
for l in eng:en rus:ru tur:tr deu:de fra:fr arb:ar spa:es; do
  f=$N/newstest2019-ref.${l%:*}.txt
  [[ ${l%:*} == eng ]] && f=$N/newstest2019-src.eng.txt
  reference "ntrex128 ${l#*:}" "${l#*:}" "$f" "$N/DOCUMENT_IDS.tsv"
done
W=$DATA/wmt24-generaltest
for l in de:refA de:refB ru:refA es:refA; do
  reference "wmt24 ${l%:*} ${l#*:}" "${l%:*}" "$W/wmt24.en-${l%:*}.${l#*:}.txt" "$W/wmt24.en.docs.tsv"
done
reference "wmt24 en" en "$W/wmt24.en.src.txt" "$W/wmt24.en.docs.tsv"
for f in "$DATA"/wmt2[123]*/*.en-ru.ref.*.ru "$DATA"/wmt2[123]*/*.en-de.ref.*.de \
  "$DATA"/wmt2[123]*/*.de-en.ref.*.en "$DATA"/wmt2[123]*/*.ru-en.ref.*.en; do
  [[ -f $f ]] || continue
  name=$(basename "$f")
  corpus=$(basename "$(dirname "$f")")
  lang=${f##*.}
  reference "${corpus%%-*} ${name#*.}" "$lang" "$f"
done
