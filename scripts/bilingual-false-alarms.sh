#!/usr/bin/env bash
# Bilingual false alarms on human reference translations, and catches on machine translation.
#
# Runs `termlint check --source SRC --target REF` over the parallel news in ../shared/data
# (or $DATA) and prints, per pair, the missing-translation, wrong-translation and untranslated
# findings per 1,000 segments. On a human reference every one is a false alarm until a human
# shows otherwise; on machine output real errors are expected.
#
# Each pair is checked as of the day its stories were written (see reference-corpora.sh).
#
# Usage: scripts/bilingual-false-alarms.sh [--show N] [--rule RULE]
#   --show N     print N findings per pair
#   --rule RULE  count one rule only (`number`, `placeholder`, ...): its findings per 1,000
#                segments, on the references of both directions (en-xx, xx-en) and WMT24 too;
#                no hand-judged table
# UNJUDGED=FILE appends the findings on human references not yet judged in $JUDGED to FILE
# (tab-separated: reference, line, rule, found, suggestions, source line, reference line).
set -euo pipefail
SHOW=0
RULE=
while [[ $# -gt 0 ]]; do
  case $1 in
    --show) SHOW=${2:-5}; shift 2 ;;
    --rule) RULE=$2; shift 2 ;;
    *) echo "usage: $0 [--show N] [--rule RULE]" >&2; exit 2 ;;
  esac
done
export RULE
# shellcheck source=scripts/reference-corpora.sh
. "$(dirname "$0")/reference-corpora.sh"

pair() { # label src tgt src-lang tgt-lang
  local label=$1 src=$2 tgt=$3 sl=$4 tl=$5
  [[ -f $src && -f $tgt ]] || return 0
  # shellcheck disable=SC2046
  "$BIN" check --no-config --format json $(date_of "$tgt") --source "$src" --target "$tgt" \
    --source-lang "$sl" --target-lang "$tl" >/tmp/termlint-bilingual.json || true
  python3 - "$label" "$tgt" "$SHOW" "$src" <<'PY'
import json, os, sys
label, tgt, show = sys.argv[1], sys.argv[2], int(sys.argv[3])
judged = []
d = json.load(open("/tmp/termlint-bilingual.json"))
segments = sum(1 for _ in open(tgt, encoding="utf-8-sig"))
rules = ["missing-translation", "wrong-translation", "untranslated"]
one = os.environ.get("RULE")
if one:
    found = [f for f in d["findings"] if f["rule"] == one]
    print(f"{label:<34} {segments:>6} {len(found):>8} {1000.0 * len(found) / segments:>8.1f}")
    for f in found[:show]:
        print(f"    {f['path'].split('/')[-1]}:{f['line']} {f['message']}")
    sys.exit(0)
found = [f for f in d["findings"] if f["rule"] in rules]
counts = {r: sum(f["rule"] == r for f in found) for r in rules}
per = lambda n: 1000.0 * n / segments
print(f"{label:<34} {segments:>6} " + " ".join(f"{per(counts[r]):>8.1f}" for r in rules)
      + f" {per(counts['missing-translation'] + counts['wrong-translation']):>8.1f}")
# Findings on a human reference judged by hand (tests/eval/reference-errors.tsv): real errors
# of the reference, false alarms, debatable. A finding not judged counts as false.
if "ref" in label.split():
    import csv, os
    verdicts = {}
    with open(os.environ["JUDGED"], encoding="utf-8") as j:
        for row in csv.DictReader(j, delimiter="\t"):
            verdicts[(row["reference"], int(row["line"]), row["found"])] = row["verdict"]
    seen = [verdicts.get((label, f["line"], f["found"]), "unjudged") for f in found]
    tally = {v: seen.count(v) for v in ("real", "debatable", "false", "unjudged")}
    judged.append(f"{label:<34} {segments:>6} " + " ".join(f"{tally[v]:>9}" for v in tally)
                  + f" {per(tally['false'] + tally['unjudged']):>9.1f}")
    if os.environ.get("UNJUDGED"):
        src = open(sys.argv[4], encoding="utf-8-sig").read().split("\n")
        ref = open(tgt, encoding="utf-8-sig").read().split("\n")
        with open(os.environ["UNJUDGED"], "a", encoding="utf-8") as out:
            for f, v in zip(found, seen):
                if v == "unjudged":
                    n = f["line"]
                    out.write("\t".join([label, str(n), f["rule"], f["found"], "|".join(f["suggestions"][:3]),
                                         src[n - 1], ref[n - 1]]) + "\n")
    with open("/tmp/termlint-judged.txt", "a", encoding="utf-8") as out:
        out.write(judged[-1] + "\n")
for f in found[:show]:
    print(f"    {f['rule']:<20} {f['path'].split('/')[-1]}:{f['line']} {f['found']!r} -> {f['suggestions'][:2]}")
PY
}

JUDGED=${JUDGED:-tests/eval/reference-errors.tsv}
export JUDGED
rm -f /tmp/termlint-judged.txt
if [[ -n $RULE ]]; then
  printf '%-34s %6s %8s %8s\n' "pair ($RULE)" segs findings per-1k
else
  printf '%-34s %6s %8s %8s %8s %8s\n' "pair (per 1,000 segments)" segs missing wrong untrans miss+wrong
fi
echo "# human references"
N=$DATA/ntrex128
for l in rus:ru tur:tr deu:de fra:fr arb:ar spa:es; do
  pair "ntrex128 en-${l#*:} ref" "$N/newstest2019-src.eng.txt" "$N/newstest2019-ref.${l%:*}.txt" en "${l#*:}"
done
W=$DATA/wmt21-newstest
pair "wmt21 en-ru ref A" "$W/newstest2021.en-ru.src.en" "$W/newstest2021.en-ru.ref.A.ru" en ru
pair "wmt21 en-ru ref B" "$W/newstest2021.en-ru.src.en" "$W/newstest2021.en-ru.ref.B.ru" en ru
pair "wmt21 en-de ref A" "$W/newstest2021.en-de.src.en" "$W/newstest2021.en-de.ref.A.de" en de
W=$DATA/wmt22-generaltest
pair "wmt22 en-ru ref A" "$W/generaltest2022.en-ru.src.en" "$W/generaltest2022.en-ru.ref.A.ru" en ru
pair "wmt22 en-de ref A" "$W/generaltest2022.en-de.src.en" "$W/generaltest2022.en-de.ref.A.de" en de
W=$DATA/wmt23-generaltest
pair "wmt23 en-ru ref A" "$W/generaltest2023.en-ru.src.en" "$W/generaltest2023.en-ru.ref.refA.ru" en ru
if [[ -n $RULE ]]; then
  W=$DATA/wmt21-newstest
  pair "wmt21 en-de ref C" "$W/newstest2021.en-de.src.en" "$W/newstest2021.en-de.ref.C.de" en de
  pair "wmt21 de-en ref A" "$W/newstest2021.de-en.src.de" "$W/newstest2021.de-en.ref.A.en" de en
  pair "wmt21 ru-en ref A" "$W/newstest2021.ru-en.src.ru" "$W/newstest2021.ru-en.ref.A.en" ru en
  W=$DATA/wmt22-generaltest
  pair "wmt22 en-de ref B" "$W/generaltest2022.en-de.src.en" "$W/generaltest2022.en-de.ref.B.de" en de
  pair "wmt22 de-en ref A" "$W/generaltest2022.de-en.src.de" "$W/generaltest2022.de-en.ref.A.en" de en
  pair "wmt22 ru-en ref A" "$W/generaltest2022.ru-en.src.ru" "$W/generaltest2022.ru-en.ref.A.en" ru en
  W=$DATA/wmt23-generaltest
  pair "wmt23 en-de ref A" "$W/generaltest2023.en-de.src.en" "$W/generaltest2023.en-de.ref.refA.de" en de
  pair "wmt23 de-en ref A" "$W/generaltest2023.de-en.src.de" "$W/generaltest2023.de-en.ref.refA.en" de en
  pair "wmt23 ru-en ref A" "$W/generaltest2023.ru-en.src.ru" "$W/generaltest2023.ru-en.ref.refA.en" ru en
  W=$DATA/wmt24-generaltest
  for r in en-de.refA:de en-de.refB:de en-es.refA:es en-ru.refA:ru; do
    pair "wmt24 ${r%%:*}" "$W/wmt24.en.src.txt" "$W/wmt24.${r%%:*}.txt" en "${r#*:}"
  done
fi
echo "# machine translation"
W=$DATA/wmt21-newstest
for s in Facebook-AI Online-W; do
  pair "wmt21 en-ru $s" "$W/newstest2021.en-ru.src.en" "$W/newstest2021.en-ru.hyp.$s.ru" en ru
  pair "wmt21 en-de $s" "$W/newstest2021.en-de.src.en" "$W/newstest2021.en-de.hyp.$s.de" en de
done
W=$DATA/wmt22-generaltest
for s in JDExploreAcademy Online-G PROMT; do
  pair "wmt22 en-ru $s" "$W/generaltest2022.en-ru.src.en" "$W/generaltest2022.en-ru.hyp.$s.ru" en ru
done
W=$DATA/wmt23-generaltest
for s in GPT4-5shot NLLB_Greedy PROMT; do
  pair "wmt23 en-ru $s" "$W/generaltest2023.en-ru.src.en" "$W/generaltest2023.en-ru.hyp.$s.ru" en ru
done
[[ -n $RULE ]] && exit 0

# The findings of the three rules on each human reference, by verdict in $JUDGED; the last
# column is the false alarms (false or not yet judged) per 1,000 segments.
echo "# human references, judged by hand ($JUDGED)"
printf '%-34s %6s %9s %9s %9s %9s %9s\n' "pair" segs real debatable false unjudged "false/1k"
cat /tmp/termlint-judged.txt
