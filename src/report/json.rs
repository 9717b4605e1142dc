//! The JSON report (`--format json`): CONTRACT.md's, version 1.
//!
//! ```text
//! {
//!   "version": 1,
//!   "findings": [                      // by path, then position
//!     {
//!       "rule": "misspelling",         // a stable rule id
//!       "severity": "error",           // "error" | "warning"
//!       "path": "drafts/syria.txt",    // as given; "-" for stdin
//!       "line": 3,                     // 1-based
//!       "column": 33,                  // 1-based, in Unicode scalar values
//!       "start": 97,                   // byte offsets into the file as read;
//!       "end": 104,                    //   `found` is exactly that slice
//!       "found": "Erdogen",
//!       "suggestions": ["Erdogan"],    // best first; may be empty
//!       "concept": "erdogan",
//!       "lang": "en",
//!       "unit": null,                  // segment id in bilingual files, else null
//!       "message": "'Erdogen' looks like a misspelling of 'Erdogan'",
//!       "fix": {                       // null when there is no mechanical fix; `found`
//!         "replacement": "Erdogan",    //   replaced by `replacement` (as text, unescaped);
//!         "safe": true                 //   `--fix` applies the safe ones, `--unsafe-fixes`
//!       },                             //   all
//!       "related": {                   // extension, only when there is one (inconsistent):
//!         "path": "drafts/syria.txt",  //   where the other form is used: the finding's file,
//!         "line": 1, "column": 5,      //   or another with --consistency run
//!         "start": 4, "end": 9
//!       },
//!       "side": "target",              // extension, only in bilingual files: the side of the
//!                                      //   unit the finding is about (source | target); the
//!                                      //   translation rules' findings are about the target
//!       "counterpart": {               // extension, only in bilingual files: the unit's
//!         "side": "source",            //   segment on the other side of the finding's, as
//!         "path": "story.xlf",         //   in its file (aligned text: the other file)
//!         "line": 4, "column": 20, "start": 120, "end": 142,
//!         "text": "Fighting in Idlib."
//!       }
//!     }
//!   ],
//!   "summary": {"files": 1, "findings": 1, "errors": 1, "warnings": 0},
//!   "files": [                         // extension: every file checked, by path
//!     {"path": "drafts/syria.txt", "lang": "en", "lang_source": "file-name"},
//!     {"path": "locales/fr/main.ftl", "lang": "fr", "lang_source": "folder",
//!      "reference": {                  // extension, only for a localization catalog paired
//!        "path": "locales/en/main.ftl",//   with the reference locale's by message id
//!        "lang": "en",
//!        "unknown_ids": [              //   its messages the reference lacks
//!          {"id": "old-title", "line": 4, "column": 13, "start": 60, "end": 71}
//!        ],
//!        "missing_ids": ["new-title"]  //   the reference's messages it lacks
//!      }}
//!   ],                                 //   lang is null when unknown (file not checked)
//!   "skipped": [                       // extension: inputs not checked, by path
//!     {"path": "photo.jpg", "reason": "not a text file"}
//!   ],
//!   "checked": [                       // extension, only with --explain: per bilingual
//!     {                                //   unit, each source span looked for, by path
//!       "path": "story.xlf", "unit": "u1", "line": 4, "column": 20,
//!       "start": 120, "end": 125, "source": "Idlib",
//!       "concepts": [{"concept": "idlib", "found": true}],
//!       "outcome": "translated"        // translated | misspelt | forbidden | copied |
//!     }                                //   other-concept | missing | not-translated
//!   ]
//! }
//! ```
//!
//! The shape is these wire structs, kept apart from the internal types so those can change
//! without breaking users. Adding a field is fine; renaming or removing one needs a new
//! `version`. Pretty-printed, with a trailing newline.

use std::io::{self, Write};

use serde::Serialize;

use super::{FileReport, Files, Report};
use crate::diagnostic::LineIndex;
use crate::i18n::Localizer;

/// The version of the report's shape.
pub const VERSION: u32 = 1;

/// Writes `report` as CONTRACT.md's JSON, with messages rendered by `loc`.
pub fn write(report: &Report, out: &mut dyn Write, loc: &Localizer) -> io::Result<()> {
    let wire = WireReport::new(report, loc);
    serde_json::to_writer_pretty(&mut *out, &wire)?;
    writeln!(out)
}

#[derive(Serialize)]
struct WireReport<'a> {
    version: u32,
    findings: Vec<WireFinding<'a>>,
    summary: WireSummary,
    files: Vec<WireFile<'a>>,
    skipped: Vec<WireSkipped<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    checked: Option<Vec<WireChecked<'a>>>,
}

#[derive(Serialize)]
struct WireChecked<'a> {
    path: &'a str,
    unit: Option<&'a str>,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    source: &'a str,
    concepts: Vec<WireConcept<'a>>,
    outcome: &'static str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    derived: bool,
}

#[derive(Serialize)]
struct WireConcept<'a> {
    concept: &'a str,
    found: bool,
}

#[derive(Serialize)]
struct WireFinding<'a> {
    rule: &'static str,
    severity: &'static str,
    path: &'a str,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    found: &'a str,
    suggestions: &'a [String],
    concept: &'a str,
    lang: &'a str,
    unit: Option<&'a str>,
    message: String,
    fix: Option<WireFix<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    related: Option<WireRelated<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    side: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counterpart: Option<WireCounterpart<'a>>,
}

#[derive(Serialize)]
struct WireCounterpart<'a> {
    side: &'static str,
    #[serde(flatten)]
    at: WireRelated<'a>,
    text: &'a str,
}

#[derive(Serialize)]
struct WireFix<'a> {
    replacement: &'a str,
    safe: bool,
}

#[derive(Serialize)]
struct WireRelated<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
}

impl<'a> WireRelated<'a> {
    /// The place `r` of `file`, whose line index is `idx`.
    fn at(file: &'a FileReport, idx: &LineIndex, r: std::ops::Range<usize>) -> WireRelated<'a> {
        let (line, column) = idx.line_col(&file.text, r.start);
        WireRelated {
            path: &file.path,
            line,
            column,
            start: r.start,
            end: r.end,
        }
    }
}

#[derive(Serialize)]
struct WireSummary {
    files: usize,
    findings: usize,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct WireFile<'a> {
    path: &'a str,
    lang: Option<&'a str>,
    lang_source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<WireReference<'a>>,
}

#[derive(Serialize)]
struct WireReference<'a> {
    path: &'a str,
    lang: &'a str,
    unknown_ids: Vec<WireId<'a>>,
    missing_ids: &'a [String],
}

#[derive(Serialize)]
struct WireId<'a> {
    id: &'a str,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct WireSkipped<'a> {
    path: &'a str,
    reason: &'a str,
}

impl<'a> WireReport<'a> {
    fn new(report: &'a Report, loc: &Localizer) -> WireReport<'a> {
        let mut findings = Vec::new();
        let files = Files::new(report);
        let mut index: Option<(&str, LineIndex)> = None;
        for (file, f) in report.ordered() {
            let idx = match &index {
                Some((path, idx)) if *path == file.path => idx,
                _ => &index.insert((&file.path, LineIndex::new(&file.text))).1,
            };
            let (line, column) = idx.line_col(&file.text, f.range.start);
            findings.push(WireFinding {
                rule: f.rule.as_str(),
                severity: f.severity.as_str(),
                path: &file.path,
                line,
                column,
                start: f.range.start,
                end: f.range.end,
                // The contract's promise; the rules' `found` is the same text.
                found: file.text.get(f.range.clone()).unwrap_or(&f.found),
                suggestions: &f.suggestions,
                concept: &f.concept,
                lang: &f.lang,
                unit: f.unit.as_deref(),
                message: loc.message(&f.message),
                fix: f.fix.as_ref().map(|x| WireFix {
                    replacement: &x.replacement,
                    safe: x.safe,
                }),
                related: (files.related(file, f))
                    .map(|(other, idx, r)| WireRelated::at(other, idx, r)),
                side: f.side.map(|s| s.as_str()),
                counterpart: f.counterpart.as_ref().and_then(|c| {
                    let (other, idx, r) = files.place(file, &c.place)?;
                    Some(WireCounterpart {
                        side: c.side.as_str(),
                        text: &other.text[r.clone()],
                        at: WireRelated::at(other, idx, r),
                    })
                }),
            });
        }
        let s = report.summary();
        WireReport {
            version: VERSION,
            findings,
            summary: WireSummary {
                files: s.files,
                findings: s.findings,
                errors: s.errors,
                warnings: s.warnings,
            },
            files: report
                .ordered_files()
                .into_iter()
                .map(|f| WireFile {
                    path: &f.path,
                    lang: f.lang.as_deref(),
                    lang_source: f.lang_source.as_str(),
                    reference: f.reference.as_ref().map(|r| {
                        let idx = LineIndex::new(&f.text);
                        WireReference {
                            path: &r.path,
                            lang: &r.lang,
                            unknown_ids: (r.unknown_ids.iter())
                                .map(|(id, range)| {
                                    let (line, column) = idx.line_col(&f.text, range.start);
                                    WireId {
                                        id,
                                        line,
                                        column,
                                        start: range.start,
                                        end: range.end,
                                    }
                                })
                                .collect(),
                            missing_ids: &r.missing_ids,
                        }
                    }),
                })
                .collect(),
            skipped: report
                .ordered_skipped()
                .into_iter()
                .map(|s| WireSkipped {
                    path: &s.path,
                    reason: &s.reason,
                })
                .collect(),
            checked: checked(report),
        }
    }
}

/// The `checked` list, when any file has one (`--explain`).
fn checked(report: &Report) -> Option<Vec<WireChecked<'_>>> {
    let files = report.ordered_files();
    if files.iter().all(|f| f.checked.is_none()) {
        return None;
    }
    let mut out = Vec::new();
    for file in files {
        let Some(checked) = &file.checked else {
            continue;
        };
        let idx = LineIndex::new(&file.text);
        for c in checked {
            let (line, column) = idx.line_col(&file.text, c.range.start);
            out.push(WireChecked {
                path: &file.path,
                unit: c.unit.as_deref(),
                line,
                column,
                start: c.range.start,
                end: c.range.end,
                source: &c.found,
                concepts: (c.concepts.iter())
                    .map(|(concept, found)| WireConcept {
                        concept,
                        found: *found,
                    })
                    .collect(),
                outcome: c.outcome,
                derived: c.derived,
            });
        }
    }
    Some(out)
}
