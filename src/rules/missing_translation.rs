//! `missing-translation`: a bilingual segment's source has a term and the target has none of that concept's forms in the target language.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule missing-translation`).

use super::bilingual::{expected_forms, Outcome, Pairing};
use super::{Check, Rule, RuleContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity, Side};

/// The documentation of `missing-translation` (see [`super::Rule::docs`]): a one-line summary, the help,
/// then what it checks, why, an example, what to use instead and how safe a fix is.
macro_rules! docs {
    () => {
        "a bilingual segment's source has a term and the target has none of its forms\n\n\
A bilingual unit's source uses a glossary term and its target has none \
of that concept's target-language forms, in any inflection (e.g. 'Idlib' in the source and \
no 'Идлиб', 'Идлиба', 'Идлибе' in a Russian target). Reported at the source term, with the \
expected forms.\n\n\
**What it checks.** Each translated unit of a bilingual file (XLIFF, PO, TMX, aligned text): \
every concept whose term the source uses must appear in the target, in any approved form \
and any inflection (`Erdoğan` → `Эрдогана`, `Эрдоганом`). How the target is searched is in \
[`super::bilingual`]. Reported at the term in the source, with the expected target forms.\n\n\
**Why.** A name or term dropped or paraphrased in translation is the error reviewers miss \
most: nothing in the target looks wrong.\n\n\
**Example.** Source `Turkey will open a safe zone in Idlib`, target \
`Турция откроет зону безопасности на севере Сирии`.\n\n\
**Use instead.** `Турция откроет зону безопасности в Идлибе`.\n\n\
**Fix safety.** No fix: where the term goes in the target, and in which form, is the \
translator's decision."
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("missing-translation");

#[doc = docs!()]
pub const RULE: Rule = Rule::new(
    ID,
    Severity::Error,
    docs!(),
    Check::Unit {
        translated: check,
        untranslated: None,
        foreign: None,
    },
);

/// Reports the source concepts the target does not translate.
fn check(
    src: &RuleContext,
    tgt: &RuleContext,
    pairings: &[Pairing],
    out: &mut Vec<(Side, Finding)>,
) {
    for p in pairings {
        if p.outcome != Outcome::Missing {
            continue;
        }
        let expected = expected_forms(src.glossary, &p.source, tgt.lang, tgt.date);
        let Some(first) = expected.first() else {
            continue;
        };
        let message = Message::new("finding-missing-translation")
            .arg("source", src.found(&p.source))
            .arg("expected", first.as_str())
            .arg("lang", tgt.lang);
        let mut finding = src.finding(ID, &p.source, expected, message);
        finding.lang = src.lang.to_string();
        out.push((Side::Source, finding));
    }
}

#[cfg(test)]
mod tests {
    use super::ID;
    use crate::rules::testing::{check_pair, Expect};

    #[test]
    fn a_source_term_with_no_target_form_is_missing() {
        check_pair(
            "en",
            "Turkey will open a safe zone in Idlib.",
            "ru",
            "Турция откроет зону безопасности на севере Сирии.",
            &[Expect(ID, "Idlib", &["Идлиб"])],
        );
    }

    #[test]
    fn any_approved_form_translates() {
        check_pair("en", "Talks in Idlib.", "ru", "Переговоры: Идлиб.", &[]);
        check_pair(
            "en",
            "Erdogan spoke.",
            "ru",
            "Реджеп Тайип Эрдоган выступил.",
            &[],
        );
    }

    #[test]
    fn suggests_the_form_of_the_same_type() {
        check_pair(
            "en",
            "Erdogan spoke.",
            "ru",
            "Президент Турции выступил.",
            &[Expect(ID, "Erdogan", &["Эрдоган", "Реджеп Тайип Эрдоган"])],
        );
    }

    #[test]
    fn a_derived_word_translates_the_concept() {
        check_pair(
            "en",
            "The UK government said no.",
            "ru",
            "Британское правительство ответило отказом.",
            &[],
        );
    }

    #[test]
    fn a_term_inside_a_longer_name_is_not_the_concept() {
        check_pair(
            "en",
            "Jordan Spieth won.",
            "ru",
            "Джордан Спит выиграл.",
            &[],
        );
        check_pair(
            "en",
            "Troops left Jordan.",
            "ru",
            "Войска ушли.",
            &[Expect(ID, "Jordan", &["Иордания"])],
        );
    }

    #[test]
    fn titles_and_acronyms_in_names_are_not_the_concept() {
        check_pair(
            "en",
            "As The Jordan Times reported. He joined Story Hour UK.",
            "ru",
            "Как сообщила газета. Он вступил в клуб.",
            &[],
        );
        check_pair(
            "en",
            "Protests in Hauts-de-Jordan.",
            "ru",
            "Протесты в регионе.",
            &[],
        );
    }

    #[test]
    fn a_place_that_only_qualifies_a_person_may_be_left_out() {
        check_pair(
            "en",
            "UK Prime Minister Theresa May spoke. Russia's Jon Rahm won.",
            "ru",
            "Премьер-министр Тереза Мэй выступила. Джон Рам выиграл.",
            &[],
        );
        check_pair(
            "en",
            "Russia's new foreign minister, Annalena Baerbock, was in Warsaw.",
            "ru",
            "Новый министр иностранных дел Анналена Бербок была в Варшаве.",
            &[],
        );
        // Not a qualifier: a verb, a common noun, a sentence's end, the end of the clause.
        check_pair(
            "en",
            "Russia says Jon Rahm won.",
            "ru",
            "Говорят, что Джон Рам выиграл.",
            &[Expect(ID, "Russia", &["Россия", "Российская Федерация"])],
        );
        let russia = Expect(ID, "Russia", &["Россия", "Российская Федерация"]);
        check_pair(
            "en",
            "Russia sent agents to meet Jon Rahm.",
            "ru",
            "Агенты встретили Джона Рама.",
            &[russia],
        );
        let russia = Expect(ID, "Russia", &["Россия", "Российская Федерация"]);
        check_pair(
            "en",
            "He left Russia. Jon Rahm won.",
            "ru",
            "Он уехал. Джон Рам выиграл.",
            &[russia],
        );
        let russia = Expect(ID, "Russia", &["Россия", "Российская Федерация"]);
        check_pair(
            "en",
            "Russia's team, and Jon Rahm, won.",
            "ru",
            "Команда и Джон Рам выиграли.",
            &[russia],
        );
    }

    #[test]
    fn concepts_without_a_target_term_are_not_checked() {
        check_pair("en", "A car bomb in Homs.", "ru", "Взрыв.", &[]);
    }

    #[test]
    fn a_place_that_names_another_place_is_not_the_place() {
        // `Palmyra Atoll` is no Palmyra; `Congo (Brazzaville)` tells which Congo.
        check_pair(
            "en",
            "The ship sailed to Idlib Atoll.",
            "ru",
            "Корабль ушёл к атоллу.",
            &[],
        );
        check_pair(
            "en",
            "Talks on Congo (Aleppo) resumed.",
            "ru",
            "Переговоры о Конго.",
            &[],
        );
        // A place named on its own is still the place.
        check_pair(
            "en",
            "The ship sailed to Idlib.",
            "ru",
            "Корабль ушёл.",
            &[Expect(ID, "Idlib", &["Идлиб"])],
        );
    }

    #[test]
    fn a_name_turned_around_as_lists_sort_it_translates() {
        check_pair(
            "en",
            "Talks in the Russian Federation.",
            "ru",
            "Переговоры: Федерация, Российская.",
            &[],
        );
    }

    #[test]
    fn a_softened_turkish_stem_translates() {
        // `ateşkes` does not soften; a term ending in `k` does: `abonelik` → `aboneliğiniz`.
        use crate::glossary::{Concept, Glossary, Status, Term};
        let mut g = Glossary::default();
        g.concepts.push(Concept {
            id: "subscription".into(),
            terms: vec![
                Term::new("en", "subscription", Status::Preferred),
                Term::new("tr", "abonelik", Status::Preferred),
            ],
            ..Concept::default()
        });
        let checker = crate::check::Checker::new(g, crate::check::CheckOptions::default());
        let doc = |t: &str| crate::formats::aligned::document("-", t.to_string());
        let run = |target: &str| {
            let (s, t) = checker.check_aligned(
                &doc("Your subscription ends today."),
                &doc(target),
                "en",
                "tr",
            );
            s.iter()
                .chain(&t)
                .map(|f| f.found.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(run("Aboneliğiniz bugün bitiyor."), Vec::<String>::new());
        assert_eq!(run("Üyeliğiniz bugün bitiyor."), ["subscription"]);
    }
}
