//! `check --write-baseline FILE` and `--baseline FILE`: accepted findings stop failing the run,
//! new ones still do, lines may move, and a missing or broken baseline is an error.

use std::path::Path;
use std::process::{Command, Output};

const DRAFT: &str = "Talks began.\nPresident Erdogen met envoys in Astanna.\n";

fn termlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", "--no-config", "--lang", "en"])
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .output()
        .expect("termlint runs")
}

/// The `found` of every finding of a JSON report, in order.
fn found(out: &Output) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    (v["findings"].as_array().expect("findings").iter())
        .map(|f| f["found"].as_str().unwrap().to_string())
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A folder with the draft and its baseline written.
fn baselined() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), DRAFT).unwrap();
    let out = termlint(dir.path(), &["--write-baseline", "base.json", "a.txt"]);
    // Writing a baseline is not a failure, though the findings are reported.
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("wrote 2 findings to the baseline base.json"));
    let base: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("base.json")).unwrap()).unwrap();
    assert_eq!(base["version"], 1);
    assert_eq!(base["findings"].as_array().unwrap().len(), 2);
    dir
}

#[test]
fn findings_in_the_baseline_pass_and_new_ones_fail() {
    let dir = baselined();
    let base = ["--baseline", "base.json", "--format", "json", "a.txt"];
    let out = termlint(dir.path(), &base);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(found(&out).is_empty());
    assert!(stderr(&out).contains("2 findings in the baseline base.json not reported"));

    // Lines moved down and a new finding below: only the new one is reported, and fails.
    let moved = format!("A first line.\n\n{DRAFT}Then Idlbi fell.\n");
    std::fs::write(dir.path().join("a.txt"), moved).unwrap();
    let out = termlint(dir.path(), &base);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found(&out), ["Idlbi"]);

    // The words before one finding changed: it is a new finding; the other is not.
    let reworded = DRAFT.replace("President Erdogen", "Prime Minister Erdogen");
    std::fs::write(dir.path().join("a.txt"), reworded).unwrap();
    let out = termlint(dir.path(), &base);
    assert_eq!(found(&out), ["Erdogen"]);
}

#[test]
fn a_baseline_lets_through_as_many_findings_as_it_holds() {
    let dir = baselined();
    // The same sentence twice: two findings alike, one of them in the baseline.
    std::fs::write(dir.path().join("a.txt"), format!("{DRAFT}{DRAFT}")).unwrap();
    let out = termlint(
        dir.path(),
        &["--baseline", "base.json", "--format", "json", "a.txt"],
    );
    assert_eq!(found(&out), ["Erdogen", "Astanna"]);
}

#[test]
fn writing_again_replaces_the_baseline() {
    let dir = baselined();
    std::fs::write(dir.path().join("a.txt"), "Then Idlbi fell.\n").unwrap();
    let out = termlint(dir.path(), &["--write-baseline", "base.json", "a.txt"]);
    assert_eq!(out.status.code(), Some(0));
    let base = std::fs::read_to_string(dir.path().join("base.json")).unwrap();
    assert!(
        base.contains("Idlbi") && !base.contains("Erdogen"),
        "{base}"
    );
}

#[test]
fn a_missing_or_broken_baseline_is_an_error() {
    let dir = baselined();
    std::fs::write(dir.path().join("broken.json"), "{\"version\": 1, ").unwrap();
    std::fs::write(
        dir.path().join("v9.json"),
        "{\"version\": 9, \"findings\": []}",
    )
    .unwrap();
    for (file, says) in [
        ("none.json", "cannot read the baseline none.json"),
        ("broken.json", "broken.json is not a termlint baseline"),
        ("v9.json", "baseline version 9 is not supported"),
    ] {
        let out = termlint(dir.path(), &["--baseline", file, "a.txt"]);
        assert_eq!(out.status.code(), Some(2), "{file}");
        assert!(stderr(&out).contains(says), "{file}: {}", stderr(&out));
        assert!(
            out.stdout.is_empty(),
            "{file}: no report without its baseline"
        );
    }
    // One or the other.
    let out = termlint(
        dir.path(),
        &[
            "--baseline",
            "base.json",
            "--write-baseline",
            "b.json",
            "a.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
}
