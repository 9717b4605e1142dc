//! `case`: a case-sensitive term in the wrong case.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule case`).

use super::{Check, FixPolicy, Rule, RuleContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity};
use crate::glossary::Status;
use crate::matcher::{Hit, HitKind};

/// The documentation of `case` (see [`super::Rule::docs`]): a one-line summary, the help,
/// then what it checks, why, an example, what to use instead and how safe a fix is.
macro_rules! docs {
    () => {
        "a case-sensitive term in the wrong case, not counting all-caps text\n\n\
A case-sensitive term (a name) is written in the wrong case, e.g. \
'idlib' for 'Idlib'. Text in capitals (headlines, datelines) and a capital at a sentence start \
are not case errors.\n\n\
**What it checks.** Uses of a case-sensitive term (a name: any form with a capital letter, \
unless the glossary says otherwise) whose letters are right but whose case is not. Text in \
capitals (headlines, datelines: `IDLIB`), a capital at a sentence start (`Al-Bab` for \
`al-Bab`), and lower-case words the lexicon knows (`turkey`, `chad`) are not reported. \
Acronyms match in their own case only: `is` is never `IS`.\n\n\
**Why.** `idlib` and `erdogan` look careless in print, and they break search and tagging.\n\n\
**Example.** `fighting in idlib province`.\n\n\
**Use instead.** `fighting in Idlib province`.\n\n\
**Fix safety.** Safe: only the case changes (one suggestion; of several, the first is an \
unsafe fix)."
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("case");

#[doc = docs!()]
pub const RULE: Rule =
    Rule::new(ID, Severity::Warning, docs!(), Check::Hits(check)).fixed(FixPolicy::SafeWhenOne);

/// Reports terms in the wrong case.
fn check(ctx: &RuleContext, hits: &[Hit], out: &mut Vec<Finding>) {
    for hit in hits {
        if hit.kind != HitKind::Case || ctx.term(hit).status == Status::Forbidden {
            continue;
        }
        let found = ctx.found(hit);
        if in_a_name_of_the_web(ctx.text, hit.range.clone()) {
            continue;
        }
        let message = Message::new("finding-case")
            .arg("found", found)
            .arg("suggestion", hit.form.as_str());
        out.push(ctx.finding(ID, hit, vec![hit.form.clone()], message));
    }
}

/// Whether `range` of `text` is a part of a host name, address, handle or file name rather than
/// prose, which keeps its own case: `newsline.example`, `idlib.gov.sy`, `www.idlib`,
/// `@erdogan`, `/idlib/`. A sentence end (`in idlib. Then`) is still prose.
fn in_a_name_of_the_web(text: &str, range: std::ops::Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let mut after = text[range.end..].chars();
    let dot_then_label = after.next() == Some('.')
        && after
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    dot_then_label || matches!(before, Some('.' | '@' | '/'))
}

#[cfg(test)]
mod tests {
    use super::ID as Case;
    use crate::rules::testing::{check_en, check_lang, Expect};

    #[test]
    fn names_in_the_wrong_case() {
        check_en(
            "Fighting in idlib and near ALEPPO; erdogan spoke, then ErDogan.",
            &[
                Expect(Case, "idlib", &["Idlib"]),
                Expect(Case, "erdogan", &["Erdogan"]),
                Expect(Case, "ErDogan", &["Erdogan"]),
            ],
        );
    }

    #[test]
    fn capitals_and_common_terms_are_not_case_errors() {
        check_en(
            "IDLIB (Reuters) - Ceasefire holds. CEASEFIRE. Safe Zones.",
            &[],
        );
    }

    #[test]
    fn host_names_handles_and_paths_keep_their_case() {
        check_en(
            "See idlib.example, www.idlib, @erdogan and /idlib/ news; in idlib. Then erdogan.",
            &[
                Expect(Case, "idlib", &["Idlib"]),
                Expect(Case, "erdogan", &["Erdogan"]),
            ],
        );
    }

    #[test]
    fn acronyms_match_only_in_their_own_case() {
        check_en("This is the US and us, the IS and Is.", &[]);
    }

    #[test]
    fn turkish_dotted_capital() {
        check_lang("tr", "İDLİB ve İdlib", &[]);
    }

    #[test]
    fn issue_4_inflected_names_in_the_wrong_case() {
        check_lang(
            "ru",
            "Бои у идлиба.",
            &[Expect(Case, "идлиба", &["Идлиба"])],
        );
        check_lang("ru", "ИДЛИБА и Идлиба.", &[]);
    }
}
