//! French: plurals of common terms.
//!
//! The head noun and the adjectives next to it take the plural, up to the first preposition or
//! article (`zone de sécurité` → `zones de sécurité`, `frappe aérienne` → `frappes aériennes`,
//! `envoyé spécial` → `envoyés spéciaux`); a hyphenated compound is left as it is
//! (`cessez-le-feu` is invariable). Names take no plural. Elision (`l'Idleb`, `d'Alep`) needs
//! nothing: the apostrophe, straight or typographic, is a word boundary for the matcher.

use super::{Lemma, Nature};

pub(super) const CELLS: &[&str] = &["pl"];

/// Words that start a complement: nothing from them on takes the plural.
pub const PREPOSITIONS: &[&str] = &[
    "de", "du", "des", "à", "au", "aux", "en", "pour", "par", "sur", "sous", "contre", "avec",
    "sans", "entre", "la", "le", "les", "et", "ou",
];

/// One plural rule: a word ending in one of `ends` ("" for any) drops `strip` letters and takes
/// `add`. The first rule that applies wins.
pub struct PluralRule {
    pub ends: &'static [&'static str],
    pub strip: usize,
    pub add: &'static str,
}

pub const PLURALS: &[PluralRule] = &[
    // pourparlers, prix, nez: unchanged
    PluralRule {
        ends: &["s", "x", "z"],
        strip: 0,
        add: "",
    },
    // the -al words that take -als
    PluralRule {
        ends: &[
            "bal", "carnaval", "chacal", "festival", "récital", "régal", "naval", "fatal", "final",
            "natal", "banal", "bancal",
        ],
        strip: 0,
        add: "s",
    },
    // spécial → spéciaux, général → généraux
    PluralRule {
        ends: &["al"],
        strip: 2,
        add: "aux",
    },
    // travail → travaux, vitrail → vitraux
    PluralRule {
        ends: &[
            "bail",
            "corail",
            "émail",
            "soupirail",
            "travail",
            "vantail",
            "vitrail",
        ],
        strip: 3,
        add: "aux",
    },
    // pneu → pneus, bleu → bleus
    PluralRule {
        ends: &["landau", "sarrau", "bleu", "pneu", "émeu"],
        strip: 0,
        add: "s",
    },
    // réseau → réseaux, feu → feux; bijou → bijoux
    PluralRule {
        ends: &[
            "eau", "au", "eu", "bijou", "caillou", "chou", "genou", "hibou", "joujou", "pou",
        ],
        strip: 0,
        add: "x",
    },
    // zone → zones
    PluralRule {
        ends: &[""],
        strip: 0,
        add: "s",
    },
];

pub(super) fn generate(lemma: &Lemma, out: &mut Vec<(String, u16)>) {
    if lemma.nature() != Nature::Common {
        return;
    }
    // An article or a preposition starts the complement, elided too (`d'exclusion`).
    let starts_complement = |w: &str| {
        PREPOSITIONS.contains(&w) || (w.starts_with(['d', 'l']) && w[1..].starts_with(['\'', '’']))
    };
    if let Some(plural) = super::plural_up_to_a_complement(lemma.text, starts_complement, plural_of)
    {
        out.push((plural, 0));
    }
}

fn plural_of(word: &str) -> String {
    let lower = word.to_lowercase();
    let Some(rule) = PLURALS
        .iter()
        .find(|r| r.ends.iter().any(|e| lower.ends_with(e)))
    else {
        return word.to_string();
    };
    format!("{}{}", super::strip_chars(word, rule.strip), rule.add)
}

#[cfg(test)]
mod tests {
    use super::super::tests::forms_of;

    #[test]
    fn plurals_of_common_terms() {
        assert_eq!(
            forms_of("fr", "zone de sécurité", "term"),
            ["zones de sécurité"]
        );
        assert_eq!(
            forms_of("fr", "frappe aérienne", "term"),
            ["frappes aériennes"]
        );
        assert_eq!(
            forms_of("fr", "envoyé spécial", "term"),
            ["envoyés spéciaux"]
        );
        assert_eq!(
            forms_of("fr", "zone d'exclusion aérienne", "term"),
            ["zones d'exclusion aérienne"]
        );
        assert_eq!(
            forms_of("fr", "ministre des Affaires étrangères", "term"),
            ["ministres des Affaires étrangères"]
        );
        assert_eq!(
            forms_of("fr", "engin explosif improvisé", "term"),
            ["engins explosifs improvisés"]
        );
        assert_eq!(
            forms_of("fr", "bombe à sous-munitions", "term"),
            ["bombes à sous-munitions"]
        );
    }

    #[test]
    fn invariable_terms_and_names() {
        assert!(forms_of("fr", "cessez-le-feu", "term").is_empty());
        assert!(forms_of("fr", "sanctions", "term").is_empty());
        assert!(forms_of("fr", "pourparlers de paix", "term").is_empty());
        assert!(forms_of("fr", "Idleb", "place").is_empty());
    }
}
