//! Hostile and broken input, second round (issue 12), through the `termlint` binary: memory of
//! the bilingual readers, silent passes, unreadable inputs in every report, output errors,
//! Turkish capitals, absurd options, SARIF URIs and what messages quote.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const MINI: &str = "tests/fixtures/glossary-news-mini.toml";

fn mini() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(MINI)
        .to_string_lossy()
        .into_owned()
}

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_termlint"));
    cmd.env("NO_COLOR", "1").stdin(Stdio::null());
    cmd
}

/// `termlint ARGS` in `dir`; `check` runs without any termlint.toml.
fn termlint(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = bin();
    if args.first() == Some(&"check") {
        cmd.arg("check").arg("--no-config").args(&args[1..]);
    } else {
        cmd.args(args);
    }
    cmd.current_dir(dir).output().expect("termlint runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> Value {
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// (rule, found) of each finding of a JSON report.
fn rules_found(report: &Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["found"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// 1. Memory linear in the size of a unit, in every bilingual format.

/// Runs `cmd` and returns its peak resident memory in bytes (`wait4`'s `ru_maxrss`, the child's
/// own, whatever the other tests run at the same time).
#[allow(clippy::zombie_processes)] // `wait4` reaps the child.
fn peak_memory(mut cmd: Command) -> u64 {
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("termlint runs");
    let mut status = 0;
    // SAFETY: `rusage` is plain data, zeroed is a valid value; `wait4` writes into both
    // out-parameters and reaps the child, which `child` (dropped without `wait`) never does.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as libc::pid_t, "wait4 failed");
    // A finding at error level is status 1; anything else (2, a signal) is a failed run.
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) <= 1,
        "status {status}"
    );
    usage.ru_maxrss as u64 * 1024
}

/// One file (or pair of files, aligned text) whose single unit repeats `Idlib USA ` `n` times in
/// its id (where the format has one), source and target; returns the command that checks it
/// and the bytes written.
/// An XLIFF 1.2 file, en to ru, of one unit (its markup as given).
fn xliff_unit(id: &str, source: &str, target: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file source-language=\"en\" \
         target-language=\"ru\" datatype=\"plaintext\" original=\"a\"><body>\
         <trans-unit id=\"{id}\"><source>{source}</source><target>{target}</target>\
         </trans-unit></body></file></xliff>\n"
    )
}

fn one_long_unit(dir: &Path, format: &str, n: usize) -> (Command, u64) {
    let text = "Idlib USA ".repeat(n);
    let text = text.trim_end();
    let mut cmd = bin();
    cmd.current_dir(dir)
        .args(["check", "--no-config", "--format", "json", "-g"])
        .arg(mini());
    let mut size = 0;
    let mut put = |name: &str, content: String| {
        size += content.len() as u64;
        write(dir, name, content)
    };
    match format {
        "po" => {
            let po = format!(
                "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\n\
                 msgctxt \"{text}\"\nmsgid \"{text}\"\nmsgid_plural \"{text}\"\n\
                 msgstr[0] \"{text}\"\nmsgstr[1] \"{text}\"\n"
            );
            cmd.arg(put("long.po", po));
        }
        "xliff" => {
            cmd.arg(put("long.xlf", xliff_unit(text, text, text)));
        }
        "tmx" => {
            let tmx = format!(
                "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\" \
                 datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" creationtool=\"t\" \
                 creationtoolversion=\"1\" o-tmf=\"t\"/><body><tu tuid=\"{text}\">\
                 <tuv xml:lang=\"en\"><seg>{text}</seg></tuv>\
                 <tuv xml:lang=\"ru\"><seg>{text}</seg></tuv></tu></body></tmx>\n"
            );
            cmd.arg(put("long.tmx", tmx));
        }
        "aligned" => {
            let src = put("long.en.txt", format!("{text}\n"));
            let tgt = put("long.ru.txt", format!("{text}\n"));
            cmd.arg("--source").arg(src).arg("--target").arg(tgt);
        }
        _ => unreachable!(),
    }
    (cmd, size)
}

#[test]
fn issue_12_memory_is_linear_in_the_length_of_a_unit_in_every_bilingual_format() {
    for format in ["po", "xliff", "tmx", "aligned"] {
        let dir = tempfile::tempdir().unwrap();
        let (cmd, _) = one_long_unit(dir.path(), format, 1);
        let base = peak_memory(cmd);
        // 500 and 2,000 uses of two terms: 5 KB and 20 KB units. Copying the unit into
        // every hit (the bug) took 100 MB or more at 20 KB, 16 times as much at 4 times the size.
        let (cmd, small_size) = one_long_unit(dir.path(), format, 500);
        let small = peak_memory(cmd).saturating_sub(base);
        let (cmd, large_size) = one_long_unit(dir.path(), format, 2_000);
        let large = peak_memory(cmd).saturating_sub(base);
        eprintln!(
            "{format}: base {} KB, +{} KB for {small_size} bytes, +{} KB for {large_size} bytes",
            base / 1024,
            small / 1024,
            large / 1024
        );
        // The README promises about 10 times a file's size: allow 40 (a debug build), plus a
        // few MB of allocator noise; and four times the input no more than 6 times the memory.
        assert!(
            large < 40 * large_size + (8 << 20),
            "{format}: {large} bytes above the base for {large_size} bytes of input"
        );
        assert!(
            large < 6 * small + (8 << 20),
            "{format}: {small} then {large} bytes above the base: not linear"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Output errors never panic.

/// A pipe whose reading end is already closed: writing to it fails with EPIPE.
fn closed_pipe() -> Stdio {
    use std::os::fd::FromRawFd;
    let mut fds = [0; 2];
    // SAFETY: `pipe` fills both descriptors; the reading end is closed at once and the writing
    // end handed to the child, owned by the `Stdio` from now on.
    unsafe {
        assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
        libc::close(fds[0]);
        Stdio::from(std::os::fd::OwnedFd::from_raw_fd(fds[1]))
    }
}

fn run_with_stdout(dir: &Path, args: &[&str], out: Stdio) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .stdout(out)
        .output()
        .expect("termlint runs")
}

#[test]
fn issue_12_a_closed_or_full_standard_output_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let draft = write(
        dir.path(),
        "draft.en.txt",
        "Turkey and the USA.\n".repeat(2000),
    );
    let draft = draft.to_str().unwrap();
    let g = mini();
    let cases: Vec<(Vec<&str>, i32)> = vec![
        (vec!["rules"], 0),
        (vec!["--help"], 0),
        (vec!["check", "--help"], 0),
        (vec!["--version"], 0),
        (vec!["check", "--no-config", "-g", &g, draft], 1),
        (
            vec!["check", "--no-config", "--format", "json", "-g", &g, draft],
            1,
        ),
        (
            vec!["check", "--no-config", "--format", "sarif", "-g", &g, draft],
            1,
        ),
        (
            vec![
                "check",
                "--no-config",
                "--format",
                "github",
                "-g",
                &g,
                draft,
            ],
            1,
        ),
    ];
    for (args, status) in &cases {
        let _ = std::fs::remove_file(dir.path().join("a.toml"));
        let o = run_with_stdout(dir.path(), args, closed_pipe());
        assert!(!stderr(&o).contains("panicked"), "{args:?}: {}", stderr(&o));
        assert_eq!(o.status.code(), Some(*status), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).is_empty(), "{args:?}: {}", stderr(&o));

        let _ = std::fs::remove_file(dir.path().join("a.toml"));
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = run_with_stdout(dir.path(), args, Stdio::from(full));
        assert!(!stderr(&o).contains("panicked"), "{args:?}: {}", stderr(&o));
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("error: "), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("os error 28"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
    // `init` writes no report: its note is on standard error, so a full standard output
    // cannot fail it once the file is written.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = run_with_stdout(dir.path(), &["init", "a.toml"], Stdio::from(full));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "wrote a.toml\n");
    assert!(std::fs::read_to_string(dir.path().join("a.toml"))
        .unwrap()
        .contains("[rules]"));
}

// ---------------------------------------------------------------------------------------------
// 2. Silent passes.

/// A glossary where `USA` and `U.K.` are forbidden.
const COUNTRIES: &str = r#"
[[concept]]
id = "united_states"
kind = "place"
[concept.en]
preferred = "United States"
admitted = [{ term = "US", type = "abbreviation" }]
forbidden = [{ term = "USA", use = "US" }]

[[concept]]
id = "united_kingdom"
kind = "place"
[concept.en]
preferred = "Britain"
admitted = [{ term = "UK", type = "abbreviation" }]
forbidden = [{ term = "U.K.", use = "UK" }]

[[concept]]
id = "turkey"
kind = "place"
en = "Turkey"

[[concept]]
id = "russia"
kind = "place"
en = "Russia"
"#;

#[test]
fn issue_12_a_forbidden_acronym_after_a_capitalised_word_is_reported_unless_in_a_name() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "g.toml", COUNTRIES);
    let flagged = [
        ("Officials from Turkey, USA and Russia met.", "USA"),
        ("He met Erdogan, USA officials said.", "USA"),
        ("He flew to Paris U.K. on Monday.", "U.K."),
        ("Talks between Turkey USA and Russia.", "USA"),
        ("(Reuters) Talks in Ankara; USA officials came.", "USA"),
        ("Turkey and the USA met.", "USA"),
    ];
    for (text, found) in flagged {
        write(dir.path(), "d.en.txt", text);
        let o = termlint(
            dir.path(),
            &["check", "--format", "json", "-g", "g.toml", "d.en.txt"],
        );
        assert_eq!(o.status.code(), Some(1), "{text}: {}", stderr(&o));
        assert_eq!(
            rules_found(&json(&o)),
            [("forbidden".to_string(), found.to_string())],
            "{text}"
        );
    }
    for text in [
        "They beat Team USA again.",
        "Cecil of Priorities USA spoke.",
        "A rally of Turning Point USA began.",
        "He read USA Today.",
    ] {
        write(dir.path(), "d.en.txt", text);
        let o = termlint(
            dir.path(),
            &["check", "--format", "json", "-g", "g.toml", "d.en.txt"],
        );
        assert_eq!(o.status.code(), Some(0), "{text}: {}", stdout(&o));
    }
}

#[test]
fn issue_12_a_csv_glossary_with_an_unterminated_quote_is_an_error_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.en.txt", "Talks in Idlib.\n");
    for (csv, at) in [
        ("id,en\nidlib,\"Idlib\nastana,Astana\nx,y\n", "g.csv:2:7"),
        ("id,en\nidlib,Idlib\nastana,\"Astana\"\"\n", "g.csv:3:8"),
        ("\"id,en\nidlib,Idlib\n", "g.csv:1:1"),
    ] {
        write(dir.path(), "g.csv", csv);
        let o = termlint(dir.path(), &["check", "-g", "g.csv", "d.en.txt"]);
        assert_eq!(o.status.code(), Some(2), "{csv:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(at), "{csv:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("never closed"), "{}", stderr(&o));
    }
    // Quotes that close, doubled quotes inside, and quotes inside an unquoted cell still read.
    write(
        dir.path(),
        "g.csv",
        "id,en,note\nidlib,\"Idlib\",\"a \"\"city\"\"\nin Syria\"\nastana,Astana,it's 5\" long\n",
    );
    let o = termlint(dir.path(), &["check", "-g", "g.csv", "d.en.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

// ---------------------------------------------------------------------------------------------
// 8. What messages quote of a file that is not a glossary.

#[test]
fn issue_12_errors_quote_no_more_than_a_short_excerpt_of_a_cell() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.en.txt", "Talks in Idlib.\n");
    let secret = "ghp_Zq8Xv2Lm9Kd4Rt7Yw1Np3Bs6Hf0Jc5Ge8Ua";
    for text in [
        format!("{secret}\n"),
        format!("{secret},other\nx,y\n"),
        format!("id,lang,term,status\nx,{secret},Idlib,preferred\n"),
        format!("id,lang,term,status\nx,en,Idlib,{secret}\n"),
        format!("id,en\n{secret},Idlib\n"),
    ] {
        write(dir.path(), "secrets.csv", &text);
        write(
            dir.path(),
            "termlint.toml",
            "glossaries = [\"secrets.csv\"]\n",
        );
        let o = bin()
            .current_dir(dir.path())
            .args(["check", "d.en.txt"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("secrets.csv:"), "{err}");
        // At most a few characters of the cell, marked as cut.
        assert!(!err.contains(&secret[..10]), "{err}");
        assert!(err.contains('…'), "{err}");
    }
}

// ---------------------------------------------------------------------------------------------
// 9. Messages that say things once.

#[test]
fn issue_12_io_errors_are_said_once() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.en.txt", "Talks in Idlib.\n");
    std::fs::create_dir(dir.path().join("g.toml")).unwrap();
    std::fs::create_dir(dir.path().join("c.toml")).unwrap();
    for args in [
        vec!["check", "-g", "g.toml", "d.en.txt"],
        vec!["check", "-g", "missing.csv", "d.en.txt"],
    ] {
        let o = termlint(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o).to_lowercase();
        let reasons = err.matches("is a directory").count() + err.matches("no such file").count();
        assert_eq!(reasons, 1, "{err}");
        assert!(err.matches("os error").count() <= 1, "{err}");
    }
    let o = bin()
        .current_dir(dir.path())
        .args(["check", "--config", "c.toml", "d.en.txt"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o).matches("os error").count(), 1, "{}", stderr(&o));
}

#[test]
fn issue_12_a_tmx_without_srclang_is_checked_in_the_languages_given() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "m.tmx",
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header datatype=\"plaintext\" \
         segtype=\"sentence\" adminlang=\"en\" creationtool=\"t\" creationtoolversion=\"1\" \
         o-tmf=\"t\"/><body>\n<tu tuid=\"1\"><tuv xml:lang=\"ru\"><seg>Переговоры в Идлебе.</seg>\
         </tuv><tuv xml:lang=\"en\"><seg>Talks in Idlib.</seg></tuv></tu>\n</body></tmx>\n",
    );
    let g = mini();
    let o = termlint(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "-g",
            &g,
            "--source-lang",
            "en",
            "--target-lang",
            "ru",
            "m.tmx",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let report = json(&o);
    assert_eq!(
        rules_found(&report),
        [("wrong-translation".to_string(), "Идлебе".to_string())]
    );
    assert_eq!(report["files"][0]["lang"], "ru");
    // Without them, the error names the options that tell a bilingual file's languages.
    let o = termlint(dir.path(), &["check", "-g", &g, "m.tmx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "m.tmx: not checked: its languages are unknown (use --source-lang and --target-lang)"
        ),
        "{}",
        stderr(&o)
    );
}

/// 11,000 globs that `globset` cannot compile as one matcher (its automaton is capped at
/// 10 MiB), then `sub/`.
fn many_globs() -> Vec<String> {
    let mut globs: Vec<String> = (0..11_000).map(|i| format!("**/*d{i}*/**")).collect();
    globs.push("sub/".to_string());
    globs
}

#[test]
fn issue_12_a_gitignore_of_many_globs_is_still_respected() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("top/sub")).unwrap();
    write(dir.path(), "top/a.en.txt", "Talks in Idlib.\n");
    write(
        dir.path(),
        "top/sub/b.en.txt",
        "Talks with USA officials.\n",
    );
    write(dir.path(), "top/.gitignore", many_globs().join("\n") + "\n");
    let g = mini();
    let o = termlint(dir.path(), &["check", "--format", "json", "-g", &g, "top"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert_eq!(json(&o)["summary"]["files"], 1);
}

#[test]
fn issue_12_a_config_ignore_list_of_many_globs_is_still_respected() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("top/sub")).unwrap();
    write(dir.path(), "top/a.en.txt", "Talks in Idlib.\n");
    write(
        dir.path(),
        "top/sub/b.en.txt",
        "Talks with USA officials.\n",
    );
    let list: Vec<String> = many_globs().iter().map(|g| format!("{g:?}")).collect();
    write(
        dir.path(),
        "termlint.toml",
        format!(
            "glossaries = [{:?}]\nignore = [{}]\n",
            mini(),
            list.join(", ")
        ),
    );
    let o = bin()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "top"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert_eq!(json(&o)["summary"]["files"], 1);
}

#[test]
fn issue_12_a_form_approved_in_one_glossary_and_forbidden_in_another_does_not_depend_on_order() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.toml",
        "[[concept]]\nid = \"kyiv\"\nkind = \"place\"\nen = { preferred = \"Kyiv\", forbidden = [\"Kiev\"] }\n",
    );
    write(
        dir.path(),
        "b.toml",
        "[[concept]]\nid = \"chicken_kiev\"\nkind = \"term\"\nen = { preferred = \"Kiev\" }\n",
    );
    write(dir.path(), "d.en.txt", "Talks in Kiev went on.\n");
    let run = |first: &str, second: &str| {
        termlint(
            dir.path(),
            &[
                "check", "--format", "json", "-g", first, "-g", second, "d.en.txt",
            ],
        )
    };
    let (ab, ba) = (run("a.toml", "b.toml"), run("b.toml", "a.toml"));
    assert_eq!(stdout(&ab), stdout(&ba));
    assert_eq!(ab.status.code(), ba.status.code());
    assert_eq!(ab.status.code(), Some(1), "{}", stdout(&ab));
    assert_eq!(
        rules_found(&json(&ab)),
        [("forbidden".to_string(), "Kiev".to_string())]
    );
    for o in [&ab, &ba] {
        let err = stderr(o);
        assert!(err.starts_with("warning: "), "{err}");
        for part in ["'Kiev'", "chicken_kiev", "b.toml:", "'kyiv'", "a.toml:"] {
            assert!(err.contains(part), "{part}: {err}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Unreadable inputs in every report.

#[test]
fn issue_12_unreadable_inputs_are_named_in_github_and_sarif_reports() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.en.txt", "Talks in Idlib.\n");
    std::os::unix::fs::symlink("nowhere", dir.path().join("dangling.en.txt")).unwrap();
    let g = mini();
    let args = |format: &'static str| {
        vec![
            "check".to_string(),
            "--format".into(),
            format.into(),
            "-g".into(),
            g.clone(),
            "ok.en.txt".into(),
            "dangling.en.txt".into(),
            "missing, 50%.txt".into(),
        ]
    };
    let run = |format| {
        let a = args(format);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        termlint(dir.path(), &a)
    };

    let o = run("github");
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(
        out.lines()
            .any(|l| l.starts_with("::error file=dangling.en.txt")
                && l.contains("could not be read")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("::error file=missing%2C 50%25.txt")),
        "{out}"
    );

    let o = run("sarif");
    assert_eq!(o.status.code(), Some(2));
    let sarif = json(&o);
    let invocation = &sarif["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false, "{sarif}");
    let notes = invocation["toolExecutionNotifications"].as_array().unwrap();
    let uris: Vec<(&str, &str)> = notes
        .iter()
        .map(|n| {
            (
                n["level"].as_str().unwrap(),
                n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap(),
            )
        })
        .collect();
    assert_eq!(
        uris,
        [
            ("error", "dangling.en.txt"),
            ("error", "missing%2C%2050%25.txt")
        ]
    );
    assert!(notes[0]["message"]["text"]
        .as_str()
        .unwrap()
        .contains("dangling.en.txt"));
}

// ---------------------------------------------------------------------------------------------
// 7. SARIF URIs decode back to the path.

fn percent_decode(uri: &str) -> Vec<u8> {
    let b = uri.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            out.push(u8::from_str_radix(&uri[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn issue_12_sarif_uris_percent_encode_what_is_not_a_path_character() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "a\\b.en.txt",
        "a b.en.txt",
        "100%.en.txt",
        "c#1.en.txt",
        "what?.en.txt",
        "Şırnak é 東京.en.txt",
    ];
    for name in names {
        write(dir.path(), name, "Talks with USA officials.\n");
    }
    let g = mini();
    let mut args = vec!["check", "--format", "sarif", "-g", &g];
    args.extend(names);
    let o = termlint(dir.path(), &args);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let sarif = json(&o);
    let mut uris: Vec<String> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    uris.sort();
    let mut decoded: Vec<String> = uris
        .iter()
        .map(|u| String::from_utf8(percent_decode(u)).unwrap())
        .collect();
    decoded.sort();
    let mut expected: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    expected.sort();
    assert_eq!(decoded, expected);
    for uri in &uris {
        assert!(
            uri.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b)),
            "{uri}"
        );
    }
    assert!(uris.contains(&"a%5Cb.en.txt".to_string()), "{uris:?}");
}

// ---------------------------------------------------------------------------------------------
// 6. Absurd thread counts.

#[test]
fn issue_12_ten_thousand_threads_on_a_tiny_file_take_no_longer_than_one() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.en.txt", "Talks with USA men.");
    let g = mini();
    let start = std::time::Instant::now();
    let many = termlint(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--threads",
            "10000",
            "-g",
            &g,
            "d.en.txt",
        ],
    );
    let took = start.elapsed();
    let one = termlint(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--threads",
            "1",
            "-g",
            &g,
            "d.en.txt",
        ],
    );
    assert_eq!(many.status.code(), Some(1), "{}", stderr(&many));
    assert_eq!(stdout(&many), stdout(&one));
    assert!(took < std::time::Duration::from_secs(5), "{took:?}");
}

// ---------------------------------------------------------------------------------------------
// 5. Turkish capitals; a suggestion is never the text flagged, nor flagged itself.

/// (rule, found, suggestions) of each finding of `text` (built-in glossary) in `lang`.
fn findings_in(dir: &Path, lang: &str, text: &str) -> Vec<(String, String, Vec<String>, usize)> {
    let name = format!("d.{lang}.txt");
    write(dir, &name, text);
    let o = termlint(dir, &["check", "--format", "json", &name]);
    assert!(o.status.code().is_some_and(|c| c <= 1), "{}", stderr(&o));
    json(&o)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["found"].as_str().unwrap().to_string(),
                f["suggestions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_string())
                    .collect(),
                f["start"].as_u64().unwrap() as usize,
            )
        })
        .collect()
}

#[test]
fn issue_12_turkish_capitals_are_folded_and_suggested_the_turkish_way() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Capitals written the Turkish way are the names themselves.
    assert_eq!(
        findings_in(d, "tr", "İDLİB'DE ÇATIŞMA. RECEP TAYYİP ERDOĞAN KONUŞTU.\n"),
        []
    );
    let f = findings_in(d, "tr", "Suriye'nin IDLIB kentinde çatışma.\n");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        (f[0].1.as_str(), f[0].2.clone()),
        ("IDLIB", vec!["İDLİB".to_string()])
    );
    let f = findings_in(d, "tr", "İDLIB kentinde RECEP TAYYIP ERDOĞAN konuştu.\n");
    let pairs: Vec<(&str, &str)> = f
        .iter()
        .map(|(_, found, s, _)| (found.as_str(), s[0].as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("İDLIB", "İDLİB"),
            ("RECEP TAYYIP ERDOĞAN", "RECEP TAYYİP ERDOĞAN")
        ]
    );
}

#[test]
fn issue_12_a_suggestion_is_never_the_text_flagged_nor_flagged_itself() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let samples = [
        ("tr", "IDLIB, İDLIB ve İdlıb. RECEP TAYYIP ERDOGAN ile ERDOGAN'IN sözleri. ASTANA, NUR-SULTAN.\n"),
        ("tr", "Erdogan'ın Idlib ziyareti; idlib ve istanbul.\n"),
        ("en", "ERDOGEN AND IDLEB. Erdogen met the USA envoy in idlib. SAFE-ZONES IN SYRIA.\n"),
        ("ru", "ЭРДОГАН И ИДЛЕБ. Эрдоган в Идлебе, ердоган.\n"),
        ("de", "ERDOGAN IN IDLEB. Erdogan besuchte Idleb.\n"),
    ];
    for (lang, text) in samples {
        let before = findings_in(d, lang, text);
        // Each finding fixed with its first suggestion, one file each, checked in one run.
        let mut fixed = Vec::new();
        for (i, (rule, found, suggestions, start)) in before.iter().enumerate() {
            assert!(
                !suggestions.iter().any(|s| s == found),
                "{lang}: {rule} '{found}' suggests itself: {suggestions:?}"
            );
            let Some(first) = suggestions.first() else {
                continue;
            };
            let name = format!("fixed{i}.{lang}.txt");
            let text = format!("{}{first}{}", &text[..*start], &text[start + found.len()..]);
            write(d, &name, text);
            fixed.push((name, *start, found.clone(), first.clone()));
        }
        let mut args = vec!["check", "--format", "json"];
        args.extend(fixed.iter().map(|(n, ..)| n.as_str()));
        let o = termlint(d, &args);
        let report = json(&o);
        for (name, start, found, first) in &fixed {
            let again: Vec<&Value> = report["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| {
                    f["path"] == name.as_str()
                        && f["start"] == *start as u64
                        && f["rule"] != "inconsistent"
                })
                .collect();
            assert!(
                again.is_empty(),
                "{lang}: '{found}' -> '{first}' is flagged in turn: {again:?}"
            );
        }
        for (name, ..) in &fixed {
            std::fs::remove_file(d.join(name)).unwrap();
        }
    }
}

#[test]
fn issue_12_time_is_linear_in_the_length_of_a_unit() {
    let dir = tempfile::tempdir().unwrap();
    let g = mini();
    let time = |n: usize| {
        let source = "Idlib ".repeat(n);
        write(dir.path(), "long.xlf", xliff_unit("u1", &source, "Идлиб"));
        let start = std::time::Instant::now();
        let o = termlint(
            dir.path(),
            &[
                "check",
                "--format",
                "sarif",
                "--threads",
                "1",
                "-g",
                &g,
                "long.xlf",
            ],
        );
        assert!(o.status.code().is_some_and(|c| c <= 1), "{}", stderr(&o));
        start.elapsed()
    };
    // Four times the uses: four times the time, not sixteen (every source use once looked
    // at every other to know whether it was inside a longer name).
    assert_linear(time, 5_000);
}

/// Runs `time` on a warm-up size, then on `n` and four times `n`: four times the input must
/// take less than nine times as long (quadratic work takes sixteen). A complexity guard, not a
/// timed test: a ratio within one run, with a floor under the small time.
fn assert_linear(mut time: impl FnMut(usize) -> std::time::Duration, n: usize) {
    time(n / 20);
    let small = time(n);
    let large = time(4 * n);
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(0.05);
    assert!(ratio < 9.0, "{small:?} then {large:?} ({ratio:.1}x)");
}

#[test]
fn issue_12_time_is_linear_in_the_markup_inside_a_term() {
    // A placeholder inside a full name (`Recep <ph>...</ph>Tayyip Erdogan`) puts the
    // placeholder's content inside the name's range in the file. The names nested in the full
    // one (`Tayyip Erdogan`, `Erdogan`) were looked for in every run of its words: cubic in
    // the markup's words (found by the XLIFF fuzzer, 7 s for 1,000 words, minutes for 4,000).
    let dir = tempfile::tempdir().unwrap();
    let time = |n: usize| {
        let code = vec!["code"; n].join(" ");
        write(
            dir.path(),
            "ph.xlf",
            xliff_unit(
                "u1",
                &format!("Recep <ph id=\"1\">{code}</ph>Tayyip Erdogan visited Idlib."),
                &format!("Реджеп <ph id=\"1\">{code}</ph>Тайип Эрдоган посетил Идлиб."),
            ),
        );
        let start = std::time::Instant::now();
        let o = termlint(
            dir.path(),
            &["check", "--format", "json", "--threads", "1", "ph.xlf"],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(
            json(&o)["findings"],
            serde_json::json!([]),
            "{}",
            stdout(&o)
        );
        start.elapsed()
    };
    assert_linear(time, 200);
}

#[test]
fn issue_12_files_not_checked_for_want_of_a_language_are_named_in_github_and_sarif() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "notes.txt", "12345 67890\n");
    let g = mini();
    let o = termlint(
        dir.path(),
        &["check", "--format", "github", "-g", &g, "notes.txt"],
    );
    assert!(
        stdout(&o).starts_with("::warning file=notes.txt,") && stdout(&o).contains("not checked"),
        "{}",
        stdout(&o)
    );
    let o = termlint(
        dir.path(),
        &["check", "--format", "sarif", "-g", &g, "notes.txt"],
    );
    let sarif = json(&o);
    let note = &sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "warning", "{sarif}");
    assert_eq!(
        note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "notes.txt"
    );
}
