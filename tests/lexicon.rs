//! The built-in known-word lexicon: a near miss that is a word of the language is not a
//! misspelling. Every "knows" below is a near miss of a glossary name that must not be
//! reported; every "does not know" is a misspelling that must still be reported.

use termlint::matcher::lexicon::Lexicon;

fn known(lang: &str, word: &str) -> bool {
    Lexicon::builtin().is_known(lang, word)
}

#[track_caller]
fn assert_known(lang: &str, words: &[&str]) {
    for word in words {
        assert!(known(lang, word), "{lang}: `{word}` should be a known word");
    }
}

#[track_caller]
fn assert_unknown(lang: &str, words: &[&str]) {
    for word in words {
        assert!(
            !known(lang, word),
            "{lang}: `{word}` should not be a known word"
        );
    }
}

#[test]
fn en_inflected_near_misses_of_names_are_known() {
    // homes ~ Homs, trumps ~ Trump, Turkish ~ Turkey, Kazakh ~ Kazakhstan.
    assert_known("en", &["homes", "trumps", "Turkish", "Kazakh", "coalition"]);
}

#[test]
fn en_ceasefire_is_known() {
    // SCOWL size 60 (en_US) has "ceasefire" as one word.
    assert_known("en", &["ceasefire", "ceasefires"]);
}

#[test]
fn en_misspelled_names_are_not_known() {
    assert_unknown(
        "en",
        &["Erdogen", "Astanna", "Idlbi", "Homz", "erdogen", "ASTANNA"],
    );
}

#[test]
fn en_sentence_start_and_all_caps() {
    assert_known("en", &["Homes", "HOMES", "Trumps", "TURKISH", "CEASEFIRE"]);
}

#[test]
fn en_lower_case_word_known_only_capitalized_is_known() {
    // The dictionary has only "Kazakh" and "Turkish"; a lower-case "kazakh" is lenient.
    assert_known("en", &["kazakh", "turkish"]);
}

#[test]
fn en_possessives() {
    // "Syria's", "Kazakh's" are in the dictionary itself (possessive flag, and spellbook
    // reads ’ as '); a plural possessive needs the apostrophe stripped.
    assert_known(
        "en",
        &["Syria's", "Syria’s", "SYRIA'S", "coalition’s", "Kazakh's"],
    );
    assert_known("en", &["countries'", "countries’", "CEASEFIRES'"]);
    // Stripping never turns a misspelling into a known word.
    assert_unknown("en", &["Erdogen's", "Astanna’s", "Homz'", "Idlbis'"]);
}

#[test]
fn language_tags_use_the_primary_subtag() {
    assert_known("en-GB", &["homes"]);
    assert_known("EN_us", &["homes"]);
}

#[test]
fn unknown_language_knows_nothing() {
    assert_unknown("xx", &["homes", "the"]);
    assert_unknown("", &["homes"]);
}

#[test]
fn empty_word_is_not_known() {
    assert_unknown("en", &["", "'s", "’"]);
}

#[test]
fn ru_common_words_are_known() {
    assert_known(
        "ru",
        &["дома", "Дома", "ДОМА", "безопасности", "переговоры"],
    );
}

#[test]
fn ru_misspelled_names_are_not_known() {
    assert_unknown("ru", &["Ердоган", "Идлибб", "Астанна"]);
}

#[test]
fn ru_does_not_know_english() {
    assert_unknown("ru", &["homes"]);
}

#[test]
fn tr_words_are_known() {
    assert_known(
        "tr",
        &[
            "evler",
            "Evler",
            "EVLER",
            "Türk",
            "Türkiye'nin",
            "Türkiye’nin",
        ],
    );
}

#[test]
fn tr_lower_case_name_known_capitalized_is_known() {
    // "türk" and "istanbul" are only in the dictionary capitalized: "Türk", "İstanbul".
    assert_known("tr", &["türk", "istanbul"]);
}

#[test]
fn issue_turkish_dotted_and_dotless_i() {
    // ılık (lukewarm): I lowers to ı in Turkish, so ILIK is ılık; İSTANBUL is İstanbul.
    assert_known("tr", &["ılık", "Ilık", "ILIK", "İSTANBUL"]);
    // Turkish rules are for tr only: English "istanbul" capitalizes to "Istanbul", not "İstanbul".
    assert_known("en", &["istanbul", "ISTANBUL"]);
}

#[test]
fn tr_misspelled_names_are_not_known() {
    assert_unknown("tr", &["Erdoğın", "Ankarra", "evlerr"]);
}

#[test]
fn de_has_no_dictionary() {
    // Every German Hunspell dictionary found is GPL-only (dictionaries/README.md), so
    // German knows nothing yet, not even "Waffenruhe" (ceasefire).
    assert_unknown("de", &["Waffenruhe", "und"]);
}

#[test]
fn fr_words_are_known() {
    assert_known("fr", &["maisons", "cessez-le-feu", "Turc", "turque"]);
    assert_unknown("fr", &["Erdogen", "Astanna"]);
}

#[test]
fn es_words_are_known() {
    assert_known("es", &["casas", "coalición", "Turquía", "turco"]);
    assert_unknown("es", &["Erdogen", "Astanna"]);
}

#[test]
fn ar_words_are_known() {
    // qala (said), al-hukuma (the government), wa-l-hukuma, Suriya (Syria), Halab (Aleppo).
    assert_known("ar", &["قال", "الحكومة", "والحكومة", "سوريا", "حلب"]);
    // al-hukuma with a final ha instead of ta marbuta: a common misspelling.
    assert_unknown("ar", &["الحكومه", "homes"]);
}

#[test]
fn as_written_tells_ordinary_words_from_names_in_lower_case() {
    let lex = termlint::matcher::lexicon::Lexicon::builtin();
    assert!(lex.is_known_as_written("en", "turkey"));
    assert!(lex.is_known_as_written("en", "china"));
    assert!(!lex.is_known_as_written("en", "syria"));
    assert!(!lex.is_known_as_written("en", "idlib"));
}
