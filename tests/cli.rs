//! Snapshot tests of the `termlint` binary's real output, through CONTRACT.md's command line.

use std::path::Path;
use std::process::{Command, Output};

const FIXTURE_GLOSSARY: &str = "tests/fixtures/glossary-news-mini.toml";
const SEED: &str = "examples/seed-syria-safe-zones.en.txt";

fn termlint(args: &[&str]) -> Output {
    termlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, None)
}

fn termlint_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_termlint"));
    cmd.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("termlint runs");
    let input = stdin.unwrap_or("").to_string();
    let mut pipe = child.stdin.take().unwrap();
    std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    child.wait_with_output().unwrap()
}

/// `termlint check` of the Markdown draft with the fixture glossary, in `format`.
fn check_draft(format: &str) -> Output {
    termlint(&[
        "check",
        "-g",
        FIXTURE_GLOSSARY,
        "--lang",
        "en",
        "--format",
        format,
        "tests/cmd/draft.md",
    ])
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn seed_article_reports_its_real_problems_and_nothing_else() {
    let out = termlint(&["check", "--format", "json", SEED]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let text = std::fs::read_to_string(SEED).unwrap();
    let found: Vec<(String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let (s, e) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
            assert_eq!(&text[s as usize..e as usize], f["found"].as_str().unwrap());
            (
                f["rule"].as_str().unwrap().to_string(),
                f["found"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        ("forbidden", "safe-zones"),
        ("inconsistent", "Tayyip Erdogan"),
        ("forbidden", "USA"),
        ("inconsistent", "Russian Federation"),
        ("inconsistent", "cease-fire"),
        ("inconsistent", "Russian Federation"),
        ("forbidden", "USA"),
        ("forbidden", "auto bomb"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(r, f)| (r.to_string(), f.to_string()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn seed_article_human_output() {
    let out = termlint(&["check", SEED]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn markdown_draft_human_output() {
    let out = check_draft("human");
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn markdown_draft_json_output() {
    let out = check_draft("json");
    assert_eq!(out.status.code(), Some(1));
    let json = stdout(&out);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let found: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["found"].as_str().unwrap())
        .collect();
    // Code spans, fenced code and link targets are not checked; the all-caps heading is not
    // a case error.
    assert_eq!(
        found,
        [
            "Erdogen",
            "Astanna",
            "Idlbi",
            "auto bomb",
            "idlib",
            "cease-fire"
        ]
    );
    insta::assert_snapshot!(json);
}

#[test]
fn github_and_sarif_outputs() {
    let out = check_draft("github");
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("github", stdout(&out));
    let out = check_draft("sarif");
    let sarif: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 6);
}

#[test]
fn standard_input_and_language_from_the_option() {
    let out = termlint_in(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &[
            "check",
            "-g",
            FIXTURE_GLOSSARY,
            "--lang",
            "en",
            "--format",
            "json",
            "-",
        ],
        Some("Talks in Astanna.\n"),
    );
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let f = &report["findings"][0];
    assert_eq!(f["path"], "-");
    assert_eq!(f["found"], "Astanna");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(1), Some(10))
    );
    assert_eq!(f["suggestions"][0], "Astana");
    assert_eq!(
        f["message"],
        "'Astanna' looks like a misspelling of 'Astana'"
    );
}

#[test]
fn a_malformed_glossary_is_exit_2_with_file_line_column() {
    let out = termlint(&[
        "check",
        "-g",
        "tests/cmd/bad-status.toml",
        "--lang",
        "en",
        "tests/cmd/stdin.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&out));
}

#[test]
fn clean_input_is_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("story.en.txt"),
        "Talks in Astana on the ceasefire.\n",
    )
    .unwrap();
    let out = termlint_in(dir.path(), &["check", "--format", "json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["summary"]["files"], 1);
    assert_eq!(report["summary"]["findings"], 0);
    assert_eq!(report["files"][0]["lang"], "en");
    assert_eq!(report["files"][0]["lang_source"], "file-name");
}

#[test]
fn binary_files_are_skipped_with_a_note_and_missing_files_fail() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), b"\x00\x01\x02binary").unwrap();
    let out = termlint_in(dir.path(), &["check", "--lang", "en", "a.txt"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("a.txt"), "{}", stderr(&out));
    let out = termlint_in(dir.path(), &["check", "--lang", "en", "missing.txt"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn config_sets_severities_and_init_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let out = termlint_in(dir.path(), &["init"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = std::fs::read_to_string(dir.path().join("termlint.toml")).unwrap();
    assert!(written.contains("[rules]"));
    let again = termlint_in(dir.path(), &["init"], None);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("termlint.toml")).unwrap(),
        written
    );

    std::fs::write(
        dir.path().join("termlint.toml"),
        "lang = \"en\"\n[rules]\nmisspelling = \"off\"\nforbidden = \"warning\"\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("d.txt"), "A auto bomb in Astanna.\n").unwrap();
    let out = termlint_in(dir.path(), &["check", "--format", "json", "d.txt"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["summary"]["findings"], 1);
    assert_eq!(report["findings"][0]["severity"], "warning");

    std::fs::write(
        dir.path().join("termlint.toml"),
        "[rules]\nmisspeling = \"off\"\n",
    )
    .unwrap();
    let out = termlint_in(dir.path(), &["check", "d.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("termlint.toml:2:1"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_independent_tbx_termbase_on_an_xliff_file_json() {
    // en-US terms against en-US source text, a compound (Absturzbericht), a word in two
    // concepts (report, noun and verb), a forbidden target form and a unit not translated yet
    // (reported, though German writes its term as English does: an empty target is no pass).
    let out = termlint(&[
        "check",
        "--format",
        "json",
        "-g",
        "tests/fixtures/bilingual/acceptance/app-terms.tbx",
        "tests/fixtures/bilingual/acceptance/app.de.xlf",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn the_seed_article_in_xliff_human_output() {
    let out = termlint(&[
        "check",
        "examples/bilingual/seed-syria-safe-zones.en-ru.xliff",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn aligned_text_reports_each_side_in_its_own_file() {
    let out = termlint(&[
        "check",
        "--format",
        "json",
        "--source",
        "examples/bilingual/ntrex-excerpt.en.txt",
        "--target",
        "examples/bilingual/ntrex-excerpt.ru.txt",
    ]);
    insta::assert_snapshot!(stdout(&out));
    // Misaligned files are an error naming both.
    let dir = std::env::temp_dir().join(format!("termlint-aligned-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.en.txt"), "Idlib\nAleppo\n").unwrap();
    std::fs::write(dir.join("a.ru.txt"), "Идлиб\n").unwrap();
    let out = termlint_in(
        &dir,
        &["check", "--source", "a.en.txt", "--target", "a.ru.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not aligned with a.en.txt: 1 lines against 2")
            || stdout(&out).contains("not aligned with a.en.txt: 1 lines against 2"),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
