//! What is judged across the files of a run, once each file is checked: the consistency of a
//! desk's stories (`--consistency run`).
//!
//! Each file leaves its groups of hits that should share one form ([`ConsistencyGroup`]); the
//! groups of every file with the same language and the same source term (or none) are judged
//! together by [`inconsistent::check_desk`]. Files are taken in path order, so the findings
//! depend neither on the number of threads nor on the order the files were found in.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::{Checker, ConsistencyGroup};
use crate::config::Consistency;
use crate::diagnostic::{Finding, LineIndex, Severity};
use crate::matcher::{Hit, TermRef};
use crate::rules::inconsistent::{self, DeskFile};

/// One checked file as the run-wide pass sees it.
pub(crate) struct DeskInput<'a> {
    /// As reports show it.
    pub path: &'a str,
    pub text: &'a str,
    pub groups: &'a [ConsistencyGroup],
}

impl Checker {
    /// Whether consistency is judged across the files of a run (`--consistency run`).
    pub(crate) fn judges_runs(&self) -> bool {
        self.options.consistency == Consistency::Run
    }

    /// The run-wide consistency findings of `files`, in path order: each with the index of
    /// its file. Findings pointing at another file name it in `related_path`. Severities and
    /// accepted words are applied by [`Checker::finish`] on each file's findings.
    pub(crate) fn desk_findings(&self, files: &[DeskInput]) -> Vec<(usize, Finding)> {
        if self.options.severity(inconsistent::ID) == Severity::Off {
            return Vec::new();
        }
        type Members<'h> = Vec<(usize, &'h [Hit])>;
        let mut keyed: BTreeMap<(&str, Option<TermRef>), Members> = BTreeMap::new();
        for (i, file) in files.iter().enumerate() {
            for g in file.groups {
                (keyed.entry((g.lang.as_str(), g.from)).or_default()).push((i, g.hits.as_slice()));
            }
        }
        let indexes: Vec<OnceLock<LineIndex>> = files.iter().map(|_| OnceLock::new()).collect();
        let place = |file: usize, offset: usize| {
            let text = files[file].text;
            let idx = indexes[file].get_or_init(|| LineIndex::new(text));
            let (line, _) = idx.line_col(text, offset);
            format!("{}:{line}", files[file].path)
        };
        let mut out = Vec::new();
        for ((lang, _), members) in keyed {
            let desk: Vec<DeskFile> = (members.iter())
                .map(|&(i, hits)| DeskFile {
                    ctx: self.context(lang, files[i].text),
                    hits,
                })
                .collect();
            let mut found = Vec::new();
            inconsistent::check_desk(&desk, &|k, offset| place(members[k].0, offset), &mut found);
            for (k, related, mut finding) in found {
                let (file, related) = (members[k].0, members[related].0);
                if file != related {
                    finding.related_path = Some(files[related].path.into());
                }
                out.push((file, finding));
            }
        }
        out
    }
}
