//! Localization repositories: catalogs in the usual layouts are paired with the reference
//! locale's by message id, checked with the bilingual rules, and their key drift is noted.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

const MINI: &str = "tests/fixtures/glossary-news-mini.toml";
const REPO: &str = "tests/fixtures/l10n-repo";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn termlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("termlint runs")
}

/// `termlint check --no-config -g MINI --format json ARGS` in the crate's folder.
fn check(args: &[&str]) -> Value {
    let mini = root().join(MINI);
    let mut all = vec![
        "check",
        "--no-config",
        "-g",
        mini.to_str().unwrap(),
        "--format",
        "json",
    ];
    all.extend(args);
    json(&termlint(root(), &all))
}

/// A temporary project folder holding the fixture glossary as `g.toml`.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join(MINI), dir.path().join("g.toml")).unwrap();
    dir
}

/// Writes `text` to `name` under `dir`, creating its folders.
fn write_in(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn json(out: &Output) -> Value {
    let stdout = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{e}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)))
}

/// (path, rule, found, line, column, unit) of each finding, after checking that `found` is
/// the `start..end` slice of its file and `related` that of the reference.
fn findings(dir: &Path, report: &Value) -> Vec<(String, String, String, u64, u64, String)> {
    let slice = |path: &str, start: &Value, end: &Value| {
        let text = std::fs::read_to_string(dir.join(path)).unwrap();
        text[start.as_u64().unwrap() as usize..end.as_u64().unwrap() as usize].to_string()
    };
    (report["findings"].as_array().unwrap().iter())
        .map(|f| {
            let path = f["path"].as_str().unwrap().to_string();
            assert_eq!(
                slice(&path, &f["start"], &f["end"]),
                f["found"].as_str().unwrap()
            );
            if let Some(c) = f.get("counterpart") {
                let text = slice(c["path"].as_str().unwrap(), &c["start"], &c["end"]);
                assert_eq!(text, c["text"].as_str().unwrap());
            }
            (
                path.strip_prefix(REPO).unwrap_or(&path).to_string(),
                f["rule"].as_str().unwrap().to_string(),
                f["found"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["unit"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn row(
    path: &str,
    rule: &str,
    found: &str,
    line: u64,
    column: u64,
    unit: &str,
) -> (String, String, String, u64, u64, String) {
    (
        path.into(),
        rule.into(),
        found.into(),
        line,
        column,
        unit.into(),
    )
}

#[test]
fn a_repository_walk_pairs_each_locale_with_the_reference() {
    let r = check(&[REPO]);
    assert_eq!(
        findings(root(), &r),
        [
            // The French message keeps the English form of the name: left untranslated,
            // not misspelt.
            row(
                "/locales/fr/news.ftl",
                "untranslated",
                "Idlib",
                1,
                22,
                "headline"
            ),
            // A message the reference lacks is checked on its own.
            row(
                "/locales/fr/news.ftl",
                "untranslated",
                "Idlib",
                7,
                34,
                "extra"
            ),
            row(
                "/locales/ru/news.ftl",
                "wrong-translation",
                "Идлебе",
                1,
                18,
                "headline"
            ),
            // A term of the reference missing from the translation: on the target message.
            row(
                "/locales/ru/news.ftl",
                "missing-translation",
                "Зона возле Алеппо",
                2,
                8,
                "safe"
            ),
            row(
                "/public/locales/de/translation.json",
                "missing-translation",
                "Bombe in Aleppo",
                6,
                13,
                "alert"
            ),
        ]
    );
    // package.json is not a catalog: a walk leaves it.
    let files: Vec<&str> = (r["files"].as_array().unwrap().iter())
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(
        !files.iter().any(|f| f.ends_with("package.json")),
        "{files:?}"
    );
    assert_eq!(files.len(), 5, "{files:?}");
}

#[test]
fn findings_point_at_the_reference_and_key_drift_is_reported() {
    let r = check(&[REPO]);
    let missing = (r["findings"].as_array().unwrap().iter())
        .find(|f| f["rule"] == "missing-translation" && f["unit"] == "safe")
        .unwrap();
    let en = format!("{REPO}/locales/en/news.ftl");
    assert_eq!(missing["related"]["path"], en.as_str());
    let text = std::fs::read_to_string(root().join(&en)).unwrap();
    let (s, e) = (
        missing["related"]["start"].as_u64().unwrap() as usize,
        missing["related"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "safe zone");
    assert_eq!(missing["counterpart"]["text"], "A safe zone near Aleppo");
    assert_eq!(missing["counterpart"]["line"], 3);
    assert_eq!(missing["side"], "target");

    let file = |suffix: &str| {
        (r["files"].as_array().unwrap().iter())
            .find(|f| f["path"].as_str().unwrap().ends_with(suffix))
            .unwrap()
            .clone()
    };
    let fr = file("locales/fr/news.ftl");
    assert_eq!(fr["reference"]["path"], en.as_str());
    assert_eq!(fr["reference"]["lang"], "en");
    assert_eq!(fr["reference"]["unknown_ids"][0]["id"], "extra");
    assert_eq!(fr["reference"]["unknown_ids"][0]["line"], 7);
    assert_eq!(fr["reference"]["missing_ids"], serde_json::json!(["gone"]));
    let ru = file("locales/ru/news.ftl");
    assert_eq!(ru["reference"]["unknown_ids"], serde_json::json!([]));
    assert_eq!(ru["reference"]["missing_ids"], serde_json::json!([]));
    // The reference itself is checked alone.
    assert!(file("locales/en/news.ftl").get("reference").is_none());

    // People read the drift as notes.
    let mini = root().join(MINI);
    let out = termlint(
        root(),
        &["check", "--no-config", "-g", mini.to_str().unwrap(), REPO],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    for note in [
        format!("note: {REPO}/locales/fr/news.ftl:7:9: message `extra` is not in the reference {en}"),
        format!("note: {REPO}/locales/fr/news.ftl: 1 message of the reference {en} is missing here: `gone`"),
    ] {
        assert!(stderr.contains(&note), "{note}\n{stderr}");
    }
}

#[test]
fn a_translation_checked_alone_finds_its_reference_on_disk() {
    let ru = format!("{REPO}/locales/ru/news.ftl");
    let r = check(&[&ru]);
    let rules: Vec<String> = findings(root(), &r).into_iter().map(|f| f.1).collect();
    assert_eq!(rules, ["wrong-translation", "missing-translation"]);
    // The reference is not reported as checked, but its places are shown.
    assert_eq!(r["summary"]["files"], 1);
    assert_eq!(r["findings"][1]["related"]["line"], 3);
}

#[test]
fn a_project_names_its_reference_locale_and_its_own_layout() {
    let dir = project();
    let write = |name: &str, text: &str| write_in(dir.path(), name, text);
    write(
        "termlint.toml",
        "glossaries = [\"g.toml\"]\n[l10n]\nreference = \"de\"\npatterns = [\"strings/**/text-{locale}.ftl\"]\n",
    );
    write("strings/app/text-de.ftl", "alert = Autobombe in Idlib\n");
    write("strings/app/text-en.ftl", "alert = Bomb in Idlib\n");
    write("strings/app/text-fr.ftl", "alert = Une bombe à Idleb\n");
    let r = json(&termlint(dir.path(), &["check", "--format", "json", "."]));
    let found: Vec<_> = findings(dir.path(), &r)
        .into_iter()
        .map(|f| (f.0, f.1, f.2))
        .collect();
    // German is the reference: its car bomb is missing from the English (the glossary has no
    // French for it, so the French is not judged on it).
    assert_eq!(
        found,
        [(
            "./strings/app/text-en.ftl".to_string(),
            "missing-translation".to_string(),
            "Bomb in Idlib".to_string()
        )]
    );
    let refs: Vec<&Value> = (r["files"].as_array().unwrap().iter())
        .map(|f| &f["reference"]["path"])
        .collect();
    assert_eq!(
        refs,
        [
            &Value::Null,
            &Value::from("./strings/app/text-de.ftl"),
            &Value::from("./strings/app/text-de.ftl")
        ]
    );
}

#[test]
fn a_bad_l10n_setting_names_its_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("termlint.toml"),
        "[l10n]\npatterns = [\"locales/*.ftl\"]\n",
    )
    .unwrap();
    let out = termlint(dir.path(), &["check", "."]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("termlint.toml:2:13: pattern `locales/*.ftl` has no `{locale}`"),
        "{stderr}"
    );
}

#[test]
fn a_catalog_is_consistent_message_by_message() {
    let dir = project();
    let write = |name: &str, text: &str| write_in(dir.path(), name, text);
    write("termlint.toml", "glossaries = [\"g.toml\"]\n");
    // Two messages, each with its own form: a choice per place, not a mix.
    write(
        "locales/en/app.ftl",
        "short = Cease-fire\nlong = The ceasefire holds\nmixed = A ceasefire, then a ceasefire and a cease-fire\n",
    );
    // The same forms in a story are a mix.
    write(
        "story.en.md",
        "Cease-fire.\n\nThe ceasefire holds, and the ceasefire is welcome.\n",
    );
    let r = json(&termlint(dir.path(), &["check", "--format", "json", "."]));
    let found: Vec<_> = findings(dir.path(), &r)
        .into_iter()
        .filter(|f| f.1 == "inconsistent")
        .map(|f| (f.0, f.2, f.5))
        .collect();
    assert_eq!(
        found,
        [
            (
                "./locales/en/app.ftl".to_string(),
                "cease-fire".to_string(),
                "mixed".to_string()
            ),
            (
                "./story.en.md".to_string(),
                "Cease-fire".to_string(),
                String::new()
            ),
        ]
    );
}
