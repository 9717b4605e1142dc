#!/usr/bin/env python3
"""Recall of `termlint extract` on NTREX-128 (newstest2019, 1,997 aligned lines), per language.

Of the built-in glossary concepts whose English form (preferred or admitted) occurs in the
English source, the share whose candidate's FIRST proposed target is an approved form of the
concept in the target language, in any inflection (termlint's `glossary.target` flag: the
first proposal or one of the inflected variants grouped under it is a glossary form). A
concept with several English forms in the text is judged on its most frequent candidate.
Run with --min-count 1, so that a name seen once counts too. Also prints the precision of the
hand-judged NEW candidates in tests/eval/extract-judged.tsv.

    cargo build --release && python3 scripts/extract-eval.py [--data DIR] [--misses]
"""
import argparse, collections, csv, glob, json, os, re, subprocess, sys, time, tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = {"ru": "rus", "tr": "tur", "ar": "arb", "de": "deu", "fr": "fra", "es": "spa"}


def english_forms(concept):
    en = concept.get("en", {})
    if isinstance(en, str):
        en = {"preferred": en}
    forms = []
    for key in ("preferred", "admitted"):
        v = en.get(key, [])
        for t in v if isinstance(v, list) else [v]:
            forms.append(t if isinstance(t, str) else t.get("term", ""))
    return [f for f in forms if f]


def whole_name_in(form, text):
    """Whether `form` occurs in `text` as a whole name: not inside a longer run of capitalised
    words (`Jordan Spieth` is no use of `Jordan`, the country)."""
    for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
        before = re.search(r"([A-Z][\w-]*) $", text[max(0, m.start() - 40):m.start()])
        after = re.match(r" [A-Z][a-z]", text[m.end():m.end() + 3])
        if not before and not after:
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data/parallel/ntrex128")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/termlint"))
    ap.add_argument("--misses", action="store_true", help="list the concepts missed")
    args = ap.parse_args()
    src_path = os.path.join(args.data, "newstest2019-src.eng.txt")
    src = open(src_path, encoding="utf-8").read()
    occurring = {}
    for f in sorted(glob.glob(os.path.join(ROOT, "glossaries/*.toml"))):
        for c in tomllib.load(open(f, "rb"))["concept"]:
            forms = [x for x in english_forms(c) if whole_name_in(x, src)]
            if forms:
                occurring[c["id"]] = (c.get("kind"), forms)
    print(f"concepts whose English form occurs: {len(occurring)} "
          f"({sum(1 for k, _ in occurring.values() if k != 'term')} names)")
    print("lang  recall  names-only  seconds")
    for lang, code in LANGS.items():
        tgt = os.path.join(args.data, f"newstest2019-ref.{code}.txt")
        start = time.time()
        out = subprocess.run(
            [args.bin, "extract", "--source", src_path, "--target", tgt, "--source-lang", "en",
             "--target-lang", lang, "--min-count", "1", "--format", "json"],
            check=True, capture_output=True).stdout
        seconds = time.time() - start
        by_source = {c["source"]: c for c in json.loads(out)["candidates"]}
        hits, names_hits, names, misses = 0, 0, 0, []
        for cid, (kind, forms) in occurring.items():
            cands = [by_source[f] for f in forms if f in by_source]
            cands.sort(key=lambda c: -c["occurrences"])
            ok = bool(cands) and bool(cands[0]["glossary"]) and cands[0]["glossary"]["target"]
            hits += ok
            if kind != "term":
                names += 1
                names_hits += ok
            if not ok:
                got = cands[0]["targets"][0]["form"] if cands and cands[0]["targets"] else None
                misses.append((cid, forms[0], got))
        print(f"{lang}    {hits / len(occurring):.3f}   {names_hits / names:.3f}       {seconds:.2f}"
              f"   ({hits}/{len(occurring)}, names {names_hits}/{names})")
        if args.misses:
            for m in misses:
                print("      miss:", *m)
    judged = os.path.join(ROOT, "tests/eval/extract-judged.tsv")
    if os.path.exists(judged):
        verdicts = collections.defaultdict(collections.Counter)
        with open(judged, encoding="utf-8") as fh:
            for row in csv.reader((l for l in fh if not l.startswith("#")), delimiter="\t"):
                if len(row) >= 4 and row[0] != "lang":
                    verdicts[row[0]][row[3]] += 1
        print("precision of the top NEW candidates, hand-judged (true / judged; debatable as false"
              " and as true)")
        for lang, v in sorted(verdicts.items()):
            n = sum(v.values())
            print(f"{lang}    {v['true'] / n:.3f} .. {(v['true'] + v['debatable']) / n:.3f}"
                  f"   (true {v['true']}, debatable {v['debatable']}, false {v['false']}, of {n})")


if __name__ == "__main__":
    sys.exit(main())
