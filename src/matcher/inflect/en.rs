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

/// Words derived from a common term that are not its forms: the verb forms of a one-word term
/// (`reporting`, `changed`, `stopped`, `creates` for `report`, `change`, `stop`, `create`) and
/// the singular of a term listed in the plural (`financial statement` for `financial
/// statements`), in lower case. English nouns and verbs share their stems, so such a word may be
/// a use of the term, or of a verb the target translates with a word of another stem: a source
/// word of this kind is evidence the term is meant, not proof.
pub(super) fn derived(lemma: &Lemma) -> Vec<String> {
    if lemma.nature() != Nature::Common {
        return Vec::new();
    }
    let text = lemma.text.to_lowercase();
    let (head, last) = match text.rfind([' ', '-']) {
        Some(i) => (&text[..=i], &text[i + 1..]),
        None => ("", text.as_str()),
    };
    if last.chars().count() < 3 || !last.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    let mut out = Vec::new();
    match singular(last) {
        Some(singular) => out.push(format!("{head}{singular}")),
        // A verb is one word, not a plural.
        None if head.is_empty() => out.extend(verb_forms(last)),
        None => {}
    }
    out.retain(|f| *f != text);
    out
}

/// The singular of a regular plural: `statements` → `statement`, `parties` → `party`,
/// `boxes` → `box`; `None` for a word that is not one (`press`, `status`, `analysis`).
fn singular(word: &str) -> Option<String> {
    let ends = |p: &str| ends_with_pattern(word, p);
    if ["ss", "us", "is", "ics", "news"]
        .iter()
        .any(|p| word.ends_with(p))
    {
        return None;
    }
    let stem = if ends("[bcdfghjklmnpqrstvwxz]ies") {
        format!("{}y", &word[..word.len() - 3])
    } else if ["sses", "xes", "zes", "ches", "shes"]
        .iter()
        .any(|p| word.ends_with(p))
    {
        word[..word.len() - 2].to_string()
    } else {
        word.strip_suffix('s')?.to_string()
    };
    (stem.chars().count() >= 3).then_some(stem)
}

/// The regular verb forms of `word` (lower case): third person, present participle, past.
fn verb_forms(word: &str) -> Vec<String> {
    let ends = |p: &str| ends_with_pattern(word, p);
    let mut out = Vec::new();
    if ends("[bcdfghjklmnpqrstvwxz]y") {
        let stem = &word[..word.len() - 1];
        out.extend([
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{word}ing"),
        ]);
    } else if word.ends_with("ee") {
        out.extend([format!("{word}s"), format!("{word}d"), format!("{word}ing")]);
    } else if ends("[bcdfghjklmnpqrstvwxz]e") {
        let stem = &word[..word.len() - 1];
        out.extend([format!("{word}s"), format!("{word}d"), format!("{stem}ing")]);
    } else {
        let s = if ["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|p| word.ends_with(p))
        {
            "es"
        } else {
            "s"
        };
        out.push(format!("{word}{s}"));
        // A short final syllable doubles its consonant: always in a word of one syllable (stop
        // → stopped), in a longer one only when stressed (submitted, but edited): both then.
        let short =
            ends("[bcdfghjklmnpqrstvz][aeiou][bdgklmnprt]") && !ends("[aeiou][aeiou][bdgklmnprt]");
        let syllables = word
            .split(|c: char| !"aeiouy".contains(c))
            .filter(|v| !v.is_empty())
            .count();
        if !short || syllables > 1 {
            out.extend([format!("{word}ed"), format!("{word}ing")]);
        }
        if short {
            let last = &word[word.len() - 1..];
            out.extend([format!("{word}{last}ed"), format!("{word}{last}ing")]);
        }
    }
    out
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
    fn derived_words_of_common_terms() {
        let derived = |text: &str, kind: &str| {
            let term = Term::new("en", text, Status::Preferred);
            super::super::derived(&term, crate::glossary::Kind::parse(kind))
        };
        assert_eq!(
            derived("report", "term"),
            ["reports", "reported", "reporting"]
        );
        assert_eq!(
            derived("create", "term"),
            ["creates", "created", "creating"]
        );
        assert_eq!(derived("apply", "term"), ["applies", "applied", "applying"]);
        // One syllable doubles its last consonant; a longer word may or may not (edited,
        // submitted): both are taken.
        assert_eq!(derived("stop", "term"), ["stops", "stopped", "stopping"]);
        assert_eq!(
            derived("submit", "term"),
            [
                "submits",
                "submited",
                "submiting",
                "submitted",
                "submitting"
            ]
        );
        assert_eq!(
            derived("access", "term"),
            ["accesses", "accessed", "accessing"]
        );
        assert_eq!(
            derived("financial statements", "term"),
            ["financial statement"]
        );
        assert_eq!(derived("parties", "term"), ["party"]);
        // `status` is no plural; a name and a multiword term have no derived words.
        assert!(!derived("status", "term").contains(&"statu".to_string()));
        assert!(derived("Idlib", "place").is_empty());
        assert!(derived("car bomb", "term").is_empty());
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
