//! What a translation may leave out or say otherwise without a finding, and what it may not
//! (issue 13, measured on the human references of `../shared/data/parallel`):
//!
//! - a place that only qualifies a person named next to it (`U.S. Sen. Elizabeth Warren`,
//!   `Britain's Prime Minister Theresa May`) may be left out: the name carries it;
//! - a place may be rendered by its adjective (`Минские соглашения` for `the Minsk agreements`);
//! - a person the source names by surname may be named by given name (`Nancy` for `Pelosi`).
//!
//! - in running text (aligned text, XLIFF), a name the target gave within the last three units
//!   may be said by a pronoun or a title (`Erdoğan said` → `Он заявил`), though not by a word
//!   that only begins like it (`Майорки` for `Майоркас`).
//!
//! But a place the source names for itself must be there, a place name left in the source
//! language is still untranslated (`Russia` in French, though `russi` starts `Russie`'s
//! adjectives), and a full name rendered with its surname misspelt is still missing.

use std::path::Path;
use std::process::Command;

fn findings(source: &str, target: &str, lang: &str) -> Vec<String> {
    run(&[
        "--source",
        source,
        "--target",
        target,
        "--source-lang",
        "en",
        "--target-lang",
        lang,
    ])
}

/// The findings of `termlint check ARGS` in the fixtures' folder, as `rule found concept`.
fn run(args: &[&str]) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/omissions");
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", "--no-config", "--format", "json"])
        .args(args)
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

#[test]
fn a_name_said_otherwise_just_after_it_was_given_is_no_omission_but_one_dropped_later_is() {
    // Lines 2 and 3 say Erdoğan and Merkel by a pronoun and a title, a unit after the target
    // named them; line 8 drops Erdoğan five units after the target last gave his name.
    assert_eq!(
        findings("anaphora.en.txt", "anaphora.ru.txt", "ru"),
        [r#""missing-translation" "Erdoğan" "erdogan""#]
    );
}

#[test]
fn a_name_said_wrongly_just_after_it_was_given_is_still_missing() {
    // `Майорки` (Majorca's) begins like `Майоркас` without being it: no pronoun, a wrong name.
    assert_eq!(
        findings("garbled.en.txt", "garbled.ru.txt", "ru"),
        [r#""missing-translation" "Mayorkas" "mayorkas""#]
    );
}

#[test]
fn messages_of_a_catalogue_are_no_running_text() {
    // The same pairs as PO messages: each is translated on its own, so each name must be there.
    assert_eq!(
        run(&["anaphora.ru.po"]),
        [
            r#""missing-translation" "Erdoğan" "erdogan""#,
            r#""missing-translation" "Merkel" "merkel""#,
            r#""missing-translation" "Erdoğan" "erdogan""#,
        ]
    );
}
