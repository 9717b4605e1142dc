//! The rules: each decides, from the matcher's hits in one document, what to report.
//!
//! One rule, one file. Rule ids are CONTRACT.md's and never renamed; inside the code a rule is
//! always a [`RuleId`], never a bare string.

pub mod bilingual;
pub mod case;
pub mod forbidden;
pub mod inconsistent;
pub(crate) mod missing_translation;
pub mod misspelling;
pub(crate) mod number;
pub(crate) mod placeholder;
pub(crate) mod policy;
#[cfg(test)]
pub mod testing;
pub(crate) mod untranslated;
pub mod unused_suppression;
pub(crate) mod wrong_translation;

use std::ops::Range;

use crate::diagnostic::{Finding, Message, RuleId, Severity, Side};
use crate::glossary::{Concept, Date, Glossary, Status, Term};
use crate::lang::Known;
use crate::matcher::{inflect, Hit};
use crate::text::skeleton::is_apostrophe;
use crate::text::surface::{capitalize, is_all_caps, lower, upper};

/// Every rule, in the order of CONTRACT.md: `termlint rules`, SARIF and the checker list and
/// run what is here. Adding a rule: its file, one line here, its messages in `locales/`.
pub static REGISTRY: &[Rule] = &[
    forbidden::RULE,
    misspelling::RULE,
    case::RULE,
    inconsistent::RULE,
    missing_translation::RULE,
    wrong_translation::RULE,
    untranslated::RULE,
    placeholder::RULE,
    number::RULE,
    unused_suppression::RULE,
];

/// The registered rule with id `id`.
pub fn lookup(id: &str) -> Option<&'static Rule> {
    REGISTRY.iter().find(|r| r.id.as_str() == id)
}

/// The default severity of `rule` (`error` for an id no rule has).
pub fn default_severity(rule: RuleId) -> Severity {
    lookup(rule.as_str()).map_or(Severity::Error, |r| r.default_severity)
}

/// The ids of every rule, in registry order.
pub fn ids() -> impl Iterator<Item = RuleId> {
    REGISTRY.iter().map(|r| r.id)
}

/// A rule: its id, default severity, documentation, and its check. Each rule's file declares
/// one as `RULE`.
///
/// The documentation is one text: its first paragraph is the one-line summary (`termlint
/// rules`, SARIF `shortDescription`), its second the help (SARIF), and the whole is what
/// `termlint rule <id>` prints.
#[derive(Clone, Copy)]
pub struct Rule {
    pub id: RuleId,
    pub default_severity: Severity,
    pub docs: &'static str,
    pub check: Check,
    /// Whether its findings can be fixed by replacing them with a suggestion, and how surely
    /// (its docs' **Fix safety**).
    pub fix: FixPolicy,
}

/// How a rule's findings are fixed: what `fix::fix_for` makes of a finding with suggestions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixPolicy {
    /// No mechanical fix: where and how to write the term is the writer's decision.
    None,
    /// The one suggestion is safe; of several, the first is an unsafe guess.
    SafeWhenOne,
    /// The first suggestion, always unsafe: an editor's choice or a form to inflect.
    Unsafe,
}

/// What a rule looks at, and its check.
#[derive(Clone, Copy)]
pub enum Check {
    /// The hits of a document in one language.
    Hits(HitsCheck),
    /// A group of hits that should share one form: a monolingual document's, or a target's
    /// translations of one source form. The grouping is [`policy`]'s.
    Group(HitsCheck),
    /// A bilingual unit: what its target does with each concept of its source. `translated`
    /// checks a translated unit; `untranslated`, if any, one with no translation yet;
    /// `foreign`, if any, the same question asked of a monolingual text, where the "source" is
    /// the language most copy is translated from (see [`ForeignCheck`]).
    Unit {
        translated: UnitCheck,
        untranslated: Option<UnitCheck>,
        foreign: Option<ForeignCheck>,
    },
    /// Findings the pipeline makes, not from a text's terms (an unused suppression).
    Pipeline,
    /// The texts of translation units, not the glossary's hits: what each target does with
    /// its source's placeholders or numbers. Called once per bilingual document (or pair of
    /// aligned files or catalogs) with all its checked units; each rule groups them as it needs
    /// (the plural forms of one message). Its findings are about the target.
    Units(UnitsCheck),
}

/// The check of the translated units of one bilingual input.
pub type UnitsCheck = fn(ctx: &UnitsContext, out: &mut Vec<(Side, Finding)>);

/// What a [`Check::Units`] rule sees: the source and target documents (one and the same for
/// XLIFF, PO, TMX), the units to check (translated ones, and those the options include), and
/// the language of each segment.
pub struct UnitsContext<'a> {
    pub source: &'a crate::formats::Document,
    pub target: &'a crate::formats::Document,
    /// Only units with a target, in a state that is checked, in two different languages.
    pub units: Vec<&'a crate::formats::Unit>,
    /// The language of each segment of `source` that is the source of a unit (by index).
    pub source_langs: &'a [Option<String>],
    /// The language of each segment of `target` that is the target of a unit (by index).
    pub target_langs: &'a [Option<String>],
}

impl UnitsContext<'_> {
    /// The language of the target of `unit` (empty if unknown).
    pub fn target_lang(&self, unit: &crate::formats::Unit) -> &str {
        (unit.target)
            .and_then(|t| self.target_langs.get(t)?.as_deref())
            .unwrap_or("")
    }

    /// The language of the source of `unit` (empty if unknown).
    pub fn source_lang(&self, unit: &crate::formats::Unit) -> &str {
        (self.source_langs.get(unit.source))
            .and_then(Option::as_deref)
            .unwrap_or("")
    }

    /// The units of one message, in order of first appearance: those whose ids are the same
    /// once a plural form's `[n]` is taken off (PO `id[0]`, `id[1]`; Fluent variants and
    /// catalog messages sharing one id), and whose targets are in the same language.
    pub fn messages(&self) -> Vec<(&str, Vec<&crate::formats::Unit>)> {
        let mut order: Vec<(&str, Vec<&crate::formats::Unit>)> = Vec::new();
        // A TMX unit translated into several languages is a message per language.
        let mut index: rustc_hash::FxHashMap<(&str, &str), usize> = Default::default();
        for &u in &self.units {
            let key = (message_id(&u.id), self.target_lang(u));
            match index.get(&key) {
                Some(&i) => order[i].1.push(u),
                None => {
                    index.insert(key, order.len());
                    order.push((key.0, vec![u]));
                }
            }
        }
        order
    }

    /// A finding of `rule` about the target of `unit`, at `range` of the target document.
    pub fn finding(
        &self,
        rule: RuleId,
        unit: &crate::formats::Unit,
        range: Range<usize>,
        message: Message,
    ) -> Finding {
        Finding {
            rule,
            severity: default_severity(rule),
            found: self.target.text[range.clone()].to_string(),
            range,
            suggestions: Vec::new(),
            concept: String::new(),
            lang: self.target_lang(unit).to_string(),
            unit: Some(unit.id.as_str().into()),
            message,
            related: None,
            related_path: None,
            side: None,
            counterpart: None,
            fix: None,
        }
    }
}

/// A unit id without a PO plural form's `[n]`.
pub fn message_id(id: &str) -> &str {
    match id.strip_suffix(']').and_then(|s| s.rsplit_once('[')) {
        Some((base, n)) if !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) => base,
        _ => id,
    }
}

/// The language whose forms a monolingual text may have left in place: English, the source
/// language of most wire copy. Only its terms are looked for as foreign forms (issue 11: other
/// languages' forms cost precision on the human references for little recall).
pub const FOREIGN_SOURCE_LANG: &str = "en";

/// The check of a monolingual document for forms of another language: `own` are the hits in
/// the document's language (`ctx.lang`), `foreign` the hits of [`FOREIGN_SOURCE_LANG`]'s terms
/// in the same text.
pub type ForeignCheck = fn(ctx: &RuleContext, own: &[Hit], foreign: &[Hit], out: &mut Vec<Finding>);

/// The check of hits, in the document of `ctx`.
pub type HitsCheck = fn(ctx: &RuleContext, hits: &[Hit], out: &mut Vec<Finding>);

/// The check of a bilingual unit, from its source and target contexts and what its target
/// does with each source concept; each finding says its side.
pub type UnitCheck = fn(
    source: &RuleContext,
    target: &RuleContext,
    pairings: &[bilingual::Pairing],
    out: &mut Vec<(Side, Finding)>,
);

impl Rule {
    /// A rule: `id`, its severity unless configured, its documentation, its check.
    pub const fn new(id: RuleId, severity: Severity, docs: &'static str, check: Check) -> Rule {
        Rule {
            id,
            default_severity: severity,
            docs,
            check,
            fix: FixPolicy::None,
        }
    }

    /// The rule, fixed as `fix` says.
    pub const fn fixed(self, fix: FixPolicy) -> Rule {
        Rule { fix, ..self }
    }

    /// The one-line summary: the first paragraph of the docs.
    pub fn summary(&self) -> &'static str {
        paragraph(self.docs, 0)
    }

    /// The help: the second paragraph of the docs.
    pub fn help(&self) -> &'static str {
        paragraph(self.docs, 1)
    }
}

/// Paragraph `n` of `docs` (paragraphs are separated by a blank line), trimmed.
fn paragraph(docs: &'static str, n: usize) -> &'static str {
    docs.split("\n\n").nth(n).map_or("", str::trim)
}

/// What every rule sees of the document it checks.
pub struct RuleContext<'a> {
    pub glossary: &'a Glossary,
    /// The language of the text the hits are in.
    pub lang: &'a str,
    /// The date terms must be in force on.
    pub date: Option<Date>,
    /// The document as read: findings' ranges index it.
    pub text: &'a str,
}

impl<'a> RuleContext<'a> {
    pub fn concept(&self, hit: &Hit) -> &'a Concept {
        &self.glossary.concepts[hit.term.concept as usize]
    }

    pub fn term(&self, hit: &Hit) -> &'a Term {
        &self.concept(hit).terms[hit.term.term as usize]
    }

    /// The term at `hit` as its language's inflection tables see it.
    pub fn lemma(&self, hit: &Hit) -> inflect::Lemma<'a> {
        inflect::Lemma::of(self.term(hit), self.concept(hit).kind)
    }

    /// The text of the document at `hit`.
    pub fn found(&self, hit: &Hit) -> &'a str {
        &self.text[hit.range.clone()]
    }

    /// A finding of `rule` at `hit`. Its severity is the rule's default until the checker
    /// applies the configuration.
    pub fn finding(
        &self,
        rule: RuleId,
        hit: &Hit,
        suggestions: Vec<String>,
        message: Message,
    ) -> Finding {
        let (range, suggestions) = self.with_turkish_suffix(hit, suggestions);
        let mut message = message;
        if range != hit.range {
            // The finding takes the suffix it rewrites: say so in the message too.
            for (name, value) in &mut message.args {
                match *name {
                    "found" => *value = self.text[range.clone()].to_string(),
                    "suggestion" => *value = suggestions.first().cloned().unwrap_or_default(),
                    _ => {}
                }
            }
        }
        Finding {
            rule,
            severity: default_severity(rule),
            found: self.text[range.clone()].to_string(),
            range,
            suggestions,
            concept: self.concept(hit).id.clone(),
            lang: self.lang.to_string(),
            unit: hit.unit.clone(),
            message,
            related: None,
            related_path: None,
            side: None,
            counterpart: None,
            fix: None,
        }
    }

    /// In Turkish, a name's suffix follows an apostrophe and agrees with the name's last vowel:
    /// when a suggested name takes another form of the suffix (`Nur-Sultan'ın` → `Astana'nın`),
    /// the finding covers the suffix and the suggestions carry theirs. Otherwise (the same
    /// suffix, `Erdogan'ın` → `Erdoğan`; a suffix the tables do not know) nothing changes.
    fn with_turkish_suffix(
        &self,
        hit: &Hit,
        suggestions: Vec<String>,
    ) -> (Range<usize>, Vec<String>) {
        let unchanged = (hit.range.clone(), suggestions.clone());
        if Known::of(self.lang) != Some(Known::Tr) || hit.inflection != inflect::Inflection::Base {
            return unchanged;
        }
        let after = &self.text[hit.range.end..];
        let Some(apostrophe) = after.chars().next().filter(|&c| is_apostrophe(c)) else {
            return unchanged;
        };
        let rest = &after[apostrophe.len_utf8()..];
        let suffix_len = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(rest.len(), |(i, _)| i);
        let suffix = &rest[..suffix_len];
        let Some(cell) = inflect::tr::suffix_cell(&hit.form, suffix) else {
            return unchanged;
        };
        let mut changed = false;
        let mut out = Vec::with_capacity(suggestions.len());
        for s in &suggestions {
            match inflect::tr::suffix_for(s, cell) {
                Some(new) => {
                    changed |= lower(self.lang, &new) != lower(self.lang, suffix);
                    out.push(format!("{s}{apostrophe}{new}"));
                }
                None => return unchanged,
            }
        }
        if !changed {
            return unchanged;
        }
        let end = hit.range.end + apostrophe.len_utf8() + suffix_len;
        (hit.range.start..end, out)
    }

    /// The forms to suggest instead of the term at `hit`, best first: the term's `use`, then
    /// the concept's approved forms in force with as many words as the text used (a surname
    /// for a misspelt surname), then its preferred forms; each inflected like the text and
    /// written in its case style.
    pub fn replacements(&self, hit: &Hit) -> Vec<String> {
        let term = self.term(hit);
        let words = word_count(&term.text);
        let mut bases: Vec<inflect::Lemma<'a>> = Vec::new();
        if let Some(u) = &term.use_instead {
            // The glossary says what to use: nothing else is as sure.
            bases.push(self.lemma(hit).with_text(u));
        } else {
            self.approved_replacements(hit, words, &mut bases);
        }
        let found = self.found(hit);
        let mut out: Vec<String> = Vec::new();
        for base in bases {
            let s =
                inflect::reinflect(&base, hit.inflection).unwrap_or_else(|| base.text.to_string());
            let s = self.in_case_of(found, &hit.form, s);
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }

    fn approved_replacements(&self, hit: &Hit, words: usize, bases: &mut Vec<inflect::Lemma<'a>>) {
        let term = self.term(hit);
        let concept = self.concept(hit);
        let kind = concept.kind;
        let approved: Vec<&Term> = concept
            .terms_in(self.lang)
            .filter(|t| t.status != Status::Forbidden && t.in_force(self.date))
            .filter(|t| t.text != term.text)
            .collect();
        for status in [Status::Preferred, Status::Admitted] {
            for t in &approved {
                if t.status == status && word_count(&t.text) == words {
                    bases.push(inflect::Lemma::of(t, kind));
                }
            }
        }
        for t in concept.preferred_in(self.lang, self.date) {
            if t.text != term.text {
                bases.push(inflect::Lemma::of(t, kind));
            }
        }
    }

    /// `suggestion` in the case style of `found`, a use of `form`: capitals for text in
    /// capitals (unless the form itself is in capitals, an acronym), a capital first letter for
    /// a capitalized lower-case term.
    pub fn in_case_of(&self, found: &str, form: &str, suggestion: String) -> String {
        if is_all_caps(found) && !is_all_caps(form) && !is_all_caps(&suggestion) {
            return upper(self.lang, &suggestion);
        }
        let starts_upper = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        if starts_upper(found) && suggestion == lower(self.lang, &suggestion) {
            return capitalize(self.lang, &suggestion);
        }
        suggestion
    }
}

fn word_count(s: &str) -> usize {
    s.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .count()
}

/// Whether the place name at `range` is qualified by the place after it, `X, Y`: another place
/// of that name, in the region named (`Paris, Texas`, `Lebanon, Pennsylvania`, `Lebanon,
/// Pennsylvania, is a city`, `Lebanon, en Pennsylvanie`), which the concept of `X` is not. A list of places is no
/// qualification (`Lebanon, Syria and Iraq`, `Iraq, Lebanon, Syria`). `place_at(i)` gives the
/// end of a place name that starts at byte `i` of `text`.
pub(crate) fn qualified_by_a_place(
    text: &str,
    range: &Range<usize>,
    place_at: &dyn Fn(usize) -> Option<usize>,
) -> bool {
    let after = &text[range.end..];
    let Some(rest) = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix("\u{60c} "))
    else {
        return false;
    };
    // A preposition may come first: `Lebanon, en Pennsylvanie`, `Paris, au Texas`.
    let preposition: usize = rest
        .split(' ')
        .next()
        .filter(|w| w.chars().count() <= 3 && w.chars().all(char::is_lowercase))
        .map_or(0, |w| w.len() + 1);
    let start = text.len() - rest.len();
    let Some(end) = place_at(start).or_else(|| {
        (preposition > 0 && preposition < rest.len())
            .then(|| place_at(start + preposition))
            .flatten()
    }) else {
        return false;
    };
    // The middle of a list: `Iraq, Lebanon, Pennsylvania` is not read as a qualification.
    let before = text[..range.start].trim_end_matches(' ');
    if before.ends_with([',', '\u{60c}']) {
        return false;
    }
    let tail = text[end..].trim_start_matches(' ');
    let comma = tail.starts_with([',', '\u{60c}']);
    let next = tail
        .trim_start_matches([',', '\u{60c}'])
        .trim_start_matches(' ');
    let word: String = next
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let list = tail.starts_with('&')
        || LIST_WORDS.contains(&word.as_str())
        || (comma && place_at(text.len() - next.len()).is_some());
    !list
}

/// The words that join the last two items of a list, in the languages of the shipped glossary.
const LIST_WORDS: &[&str] = &[
    "and", "or", "и", "или", "ve", "veya", "ile", "und", "oder", "et", "ou", "y", "e", "o", "u",
    "و", "أو",
];
