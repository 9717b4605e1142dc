//! The shipped glossary's own examples: every sentence a concept says must be flagged is
//! flagged by the rule it names, for that concept, and every sentence it says must not be
//! flagged draws no finding for that concept.

use termlint::check::{CheckOptions, Checker};
use termlint::glossary::Glossary;

#[test]
fn shipped_glossary_examples_hold() {
    let glossary = Glossary::builtin();
    assert!(
        glossary.concepts.len() >= 200,
        "the shipped glossary has {} concepts",
        glossary.concepts.len()
    );
    let examples: Vec<_> = glossary
        .concepts
        .iter()
        .flat_map(|c| c.examples.iter().map(move |e| (c.id.clone(), e.clone())))
        .collect();
    assert!(!examples.is_empty());
    let checker = Checker::new(glossary, CheckOptions::default());
    let mut failures = Vec::new();
    for (id, example) in &examples {
        let findings = checker.check_text(&example.text, &example.lang);
        let of_concept: Vec<_> = findings.iter().filter(|f| &f.concept == id).collect();
        let ok = match &example.expect {
            Some(rule) => of_concept.iter().any(|f| f.rule.as_str() == rule),
            None => of_concept.is_empty(),
        };
        if !ok {
            failures.push(format!(
                "{id}: {:?} expected {:?}, got {:?}",
                example.text,
                example.expect,
                of_concept
                    .iter()
                    .map(|f| (f.rule.as_str(), f.found.as_str()))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_shipped_concept_has_a_kind_a_note_and_seven_languages() {
    let glossary = Glossary::builtin();
    glossary.validate().expect("the shipped glossary validates");
    for c in &glossary.concepts {
        assert!(c.kind.is_some(), "{} has no kind", c.id);
        assert!(c.note.is_some(), "{} has no note", c.id);
        for lang in ["en", "ru", "tr", "ar", "de", "fr", "es"] {
            assert!(
                c.terms_in(lang).next().is_some(),
                "{} has no {lang} term",
                c.id
            );
        }
    }
}
