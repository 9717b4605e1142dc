//! `missing-translation`: a bilingual segment's source has a term and the target has none of
//! that concept's forms in the target language.
//!
//! **What it checks.** Each translated unit of a bilingual file (XLIFF, PO, TMX, aligned text):
//! every concept whose term the source uses must appear in the target, in any approved form
//! and any inflection (`Erdoğan` → `Эрдогана`, `Эрдоганом`). How the target is searched is in
//! [`super::bilingual`]. Reported at the term in the source, with the expected target forms.
//!
//! **Why.** A name or term dropped or paraphrased in translation is the error reviewers miss
//! most: nothing in the target looks wrong.
//!
//! **Example.** Source `Turkey will open a safe zone in Idlib`, target
//! `Турция откроет зону безопасности на севере Сирии`.
//!
//! **Use instead.** `Турция откроет зону безопасности в Идлибе`.
//!
//! **Fix safety.** Unsafe: where the term goes in the target, and in which form, is the
//! translator's decision.

use super::bilingual::{expected_forms, Outcome, Pairing};
use super::{Finding, Message, RuleContext, RuleId, Side};

/// The rule's help, as shown by `termlint rules` and in SARIF.
pub const HELP: &str = "A bilingual unit's source uses a glossary term and its target has none \
of that concept's target-language forms, in any inflection (e.g. 'Idlib' in the source and \
no 'Идлиб', 'Идлиба', 'Идлибе' in a Russian target). Reported at the source term, with the \
expected forms.";

/// Reports the source concepts the target does not translate.
pub fn check(
    src: &RuleContext,
    tgt: &RuleContext,
    pairings: &[Pairing],
    out: &mut Vec<(Side, Finding)>,
) {
    for p in pairings {
        if p.outcome != Outcome::Missing {
            continue;
        }
        let expected = expected_forms(src.glossary, p.source, tgt.lang, tgt.date);
        let Some(first) = expected.first() else {
            continue;
        };
        let message = Message::new("finding-missing-translation")
            .arg("source", src.found(p.source))
            .arg("expected", first.as_str())
            .arg("lang", tgt.lang);
        let mut finding = src.finding(RuleId::MissingTranslation, p.source, expected, message);
        finding.lang = src.lang.to_string();
        out.push((Side::Source, finding));
    }
}
