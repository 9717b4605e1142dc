//! `--format sarif` is valid SARIF 2.1.0: every report below is validated against the OASIS
//! JSON Schema (draft-07), vendored in tests/fixtures/sarif/ (see its NOTICE.md), offline.

use std::path::Path;
use std::process::{Command, Output, Stdio};

const SCHEMA: &str = "tests/fixtures/sarif/sarif-schema-2.1.0.json";

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(SCHEMA).unwrap();
    // Two patterns of the schema (the `language` of a run and of a tool component) have a `]`
    // that ECMA-262 reads as a literal and the crate's check of the schema refuses; escaped,
    // they mean the same. The file itself is kept as published.
    let odd = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
    assert_eq!(text.matches(odd).count(), 2);
    let text = text.replace(odd, r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$""#);
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::draft7::options()
        .offline()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

/// `termlint check --format sarif ARGS` in `dir`, with `stdin`.
fn sarif(dir: &Path, args: &[&str], stdin: &str) -> (Output, serde_json::Value) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", "--no-config", "--format", "sarif"])
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = stdin.to_string();
    let mut pipe = child.stdin.take().unwrap();
    std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    let log = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out, log)
}

fn assert_valid(v: &jsonschema::Validator, log: &serde_json::Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
    assert_uris(log, what);
}

/// Every `uri` of the log is a URI reference: no character that must be percent-encoded, and
/// an absolute one is a `file:///` URI.
fn assert_uris(value: &serde_json::Value, what: &str) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                if let (true, Some(uri)) = (key == "uri" || key == "helpUri", v.as_str()) {
                    let bad = uri
                        .chars()
                        .find(|c| !c.is_ascii_graphic() || "\"<>\\^`{|}".contains(*c));
                    assert!(bad.is_none(), "{what}: {uri} has {bad:?}");
                    if uri.contains("://") {
                        let ok = uri.starts_with("file:///") || uri.starts_with("https://");
                        assert!(ok, "{what}: {uri}");
                    }
                }
                assert_uris(v, what);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| assert_uris(v, what)),
        _ => {}
    }
}

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn sarif_reports_are_valid_sarif_2_1_0() {
    let v = validator();
    let root = manifest();
    let desk = [
        "--consistency",
        "run",
        "-g",
        "tests/fixtures/desk/glossary.toml",
        "tests/fixtures/desk/stories",
    ];
    let cases: Vec<(&str, Vec<&str>, &str)> = vec![
        // Findings with fixes and related locations.
        ("seed", vec!["examples/seed-syria-safe-zones.en.txt"], ""),
        ("desk", desk.to_vec(), ""),
        (
            "bilingual",
            vec!["tests/fixtures/bilingual/story.en-ru.xliff"],
            "",
        ),
        // Notifications: an unreadable path, standard input named as a file.
        ("missing", vec!["no/such file.md", "-"], "The USA said.\n"),
        (
            "stdin",
            vec!["--stdin-filename", "fr/a b.ftl"],
            "m = Erdogen\n",
        ),
        ("clean", vec!["--lang", "en", "-"], "Nothing to see.\n"),
    ];
    for (what, args, stdin) in cases {
        let (out, log) = sarif(root, &args, stdin);
        assert_valid(&v, &log, what);
        let run = &log["runs"][0];
        let invocation = &run["invocations"][0];
        assert_eq!(
            invocation["exitCode"].as_i64(),
            out.status.code().map(i64::from),
            "{what}"
        );
        assert_eq!(
            invocation["executionSuccessful"],
            out.status.code() != Some(2),
            "{what}"
        );
    }
}

#[test]
fn the_schema_check_can_fail() {
    let (_, mut log) = sarif(manifest(), &["--lang", "en", "-"], "The USA said.\n");
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator().is_valid(&log));
}

#[test]
fn uris_are_relative_to_srcroot_and_absolute_paths_are_file_uris() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("en").join("a story#1.md");
    std::fs::create_dir_all(story.parent().unwrap()).unwrap();
    std::fs::write(&story, "The USA said so.\n").unwrap();
    let abs = story.to_str().unwrap();
    let (out, log) = sarif(dir.path(), &["./en/a story#1.md", abs], "");
    assert_eq!(out.status.code(), Some(1));
    assert_valid(&validator(), &log, "uris");
    let run = &log["runs"][0];
    let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        base.starts_with("file:///") && base.ends_with('/'),
        "{base}"
    );
    let locations: Vec<&serde_json::Value> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["locations"][0]["physicalLocation"]["artifactLocation"])
        .collect();
    assert_eq!(locations.len(), 2);
    let relative = locations.iter().find(|l| l.get("uriBaseId").is_some());
    let relative = relative.expect("a relative location");
    assert_eq!(relative["uri"], "en/a%20story%231.md");
    assert_eq!(relative["uriBaseId"], "%SRCROOT%");
    let absolute = locations.iter().find(|l| l.get("uriBaseId").is_none());
    let uri = absolute.expect("an absolute location")["uri"]
        .as_str()
        .unwrap();
    assert!(
        uri.starts_with("file:///") && uri.ends_with("/en/a%20story%231.md"),
        "{uri}"
    );
    // Resolved against its base, the relative URI is the absolute one.
    if cfg!(unix) {
        let cwd = std::fs::canonicalize(dir.path()).unwrap();
        let same = std::fs::canonicalize(&story).unwrap();
        assert!(same.starts_with(&cwd));
        assert!(uri.ends_with("en/a%20story%231.md"));
    }
}

#[test]
fn fixes_and_help_uris() {
    let (out, log) = sarif(manifest(), &["--lang", "en", "-"], "The USA said.\n");
    assert_eq!(out.status.code(), Some(1));
    let run = &log["runs"][0];
    for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
        let id = rule["id"].as_str().unwrap();
        let uri = rule["helpUri"].as_str().unwrap();
        assert_eq!(
            uri,
            format!("{}/blob/main/README.md#{id}", env!("CARGO_PKG_REPOSITORY"))
        );
        // The README has the section the link points to.
        let readme = std::fs::read_to_string(manifest().join("README.md")).unwrap();
        assert!(
            readme.contains(&format!("\n### `{id}`\n")),
            "README.md has no section `### `{id}`` for the helpUri of {id}"
        );
    }
    let fix = &run["results"][0]["fixes"][0]["artifactChanges"][0];
    assert_eq!(fix["artifactLocation"]["uri"], "-");
    let replacement = &fix["replacements"][0];
    assert_eq!(replacement["insertedContent"]["text"], "US");
    assert_eq!(replacement["deletedRegion"]["startColumn"], 5);
    assert_eq!(replacement["deletedRegion"]["endColumn"], 8);
}
