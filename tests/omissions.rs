//! What a translation may leave out or say otherwise without a finding, and what it may not
//! (issue 13, measured on the human references of `../shared/data/parallel`):
//!
//! - a place that only qualifies a person named next to it (`U.S. Sen. Elizabeth Warren`,
//!   `Britain's Prime Minister Theresa May`) may be left out: the name carries it;
//! - a place may be rendered by its adjective (`Минские соглашения` for `the Minsk agreements`);
//! - a person the source names by surname may be named by given name (`Nancy` for `Pelosi`).
//!
//! But a place the source names for itself must be there, a place name left in the source
//! language is still untranslated (`Russia` in French, though `russi` starts `Russie`'s
//! adjectives), and a full name rendered with its surname misspelt is still missing.

use std::path::Path;
use std::process::Command;

fn findings(source: &str, target: &str, lang: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/omissions");
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", "--no-config", "--format", "json"])
        .args(["--source", source, "--target", target])
        .args(["--source-lang", "en", "--target-lang", lang])
        .current_dir(dir)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (report["findings"].as_array().unwrap().iter())
        .map(|f| format!("{} {} {}", f["rule"], f["found"], f["concept"]))
        .collect()
}

#[test]
fn qualifiers_adjectives_and_given_names_are_no_omissions() {
    for lang in ["fr", "ru", "es"] {
        let found = findings("implied.en.txt", &format!("implied.{lang}.txt"), lang);
        assert!(found.is_empty(), "{lang}: {found:?}");
    }
}

#[test]
fn a_place_named_for_itself_a_copied_name_and_a_misspelt_full_name_are_reported() {
    assert_eq!(
        findings("left-out.en.txt", "left-out.fr.txt", "fr"),
        [
            r#""missing-translation" "Jeff Flake" "jeff_flake""#,
            r#""missing-translation" "U.S." "united_states""#,
            r#""untranslated" "Russia" "russia""#,
        ]
    );
}
