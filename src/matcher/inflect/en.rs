//! English: regular plurals of common terms, on the last word (`safe zone` → `safe zones`).
//!
//! Possessives need no rule: the apostrophe is a word boundary, so `Idlib's` is `Idlib`
//! followed by `'s`. Names do not take plurals. Irregular plurals go in the glossary's `forms`.

use super::{ends_with_pattern, Lemma, Nature};

/// The cells: index 0 is the plural.
pub(super) const CELLS: &[&str] = &["pl"];

/// One plural rule: a last word ending in one of `only` (any ending, when empty) and in none of
/// `unless` drops `strip` and takes `add`. The first rule that applies wins.
pub struct PluralRule {
    pub only: &'static [&'static str],
    pub unless: &'static [&'static str],
    pub strip: &'static str,
    pub add: &'static str,
}

/// The plural rules, tried in order.
pub const PLURALS: &[PluralRule] = &[
    // crash → crashes, box → boxes, press → presses (a final single s is taken as a plural)
    PluralRule {
        only: &["ss", "x", "z", "ch", "sh"],
        unless: &[],
        strip: "",
        add: "es",
    },
    // party → parties (a consonant before the y)
    PluralRule {
        only: &["[bcdfghjklmnpqrstvwxz]y"],
        unless: &[],
        strip: "y",
        add: "ies",
    },
    // zone → zones, ceasefire → ceasefires, day → days; sanctions stays
    PluralRule {
        only: &[],
        unless: &["s"],
        strip: "",
        add: "s",
    },
];

pub(super) fn generate(lemma: &Lemma, out: &mut Vec<(String, u16)>) {
    if lemma.nature() != Nature::Common {
        return;
    }
    let text = lemma.text;
    let last = text.rsplit([' ', '-']).next().unwrap_or(text);
    if last.chars().count() < 2 || super::is_acronym(last) {
        return;
    }
    let lower = last.to_lowercase();
    let ends = |p: &&str| ends_with_pattern(&lower, p);
    let Some(rule) = PLURALS
        .iter()
        .find(|r| !r.unless.iter().any(ends) && (r.only.is_empty() || r.only.iter().any(ends)))
    else {
        return;
    };
    let stem = &text[..text.len() - rule.strip.len()];
    out.push((format!("{stem}{}", rule.add), 0));
}

#[cfg(test)]
mod tests {
    use super::super::tests::forms_of;
    use super::super::{forms, reinflect, Lemma};
    use crate::glossary::{Status, Term};

    #[test]
    fn plurals_of_common_terms() {
        assert_eq!(forms_of("en", "safe zone", "term"), ["safe zones"]);
        assert_eq!(forms_of("en", "ceasefire", "term"), ["ceasefires"]);
        assert_eq!(forms_of("en", "air strike", "term"), ["air strikes"]);
        assert!(forms_of("en", "sanctions", "term").is_empty());
        assert_eq!(forms_of("en", "crash", "term"), ["crashes"]);
        assert_eq!(forms_of("en", "party", "term"), ["parties"]);
        assert_eq!(forms_of("en", "day", "term"), ["days"]);
    }

    #[test]
    fn names_do_not_take_plurals() {
        assert!(forms_of("en", "Idlib", "place").is_empty());
        assert!(forms_of("en", "trump", "person").is_empty());
        let no_kind = Term::new("en", "Idlib", Status::Preferred);
        assert_eq!(forms(&no_kind, None).len(), 1);
    }

    #[test]
    fn suggestions_are_inflected_like_the_use() {
        let forms = forms(&Term::new("en", "safe-zone", Status::Forbidden), None);
        let (_, how) = forms.iter().find(|(f, _)| f == "safe-zones").unwrap();
        let target = Term::new("en", "safe zone", Status::Preferred);
        assert_eq!(
            reinflect(&Lemma::of(&target, None), *how).as_deref(),
            Some("safe zones")
        );
    }
}
