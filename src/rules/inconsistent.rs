//! `inconsistent`: one document uses two different non-forbidden forms of one concept.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule inconsistent`).

use rustc_hash::FxHashMap;

use super::{Check, FixPolicy, Rule, RuleContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity};
use crate::glossary::Status;
use crate::matcher::{Hit, HitKind};

/// The documentation of `inconsistent` (see [`super::Rule::docs`]): a one-line summary, the help,
/// then what it checks, why, an example, what to use instead and how safe a fix is.
macro_rules! docs {
    () => {
        "one document uses two different non-forbidden forms of one concept\n\n\
One document uses two different approved forms of one concept (e.g. \
'Russia' and 'Russian Federation', 'ceasefire' and 'cease-fire'). The less used form is \
reported; keep one form throughout. Short forms, abbreviations and acronyms do not count.\n\n\
**What it checks.** Per document, language and concept, the full forms used (preferred or \
admitted, in force, in any inflection). When there are two or more, the form used most is \
the document's choice (on a tie, the preferred form, then the first used); every use of \
another form is reported, naming the chosen form and where it is used, unless it glosses \
another form in brackets or is glossed by one (`Russia (the Russian Federation)`). Short \
forms, abbreviations and acronyms (`Erdogan` after `Recep Tayyip Erdogan`, `US` beside \
`United States`) are never counted.\n\n\
**Why.** A story that says `Russia` in one paragraph and `Russian Federation` in the next, \
or `ceasefire` and `cease-fire`, reads as two sources pasted together.\n\n\
**Example.** `... strengthening a cease-fire ...` in a story that says `ceasefire` elsewhere.\n\n\
**Use instead.** One form throughout: `ceasefire`.\n\n\
**Fix safety.** Unsafe: which form the document should keep is an editor's choice."
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("inconsistent");

#[doc = docs!()]
pub const RULE: Rule =
    Rule::new(ID, Severity::Warning, docs!(), Check::Group(check)).fixed(FixPolicy::Unsafe);

/// Reports the minority forms of concepts used in more than one full form.
fn check(ctx: &RuleContext, hits: &[Hit], out: &mut Vec<Finding>) {
    // concept → term → uses, in text order.
    let mut uses: FxHashMap<u32, FxHashMap<u32, Vec<&Hit>>> = FxHashMap::default();
    for hit in hits {
        if matches!(hit.kind, HitKind::Near { .. }) {
            continue;
        }
        let term = ctx.term(hit);
        if term.status == Status::Forbidden || term.kind.is_shortening() || !term.in_force(ctx.date)
        {
            continue;
        }
        uses.entry(hit.term.concept)
            .or_default()
            .entry(hit.term.term)
            .or_default()
            .push(hit);
    }
    let mut concepts: Vec<_> = uses.into_iter().filter(|(_, t)| t.len() > 1).collect();
    concepts.sort_by_key(|(c, _)| *c);
    for (_, terms) in concepts {
        let mut groups: Vec<Vec<&Hit>> = terms.into_values().collect();
        // The document's choice first: most used, then preferred, then first used.
        groups.sort_by_key(|g| {
            (
                std::cmp::Reverse(g.len()),
                ctx.term(g[0]).status,
                g[0].range.start,
            )
        });
        let chosen = &groups[0];
        let chosen_hit = chosen[0];
        let chosen_text = ctx.term(chosen_hit).text.clone();
        let chosen_lemma = ctx.lemma(chosen_hit);
        let all: Vec<&Hit> = groups.iter().flatten().copied().collect();
        for group in &groups[1..] {
            for hit in group {
                if all
                    .iter()
                    .any(|o| o.term.term != hit.term.term && glossed(ctx.text, hit, o))
                {
                    // One name glossed by the other in brackets: `„Welsh Parliament“
                    // (Walisisches Parlament)`, `Russia (the Russian Federation)`.
                    continue;
                }
                let suggestion = crate::matcher::inflect::reinflect(&chosen_lemma, hit.inflection)
                    .unwrap_or_else(|| chosen_text.clone());
                let suggestion = ctx.in_case_of(ctx.found(hit), &hit.form, suggestion);
                let message = Message::new("finding-inconsistent")
                    .arg("found", ctx.found(hit))
                    .arg("other", ctx.found(chosen_hit))
                    .arg("count", chosen.len().to_string());
                let mut finding = ctx.finding(ID, hit, vec![suggestion], message);
                finding.related = Some(chosen_hit.range.clone());
                out.push(finding);
            }
        }
    }
}

/// Whether one of two hits follows the other in brackets, with nothing but quotes, spaces,
/// an article and the bracket between them: a name glossed by another (`„Welsh Parliament“
/// (Walisisches Parlament)`, `Russia (the Russian Federation)`).
fn glossed(text: &str, a: &Hit, b: &Hit) -> bool {
    let (first, second) = if a.range.start <= b.range.start {
        (a, b)
    } else {
        (b, a)
    };
    let Some(between) = text.get(first.range.end..second.range.start) else {
        return false;
    };
    let between = between.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(');
    let Some(inside) = between.strip_prefix('(') else {
        return false;
    };
    // At most one short word (an article) inside the bracket before the second name.
    let words: Vec<&str> = inside.split_whitespace().collect();
    words.is_empty() || (words.len() == 1 && words[0].chars().count() <= 3)
}

#[cfg(test)]
mod tests {
    use super::ID as Inconsistent;
    use crate::rules::testing::{check_en, Expect};

    #[test]
    fn the_minority_form_is_reported() {
        check_en(
            "Russia and Turkey. Russia again. The Russian Federation said.",
            &[Expect(Inconsistent, "Russian Federation", &["Russia"])],
        );
    }

    #[test]
    fn on_a_tie_the_preferred_form_wins() {
        check_en(
            "A cease-fire. The ceasefire held.",
            &[Expect(Inconsistent, "cease-fire", &["ceasefire"])],
        );
    }

    #[test]
    fn two_full_names_are_inconsistent_but_a_surname_is_not() {
        check_en(
            "Recep Tayyip Erdogan spoke. Erdogan left. Tayyip Erdogan returned.",
            &[Expect(
                Inconsistent,
                "Tayyip Erdogan",
                &["Recep Tayyip Erdogan"],
            )],
        );
        check_en("Recep Tayyip Erdogan spoke. Erdogan and Erdoğan left.", &[]);
    }

    #[test]
    fn inflected_forms_are_one_form() {
        check_en(
            "Two ceasefires. The ceasefire. Cease-fires too.",
            &[Expect(Inconsistent, "Cease-fires", &["Ceasefires"])],
        );
    }

    #[test]
    fn a_name_glossed_in_brackets_is_no_inconsistency() {
        check_en(
            "Russia (the Russian Federation) said no. Russia again.",
            &[],
        );
        check_en(
            "Russia said the Russian Federation would attend.",
            &[Expect(Inconsistent, "Russian Federation", &["Russia"])],
        );
    }

    #[test]
    fn abbreviations_do_not_count() {
        check_en("The United States, the US and the U.S.", &[]);
    }

    #[test]
    fn issue_4_inflected_forms_of_two_terms() {
        crate::rules::testing::check_lang(
            "ru",
            "Россия и Турция. Делегация России. Представители Российской Федерации.",
            &[Expect(Inconsistent, "Российской Федерации", &["России"])],
        );
    }
}
