#!/usr/bin/env bash
# Regenerates the CLDR part of the built-in glossary (glossaries/cldr.toml) from the Unicode CLDR
# packages in the npm registry.
#
#   1. `npm pack` cldr-localenames-full, cldr-dates-full and cldr-numbers-full at $CLDR_VERSION;
#   2. keep, for en ru tr ar de fr es, the territory names, the exemplar cities of the time zones
#      and the currency names (scripts/cldr-extract.py), in glossaries/cldr/names.json, with
#      the Unicode licence in glossaries/cldr/LICENSE;
#   3. regenerate glossaries/cldr.toml from that file (tests/cldr_glossary.rs, which also fails
#      in the test suite when glossaries/cldr.toml is stale or was edited by hand).
#
# Usage: scripts/cldr-glossary.sh            (fetch, extract, regenerate)
#        scripts/cldr-glossary.sh --offline  (regenerate from glossaries/cldr/names.json only)
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${CLDR_VERSION:-48.2.0}
if [[ "${1:-}" != "--offline" ]]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  for package in cldr-localenames-full cldr-dates-full cldr-numbers-full; do
    (cd "$tmp" && npm pack --silent "$package@$VERSION" >/dev/null)
    mkdir -p "$tmp/$package"
    tar xzf "$tmp/$package-$VERSION.tgz" -C "$tmp/$package" --strip-components=1
  done
  python3 scripts/cldr-extract.py "$tmp" "$VERSION" >glossaries/cldr/names.json.new
  mv glossaries/cldr/names.json.new glossaries/cldr/names.json
  cp "$tmp/cldr-localenames-full/LICENSE" glossaries/cldr/LICENSE
fi
TERMLINT_REGENERATE=1 cargo test --release --quiet --test cldr_glossary
# The built-in glossary ships compiled (glossaries/builtin.postcard): compile it again.
TERMLINT_REGENERATE=1 cargo test --release --quiet --test builtin_compiled
