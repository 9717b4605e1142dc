//! The command line's conventions, through the binary: the report alone on standard output,
//! errors and notes on standard error in every format, exit statuses that say what happened,
//! a closed pipe that ends quietly, and help that says it all.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn termlint(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_termlint"));
    if args.first() == Some(&"check") {
        cmd.arg("check").arg("--no-config").args(&args[1..]);
    } else {
        cmd.args(args);
    }
    for var in ["LANG", "LC_ALL", "LC_MESSAGES"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied())
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("termlint runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn an_unreadable_file_is_an_error_on_stderr_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["human", "json", "sarif", "github"] {
        let out = termlint(dir.path(), &["check", "--format", format, "gone.txt"], &[]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        let err = stderr(&out);
        assert!(
            err.contains("error: gone.txt: could not be read: no such file or directory"),
            "{format}: {err}"
        );
        // The report names the file only where its format has a place for it: a GitHub
        // annotation, a SARIF notification, the JSON `skipped` array; never the human notes.
        let report = stdout(&out);
        match format {
            "human" => assert!(!report.contains("gone.txt"), "{report}"),
            "github" => assert!(report.contains("::error file=gone.txt"), "{report}"),
            _ => {
                let v: serde_json::Value = serde_json::from_str(&report).expect("the report");
                assert!(v.to_string().contains("gone.txt"), "{format}: {report}");
            }
        }
    }
}

#[test]
fn a_named_file_in_no_known_language_fails_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("figures.txt"), "12 345 678\n").unwrap();
    let out = termlint(dir.path(), &["check", "figures.txt"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("error: figures.txt: not checked: its language is unknown (use --lang)"),
        "{err}"
    );
    assert!(err.contains("nothing was checked"), "{err}");
    // The summary counts the files checked, and says the named one was not.
    assert_eq!(
        stdout(&out).trim(),
        "no findings in 0 files; 1 file not checked"
    );
    // Found by a walk, the same file is a warning: the folder's other files are checked.
    std::fs::create_dir(dir.path().join("desk")).unwrap();
    std::fs::write(dir.path().join("desk/figures.txt"), "12 345 678\n").unwrap();
    std::fs::write(dir.path().join("desk/story.en.txt"), "Talks in Idlib.\n").unwrap();
    let out = termlint(dir.path(), &["check", "desk"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: desk/figures.txt: not checked"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_unreadable_file_is_counted_as_not_checked_and_blamed_by_name() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("story.en.txt"), "Talks in Idlib.\n").unwrap();
    let out = termlint(dir.path(), &["check", "story.en.txt", "gone.txt"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "no findings in 1 file; 1 file not checked"
    );
    let err = stderr(&out);
    assert!(err.contains("error: gone.txt: could not be read"), "{err}");
    assert!(!err.contains("nothing was checked"), "{err}");
    // Alone, it checks nothing; the warning does not blame a language nobody could read.
    let out = termlint(dir.path(), &["check", "gone.txt"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stdout(&out).trim(),
        "no findings in 0 files; 1 file not checked"
    );
    let err = stderr(&out);
    assert!(err.contains("warning: nothing was checked\n"), "{err}");
    assert!(!err.contains("known language"), "{err}");
}

#[test]
fn a_run_that_checks_nothing_says_so_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let out = termlint(dir.path(), &["check", "--format", "json", "empty"], &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("warning: nothing was checked"),
        "{}",
        stderr(&out)
    );
    serde_json::from_str::<serde_json::Value>(&stdout(&out)).expect("stdout is the report");
}

#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Erdogen met officials in Idleb. ".repeat(20_000);
    std::fs::write(dir.path().join("big.en.txt"), text).unwrap();
    // The status still says what was found: 1 for the check, 0 for the listings.
    for (args, status) in [
        (
            &["check", "--no-config", "--format", "json", "big.en.txt"][..],
            1,
        ),
        (&["rules"][..], 0),
        (&["man"][..], 0),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_termlint"))
            .args(args)
            .current_dir(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 10];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The reader is gone (`| head -c 10`).
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(status),
            "{args:?}: {}",
            stderr(&out)
        );
        assert_eq!(stderr(&out), "", "{args:?}");
    }
}

#[test]
fn a_full_disk_is_an_error_not_a_panic() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .arg("rules")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("error: cannot write to standard output"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn languages_without_messages_or_terms_are_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Idlib\n").unwrap();
    let out = termlint(
        dir.path(),
        &["check", "--ui-lang", "ja", "--lang", "en", "a.txt"],
        &[],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("warning: no messages in 'ja'"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("no findings in 1 file"),
        "English: {}",
        stdout(&out)
    );
    let out = termlint(dir.path(), &["check", "--lang", "ja", "a.txt"], &[]);
    assert!(
        stderr(&out).contains("warning: --lang 'ja': the glossary has no terms in this language"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_environment_picks_the_message_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Idlib\n").unwrap();
    let check = ["check", "--lang", "en", "a.txt"];
    let out = termlint(dir.path(), &check, &[("LANG", "ru_RU.UTF-8")]);
    assert_eq!(stdout(&out).trim(), "нет замечаний в 1 файле");
    // LC_ALL over LC_MESSAGES over LANG; C is English.
    let env = [("LANG", "ru_RU.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")];
    let out = termlint(dir.path(), &check, &env);
    assert!(!stdout(&out).contains("нет"), "{}", stdout(&out));
    let out = termlint(
        dir.path(),
        &check,
        &[("LC_ALL", "C"), ("LANG", "ru_RU.UTF-8")],
    );
    assert_eq!(stdout(&out).trim(), "no findings in 1 file");
    // --ui-lang over the environment, and no warning for a locale without messages.
    let out = termlint(
        dir.path(),
        &["check", "--ui-lang", "en", "--lang", "en", "a.txt"],
        &[("LANG", "ru_RU")],
    );
    assert_eq!(stdout(&out).trim(), "no findings in 1 file");
    let out = termlint(dir.path(), &check, &[("LANG", "ja_JP.UTF-8")]);
    assert_eq!(stdout(&out).trim(), "no findings in 1 file");
    assert_eq!(stderr(&out), "");
}

#[test]
fn a_missing_glossary_is_said_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = termlint(dir.path(), &["check", "-g", "nope.toml", "-"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: cannot read glossary nope.toml: no such file or directory\n"
    );
}

#[test]
fn rules_are_listed_in_aligned_columns_and_documented_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = termlint(dir.path(), &["rules"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let columns: Vec<usize> = text
        .lines()
        .map(|l| {
            // Where the second column (the severity) starts.
            let id_end = l.find(' ').unwrap();
            id_end + l[id_end..].find(|c: char| c != ' ').unwrap()
        })
        .collect();
    assert!(columns.len() >= 7, "{text}");
    assert!(
        columns.windows(2).all(|w| w[0] == w[1]),
        "severities are aligned: {text}"
    );
    let out = termlint(dir.path(), &["rule", "missing-translation"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("missing-translation (error): "), "{text}");
    assert!(text.contains("**What it checks.**"), "{text}");
    let out = termlint(dir.path(), &["rule", "missspelling"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown rule 'missspelling'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn help_states_the_exit_statuses_and_completions_and_a_man_page_are_generated() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["--help"][..], &["check", "--help"][..]] {
        let out = termlint(dir.path(), args, &[]);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(text.contains("Exit status:"), "{text}");
        assert!(
            text.contains("2  the run could not be done as asked"),
            "{text}"
        );
    }
    for shell in ["bash", "zsh", "fish"] {
        let out = termlint(dir.path(), &["completions", shell], &[]);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(
            text.contains("termlint") && text.contains("glossary"),
            "{shell}: {text}"
        );
    }
    let out = termlint(dir.path(), &["man"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains(".TH termlint 1"), "{text}");
}

#[test]
fn long_lines_are_cut_one_way_even_in_wide_characters() {
    let dir = tempfile::tempdir().unwrap();
    let line = format!("{} Erdogen {}\n", "漢字".repeat(150), "漢字".repeat(150));
    std::fs::write(dir.path().join("wide.txt"), line).unwrap();
    let out = termlint(dir.path(), &["check", "--lang", "en", "wide.txt"], &[]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let shown = text
        .lines()
        .find(|l| l.contains("Erdogen") && l.contains('|'))
        .unwrap();
    assert!(shown.contains('…') && !shown.contains("..."), "{shown}");
}

#[test]
fn explain_adds_the_checked_list_to_the_json_report_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("s.en.txt"), "The ceasefire in Idlib.\n").unwrap();
    std::fs::write(dir.path().join("s.de.txt"), "Die Waffenruhe hielt.\n").unwrap();
    let args = [
        "check", "--source", "s.en.txt", "--target", "s.de.txt", "--format", "json",
    ];
    let out = termlint(dir.path(), &args, &[]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(report.get("checked").is_none(), "{report}");
    let mut explained = args.to_vec();
    explained.push("--explain");
    let out = termlint(dir.path(), &explained, &[]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let checked = report["checked"].as_array().expect("a checked list");
    let rows: Vec<(String, String, bool)> = checked
        .iter()
        .flat_map(|c| {
            c["concepts"].as_array().unwrap().iter().map(move |k| {
                (
                    c["source"].as_str().unwrap().to_string(),
                    c["outcome"].as_str().unwrap().to_string(),
                    k["found"].as_bool().unwrap(),
                )
            })
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("ceasefire".to_string(), "translated".to_string(), true),
            ("Idlib".to_string(), "missing".to_string(), false)
        ]
    );
    assert_eq!(checked[1]["line"], 1);
    assert_eq!(checked[1]["start"], 17);
}
