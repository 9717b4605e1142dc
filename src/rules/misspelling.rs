//! `misspelling`: a near miss of a glossary term that is not itself a known word or term.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule misspelling`).

use super::{Check, FixPolicy, Rule, RuleContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity};
use crate::glossary::{Kind, Status};
use crate::matcher::lexicon::Lexicon;
use crate::matcher::{Hit, HitKind};
use crate::text::surface::without_diacritics;

/// The documentation of `misspelling` (see [`super::Rule::docs`]): a one-line summary, the help,
/// then what it checks, why, an example, what to use instead and how safe a fix is.
macro_rules! docs {
    () => {
        "a near miss of a glossary term that is not itself a known word or term\n\n\
A word is a near miss of a glossary term (a letter wrong, missing, \
doubled or swapped, or a missing diacritic) and is not a known word: e.g. 'Erdogen' for \
'Erdogan', 'Astanna' for 'Astana'. Use the suggested form.\n\n\
**What it checks.** Words within a small edit distance of a term's word (a letter wrong, \
missing, doubled or swapped: `Erdogen`, `Astanna`, `Idlbi`, `Алепо`), and forms that lack a \
diacritic the language requires (`Erdogan'ın` in Turkish; English, whose wire drops the \
diacritics of foreign names, requires none: `Sao Paulo`). Words the language's lexicon \
knows (`homes`, `Turkish`), lower-case words near a name, words that are themselves terms, \
and words the configuration accepts are never reported; nor is a name right after a given name \
that is not its person's (`Andrei Zakharov` is not Maria Zakharova, `Yuval Noah Harari` not \
Hariri), or joined by a hyphen to a capitalised word before it (`Сент-Джонстоне`), or after it \
except in German, whose nouns are capitalised (`Damakus-Reise` is a misspelling).\n\n\
**How near.** The thresholds go by the length of the term's word, because short names differ \
from other names by a letter all the time (Kobani, Kabani): four letters, a doubled letter only \
(`Bakku`); five or six, a swap, a doubled letter, or a vowel replaced or left out past the first \
syllable (`Kabol`, `Tehrn`); seven and more, one edit; nine and more, two (a swap counts one). \
An Arabic word counts up to three letters more, its short vowels being unwritten, and takes \
swaps, doubled letters and a long vowel left out, never a replaced consonant. Without a \
dictionary of the language (German), only swaps and doubled letters, and a letter left out of a \
name of eight letters or more (`Damakus`).\n\n\
**Why.** A misspelt name is the error readers notice first, and spell-checkers miss it: \
they do not know the names in the news.\n\n\
**Example.** `talks in Astanna with President Erdogen`.\n\n\
**Use instead.** `talks in Astana with President Erdogan`.\n\n\
**Fix safety.** Safe when there is one suggestion; with several, the first is an unsafe \
fix."
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("misspelling");

#[doc = docs!()]
pub const RULE: Rule =
    Rule::new(ID, Severity::Error, docs!(), Check::Hits(check)).fixed(FixPolicy::SafeWhenOne);

/// Reports near misses.
fn check(ctx: &RuleContext, hits: &[Hit], out: &mut Vec<Finding>) {
    for hit in hits {
        if !matches!(hit.kind, HitKind::Near { .. }) {
            continue;
        }
        let found = ctx.found(hit);
        if hit.kind == (HitKind::Near { distance: 0 })
            && crate::lang::primary(ctx.lang) == "en"
            && !found.contains(['İ', 'ı'])
            && without_diacritics(&hit.form) == without_diacritics(found)
        {
            // English has no diacritics of its own: the wire (AP, Reuters) drops those of
            // foreign names (`Sao Paulo`, `Chisinau`), and gazetteers and scholarly
            // romanisations keep or add them (`Kābul`, `Tehrān`, `Zürich`). Neither is a
            // misspelling. Turkish `İ` and `ı` are letters, not marks.
            continue;
        }
        if hit.kind == (HitKind::Near { distance: 0 }) && written_elsewhere(ctx, hit, found) {
            // `Réunion` in Turkish, whose term is `Reunion`: the name as its own language
            // writes it, with the diacritics this language's term leaves out.
            continue;
        }
        if cut_short(found, &hit.form) {
            // `Bashkir` is no misspelt `Bashkiria`: a word the term starts with, two letters
            // or more shorter, is another word of its family (a people, a language).
            continue;
        }
        if ctx.concept(hit).kind == Some(Kind::Place)
            && !found.contains(' ')
            && followed_by_a_name(ctx, hits, hit)
        {
            // `Jordan Henderson` in Spanish is no misspelt `Jordán`: a place's name before a
            // name is a person's or a firm's.
            continue;
        }
        let suggestions = if ctx.term(hit).status == Status::Forbidden {
            ctx.replacements(hit)
        } else {
            vec![ctx.in_case_of(found, &hit.form, hit.form.clone())]
        };
        let Some(first) = suggestions.first() else {
            continue;
        };
        let message = match crate::text::script::mixed(found) {
            // `Аstana` with a Cyrillic А: say which letter is from which script.
            Some(mix) => Message::new(mix.message_id())
                .arg("found", found)
                .arg("letters", mix.letters)
                .arg("suggestion", first.as_str()),
            None => Message::new("finding-misspelling")
                .arg("found", found)
                .arg("suggestion", first.as_str()),
        };
        out.push(ctx.finding(ID, hit, suggestions, message));
    }
}

/// Whether `found`, the term `form` but for diacritics `form` lacks, is written so by a term
/// of the concept in another language.
fn written_elsewhere(ctx: &RuleContext, hit: &Hit, found: &str) -> bool {
    let found = found.to_lowercase();
    without_diacritics(&hit.form) == hit.form
        && found != hit.form.to_lowercase()
        && ctx
            .concept(hit)
            .terms
            .iter()
            .any(|t| !crate::lang::compatible(&t.lang, ctx.lang) && t.text.to_lowercase() == found)
}

/// Whether `found` is one word that `form` (one word) starts with, two letters or more
/// shorter, in any case.
fn cut_short(found: &str, form: &str) -> bool {
    let (found, form) = (found.to_lowercase(), form.to_lowercase());
    let one_word = |w: &str| !w.contains(|c: char| !c.is_alphanumeric());
    one_word(&found)
        && one_word(&form)
        && form.starts_with(&found)
        && form.chars().count() >= found.chars().count() + 2
}

/// Whether the word after `hit`, one space away, is a capitalised word that is no glossary term
/// and, where the text's language has a dictionary, no word of it in lower case (`Henderson`,
/// not `Provincia`).
fn followed_by_a_name(ctx: &RuleContext, hits: &[Hit], hit: &Hit) -> bool {
    let Some(after) = ctx.text[hit.range.end..].strip_prefix(' ') else {
        return false;
    };
    let word = after
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    let start = ctx.text.len() - after.len();
    let lexicon = Lexicon::builtin();
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && !hits.iter().any(|h| h.range.start == start)
        && !(lexicon.covers(ctx.lang)
            && lexicon.is_known_as_written(ctx.lang, &word.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::ID as Misspelling;
    use crate::rules::testing::{check_en, check_lang, Expect};

    #[test]
    fn near_misses_of_names() {
        check_en(
            "Erdogen met envoys in Astanna and Idlbi, near Khan Sheikhun.",
            &[
                Expect(Misspelling, "Erdogen", &["Erdogan"]),
                Expect(Misspelling, "Astanna", &["Astana"]),
                Expect(Misspelling, "Idlbi", &["Idlib"]),
                Expect(Misspelling, "Khan Sheikhun", &["Khan Sheikhoun"]),
            ],
        );
    }

    #[test]
    fn the_full_name_is_suggested_for_a_misspelt_full_name() {
        check_en(
            "Recep Tayyip Erdogen spoke.",
            &[Expect(
                Misspelling,
                "Recep Tayyip Erdogen",
                &["Recep Tayyip Erdogan"],
            )],
        );
    }

    #[test]
    fn a_vowel_past_the_first_syllable_of_a_short_name() {
        check_en(
            "Envoys flew from Astena to Idlob.",
            &[
                Expect(Misspelling, "Astena", &["Astana"]),
                Expect(Misspelling, "Idlob", &["Idlib"]),
            ],
        );
        // The first syllable's vowel tells short names apart, as the first letter does: Jardan
        // and Rossia are other names, not Jordan and Russia; so is a replaced consonant.
        check_en("Jardan met Rossia and Astama.", &[]);
    }

    #[test]
    fn ordinary_words_are_not_misspellings() {
        check_en("Their homes and trumps; Turkish and Kazakh officials.", &[]);
    }

    #[test]
    fn a_missing_diacritic_is_a_misspelling_where_the_language_needs_it() {
        check_lang(
            "tr",
            "Erdogan'ın açıklaması",
            &[Expect(Misspelling, "Erdogan", &["Erdoğan"])],
        );
        check_lang("tr", "Erdoğan'ın açıklaması İdlib'de", &[]);
    }

    #[test]
    fn english_drops_the_diacritics_of_foreign_names() {
        // The wire's spelling, and an ordinary word that is a name but for its accent.
        check_en("In Sao Paulo and Chisinau; a reunion of graduates.", &[]);
        check_en(
            "In Sao Paolo.",
            &[Expect(Misspelling, "Sao Paolo", &["São Paulo"])],
        );
    }

    #[test]
    fn cyrillic_doubled_letter() {
        check_lang(
            "ru",
            "в Алепо",
            &[Expect(Misspelling, "Алепо", &["Алеппо"])],
        );
    }

    #[test]
    fn accents_and_emoji_before_the_span_keep_offsets() {
        check_en(
            "Café 🎉 — Ästhetik: Erdogen",
            &[Expect(Misspelling, "Erdogen", &["Erdogan"])],
        );
    }

    #[test]
    fn issue_4_near_misses_of_inflected_forms() {
        check_lang(
            "ru",
            "Встреча в Астанной, речь Эрдогена.",
            &[
                Expect(Misspelling, "Астанной", &["Астаной"]),
                Expect(Misspelling, "Эрдогена", &["Эрдогана"]),
            ],
        );
        check_lang(
            "ru",
            "Встреча в Астане, речь Эрдогана, в зонах безопасности.",
            &[],
        );
        check_lang(
            "de",
            "Die Einhaltung des Waffenstilstands.",
            &[Expect(
                Misspelling,
                "Waffenstilstands",
                &["Waffenstillstands"],
            )],
        );
    }

    #[test]
    fn a_near_miss_of_a_name_the_source_does_not_use_is_another_word() {
        use crate::rules::testing::check_pair;
        check_pair(
            "en",
            "He arrived in Astana.",
            "ru",
            "Эрдаган прибыл в Астану.",
            &[],
        );
        check_pair(
            "en",
            "Erdogan arrived in Astana.",
            "ru",
            "Эрдаган прибыл в Астану.",
            &[Expect(Misspelling, "Эрдаган", &["Эрдоган"])],
        );
    }

    #[test]
    fn a_word_the_term_starts_with_is_of_its_family() {
        assert!(super::cut_short("Bashkir", "Bashkiria"));
        assert!(!super::cut_short("Ukrain", "Ukraine"));
        assert!(!super::cut_short("Bashkir people", "Bashkiria"));
        assert!(!super::cut_short("Erdogen", "Erdogan"));
    }

    #[test]
    fn the_diacritics_of_the_name_in_its_own_language_are_no_misspelling() {
        // The fixture's Turkish term is `Reunion`, its English one `Réunion`.
        check_lang("tr", "Réunion adasında tatil.", &[]);
        check_lang(
            "tr",
            "Reünion adasında tatil.",
            &[Expect(Misspelling, "Reünion", &["Reunion"])],
        );
    }

    #[test]
    fn a_name_with_diacritics_in_english_is_no_misspelling() {
        // English has no diacritics of its own: a name with marks added is a romanisation.
        check_lang("en", "Fighting in Īdlib went on.", &[]);
        // Dropping a diacritic the language's own term has stays a misspelling, even where
        // another language writes the name so.
        check_lang(
            "tr",
            "Idlib kentinde çatışma.",
            &[Expect(Misspelling, "Idlib", &["İdlib"])],
        );
    }

    #[test]
    fn a_near_miss_in_the_source_needs_the_translation_to_confirm_it() {
        use crate::rules::testing::check_pair;
        // The translation names Erdoğan: the source's `Erdogen` is a misspelt Erdogan.
        check_pair(
            "en",
            "Erdogen arrived in Astana.",
            "ru",
            "Эрдоган прибыл в Астану.",
            &[Expect(Misspelling, "Erdogen", &["Erdogan"])],
        );
        // A source name as another language writes it is that language's form, chosen by
        // the source's author (`Idleb` is the French term).
        check_pair("en", "Fighting in Idleb.", "ru", "Бои в Идлибе.", &[]);
        // A translation that does not name him confirms nothing: the source is somebody
        // else's text, and its word most often another name that looks like a glossary one.
        check_pair(
            "en",
            "Erdogen arrived in Astana.",
            "ru",
            "Эрдоген прибыл в Астану.",
            &[],
        );
    }
}
