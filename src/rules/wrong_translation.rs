//! `wrong-translation`: the target uses a forbidden form, or a form of another concept, where the glossary has one.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule wrong-translation`).

use super::bilingual::{Outcome, Pairing};
use super::{Check, FixPolicy, Rule, RuleContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity, Side};
use crate::matcher::inflect;

/// The documentation of `wrong-translation` (see [`super::Rule::docs`]): a one-line summary, the help,
/// then what it checks, why, an example, what to use instead and how safe a fix is.
macro_rules! docs {
    () => {
        "the target uses a forbidden form, or a form of another concept, for a source term\n\n\
A bilingual unit's target uses a forbidden form of the source term's \
concept, or a term of another concept the source does not mention, where the glossary gives \
the translation (e.g. 'Ердоган' for 'Erdoğan'; 'перемирие' (truce) for 'ceasefire'). Use the \
target form suggested.\n\n\
**What it checks.** Each translated unit of a bilingual file, for every concept its source \
uses (see [`super::bilingual`]): the target has, instead of an approved form, either a \
forbidden form of the same concept (`Ердоган` for `Erdoğan`), or the only use of another \
concept of the same kind that the source does not mention (`перемирие`, the glossary's \
`truce`, for `ceasefire`). Reported at the target's form, with the approved target form, \
inflected like the text where the form's inflection is known.\n\n\
A forbidden target form that translates a source term is reported here, once, and not \
again as `forbidden`.\n\n\
**Why.** The wrong equivalent reads well and passes a monolingual check; only the pairing \
with the source shows it.\n\n\
**Example.** Source `a ceasefire in Idlib`, target `перемирие в Идлибе` where the glossary \
gives `прекращение огня` for `ceasefire` and `перемирие` for `truce`.\n\n\
**Use instead.** `прекращение огня в Идлибе`.\n\n\
**Fix safety.** Unsafe: the target form suggested replaces the one used, inflected like it \
where the tables know how; a translator checks it."
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("wrong-translation");

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
)
.fixed(FixPolicy::Unsafe);

/// Reports forbidden and confused translations of the source's concepts.
fn check(
    src: &RuleContext,
    tgt: &RuleContext,
    pairings: &[Pairing],
    out: &mut Vec<(Side, Finding)>,
) {
    for p in pairings {
        let source = src.found(&p.source);
        let finding = match p.outcome {
            Outcome::Forbidden(hit) => {
                let found = tgt.found(hit);
                let suggestions: Vec<String> = tgt
                    .replacements(hit)
                    .into_iter()
                    .filter(|s| !same_text(s, found))
                    .collect();
                let Some(first) = suggestions.first() else {
                    continue;
                };
                let message = Message::new("finding-wrong-translation-forbidden")
                    .arg("found", tgt.found(hit))
                    .arg("source", source)
                    .arg("suggestion", first.as_str());
                tgt.finding(ID, hit, suggestions, message)
            }
            Outcome::OtherConcept(hit) => {
                let concept = src.concept(&p.source);
                let found = tgt.found(hit);
                let mut suggestions: Vec<String> = Vec::new();
                for t in concept.preferred_in(tgt.lang, tgt.date) {
                    let lemma = inflect::Lemma::of(t, concept.kind);
                    let s = inflect::reinflect(&lemma, hit.inflection)
                        .unwrap_or_else(|| t.text.clone());
                    let s = tgt.in_case_of(found, &hit.form, s);
                    if !suggestions.contains(&s) && !same_text(&s, found) {
                        suggestions.push(s);
                    }
                }
                // A suggestion that is the flagged text says the text is right.
                let Some(first) = suggestions.first() else {
                    continue;
                };
                let other = tgt.concept(hit);
                let other_source = other
                    .preferred_in(src.lang, src.date)
                    .first()
                    .map_or_else(|| other.id.clone(), |t| t.text.clone());
                let message = Message::new("finding-wrong-translation-other")
                    .arg("found", found)
                    .arg("other", other_source)
                    .arg("source", source)
                    .arg("suggestion", first.as_str());
                let mut f = tgt.finding(ID, hit, suggestions, message);
                f.concept = concept.id.clone();
                f
            }
            _ => continue,
        };
        out.push((Side::Target, finding));
    }
}

/// Whether a suggestion is the flagged text itself (up to normalization and case).
fn same_text(suggestion: &str, found: &str) -> bool {
    use crate::text::surface::surface;
    surface(suggestion).to_lowercase() == surface(found).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::ID;
    use crate::rules::testing::{check_pair, Expect};

    #[test]
    fn a_forbidden_target_form_is_a_wrong_translation_once() {
        check_pair(
            "en",
            "Erdogan spoke.",
            "ru",
            "Ердоган выступил.",
            &[Expect(ID, "Ердоган", &["Эрдоган", "Реджеп Тайип Эрдоган"])],
        );
    }

    #[test]
    fn the_term_of_another_concept() {
        check_pair(
            "en",
            "A ceasefire in Idlib.",
            "ru",
            "Перемирие: Идлиб.",
            &[Expect(ID, "Перемирие", &["Прекращение огня"])],
        );
    }

    #[test]
    fn another_concept_the_source_also_has_is_not_confused() {
        check_pair(
            "en",
            "A truce, not a ceasefire.",
            "ru",
            "Перемирие, а не прекращение огня.",
            &[],
        );
    }
}
