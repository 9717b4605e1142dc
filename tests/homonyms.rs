//! Names shared by several places or people (issue 13): `Paris, Texas`, `Lebanon, Pennsylvania`
//! and `Jordan Henderson` are no uses of the concepts Paris, Lebanon and Jordan, in English
//! sources and in the six target languages, checked as translations and as texts of their own.
//! A list of countries (`Lebanon, Syria and Iraq`) still is.

use std::path::Path;
use std::process::Command;

fn findings(args: &[&str]) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/homonyms");
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", "--no-config", "--format", "json"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (report["findings"].as_array().unwrap().iter())
        .map(|f| format!("{} {} {}", f["rule"], f["found"], f["concept"]))
        .collect()
}

#[test]
fn a_place_qualified_by_a_region_and_a_place_before_a_surname_are_other_names() {
    for lang in ["ru", "tr", "ar", "de", "fr", "es"] {
        let target = format!("names.{lang}.txt");
        let as_translation = findings(&[
            "--source",
            "names.en.txt",
            "--target",
            &target,
            "--source-lang",
            "en",
            "--target-lang",
            lang,
        ]);
        assert!(as_translation.is_empty(), "{lang}: {as_translation:?}");
        let on_its_own = findings(&["--lang", lang, &target]);
        assert!(on_its_own.is_empty(), "{lang}: {on_its_own:?}");
    }
    assert!(findings(&["--lang", "en", "names.en.txt"]).is_empty());
}

#[test]
fn a_list_of_places_is_no_qualification() {
    let found = findings(&[
        "--source",
        "list.en.txt",
        "--target",
        "list.ru.txt",
        "--source-lang",
        "en",
        "--target-lang",
        "ru",
    ]);
    assert_eq!(found, [r#""missing-translation" "Lebanon" "lebanon""#]);
}

#[test]
fn ordinary_words_that_spell_a_name_are_no_case_errors() {
    // `la réunion` is a meeting; `labour` is a British spelling the American dictionary lacks.
    assert!(findings(&["--lang", "fr", "words.fr.txt"]).is_empty());
    assert!(findings(&["--lang", "en", "words.en.txt"]).is_empty());
}

#[test]
fn an_english_name_kept_whole_is_not_an_untranslated_place() {
    // `Radio Scotland`, `Louisiana State`, `National Trust for Scotland`, `BBC Scotland` with a
    // no-break space: names kept in English; `en Scotland` is the place left untranslated.
    assert_eq!(
        findings(&["--lang", "fr", "kept.fr.txt"]),
        [r#""untranslated" "Scotland" "scotland""#]
    );
}
