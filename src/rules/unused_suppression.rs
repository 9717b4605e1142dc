//! `unused-suppression`: an inline `termlint: ignore` (or `off`) that suppresses nothing.
//!
//! The pipeline applies a file's suppressions ([`crate::formats::directives`]) to its
//! findings and reports those left unused here, as ruff reports an unused `noqa`: a stale
//! suppression would hide the next real finding at that place.

use super::{Check, Rule};
use crate::diagnostic::{RuleId, Severity};

macro_rules! docs {
    () => {
        "an inline suppression that suppresses no finding\n\n\
A `termlint: ignore` or `termlint: off` comment covers no finding of the rules it names, or \
names a rule there is not. Remove it, or name the rule it is for.\n\n\
**What it checks.** Each suppression written in a file's comments (a Markdown or XML \
`<!-- termlint: ignore -->`, a PO, Fluent, YAML or .properties `# termlint: ignore[case]`, an \
XLIFF `<note>`): the findings in what it covers (the next unit, message or line; up to \
`termlint: on`) of the rules it names (all when it names none). One that covers none is \
reported, and so is a rule id no rule has.\n\n\
**Why.** A suppression left behind after the text was corrected would hide the next real \
finding at that place, unseen; a misspelt rule id suppresses nothing.\n\n\
**Example.** `<!-- termlint: ignore[misspelling] -->` above a line with no misspelling.\n\n\
**Use instead.** Remove the comment.\n\n\
**Fix safety.** No fix: removing a comment is the writer's decision."
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("unused-suppression");

#[doc = docs!()]
pub const RULE: Rule = Rule::new(ID, Severity::Warning, docs!(), Check::Pipeline);
