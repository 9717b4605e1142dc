//! Baselines (`check --baseline FILE`, `--write-baseline FILE`): the findings a project has
//! accepted for now, so that CI fails on new findings only.
//!
//! A finding is known by a fingerprint that survives edits elsewhere in the file: its path, rule,
//! concept, unit, the text found, and up to three words either side of it on its line. Not its
//! line or offset, so lines moving above it change nothing; a finding whose words around change
//! is a new finding. Two findings alike in all of that are counted: a baseline that holds one
//! lets one through.
//!
//! The file is JSON, written in path and position order so that it diffs well under version
//! control:
//!
//! ```text
//! {
//!   "version": 1,
//!   "findings": [
//!     {"fingerprint": "5f0c2e61a7d9b3e4", "path": "drafts/syria.txt", "rule": "misspelling",
//!      "found": "Erdogen", "line": 3}
//!   ]
//! }
//! ```
//!
//! Only `fingerprint` is read back; the rest says what the line is about to a reviewer.

use std::io::{self, Write};

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::Report;
use crate::diagnostic::{Finding, LineIndex};

/// The version of the baseline file this build writes and reads.
const VERSION: u32 = 1;

/// How many words either side of a finding its fingerprint takes.
const CONTEXT_WORDS: usize = 3;

/// The fingerprints of a baseline file, each with how many findings it holds.
#[derive(Debug, Default)]
pub struct Baseline {
    counts: FxHashMap<String, usize>,
}

/// Why a baseline file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{0}")]
    Parse(String),
    #[error("baseline version {0} is not supported (this termlint reads version {VERSION})")]
    Version(u32),
}

#[derive(Serialize)]
struct WireBaseline<'a> {
    version: u32,
    findings: Vec<WireEntry<'a>>,
}

#[derive(Serialize)]
struct WireEntry<'a> {
    fingerprint: String,
    path: String,
    rule: &'a str,
    found: &'a str,
    line: usize,
}

/// What is read back: the version and the fingerprints (other fields are ignored).
#[derive(Deserialize)]
struct ReadBaseline {
    version: u32,
    findings: Vec<ReadEntry>,
}

#[derive(Deserialize)]
struct ReadEntry {
    fingerprint: String,
}

impl Baseline {
    /// The baseline in `text`, a file this module wrote.
    pub fn parse(text: &str) -> Result<Baseline, BaselineError> {
        let wire: ReadBaseline =
            serde_json::from_str(text).map_err(|e| BaselineError::Parse(e.to_string()))?;
        if wire.version != VERSION {
            return Err(BaselineError::Version(wire.version));
        }
        let mut counts: FxHashMap<String, usize> = FxHashMap::default();
        for e in wire.findings {
            *counts.entry(e.fingerprint).or_default() += 1;
        }
        Ok(Baseline { counts })
    }

    /// Removes from `report` the findings the baseline holds, as many of each fingerprint as
    /// it holds; returns how many were removed.
    pub fn apply(mut self, report: &mut Report) -> usize {
        let mut removed = 0;
        for file in &mut report.files {
            let path = file.path.clone();
            let text = std::mem::take(&mut file.text);
            file.findings.retain(|f| {
                let known = self.counts.get_mut(&fingerprint(&path, &text, f));
                match known {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        removed += 1;
                        false
                    }
                    _ => true,
                }
            });
            file.text = text;
        }
        removed
    }
}

/// Writes the baseline of every finding of `report` to `out`; returns how many it holds.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut findings = Vec::new();
    let mut index: Option<(&str, LineIndex)> = None;
    for (file, f) in report.ordered() {
        let idx = match &index {
            Some((path, idx)) if *path == file.path => idx,
            _ => &index.insert((&file.path, LineIndex::new(&file.text))).1,
        };
        findings.push(WireEntry {
            fingerprint: fingerprint(&file.path, &file.text, f),
            path: normal_path(&file.path),
            rule: f.rule.as_str(),
            found: &f.found,
            line: idx.line_col(&file.text, f.range.start).0,
        });
    }
    let n = findings.len();
    let wire = WireBaseline {
        version: VERSION,
        findings,
    };
    serde_json::to_writer_pretty(&mut *out, &wire)?;
    writeln!(out)?;
    Ok(n)
}

/// The fingerprint of `f`, a finding in `text`, the file of `path`: 16 hex digits.
pub fn fingerprint(path: &str, text: &str, f: &Finding) -> String {
    let mut h = Fnv::default();
    for part in [
        normal_path(path).as_str(),
        f.rule.as_str(),
        &f.concept,
        f.unit.as_deref().unwrap_or(""),
        &f.found,
    ] {
        h.write(part.as_bytes());
        h.write(&[0]);
    }
    let start = f.range.start.min(text.len());
    let end = f.range.end.clamp(start, text.len());
    let (before, after) = match (text.get(..start), text.get(end..)) {
        (Some(b), Some(a)) => (b, a),
        _ => ("", ""),
    };
    let line_before = before.rsplit('\n').next().unwrap_or("");
    let line_after = after.split('\n').next().unwrap_or("");
    let words_before: Vec<&str> = words(line_before).rev().take(CONTEXT_WORDS).collect();
    for w in words_before.iter().rev() {
        h.write(w.as_bytes());
        h.write(&[1]);
    }
    h.write(&[2]);
    for w in words(line_after).take(CONTEXT_WORDS) {
        h.write(w.as_bytes());
        h.write(&[1]);
    }
    format!("{:016x}", h.0)
}

/// `path` with `/` separators and no leading `./`: the same file named alike on every system.
fn normal_path(path: &str) -> String {
    let p = path.replace('\\', "/");
    p.strip_prefix("./").unwrap_or(&p).to_string()
}

/// The words of `s`: runs of letters and digits.
fn words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// FNV-1a, 64 bits: stable across builds and platforms, as a file kept under version control
/// needs (the standard library's hasher may change between Rust releases).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(text: &str, found: &str) -> Finding {
        crate::diagnostic::test_finding("misspelling", text, found, "erdogan", &["Erdogan"])
    }

    #[test]
    fn a_fingerprint_survives_lines_moving_but_not_its_words_changing() {
        let text = "Talks began.\nPresident Erdogen met envoys in Ankara.\n";
        let moved = "A new first line.\n\nTalks began.\nPresident Erdogen met envoys in Ankara.\n";
        let reworded = "Talks began.\nPresident Erdogen met diplomats in Ankara.\n";
        let print = |t: &str| fingerprint("drafts/a.txt", t, &finding(t, "Erdogen"));
        assert_eq!(print(text), print(moved));
        assert_ne!(print(text), print(reworded));
        assert_eq!(print(text).len(), 16);
        // Another file, or the same file named otherwise.
        assert_ne!(
            fingerprint("drafts/b.txt", text, &finding(text, "Erdogen")),
            print(text)
        );
        assert_eq!(
            fingerprint("./drafts\\a.txt", text, &finding(text, "Erdogen")),
            print(text)
        );
    }

    #[test]
    fn bad_baselines_are_errors() {
        assert!(matches!(
            Baseline::parse("{\"version\": 2, \"findings\": []}"),
            Err(BaselineError::Version(2))
        ));
        assert!(matches!(
            Baseline::parse("[1, 2"),
            Err(BaselineError::Parse(_))
        ));
        assert!(
            Baseline::parse("{\"version\": 1, \"findings\": [{\"fingerprint\": \"ab\"}]}").is_ok()
        );
    }
}
