//! `inconsistent`: one document uses two different non-forbidden forms of one concept.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule inconsistent`).

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::{Check, FixPolicy, Rule, RuleContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity};
use crate::glossary::{Status, TermType};
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
admitted, in force, in any inflection). In a localization catalog (Fluent, JSON, YAML, \
Android, Apple, `.properties`, `.arb`) each message is a text of its own, shown in its own \
place, and is judged alone: `Abo` on a button and `Abonnement` in a sentence are a choice. When there are two or more, the form used most is \
the document's choice (on a tie, the preferred form, then the first used); every use of \
another form is reported, naming the chosen form and where it is used, unless it glosses \
another form in brackets or is glossed by one (`Russia (the Russian Federation)`). Short \
forms, abbreviations and acronyms (`Erdogan` after `Recep Tayyip Erdogan`, `US` beside \
`United States`) are never counted. With `--consistency run`, all the files of a run are one \
document per language: the form used in the most files is the choice, each use of another \
form is reported in its file and points at a use of the chosen form (in another file if need \
be), and short forms spelt two ways are weighed against each other across files (`Erdogan`, \
`Erdoğan`).\n\n\
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
        if class(ctx, hit) != Some(Class::Full) {
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
                let message = Message::new("finding-inconsistent")
                    .arg("found", ctx.found(hit))
                    .arg("other", ctx.found(chosen_hit))
                    .arg("count", chosen.len().to_string());
                let mut finding = minority(ctx, hit, ctx, chosen_hit, message);
                finding.related = Some(chosen_hit.range.clone());
                out.push(finding);
            }
        }
    }
}

/// The finding at `hit`, a minority form, suggesting the form chosen at `chosen` (a hit of
/// the document of `chosen_ctx`) in the inflection and case of `hit`.
fn minority(
    ctx: &RuleContext,
    hit: &Hit,
    chosen_ctx: &RuleContext,
    chosen: &Hit,
    message: Message,
) -> Finding {
    let chosen_text = chosen_ctx.term(chosen).text.clone();
    let chosen_lemma = chosen_ctx.lemma(chosen);
    let suggestion = crate::matcher::inflect::reinflect(&chosen_lemma, hit.inflection)
        .unwrap_or_else(|| chosen_text.clone());
    let suggestion = ctx.in_case_of(ctx.found(hit), &hit.form, suggestion);
    ctx.finding(ID, hit, vec![suggestion], message)
}

/// Which forms are weighed against each other: full forms (`Russia`, `Russian Federation`)
/// always; short forms (`Erdogan`, `Erdoğan`) only against other spellings of themselves and
/// only across the files
/// of a run, since a short form beside a full one is no inconsistency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Class {
    Full,
    Short,
}

/// The class of forms `hit` is weighed in; `None` for a hit that is not counted at all (a near
/// miss, a forbidden form, a form not in force, an abbreviation or acronym).
fn class(ctx: &RuleContext, hit: &Hit) -> Option<Class> {
    if matches!(hit.kind, HitKind::Near { .. }) {
        return None;
    }
    let term = ctx.term(hit);
    if term.status == Status::Forbidden || !term.in_force(ctx.date) {
        return None;
    }
    if !term.kind.is_shortening() {
        Some(Class::Full)
    } else if term.kind == TermType::Short {
        Some(Class::Short)
    } else {
        None
    }
}

/// What two spellings of one form have in common: the skeleton (lower case, no diacritics)
/// without spaces, hyphens or apostrophes.
fn spelling(form: &str) -> String {
    let mut s = crate::text::skeleton::skeleton(form);
    s.retain(char::is_alphanumeric);
    s
}

/// One file's share of a group of hits judged across the files of a run (`--consistency
/// run`): its rule context (language and text) and its hits in text order.
pub struct DeskFile<'a> {
    pub ctx: RuleContext<'a>,
    pub hits: &'a [Hit],
}

/// Reports, across the files of a run (`files`, in path order), the minority forms of each
/// concept: the form used in the most files is the desk's choice (then the form used most,
/// then the preferred one, then the first used in path order), and every use of another form
/// is reported in its file (the index into `files`), pointing at a use of the chosen form: in
/// the same file if it has one, else the first in path order. `place(file, offset)` names a
/// place for a message (`path:line`). Each finding comes with its file's index and that of the
/// file its `related` range is in; the caller, who knows the paths, sets `related_path`.
///
/// A concept whose forms are all in one file is judged as [`RULE`] judges one document, with
/// the same message; short forms (`Erdogan`, `Erdoğan`) are weighed against each other only
/// when they are used in more than one file.
pub fn check_desk(
    files: &[DeskFile],
    place: &dyn Fn(usize, usize) -> String,
    out: &mut Vec<(usize, usize, Finding)>,
) {
    // (concept, class, spelling) → term → uses as (file, hit), in path then text order.
    type Uses<'h> = BTreeMap<u32, Vec<(usize, &'h Hit)>>;
    let mut uses: BTreeMap<(u32, Class, String), Uses> = BTreeMap::new();
    for (i, file) in files.iter().enumerate() {
        for hit in file.hits {
            let Some(class) = class(&file.ctx, hit) else {
                continue;
            };
            // Short forms are weighed only against other spellings of themselves (`Erdogan`,
            // `Erdoğan`), not against another word (`Republican`, `Republicans`).
            let spelling = match class {
                Class::Full => String::new(),
                Class::Short => spelling(&file.ctx.term(hit).text),
            };
            (uses.entry((hit.term.concept, class, spelling)).or_default())
                .entry(hit.term.term)
                .or_default()
                .push((i, hit));
        }
    }
    for ((_, class, _), terms) in uses {
        if terms.len() < 2 {
            continue;
        }
        let mut groups: Vec<Vec<(usize, &Hit)>> = terms.into_values().collect();
        let files_of = |g: &[(usize, &Hit)]| {
            let mut f: Vec<usize> = g.iter().map(|(i, _)| *i).collect();
            f.dedup();
            f.len()
        };
        let first_file = groups[0][0].0;
        let one_file = groups.iter().flatten().all(|(i, _)| *i == first_file);
        if one_file && class == Class::Short {
            continue;
        }
        // The desk's choice first: used in most files, then most used, then preferred, then
        // first used.
        groups.sort_by_cached_key(|g| {
            let (i, h) = g[0];
            (
                std::cmp::Reverse(files_of(g)),
                std::cmp::Reverse(g.len()),
                files[i].ctx.term(h).status,
                (i, h.range.start),
            )
        });
        let chosen = &groups[0];
        let chosen_files = files_of(chosen);
        for group in &groups[1..] {
            for &(i, hit) in group {
                let file = &files[i];
                let glossed_here = groups.iter().flatten().any(|(j, o)| {
                    *j == i && o.term.term != hit.term.term && glossed(file.ctx.text, hit, o)
                });
                if glossed_here {
                    continue;
                }
                // A use of the chosen form in the same file, else the first one.
                let &(ci, chosen_hit) = chosen.iter().find(|(j, _)| *j == i).unwrap_or(&chosen[0]);
                let chosen_ctx = &files[ci].ctx;
                let message = if one_file {
                    Message::new("finding-inconsistent")
                        .arg("found", file.ctx.found(hit))
                        .arg("other", chosen_ctx.found(chosen_hit))
                        .arg("count", chosen.len().to_string())
                } else {
                    Message::new("finding-inconsistent-run")
                        .arg("found", file.ctx.found(hit))
                        .arg("other", chosen_ctx.found(chosen_hit))
                        .arg("count", chosen_files.to_string())
                        .arg("place", place(ci, chosen_hit.range.start))
                };
                let mut finding = minority(&file.ctx, hit, chosen_ctx, chosen_hit, message);
                finding.related = Some(chosen_hit.range.clone());
                out.push((i, ci, finding));
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
