//! Inline suppressions through the `termlint` binary: `termlint: ignore[...]`, `off` and
//! `on` in each format's comments, and unused ones reported.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

const MINI: &str = "tests/fixtures/glossary-news-mini.toml";

fn check(dir: &Path, args: &[&str]) -> Output {
    let mini = Path::new(env!("CARGO_MANIFEST_DIR")).join(MINI);
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", "--no-config", "-g", mini.to_str().unwrap()])
        .args(["--format", "json"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("termlint runs")
}

/// (rule, found, line) of each finding of a run.
fn found(out: &Output) -> Vec<(String, String, u64)> {
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    });
    (report["findings"].as_array().unwrap().iter())
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["found"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn row(rule: &str, found: &str, line: u64) -> (String, String, u64) {
    (rule.into(), found.into(), line)
}

fn file(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn markdown_comments_suppress_a_line_a_block_or_one_rule() {
    let dir = tempfile::tempdir().unwrap();
    file(
        dir.path(),
        "story.md",
        "In idlib today. <!-- termlint: ignore[case] -->\n\n\
         <!-- termlint: ignore -->\nThe auto bomb in idlib.\n\n\
         <!-- termlint: ignore[forbidden] -->\nAn auto bomb in idlib.\n\n\
         <!-- termlint: off -->\nidlib, auto bomb.\n<!-- termlint: on -->\n\n\
         Still idlib.\n",
    );
    let out = check(dir.path(), &["--lang", "en", "story.md"]);
    assert_eq!(
        found(&out),
        [
            // Only `forbidden` was suppressed on that line.
            row("case", "idlib", 7),
            row("case", "idlib", 13),
        ]
    );
}

#[test]
fn unused_and_misspelt_suppressions_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    file(
        dir.path(),
        "story.md",
        "<!-- termlint: ignore[case] -->\nAll fine.\n\n\
         <!-- termlint: ignore[misspeling] -->\nErdoghan spoke.\n",
    );
    let out = check(dir.path(), &["--lang", "en", "story.md"]);
    assert_eq!(
        found(&out),
        [
            row("unused-suppression", "termlint: ignore[case]", 1),
            row("unused-suppression", "termlint: ignore[misspeling]", 4),
            row("forbidden", "Erdoghan", 5),
        ]
    );
    // A warning: the run does not fail on it alone, and it can be turned off.
    let dir2 = tempfile::tempdir().unwrap();
    file(
        dir2.path(),
        "a.md",
        "<!-- termlint: ignore -->\nAll fine.\n",
    );
    let out = check(dir2.path(), &["--lang", "en", "a.md"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        found(&out),
        [row("unused-suppression", "termlint: ignore", 1)]
    );
}

#[test]
fn catalog_and_bilingual_comments_suppress_their_message_or_unit() {
    let dir = tempfile::tempdir().unwrap();
    file(
        dir.path(),
        "en/news.ftl",
        "a = In idlib\n# termlint: ignore[case]\nb = In idlib\n    .title = idlib\nc = In idlib\n",
    );
    file(
        dir.path(),
        "fr.po",
        "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\n\
         # termlint: ignore\nmsgid \"Fighting in Idlib\"\nmsgstr \"Combats à Idlib\"\n\n\
         msgid \"Aleppo and Idlib\"\nmsgstr \"Alep et Idlib\"\n",
    );
    file(
        dir.path(),
        "fr.xlf",
        r#"<?xml version="1.0"?>
<xliff version="1.2"><file source-language="en" target-language="fr" datatype="plaintext" original="x"><body>
<trans-unit id="1"><source>Fighting in Idlib</source><target>Combats à Idlib</target><note>termlint: ignore[untranslated]</note></trans-unit>
<trans-unit id="2"><source>Near Idlib</source><target>Près d'Idlib</target></trans-unit>
</body></file></xliff>
"#,
    );
    let out = check(dir.path(), &["."]);
    let got: Vec<(String, u64)> = found(&out)
        .into_iter()
        .map(|(rule, _, line)| (rule, line))
        .collect();
    assert_eq!(
        got,
        [
            // en/news.ftl: `b` and its attribute are suppressed, `a` and `c` are not.
            ("case".to_string(), 1),
            ("case".to_string(), 5),
            // fr.po: the second entry only (the English `Idlib` left where French writes
            // `Idleb`).
            ("untranslated".to_string(), 10),
            // fr.xlf: the second unit only.
            ("untranslated".to_string(), 4),
        ]
    );
}
