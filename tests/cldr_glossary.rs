//! The CLDR part of the built-in glossary, `glossaries/cldr.toml`, is generated from the Unicode
//! CLDR data kept in `glossaries/cldr/names.json` (extracted from the npm packages by
//! `scripts/cldr-glossary.sh`). This test generates it again and fails when the committed file
//! differs: stale (the data or the curated glossaries changed) or edited by hand. With
//! `TERMLINT_REGENERATE=1` it writes the file instead.
//!
//! What is taken, and why (every choice is about false alarms on real news):
//! - **Territories**: every country and territory (two-letter code), with CLDR's `-alt-short`
//!   (`UK`, `Hong Kong`) and `-alt-variant` (`Czech Republic`, `Ivory Coast`) forms admitted,
//!   and the continents and regions the press names as such (`REGIONS`). A saint's name
//!   (`St. Martin`, `St. Helena`) is left out: in news copy it is far more often a church, a
//!   parish or the saint. The statistical UN
//!   regions named by compass points (`Western Asia`, `Eastern Europe`) are left out: the press
//!   writes them in either case and in other words (`Europa del Este` for CLDR's
//!   `Europa oriental`). An English `&` (`Bosnia & Herzegovina`) is written `and` in news copy:
//!   that form is preferred, CLDR's admitted.
//! - **Cities**: the exemplar cities of the time zones (the big city or capital of each zone).
//!   A locale that gives no exemplar city inherits the zone id's last part, as CLDR says.
//!   Left out: Antarctic stations and `Etc/` zones; names with a comma or brackets
//!   (`Knox, Indiana`); a city named like its territory (`Kuwait`, `Gibraltar`: the territory
//!   concept has it); a saint's name (`St. Thomas`: also a church, a parish, a saint's day);
//!   an English name that is an ordinary English word in lower case
//!   (`Christmas`, `Easter`, `Resolute`); an English name two zones share.
//! - **Currencies**: the currency names, case-insensitive terms (`euro`, `US dollar`), with
//!   CLDR's plural forms as inflected forms (`US dollars`, `долларов США`). Names with brackets
//!   (`Afghan Afghani (1927–2002)`, historic issues) are left out, and so are currencies
//!   CLDR names in too few of the seven languages.
//! - A concept one of whose English forms the curated glossaries already have (`Turkey`,
//!   `Kyiv`, `United Nations`) is left out: the curated concept, with its wire forms and
//!   validity periods, speaks for it.
//! - Near misses are not looked for (`near_misses = false`): among hundreds of names, many short,
//!   a near miss is far likelier another word or name than a misspelling (`Salat` for `Salta`,
//!   `Dominic` for `Dominica`, `Bulgaren` for `Bulgarien`; measured on the human references).
//!   The curated glossaries' names keep them.
//! - A one-word place name gets the stem of its derived words as `related` (`индонез` for
//!   `Индонезия`, see `derived_stem`): news translations write `Indonesia's islands` as
//!   `индонезийские острова`, and that translates the name.
//! - CLDR abbreviates for menus what news copy writes out: a Russian `о-в`/`о-ва` is written
//!   `остров`/`острова` (`Фарерские острова`, `остров Мэн`), that form preferred, CLDR's
//!   admitted; a dash between two names (`Папуа — Новая Гвинея`, `Congo - Kinshasa`) is also
//!   written as a hyphen (`Папуа-Новая Гвинея`), admitted.
//! - Any form, in any language, with brackets is dropped (`Congo (DRC)`, `Гонконг (САР)`); a
//!   concept left without a form in one of the seven languages is left out.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;
use termlint::matcher::lexicon::Lexicon;

const LANGS: [&str; 7] = ["en", "ru", "tr", "ar", "de", "fr", "es"];

/// Continents and the regions news copy names (UN M49 codes, and CLDR's EU, EZ, UN).
const REGIONS: &[&str] = &[
    "002", "003", "005", "009", "013", "019", "029", "035", "142", "143", "150", "202", "419",
    "EU", "EZ", "UN",
];

/// Two-letter codes that are no territory of news copy: CLDR's unknown and private-use codes,
/// and `EA` (`Ceuta & Melilla`, two places under one name).
const NOT_TERRITORIES: &[&str] = &["ZZ", "QO", "XA", "XB", "EA"];

#[derive(Deserialize)]
struct Cldr {
    cldr_version: String,
    territories: HashMap<String, BTreeMap<String, String>>,
    exemplar_cities: HashMap<String, BTreeMap<String, String>>,
    currencies: HashMap<String, BTreeMap<String, BTreeMap<String, String>>>,
}

/// One generated concept.
struct Concept {
    id: String,
    kind: &'static str,
    note: String,
    source: String,
    insensitive: bool,
    /// Per language: the preferred form, then the admitted ones with their type.
    langs: Vec<(&'static str, Forms)>,
}

#[derive(Default)]
struct Forms {
    preferred: String,
    admitted: Vec<(String, &'static str)>,
    /// Inflected forms to accept (CLDR's plural forms of a currency).
    forms: Vec<String>,
    /// Stems of the words derived from the name (`индонез` of `индонезийский`).
    related: Vec<String>,
}

/// The stem of the words a one-word place name makes in `lang` (adjectives, demonyms):
/// `Индонезия` → `индонез` (`индонезийских`), `Italien` → `ital` (`italienisch`), `Europe` →
/// `europ` (`européen`), `إندونيسيا` → `إندونيسي` (`الإندونيسية`), a Turkish name whole
/// (`Kanadalı`), a German name without its `-land` (`griech` of `Griechenland`: `griechisch`). A translation that writes `Indonesia's islands` as `индонезийские острова`
/// translates the name. Names of several words, and stems shorter than three letters, make
/// none.
fn derived_stem(lang: &str, name: &str) -> Option<String> {
    termlint::matcher::inflect::place_stem(lang, name)
}

/// A Russian name with CLDR's abbreviations for menus written out, as news copy writes it:
/// `о-в` `остров`, `о-ва` `острова` (`Фарерские о-ва` → `Фарерские острова`).
fn written_out(lang: &str, name: &str) -> Option<String> {
    if lang != "ru" {
        return None;
    }
    let words: Vec<&str> = name
        .split(' ')
        .map(|w| match w {
            "о-в" => "остров",
            "о-ва" => "острова",
            w => w,
        })
        .collect();
    let out = words.join(" ");
    (out != name).then_some(out)
}

/// A name with a dash between two names written with a hyphen instead (`Папуа — Новая
/// Гвинея` → `Папуа-Новая Гвинея`, `Congo - Kinshasa` → `Congo-Kinshasa`).
fn hyphenated(name: &str) -> Option<String> {
    let out = [" — ", " – ", " - "]
        .iter()
        .fold(name.to_string(), |n, dash| n.replace(dash, "-"));
    (out != name).then_some(out)
}

/// Whether an English place name is also a saint's (`St. Martin`, `St. Helena`): in news copy
/// far more often a church, a parish or a saint's day than the island.
fn is_a_saint(name: &str) -> bool {
    name.starts_with("St. ") || name.starts_with("Saint ")
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn usable(form: &str) -> bool {
    !form.is_empty() && !form.contains(['(', ')', '[', ']'])
}

/// The English forms of the curated glossaries (every file but the generated one), in lower
/// case.
fn curated_english_forms() -> HashSet<String> {
    let mut forms = HashSet::new();
    let dir = root().join("glossaries");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && !p.ends_with("cldr.toml"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        let glossary = termlint::glossary::toml::parse(&name, &text)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for concept in &glossary.concepts {
            for term in concept.terms_in("en") {
                forms.insert(term.text.to_lowercase());
            }
        }
    }
    forms
}

fn territories(cldr: &Cldr) -> Vec<Concept> {
    let en = &cldr.territories["en"];
    let codes = en.keys().filter(|code| {
        !code.contains('-')
            && !NOT_TERRITORIES.contains(&code.as_str())
            && ((code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()))
                || REGIONS.contains(&code.as_str()))
    });
    let mut out = Vec::new();
    for code in codes {
        let region =
            !code.chars().all(|c| c.is_ascii_uppercase()) || REGIONS.contains(&code.as_str());
        let mut langs = Vec::new();
        for lang in LANGS {
            let names = &cldr.territories[lang];
            let main = names.get(code).map(String::as_str).unwrap_or("");
            let short = names.get(&format!("{code}-alt-short")).map(String::as_str);
            let variant = names
                .get(&format!("{code}-alt-variant"))
                .map(String::as_str);
            let mut forms = Forms::default();
            let mut add = |form: &str, kind: &'static str| {
                if !usable(form) {
                    return;
                }
                if forms.preferred.is_empty() {
                    forms.preferred = form.to_string();
                } else if forms.preferred != form && forms.admitted.iter().all(|(f, _)| f != form) {
                    forms.admitted.push((form.to_string(), kind));
                }
            };
            if lang == "en" && is_a_saint(main) {
                langs.clear();
                break;
            }
            if lang == "en" && main.contains(" & ") {
                add(&main.replace(" & ", " and "), "full");
            }
            if let Some(written_out) = written_out(lang, main) {
                add(&written_out, "full");
            }
            add(main, "full");
            if let Some(h) = hyphenated(main) {
                add(&h, "variant");
            }
            if let Some(s) = short {
                add(s, "short");
            }
            if let Some(v) = variant {
                add(v, "variant");
            }
            if forms.preferred.is_empty() {
                langs.clear();
                break;
            }
            forms.related.extend(derived_stem(lang, &forms.preferred));
            langs.push((lang, forms));
        }
        if langs.len() < LANGS.len() {
            continue;
        }
        let what = if region { "region" } else { "territory" };
        out.push(Concept {
            id: format!("cldr.{what}.{}", code.to_lowercase()),
            kind: "place",
            note: format!("{} (CLDR {what} {code}).", langs[0].1.preferred),
            source: format!(
                "Unicode CLDR {}, cldr-localenames-full, territory {code}",
                cldr.cldr_version
            ),
            insensitive: false,
            langs,
        });
    }
    out
}

/// The name a zone id gives its city when a locale has none: the last part, `_` as a space.
fn city_from_id(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

fn cities(cldr: &Cldr, territory_forms: &HashSet<String>) -> Vec<Concept> {
    let lexicon = Lexicon::builtin();
    let mut zones: Vec<&String> = cldr
        .exemplar_cities
        .values()
        .flat_map(|m| m.keys())
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    zones.sort();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut candidates = Vec::new();
    'zone: for zone in zones {
        if zone.starts_with("Etc/") || zone.starts_with("Antarctica/") {
            continue;
        }
        let mut langs = Vec::new();
        for lang in LANGS {
            let name = cldr.exemplar_cities[lang]
                .get(zone)
                .cloned()
                .unwrap_or_else(|| city_from_id(zone));
            if !usable(&name) || name.contains(',') || (lang == "en" && is_a_saint(&name)) {
                continue 'zone;
            }
            langs.push((
                lang,
                Forms {
                    related: derived_stem(lang, &name).into_iter().collect(),
                    preferred: name,
                    ..Forms::default()
                },
            ));
        }
        let en = langs[0].1.preferred.clone();
        let lower = en.to_lowercase();
        if en == "Unknown City"
            || territory_forms.contains(&lower)
            || (!lower.contains(' ') && lexicon.is_known_as_written("en", &lower))
        {
            continue;
        }
        *by_name.entry(lower).or_default() += 1;
        candidates.push((zone.clone(), langs));
    }
    candidates
        .into_iter()
        .filter(|(_, langs)| by_name[&langs[0].1.preferred.to_lowercase()] == 1)
        .map(|(zone, langs)| Concept {
            id: format!("cldr.city.{}", zone.to_lowercase().replace('/', ".")),
            kind: "place",
            note: format!(
                "{}, the city of the time zone {zone} in CLDR.",
                langs[0].1.preferred
            ),
            source: format!(
                "Unicode CLDR {}, cldr-dates-full, exemplar city of {zone}",
                cldr.cldr_version
            ),
            insensitive: false,
            langs,
        })
        .collect()
}

fn currencies(cldr: &Cldr) -> Vec<Concept> {
    let mut out = Vec::new();
    'code: for code in cldr.currencies["en"].keys() {
        let mut langs = Vec::new();
        for lang in LANGS {
            let Some(names) = cldr.currencies[lang].get(code) else {
                continue 'code;
            };
            let Some(display) = names.get("displayName").filter(|n| usable(n)) else {
                continue 'code;
            };
            // English writes a currency in lower case in running text (`US dollar`): its
            // singular is the preferred form; elsewhere the display name is.
            let one = names.get("displayName-count-one").filter(|n| usable(n));
            let preferred = match (lang, one) {
                ("en", Some(one)) => one.clone(),
                _ => display.clone(),
            };
            let mut forms = Forms {
                preferred: preferred.clone(),
                ..Forms::default()
            };
            let mut plural: Vec<String> = names
                .iter()
                .filter(|(k, v)| k.starts_with("displayName-count-") && usable(v))
                .map(|(_, v)| v.clone())
                .filter(|v| v.to_lowercase() != preferred.to_lowercase())
                .collect();
            plural.sort();
            plural.dedup();
            forms.forms = plural;
            langs.push((lang, forms));
        }
        let en = &langs[0].1.preferred;
        out.push(Concept {
            id: format!("cldr.currency.{}", code.to_lowercase()),
            kind: "term",
            note: format!("The {en}, currency {code} in CLDR."),
            source: format!(
                "Unicode CLDR {}, cldr-numbers-full, currency {code}",
                cldr.cldr_version
            ),
            insensitive: true,
            langs,
        });
    }
    out
}

fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn render(cldr: &Cldr, concepts: &[Concept]) -> String {
    let mut out = String::new();
    let v = &cldr.cldr_version;
    writeln!(out, "#:schema ../schema/glossary.schema.json").unwrap();
    writeln!(
        out,
        "# GENERATED from Unicode CLDR {v} by scripts/cldr-glossary.sh (tests/cldr_glossary.rs):"
    )
    .unwrap();
    writeln!(
        out,
        "# do not edit. A concept the curated glossaries have is left out here; to change a form,\n\
         # curate the concept in another glossaries/*.toml and run scripts/cldr-glossary.sh --offline.\n\
         # Data: Copyright © 2004-2026 Unicode, Inc., Unicode License v3 (glossaries/cldr/LICENSE)."
    )
    .unwrap();
    writeln!(out).unwrap();
    writeln!(out, "[glossary]").unwrap();
    writeln!(
        out,
        "name = \"termlint news glossary: CLDR places and currencies\""
    )
    .unwrap();
    writeln!(
        out,
        "description = \"Territories, continents and regions, the cities of the time zones and the currencies, as Unicode CLDR {v} names them in en, ru, tr, ar, de, fr, es.\""
    )
    .unwrap();
    writeln!(
        out,
        "source = \"Unicode CLDR {v} (npm cldr-localenames-full, cldr-dates-full, cldr-numbers-full). Copyright © 2004-2026 Unicode, Inc.\""
    )
    .unwrap();
    writeln!(out, "license = \"Unicode-3.0\"").unwrap();
    for c in concepts {
        writeln!(out).unwrap();
        writeln!(out, "[[concept]]").unwrap();
        writeln!(out, "id = {}", quoted(&c.id)).unwrap();
        writeln!(out, "kind = {}", quoted(c.kind)).unwrap();
        writeln!(out, "note = {}", quoted(&c.note)).unwrap();
        writeln!(out, "source = {}", quoted(&c.source)).unwrap();
        if c.insensitive {
            writeln!(out, "case = \"insensitive\"").unwrap();
        }
        writeln!(out, "near_misses = false").unwrap();
        for (lang, forms) in &c.langs {
            if forms.admitted.is_empty() && forms.forms.is_empty() && forms.related.is_empty() {
                writeln!(out, "{lang} = {}", quoted(&forms.preferred)).unwrap();
                continue;
            }
            let preferred = if forms.forms.is_empty() {
                quoted(&forms.preferred)
            } else {
                let list: Vec<String> = forms.forms.iter().map(|f| quoted(f)).collect();
                format!(
                    "{{ term = {}, forms = [{}] }}",
                    quoted(&forms.preferred),
                    list.join(", ")
                )
            };
            let mut parts = vec![format!("preferred = {preferred}")];
            if !forms.admitted.is_empty() {
                let admitted: Vec<String> = forms
                    .admitted
                    .iter()
                    .map(|(f, kind)| format!("{{ term = {}, type = \"{kind}\" }}", quoted(f)))
                    .collect();
                parts.push(format!("admitted = [{}]", admitted.join(", ")));
            }
            if !forms.related.is_empty() {
                let list: Vec<String> = forms.related.iter().map(|f| quoted(f)).collect();
                parts.push(format!("related = [{}]", list.join(", ")));
            }
            writeln!(out, "{lang} = {{ {} }}", parts.join(", ")).unwrap();
        }
    }
    out
}

fn generate() -> String {
    let data = std::fs::read_to_string(root().join("glossaries/cldr/names.json")).unwrap();
    let cldr: Cldr = serde_json::from_str(&data).unwrap();
    let curated = curated_english_forms();
    let places = territories(&cldr);
    let territory_forms: HashSet<String> = places
        .iter()
        .flat_map(|c| {
            let en = &c.langs[0].1;
            std::iter::once(en.preferred.to_lowercase())
                .chain(en.admitted.iter().map(|(f, _)| f.to_lowercase()))
        })
        .collect();
    let mut concepts = places;
    concepts.extend(cities(&cldr, &territory_forms));
    concepts.extend(currencies(&cldr));
    concepts.retain(|c| {
        let en = &c.langs[0].1;
        !std::iter::once(&en.preferred)
            .chain(en.admitted.iter().map(|(f, _)| f))
            .any(|f| curated.contains(&f.to_lowercase()))
    });
    render(&cldr, &concepts)
}

#[test]
fn the_cldr_glossary_is_generated_from_the_cldr_data() {
    let path = root().join("glossaries/cldr.toml");
    let generated = generate();
    if std::env::var_os("TERMLINT_REGENERATE").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "glossaries/cldr.toml is stale or was edited by hand: run scripts/cldr-glossary.sh --offline \
         (or fix the curated glossary that made it differ); first difference at line {}",
        committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or(committed.lines().count().min(generated.lines().count()) + 1, |i| i + 1)
    );
}

#[test]
fn the_cldr_glossary_keeps_its_licence_and_names_its_version() {
    let licence = std::fs::read_to_string(root().join("glossaries/cldr/LICENSE")).unwrap();
    assert!(licence.contains("UNICODE LICENSE V3"), "{licence}");
    let glossary = std::fs::read_to_string(root().join("glossaries/cldr.toml")).unwrap();
    assert!(glossary.contains("license = \"Unicode-3.0\""));
    assert!(glossary.contains("glossaries/cldr/LICENSE"));
}
