#!/usr/bin/env python3
"""The table of scripts/bench-peers.sh, from a ../shared/bench/bench.sh results folder.

Scores every tool the way ../shared/bench/score.py does (a hit is file, line, lower-cased word;
the truth is every whole-word, case-insensitive use of a wrong form of the map, and the injected
misspellings a subset of it), with a parser for termlint's JSON report added: every finding is a
hit, so termlint's near misses and its other findings count as extra hits.

Prints, per corpus: one row per tool and glossary size (MB/s of wall time with one thread and
with the default threads, MB/s of CPU time with one thread (user + system, last run: steadier
than wall time on a shared machine), peak memory, recall of the injected misspellings, extra
hits), then termlint's ratios to typos and to `rg -F -w` (wall time), then the issue's targets
with the measured figures.
"""
import collections
import csv
import json
import os
import re
import sys

W = os.environ.get("WORK", "/tmp/peers/work")
TOK = re.compile(r"[A-Za-z]+")
LINE_PARSERS = {
    "rg": re.compile(r"^(?P<f>[^:]+):(?P<l>\d+):(?:\d+:)?(?P<w>.+)$"),
    "typos": re.compile(r"^(?P<f>[^:]+):(?P<l>\d+):\d+: \w+: `(?P<w>[^`]+)`"),
    "cspell": re.compile(r"^(?P<f>[^:]+):(?P<l>\d+):\d+ - \w+ word \((?P<w>[^)]+)\)"),
    "textlint": re.compile(r"^(?P<f>[^:]+):(?P<l>\d+):\d+: (?P<w>.+?) => "),
}
TOOL_NAMES = {
    "rg-F": "rg -F (exact, case-sensitive)",
    "rg-Fw": "rg -F -w (exact, whole words)",
    "rg-Fi": "rg -F -i",
    "rg-Fiw": "rg -F -i -w",
    "typos": "typos",
    "cspell": "cspell",
    "textlint": "textlint + prh",
    "termlint": "**termlint**",
}
MAPS = [100, 10000, 100000]


def corpus_files(corp):
    d = os.path.join(W, "corpus", corp)
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt"))


_truth = {}


def truth(corp, n):
    if (corp, n) not in _truth:
        wrong = {l.split("\t")[0].lower() for l in open(os.path.join(W, "maps", str(n), "pairs.tsv"))}
        t = collections.Counter()
        for p in corpus_files(corp):
            b = os.path.basename(p)
            with open(p, encoding="utf-8") as f:
                for i, line in enumerate(f, 1):
                    for m in TOK.findall(line):
                        if m.lower() in wrong:
                            t[(b, i, m.lower())] += 1
        inj = collections.Counter()
        with open(os.path.join(W, "corpus", f"injected_{corp}.tsv")) as f:
            next(f)
            for row in csv.reader(f, delimiter="\t"):
                inj[(row[0], int(row[1]), row[2].lower())] += 1
        _truth[(corp, n)] = (t, inj)
    return _truth[(corp, n)]


def hits(tool, path):
    c = collections.Counter()
    if not os.path.exists(path):
        return c
    if tool == "termlint":
        try:
            report = json.load(open(path, encoding="utf-8"))
        except ValueError:
            return c
        for f in report.get("findings", []):
            c[(os.path.basename(f["path"]), f["line"], f["found"].lower())] += 1
        return c
    p = LINE_PARSERS.get("rg" if tool.startswith("rg") else tool)
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = p.match(line.rstrip("\n")) if p else None
            if m:
                c[(os.path.basename(m["f"]), int(m["l"]), m["w"].lower())] += 1
    return c


def main():
    out = sys.argv[1]
    rows = list(csv.DictReader(open(os.path.join(out, "results.tsv")), delimiter="\t"))
    # (tool, corpus, map) -> {threads: row}
    by = collections.defaultdict(dict)
    for r in rows:
        by[(r["tool"], r["corpus"], int(r["map"]))][r["threads"]] = r
    tools = [t for t in TOOL_NAMES if any(k[0] == t for k in by)]
    corpora = [c for c in ("1mb", "50mb") if any(k[1] == c for k in by)]

    def measure(tool, corp, n, threads):
        r = by.get((tool, corp, n), {}).get(threads)
        if not r or r["status"] == "skipped":
            return None
        size = sum(os.path.getsize(p) for p in corpus_files(corp)) / 1e6
        wall = float(r["wall_med_s"] or 0)
        ok = r["status"] == "ok" and wall > 0
        rec = None
        if ok:
            t, inj = truth(corp, n)
            h = hits(tool, r["out"])
            tp = sum((h & inj).values())
            rec = (tp / sum(inj.values()) if inj else None,
                   sum(h.values()) - sum((h & t).values()))
        cpu = None
        time_file = os.path.join(out, r["id"] + ".time")
        if ok and os.path.exists(time_file):
            t = open(time_file).read()
            user = re.search(r"User time \(seconds\): ([\d.]+)", t)
            system = re.search(r"System time \(seconds\): ([\d.]+)", t)
            if user and system:
                cpu = float(user[1]) + float(system[1])
        return {
            "cpu_mbs": size / cpu if cpu else None,
            "mbs": size / wall if ok else None,
            "wall": wall,
            "rss": int(r["rss_max_kb"] or 0) / 1024,
            "status": r["status"],
            "recall": rec[0] if rec else None,
            "extra": rec[1] if rec else None,
        }

    def mbs(m):
        if m is None:
            return "-"
        if m["mbs"] is None:
            return f">{m['wall']:.0f} s ({m['status']})"
        return f"{m['mbs']:.1f}"

    results = {}
    for corp in corpora:
        print(f"\n### {corp} corpus\n")
        print("| tool | pairs | MB/s, 1 thread | MB/s, default threads | MB/s of CPU time, 1 thread "
              "| peak memory MiB | recall (injected) | extra hits |")
        print("|---|---|---|---|---|---|---|---|")
        for tool in tools:
            for n in MAPS:
                one = measure(tool, corp, n, "1")
                dflt = measure(tool, corp, n, "default")
                if one is None and dflt is None:
                    continue
                results[(tool, corp, n)] = (one, dflt)
                any_m = one or dflt
                rss = max((m["rss"] for m in (one, dflt) if m), default=0)
                rec = next((m for m in (one, dflt) if m and m["recall"] is not None), None)
                cpu = next((m["cpu_mbs"] for m in (one,) if m and m["cpu_mbs"]), None)
                cpu = f"{cpu:.1f}" if cpu else "-"
                recall = f"{rec['recall']:.3f} | {rec['extra']}" if rec else "- | -"
                print(f"| {TOOL_NAMES[tool]} | {n:,} | {mbs(one)} | {mbs(dflt)} | {cpu} | "
                      f"{rss:.0f} | {recall} |")
                del any_m

        print(f"\ntermlint / peer ({corp}, MB/s; one thread, default threads):\n")
        print("| pairs | / typos | / rg -F -w |")
        print("|---|---|---|")
        for n in MAPS:
            tl = results.get(("termlint", corp, n))
            if not tl:
                continue

            def ratio(peer):
                p = results.get((peer, corp, n))
                if not p:
                    return "-"
                parts = []
                for a, b in zip(tl, p):
                    parts.append(f"{a['mbs'] / b['mbs']:.2f}x" if a and b and a["mbs"] and b["mbs"] else "-")
                return " / ".join(parts)
            print(f"| {n:,} | {ratio('typos')} | {ratio('rg-Fw')} |")

    # The targets, from the largest corpus measured.
    corp = corpora[-1] if corpora else None
    print("\n### Targets\n")
    tl = {n: results.get(("termlint", corp, n)) for n in MAPS}
    big = tl.get(100000)
    if big and big[0] and big[0]["mbs"]:
        one = big[0]["mbs"]
        cpu = f", {big[0]['cpu_mbs']:.1f} MB/s of CPU time" if big[0]["cpu_mbs"] else ""
        print(f"- one thread, 100k pairs, {corp}: {one:.1f} MB/s of wall time{cpu} (target 50)")
        if big[1] and big[1]["mbs"]:
            print(f"- default threads / one thread: {big[1]['mbs'] / one:.2f}x (target 1.7)")
        rss = max(m["rss"] for m in big if m)
        print(f"- peak memory: {rss:.0f} MiB (target 300 MB)")
        small = tl.get(100)
        if small and small[0] and small[0]["mbs"]:
            print(f"- 100k pairs / 100 pairs throughput: {one / small[0]['mbs']:.2f} (target 0.70)")
    if "1mb" in corpora and "50mb" in corpora:
        for n in MAPS:
            a, b = results.get(("termlint", "1mb", n)), results.get(("termlint", "50mb", n))
            if a and b and a[0] and b[0]:
                print(f"- {n:,} pairs, 1 thread: 50 MB takes {b[0]['wall'] / a[0]['wall']:.1f}x "
                      f"the 1 MB time (target 50x within 20%)")
    extra = os.path.join(out, "extra.tsv")
    if os.path.exists(extra):
        for r in csv.DictReader(open(extra), delimiter="\t"):
            print(f"- {r['what']}: median {float(r['median_s']) * 1000:.0f} ms "
                  f"(min {float(r['min_s']) * 1000:.0f} ms, {r['runs']} runs)")


if __name__ == "__main__":
    main()
