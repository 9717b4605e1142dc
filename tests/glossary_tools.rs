//! `termlint glossary lint` and `termlint glossary stats` (issue 13), through the binary.

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

const PROBLEMS: &str = "tests/fixtures/glossaries/lint-problems.toml";

#[test]
fn the_built_in_glossary_lints_clean() {
    let out = termlint(&["glossary", "lint"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("no problems in "), "{stdout}");
}

#[test]
fn each_problem_is_reported_at_its_place_and_errors_fail_the_run() {
    let out = termlint(&["glossary", "lint", "-g", PROBLEMS]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    let ids: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.split_once('[').and_then(|(_, r)| r.split_once(']')))
        .map(|(id, _)| id)
        .collect();
    assert_eq!(
        ids,
        [
            "forbidden-and-approved",
            "same-form-twice",
            "periods-overlap",
            "ordinary-word",
            "example-fails",
            "missing-language",
        ],
        "{stdout}"
    );
    assert!(
        lines[0].starts_with(&format!("{PROBLEMS}:14:")),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("error[forbidden-and-approved] chicken-kiev: 'Kiev' (en)"));
    assert!(lines[3].contains("warning[ordinary-word] bush: 'bush' (en)"));
    assert!(
        lines[4]
            .contains("the example 'Bush spoke in Kiev.' should draw misspelling and draws none"),
        "{}",
        lines[4]
    );
    assert!(lines[5].contains("homs: no term in de"));
    assert_eq!(lines[6], "4 errors, 2 warnings in 6 concepts");
}

#[test]
fn lint_in_json_and_in_the_user_s_language() {
    let out = termlint(&["glossary", "lint", "-g", PROBLEMS, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["summary"]["errors"], 4);
    assert_eq!(json["summary"]["warnings"], 2);
    let first = &json["lints"][0];
    assert_eq!(first["id"], "forbidden-and-approved");
    assert_eq!(first["level"], "error");
    assert_eq!(first["concept"], "chicken-kiev");
    assert_eq!(first["line"], 14);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_termlint"));
    let out = cmd
        .args(["glossary", "lint", "-g", PROBLEMS])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "de_DE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("Fehler[same-form-twice] mosul: „Mossul“ steht zweimal für en"),
        "{stdout}"
    );
}

#[test]
fn stats_count_concepts_per_kind_and_terms_per_language() {
    let out = termlint(&["glossary", "stats", "-g", PROBLEMS, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["concepts"], 6);
    assert_eq!(json["kinds"]["place"], 4);
    assert_eq!(json["languages"]["de"]["concepts"], 5);
    assert_eq!(json["languages"]["en"]["forbidden"], 1);
    let human = termlint(&["glossary", "stats", "-g", PROBLEMS]);
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.starts_with("6 concepts\n"), "{text}");
    assert!(
        text.contains("\n  de                  5 (83%)          5 "),
        "{text}"
    );
}

#[test]
fn an_unreadable_glossary_is_an_error() {
    let out = termlint(&["glossary", "lint", "-g", "no/such.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such.toml"));
}
