#!/usr/bin/env python3
"""termlint on WMT23 en-de machine translation, against Google's expert MQM annotations.

Per system (and the human reference refA) of annotations/wmt23-mqm-ende-google, writes the
annotated segments as aligned text (source, that system's output with the <v> marks removed),
runs `termlint check --source --target` with the built-in glossary, and lists the distinct
findings (rule, side, segment, found text, first suggestion: a source-side finding repeated for
every system, because the source is shared, counts once), each with the MQM errors the raters
marked in that segment. Judgements (true | false | debatable) are read from
tests/eval/mqm-judged.tsv by key; the share of true findings is printed. New findings are
written to tests/eval/mqm-findings.tsv to judge (the first 60 in a fixed-seed order when there
are more).

Usage: scripts/mqm-judge.py
"""
import csv, gzip, json, os, random, re, subprocess, tempfile
from collections import defaultdict, Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("DATA", os.path.join(ROOT, "..", "shared", "data"))
ANN = os.path.join(DATA, "annotations", "wmt23-mqm-ende-google",
                   "sxs_mqm_generalMT2023_ende.3ratingsPerSegment.no-metadata.tsv.gz")
BIN = os.environ.get('TERMLINT', os.path.join(ROOT, 'target', 'release', 'termlint'))
tmp = tempfile.mkdtemp(prefix="mqm-")

segs = defaultdict(dict)      # system -> seg id -> (source, target)
errors = defaultdict(list)    # (system, seg id) -> [category/severity: span]
with gzip.open(ANN, "rt", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        system = r["system"].split("_with_")[0]
        seg = int(r["globalSegId"])
        target = re.sub(r"</?v>", "", r["target"])
        segs[system][seg] = (r["source"], target)
        if r["category"] not in ("No-error", ""):
            spans = re.findall(r"<v>(.*?)</v>", r["target"])
            errors[(system, seg)].append(f"{r['category']}/{r['severity']}: {'|'.join(spans)[:60]}")

distinct = {}
for system in sorted(segs):
    ids = sorted(segs[system])
    src = os.path.join(tmp, "src.en")
    tgt = os.path.join(tmp, "tgt.de")
    with open(src, "w") as s, open(tgt, "w") as t:
        for i in ids:
            s.write(segs[system][i][0].replace("\n", " ") + "\n")
            t.write(segs[system][i][1].replace("\n", " ") + "\n")
    out = subprocess.run([BIN, "check", "--no-config", "--format", "json", "--source", src,
                          "--target", tgt, "--source-lang", "en", "--target-lang", "de"],
                         capture_output=True, text=True)
    for f in json.loads(out.stdout)["findings"]:
        seg = ids[f["line"] - 1]
        side = "source" if f["path"].endswith(".en") else "target"
        first = (f["suggestions"] or [""])[0]
        key = (f["rule"], side, str(seg), f["found"], first)
        if side == "target":
            key = key + (system,)
        else:
            key = key + ("*",)
        d = distinct.setdefault(key, {"systems": [], "message": f["message"],
                                      "source": segs[system][seg][0], "errors": []})
        d["systems"].append(system)
        d["errors"] += errors.get((system, seg), [])

judged = {}
jpath = os.path.join(ROOT, "tests", "eval", "mqm-judged.tsv")
if os.path.exists(jpath):
    for r in csv.DictReader(open(jpath, encoding="utf-8"), delimiter="\t"):
        judged[(r["rule"], r["side"], r["seg"], r["found"], r["suggestion"], r["system"])] = r["judge"]

counts = Counter(judged.get(k, "unjudged") for k in distinct)
rules = Counter(k[0] for k in distinct)
n = len(distinct)
print(f"distinct findings: {n}  " + "  ".join(f"{r} {c}" for r, c in sorted(rules.items())))
print("judged: " + "  ".join(f"{j} {c}" for j, c in sorted(counts.items())))
done = n - counts["unjudged"]
if done:
    print(f"share true: {counts['true'] / done:.2f} of {done} judged")
keys = sorted(distinct)
random.Random(23).shuffle(keys)
with open(os.path.join(ROOT, "tests", "eval", "mqm-findings.tsv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    w.writerow(["rule", "side", "seg", "found", "suggestion", "system", "judge", "systems", "message", "mqm", "source"])
    for k in sorted(keys[:60]):
        d = distinct[k]
        w.writerow(list(k) + [judged.get(k, ""), ",".join(d["systems"]), d["message"],
                              " ; ".join(sorted(set(d["errors"])))[:300], d["source"][:300]])
