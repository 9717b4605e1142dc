//! Reports: the findings of a run, rendered for people (`human`), scripts (`json`), code
//! scanning (`sarif`) and GitHub Actions annotations (`github`).
//!
//! Line and column are computed here and only here, from byte offsets (see `position`).

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

pub use crate::diagnostic::Skipped;
use crate::diagnostic::{Checked, Finding, Severity};
use crate::lang::LangSource;

/// Everything a run found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The files checked, in path order.
    pub files: Vec<FileReport>,
    /// Inputs that could not be checked (unreadable, not text), with the reason.
    pub skipped: Vec<Skipped>,
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
