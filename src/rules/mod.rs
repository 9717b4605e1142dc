//! The rules: each decides, from the matcher's hits in one document, what to report.
//!
//! One rule, one file. Rule ids are CONTRACT.md's and never renamed; inside the code a rule is
//! always a [`RuleId`], never a bare string.

pub mod case;
pub mod forbidden;
pub mod inconsistent;
pub mod misspelling;

use std::fmt;
use std::ops::Range;

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
];

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
    /// The segment id in bilingual files.
    pub unit: Option<String>,
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
