#!/usr/bin/env bash
# Required-term verdicts on WMT25 terminology track 1: see scripts/wmt25-terms.py.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
exec python3 scripts/wmt25-terms.py "$@"
