//! Localization catalogs through the `termlint` binary: Fluent (`.ftl`), JSON (`.json`), YAML
//! (`.yml`), Java `.properties` and Flutter `.arb`
//! files are read as catalogs, not prose. Their texts are checked, each finding at its exact
//! line and column with the message id (Fluent) or key path (JSON) as unit; message ids, keys,
//! comments, placeables and interpolations never are.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

const MINI: &str = "tests/fixtures/glossary-news-mini.toml";
const FTL: &str = "tests/fixtures/catalogs/en/news.ftl";
const JSON: &str = "tests/fixtures/catalogs/en/news.json";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `termlint check --no-config -g MINI --format json ARGS` in the crate's folder.
fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", "--no-config", "-g", MINI, "--format", "json"])
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("termlint runs")
}

/// The JSON report of a check that finds something (exit 1).
fn findings_report(args: &[&str]) -> Value {
    let out = check(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    report(&out)
}

fn report(out: &Output) -> Value {
    let stdout = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

/// (path, rule, found, line, column, unit) of each finding, after checking that `found` is
/// the file's `start..end` slice.
fn findings(report: &Value) -> Vec<(String, String, String, u64, u64, String)> {
    (report["findings"].as_array().unwrap().iter())
        .map(|f| {
            let path = f["path"].as_str().unwrap().to_string();
            let text = std::fs::read_to_string(root().join(&path)).unwrap();
            let (s, e) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
            assert_eq!(&text[s as usize..e as usize], f["found"].as_str().unwrap());
            (
                path,
                f["rule"].as_str().unwrap().to_string(),
                f["found"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["unit"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

type Expected<'a> = [(&'a str, &'a str, u64, u64, &'a str)];

fn assert_findings(report: &Value, path: &str, expected: &Expected) {
    let got: Vec<_> = (findings(report).into_iter())
        .filter(|f| f.0 == path)
        .map(|(_, rule, found, line, col, unit)| (rule, found, line, col, unit))
        .collect();
    let expected: Vec<_> = (expected.iter())
        .map(|&(rule, found, line, col, unit)| {
            (rule.into(), found.into(), line, col, unit.to_string())
        })
        .collect::<Vec<(String, String, u64, u64, String)>>();
    assert_eq!(got, expected, "{path}");
}

/// The Fluent fixture: values, terms, attributes, select variants and multiline patterns are
/// checked; comments, ids (`headline-idlib`, `usa-count`), variables (`$usa`, `$USA`) and term
/// references are not.
const FTL_FINDINGS: &Expected = &[
    ("forbidden", "USA", 4, 29, "-brand-name"),
    ("case", "idlib", 7, 30, "headline-idlib"),
    ("forbidden", "auto bomb", 8, 29, "headline-idlib.title"),
    ("forbidden", "USA", 13, 35, "reports"),
    ("forbidden", "Erdoghan", 14, 37, "reports"),
    ("forbidden", "USA", 18, 14, "multiline"),
];

/// The JSON fixture: string values at any depth are checked, keys (`headline_idlib`, `usa`,
/// `USA`, `Erdoghan`), interpolations, ICU syntax and printf conversions are not; a word with
/// an escape is found as written.
const JSON_FINDINGS: &Expected = &[
    ("case", "idlib", 2, 34, "headline_idlib"),
    ("forbidden", "USA", 4, 27, "nav.usa"),
    ("forbidden", "auto bomb", 5, 30, "nav.items.1"),
    ("forbidden", r"Erdog\u0068an", 5, 55, "nav.items.2"),
    ("forbidden", "USA", 7, 52, "count"),
    ("forbidden", "Erdoghan", 8, 30, "printf"),
    ("forbidden", "USA", 9, 23, "quote"),
];

#[test]
fn a_fluent_file_is_checked_as_a_catalog() {
    let r = findings_report(&["--lang", "en", FTL]);
    assert_findings(&r, FTL, FTL_FINDINGS);
}

#[test]
fn a_json_catalog_is_checked_as_a_catalog() {
    let r = findings_report(&["--lang", "en", JSON]);
    assert_findings(&r, JSON, JSON_FINDINGS);
}

#[test]
fn a_walk_reads_catalogs_in_the_language_of_their_folder() {
    let r = findings_report(&["tests/fixtures/catalogs/en"]);
    assert_eq!(r["summary"]["files"], 2);
    for file in r["files"].as_array().unwrap() {
        assert_eq!(file["lang"], "en", "{file}");
        assert_eq!(file["lang_source"], "folder", "{file}");
    }
    assert_findings(&r, FTL, FTL_FINDINGS);
    assert_findings(&r, JSON, JSON_FINDINGS);
}

#[test]
fn a_json_file_that_is_not_a_catalog_has_its_values_checked_and_never_its_keys() {
    let path = "tests/fixtures/catalogs/other/package.json";
    let out = check(&["--lang", "en", path]);
    let r = report(&out);
    assert_findings(
        &r,
        path,
        &[
            ("forbidden", "USA", 2, 13, "0.name"),
            ("forbidden", "USA", 2, 52, "0.description"),
            ("case", "idlib", 2, 68, "0.tags.0"),
        ],
    );
}

// --- Mobile catalogs: Android resources, Apple .strings, Xcode string catalogs ----------------

const ANDROID_RU: &str = "tests/fixtures/catalogs/android/res/values-ru/strings.xml";
const ANDROID_REF: &str = "tests/fixtures/catalogs/android/res/values/strings.xml";
const STRINGS_RU: &str = "tests/fixtures/catalogs/ios/ru.lproj/Localizable.strings";
const STRINGS_EN: &str = "tests/fixtures/catalogs/ios/en.lproj/Localizable.strings";
const XCSTRINGS: &str = "tests/fixtures/catalogs/ios/Localizable.xcstrings";

/// The Russian Android fixture: strings, plural items and array items are checked; the
/// comment, the `name` attributes (`Идлеб_key`), the `translatable="false"` string and the
/// `<xliff:g>` example (`Идлеб`) are not; a word inside `<b>` and after an escaped quote is.
const ANDROID_RU_FINDINGS: &Expected = &[
    ("forbidden", "Идлеб", 4, 35, "headline"),
    ("forbidden", "Идлеб", 5, 38, "Идлеб_key"),
    ("forbidden", "Ердоган", 8, 44, "reports"),
    ("forbidden", "Идлеб", 9, 51, "reports"),
    ("forbidden", "Ердоган", 13, 15, "cities.1"),
];

#[test]
fn a_walk_reads_android_resources_in_the_language_of_their_values_folder() {
    let r = findings_report(&["tests/fixtures/catalogs/android"]);
    // `res/layout/main.xml` is not a resource file of strings: the walk leaves it.
    assert_eq!(r["summary"]["files"], 2, "{r}");
    let files = r["files"].as_array().unwrap();
    let lang = |path: &str| {
        let f = files.iter().find(|f| f["path"] == path).unwrap();
        (f["lang"].clone(), f["lang_source"].clone())
    };
    assert_eq!(lang(ANDROID_RU), ("ru".into(), "folder".into()));
    // `values/` is the reference: its path gives no language, its script does.
    assert_eq!(lang(ANDROID_REF), ("en".into(), "script".into()));
    assert_findings(&r, ANDROID_RU, ANDROID_RU_FINDINGS);
    assert_findings(
        &r,
        ANDROID_REF,
        &[
            ("forbidden", "USA", 3, 43, "headline"),
            ("forbidden", "auto bomb", 4, 32, "bomb"),
        ],
    );
}

#[test]
fn an_xml_file_outside_a_values_folder_is_not_android() {
    let path = "tests/fixtures/catalogs/android/res/layout/main.xml";
    let r = findings_report(&["--lang", "en", path]);
    // Named on the command line it is read as text, as before.
    assert_findings(&r, path, &[("forbidden", "USA", 2, 57, "")]);
}

#[test]
fn apple_strings_files_are_checked_in_the_language_of_their_lproj_folder() {
    let r = findings_report(&[STRINGS_RU]);
    assert_eq!(r["files"][0]["lang"], "ru");
    assert_eq!(r["files"][0]["lang_source"], "folder");
    assert_findings(
        &r,
        STRINGS_RU,
        &[
            ("forbidden", "Идлеб", 2, 21, "headline"),
            ("forbidden", "Ердоган", 4, 23, "Ердоган"),
        ],
    );
}

#[test]
fn a_utf16_strings_file_is_decoded_and_its_offsets_index_the_decoded_text() {
    let out = check(&[STRINGS_EN]);
    assert_eq!(out.status.code(), Some(1));
    let r = report(&out);
    let bytes = std::fs::read(root().join(STRINGS_EN)).unwrap();
    assert_eq!(&bytes[..2], b"\xff\xfe");
    let text = termlint::text::decode::decode(bytes).unwrap();
    let mut got = Vec::new();
    for f in r["findings"].as_array().unwrap() {
        let (s, e) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
        assert_eq!(&text[s as usize..e as usize], f["found"].as_str().unwrap());
        got.push((
            f["found"].as_str().unwrap().to_string(),
            f["line"].as_u64().unwrap(),
            f["column"].as_u64().unwrap(),
            f["unit"].as_str().unwrap().to_string(),
        ));
    }
    let want = [
        ("USA", 2, 29, "headline"),
        ("Erdoghan", 3, 19, "USA"),
        (r"auto\nbomb", 4, 15, "bomb"),
        ("auto bomb", 4, 34, "bomb"),
    ]
    .map(|(f, l, c, u)| (f.to_string(), l, c, u.to_string()));
    assert_eq!(got, want);
}

#[test]
fn an_xcode_catalog_is_bilingual_with_each_text_in_its_own_language() {
    let r = findings_report(&[XCSTRINGS]);
    // One target language: the file's.
    assert_eq!(r["files"][0]["lang"], "ru");
    assert_eq!(r["files"][0]["lang_source"], "format");
    // The English source (and a key that is its own source text) and the Russian targets;
    // the `needs_review` plural variation and `shouldTranslate: false` key are not checked.
    assert_findings(
        &r,
        XCSTRINGS,
        &[
            ("forbidden", "USA", 6, 84, "headline"),
            ("forbidden", "Идлеб", 7, 76, "headline"),
            ("forbidden", "Erdoghan", 10, 6, "Erdoghan met %@"),
            ("wrong-translation", "Ердоган", 12, 75, "Erdoghan met %@"),
            ("forbidden", "Идлеб", 22, 91, "reports[one]"),
        ],
    );
}

// --- YAML, Java .properties, Flutter .arb ----------------------------------------------------

const YAML: &str = "tests/fixtures/catalogs/yaml/en.yml";
const YAML_RU: &str = "tests/fixtures/catalogs/yaml/ru.yml";
const PROPERTIES: &str = "tests/fixtures/catalogs/properties/messages.properties";
const PROPERTIES_RU: &str = "tests/fixtures/catalogs/properties/messages_ru.properties";
const ARB: &str = "tests/fixtures/catalogs/arb/app.arb";

/// The Rails YAML fixture: values at any depth, in every scalar style, are checked with the
/// root locale key left out of their units; keys (`headline_idlib`, `USA`, `Erdoghan`),
/// comments and `%{...}` interpolations are not.
const YAML_FINDINGS: &Expected = &[
    ("case", "idlib", 3, 31, "headline_idlib"),
    ("forbidden", "USA", 5, 25, "nav.usa"),
    ("forbidden", "auto bomb", 8, 14, "nav.items.1"),
    ("forbidden", r"Erdog\u0068an", 9, 10, "nav.items.2"),
    ("forbidden", "USA", 10, 37, "count"),
    ("forbidden", "Erdoghan", 13, 5, "long"),
];

/// The `.properties` fixture: values are checked, continuation lines and escapes map back to
/// the file, `MessageFormat` choice branches are text and `''` is one apostrophe; keys and
/// comments are not checked.
const PROPERTIES_FINDINGS: &Expected = &[
    ("case", "idlib", 3, 30, "headline.idlib"),
    ("forbidden", "USA", 4, 24, "nav.usa"),
    ("forbidden", "USA", 5, 38, "count"),
    ("forbidden", "Erdoghan", 7, 8, "long"),
    ("forbidden", "USA", 8, 17, "quote"),
    ("forbidden", r"Erdog\u0068an", 9, 9, "escaped"),
];

#[test]
fn a_rails_yaml_catalog_is_checked_in_its_root_locale() {
    let r = findings_report(&[YAML]);
    assert_findings(&r, YAML, YAML_FINDINGS);
    let file = &r["files"][0];
    assert_eq!(file["lang"], "en", "{file}");
    assert_eq!(file["lang_source"], "format", "{file}");
    let r = findings_report(&[YAML_RU]);
    assert_findings(&r, YAML_RU, &[("forbidden", "Идлеб", 2, 16, "city")]);
}

#[test]
fn a_properties_bundle_is_checked_as_a_catalog() {
    let r = findings_report(&["--lang", "en", PROPERTIES]);
    assert_findings(&r, PROPERTIES, PROPERTIES_FINDINGS);
    // `messages_ru.properties`: the language is in the name.
    let r = findings_report(&[PROPERTIES_RU]);
    assert_findings(&r, PROPERTIES_RU, &[("forbidden", "Идлеб", 1, 12, "city")]);
    assert_eq!(r["files"][0]["lang"], "ru");
    assert_eq!(r["files"][0]["lang_source"], "file-name");
}

#[test]
fn an_arb_file_is_checked_in_its_locale_and_its_metadata_never() {
    let r = findings_report(&[ARB]);
    assert_findings(
        &r,
        ARB,
        &[
            ("case", "idlib", 3, 28, "headline"),
            ("forbidden", "USA", 5, 52, "count"),
        ],
    );
    assert_eq!(r["files"][0]["lang"], "en");
    assert_eq!(r["files"][0]["lang_source"], "format");
}

#[test]
fn a_walk_takes_yaml_properties_and_arb_files() {
    let out = check(&[
        "tests/fixtures/catalogs/yaml",
        "tests/fixtures/catalogs/arb",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let r = report(&out);
    assert_eq!(r["summary"]["files"], 3);
    assert_findings(&r, YAML, YAML_FINDINGS);
    let out = check(&["--lang", "en", "tests/fixtures/catalogs/properties"]);
    let r = report(&out);
    assert_eq!(r["summary"]["files"], 2);
}
