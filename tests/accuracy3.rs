//! Accuracy, third part (issue 11): source words that show a concept without being one of its
//! terms (derived words, labels run together), and target forms the tables do not generate.
//! Each test is written from new sentences, not from the measured corpora.

use std::path::Path;

use termlint::check::{CheckOptions, Checker};
use termlint::formats::{aligned, Document};
use termlint::glossary::Glossary;

fn glossary() -> Glossary {
    Glossary::load(Path::new("tests/fixtures/accuracy/derived-terms.csv")).expect("fixture")
}

fn doc(path: &str, text: &str) -> Document {
    aligned::document(path, text.to_string())
}

/// The findings of one aligned pair (`rule found`, source side first) and what `--explain`
/// lists: `source: concept=found outcome`, with ` derived` for a derived span.
fn explain(sl: &str, src: &str, tl: &str, tgt: &str) -> (Vec<String>, Vec<String>) {
    let checker = Checker::new(
        glossary(),
        CheckOptions {
            explain: true,
            ..CheckOptions::default()
        },
    );
    let (s, t, checked) = checker.check_aligned_explained(&doc("s", src), &doc("t", tgt), sl, tl);
    let findings = s
        .iter()
        .chain(&t)
        .map(|f| {
            let text = if s.contains(f) { src } else { tgt };
            assert_eq!(&text[f.range.clone()], f.found, "found is the slice");
            format!("{} {}", f.rule, f.found)
        })
        .collect();
    let listed = checked
        .iter()
        .map(|c| {
            assert_eq!(&src[c.range.clone()], c.found, "the span is the slice");
            let concepts: Vec<String> = c
                .concepts
                .iter()
                .map(|(id, found)| format!("{id}={found}"))
                .collect();
            let derived = if c.derived { " derived" } else { "" };
            format!("{}: {} {}{derived}", c.found, concepts.join(","), c.outcome)
        })
        .collect();
    (findings, listed)
}

#[test]
fn issue_11_a_verb_form_of_a_noun_term_is_listed_as_derived_and_never_reported() {
    let (findings, listed) = explain(
        "en",
        "Exporting the folders failed.",
        "ru",
        "Не удалось выполнить экспорт папок.",
    );
    assert!(findings.is_empty(), "{findings:?}");
    assert_eq!(
        listed,
        [
            "Exporting: export=true translated derived",
            "folders: folder=true translated"
        ]
    );
    // Translated by a verb of another stem: said, not reported.
    let (findings, listed) = explain(
        "en",
        "The folders were exported twice.",
        "de",
        "Die Ordner wurden zweimal übertragen.",
    );
    assert!(findings.is_empty(), "{findings:?}");
    assert_eq!(
        listed,
        [
            "folders: folder=true translated",
            "exported: export=false unconfirmed derived"
        ]
    );
}

#[test]
fn issue_11_the_singular_of_a_plural_entry_is_derived_and_its_target_singular_counts() {
    let (findings, listed) = explain(
        "en",
        "See the release note for details.",
        "de",
        "Siehe den Versionshinweis.",
    );
    assert!(findings.is_empty(), "{findings:?}");
    assert_eq!(
        listed,
        ["release note: release-notes=true translated derived"]
    );
    // Nor is that singular a misspelling of the plural in a German text.
    let checker = Checker::new(glossary(), CheckOptions::default());
    let found = |text: &str| -> Vec<String> {
        let findings = checker.check_text(text, "de");
        findings
            .iter()
            .map(|f| format!("{} {}", f.rule, f.found))
            .collect()
    };
    assert!(found("Der Versionshinweis ist kurz.").is_empty());
    assert_eq!(
        found("Die Versionshinwiese sind kurz."),
        ["misspelling Versionshinwiese"]
    );
}

#[test]
fn issue_11_labels_run_together_are_read_piece_by_piece_on_both_sides() {
    let (findings, listed) = explain(
        "en",
        "Click FolderRename to continue.",
        "de",
        "Klicken Sie auf OrdnerUmbenennen, um fortzufahren.",
    );
    assert!(findings.is_empty(), "{findings:?}");
    assert_eq!(
        listed,
        [
            "Folder: folder=true translated derived",
            "Rename: rename=true translated derived"
        ]
    );
    let (_, listed) = explain(
        "en",
        "Open the jobPause menu.",
        "ru",
        "Откройте меню заданиеПриостановить.",
    );
    assert_eq!(listed, ["Pause: pause=true translated derived"]);
    // In lower case, two dictionary words run together.
    let (_, listed) = explain(
        "en",
        "The outputfolder is empty.",
        "ru",
        "Папка вывода пуста.",
    );
    assert_eq!(
        listed,
        [
            "output: output=true translated derived",
            "folder: folder=true translated derived"
        ]
    );
}

#[test]
fn issue_11_a_russian_adjective_of_a_short_term_translates_it() {
    let (findings, _) = explain(
        "en",
        "Check the input fields.",
        "ru",
        "Проверьте вводные поля.",
    );
    assert!(findings.is_empty(), "{findings:?}");
    let (findings, _) = explain("en", "Show hidden files.", "ru", "Показать скрытые файлы.");
    assert!(findings.is_empty(), "{findings:?}");
    let (findings, _) = explain("en", "Check the input fields.", "ru", "Проверьте поля.");
    assert_eq!(findings, ["missing-translation input"]);
}

#[test]
fn issue_11_german_umlauts_inside_compounds_are_other_letters_except_in_a_plural_head() {
    let (findings, _) = explain(
        "en",
        "The attack was condemned.",
        "de",
        "Die Bombenanschläge wurden verurteilt.",
    );
    assert!(findings.is_empty(), "{findings:?}");
    let (findings, _) = explain(
        "en",
        "Remove the attachment.",
        "de",
        "Entfernen Sie die Anhängung.",
    );
    assert_eq!(findings, ["missing-translation attachment"]);
}

#[test]
fn issue_11_a_german_noun_is_no_singular_of_a_verb() {
    let (findings, _) = explain("en", "Select a folder.", "de", "Auswahl eines Ordners.");
    assert_eq!(findings, ["missing-translation Select"]);
}

#[test]
fn issue_11_a_hyphenated_german_term_begins_a_compound() {
    let (findings, _) = explain(
        "en",
        "The sync setting list is long.",
        "de",
        "Die Sync-Einstellungsliste ist lang.",
    );
    assert!(findings.is_empty(), "{findings:?}");
}
