//! Known words per language, from the Hunspell dictionaries in `dictionaries/`.
//!
//! A near miss of a glossary term that is itself a word of the language is not a
//! misspelling: "homes" is not Homs, "trumps" is not Trump, "Turkish" is not Turkey.
//! The dictionaries are embedded in the binary and each is parsed by `spellbook` the
//! first time a word of its language is looked up, so a run that never meets Russian
//! never parses the Russian dictionary. Origin, version and licence of each file are
//! in `dictionaries/README.md`.
//!
//! Languages: en, ru, tr, fr, es, ar. German is missing because every German Hunspell
//! dictionary we found is GPL-only; any language not listed is unknown and
//! [`Lexicon::is_known`] answers `false`.

use std::sync::OnceLock;

use spellbook::Dictionary;

/// Common words per language: a near miss of a term that is a known word is not a misspelling.
pub struct Lexicon {
    dictionaries: [OnceLock<Option<Dictionary>>; SOURCES.len()],
}

impl Lexicon {
    /// The lexicon that ships with termlint.
    pub fn builtin() -> &'static Lexicon {
        static L: Lexicon = Lexicon {
            dictionaries: [const { OnceLock::new() }; SOURCES.len()],
        };
        &L
    }

    /// The languages that have a dictionary, as primary language subtags (`en`, `ru`, ...).
    pub fn languages(&self) -> impl Iterator<Item = &'static str> {
        SOURCES.iter().map(|s| s.lang)
    }

    /// Whether `word` (as written in the text) is a known word of `lang`.
    ///
    /// `lang` is a language tag; only its primary subtag counts (`en-GB` → `en`).
    /// `word` may start with a capital (sentence start), be all caps, or carry an
    /// English possessive (`'s`, `’s`, `s'`, for `en` only). Lenient on purpose: a word
    /// counts as known if the dictionary has it as written, in lower case, or
    /// capitalized, so "türk" is known because the dictionary has "Türk". `tr` folds
    /// case with the Turkish dotted and dotless i (İ↔i, I↔ı).
    pub fn is_known(&self, lang: &str, word: &str) -> bool {
        let Some(index) = source_index(lang) else {
            return false;
        };
        let Some(dictionary) = self.dictionary(index) else {
            return false;
        };
        let source = &SOURCES[index];
        let word = word.replace(['\u{2019}', '\u{02BC}'], "'");
        if word.is_empty() {
            return false;
        }
        let known = |w: &str| {
            known_in_any_case(dictionary, source.turkish_case, w)
                || (source.british
                    && american_spellings(&to_lower(w, false))
                        .iter()
                        .any(|a| known_in_any_case(dictionary, false, a)))
        };
        if known(&word) {
            return true;
        }
        match source.possessive.then(|| strip_possessive(&word)).flatten() {
            Some(base) => known(base),
            None => false,
        }
    }

    /// Parses the dictionary of `lang` now, if there is one and it is not parsed yet: called
    /// on another thread ahead of the first lookup, the parse overlaps other work.
    pub fn load(&self, lang: &str) {
        if let Some(index) = source_index(lang) {
            self.dictionary(index);
        }
    }

    /// Whether the lexicon has a dictionary for `lang`: without one, near misses must be
    /// held to a stricter standard.
    pub fn covers(&self, lang: &str) -> bool {
        source_index(lang).is_some()
    }

    /// Whether `word` is a word of `lang` exactly as written, with Hunspell's own case rules:
    /// `turkey` and `china` are (the bird, the porcelain), `syria` and `idlib` are not. Used
    /// to tell a name in the wrong case from another, ordinary word.
    pub fn is_known_as_written(&self, lang: &str, word: &str) -> bool {
        let Some(index) = source_index(lang) else {
            return false;
        };
        let Some(dictionary) = self.dictionary(index) else {
            return false;
        };
        let word = word.replace(['\u{2019}', '\u{02BC}'], "'");
        dictionary.check(&word)
            || (SOURCES[index].british
                && word.chars().all(|c| !c.is_uppercase())
                && american_spellings(&word)
                    .iter()
                    .any(|a| dictionary.check(a)))
    }

    /// The parsed dictionary of `SOURCES[index]`, parsed on first use; `None` if the
    /// embedded data does not parse (a test in this file makes sure it does).
    fn dictionary(&self, index: usize) -> Option<&Dictionary> {
        self.dictionaries[index]
            .get_or_init(|| SOURCES[index].parse().ok())
            .as_ref()
    }
}

/// One embedded Hunspell dictionary.
struct Source {
    lang: &'static str,
    aff: &'static str,
    dic: &'static str,
    /// Fold case with the Turkish dotted and dotless i.
    turkish_case: bool,
    /// Strip an English possessive before the lookup.
    possessive: bool,
    /// An American dictionary that must also know British spellings (`labour`, `defence`).
    british: bool,
}

impl Source {
    const fn new(lang: &'static str, (aff, dic): (&'static str, &'static str)) -> Source {
        Source {
            lang,
            aff,
            dic,
            turkish_case: false,
            possessive: false,
            british: false,
        }
    }

    const fn with_turkish_case(self) -> Source {
        Source {
            turkish_case: true,
            ..self
        }
    }

    const fn with_possessive(self) -> Source {
        Source {
            possessive: true,
            ..self
        }
    }

    const fn with_british_spellings(self) -> Source {
        Source {
            british: true,
            ..self
        }
    }

    fn parse(&self) -> Result<Dictionary, spellbook::ParseDictionaryError> {
        Dictionary::new(self.aff, self.dic)
    }
}

/// The `.aff` and `.dic` text of `dictionaries/<lang>/`.
macro_rules! embedded {
    ($lang:literal) => {
        (
            include_str!(concat!("../../dictionaries/", $lang, "/", $lang, ".aff")),
            include_str!(concat!("../../dictionaries/", $lang, "/", $lang, ".dic")),
        )
    };
}

static SOURCES: [Source; 6] = [
    Source::new("en", embedded!("en"))
        .with_possessive()
        .with_british_spellings(),
    Source::new("ru", embedded!("ru")),
    Source::new("tr", embedded!("tr")).with_turkish_case(),
    Source::new("fr", embedded!("fr")),
    Source::new("es", embedded!("es")),
    Source::new("ar", embedded!("ar")),
];

fn source_index(lang: &str) -> Option<usize> {
    let primary = crate::lang::primary(lang);
    SOURCES
        .iter()
        .position(|s| s.lang.eq_ignore_ascii_case(primary))
}

/// `word` as written, in lower case, or capitalized.
fn known_in_any_case(dictionary: &Dictionary, turkish: bool, word: &str) -> bool {
    if dictionary.check(word) {
        return true;
    }
    let lower = to_lower(word, turkish);
    if lower != word && dictionary.check(&lower) {
        return true;
    }
    let capitalized = capitalize(&lower, turkish);
    capitalized != word && capitalized != lower && dictionary.check(&capitalized)
}

/// The word without a trailing English possessive: "Syria's" → "Syria",
/// "SYRIA'S" → "SYRIA", "countries'" → "countries". Apostrophes are already ASCII.
fn strip_possessive(word: &str) -> Option<&str> {
    if let Some(base) = word.strip_suffix("'s").or_else(|| word.strip_suffix("'S")) {
        return (!base.is_empty()).then_some(base);
    }
    let base = word.strip_suffix('\'')?;
    (base.ends_with(['s', 'S']) && base.len() > 1).then_some(base)
}

/// The American spellings a British word (lower case) may have, for the American dictionary
/// that ships (wire copy is as often British): `labour` → `labor`, `defence` → `defense`,
/// `organised` → `organized`, `centre` → `center`, `travelled` → `traveled`, `catalogue` →
/// `catalog`, `programme` → `program`, `manoeuvre` → `maneuver`. Each rule alone, then all of
/// them together; none when no rule applies.
fn american_spellings(word: &str) -> Vec<String> {
    /// British spelling → American, as substrings; `$` marks the word's end.
    const RULES: &[(&str, &str)] = &[
        ("our", "or"),
        ("ence", "ense"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ising", "izing"),
        ("isation", "ization"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
        ("tre$", "ter"),
        ("tres$", "ters"),
        ("lled", "led"),
        ("lling", "ling"),
        ("ller", "ler"),
        ("ogue", "og"),
        ("amme", "am"),
        ("dgement", "dgment"),
        ("oeuvre", "euver"),
        ("paed", "ped"),
        ("haem", "hem"),
        ("anaem", "anem"),
        ("oestr", "estr"),
        ("foet", "fet"),
        ("sceptic", "skeptic"),
        ("grey", "gray"),
    ];
    let apply = |w: &str, (from, to): (&str, &str)| -> Option<String> {
        match from.strip_suffix('$') {
            Some(end) => w.strip_suffix(end).map(|stem| format!("{stem}{to}")),
            None => w.contains(from).then(|| w.replace(from, to)),
        }
    };
    let mut out: Vec<String> = RULES.iter().filter_map(|&r| apply(word, r)).collect();
    if out.len() > 1 {
        let all = RULES
            .iter()
            .fold(word.to_string(), |w, &r| apply(&w, r).unwrap_or(w));
        out.push(all);
    }
    out
}

/// The language whose case rules apply: Turkish, or any other.
fn case_lang(turkish: bool) -> &'static str {
    if turkish {
        "tr"
    } else {
        "und"
    }
}

fn to_lower(word: &str, turkish: bool) -> String {
    crate::lang::lower(case_lang(turkish), word)
}

/// First letter upper case, the rest as given (already lower case).
fn capitalize(lower: &str, turkish: bool) -> String {
    crate::lang::capitalize(case_lang(turkish), lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_dictionary_parses() {
        for source in &SOURCES {
            if let Err(e) = source.parse() {
                panic!("dictionaries/{0}/{0}.aff or .dic: {e}", source.lang);
            }
        }
    }

    #[test]
    fn british_spellings_are_known_english_words() {
        let l = Lexicon::builtin();
        for w in [
            "labour",
            "Labour",
            "defence",
            "organised",
            "organisation",
            "centre",
            "centres",
            "travelled",
            "catalogue",
            "programme",
            "manoeuvre",
            "honour's",
            "analysed",
        ] {
            assert!(l.is_known("en", w), "{w}");
        }
        assert!(l.is_known_as_written("en", "labour"));
        assert!(!l.is_known_as_written("en", "idlib"));
        assert!(!l.is_known("en", "Idlibour"));
        assert!(!l.is_known("en", "Erdogan"));
        // `oe` is no British spelling of `e` in `Faroes`, which is not `fares`.
        assert!(!l.is_known("en", "Faroes"));
    }

    #[test]
    fn language_tags_use_the_primary_subtag() {
        assert_eq!(source_index("en"), source_index("en-GB"));
        assert_eq!(source_index("EN_us"), source_index("en"));
        assert!(source_index("en").is_some());
        assert_eq!(source_index("de"), None);
        assert_eq!(source_index(""), None);
    }

    #[test]
    fn possessives_strip_to_the_base_word() {
        assert_eq!(strip_possessive("Syria's"), Some("Syria"));
        assert_eq!(strip_possessive("SYRIA'S"), Some("SYRIA"));
        assert_eq!(strip_possessive("countries'"), Some("countries"));
        assert_eq!(strip_possessive("Homs"), None);
        assert_eq!(strip_possessive("'s"), None);
        assert_eq!(strip_possessive("s'"), None);
        assert_eq!(strip_possessive("o'"), None);
    }

    #[test]
    fn issue_turkish_dotted_and_dotless_i_fold_apart() {
        assert_eq!(to_lower("İSTANBUL", true), "istanbul");
        assert_eq!(to_lower("ILIK", true), "ılık");
        assert_eq!(to_lower("ILIK", false), "ilik");
        assert_eq!(capitalize("istanbul", true), "İstanbul");
        assert_eq!(capitalize("ılık", true), "Ilık");
        assert_eq!(capitalize("istanbul", false), "Istanbul");
    }
}
