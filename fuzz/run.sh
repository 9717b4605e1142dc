#!/usr/bin/env bash
# Runs termlint's fuzz targets, one at a time, niced (nice -n 19: the machine is shared).
#
#   fuzz/run.sh                 every target, 600 s each
#   fuzz/run.sh matcher         one target, 600 s
#   fuzz/run.sh matcher 60      one target, 60 s
#   fuzz/run.sh all 60          every target, 60 s each
#
# Only the stable toolchain exists here: cargo-fuzz (`cargo install cargo-fuzz`) runs on it
# with RUSTC_BOOTSTRAP=1. Builds are release builds with debug assertions (overflow checks on)
# and no sanitizer (the code is safe Rust; a sanitizer would halve the executions per second).
#
# The working corpus of each target is fuzz/corpus/TARGET (not committed). On the first run it
# is seeded from the committed fuzz/seeds/TARGET, the test fixtures, and small files of
# ../shared/data when that folder exists. Crashes go to fuzz/artifacts/TARGET; each run's
# libFuzzer output to fuzz/logs/TARGET.log, and one line per run to fuzz/logs/runs.tsv
# (target, seconds, executions, corpus size, result).
set -euo pipefail
cd "$(dirname "$0")/.."

ALL=(decode glossary_toml glossary_tbx glossary_csv markdown plain matcher xliff po tmx fluent json android apple_strings xcstrings aligned config)
target=${1:-all}
seconds=${2:-600}
# Inputs up to 1 MiB, and a run fails if it takes more than 1 GiB (issue 12: memory must be
# linear in the input, a PO entry of 50 KB once took 760 MB). MAX_LEN and RSS_LIMIT_MB override.
max_len=${MAX_LEN:-1048576}
rss_limit_mb=${RSS_LIMIT_MB:-1024}
if [ "$target" = all ]; then
  targets=("${ALL[@]}")
else
  targets=("$target")
fi
# The team's data folder: ../shared/data from the main checkout, ../../shared/data from a
# worktree under wt/; TERMLINT_DATA overrides.
data=${TERMLINT_DATA:-}
for d in ../shared/data ../../shared/data; do
  if [ -z "$data" ] && [ -d "$d" ]; then data=$d; fi
done
data=${data:-/nonexistent}

# Copies the files under $3... whose path matches regex $2, up to 64 KiB each, into corpus
# dir $1.
seed() {
  local dir=$1 pattern=$2
  shift 2
  find "$@" -type f -size -64k 2>/dev/null | { grep -E "$pattern" || true; } | while read -r f; do
    cp "$f" "$dir/seed-$(basename "$f")"
  done
}

# Copies the first 40 lines of each file of $2... into corpus dir $1.
seed_head() {
  local dir=$1
  shift
  for f in "$@"; do
    if [ -f "$f" ]; then head -n 40 "$f" > "$dir/seed-$(basename "$f")"; fi
  done
}

# Copies the first 200 lines of each file of $2... into corpus dir $1 (big XML files: libFuzzer
# cuts inputs at -max_len anyway).
seed_head200() {
  local dir=$1
  shift
  for f in "$@"; do
    if [ -f "$f" ]; then head -n 200 "$f" > "$dir/seed-head-$(basename "$f")"; fi
  done
}

seed_corpus() {
  local t=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  if [ -n "$(ls -A "$dir")" ]; then return 0; fi
  case $t in
    glossary_toml) seed "$dir" '\.toml$' tests/fixtures ;;
    glossary_tbx)
      seed "$dir" '\.tbx$' tests/fixtures
      seed_head200 "$dir" "$data"/glossaries/mozilla-terminology-tbx/*.tbx
      ;;
    glossary_csv) seed "$dir" '\.(csv|tsv)$' tests/fixtures ;;
    markdown) seed "$dir" '\.md$' tests ;;
    plain)
      seed "$dir" '\.txt$' tests/eval examples
      seed_head "$dir" "$data"/parallel/ntrex128/newstest2019-*.txt
      ;;
    decode)
      seed "$dir" . tests/fixtures/inputs
      seed_head "$dir" "$data"/parallel/wmt23-generaltest/generaltest2023.en-ru.hyp.PROMT.ru
      ;;
    xliff) seed "$dir" '\.(xlf|xliff|sdlxliff)$' tests/fixtures examples "$data"/l10n ;;
    po) seed "$dir" '\.pot?$' tests/fixtures "$data"/l10n ;;
    fluent) seed "$dir" '\.ftl$' tests/fixtures "$data"/l10n ;;
    json) seed "$dir" '\.json$' tests/fixtures/catalogs ;;
    android) seed "$dir" '/values[^/]*/[^/]*\.xml$' tests/fixtures/catalogs ;;
    apple_strings) seed "$dir" '\.strings$' tests/fixtures/catalogs ;;
    xcstrings) seed "$dir" '\.xcstrings$' tests/fixtures/catalogs ;;
    aligned)
      for l in tur rus deu; do
        if [ -f "$data/parallel/ntrex128/newstest2019-ref.$l.txt" ]; then
          { head -n 20 "$data/parallel/ntrex128/newstest2019-src.eng.txt"
            printf '\0'
            head -n 20 "$data/parallel/ntrex128/newstest2019-ref.$l.txt"
          } > "$dir/seed-ntrex-en-$l"
        fi
      done
      ;;
    tmx)
      seed "$dir" '\.tmx$' tests/fixtures
      seed_head200 "$dir" "$data"/l10n/tmx/*/*.tmx
      ;;
    config) seed "$dir" 'termlint\.toml$' tests ;;
    matcher) ;;
  esac
}

mkdir -p fuzz/logs
export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
  seed_corpus "$t"
  mkdir -p "fuzz/seeds/$t"
  log=fuzz/logs/$t.log
  echo "== $t: $seconds s (log: $log)"
  nice -n 19 cargo fuzz build --debug-assertions --sanitizer none "$t"
  start=$(date +%s)
  set +e
  nice -n 19 cargo fuzz run --debug-assertions --sanitizer none "$t" \
    "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=20 -rss_limit_mb="$rss_limit_mb" \
    -print_final_stats=1 > "$log" 2>&1
  status=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  if [ "$status" -eq 0 ]; then result=clean; else result="FAILED (status $status, see $log)"; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$elapsed" "${execs:-?}" "$corpus" "$result" \
    | tee -a fuzz/logs/runs.tsv
  if [ "$status" -ne 0 ]; then grep -v '^ *[0-9]*: \|^ *at ' "$log" | tail -n 40; fi
done
