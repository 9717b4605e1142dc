//! `untranslated`: the source form was copied into the target where the glossary gives a
//! different target form.
//!
//! **What it checks.** Each translated unit of a bilingual file, for every concept its source
//! uses (see [`super::bilingual`]): the target has no approved form of the concept but has the
//! source-language form as it was (`Idlib` in a Russian target, where the glossary gives
//! `Идлиб`). A term written the same in both languages (`Idlib` in German) is never reported.
//!
//! Units with no translation yet (an empty target, XLIFF state `new` or `initial`, an empty PO
//! msgstr) are reported once each, at their first glossary term, instead of their terms being
//! reported as missing.
//!
//! **Why.** Copied names are what a translator leaves behind in a hurry, and what machine
//! translation does with names it does not know.
//!
//! **Example.** Source `fighting in Idlib`, target `бои в Idlib`.
//!
//! **Use instead.** `бои в Идлибе`.
//!
//! **Fix safety.** Unsafe: the target form must be inflected for its place in the sentence.

use super::bilingual::{expected_forms, Outcome, Pairing};
use super::{Finding, Message, RuleContext, RuleId, Side};
use crate::matcher::Hit;
use crate::text::skeleton::skeleton;

/// The rule's help, as shown by `termlint rules` and in SARIF.
pub const HELP: &str = "A bilingual unit's target keeps the source-language form of a term \
where the glossary gives a different target form (e.g. 'Idlib' left in a Russian target: \
'Идлиб'), or the unit is not translated yet while its source has glossary terms.";

/// Reports source forms left in the target.
pub fn check(
    src: &RuleContext,
    tgt: &RuleContext,
    pairings: &[Pairing],
    out: &mut Vec<(Side, Finding)>,
) {
    for p in pairings {
        let Outcome::Copied(hit) = p.outcome else {
            continue;
        };
        let suggestions = expected(src, tgt, &p.source);
        let Some(first) = suggestions.first() else {
            continue;
        };
        let message = Message::new("finding-untranslated")
            .arg("found", tgt.found(hit))
            .arg("suggestion", first.as_str());
        out.push((
            Side::Target,
            tgt.finding(RuleId::Untranslated, hit, suggestions, message),
        ));
    }
}

/// Reports a unit that is not translated yet, at its first glossary term.
pub fn check_unit(
    src: &RuleContext,
    tgt: &RuleContext,
    pairings: &[Pairing],
    out: &mut Vec<(Side, Finding)>,
) {
    // The first term whose translation is not the source form itself: a name written the same
    // in both languages (`Gaziantep`) is right even if the source is copied.
    let Some((p, suggestions)) = pairings.iter().find_map(|p| {
        let suggestions = expected(src, tgt, &p.source);
        let written = skeleton(&src.term(&p.source).text);
        let same = suggestions.iter().any(|s| skeleton(s) == written);
        (!same && !suggestions.is_empty()).then_some((p, suggestions))
    }) else {
        return;
    };
    let first = &suggestions[0];
    let message = Message::new("finding-untranslated-unit")
        .arg("source", src.found(&p.source))
        .arg("suggestion", first.as_str());
    out.push((
        Side::Source,
        src.finding(RuleId::Untranslated, &p.source, suggestions, message),
    ));
}

/// The target forms to suggest for the source term at `source`.
fn expected(src: &RuleContext, tgt: &RuleContext, source: &Hit) -> Vec<String> {
    expected_forms(src.glossary, source, tgt.lang, tgt.date)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_pair, Expect};
    use crate::rules::RuleId;

    #[test]
    fn a_source_form_left_in_the_target() {
        check_pair(
            "en",
            "Fighting in Idlib.",
            "ru",
            "Бои в Idlib.",
            &[Expect(RuleId::Untranslated, "Idlib", &["Идлиб"])],
        );
    }

    #[test]
    fn a_name_written_the_same_in_both_languages_is_not_untranslated() {
        // Turkish İdlib folds to the same letters as Idlib.
        check_pair("en", "Fighting in Idlib.", "tr", "İdlib'de çatışma.", &[]);
    }

    #[test]
    fn an_empty_target_is_an_untranslated_unit() {
        check_pair(
            "en",
            "Fighting in Idlib.\nNothing here.",
            "ru",
            "\nНичего.",
            &[Expect(RuleId::Untranslated, "Idlib", &["Идлиб"])],
        );
    }
}
