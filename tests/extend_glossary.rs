//! `--extend-glossary` and `extend-glossaries` (issue 14): a client's termbase on top of the
//! built-in glossary, instead of in its place (`--glossary`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `termlint check ARGS` on the story, as `rule found concept [suggestions]` per finding.
fn check(args: &[&str], dir: &Path) -> Vec<String> {
    let story = fixtures().join("extend/story.en.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args([
            "check",
            "--format",
            "json",
            "--lang",
            "en",
            "--date",
            "2024-01-01",
        ])
        .args(args)
        .arg(&story)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{out:?}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (report["findings"].as_array().unwrap().iter())
        .map(|f| {
            format!(
                "{} {} {} {}",
                f["rule"], f["found"], f["concept"], f["suggestions"]
            )
        })
        .collect()
}

const CLIENT_FINDINGS: [&str; 3] = [
    r#""forbidden" "ACME Holding" "acme_holdings" ["Acme Holdings"]"#,
    r#""forbidden" "Turkey" "house_turkiye" ["Türkiye"]"#,
    r#""forbidden" "Erdogen" "erdogan" ["Erdogan","Erdoğan","Recep Tayyip Erdogan"]"#,
];

#[test]
fn a_client_termbase_goes_on_top_of_the_built_in_glossary() {
    let client = fixtures().join("glossaries/client.tbx");
    let client = client.to_str().unwrap();
    // The client's term is found, the built-in Erdoğan still is, and the built-in concept
    // Turkey gives its English forms way to the client's house style.
    assert_eq!(
        check(&["--no-config", "--extend-glossary", client], &fixtures()),
        CLIENT_FINDINGS
    );
    // Without the client's termbase, Turkey is right and ACME Holding unknown.
    assert_eq!(
        check(&["--no-config"], &fixtures()),
        [r#""forbidden" "Erdogen" "erdogan" ["Erdogan","Erdoğan","Recep Tayyip Erdogan"]"#]
    );
    // `--glossary` still means "only these": the built-in glossary is not used.
    assert_eq!(
        check(&["--no-config", "--glossary", client], &fixtures()),
        CLIENT_FINDINGS[..2]
    );
}

#[test]
fn extend_glossaries_in_the_configuration_are_relative_to_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixtures().join("glossaries/client.tbx"),
        dir.path().join("client.tbx"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("termlint.toml"),
        "extend-glossaries = [\"client.tbx\"]\n",
    )
    .unwrap();
    assert_eq!(check(&[], dir.path()), CLIENT_FINDINGS);
}

#[test]
fn verbose_says_which_built_in_forms_gave_way() {
    let client = fixtures().join("glossaries/client.tbx");
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args([
            "check",
            "--no-config",
            "--verbose",
            "--ui-lang",
            "en",
            "--lang",
            "en",
        ])
        .args(["--extend-glossary", client.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .contains("note: 'Turkey' (en) no longer counts as concept 'turkey': the glossary at")
            && stderr.contains("client.tbx:21"),
        "{stderr}"
    );
}

#[test]
fn lookup_says_which_glossary_a_concept_came_from() {
    let client = fixtures().join("glossaries/client.tbx");
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["lookup", "--format", "json", "--extend-glossary"])
        .arg(&client)
        .arg("Turkey")
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &report["matches"][0];
    assert_eq!(first["concept"], "house_turkiye");
    assert!(
        first["source"].as_str().unwrap().contains("client.tbx"),
        "{first}"
    );
}
