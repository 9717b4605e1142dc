//! The rules: each decides, from the matcher's hits in one document, what to report.
//!
//! One rule, one file. Rule ids are CONTRACT.md's and never renamed; inside the code a rule is
//! always a [`RuleId`], never a bare string.

pub mod bilingual;
pub mod case;
pub mod forbidden;
pub mod inconsistent;
pub mod missing_translation;
pub mod misspelling;
#[cfg(test)]
pub mod testing;
pub mod untranslated;
pub mod wrong_translation;

use std::fmt;
use std::ops::Range;

use crate::glossary::{Concept, Date, Glossary, Status, Term};
use crate::matcher::{inflect, Hit};
use crate::text::skeleton::is_apostrophe;
use crate::text::surface::{capitalize, is_all_caps, lower, upper};

/// A rule, by its stable id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    Forbidden,
    Misspelling,
    Case,
    Inconsistent,
    MissingTranslation,
    WrongTranslation,
    Untranslated,
}

/// How much a finding matters: `error` fails the run, `warning` does not, `off` is not reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Off,
    Warning,
    Error,
}

/// What the registry knows of each rule: id, default severity, one-line summary, full help.
pub struct RuleInfo {
    pub id: RuleId,
    pub default_severity: Severity,
    pub summary: &'static str,
    pub help: &'static str,
}

/// Every rule, in the order of CONTRACT.md.
pub const REGISTRY: &[RuleInfo] = &[
    RuleInfo {
        id: RuleId::Forbidden,
        default_severity: Severity::Error,
        summary: "a forbidden form of a concept is used",
        help: forbidden::HELP,
    },
    RuleInfo {
        id: RuleId::Misspelling,
        default_severity: Severity::Error,
        summary: "a near miss of a glossary term that is not itself a known word or term",
        help: misspelling::HELP,
    },
    RuleInfo {
        id: RuleId::Case,
        default_severity: Severity::Warning,
        summary: "a case-sensitive term in the wrong case, not counting all-caps text",
        help: case::HELP,
    },
    RuleInfo {
        id: RuleId::Inconsistent,
        default_severity: Severity::Warning,
        summary: "one document uses two different non-forbidden forms of one concept",
        help: inconsistent::HELP,
    },
    RuleInfo {
        id: RuleId::MissingTranslation,
        default_severity: Severity::Error,
        summary: "a bilingual segment's source has a term and the target has none of its forms",
        help: missing_translation::HELP,
    },
    RuleInfo {
        id: RuleId::WrongTranslation,
        default_severity: Severity::Error,
        summary:
            "the target uses a forbidden form, or a form of another concept, for a source term",
        help: wrong_translation::HELP,
    },
    RuleInfo {
        id: RuleId::Untranslated,
        default_severity: Severity::Warning,
        summary: "the source form was copied into the target where the glossary gives another",
        help: untranslated::HELP,
    },
];

/// Which side of a bilingual unit a finding is on; in aligned text each side is its own file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Source,
    Target,
}

impl RuleId {
    pub const ALL: [RuleId; 7] = [
        RuleId::Forbidden,
        RuleId::Misspelling,
        RuleId::Case,
        RuleId::Inconsistent,
        RuleId::MissingTranslation,
        RuleId::WrongTranslation,
        RuleId::Untranslated,
    ];

    /// The stable kebab-case id of CONTRACT.md.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::Forbidden => "forbidden",
            RuleId::Misspelling => "misspelling",
            RuleId::Case => "case",
            RuleId::Inconsistent => "inconsistent",
            RuleId::MissingTranslation => "missing-translation",
            RuleId::WrongTranslation => "wrong-translation",
            RuleId::Untranslated => "untranslated",
        }
    }

    pub fn parse(s: &str) -> Option<RuleId> {
        RuleId::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The registry entry of an implemented rule.
    pub fn info(self) -> Option<&'static RuleInfo> {
        REGISTRY.iter().find(|r| r.id == self)
    }

    pub fn default_severity(self) -> Severity {
        self.info().map_or(Severity::Error, |i| i.default_severity)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Off => "off",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "off" => Some(Severity::Off),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// One thing a rule reports, at a byte range of the file as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    /// Byte range into the file as read; `found` is exactly this slice.
    pub range: Range<usize>,
    pub found: String,
    /// Best first; empty when there is nothing sure to suggest.
    pub suggestions: Vec<String>,
    /// The concept id.
    pub concept: String,
    pub lang: String,
    /// The segment id in bilingual files, shared with the hit (see `Hit::unit`).
    pub unit: Option<std::sync::Arc<str>>,
    pub message: Message,
    /// Another place the finding refers to (for `inconsistent`: where the other form is used).
    pub related: Option<Range<usize>>,
}

/// A translatable message: a Fluent message id and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, value.into()));
        self
    }
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
        inflect::Lemma::of(self.term(hit), self.concept(hit).kind.as_deref())
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
            severity: rule.default_severity(),
            found: self.text[range.clone()].to_string(),
            range,
            suggestions,
            concept: self.concept(hit).id.clone(),
            lang: self.lang.to_string(),
            unit: hit.unit.clone(),
            message,
            related: None,
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
        if inflect::Lang::of(self.lang) != Some(inflect::Lang::Tr)
            || hit.inflection != inflect::Inflection::Base
        {
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
        let kind = concept.kind.as_deref();
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
