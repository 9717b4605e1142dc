//! Fixture tests of the rules: each folder of `tests/fixtures/rules/` holds an input and the
//! findings expected in it (`line:column rule found -> suggestion`), checked with the fixture
//! glossary `tests/fixtures/glossary-news-mini.toml`. Every line of an input that is not in the
//! expectations must stay clean.

use std::path::Path;

use termlint::check::{CheckOptions, Checker};
use termlint::diagnostic::LineIndex;
use termlint::formats::Format;
use termlint::glossary::Glossary;

fn fixture_glossary() -> Glossary {
    Glossary::load(Path::new("tests/fixtures/glossary-news-mini.toml")).expect("fixture glossary")
}

fn run(rule: &str) {
    let dir = Path::new("tests/fixtures/rules").join(rule);
    let input = dir.join("input.en.txt");
    let text = std::fs::read_to_string(&input).unwrap();
    let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    let checker = Checker::new(fixture_glossary(), CheckOptions::default());
    let doc = Format::from_path(&input)
        .read("input.en.txt", text.clone())
        .unwrap();
    let index = LineIndex::new(&text);
    let got: Vec<String> = checker
        .check(&doc, "en")
        .iter()
        .map(|f| {
            assert_eq!(&text[f.range.clone()], f.found);
            let (line, col) = index.line_col(&text, f.range.start);
            format!(
                "{line}:{col} {} {} -> {}",
                f.rule,
                f.found,
                f.suggestions.join(" | ")
            )
        })
        .collect();
    let want: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(got, want, "findings of {rule}");
}

#[test]
fn forbidden() {
    run("forbidden");
}

#[test]
fn misspelling() {
    run("misspelling");
}

#[test]
fn case() {
    run("case");
}

#[test]
fn inconsistent() {
    run("inconsistent");
}
