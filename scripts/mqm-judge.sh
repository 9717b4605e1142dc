#!/usr/bin/env bash
# termlint on WMT23 en-de MT against MQM annotations: see scripts/mqm-judge.py.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
exec python3 scripts/mqm-judge.py "$@"
