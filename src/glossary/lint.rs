//! What is wrong or doubtful in a glossary, before it checks anything (`termlint glossary
//! lint`): a form forbidden in one concept and approved in another, a form listed twice, a name
//! matched in lower case that is also an ordinary word, two forms of one concept in force at
//! once, a language the other concepts have and this one lacks.
//!
//! What needs more than the glossary is passed in: whether a word is an ordinary word of a
//! language (the lexicon, a layer above), and the examples a checker found not to hold.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use super::{CaseRule, Concept, Glossary, Kind, Origin, Status, Term};
use crate::diagnostic::Message;

/// How bad a lint is: an error makes the glossary give wrong results; a warning is a doubt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LintLevel {
    Error,
    Warning,
}

impl LintLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            LintLevel::Error => "error",
            LintLevel::Warning => "warning",
        }
    }
}

/// One problem of a glossary, at the place it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lint {
    /// The lint's id (`forbidden-and-approved`, ...), also the message id `lint-<id>`.
    pub id: &'static str,
    pub level: LintLevel,
    pub concept: String,
    pub origin: Origin,
    /// The message, with its arguments, to render in the user's language.
    pub message: Message,
}

/// The lints, their level and what each says; the message of lint `id` is `lint-<id>`.
pub const LINTS: &[(&str, LintLevel)] = &[
    ("forbidden-and-approved", LintLevel::Error),
    ("same-form-twice", LintLevel::Error),
    ("periods-overlap", LintLevel::Error),
    ("example-fails", LintLevel::Error),
    ("ordinary-word", LintLevel::Warning),
    ("missing-language", LintLevel::Warning),
    ("same-form-two-concepts", LintLevel::Warning),
];

fn lint(id: &'static str, concept: &Concept, origin: &Origin, message: Message) -> Lint {
    let level = LINTS
        .iter()
        .find(|(l, _)| *l == id)
        .map_or(LintLevel::Warning, |(_, level)| *level);
    Lint {
        id,
        level,
        concept: concept.id.clone(),
        origin: origin.clone(),
        message,
    }
}

/// The lints of `glossary` that need only the glossary and `is_ordinary_word(lang, word)`:
/// whether the lower-case `word` is an ordinary word of `lang` (`None` when nothing is known of
/// the language). Sorted by file, line and column.
pub fn lint_glossary(
    glossary: &Glossary,
    is_ordinary_word: &dyn Fn(&str, &str) -> Option<bool>,
) -> Vec<Lint> {
    let mut out = Vec::new();
    for conflict in glossary.status_conflicts() {
        let (concept_id, text, origin) = &conflict.approved;
        let Some(concept) = glossary.concepts.iter().find(|c| &c.id == concept_id) else {
            continue;
        };
        let message = Message::new("lint-forbidden-and-approved")
            .arg("form", text)
            .arg("lang", &conflict.lang)
            .arg("other", &conflict.forbidden.0);
        out.push(lint("forbidden-and-approved", concept, origin, message));
    }
    for concept in &glossary.concepts {
        same_form_twice(concept, &mut out);
        periods_overlap(concept, &mut out);
        ordinary_words(concept, is_ordinary_word, &mut out);
    }
    missing_languages(glossary, &mut out);
    sort(&mut out);
    out
}

/// Sorts lints by place, then id.
pub fn sort(lints: &mut [Lint]) {
    lints.sort_by(|a, b| {
        (
            &a.origin.file,
            a.origin.line,
            a.origin.column,
            a.id,
            &a.concept,
        )
            .cmp(&(
                &b.origin.file,
                b.origin.line,
                b.origin.column,
                b.id,
                &b.concept,
            ))
    });
}

/// One form listed twice in a concept and language (also among the extra `forms`), in the same
/// validity period.
fn same_form_twice(concept: &Concept, out: &mut Vec<Lint>) {
    let mut seen: FxHashMap<(&str, String), &Term> = FxHashMap::default();
    // As written: `NATO` and `Nato` are two spellings (acronyms match in their own case).
    for term in &concept.terms {
        let forms =
            std::iter::once(term.text.as_str()).chain(term.forms.iter().map(String::as_str));
        for form in forms {
            let key = (term.lang.as_str(), form.to_string());
            if let Some(first) = seen.insert(key, term) {
                let dated = |t: &Term| (t.valid_from, t.valid_until);
                if dated(first) != dated(term) {
                    // One name in two periods: `Astana` before and after `Nur-Sultan`.
                    continue;
                }
                let message = Message::new("lint-same-form-twice")
                    .arg("form", form)
                    .arg("lang", &term.lang);
                out.push(lint("same-form-twice", concept, &term.origin, message));
            }
        }
    }
}

/// Two preferred terms of one concept and language, one of them dated, in force on a common
/// day: that day has two names to suggest (`Astana` until 2019-03-22, `Nur-Sultan` from
/// 2019-03-23 must not overlap).
fn periods_overlap(concept: &Concept, out: &mut Vec<Lint>) {
    let preferred: Vec<&Term> = concept
        .terms
        .iter()
        .filter(|t| t.status == Status::Preferred)
        .collect();
    let dated = |t: &Term| t.valid_from.is_some() || t.valid_until.is_some();
    for (i, a) in preferred.iter().enumerate() {
        for b in &preferred[i + 1..] {
            // Two preferred forms without dates are two names at once on purpose (a list).
            if a.lang != b.lang || !(dated(a) || dated(b)) {
                continue;
            }
            // Both ends included; an open end is unbounded.
            let starts_before_b_ends = match (a.valid_from, b.valid_until) {
                (Some(from), Some(until)) => from <= until,
                _ => true,
            };
            let b_starts_before_a_ends = match (b.valid_from, a.valid_until) {
                (Some(from), Some(until)) => from <= until,
                _ => true,
            };
            if starts_before_b_ends && b_starts_before_a_ends {
                let message = Message::new("lint-periods-overlap")
                    .arg("first", &a.text)
                    .arg("second", &b.text)
                    .arg("lang", &b.lang);
                out.push(lint("periods-overlap", concept, &b.origin, message));
            }
        }
    }
}

/// A one-word name matched in lower case (its case not given, no part of speech) that is an
/// ordinary word of its language: `trump`, `chad` in running text would be taken for the name.
fn ordinary_words(
    concept: &Concept,
    is_ordinary_word: &dyn Fn(&str, &str) -> Option<bool>,
    out: &mut Vec<Lint>,
) {
    let is_name = matches!(
        concept.kind,
        Some(
            Kind::Person
                | Kind::Place
                | Kind::Organization
                | Kind::Event
                | Kind::Work
                | Kind::Product
        )
    );
    if !is_name {
        return;
    }
    for term in &concept.terms {
        if term.case != CaseRule::Insensitive
            || term.case_given
            || term.pos.is_some()
            || term.status == Status::Forbidden
            || term.text.contains(char::is_whitespace)
            // A script without case (Arabic) has no lower-case reading to doubt.
            || !term.text.chars().any(|c| c.is_uppercase() || c.is_lowercase())
        {
            continue;
        }
        let lower = term.text.to_lowercase();
        if is_ordinary_word(&term.lang, &lower) == Some(true) {
            let message = Message::new("lint-ordinary-word")
                .arg("form", &term.text)
                .arg("lang", &term.lang)
                .arg("word", &lower);
            out.push(lint("ordinary-word", concept, &term.origin, message));
        }
    }
}

/// A concept without a term in a language that most concepts of its file have: a translation
/// into that language cannot be checked for it.
fn missing_languages(glossary: &Glossary, out: &mut Vec<Lint>) {
    // Per file: how many concepts have each language.
    let mut per_file: FxHashMap<&str, (usize, FxHashMap<&str, usize>)> = FxHashMap::default();
    for concept in &glossary.concepts {
        let entry = per_file.entry(&concept.origin.file).or_default();
        entry.0 += 1;
        let langs: BTreeSet<&str> = concept.terms.iter().map(|t| t.lang.as_str()).collect();
        for lang in langs {
            *entry.1.entry(lang).or_default() += 1;
        }
    }
    for concept in &glossary.concepts {
        let (total, langs) = &per_file[&*concept.origin.file];
        let mut expected: Vec<&str> = langs
            .iter()
            // A language of most concepts (a glossary's own languages), not of a few.
            .filter(|(_, n)| **n * 2 > *total)
            .map(|(l, _)| *l)
            .collect();
        expected.sort_unstable();
        for lang in expected {
            if concept.terms_in(lang).next().is_none() {
                let message = Message::new("lint-missing-language").arg("lang", lang);
                out.push(lint("missing-language", concept, &concept.origin, message));
            }
        }
    }
}

/// An approved form of one language in two concepts defined in different files: after a merge,
/// most likely one thing under two ids. Not part of [`lint_glossary`]: within one file two
/// concepts sharing a form are homographs on purpose (Georgia the country and the US state).
pub fn same_form_in_two_files(glossary: &Glossary) -> Vec<Lint> {
    let mut first: FxHashMap<(&str, &str), (&Concept, &Term)> = FxHashMap::default();
    let mut out = Vec::new();
    for concept in &glossary.concepts {
        for term in concept
            .terms
            .iter()
            .filter(|t| t.status != Status::Forbidden)
        {
            let (c, t) = *first
                .entry((term.lang.as_str(), term.text.as_str()))
                .or_insert((concept, term));
            if c.id != concept.id && c.origin.file != concept.origin.file {
                let message = Message::new("lint-same-form-two-concepts")
                    .arg("form", &term.text)
                    .arg("lang", &term.lang)
                    .arg("other", &c.id)
                    .arg("other_at", t.origin.to_string());
                out.push(lint(
                    "same-form-two-concepts",
                    concept,
                    &term.origin,
                    message,
                ));
            }
        }
    }
    sort(&mut out);
    out
}

/// A lint for an example of `concept` that does not hold: it expects `expected` (a rule id, or
/// nothing) and the checker found `got` (rule ids, for that concept).
pub fn example_fails(concept: &Concept, example: &super::Example, got: &[&str]) -> Lint {
    let expected = example.expect.as_deref().unwrap_or("none");
    let got = if got.is_empty() {
        "none".to_string()
    } else {
        got.join(", ")
    };
    let message = Message::new("lint-example-fails")
        .arg("text", &example.text)
        .arg("expected", expected)
        .arg("got", &got);
    lint("example-fails", concept, &example.origin, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary(toml: &str) -> Glossary {
        Glossary::parse("t.toml", "toml", toml.as_bytes()).unwrap()
    }

    fn ids(g: &Glossary) -> Vec<(&'static str, String)> {
        let words = |_: &str, w: &str| Some(matches!(w, "chad" | "trump"));
        lint_glossary(g, &words)
            .into_iter()
            .map(|l| (l.id, l.concept))
            .collect()
    }

    #[test]
    fn each_lint_on_its_own_concept() {
        let g = glossary(
            r#"
[[concept]]
id = "kyiv"
kind = "place"
en = { preferred = "Kyiv", forbidden = ["Kiev"] }
ru = "Киев"

[[concept]]
id = "kiev-chicken"
kind = "term"
en = { preferred = "chicken Kiev", admitted = ["Kiev"] }
ru = "котлета по-киевски"

[[concept]]
id = "twice"
kind = "place"
en = { preferred = "Idlib", admitted = ["Idleb", "Idleb", "IDLIB"] }
ru = "Идлиб"

[[concept]]
id = "astana"
kind = "place"
en = { preferred = [{ term = "Astana", until = 2019-03-25 }, { term = "Nur-Sultan", from = 2019-03-20 }] }
ru = "Астана"

[[concept]]
id = "chad"
kind = "place"
en = { preferred = "Chad", case = "insensitive" }
ru = "Чад"

[[concept]]
id = "chad-person"
kind = "person"
en = "chad"
"#,
        );
        assert_eq!(
            ids(&g),
            [
                ("forbidden-and-approved", "kiev-chicken".to_string()),
                ("same-form-twice", "twice".to_string()),
                ("periods-overlap", "astana".to_string()),
                // The concept's own place comes before its term's.
                ("missing-language", "chad-person".to_string()),
                ("ordinary-word", "chad-person".to_string()),
            ]
        );
    }

    #[test]
    fn periods_that_follow_each_other_do_not_overlap() {
        let g = glossary(
            r#"
[[concept]]
id = "astana"
kind = "place"
en = { preferred = [
  { term = "Astana", until = 2019-03-22 },
  { term = "Nur-Sultan", from = 2019-03-23, until = 2022-09-16 },
  { term = "Astana", from = 2022-09-17 },
] }
"#,
        );
        assert!(ids(&g).is_empty(), "{:?}", ids(&g));
    }
}
