//! Accuracy on text nobody wrote for termlint (issue 11): concepts judged one by one, names
//! inside longer names, near misses that are real words, morphology the tables miss. Each test
//! is written from new sentences, not from the measured corpora.

use std::path::Path;

use termlint::check::{CheckOptions, Checker};
use termlint::formats::{aligned, Document};
use termlint::glossary::Glossary;
use termlint::matcher::{MatchOptions, Matcher};
use termlint::rules::bilingual::{self, UnitHits};

fn it_glossary() -> Glossary {
    Glossary::load(Path::new("tests/fixtures/accuracy/it-terms.csv")).expect("fixture glossary")
}

fn doc(path: &str, text: &str) -> Document {
    aligned::document(path, text.to_string())
}

/// The findings of aligned text, as `rule found`, source side first.
fn pair(glossary: Glossary, sl: &str, src: &str, tl: &str, tgt: &str) -> Vec<String> {
    let checker = Checker::new(glossary, CheckOptions::default());
    let (s, t) = checker.check_aligned(&doc("s", src), &doc("t", tgt), sl, tl);
    s.iter()
        .chain(&t)
        .map(|f| format!("{} {}", f.rule, f.found))
        .collect()
}

fn mono(lang: &str, text: &str) -> Vec<String> {
    let checker = Checker::new(Glossary::builtin(), CheckOptions::default());
    checker
        .check_text(text, lang)
        .iter()
        .map(|f| format!("{} {}", f.rule, f.found))
        .collect()
}

/// Per concept of the first line's source: (concept id, found in the target).
fn checked(glossary: &Glossary, sl: &str, src: &str, tl: &str, tgt: &str) -> Vec<(String, bool)> {
    let matcher = Matcher::new(glossary, MatchOptions::default());
    let homographs = bilingual::Homographs::new(glossary);
    let (s, t) = (doc("s", src), doc("t", tgt));
    let s_hits = matcher.find(glossary, &s.segments[0], sl);
    let t_hits = matcher.find(glossary, &t.segments[0], tl);
    let copied = matcher.find(glossary, &t.segments[0], sl);
    let unit = UnitHits {
        source_lang: sl,
        target_lang: tl,
        source: &s_hits,
        target: &t_hits,
        copied: &copied,
        target_text: &t.segments[0].text,
        source_doc: &s.text,
        target_doc: &t.text,
        homographs: &homographs,
    };
    let mut out: Vec<(String, bool)> = bilingual::pair(glossary, None, &unit)
        .iter()
        .flat_map(|p| p.checked.clone())
        .map(|(c, found)| (glossary.concepts[c as usize].id.clone(), found))
        .collect();
    out.sort();
    out
}

fn found(list: &[(String, bool)], id: &str) -> Option<bool> {
    list.iter().find(|(c, _)| c == id).map(|(_, f)| *f)
}

#[test]
fn issue_11_concepts_sharing_a_source_form_are_judged_one_by_one() {
    let g = it_glossary();
    // The span is satisfied by either concept, but each keeps its own verdict.
    assert!(pair(
        it_glossary(),
        "en",
        "Pick a kind of chart.",
        "ru",
        "Выберите тип диаграммы."
    )
    .is_empty());
    let list = checked(
        &g,
        "en",
        "Pick a kind of chart.",
        "ru",
        "Выберите тип диаграммы.",
    );
    assert_eq!(found(&list, "kind-tip"), Some(true));
    assert_eq!(found(&list, "kind-vid"), Some(false));
}

#[test]
fn issue_11_no_wrong_translation_for_a_target_of_the_same_source_span() {
    let got = pair(
        it_glossary(),
        "en",
        "Read the next chapter.",
        "de",
        "Lesen Sie den nächsten Abschnitt.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn issue_11_a_suggestion_is_never_the_flagged_text() {
    // `sürüm` is listed for both `build` and `edition`: no wrong-translation suggesting itself.
    let got = pair(
        it_glossary(),
        "en",
        "Install the new edition.",
        "tr",
        "Yeni sürümü yükleyin.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn issue_11_a_term_nested_in_a_longer_term_is_checked() {
    let g = it_glossary();
    let list = checked(
        &g,
        "en",
        "Lock the user account now.",
        "ru",
        "Заблокируйте учётную запись пользователя сейчас.",
    );
    assert_eq!(found(&list, "user-account"), Some(true));
    assert_eq!(found(&list, "account"), Some(true));
}

#[test]
fn issue_11_a_capitalised_dictionary_word_matches_in_lower_case() {
    let got = pair(
        it_glossary(),
        "en",
        "Move the folders to the archive.",
        "ru",
        "Переместите файлы в архив.",
    );
    assert_eq!(got, ["missing-translation folders"]);
    assert!(pair(
        it_glossary(),
        "en",
        "Move the folders.",
        "ru",
        "Переместите папки."
    )
    .is_empty());
}

#[test]
fn issue_11_german_short_nouns_and_compound_heads() {
    for de in [
        "Wählen Sie die Zahlungsart.",
        "Es gibt drei Arten.",
        "Alle Arten von Daten.",
    ] {
        let got = pair(it_glossary(), "en", "Choose the sort.", "de", de);
        assert!(got.is_empty(), "{de}: {got:?}");
    }
    for de in [
        "Wählen Sie den Bildtyp.",
        "Die Typen sind fest.",
        "Ändern Sie die Bild-Typen.",
    ] {
        let got = pair(it_glossary(), "en", "Change the file type.", "de", de);
        assert!(got.is_empty(), "{de}: {got:?}");
    }
}

#[test]
fn issue_11_russian_aspect_pairs_count() {
    let got = pair(
        it_glossary(),
        "en",
        "You can delete the draft.",
        "ru",
        "Можно удалить черновик.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn issue_11_a_lower_case_term_before_a_capitalised_word_is_checked() {
    let got = pair(
        it_glossary(),
        "en",
        "Enter the public DNS name.",
        "ru",
        "Введите имя DNS.",
    );
    assert_eq!(got, ["missing-translation public"]);
}

#[test]
fn issue_11_a_line_start_is_a_sentence_start() {
    let got = pair(
        it_glossary(),
        "en",
        "Settings\nThe account is locked.",
        "ru",
        "Настройки\nДоступ закрыт.",
    );
    assert_eq!(got, ["missing-translation account"]);
}

#[test]
fn issue_11_punctuation_ends_a_name() {
    let got = pair(
        Glossary::builtin(),
        "en",
        "Shelling hit Kherson. Jordan sent aid.",
        "ru",
        "Обстрел Херсона. Помощь отправлена.",
    );
    assert_eq!(got, ["missing-translation Jordan"]);
    let got = pair(
        Glossary::builtin(),
        "en",
        "Trains left Kharkiv, Jordan reported.",
        "ru",
        "Поезда ушли из Харькова, сообщили власти.",
    );
    assert_eq!(got, ["missing-translation Jordan"]);
}

#[test]
fn issue_11_a_place_after_a_compass_point_is_another_place() {
    let got = pair(
        Glossary::builtin(),
        "en",
        "She grew up in West Jordan, near the lake.",
        "ru",
        "Она выросла в Уэст-Джордане, у озера.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn issue_11_an_ordinary_phrase_in_lower_case_is_not_the_name() {
    assert!(mono("en", "They camped on the west bank of the river.").is_empty());
    assert!(mono("en", "A white house stood on the hill.").is_empty());
}

#[test]
fn issue_11_demonyms_and_other_names_are_not_misspellings() {
    assert!(mono("en", "An Uzbekistani delegation arrived.").is_empty());
    assert!(mono("en", "The match was played in Wallington.").is_empty());
}

#[test]
fn issue_11_arabic_sound_plurals_translate() {
    let got = pair(
        Glossary::builtin(),
        "en",
        "The militants withdrew.",
        "ar",
        "انسحب المسلحون.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn issue_11_words_mixing_two_scripts_are_misspellings_in_every_language() {
    // A Cyrillic О in a Latin word, a Latin o in a Cyrillic word, a Cyrillic е in German.
    let cases = [
        ("en", "Shelling near Aleppо resumed.", "Aleppо"),
        ("fr", "Des frappes près d'Alеp.", "Alеp"),
        ("de", "Gespräche in Mоskau.", "Mоskau"),
        ("tr", "Heyet Mоskova'ya gitti.", "Mоskova"),
        ("ru", "Бои под Алеппo.", "Алеппo"),
    ];
    for (lang, text, found) in cases {
        let got = mono(lang, text);
        assert!(
            got.iter().any(|f| f == &format!("misspelling {found}")),
            "{lang}: {text}: {got:?}"
        );
    }
    let checker = Checker::new(Glossary::builtin(), CheckOptions::default());
    let f = checker.check_text("Talks in Мoscow.", "en");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].suggestions, ["Moscow"]);
}

#[test]
fn issue_11_closed_and_hyphenated_spellings_are_variants_of_one_term() {
    let checker = Checker::new(Glossary::builtin(), CheckOptions::default());
    let f = checker.check_text(
        "Two airstrikes and a safezone; the deathtoll and a car-bomb.",
        "en",
    );
    let got: Vec<(String, String)> = f
        .iter()
        .map(|f| {
            (
                f.found.clone(),
                f.suggestions.first().cloned().unwrap_or_default(),
            )
        })
        .collect();
    assert!(
        got.contains(&("deathtoll".into(), "death toll".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("car-bomb".into(), "car bomb".into())),
        "{got:?}"
    );
    assert!(mono("en", "A car bomb raised the death toll.").is_empty());
}

#[test]
fn issue_11_a_closed_variant_that_is_a_word_of_the_language_is_no_variant() {
    // The dictionary knows `Capetown` and `superbowl`, not `deathtoll`.
    let checker = Checker::new(Glossary::builtin(), CheckOptions::default());
    let f = checker.check_text(
        "He flew to Capetown for the superbowl; the deathtoll rose.",
        "en",
    );
    let found: Vec<&str> = f.iter().map(|f| f.found.as_str()).collect();
    assert_eq!(found, ["deathtoll"], "{f:?}");
}

#[test]
fn issue_11_a_name_carried_over_inside_a_longer_name_is_no_other_concept() {
    let got = pair(
        Glossary::builtin(),
        "en",
        "Team USA lost to the hosts in France.",
        "de",
        "Team USA verlor gegen die Gastgeber.",
    );
    let bilingual: Vec<&String> = got.iter().filter(|f| f.contains("translation")).collect();
    assert_eq!(bilingual, ["missing-translation France"]);
}

#[test]
fn issue_11_an_adjective_inside_a_romance_term_still_translates_it() {
    let got = pair(
        Glossary::builtin(),
        "en",
        "The Iraqi foreign minister arrived.",
        "fr",
        "Le ministre irakien des Affaires étrangères est arrivé.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn issue_11_a_tbx_subject_field_person_declines_russian_surnames() {
    let tbx = r#"<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body>
<conceptEntry id="shoigu">
<descrip type="subjectField">person</descrip>
<langSec xml:lang="en"><termSec><term>Shoigu</term></termSec></langSec>
<langSec xml:lang="ru"><termSec><term>Шойгу</term></termSec></langSec>
</conceptEntry>
<conceptEntry id="peskov">
<descrip type="subjectField">person</descrip>
<langSec xml:lang="en"><termSec><term>Peskov</term></termSec></langSec>
<langSec xml:lang="ru"><termSec><term>Песков</term></termSec></langSec>
</conceptEntry>
</body></text>
</tbx>"#;
    let g = Glossary::parse("people.tbx", "tbx", tbx.as_bytes()).expect("tbx");
    assert_eq!(g.concepts[1].kind.map(|k| k.as_str()), Some("person"));
    let got = pair(
        g,
        "en",
        "Peskov met reporters.",
        "ru",
        "Журналисты встретились с Песковым.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn issue_11_russian_fleeting_vowels_without_listed_forms() {
    let csv = "id,en,ru\nsetting,setting,настройка\nbasket,Basket,Корзинка\negypt,Egypt,Египет\n";
    let g = || Glossary::parse("g.csv", "csv", csv.as_bytes()).expect("csv");
    let got = pair(g(), "en", "Reset the settings.", "ru", "Сброс настроек.");
    assert!(got.is_empty(), "{got:?}");
    let got = pair(
        g(),
        "en",
        "Flights to Egypt resumed.",
        "ru",
        "Рейсы до Египта возобновлены.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn issue_11_a_capitalised_dictionary_word_keeps_its_case_where_the_glossary_says_it_matters() {
    let glossary = |case: &str| {
        let toml = format!(
            "[[concept]]\nid = \"bucket\"\n[concept.en]\npreferred = \"Bucket\"\n{case}\n\
             [concept.ru]\npreferred = \"корзина\"\n"
        );
        Glossary::parse("g.toml", "toml", toml.as_bytes()).expect("toml")
    };
    // Without a word on case, `Bucket` is the ordinary word and is looked for in lower case.
    assert_eq!(
        pair(
            glossary(""),
            "en",
            "Empty the bucket first.",
            "ru",
            "Сначала очистите ведро."
        ),
        ["missing-translation bucket"]
    );
    // `case = "sensitive"`: the capital matters (a product's name); the lower-case word is not
    // the term, and the capitalised one still is.
    let sensitive = "case = \"sensitive\"";
    assert!(pair(
        glossary(sensitive),
        "en",
        "Empty the bucket first.",
        "ru",
        "Сначала очистите ведро."
    )
    .is_empty());
    assert_eq!(
        pair(
            glossary(sensitive),
            "en",
            "Open Bucket first.",
            "ru",
            "Сначала откройте ведро."
        ),
        ["missing-translation Bucket"]
    );
}

#[test]
fn a_name_kept_as_the_start_of_the_target_term_is_translated_in_short() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.toml");
    std::fs::write(
        &path,
        "[[concept]]\nid = \"santiago\"\nkind = \"place\"\nen = \"Santiago\"\nes = \"Santiago de Chile\"\n\n\
         [[concept]]\nid = \"lisbon\"\nkind = \"place\"\nen = \"Lisbon\"\nes = \"Lisboa\"\n",
    )
    .unwrap();
    let g = || Glossary::load(&path).unwrap();
    // `Santiago` is the Spanish `Santiago de Chile` in short, not the English name left.
    assert_eq!(
        pair(
            g(),
            "en",
            "Flights to Santiago.",
            "es",
            "Vuelos a Santiago."
        ),
        Vec::<String>::new()
    );
    // A name the target's term does not start with is left untranslated.
    assert_eq!(
        pair(g(), "en", "Flights to Lisbon.", "es", "Vuelos a Lisbon."),
        ["untranslated Lisbon"]
    );
}
