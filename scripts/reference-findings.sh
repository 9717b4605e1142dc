#!/bin/sh
# Findings of the monolingual rules on human reference translations, per 1,000 segments: every
# one is a false alarm until a human shows otherwise. Needs the data of ../shared/data (see its
# README) and jq. Usage: scripts/reference-findings.sh [termlint binary] [data folder]
#
# Each file is checked whole, as one document, so `inconsistent` can pair forms from two
# unrelated stories of a test set.
set -eu
bin=${1:-target/release/termlint}
data=${2:-../shared/data/parallel}

# The day a corpus's stories were written (see scripts/bilingual-false-alarms.sh); DATED=0: today.
date_of() {
    [ "${DATED:-1}" = 1 ] || return 0
    case $1 in
    *ntrex128* | *newstest2019*) echo --date 2019-01-01 ;;
    *wmt21*) echo --date 2021-06-01 ;;
    *wmt22*) echo --date 2022-06-01 ;;
    *wmt23*) echo --date 2023-06-01 ;;
    *wmt24*) echo --date 2024-06-01 ;;
    esac
}

count() { # lang file
    n=$(wc -l <"$2")
    # shellcheck disable=SC2046
    "$bin" check --lang "$1" --format json $(date_of "$2") "$2" | jq -r --arg f "$2" --argjson n "$n" '
        (.findings | length) as $k
        | ([.findings[].rule] | group_by(.) | map("\(.[0])=\(length)") | join(" ")) as $rules
        | "\($f | split("/") | last)\t\($n)\t\($k)\t\($k * 1000 / $n * 100 | round / 100)\t\($rules)"'
}

printf 'file\tsegments\tfindings\tper_1000\trules\n'
for pair in rus:ru tur:tr deu:de fra:fr arb:ar; do
    count "${pair#*:}" "$data/ntrex128/newstest2019-ref.${pair%:*}.txt" || true
done
for f in "$data"/wmt2*/*.en-ru.ref.*.ru "$data"/wmt24-generaltest/wmt24.en-ru.refA.txt; do
    [ -f "$f" ] && { count ru "$f" || true; }
done
for f in "$data"/wmt2*/*.en-de.ref.*.de "$data"/wmt24-generaltest/wmt24.en-de.ref*.txt; do
    [ -f "$f" ] && { count de "$f" || true; }
done
