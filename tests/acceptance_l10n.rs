//! Acceptance of issue 15 as a new user checks it: a localization repository of its own
//! (`tests/fixtures/acceptance-l10n`: Fluent in five locales, i18next JSON and Android
//! resources in four, a TBX-Basic termbase) with planted term and placeholder errors listed in
//! its `expected.tsv`, checked with `termlint check . --glossary glossary.tbx --format json`.
//!
//! A finding is reduced to (file, unit, rule family): `term` for every glossary rule, else the
//! rule itself. A planted error is found when a finding has its key; a finding key no planted
//! error has is a false alarm. `scripts/l10n-acceptance.py` prints the same numbers with every
//! false alarm and miss.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const TERM_RULES: &[&str] = &[
    "forbidden",
    "misspelling",
    "case",
    "inconsistent",
    "missing-translation",
    "wrong-translation",
    "untranslated",
];

type Key = (String, String, String);

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/acceptance-l10n")
}

fn family(rule: &str) -> String {
    if TERM_RULES.contains(&rule) {
        "term".to_string()
    } else {
        rule.to_string()
    }
}

/// The planted errors of `expected.tsv`, by key, with their rows.
fn expected() -> BTreeMap<Key, Vec<String>> {
    let text = std::fs::read_to_string(repo().join("expected.tsv")).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    assert_eq!(header, ["file", "unit", "rule", "wrong", "note"]);
    let mut out = BTreeMap::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let cols: Vec<String> = line.split('\t').map(str::to_string).collect();
        assert_eq!(cols.len(), 5, "{line}");
        let key = (cols[0].clone(), cols[1].clone(), family(&cols[2]));
        assert!(out.insert(key, cols).is_none(), "twice: {line}");
    }
    out
}

/// The keys of the findings of a run in the repository, each with its rules and messages.
fn found() -> BTreeMap<Key, Vec<String>> {
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", ".", "--no-config", "--glossary", "glossary.tbx"])
        .args(["--format", "json"])
        .current_dir(repo())
        .env("NO_COLOR", "1")
        .output()
        .expect("termlint runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut keys: BTreeMap<Key, Vec<String>> = BTreeMap::new();
    for f in report["findings"].as_array().unwrap() {
        let path = f["path"].as_str().unwrap().replace('\\', "/");
        let path = path.trim_start_matches("./").to_string();
        let unit = f["unit"].as_str().unwrap_or("").to_string();
        let rule = f["rule"].as_str().unwrap();
        let line = format!("{rule}: {}", f["message"].as_str().unwrap());
        keys.entry((path, unit, family(rule)))
            .or_default()
            .push(line);
    }
    keys
}

struct Score {
    precision: f64,
    recall: f64,
    report: String,
}

fn score() -> Score {
    let expected = expected();
    let found = found();
    let hits = found.keys().filter(|k| expected.contains_key(*k)).count();
    let alarms: BTreeSet<&Key> = found
        .keys()
        .filter(|k| !expected.contains_key(*k))
        .collect();
    let misses: BTreeSet<&Key> = expected
        .keys()
        .filter(|k| !found.contains_key(*k))
        .collect();
    let mut report = format!("{hits} of {} planted errors found\n", expected.len());
    for k in &alarms {
        report += &format!("false alarm {k:?}: {:?}\n", found[*k]);
    }
    for k in &misses {
        report += &format!("miss {k:?}: {:?}\n", expected[*k]);
    }
    Score {
        precision: hits as f64 / found.len().max(1) as f64,
        recall: hits as f64 / expected.len().max(1) as f64,
        report,
    }
}

#[test]
fn the_planted_errors_are_found_and_few_others() {
    let s = score();
    println!(
        "precision {:.3}, recall {:.3}\n{}",
        s.precision, s.recall, s.report
    );
    // Measured 1.000 (40/40) and 1.000: Fluent variants pair by key, a German `one` may
    // spell out its count, and a catalog's messages are each consistent on their own (`Abo`
    // in one, `Abonnement` in another). Kept from falling below what is measured; the
    // issue's bar is the test below.
    assert!(s.recall >= 0.95, "recall {:.3}\n{}", s.recall, s.report);
    assert!(
        s.precision >= 0.999,
        "precision {:.3}\n{}",
        s.precision,
        s.report
    );
}

#[test]
fn issue_15_acceptance_bar() {
    let s = score();
    assert!(s.recall >= 0.8, "recall {:.3}\n{}", s.recall, s.report);
    assert!(
        s.precision >= 0.9,
        "precision {:.3}\n{}",
        s.precision,
        s.report
    );
}

#[test]
fn every_planted_error_is_in_a_file_at_a_message_it_has() {
    for (file, unit, _) in expected().keys() {
        let text =
            std::fs::read_to_string(repo().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let last = unit.rsplit('.').next().unwrap();
        assert!(text.contains(last), "{file} has no {unit}");
    }
}
