//! `termlint extract` on small parallel fixtures (tests/fixtures/extract/): the right target
//! forms first, inflected variants grouped, known forms marked, acronyms found, sentence-initial
//! common words left out; and what it writes is a glossary termlint reads back.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

const DIR: &str = "tests/fixtures/extract";

/// `termlint extract` on the en-ru fixture, in the default format.
const EN_RU: [&str; 9] = [
    "extract",
    "--source",
    "en-ru.en.txt",
    "--target",
    "en-ru.ru.txt",
    "--source-lang",
    "en",
    "--target-lang",
    "ru",
];

fn termlint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR))
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

/// The JSON of `termlint extract ARGS --format json`.
fn json(args: &[&str]) -> Value {
    let mut all = vec!["extract"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let out = termlint(&all);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn aligned(pair: &str, lang: &str, extra: &[&str]) -> Value {
    let (s, t) = (format!("{pair}.en.txt"), format!("{pair}.{lang}.txt"));
    let mut args = vec!["--source", &s, "--target", &t, "--target-lang", lang];
    args.extend_from_slice(extra);
    json(&args)
}

fn candidate<'a>(v: &'a Value, source: &str) -> &'a Value {
    (v["candidates"].as_array().unwrap().iter())
        .find(|c| c["source"] == source)
        .unwrap_or_else(|| panic!("no candidate {source}: {v:#}"))
}

fn first_target(v: &Value, source: &str) -> String {
    candidate(v, source)["targets"][0]["form"]
        .as_str()
        .unwrap()
        .to_string()
}

fn sources(v: &Value) -> Vec<String> {
    (v["candidates"].as_array().unwrap().iter())
        .map(|c| c["source"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn en_ru_names_get_their_nominative_with_the_inflected_forms_grouped() {
    let v = aligned("en-ru", "ru", &["--min-count", "1"]);
    assert_eq!(first_target(&v, "Putin"), "Путин");
    let variants = &candidate(&v, "Putin")["targets"][0]["variants"];
    assert!(
        variants.as_array().unwrap().contains(&"Путина".into()),
        "{variants}"
    );
    assert!(
        variants.as_array().unwrap().contains(&"Путиным".into()),
        "{variants}"
    );
    assert_eq!(first_target(&v, "Bank of England"), "Банк Англии");
    assert_eq!(first_target(&v, "Vladimir Putin"), "Владимир Путин");
    assert_eq!(first_target(&v, "NATO"), "НАТО");
}

#[test]
fn sentence_initial_common_words_and_days_are_no_candidates() {
    let v = aligned("en-ru", "ru", &["--min-count", "1"]);
    let found = sources(&v);
    for word in ["The", "However", "Reporters", "Monday"] {
        assert!(
            !found.iter().any(|s| s.contains(word)),
            "{word} in {found:?}"
        );
    }
}

#[test]
fn known_forms_are_marked_and_new_only_leaves_them_out() {
    let known = ["--min-count", "1", "-g", "known.toml"];
    let v = aligned("en-ru", "ru", &known);
    let putin = &candidate(&v, "Putin")["glossary"];
    assert_eq!(putin["concept"], "putin");
    assert_eq!(putin["source"], true);
    assert_eq!(putin["target"], true);
    assert!(candidate(&v, "Bank of England")["glossary"].is_null());
    let new = aligned("en-ru", "ru", &[&known[..], &["--new-only"]].concat());
    let new = sources(&new);
    assert!(new.contains(&"Bank of England".to_string()), "{new:?}");
    assert!(!new.iter().any(|s| s.contains("Putin")), "{new:?}");
}

#[test]
fn en_de_multiword_names_and_min_count() {
    let v = aligned("en-de", "de", &[]);
    assert_eq!(
        first_target(&v, "European Commission"),
        "Europäische Kommission"
    );
    assert_eq!(first_target(&v, "Berlin"), "Berlin");
    // Seen once: below the default --min-count 2.
    assert!(!sources(&v).contains(&"Emmanuel Macron".to_string()));
}

#[test]
fn en_ar_names_by_transliteration_with_clitics_grouped() {
    let v = aligned("en-ar", "ar", &[]);
    assert_eq!(first_target(&v, "Erdogan"), "أردوغان");
    let variants = &candidate(&v, "Erdogan")["targets"][0]["variants"];
    assert_eq!(variants, &serde_json::json!(["وأردوغان"]));
    assert_eq!(first_target(&v, "Putin"), "بوتين");
    assert_eq!(first_target(&v, "Idlib"), "إدلب");
}

#[test]
fn en_tr_apostrophe_suffixes_and_acronyms() {
    let v = aligned("en-tr", "tr", &[]);
    assert_eq!(first_target(&v, "Erdogan"), "Erdoğan");
    assert_eq!(first_target(&v, "Ankara"), "Ankara");
    assert_eq!(first_target(&v, "FBI"), "FBI");
    assert_eq!(candidate(&v, "CIA")["acronym"], true);
    assert_eq!(candidate(&v, "Erdogan")["glossary"]["target"], true);
}

#[test]
fn a_multilingual_tmx_extracts_the_target_language_asked_for() {
    let ru = json(&["news.tmx", "--target-lang", "ru"]);
    assert_eq!(ru["target_lang"], "ru");
    assert_eq!(first_target(&ru, "Idlib"), "Идлиб");
    assert_eq!(first_target(&ru, "Syria"), "Сирия");
    assert_eq!(
        first_target(&ru, "Staffan de Mistura"),
        "Стаффан де Мистура"
    );
    assert_eq!(candidate(&ru, "Idlib")["examples"][0], "news.tmx:5");
    let fr = json(&["news.tmx", "--target-lang", "fr"]);
    assert_eq!(first_target(&fr, "Idlib"), "Idleb");
}

#[test]
fn a_po_file_gives_its_languages() {
    let v = json(&["news.es.po"]);
    assert_eq!(
        (v["source_lang"].as_str(), v["target_lang"].as_str()),
        (Some("en"), Some("es"))
    );
    assert_eq!(first_target(&v, "White House"), "Casa Blanca");
    assert_eq!(first_target(&v, "Mexico"), "México");
}

#[test]
fn the_toml_output_is_a_glossary_that_lint_and_check_accept() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("candidates.toml");
    let o = out.to_str().unwrap();
    let mut args = EN_RU.to_vec();
    args.extend(["-o", o]);
    // Written twice: the second run replaces the file, it is not refused.
    for _ in 0..2 {
        let run = termlint(&args);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(run.stdout.is_empty());
    }
    let lint = termlint(&["glossary", "lint", "-g", o]);
    assert!(
        lint.status.success(),
        "{}",
        String::from_utf8_lossy(&lint.stdout)
    );
    // The same aligned files, checked against the candidates.
    let mut args = vec!["check", "-g", o];
    args.extend(&EN_RU[1..]);
    let check = termlint(&args);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn the_tbx_output_is_read_back_by_the_tbx_loader() {
    let out = termlint(&[
        "extract",
        "news.tmx",
        "--target-lang",
        "ru",
        "--format",
        "tbx",
    ]);
    assert!(out.status.success());
    let g = termlint::glossary::Glossary::parse("x.tbx", "tbx", &out.stdout).unwrap();
    let idlib = g.concepts.iter().find(|c| c.id == "idlib").unwrap();
    let ru: Vec<&str> = idlib.terms_in("ru").map(|t| t.text.as_str()).collect();
    assert_eq!(ru, ["Идлиб"]);
}

#[test]
fn no_input_is_status_2() {
    let out = termlint(&["extract", "missing.tmx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.tmx"));
}

#[test]
fn snapshot_of_the_toml_output() {
    let out = termlint(&EN_RU);
    assert!(out.status.success());
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}
