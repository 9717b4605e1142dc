#!/usr/bin/env bash
# termlint beside its peers (ripgrep, typos, cspell, textlint + prh) on the same input, in one run.
#
#   scripts/bench-peers.sh                 # the 1 MB and 50 MB corpora, 100 / 10k / 100k pairs
#   scripts/bench-peers.sh 50mb            # one corpus
#   TOOLS="rg-Fw typos termlint" scripts/bench-peers.sh 50mb    # fewer tools
#
# Uses the shared workload in ../shared/bench (install.sh installs the peers from the registries
# into /tmp/peers, make_corpus.py writes the corpora and each tool's configuration, bench.sh
# times every tool: median wall time of up to 3 runs, peak memory). Its score.py has no parser
# for termlint's JSON, so scripts/bench_peers_table.py scores every tool and prints the table:
# MB/s with one thread and with the default threads, peak memory, recall of the injected
# misspellings, and termlint's ratios to typos and to `rg -F -w`. It also times termlint's
# start-up with the 100,000-pair glossary and a 5 KB draft with the built-in glossary.
#
# Env: BENCH (default ../shared/bench), WORK (default /tmp/peers/work), OUT (results folder),
# RUNS, TIMEOUT (passed to bench.sh), TERMLINT (a termlint binary; default: built here).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=${BENCH:-$ROOT/../shared/bench}
export WORK=${WORK:-/tmp/peers/work}
export OUT=${OUT:-/tmp/peers/results/$(date +%Y%m%d-%H%M%S)}
export TOOLS=${TOOLS:-"rg-F rg-Fw typos cspell textlint termlint"}
mkdir -p "$OUT"

[ -x /tmp/peers/cargo/bin/typos ] && [ -x /tmp/peers/cargo/bin/rg ] || bash "$BENCH/install.sh"
[ -f "$WORK/corpus/MANIFEST.txt" ] || python3 "$BENCH/make_corpus.py" --out "$WORK"

if [ -z "${TERMLINT:-}" ]; then
  (cd "$ROOT" && cargo build --release --quiet)
  TERMLINT=${CARGO_TARGET_DIR:-$ROOT/target}/release/termlint
fi
export TERMLINT
"$TERMLINT" --version

# Every tool, every corpus, every glossary size.
bash "$BENCH/bench.sh" "$@" > "$OUT/bench.log" 2>&1 || { tail -20 "$OUT/bench.log"; exit 1; }

# termlint alone: start-up with the largest glossary, and a 5 KB draft with the built-in one.
EXTRA=$OUT/extra.tsv
printf 'what\tmedian_s\tmin_s\truns\n' > "$EXTRA"
: > "$OUT/empty.txt"
python3 - "$WORK/corpus/1mb/news_1mb.txt" "$OUT/draft-5kb.en.txt" <<'EOF'
import sys
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    if sum(len(l.encode()) for l in out) + len(line.encode()) > 5000:
        break
    out.append(line)
open(sys.argv[2], "w", encoding="utf-8").writelines(out)
EOF
time_it() { # name runs cmd...
  local name=$1 runs=$2; shift 2
  hyperfine -N -i --warmup 2 --runs "$runs" --export-json "$OUT/$name.json" "$(printf '%q ' "$@")" \
    > /dev/null 2>&1
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("\t".join([sys.argv[2], "%.4f" % r["median"], "%.4f" % r["min"], str(len(r["times"]))]))' "$OUT/$name.json" "$name" >> "$EXTRA"
}
time_it glossary_100k_ready_1_thread 5 "$TERMLINT" check --threads 1 --lang en --format json \
  --glossary "$WORK/maps/100000/glossary.tbx" "$OUT/empty.txt"
time_it draft_5kb_builtin 20 "$TERMLINT" check --lang en "$OUT/draft-5kb.en.txt"

python3 "$ROOT/scripts/bench_peers_table.py" "$OUT" | tee "$OUT/table.md"
echo "results: $OUT"
