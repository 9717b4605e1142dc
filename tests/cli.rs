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

/// The standard output of `termlint ARGS`, which finds something (exit 1).
fn finds(args: &[&str]) -> String {
    let out = termlint(args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    stdout(&out)
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
    insta::assert_snapshot!(finds(&[
        "check",
        "--format",
        "json",
        "-g",
        "tests/fixtures/bilingual/acceptance/app-terms.tbx",
        "tests/fixtures/bilingual/acceptance/app.de.xlf",
    ]));
}

#[test]
fn the_seed_article_in_xliff_human_output() {
    insta::assert_snapshot!(finds(&[
        "check",
        "examples/bilingual/seed-syria-safe-zones.en-ru.xliff",
    ]));
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

const DESK_GLOSSARY: &str = "tests/fixtures/desk/glossary.toml";
const STORIES: &str = "tests/fixtures/desk/stories";

/// `termlint check --format json` of the desk fixtures with `extra` options.
fn check_desk(extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["check", "-g", DESK_GLOSSARY, "--format", "json"];
    args.extend_from_slice(extra);
    let out = termlint(&args);
    assert!(out.status.code() != Some(2), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

/// `(rule, path, found, message, related path:line)` of each finding.
fn desk_findings(report: &serde_json::Value) -> Vec<(String, String, String, String, String)> {
    let s = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    (report["findings"].as_array().unwrap().iter())
        .map(|f| {
            let related = &f["related"];
            let at = if related.is_null() {
                String::new()
            } else {
                format!("{}:{}", s(&related["path"]), related["line"])
            };
            (
                s(&f["rule"]),
                s(&f["path"]),
                s(&f["found"]),
                s(&f["message"]),
                at,
            )
        })
        .collect()
}

#[test]
fn issue_14_consistency_across_a_desk_points_at_the_majority_form_in_another_file() {
    let report = check_desk(&["--consistency", "run", STORIES]);
    let d = "tests/fixtures/desk/stories/d-envoy.en.txt";
    let a = "tests/fixtures/desk/stories/a-talks.en.txt";
    assert_eq!(
        desk_findings(&report),
        [
            (
                "inconsistent".into(),
                d.into(),
                "Türkiye".into(),
                format!(
                    "'Türkiye' and 'Turkey' are both used for one concept in the files checked; \
                     'Turkey' is used in 2 files, as at {a}:1"
                ),
                format!("{a}:1"),
            ),
            (
                "inconsistent".into(),
                d.into(),
                "Erdoğan".into(),
                format!(
                    "'Erdoğan' and 'Erdogan' are both used for one concept in the files checked; \
                     'Erdogan' is used in 2 files, as at {a}:2"
                ),
                format!("{a}:2"),
            ),
        ]
    );
    assert_eq!(report["findings"][0]["suggestions"][0], "Turkey");
    // Each file alone, the default, has nothing to say.
    assert_eq!(desk_findings(&check_desk(&[STORIES])), []);
    assert_eq!(
        desk_findings(&check_desk(&["--consistency", "file", STORIES])),
        []
    );
}

#[test]
fn issue_14_consistency_across_a_desk_does_not_depend_on_threads_or_file_order() {
    let files: Vec<String> = ["e-visit", "d-envoy", "c-weather", "b-border", "a-talks"]
        .iter()
        .map(|f| format!("{STORIES}/{f}.en.txt"))
        .collect();
    let mut reversed: Vec<&str> = vec!["--consistency", "run", "--threads", "1"];
    reversed.extend(files.iter().map(String::as_str));
    let one = check_desk(&reversed);
    let all = check_desk(&["--consistency", "run", "--threads", "2", STORIES]);
    assert_eq!(one["findings"], all["findings"]);
    assert_eq!(desk_findings(&one).len(), 2);
}

#[test]
fn issue_14_consistency_run_from_the_config_file_and_bad_values() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for f in ["a-talks", "d-envoy"] {
        let name = format!("{f}.en.txt");
        std::fs::copy(root.join(STORIES).join(&name), dir.path().join(&name)).unwrap();
    }
    std::fs::copy(root.join(DESK_GLOSSARY), dir.path().join("g.toml")).unwrap();
    std::fs::write(
        dir.path().join("termlint.toml"),
        "glossaries = [\"g.toml\"]\nconsistency = \"run\"\n",
    )
    .unwrap();
    let out = termlint_in(dir.path(), &["check", "--format", "json"], None);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let found: Vec<String> = desk_findings(&report).into_iter().map(|f| f.2).collect();
    // One file each: a tie, won by the preferred form, then by the first file.
    assert_eq!(found, ["Türkiye", "Erdoğan"], "{}", stderr(&out));
    // The option wins over the file.
    let out = termlint_in(
        dir.path(),
        &["check", "--format", "json", "--consistency", "file"],
        None,
    );
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["summary"]["findings"], 0);
    // Bad values: the option and the file.
    let out = termlint_in(dir.path(), &["check", "--consistency", "desk"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("possible values: file, run"),
        "{}",
        stderr(&out)
    );
    let out = termlint_in(dir.path(), &["check", "--side", "left"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("possible values: both, source, target"),
        "{}",
        stderr(&out)
    );
    std::fs::write(dir.path().join("termlint.toml"), "consistency = \"all\"\n").unwrap();
    let out = termlint_in(dir.path(), &["check"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("termlint.toml:1:15: unknown consistency `all`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn issue_14_translations_of_one_source_form_across_the_files_of_a_run() {
    let files = [
        "tests/fixtures/desk/xliff/story1.en-de.xlf",
        "tests/fixtures/desk/xliff/story2.en-de.xlf",
        "tests/fixtures/desk/xliff/story3.en-de.xlf",
    ];
    let mut args = vec!["--consistency", "run"];
    args.extend(files);
    let report = check_desk(&args);
    let found: Vec<_> = desk_findings(&report)
        .into_iter()
        .map(|(rule, path, found, _, at)| (rule, path, found, at))
        .collect();
    assert_eq!(
        found,
        [(
            "inconsistent".to_string(),
            files[1].to_string(),
            "Feuerpause".to_string(),
            format!("{}:7", files[0])
        )]
    );
    assert_eq!(report["findings"][0]["side"], "target");
    // The SARIF report points at the other file.
    let mut sarif = vec!["check", "-g", DESK_GLOSSARY, "--format", "sarif"];
    sarif.extend(args.iter().copied());
    let out = termlint(&sarif);
    let sarif: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let related = &sarif["runs"][0]["results"][0]["relatedLocations"][0]["physicalLocation"];
    assert_eq!(
        related["artifactLocation"]["uri"],
        "tests/fixtures/desk/xliff/story1.en-de.xlf"
    );
    assert_eq!(related["region"]["startLine"], 7);
    assert_eq!(check_desk(&files)["summary"]["findings"], 0);
}

#[test]
fn issue_14_consistency_across_a_desk_human_and_github_output() {
    let out = termlint(&[
        "check",
        "-g",
        DESK_GLOSSARY,
        "--consistency",
        "run",
        STORIES,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!(stdout(&out));
    let out = termlint(&[
        "check",
        "-g",
        DESK_GLOSSARY,
        "--consistency",
        "run",
        "--format",
        "github",
        STORIES,
    ]);
    insta::assert_snapshot!("desk_github", stdout(&out));
}

#[test]
fn issue_14_the_human_report_of_an_xliff_file_shows_source_target_and_unit() {
    insta::assert_snapshot!(finds(&[
        "check",
        "-g",
        DESK_GLOSSARY,
        "tests/fixtures/desk/xliff/review.en-de.xlf",
    ]));
}

#[test]
fn issue_14_the_human_report_of_aligned_text_shows_the_other_file() {
    insta::assert_snapshot!(finds(&[
        "check",
        "-g",
        DESK_GLOSSARY,
        "--source",
        "tests/fixtures/desk/aligned/story.en.txt",
        "--target",
        "tests/fixtures/desk/aligned/story.de.txt",
    ]));
}

/// `(rule, path, side)` of each finding with `--side side` (none for both).
fn sided(side: Option<&str>, files: &[&str]) -> Vec<(String, String, String)> {
    let mut args: Vec<&str> = Vec::new();
    if let Some(side) = side {
        args.extend(["--side", side]);
    }
    args.extend(files);
    let report = check_desk(&args);
    (report["findings"].as_array().unwrap().iter())
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or("-").to_string();
            (s("rule"), s("path"), s("side"))
        })
        .collect()
}

#[test]
fn issue_14_side_keeps_the_findings_of_one_side_of_bilingual_input() {
    let xliff = ["tests/fixtures/desk/xliff/review.en-de.xlf"];
    let both = sided(None, &xliff);
    let source = sided(Some("source"), &xliff);
    let target = sided(Some("target"), &xliff);
    assert_eq!(sided(Some("both"), &xliff), both);
    assert!(!source.is_empty() && !target.is_empty(), "{both:?}");
    assert!(source.iter().all(|(_, _, s)| s == "source"), "{source:?}");
    assert!(target.iter().all(|(_, _, s)| s == "target"), "{target:?}");
    assert_eq!(source.len() + target.len(), both.len());
    // A translation finding is about the target, wherever it points.
    assert!(
        target.iter().any(|(r, _, _)| r == "missing-translation"),
        "{target:?}"
    );
    assert!(
        source.iter().all(|(r, _, _)| r == "forbidden"),
        "{source:?}"
    );

    // Aligned text: each side is its own file.
    let aligned = [
        "--source",
        "tests/fixtures/desk/aligned/story.en.txt",
        "--target",
        "tests/fixtures/desk/aligned/story.de.txt",
    ];
    let source = sided(Some("source"), &aligned);
    assert!(!source.is_empty());
    assert!(
        source
            .iter()
            .all(|(_, p, s)| p.ends_with("story.en.txt") && s == "source"),
        "{source:?}"
    );
    let target = sided(Some("target"), &aligned);
    assert!(target.iter().all(|(_, _, s)| s == "target"), "{target:?}");

    // A monolingual file is never filtered.
    let all = check_desk(&["--side", "source", "--consistency", "run", STORIES]);
    assert_eq!(all["summary"]["findings"], 2);
}

#[test]
fn localization_catalogs_fluent_and_json_human_output() {
    // Message ids, keys, comments and placeables are never reported; each finding names its
    // message id or key path.
    insta::assert_snapshot!(finds(&[
        "check",
        "--no-config",
        "-g",
        FIXTURE_GLOSSARY,
        "tests/fixtures/catalogs/en/news.ftl",
        "tests/fixtures/catalogs/en/news.json",
    ]));
}
