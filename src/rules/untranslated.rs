//! `untranslated`: the source form was copied into the target where the glossary gives a different target form.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule untranslated`).

use super::bilingual::{expected_forms, Outcome, Pairing};
use super::{Check, Rule, RuleContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity, Side};
use crate::matcher::Hit;
use crate::text::skeleton::skeleton;

/// The documentation of `untranslated` (see [`super::Rule::docs`]): a one-line summary, the help,
/// then what it checks, why, an example, what to use instead and how safe a fix is.
macro_rules! docs {
    () => {
        "the source form was copied into the target where the glossary gives another\n\n\
A bilingual unit's target keeps the source-language form of a term \
where the glossary gives a different target form (e.g. 'Idlib' left in a Russian target: \
'Идлиб'), or the unit is not translated yet while its source has glossary terms.\n\n\
**What it checks.** Each translated unit of a bilingual file, for every concept its source \
uses (see [`super::bilingual`]): the target has no approved form of the concept but has the \
source-language form as it was (`Idlib` in a Russian target, where the glossary gives \
`Идлиб`). A term written the same in both languages (`Idlib` in German) is never reported.\n\n\
Units with no translation yet (an empty target, XLIFF state `new` or `initial`, an empty PO \
msgstr) are reported once each, at their first glossary term, instead of their terms being \
reported as missing.\n\n\
**Why.** Copied names are what a translator leaves behind in a hurry, and what machine \
translation does with names it does not know.\n\n\
**Example.** Source `fighting in Idlib`, target `бои в Idlib`.\n\n\
**Use instead.** `бои в Идлибе`.\n\n\
**Fix safety.** Unsafe: the target form must be inflected for its place in the sentence."
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("untranslated");

#[doc = docs!()]
pub const RULE: Rule = Rule::new(
    ID,
    Severity::Warning,
    docs!(),
    Check::Unit {
        translated: check,
        untranslated: Some(check_not_translated),
    },
);

/// Reports source forms left in the target.
fn check(
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
        out.push((Side::Target, tgt.finding(ID, hit, suggestions, message)));
    }
}

/// Reports a unit that is not translated yet, at its first glossary term.
fn check_not_translated(
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
        src.finding(ID, &p.source, suggestions, message),
    ));
}

/// The target forms to suggest for the source term at `source`.
fn expected(src: &RuleContext, tgt: &RuleContext, source: &Hit) -> Vec<String> {
    expected_forms(src.glossary, source, tgt.lang, tgt.date)
}

#[cfg(test)]
mod tests {
    use super::ID;
    use crate::rules::testing::{check_pair, Expect};

    #[test]
    fn a_source_form_left_in_the_target() {
        check_pair(
            "en",
            "Fighting in Idlib.",
            "ru",
            "Бои в Idlib.",
            &[Expect(ID, "Idlib", &["Идлиб"])],
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
            &[Expect(ID, "Idlib", &["Идлиб"])],
        );
    }
}
