//! `termlint lookup` (issue 14) through the binary: the JSON of CONTRACT.md ("Other
//! commands"), the cards, the exit status. Every form of the built-in glossary is looked up in
//! `src/matcher/lookup/acceptance.rs`.

use std::process::{Command, Output, Stdio};

fn termlint(args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_termlint"));
    for var in ["LANG", "LC_ALL", "LC_MESSAGES"] {
        cmd.env_remove(var);
    }
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("termlint runs")
}

/// The JSON of `termlint lookup` with `args`, status 0.
fn json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["lookup", "--format", "json"];
    all.extend(args);
    let out = termlint(&all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("lookup writes JSON")
}

/// The first `n` matches of a lookup, for a snapshot that a new concept elsewhere in the
/// built-in glossary does not change.
fn first(mut v: serde_json::Value, n: usize) -> serde_json::Value {
    if let Some(m) = v["matches"].as_array_mut() {
        m.truncate(n);
    }
    v
}

#[test]
fn a_misspelling_finds_the_concept_that_forbids_it() {
    let v = json(&[
        "Erdogen",
        "--date",
        "2024-01-01",
        "--to",
        "en",
        "--to",
        "tr",
    ]);
    assert_eq!(v["matches"][0]["concept"], "erdogan");
    assert_eq!(v["matches"][0]["matched"]["status"], "forbidden");
    insta::assert_json_snapshot!(first(v, 1));
}

#[test]
fn a_russian_genitive_finds_the_person() {
    let v = json(&[
        "Эрдогана",
        "--date",
        "2024-01-01",
        "--to",
        "ru",
        "--to",
        "ar",
    ]);
    assert_eq!(v["matches"][0]["concept"], "erdogan");
    assert_eq!(v["matches"][0]["matched"]["how"], "inflected");
    insta::assert_json_snapshot!(first(v, 1));
}

#[test]
fn nur_sultan_is_in_force_only_in_its_years() {
    let v = json(&[
        "Nur-Sultan",
        "--date",
        "2020-06-01",
        "--to",
        "en",
        "--to",
        "ru",
    ]);
    assert_eq!(v["matches"][0]["concept"], "astana");
    insta::assert_json_snapshot!(first(v.clone(), 1));
    let terms = &v["matches"][0]["terms"]["en"];
    let nur = terms
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["term"] == "Nur-Sultan");
    assert_eq!(nur.unwrap()["in_force"], true);
    let v = json(&["Nur-Sultan", "--date", "2024-01-01"]);
    let terms = &v["matches"][0]["terms"]["en"];
    let nur = terms
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["term"] == "Nur-Sultan");
    assert_eq!(nur.unwrap()["in_force"], false);
}

#[test]
fn another_language_s_form_with_the_query_s_language_given() {
    // The French form looked up as German: found, after any German match.
    let v = json(&[
        "Poutine",
        "--lang",
        "de",
        "--date",
        "2024-01-01",
        "--to",
        "de",
        "--to",
        "fr",
    ]);
    assert_eq!(v["matches"][0]["concept"], "putin");
    assert_eq!(v["matches"][0]["matched"]["lang"], "fr");
    insta::assert_json_snapshot!(first(v, 1));
}

#[test]
fn turkish_and_arabic_inflections_and_a_form_without_its_diacritics() {
    for (query, lang) in [
        ("Erdoğan'ın", None),
        ("بأردوغان", None),
        ("Erdogan", Some("tr")),
        ("Идлеб", None),
    ] {
        let mut args = vec![query];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        let v = json(&args);
        let want = if query == "Идлеб" {
            "idlib"
        } else {
            "erdogan"
        };
        assert_eq!(v["matches"][0]["concept"], want, "{query}: {v}");
    }
}

#[test]
fn the_card_in_the_user_s_language() {
    let out = termlint(&[
        "lookup",
        "Nur-Sultan",
        "--date",
        "2024-01-01",
        "--to",
        "en",
        "--limit",
        "1",
        "--ui-lang",
        "ru",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    insta::assert_snapshot!(stdout);
}

#[test]
fn nothing_found_is_status_1_with_a_localized_note() {
    let out = termlint(&["lookup", "Qwzxqv", "--ui-lang", "de"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim(), "kein Begriff für „Qwzxqv“ gefunden");
    let out = termlint(&["lookup", "Qwzxqv", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["matches"], serde_json::json!([]));
}

#[test]
fn bad_usage_is_status_2() {
    for args in [
        &["lookup", "Idlib", "--date", "2024-13-01"][..],
        &["lookup", "Idlib", "--lang", "not a tag"],
        &["lookup", "Idlib", "--format", "xml"],
        &["lookup"],
        &[
            "lookup",
            "Idlib",
            "-g",
            "tests/fixtures/no-such-glossary.toml",
        ],
    ] {
        let out = termlint(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn a_glossary_given_is_the_one_looked_in_with_its_file_and_line() {
    let v = json(&["Idleb", "-g", "tests/fixtures/glossary-news-mini.toml"]);
    let source = v["matches"][0]["source"].as_str().unwrap();
    assert!(
        source.starts_with("tests/fixtures/glossary-news-mini.toml:"),
        "{source}"
    );
}
