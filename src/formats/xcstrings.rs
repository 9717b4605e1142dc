//! Xcode string catalogs (`.xcstrings`): one JSON file holding every language, read as a
//! bilingual document, as XLIFF is.
//!
//! - `sourceLanguage` is [`Document::source_lang`]. Each key's `localizations` give one value
//!   per language (`stringUnit.value`), or one per variation (`variations.plural.one`,
//!   `variations.device.iphone`, nested, and `substitutions.<name>.variations.plural...`).
//! - Every value is a segment with its language (`Segment::lang`). Each value of a language
//!   other than the source is a [`Unit`] paired with the source value of the same variation,
//!   else the source's `other` plural variation, else the source's value without variation,
//!   else the key itself (Xcode's catalogs often have no source localization: the key is the
//!   source text, and is then a segment of its own, its string's bytes in the file).
//! - A plural variation's segment is the [`Variant`] of its category (`Segment::variant`),
//!   so that rules know which numbers it is for.
//! - Unit ids: the key, with each variation in brackets (`key[one]`, `key[iphone][one]`,
//!   `key[cities][other]` for a substitution).
//! - States from `stringUnit.state`: `translated` → [`UnitState::Translated`],
//!   `needs_review` → [`UnitState::Fuzzy`], `new` and an empty value →
//!   [`UnitState::Untranslated`]; no state or another one is translated.
//! - A key with `"shouldTranslate": false` is skipped. A key with no translation at all is a
//!   unit without target per source value, so that its source text is still checked.
//! - [`Document::target_lang`] is the one language other than the source when there is only
//!   one (as in TMX), else `None`: each segment says its own.
//! - Values are read by the JSON reader (strict JSON, escapes decoded and mapped to their
//!   bytes); printf conversions (`%@`, `%1$@`, `%lld`, `%#@name@`) are placeholders, `%%` a
//!   literal percent sign. A file that is not a JSON object is an error.

use std::collections::HashMap;
use std::ops::Range;

use super::json::{build, printf_kinds, strings, Char, JsonString, Kind};
use super::{Document, FormatError, Segment, Unit, UnitState, Variant};

/// The segments and units of an Xcode string catalog. The document's `path` and `text` are
/// left empty ([`Format::read`](super::Format::read) fills them).
pub fn read(text: &str) -> Result<Document, FormatError> {
    let start = text.find(|c: char| !c.is_whitespace() && c != '\u{feff}');
    if let Some(at) = start.filter(|&at| !text[at..].starts_with('{')) {
        // A JSON error first, when it is not JSON at all.
        strings(text)?;
        return Err(FormatError::at(
            text,
            at,
            "not an Xcode string catalog: expected a JSON object with \"sourceLanguage\" and \"strings\"",
        ));
    }
    let all = strings(text)?;
    let mut source_lang = None;
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for s in all {
        let path: Vec<&str> = s.path.iter().map(String::as_str).collect();
        match path.as_slice() {
            ["sourceLanguage"] if !s.is_key && s.literal.is_none() => {
                source_lang = Some(decoded(&s.chars));
            }
            ["strings", key] if s.is_key => {
                by_key.insert(key.to_string(), entries.len());
                entries.push(Entry {
                    key: s,
                    skip: false,
                    locs: Vec::new(),
                });
            }
            ["strings", key, "shouldTranslate"] if s.literal == Some("false") => {
                if let Some(&e) = by_key.get(*key) {
                    entries[e].skip = true;
                }
            }
            ["strings", key, "localizations", lang, rest @ .., "stringUnit", field]
                if !s.is_key && s.literal.is_none() =>
            {
                let Some(&e) = by_key.get(*key) else { continue };
                let variation = variation(rest);
                let plural = plural_category(rest);
                let locs = &mut entries[e].locs;
                let at = match locs
                    .iter()
                    .position(|l| l.lang == *lang && l.variation == variation)
                {
                    Some(at) => at,
                    None => {
                        locs.push(Loc {
                            lang: lang.to_string(),
                            variation,
                            plural,
                            value: None,
                            state: None,
                        });
                        locs.len() - 1
                    }
                };
                match *field {
                    "value" => locs[at].value = Some((s.chars, s.range)),
                    "state" => locs[at].state = Some(decoded(&s.chars)),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    let mut doc = Document {
        source_lang: source_lang.clone(),
        ..Document::default()
    };
    let mut target_langs: Vec<String> = Vec::new();
    for entry in entries.into_iter().filter(|e| !e.skip) {
        entry.emit(&mut doc, source_lang.as_deref(), &mut target_langs);
    }
    if let [one] = target_langs.as_slice() {
        doc.target_lang = Some(one.clone());
    }
    Ok(doc)
}

/// A key of the catalog and its localizations, as read.
struct Entry {
    key: JsonString,
    /// `"shouldTranslate": false`.
    skip: bool,
    locs: Vec<Loc>,
}

/// One value of one language: a localization's string unit, or one of its variations.
struct Loc {
    lang: String,
    /// The variation's keys in brackets (`[one]`); empty without variation.
    variation: String,
    /// The plural category of the innermost variation, when it is a plural one.
    plural: Option<String>,
    value: Option<(Vec<Char>, Range<usize>)>,
    state: Option<String>,
}

impl Entry {
    fn emit(self, doc: &mut Document, source_lang: Option<&str>, target_langs: &mut Vec<String>) {
        let key = decoded(&self.key.chars);
        let lang = source_lang.map(str::to_string);
        // The source values, by variation.
        let mut sources: Vec<(String, usize, Range<usize>)> = Vec::new();
        let mut targets = Vec::new();
        for loc in self.locs {
            let Some((chars, range)) = loc.value else {
                continue;
            };
            if Some(loc.lang.as_str()) == source_lang {
                let id = format!("{key}{}", loc.variation);
                let mut seg = segment(&chars, range.start, id, lang.clone());
                seg.variant = plural_variant(loc.plural.as_deref());
                doc.segments.push(seg);
                sources.push((loc.variation, doc.segments.len() - 1, range));
            } else {
                let variant = plural_variant(loc.plural.as_deref());
                targets.push((loc.lang, loc.variation, variant, chars, range, loc.state));
            }
        }
        let mut key_segment = None;
        let mut key_source = |doc: &mut Document| -> usize {
            *key_segment.get_or_insert_with(|| {
                let k = &self.key;
                doc.segments
                    .push(segment(&k.chars, k.range.start, key.clone(), lang.clone()));
                doc.segments.len() - 1
            })
        };
        if targets.is_empty() {
            // Nothing translated yet: the source is still checked.
            if sources.is_empty() {
                let source = key_source(doc);
                sources.push((String::new(), source, self.key.range.clone()));
            }
            for (variation, source, range) in sources {
                doc.units.push(Unit {
                    id: format!("{key}{variation}"),
                    source,
                    target: None,
                    state: UnitState::Untranslated,
                    range,
                });
            }
            return;
        }
        for (target_lang, variation, variant, chars, range, state) in targets {
            let find = |v: &str| sources.iter().find(|(sv, ..)| sv == v).map(|s| s.1);
            let other = match variation.rfind('[') {
                Some(at) => format!("{}[other]", &variation[..at]),
                None => String::new(),
            };
            let source = find(&variation)
                .or_else(|| find(&other))
                .or_else(|| find(""))
                .unwrap_or_else(|| key_source(doc));
            let id = format!("{key}{variation}");
            let mut seg = segment(&chars, range.start, id.clone(), Some(target_lang.clone()));
            seg.variant = variant;
            let blank = seg.text.trim().is_empty() && chars.iter().all(|c| c.c.is_whitespace());
            doc.segments.push(seg);
            if !target_langs.contains(&target_lang) {
                target_langs.push(target_lang);
            }
            doc.units.push(Unit {
                id,
                source,
                target: Some(doc.segments.len() - 1),
                state: state_of(state.as_deref(), blank),
                range,
            });
        }
    }
}

/// The bracketed variation of the path between a language and its `stringUnit`:
/// `variations.plural.one` is `[one]`, `substitutions.n.variations.plural.one` `[n][one]`.
fn variation(rest: &[&str]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < rest.len() {
        let part = match rest[i] {
            // `variations`, then its kind (`plural`, `device`), then the variation.
            "variations" => {
                i += 2;
                rest.get(i)
            }
            "substitutions" => {
                i += 1;
                rest.get(i)
            }
            _ => rest.get(i),
        };
        if let Some(p) = part {
            out.push('[');
            out.push_str(p);
            out.push(']');
        }
        i += 1;
    }
    out
}

/// The category of `variations.plural.<category>` when it ends the path (the innermost
/// variation).
fn plural_category(rest: &[&str]) -> Option<String> {
    match rest {
        [.., "variations", "plural", category] => Some(category.to_string()),
        _ => None,
    }
}

/// A plural variation as a [`Variant`]: its count is the string's integer printf argument, and
/// `other` the default.
fn plural_variant(category: Option<&str>) -> Option<Variant> {
    category.map(|c| Variant::new(c, c == "other", None))
}

fn segment(chars: &[Char], start: usize, unit: String, lang: Option<String>) -> Segment {
    let kinds = vec![Kind::Text; chars.len()];
    let (chars, kinds) = printf_kinds(chars, &kinds);
    build(&chars, &kinds, start, Some(unit), lang)
}

fn state_of(state: Option<&str>, blank: bool) -> UnitState {
    if blank {
        return UnitState::Untranslated;
    }
    match state {
        Some("new") => UnitState::Untranslated,
        Some("needs_review") => UnitState::Fuzzy,
        _ => UnitState::Translated,
    }
}

fn decoded(chars: &[Char]) -> String {
    chars.iter().map(|c| c.c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATALOG: &str = r#"{
  "sourceLanguage" : "en",
  "strings" : {
    "city.title" : {
      "comment" : "Idlib in a comment",
      "localizations" : {
        "de" : { "stringUnit" : { "state" : "translated", "value" : "Kämpfe in Idleb" } },
        "en" : { "stringUnit" : { "state" : "translated", "value" : "Fighting in Idlib" } },
        "fr" : { "stringUnit" : { "state" : "needs_review", "value" : "Combats à Idlib" } }
      }
    },
    "Erdoğan spoke in %@" : {
      "localizations" : {
        "tr" : { "stringUnit" : { "state" : "new", "value" : "" } },
        "de" : { "stringUnit" : { "state" : "translated", "value" : "Erdogan sprach in %@" } }
      }
    },
    "cities" : {
      "localizations" : {
        "en" : { "variations" : { "plural" : {
          "one" : { "stringUnit" : { "state" : "translated", "value" : "%lld city" } },
          "other" : { "stringUnit" : { "state" : "translated", "value" : "%lld cities" } }
        } } },
        "ru" : { "variations" : { "plural" : {
          "one" : { "stringUnit" : { "state" : "translated", "value" : "%lld город" } },
          "few" : { "stringUnit" : { "state" : "translated", "value" : "%lld города" } }
        } } }
      }
    },
    "internal" : { "shouldTranslate" : false },
    "only.source" : {
      "localizations" : {
        "en" : { "stringUnit" : { "state" : "translated", "value" : "Idlib \"news\"" } }
      }
    }
  },
  "version" : "1.0"
}"#;

    /// (unit id, source text, target lang and text, state) of each unit.
    fn units(doc: &Document) -> Vec<String> {
        doc.units
            .iter()
            .map(|u| {
                let s = &doc.segments[u.source];
                let t = u.target.map(|t| &doc.segments[t]);
                format!(
                    "{} {:?}:{} -> {:?}:{} {:?}",
                    u.id,
                    s.lang.as_deref().unwrap_or("-"),
                    s.text,
                    t.and_then(|t| t.lang.as_deref()).unwrap_or("-"),
                    t.map_or("-", |t| t.text.as_str()),
                    u.state
                )
            })
            .collect()
    }

    #[test]
    fn values_pair_with_the_source_per_key_and_variation() {
        let doc = read(CATALOG).unwrap();
        assert_eq!(doc.source_lang.as_deref(), Some("en"));
        assert_eq!(doc.target_lang, None);
        assert_eq!(
            units(&doc),
            [
                r#"city.title "en":Fighting in Idlib -> "de":Kämpfe in Idleb Translated"#,
                r#"city.title "en":Fighting in Idlib -> "fr":Combats à Idlib Fuzzy"#,
                r#"Erdoğan spoke in %@ "en":Erdoğan spoke in  -> "tr": Untranslated"#,
                r#"Erdoğan spoke in %@ "en":Erdoğan spoke in  -> "de":Erdogan sprach in  Translated"#,
                r#"cities[one] "en": city -> "ru": город Translated"#,
                r#"cities[few] "en": cities -> "ru": города Translated"#,
                r#"only.source "en":Idlib "news" -> "-":- Untranslated"#,
            ]
        );
    }

    #[test]
    fn plural_variations_are_variants_of_their_category() {
        let doc = read(CATALOG).unwrap();
        let got: Vec<(&str, String)> = (doc.segments.iter())
            .filter_map(|s| Some((s.unit.as_deref()?, s.variant.as_ref()?.key_path())))
            .collect();
        assert!(got.contains(&("cities[one]", "one".to_string())), "{got:?}");
        assert!(got.contains(&("cities[few]", "few".to_string())), "{got:?}");
        assert!(got.iter().all(|(u, _)| u.starts_with("cities[")), "{got:?}");
        assert_eq!(plural_category(&["variations", "device", "iphone"]), None);
        let path = [
            "variations",
            "device",
            "mac",
            "variations",
            "plural",
            "other",
        ];
        assert_eq!(plural_category(&path).as_deref(), Some("other"));
    }

    #[test]
    fn every_segment_maps_back_to_its_bytes() {
        let doc = read(CATALOG).unwrap();
        for s in &doc.segments {
            for word in s.text.split(|c: char| !c.is_alphanumeric()) {
                if word.is_empty() {
                    continue;
                }
                let at = s.text.find(word).unwrap();
                let r = s.map.range_to_src(at..at + word.len());
                assert_eq!(&CATALOG[r], word, "{}", s.text);
            }
        }
        // The key itself is the source of a key without a source value.
        let u = doc.units.iter().find(|u| u.id.starts_with("Erdo")).unwrap();
        let s = &doc.segments[u.source];
        let r = s.map.range_to_src(0.."Erdoğan".len());
        assert_eq!(
            FormatError::line_col(CATALOG, r.start),
            (12, 6),
            "{}",
            &CATALOG[r]
        );
    }

    #[test]
    fn one_target_language_is_the_documents() {
        let text = r#"{"sourceLanguage":"en","strings":{"k":{"localizations":{
            "fr":{"stringUnit":{"state":"translated","value":"Erdo\u011fan \u00e0 Idlib"}}}}}}"#;
        let doc = read(text).unwrap();
        assert_eq!(doc.target_lang.as_deref(), Some("fr"));
        let t = &doc.segments[doc.units[0].target.unwrap()];
        assert_eq!(t.text, "Erdoğan à Idlib");
        assert_eq!(
            &text[t.map.range_to_src(0.."Erdoğan".len())],
            r"Erdo\u011fan"
        );
        // The key is the source.
        assert_eq!(doc.segments[doc.units[0].source].text, "k");
    }

    #[test]
    fn substitutions_and_devices_are_variations() {
        assert_eq!(variation(&["variations", "plural", "one"]), "[one]");
        assert_eq!(
            variation(&[
                "variations",
                "device",
                "iphone",
                "variations",
                "plural",
                "few"
            ]),
            "[iphone][few]"
        );
        assert_eq!(
            variation(&["substitutions", "n", "variations", "plural", "one"]),
            "[n][one]"
        );
        assert_eq!(variation(&[]), "");
    }

    #[test]
    fn files_that_are_not_catalogs_are_errors() {
        assert!(read("").unwrap().segments.is_empty());
        assert!(read("{}").unwrap().segments.is_empty());
        let e = read("[\"x\"]").unwrap_err();
        assert!(e.message.contains("not an Xcode string catalog"), "{e}");
        let e = read("{\"strings\": {\"a\": }}").unwrap_err();
        assert_eq!((e.line, e.column), (1, 19), "{e}");
    }
}
