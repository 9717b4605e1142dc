//! Fixture tests of inflection-aware matching (issue 4), one folder per language in
//! `tests/fixtures/inflection/`: `input.<lang>.txt` and the findings expected in it
//! (`line:column rule found -> suggestion | suggestion`), checked with the fixture glossary
//! `tests/fixtures/glossary-inflection.toml` (which lists no misspelling as forbidden), or
//! with `glossary-news-mini.toml` for `ru-forbidden` (which lists Идлеб and Ердоган). Every
//! correct inflected form in an input must be recognised as a use of its term (`uses.txt`:
//! `line: found | found`) and stay clean; every near miss must be found, with its suggestion
//! in the same inflection.

use std::path::Path;

use termlint::check::{CheckOptions, Checker};
use termlint::diagnostic::LineIndex;
use termlint::formats::Format;
use termlint::glossary::Glossary;
use termlint::matcher::{HitKind, MatchOptions, Matcher};

fn run(dir: &str, lang: &str, glossary: &str) {
    let glossary = Glossary::load(&Path::new("tests/fixtures").join(glossary)).expect("glossary");
    let dir = Path::new("tests/fixtures/inflection").join(dir);
    let input = dir.join(format!("input.{lang}.txt"));
    let text = std::fs::read_to_string(&input).unwrap();
    let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    check_uses(&glossary, &dir, &input, &text, lang);
    let checker = Checker::new(glossary, CheckOptions::default());
    let doc = Format::from_path(&input)
        .read("input.txt", text.clone())
        .expect("plain text always reads");
    let index = LineIndex::new(&text);
    let got: Vec<String> = checker
        .check(&doc, lang)
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
    assert_eq!(got, want, "findings in {}", input.display());
}

/// The uses of terms the matcher finds (exact, or in the wrong case), line by line, must be
/// those of `uses.txt` (`line: found | found ...`): a correct form that stays clean because it
/// was not recognised at all fails here.
fn check_uses(glossary: &Glossary, dir: &Path, input: &Path, text: &str, lang: &str) {
    let Ok(expected) = std::fs::read_to_string(dir.join("uses.txt")) else {
        return;
    };
    let matcher = Matcher::new(glossary, MatchOptions::default());
    let doc = Format::from_path(input)
        .read("input.txt", text.to_string())
        .expect("plain text always reads");
    let index = LineIndex::new(text);
    let mut lines: Vec<(usize, Vec<String>)> = Vec::new();
    for segment in &doc.segments {
        for hit in matcher.find(glossary, segment, lang) {
            if matches!(hit.kind, HitKind::Near { .. }) {
                continue;
            }
            let (line, _) = index.line_col(text, hit.range.start);
            let found = text[hit.range.clone()].to_string();
            match lines.iter_mut().find(|(l, _)| *l == line) {
                Some((_, v)) => v.push(found),
                None => lines.push((line, vec![found])),
            }
        }
    }
    lines.sort();
    let got: Vec<String> = lines
        .iter()
        .map(|(l, v)| format!("{l}: {}", v.join(" | ")))
        .collect();
    let want: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(got, want, "uses in {}", input.display());
}

#[test]
fn issue_4_russian_declensions_and_near_misses() {
    run("ru", "ru", "glossary-inflection.toml");
}

#[test]
fn issue_4_russian_forbidden_forms_in_any_case() {
    run("ru-forbidden", "ru", "glossary-news-mini.toml");
}

#[test]
fn issue_4_turkish_suffixes() {
    run("tr", "tr", "glossary-inflection.toml");
}

#[test]
fn issue_4_arabic_clitics_and_letter_variants() {
    run("ar", "ar", "glossary-inflection.toml");
}

#[test]
fn issue_4_german_genitives_and_plurals() {
    run("de", "de", "glossary-inflection.toml");
}

#[test]
fn issue_4_french_elision_and_plurals() {
    run("fr", "fr", "glossary-inflection.toml");
}

#[test]
fn issue_4_english_possessives_and_plurals() {
    run("en", "en", "glossary-inflection.toml");
}
