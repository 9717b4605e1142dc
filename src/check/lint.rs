//! `termlint glossary lint` as a library call: the glossary's own lints
//! ([`crate::glossary::lint`]), with the lexicon to tell ordinary words, and each example of a
//! concept checked the way a draft is.

use super::{CheckOptions, Checker};
use crate::glossary::lint::{self, Lint};
use crate::glossary::Glossary;
use crate::matcher::lexicon::Lexicon;

/// Every lint of `glossary`, sorted by place.
pub fn lint_glossary(glossary: &Glossary) -> Vec<Lint> {
    let lexicon = Lexicon::builtin();
    let ordinary = |lang: &str, word: &str| {
        lexicon
            .covers(lang)
            .then(|| lexicon.is_known_as_written(lang, word))
    };
    let mut out = lint::lint_glossary(glossary, &ordinary);
    out.extend(failing_examples(glossary));
    lint::sort(&mut out);
    out
}

/// The examples that do not hold: a sentence said to be flagged by a rule that draws no
/// finding of that rule for its concept, or one said to draw nothing that draws a finding for
/// its concept.
pub fn failing_examples(glossary: &Glossary) -> Vec<Lint> {
    if glossary.concepts.iter().all(|c| c.examples.is_empty()) {
        return Vec::new();
    }
    let checker = Checker::new(glossary.clone(), CheckOptions::default());
    let mut out = Vec::new();
    for concept in &glossary.concepts {
        for example in &concept.examples {
            let findings = checker.check_text(&example.text, &example.lang);
            let got: Vec<&str> = findings
                .iter()
                .filter(|f| f.concept == concept.id)
                .map(|f| f.rule.as_str())
                .collect();
            let holds = match &example.expect {
                Some(rule) => got.contains(&rule.as_str()),
                None => got.is_empty(),
            };
            if !holds {
                out.push(lint::example_fails(concept, example, &got));
            }
        }
    }
    out
}
