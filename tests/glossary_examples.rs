//! The shipped glossary's own examples: every sentence a concept says must be flagged is
//! flagged by the rule it names, for that concept, and every sentence it says must not be
//! flagged draws no finding for that concept.

use termlint::check::failing_examples;
use termlint::glossary::Glossary;

#[test]
fn shipped_glossary_examples_hold() {
    let glossary = Glossary::builtin();
    assert!(
        glossary.concepts.len() >= 200,
        "the shipped glossary has {} concepts",
        glossary.concepts.len()
    );
    assert!(glossary.concepts.iter().any(|c| !c.examples.is_empty()));
    let failures: Vec<String> = failing_examples(&glossary)
        .iter()
        .map(|l| format!("{}: {:?}", l.concept, l.message))
        .collect();
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
