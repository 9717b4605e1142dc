#!/usr/bin/env python3
"""Required-term verdicts on WMT25 terminology track 1 (IT domain), termlint against substring.

For en-ru and en-de: builds a CSV glossary of the task's required term pairs ("proper"; one
concept per distinct pair, so concepts that share a source form stay apart), runs
`termlint check --explain --format json` (its `checked` list: each source term of each line,
concept by concept, and whether that concept is in the target) on the human reference and on
every system output, and per segment and required pair compares termlint's verdict (the source
term found and a form of that concept in the target) with a plain case-insensitive substring
test of the target term. Prints the found-rates on the references, the disagreements on the
system outputs, and writes a fixed-seed sample of disagreements to judge to
tests/eval/wmt25-sample.tsv (judgements, when present in tests/eval/wmt25-judged.tsv, are
joined: column `judge` = termlint | substring | unclear).

Usage: scripts/wmt25-terms.py [--sample N]
"""
import csv, json, os, random, subprocess, sys, tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("DATA", os.path.join(ROOT, "..", "shared", "data", "parallel"))
D = os.path.join(DATA, "wmt25-terminology-track1")
BIN = os.path.join(ROOT, "target", "release", "termlint")
SAMPLE = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 40
tmp = tempfile.mkdtemp(prefix="wmt25-")


def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def checked(gloss, src_lines, tgt_lines, tl):
    s, t = os.path.join(tmp, "src.txt"), os.path.join(tmp, "tgt.txt")
    open(s, "w").write("\n".join(x.replace("\n", " ") for x in src_lines) + "\n")
    open(t, "w").write("\n".join(x.replace("\n", " ") for x in tgt_lines) + "\n")
    args = [BIN, "check", "--no-config", "-g", gloss, "--source", s, "--target", t,
            "--source-lang", "en", "--target-lang", tl, "--explain", "--format", "json"]
    out = subprocess.run(args, capture_output=True, text=True).stdout
    found = {}
    for c in json.loads(out)["checked"]:
        for concept in c["concepts"]:
            key = (c["line"], concept["concept"])
            found[key] = found.get(key, False) or concept["found"]
    return found


judged = {}
jpath = os.path.join(ROOT, "tests", "eval", "wmt25-judged.tsv")
if os.path.exists(jpath):
    for r in csv.DictReader(open(jpath, encoding="utf-8"), delimiter="\t"):
        judged[(r["pair"], r["system"], r["line"], r["src_term"])] = r["judge"]

sample_rows = []
for tl, code in (("ru", "enru"), ("de", "ende")):
    ref = load(os.path.join(D, f"full_data.{code}.jsonl"))
    pairs = sorted({(s, t) for r in ref for s, t in r["proper"].items()})
    ids = {p: f"t{i:04d}" for i, p in enumerate(pairs)}
    gloss = os.path.join(tmp, f"{code}.csv")
    with open(gloss, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "en", tl])
        for p in pairs:
            w.writerow([ids[p], p[0], p[1]])
    systems = [("reference", [r[tl] for r in ref])]
    for name in sorted(os.listdir(os.path.join(D, "submissions"))):
        if f".{code}." in name:
            sub = load(os.path.join(D, "submissions", name))
            systems.append((name.replace(f".{code}", "").replace(".jsonl", ""), [r[tl] for r in sub]))
    disagreements = []
    if os.environ.get("ONLY_REF"):
        systems = systems[:1]
    for system, tgts in systems:
        found = checked(gloss, [r["en"] for r in ref], tgts, tl)
        n = tl_yes = sub_yes = 0
        for i, r in enumerate(ref):
            for s, t in r["proper"].items():
                n += 1
                ours = found.get((i + 1, ids[(s, t)]), False)
                sub = t.lower() in tgts[i].lower()
                tl_yes += ours
                if system == "reference" and not ours and os.environ.get("SHOW_MISSES"):
                    print(f"  miss {i + 1}: {s!r} -> {t!r} | {'src-found' if any(k[0] == i + 1 and k[1] == ids[(s, t)] for k in found) else 'src-miss'} | {r['en'][:90]!r} | {tgts[i][:90]!r}")
                sub_yes += sub
                if ours != sub and system != "reference":
                    seen = (i + 1, ids[(s, t)]) in found
                    disagreements.append((system, i + 1, s, t, ours, sub, seen, r["en"], tgts[i]))
        print(f"en-{tl} {system:<26} required {n:>4}  termlint found {tl_yes / n:.3f}  substring {sub_yes / n:.3f}")
    rng = random.Random(25)
    picked = rng.sample(disagreements, min(SAMPLE // 2, len(disagreements)))
    verdicts = Counter()
    by_seen = {True: Counter(), False: Counter()}
    for system, line, s, t, ours, sub, seen, en, tgt in picked:
        j = judged.get((f"en-{tl}", system, str(line), s), "")
        if j:
            verdicts[j] += 1
            by_seen[seen][j] += 1
        sample_rows.append([f"en-{tl}", system, line, s, t, "present" if ours else "absent",
                            "present" if sub else "absent", "yes" if seen else "no", j, en, tgt])
    total = sum(verdicts.values())
    print(f"en-{tl} disagreements with substring on system outputs: {len(disagreements)}; "
          f"sample {len(picked)}, judged {total}: termlint right {verdicts['termlint']}, "
          f"substring right {verdicts['substring']}, unclear {verdicts['unclear']}")
    # A pair whose source term termlint does not see as a word (`MenuChange`, `Accessing`,
    # `reporting` for report) gets no verdict from it: split the judged sample by that.
    for seen, label in ((True, "source term seen"), (False, "source term not seen")):
        v = by_seen[seen]
        print(f"  {label}: judged {sum(v.values())}: termlint right {v['termlint']}, "
              f"substring right {v['substring']}, unclear {v['unclear']}")
with open(os.path.join(ROOT, "tests", "eval", "wmt25-sample.tsv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    w.writerow(["pair", "system", "line", "src_term", "tgt_term", "termlint", "substring",
                "source_seen", "judge", "source", "target"])
    w.writerows(sample_rows)
