//! The findings never depend on the number of threads: files are checked side by side, and a
//! long file is matched in pieces cut where no match can span; the output must be byte for byte
//! the one of a single thread.

use std::path::Path;
use std::process::Command;

use termlint::formats::Format;
use termlint::glossary::Glossary;
use termlint::matcher::{MatchOptions, Matcher};

/// News prose with the terms of the fixture glossary and the built-in one: names of several
/// words, some of them cut by a line break or misspelt, so that pieces cut at the wrong place
/// would lose or change a finding.
fn draft() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut text = std::fs::read_to_string(root.join("examples/seed-syria-safe-zones.en.txt"))
        .expect("the seed article");
    for name in [
        "en_khan_sheikhoun.txt",
        "en_astana_talks.txt",
        "en_car_bomb_azaz.txt",
        "en_iran_delegation.txt",
    ] {
        text.push_str(&std::fs::read_to_string(root.join("tests/eval/drafts").join(name)).unwrap());
    }
    text.push_str(
        "Recep Tayyip\nErdogan met Recep Tayyip Erdogen in Khan\nSheikhun. An auto\nbomb hit \
         the safe-zones near the United\nStates base; the USA said the cease-fire held.\n",
    );
    text
}

/// `draft()` repeated to about `bytes`, each copy on lines of its own.
fn long_draft(bytes: usize) -> String {
    let one = draft();
    let mut out = String::with_capacity(bytes + one.len());
    while out.len() < bytes {
        out.push_str(&one);
        out.push('\n');
    }
    out
}

#[test]
fn the_report_is_the_same_whatever_the_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    // One long file (cut in pieces with several threads) and a few short ones.
    std::fs::write(dir.path().join("long.txt"), long_draft(1_200_000)).unwrap();
    for i in 0..5 {
        std::fs::write(dir.path().join(format!("short{i}.txt")), draft()).unwrap();
    }
    let glossary =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/glossary-news-mini.toml");
    let run = |threads: &str, glossary: Option<&Path>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_termlint"));
        cmd.current_dir(dir.path())
            .args(["check", "--no-config", "--lang", "en", "--format", "json"])
            .args(["--threads", threads]);
        if let Some(g) = glossary {
            cmd.arg("-g").arg(g);
        }
        let out = cmd.arg(".").output().expect("termlint runs");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    for g in [None, Some(glossary.as_path())] {
        let one = run("1", g);
        let report: serde_json::Value = serde_json::from_str(&one).unwrap();
        let findings = report["findings"].as_array().unwrap();
        assert!(findings.len() > 500, "{} findings", findings.len());
        assert!(
            findings
                .iter()
                .any(|f| f["rule"] == "misspelling" && f["found"].as_str().unwrap().contains('\n')),
            "a near miss of two words across a line break is among the findings"
        );
        for threads in ["2", "3"] {
            assert!(
                run(threads, g) == one,
                "--threads {threads} changed the report"
            );
        }
    }
}

#[test]
fn matching_in_small_pieces_finds_what_matching_the_whole_finds() {
    let text = long_draft(40_000);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let fixture = Glossary::load(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/glossary-news-mini.toml"
    )))
    .unwrap();
    for glossary in [Glossary::builtin(), fixture] {
        let doc = Format::Plain
            .read("draft.txt", text.clone())
            .expect("plain text always reads");
        let whole = Matcher::new(
            &glossary,
            MatchOptions {
                chunk_bytes: usize::MAX / 4,
                ..MatchOptions::default()
            },
        );
        let want = whole.find(&glossary, &doc.segments[0], "en");
        assert!(want.len() > 100);
        for chunk_bytes in [1, 7, 64, 1000] {
            let pieces = Matcher::new(
                &glossary,
                MatchOptions {
                    chunk_bytes,
                    ..MatchOptions::default()
                },
            );
            let got = pool.install(|| pieces.find(&glossary, &doc.segments[0], "en"));
            assert!(
                got == want,
                "pieces of {chunk_bytes} bytes changed the hits"
            );
        }
    }
}
