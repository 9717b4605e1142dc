//! The pipeline as a library call, as the README shows it: bytes in, findings out, with the
//! language, format and decoding the command line would choose.

use std::path::Path;

use termlint::check::{load_glossaries, CheckOptions, Checker, Hints, Named, Pipeline};
use termlint::config::Config;

fn checker() -> Checker {
    Checker::new(load_glossaries(&[]).unwrap(), CheckOptions::default())
}

#[test]
fn bytes_in_findings_out_with_the_format_from_the_name() {
    let checker = checker();
    let config = Config::default();
    let hints = Hints {
        lang: Some("en".into()),
        ..Hints::default()
    };
    let pipeline = Pipeline::new(&checker, &config, hints);
    let bytes = b"# A auto bomb\n\n`auto bomb` in code is not prose.\n".to_vec();
    let file = pipeline
        .check_bytes("draft.md", Path::new("draft.md"), bytes)
        .unwrap();
    let found: Vec<&str> = file.findings.iter().map(|f| f.found.as_str()).collect();
    assert_eq!(found, ["auto bomb"], "Markdown code is masked");
    assert_eq!(file.lang.as_deref(), Some("en"));
}

#[test]
fn the_language_comes_from_the_name_and_a_po_file_from_its_charset() {
    let checker = checker();
    let config = Config::default();
    let pipeline = Pipeline::new(&checker, &config, Hints::default());
    let file = pipeline
        .check_bytes(
            "story.ru.txt",
            Path::new("story.ru.txt"),
            "Бои в Идлебе.".into(),
        )
        .unwrap();
    assert_eq!(file.lang.as_deref(), Some("ru"));
    assert_eq!(file.findings.len(), 1, "{:?}", file.findings);
    let po = b"msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\nmsgid \"Talks in Idlib\"\nmsgstr \"Gespr\xe4che\"\n".to_vec();
    let file = pipeline
        .check_bytes("de.po", Path::new("de.po"), po)
        .unwrap();
    assert_eq!(file.lang.as_deref(), Some("de"));
    assert!(file.text.contains("Gespräche"));
    let rules: Vec<&str> = file.findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(rules, ["missing-translation"]);
}

#[test]
fn aligned_text_from_bytes() {
    let checker = checker();
    let config = Config::default();
    let pipeline = Pipeline::new(&checker, &config, Hints::default());
    let named = |name: &'static str, text: &str| Named {
        name: name.to_string(),
        path: Path::new(name),
        bytes: text.as_bytes().to_vec(),
    };
    let files = pipeline
        .check_aligned_bytes(
            named("a.en.txt", "Fighting in Idlib.\n"),
            named("a.ru.txt", "Бои в Idlib.\n"),
            None,
            None,
        )
        .unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[1].lang.as_deref(), Some("ru"));
    let rules: Vec<&str> = files[1].findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(rules, ["untranslated"]);
    let short = pipeline.check_aligned_bytes(
        named("b.en.txt", "One.\nTwo.\n"),
        named("b.ru.txt", "Один.\n"),
        None,
        None,
    );
    assert!(short.unwrap_err().reason.contains("not aligned"));
}

#[test]
fn explain_lists_each_source_term_and_whether_its_concept_was_found() {
    let explaining = Checker::new(
        load_glossaries(&[]).unwrap(),
        CheckOptions {
            explain: true,
            ..CheckOptions::default()
        },
    );
    let config = Config::default();
    let pipeline = Pipeline::new(&explaining, &config, Hints::default());
    let named = |name: &'static str, text: &str| Named {
        name: name.to_string(),
        path: Path::new(name),
        bytes: text.as_bytes().to_vec(),
    };
    let files = pipeline
        .check_aligned_bytes(
            named("n.en.txt", "Talks in Aleppo and Idlib.\n"),
            named("n.ru.txt", "Переговоры в Идлибе.\n"),
            None,
            None,
        )
        .unwrap();
    let checked = files[0]
        .checked
        .as_ref()
        .expect("the source side lists what was checked");
    let seen: Vec<(&str, &str, bool, &str)> = checked
        .iter()
        .flat_map(|c| {
            c.concepts
                .iter()
                .map(move |(id, found)| (c.found.as_str(), id.as_str(), *found, c.outcome))
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("Aleppo", "aleppo", false, "missing"),
            ("Idlib", "idlib", true, "translated")
        ]
    );
    assert!(files[1].checked.is_none());
    // Without explain, nothing is kept.
    let quiet = checker();
    let pipeline = Pipeline::new(&quiet, &config, Hints::default());
    let file = pipeline
        .check_bytes("story.en.txt", Path::new("story.en.txt"), b"Idlib".to_vec())
        .unwrap();
    assert!(file.checked.is_none());
}
