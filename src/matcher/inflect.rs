//! Inflected forms of glossary terms, generated from per-language rules.
//!
//! The glossary lists base forms; the matcher also looks for the forms generated here, each
//! remembered with the [`Inflection`] that made it, so that a suggestion for an inflected use
//! is inflected the same way (`safe-zones` → `safe zones`).
//!
//! The rules are data: [`RULES`] lists, per language, which terms take which endings.

use crate::glossary::{CaseRule, Inflection as InflectionSetting, Term};

/// How an inflected form was made from its base form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Inflection {
    /// The base form itself.
    Base,
    /// An ending rule of [`RULES`], by index.
    Rule(u16),
    /// A form the glossary lists in `forms`: not generated, not reproducible on a suggestion.
    Listed,
}

/// One ending rule: for terms of `lang` that match `applies_to`, whose last word ends in
/// `strip`, replace that ending with `add`.
pub struct EndingRule {
    pub lang: &'static str,
    pub applies_to: AppliesTo,
    /// The rule applies only when the last word ends in one of these (any, when empty)...
    pub only: &'static [&'static str],
    /// ...and in none of these.
    pub unless: &'static [&'static str],
    /// The ending removed from the last word (may be empty).
    pub strip: &'static str,
    /// The ending added in its place.
    pub add: &'static str,
}

/// Which terms an ending rule applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppliesTo {
    /// Common terms (case-insensitive): `safe zone` → `safe zones`.
    CommonTerms,
}

/// The ending rules. English: regular plurals of common terms. (Possessives need no rule: the
/// apostrophe is a word boundary, so `Idlib's` is `Idlib` followed by `'s`.)
pub const RULES: &[EndingRule] = &[
    // zone → zones, ceasefire → ceasefires, day → days
    EndingRule {
        lang: "en",
        applies_to: AppliesTo::CommonTerms,
        only: &[],
        unless: EN_SIBILANT_OR_CONSONANT_Y,
        strip: "",
        add: "s",
    },
    // crash → crashes, box → boxes, press → presses (a final single s is taken as a plural)
    EndingRule {
        lang: "en",
        applies_to: AppliesTo::CommonTerms,
        only: &["ss", "x", "z", "ch", "sh"],
        unless: &[],
        strip: "",
        add: "es",
    },
    // party → parties
    EndingRule {
        lang: "en",
        applies_to: AppliesTo::CommonTerms,
        only: EN_CONSONANT_Y,
        unless: &[],
        strip: "y",
        add: "ies",
    },
];

const EN_CONSONANT_Y: &[&str] = &[
    "by", "cy", "dy", "fy", "gy", "hy", "ky", "ly", "my", "ny", "py", "ry", "sy", "ty", "vy", "zy",
];
const EN_SIBILANT_OR_CONSONANT_Y: &[&str] = &[
    "s", "x", "z", "ch", "sh", "by", "cy", "dy", "fy", "gy", "hy", "ky", "ly", "my", "ny", "py",
    "ry", "sy", "ty", "vy", "zy",
];

/// The forms of `term` to look for, with how each was made; the base form first.
pub fn forms(term: &Term) -> Vec<(String, Inflection)> {
    let mut out = vec![(term.text.clone(), Inflection::Base)];
    if term.inflection == InflectionSetting::Auto {
        let primary = primary(&term.lang);
        for (i, rule) in RULES.iter().enumerate() {
            if rule.lang != primary || !applies(rule, term) {
                continue;
            }
            if let Some(form) = apply(rule, &term.text) {
                if !out.iter().any(|(f, _)| *f == form) {
                    out.push((form, Inflection::Rule(i as u16)));
                }
            }
        }
    }
    for f in &term.forms {
        if !out.iter().any(|(g, _)| g == f) {
            out.push((f.clone(), Inflection::Listed));
        }
    }
    out
}

/// `base` inflected the way `how` inflected another form, when that rule applies to it.
pub fn reinflect(base: &str, how: Inflection) -> Option<String> {
    match how {
        Inflection::Base => Some(base.to_string()),
        Inflection::Rule(i) => apply(RULES.get(usize::from(i))?, base),
        Inflection::Listed => None,
    }
}

fn applies(rule: &EndingRule, term: &Term) -> bool {
    match rule.applies_to {
        AppliesTo::CommonTerms => term.case == CaseRule::Insensitive,
    }
}

fn apply(rule: &EndingRule, text: &str) -> Option<String> {
    let last = text.rsplit([' ', '-']).next().unwrap_or(text);
    let lower = last.to_lowercase();
    let ends = |e: &&str| lower.ends_with(e);
    if rule.unless.iter().any(ends)
        || !(rule.only.is_empty() || rule.only.iter().any(ends))
        || !lower.ends_with(rule.strip)
    {
        return None;
    }
    if last.chars().count() < 2 {
        return None;
    }
    let stem = &text[..text.len() - rule.strip.len()];
    Some(format!("{stem}{}", rule.add))
}

fn primary(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Status;

    fn generated(lang: &str, text: &str) -> Vec<String> {
        forms(&Term::new(lang, text, Status::Preferred))
            .into_iter()
            .map(|(f, _)| f)
            .collect()
    }

    #[test]
    fn english_plurals_of_common_terms() {
        assert_eq!(generated("en", "safe zone"), ["safe zone", "safe zones"]);
        assert_eq!(generated("en", "ceasefire"), ["ceasefire", "ceasefires"]);
        assert_eq!(generated("en", "air strike"), ["air strike", "air strikes"]);
        assert_eq!(generated("en", "sanctions"), ["sanctions"]);
        assert_eq!(generated("en", "crash"), ["crash", "crashes"]);
        assert_eq!(generated("en", "party"), ["party", "parties"]);
        assert_eq!(generated("en", "day"), ["day", "days"]);
    }

    #[test]
    fn names_do_not_take_plurals() {
        assert_eq!(generated("en", "Idlib"), ["Idlib"]);
        assert_eq!(generated("ru", "зона безопасности"), ["зона безопасности"]);
    }

    #[test]
    fn suggestions_are_inflected_like_the_use() {
        let forms = forms(&Term::new("en", "safe-zone", Status::Forbidden));
        let (_, how) = forms.iter().find(|(f, _)| f == "safe-zones").unwrap();
        assert_eq!(reinflect("safe zone", *how).as_deref(), Some("safe zones"));
    }
}
