#!/usr/bin/env python3
"""Keeps what termlint's CLDR glossary needs from the unpacked CLDR npm packages.

Usage: scripts/cldr-extract.py DIR VERSION > glossaries/cldr/names.json
DIR holds cldr-localenames-full/, cldr-dates-full/ and cldr-numbers-full/ (see
scripts/cldr-glossary.sh). Writes, per language: the territory names (with their -alt-short and
-alt-variant forms), the exemplar cities of the time zones as CLDR gives them (a city a locale
leaves out inherits the name made from the zone id; the generator applies that rule), and the
currency names with their plural forms (symbols left out). Nothing is chosen or changed here:
the choices are made, and documented, in tests/cldr_glossary.rs.
"""
import json
import os
import sys

LANGS = ["en", "ru", "tr", "ar", "de", "fr", "es"]


def load(root, package, lang, name):
    with open(os.path.join(root, package, "main", lang, name), encoding="utf-8") as f:
        return json.load(f)["main"][lang]


def zones(node, path, out):
    for key, value in node.items():
        if not isinstance(value, dict):
            continue
        if "exemplarCity" in value:
            out["/".join(path + [key])] = value["exemplarCity"]
        else:
            zones(value, path + [key], out)
    return out


def main():
    root, version = sys.argv[1], sys.argv[2]
    data = {"cldr_version": version, "languages": LANGS, "territories": {}, "exemplar_cities": {}, "currencies": {}}
    for lang in LANGS:
        data["territories"][lang] = load(root, "cldr-localenames-full", lang, "territories.json")[
            "localeDisplayNames"]["territories"]
        tz = load(root, "cldr-dates-full", lang, "timeZoneNames.json")["dates"]["timeZoneNames"]
        data["exemplar_cities"][lang] = zones(tz.get("zone", {}), [], {})
        currencies = load(root, "cldr-numbers-full", lang, "currencies.json")["numbers"]["currencies"]
        data["currencies"][lang] = {
            code: {k: v for k, v in names.items() if k.startswith("displayName")}
            for code, names in currencies.items()
        }
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
