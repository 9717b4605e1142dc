//! Reports: the findings of a run, rendered for people (`human`), scripts (`json`), code
//! scanning (`sarif`) and GitHub Actions annotations (`github`).
//!
//! Line and column are computed here and only here, from byte offsets (see `position`).

pub mod baseline;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use std::cell::OnceCell;
use std::ops::Range;

use rustc_hash::FxHashMap;

pub use crate::diagnostic::Skipped;
use crate::diagnostic::{Checked, Finding, LineIndex, Place, Severity};
use crate::lang::LangSource;

/// Everything a run found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The files checked, in path order.
    pub files: Vec<FileReport>,
    /// Inputs that could not be checked (unreadable, not text), with the reason.
    pub skipped: Vec<Skipped>,
    /// Files that findings refer to but that were not checked in the run (the reference
    /// locale's catalog read from disk): for their lines, columns and text. No findings.
    pub context: Vec<FileReport>,
}

/// The findings in one file.
#[derive(Clone, Debug)]
pub struct FileReport {
    /// As given on the command line; `-` for standard input.
    pub path: String,
    /// The file as read, for line/column and snippets.
    pub text: String,
    /// The language checked, and how it was chosen.
    pub lang: Option<String>,
    pub lang_source: LangSource,
    /// Ordered by position.
    pub findings: Vec<Finding>,
    /// With `--explain`, what the bilingual check looked for in each unit whose source is in
    /// this file, ordered by position; `None` without it.
    pub checked: Option<Vec<Checked>>,
    /// For a localization catalog checked against the reference locale's, message by
    /// message: that file, and the key drift between the two.
    pub reference: Option<Reference>,
}

/// The reference locale's catalog a file was paired with by message id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// As reports show it.
    pub path: String,
    pub lang: String,
    /// The file's messages whose id the reference lacks: the id, and the byte range of its
    /// (first) text in the file.
    pub unknown_ids: Vec<(String, Range<usize>)>,
    /// The reference's message ids the file lacks, in reference order.
    pub missing_ids: Vec<String>,
}

impl FileReport {
    /// Whether the file was read but not checked: nothing told its language.
    pub fn language_unknown(&self) -> bool {
        self.lang.is_none() || self.lang_source == LangSource::Unknown
    }

    /// What the reports say of a file whose language is unknown: a bilingual file (XLIFF,
    /// PO, TMX) needs its languages (`--source-lang`, `--target-lang`), any other `--lang`.
    pub fn language_unknown_text(&self, loc: &crate::i18n::Localizer) -> String {
        let bilingual =
            crate::formats::Format::from_path(std::path::Path::new(&self.path)).is_bilingual();
        let id = if bilingual {
            "lang-unknown-bilingual"
        } else {
            "lang-unknown"
        };
        loc.text(id, &[("path", crate::i18n::Arg::Str(&self.path))])
    }
}

/// The counts of CONTRACT.md's `summary`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub findings: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Report {
    /// How many files were checked: read and in a known language.
    pub fn files_checked(&self) -> usize {
        self.files.iter().filter(|f| f.lang.is_some()).count()
    }

    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            files: self.files.len(),
            ..Summary::default()
        };
        for f in self.files.iter().flat_map(|f| &f.findings) {
            s.findings += 1;
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Off => {}
            }
        }
        s
    }

    /// Every finding with its file, ordered by path, then position, then rule, without
    /// sorting `self`: the order of every writer.
    pub fn ordered(&self) -> Vec<(&FileReport, &Finding)> {
        let mut all: Vec<(&FileReport, &Finding)> = self
            .files
            .iter()
            .flat_map(|file| file.findings.iter().map(move |f| (file, f)))
            .collect();
        all.sort_by(|(fa, a), (fb, b)| {
            (fa.path.as_str(), a.range.start, a.range.end, a.rule).cmp(&(
                fb.path.as_str(),
                b.range.start,
                b.range.end,
                b.rule,
            ))
        });
        all
    }

    /// The files, ordered by path.
    pub fn ordered_files(&self) -> Vec<&FileReport> {
        let mut files: Vec<&FileReport> = self.files.iter().collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }

    /// The skipped inputs, ordered by path.
    pub fn ordered_skipped(&self) -> Vec<&Skipped> {
        let mut skipped: Vec<&Skipped> = self.skipped.iter().collect();
        skipped.sort_by(|a, b| a.path.cmp(&b.path));
        skipped
    }

    /// Sorts files by path and findings by position, so output is deterministic.
    pub fn sort(&mut self) {
        self.files.sort_by(|a, b| a.path.cmp(&b.path));
        for f in &mut self.files {
            f.findings.sort_by(|a, b| {
                (a.range.start, a.range.end, a.rule).cmp(&(b.range.start, b.range.end, b.rule))
            });
        }
        self.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    }
}

/// The files of a report by path, each with its line index built on first use: for the places
/// a finding points at in another file than its own (`related_path`, a counterpart in the other
/// file of aligned text).
pub struct Files<'a> {
    by_path: FxHashMap<&'a str, (&'a FileReport, OnceCell<LineIndex>)>,
}

impl<'a> Files<'a> {
    pub fn new(report: &'a Report) -> Files<'a> {
        let by_path = (report.context.iter().chain(&report.files))
            .map(|f| (f.path.as_str(), (f, OnceCell::new())))
            .collect();
        Files { by_path }
    }

    /// The file of `path`, with its line index.
    pub fn get(&self, path: &str) -> Option<(&'a FileReport, &LineIndex)> {
        let (file, idx) = self.by_path.get(path)?;
        Some((file, idx.get_or_init(|| LineIndex::new(&file.text))))
    }

    /// The file and range of `place`, a place named by a finding of `file`: in `file` unless
    /// it names another. `None` when that file is not in the report or the range is not in it.
    pub fn place(
        &self,
        file: &'a FileReport,
        place: &Place,
    ) -> Option<(&'a FileReport, &LineIndex, Range<usize>)> {
        let path = place.path.as_deref().unwrap_or(&file.path);
        let (other, idx) = self.get(path)?;
        (other.text.get(place.range.clone()).is_some()).then(|| (other, idx, place.range.clone()))
    }

    /// Where the other form of `f`, a finding of `file`, is used (`related`, in the file of
    /// `related_path` if any).
    pub fn related(
        &self,
        file: &'a FileReport,
        f: &Finding,
    ) -> Option<(&'a FileReport, &LineIndex, Range<usize>)> {
        let place = Place {
            path: f.related_path.clone(),
            range: f.related.clone()?,
        };
        self.place(file, &place)
    }
}
