//! Inline suppressions applied to a file's findings: those a `termlint: ignore` or `off`
//! covers are dropped, and a suppression that covers none is reported
//! (`unused-suppression`).

use crate::diagnostic::{Finding, Message, Severity};
use crate::formats::directives::{self, Suppression};
use crate::formats::Document;
use crate::rules::{self, unused_suppression};

/// Drops the findings of `doc` its suppressions cover, and adds one `unused-suppression`
/// finding (at `severity`, none when off) per suppression that covers none or names a rule
/// there is not. The findings stay ordered by position.
pub(crate) fn apply(doc: &Document, lang: &str, severity: Severity, findings: &mut Vec<Finding>) {
    let suppressions = directives::suppressions(doc);
    if suppressions.is_empty() {
        return;
    }
    let mut used = vec![false; suppressions.len()];
    findings.retain(|f| {
        let mut keep = true;
        for (s, used) in suppressions.iter().zip(used.iter_mut()) {
            if covers(s, f) {
                *used = true;
                keep = false;
            }
        }
        keep
    });
    if severity == Severity::Off {
        return;
    }
    for (s, used) in suppressions.iter().zip(used) {
        let unknown: Vec<&str> = (s.rules.iter())
            .filter(|r| rules::lookup(r).is_none())
            .map(String::as_str)
            .collect();
        let message = if !unknown.is_empty() {
            let ids: Vec<&str> = rules::ids().map(|r| r.as_str()).collect();
            Message::new("finding-suppression-unknown-rule")
                .arg("rule", unknown.join(", "))
                .arg("rules", ids.join(", "))
        } else if !used {
            Message::new("finding-unused-suppression")
                .arg("found", doc.text[s.range.clone()].to_string())
        } else {
            continue;
        };
        findings.push(Finding {
            rule: unused_suppression::ID,
            severity,
            range: s.range.clone(),
            found: doc.text[s.range.clone()].to_string(),
            suggestions: Vec::new(),
            concept: String::new(),
            lang: lang.to_string(),
            unit: None,
            message,
            related: None,
            related_path: None,
            side: None,
            counterpart: None,
            fix: None,
        });
    }
    findings.sort_by(|a, b| {
        (a.range.start, a.range.end, a.rule).cmp(&(b.range.start, b.range.end, b.rule))
    });
}

/// Whether suppression `s` covers finding `f`: it starts in what `s` covers, and `s` names
/// its rule or none.
fn covers(s: &Suppression, f: &Finding) -> bool {
    f.rule != unused_suppression::ID
        && (s.rules.is_empty() || s.rules.iter().any(|r| r == f.rule.as_str()))
        && s.covers
            .iter()
            .any(|c| c.start <= f.range.start && f.range.start < c.end.max(c.start + 1))
}
