# Shared by the scripts that measure termlint on the parallel news of ../shared/data (sourced,
# not run): the repository as working directory, the data folder, an up-to-date release build,
# and the day each corpus's stories were written.
#
# Each corpus is checked against the names in force when its stories were written (`--date`:
# NTREX-128's newstest2019 stories are of 2018-19, `Macedonia` still right; WMT21 of 2021, ...),
# as an editor checks a dated story; DATED=0 checks them as of today.
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/parallel}
cargo build --release --quiet
BIN=$PWD/target/release/termlint

# `--date DAY` for the corpus a file is of (nothing with DATED=0 or for an unknown corpus).
date_of() {
  [[ ${DATED:-1} == 1 ]] || return 0
  case $1 in
    *ntrex128* | *newstest2019*) echo --date 2019-01-01 ;;
    *wmt21*) echo --date 2021-06-01 ;;
    *wmt22*) echo --date 2022-06-01 ;;
    *wmt23*) echo --date 2023-06-01 ;;
    *wmt24*) echo --date 2024-06-01 ;;
  esac
}
