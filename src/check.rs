//! Checking documents: the stages of the pipeline put together.
//!
//! A [`Checker`] holds a glossary, its matcher and the options of a run; it is shared by every
//! thread. [`Checker::check`] takes a document in a language and returns its findings, ordered
//! by position.

use crate::formats::{plain, Document};
use crate::glossary::{Date, Glossary};
use crate::matcher::{MatchOptions, Matcher};
use crate::rules::{self, Finding, RuleContext, RuleId, Severity};
use crate::text::skeleton::skeleton;
use crate::text::surface::surface;

/// The options of a run that change what is reported.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    /// Per rule, in the order of [`RuleId::ALL`].
    pub severities: [Severity; RuleId::ALL.len()],
    /// The date terms must be in force on; `None`: today.
    pub date: Option<Date>,
    /// Words never reported.
    pub accept: Vec<String>,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            severities: RuleId::ALL.map(RuleId::default_severity),
            date: None,
            accept: Vec::new(),
        }
    }
}

impl CheckOptions {
    pub fn severity(&self, rule: RuleId) -> Severity {
        self.severities[rule as usize]
    }

    pub fn set_severity(&mut self, rule: RuleId, severity: Severity) {
        self.severities[rule as usize] = severity;
    }
}

/// A glossary ready to check documents against.
pub struct Checker {
    pub glossary: Glossary,
    matcher: Matcher,
    options: CheckOptions,
    date: Date,
    accept: rustc_hash::FxHashSet<String>,
}

impl Checker {
    pub fn new(glossary: Glossary, options: CheckOptions) -> Checker {
        let accept: rustc_hash::FxHashSet<String> =
            options.accept.iter().map(|w| surface(w)).collect();
        let matcher = Matcher::new(
            &glossary,
            MatchOptions {
                accept: options.accept.iter().map(|w| skeleton(w)).collect(),
            },
        );
        Checker {
            date: options.date.unwrap_or_else(Date::today),
            glossary,
            matcher,
            options,
            accept,
        }
    }

    /// The findings in `doc`, read as `lang` (segments that carry their own language keep it),
    /// ordered by position.
    pub fn check(&self, doc: &Document, lang: &str) -> Vec<Finding> {
        let mut hits_by_lang: Vec<(&str, Vec<crate::matcher::Hit>)> = Vec::new();
        for segment in &doc.segments {
            let seg_lang = segment.lang.as_deref().unwrap_or(lang);
            let hits = self.matcher.find(&self.glossary, segment, seg_lang);
            match hits_by_lang.iter_mut().find(|(l, _)| *l == seg_lang) {
                Some((_, all)) => all.extend(hits),
                None => hits_by_lang.push((seg_lang, hits)),
            }
        }
        let mut findings = Vec::new();
        for (seg_lang, hits) in &hits_by_lang {
            let ctx = RuleContext {
                glossary: &self.glossary,
                lang: seg_lang,
                date: Some(self.date),
                text: &doc.text,
            };
            rules::forbidden::check(&ctx, hits, &mut findings);
            rules::misspelling::check(&ctx, hits, &mut findings);
            rules::case::check(&ctx, hits, &mut findings);
            rules::inconsistent::check(&ctx, hits, &mut findings);
        }
        findings.retain_mut(|f| {
            f.severity = self.options.severity(f.rule);
            f.severity != Severity::Off && !self.accept.contains(&surface(&f.found))
        });
        findings.sort_by(|a, b| {
            (a.range.start, a.range.end, a.rule).cmp(&(b.range.start, b.range.end, b.rule))
        });
        findings
    }

    /// The findings in a plain-text string.
    pub fn check_text(&self, text: &str, lang: &str) -> Vec<Finding> {
        let doc = Document {
            path: "-".to_string(),
            text: text.to_string(),
            segments: plain::segments(text),
            ..Document::default()
        };
        self.check(&doc, lang)
    }
}
