//! Accuracy, second part (issue 11 leftovers): foreign forms in monolingual text. Each test is
//! written from new sentences, not from the measured corpora.

use termlint::check::{CheckOptions, Checker};
use termlint::glossary::Glossary;

/// The findings of a monolingual text in the built-in glossary, as `rule found -> suggestion`.
fn mono(lang: &str, text: &str) -> Vec<String> {
    let checker = Checker::new(Glossary::builtin(), CheckOptions::default());
    checker
        .check_text(text, lang)
        .iter()
        .map(|f| {
            let first = f.suggestions.first().map_or("", String::as_str);
            format!("{} {} -> {first}", f.rule, f.found)
        })
        .collect()
}

#[test]
fn issue_11_an_english_place_name_in_german_is_untranslated() {
    assert_eq!(
        mono("de", "Die Delegation reiste gestern nach Moscow weiter."),
        ["untranslated Moscow -> Moskau"]
    );
}

#[test]
fn issue_11_an_english_place_name_in_spanish_is_untranslated() {
    assert_eq!(
        mono("es", "Las conversaciones de Moscow terminaron sin acuerdo."),
        ["untranslated Moscow -> Moscú"]
    );
}

#[test]
fn issue_11_a_foreign_form_that_differs_by_an_accent_is_untranslated_not_misspelt() {
    assert_eq!(
        mono("fr", "Les pèlerins sont arrivés à Jerusalem pour Pâques."),
        ["untranslated Jerusalem -> Jérusalem"]
    );
}

#[test]
fn issue_11_a_name_written_the_same_in_both_languages_is_not_foreign() {
    assert!(mono("de", "In Idlib wurde erneut gekämpft.").is_empty());
}

#[test]
fn issue_11_the_text_languages_own_form_is_not_foreign() {
    assert!(mono("de", "Die Delegation reiste gestern nach Moskau weiter.").is_empty());
}

#[test]
fn issue_11_a_foreign_name_inside_a_longer_foreign_name_is_not_reported() {
    assert!(mono("de", "Das berichtete die Zeitung Moscow Times am Montag.").is_empty());
    assert!(mono("fr", "Le festival Hauts-de-France ouvre ses portes.").is_empty());
}

#[test]
fn issue_11_a_foreign_name_inside_an_english_title_is_not_reported() {
    assert!(mono(
        "tr",
        "Yazarın kitabı \"Trade Wars: China, Europe and the New Markets\" bu yıl çıktı."
    )
    .is_empty());
    assert!(mono(
        "de",
        "Er las \"Letters from Moscow and the Steppe\" im Zug."
    )
    .is_empty());
}

#[test]
fn issue_11_foreign_forms_in_another_script_and_in_capitals_are_not_reported() {
    // In Russian text a Latin name is mostly a deliberate original spelling (a publication, a
    // brand); a name in capitals is a dateline or an acronym.
    assert!(mono("ru", "Корреспондент Moscow Bureau сообщил об этом.").is_empty());
    assert!(mono("de", "MOSCOW (dpa) - Die Regierung hat reagiert.").is_empty());
}

#[test]
fn issue_11_a_french_capital_without_its_accent_is_no_misspelling() {
    assert!(mono(
        "fr",
        "L'envoyé des Etats-Unis est arrivé en Egypte, puis aux États-Unis."
    )
    .is_empty());
    // Only a capital: a lower-case letter still needs its accent.
    assert_eq!(
        mono("fr", "Les négociations de Geneve ont repris."),
        ["misspelling Geneve -> Genève"]
    );
}
