//! The shared vocabulary: what every layer says about a finding, and where it is.
//!
//! This module is the bottom of the crate: it imports nothing from it. Rules make
//! [`Finding`]s, reports render them, configuration sets their [`Severity`], loaders and formats
//! place errors with the one [`LineIndex`].

mod position;

pub use position::{LineIndex, Span, CHECKPOINT};

use std::fmt;
use std::ops::Range;

/// A rule, by its stable kebab-case id (CONTRACT.md): `forbidden`, `misspelling`, ...
///
/// Each rule's file in `rules/` declares its id; the registry there lists them. Ids are never
/// renamed, and inside the code a rule is always a `RuleId` constant, never a bare string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RuleId(&'static str);

impl RuleId {
    /// A rule id; `id` is kebab-case (checked by the registry's tests).
    pub const fn new(id: &'static str) -> RuleId {
        RuleId(id)
    }

    /// The stable kebab-case id of CONTRACT.md.
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// How much a finding matters: `error` fails the run, `warning` does not, `off` is not reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Off,
    Warning,
    Error,
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

/// For unit tests: a finding of `rule` at the first `found` in `text`, an error with the
/// given suggestions, of concept `concept`, in English, with no unit, message arguments or
/// fix; tests set the other fields they need.
#[cfg(test)]
pub(crate) fn test_finding(
    rule: &'static str,
    text: &str,
    found: &str,
    concept: &str,
    suggestions: &[&str],
) -> Finding {
    let start = text.find(found).expect("found is in the text");
    Finding {
        rule: RuleId::new(rule),
        severity: Severity::Error,
        range: start..start + found.len(),
        found: found.to_string(),
        suggestions: suggestions.iter().map(|s| s.to_string()).collect(),
        concept: concept.to_string(),
        lang: "en".into(),
        unit: None,
        message: Message::new("finding-misspelling"),
        related: None,
        related_path: None,
        side: None,
        counterpart: None,
        fix: None,
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
    /// The segment id in bilingual files, shared with the hit (see `matcher::Hit::unit`): a
    /// long unit id is never copied per finding.
    pub unit: Option<std::sync::Arc<str>>,
    pub message: Message,
    /// Another place the finding refers to (for `inconsistent`: where the other form is used),
    /// a byte range of this finding's file unless `related_path` names another.
    pub related: Option<Range<usize>>,
    /// The file `related` is in when it is not this finding's (run-wide consistency,
    /// `--consistency run`): its path as reports show it.
    pub related_path: Option<std::sync::Arc<str>>,
    /// Which side of a bilingual unit the finding is on; `None` in a monolingual file.
    pub side: Option<Side>,
    /// In a bilingual unit, the other side's segment (the target for a finding in the source
    /// text, the source for one in the target text), for reports to show beside the finding.
    pub counterpart: Option<Counterpart>,
    /// The mechanical fix of the finding, if it has one: its `range` replaced by the
    /// replacement. Set by the checker (the fix policy is `fix::fix_for`'s), `None` where the
    /// rule offers none or the text cannot be rewritten there (the source side of a bilingual
    /// file, a use spread over markup).
    pub fix: Option<Fix>,
}

/// The segment of a unit's other side, for a finding in one side's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counterpart {
    /// The side this segment is on (not the finding's).
    pub side: Side,
    pub place: Place,
}

/// A byte range of a file: this finding's file when `path` is `None`, else the file of that
/// path (the other file of aligned text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub path: Option<std::sync::Arc<str>>,
    pub range: Range<usize>,
}

/// What a finding's range is to be replaced with, and whether that is sure to be right.
///
/// The replacement is text, as a rule suggests it; writing it into a file of some format
/// (escaping it for XML or a PO string) is the fixer's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub replacement: String,
    /// Safe: the one approved form, inflected and in the case of the text, replaces exactly
    /// the flagged use (`--fix` applies it). Unsafe: a guess among forms or an editor's choice
    /// (`--unsafe-fixes` applies it too).
    pub safe: bool,
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

/// Which side of a bilingual unit a finding is on; in aligned text each side is its own file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    Source,
    Target,
}

impl Side {
    /// `source` or `target`, as the JSON report and `--side` write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Source => "source",
            Side::Target => "target",
        }
    }

    /// The side named `s` (`source`, `target`).
    pub fn parse(s: &str) -> Option<Side> {
        match s {
            "source" => Some(Side::Source),
            "target" => Some(Side::Target),
            _ => None,
        }
    }
}

/// What the bilingual check looked for in one unit (`--explain`): a source span, each concept
/// it is a use of, and whether a target form of that concept was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// The unit's id, as in findings.
    pub unit: Option<std::sync::Arc<str>>,
    /// Byte range of the span in the file of the source side.
    pub range: Range<usize>,
    /// The span as written.
    pub found: String,
    /// Each concept of the span that has a target term, with whether it was found.
    pub concepts: Vec<(String, bool)>,
    /// What the target does with the span: `translated`, `misspelt`, `forbidden`, `copied`,
    /// `other-concept`, `missing`; `implied` for a place that only qualifies a person named next
    /// to it and that the target leaves out; `unconfirmed` for a derived span whose concept the
    /// target lacks; `mentioned-before` for a name the target of a running text gave in one of
    /// the three units before and now says otherwise (a pronoun, a title); `not-translated` for
    /// a unit with no translation yet.
    pub outcome: &'static str,
    /// Whether the span is a word derived from a term or a piece of a word run together from
    /// labels (`reporting`, `MenuChange`), not a use of a term: evidence, never reported.
    pub derived: bool,
}

/// An input that was not checked.
#[derive(Clone, Debug)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
    /// Whether this makes the run fail (an unreadable file), or is only a note (a binary file).
    pub is_error: bool,
}
