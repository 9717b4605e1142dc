//! The pipeline as a library call: paths, a file or bytes in, a [`Report`] out.
//!
//! Every surface (the command line, the fuzz targets, the benches, and editors, a web page or
//! a binding later) checks through here: reading (bounded), decoding (a PO file by its
//! charset), parsing by format, choosing the language, and the [`Checker`]. None of them reads
//! files, detects languages or pairs aligned text its own way.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::desk::DeskInput;
use super::sides::Sides;
use super::{Checker, ConsistencyGroup};
use crate::config::Config;
use crate::diagnostic::{Side, Skipped};
use crate::fix::{self, Applicability};
use crate::formats::po::decode_po;
use crate::formats::properties::decode_properties;
use crate::formats::{aligned, Document, Format};
use crate::glossary::{merge, Glossary, GlossaryError};
use crate::input::{self, Input, ReadError};
use crate::lang::{self, LangSource};
use crate::layout;
use crate::report::{FileReport, Report};
use crate::rules;
use crate::text::decode::decode;

/// What the caller knows of the inputs, over what the files and the configuration say.
#[derive(Clone, Debug)]
pub struct Hints {
    /// The language of monolingual input (`--lang`).
    pub lang: Option<String>,
    /// The source language of bilingual input (`--source-lang`), over what the file says.
    pub source_lang: Option<String>,
    /// The target language of bilingual input (`--target-lang`).
    pub target_lang: Option<String>,
    /// The largest input read, in bytes.
    pub max_file_size: u64,
    /// What standard input is read as, and which files are checked (`--stdin-filename`,
    /// `--changed-since`).
    pub selection: input::Selection,
}

impl Default for Hints {
    fn default() -> Self {
        Hints {
            lang: None,
            source_lang: None,
            target_lang: None,
            max_file_size: input::DEFAULT_MAX_FILE_SIZE,
            selection: input::Selection::default(),
        }
    }
}

/// A checker with what it needs to turn inputs into reports.
pub struct Pipeline<'a> {
    pub checker: &'a Checker,
    pub config: &'a Config,
    pub hints: Hints,
    /// The glossary's languages, among which file names and scripts are recognised.
    known: Vec<String>,
}

impl<'a> Pipeline<'a> {
    pub fn new(checker: &'a Checker, config: &'a Config, hints: Hints) -> Pipeline<'a> {
        Pipeline {
            known: checker.languages(),
            checker,
            config,
            hints,
        }
    }

    /// The language given for monolingual input: the hint, else the configuration's.
    pub fn given_lang(&self) -> Option<&str> {
        self.hints.lang.as_deref().or(self.config.lang.as_deref())
    }

    /// Checks the files and folders `paths` (`-` for standard input) on `threads` threads
    /// (0: one per core). Inputs that could not be checked are in the report's `skipped`.
    ///
    /// A localization catalog in a layout ([`layout`]) whose reference locale's file exists
    /// (among the inputs or on disk) is checked against it, message by message
    /// ([`Pipeline::check_catalog`]); the reference file itself, and every other input, alone.
    pub fn check_paths(&self, paths: &[PathBuf], threads: usize) -> Result<Report, PipelineError> {
        let (inputs, skipped) =
            input::expand_selected(paths, &self.config.ignore, &self.hints.selection);
        let references = self.references(&inputs);
        let read: FxHashMap<&Path, OnceLock<Option<Reference>>> = (references.values())
            .map(|r| (r.as_path(), OnceLock::new()))
            .collect();
        let (pending, skipped) = self.each_input(inputs, skipped, threads, |i| {
            let reference = (references.get(&i.path)).and_then(|r| {
                read[r.as_path()]
                    .get_or_init(|| self.read_reference(r))
                    .as_ref()
            });
            match reference {
                Some(reference) => self.check_catalog(i, reference),
                None => self.check_pending(i),
            }
        })?;
        let files = self.finish_run(pending);
        // The references read from disk, for the places findings point at in them.
        let context = (read.into_values())
            .filter_map(|r| r.into_inner().flatten())
            .filter(|r| !files.iter().any(|f| f.path == r.doc.path))
            .map(|r| FileReport {
                path: r.doc.path,
                text: r.doc.text,
                lang: Some(r.lang),
                lang_source: crate::lang::LangSource::Unknown,
                findings: Vec::new(),
                checked: None,
                reference: None,
            })
            .collect();
        let mut report = Report {
            files,
            skipped,
            context,
        };
        report.sort();
        Ok(report)
    }

    /// [`Pipeline::check_paths`], fixing each file in memory ([`Pipeline::fix_bytes`]): the
    /// report is the check of the fixed content, and each file that fixes change is returned
    /// with what was read and what it becomes, for the caller to write (or show as a diff).
    pub fn fix_paths(
        &self,
        paths: &[PathBuf],
        threads: usize,
        level: Applicability,
    ) -> Result<(Report, Vec<Fixed>), PipelineError> {
        let (inputs, skipped) =
            input::expand_selected(paths, &self.config.ignore, &self.hints.selection);
        let (results, skipped) =
            self.each_input(inputs, skipped, threads, |i| self.fix_input(i, level))?;
        let mut report = Report {
            files: Vec::new(),
            skipped,
            context: Vec::new(),
        };
        let mut fixed = Vec::new();
        for (file, f) in results {
            report.files.push(file);
            fixed.extend(f);
        }
        report.sort();
        fixed.sort_by(|a, b| a.name.cmp(&b.name));
        Ok((report, fixed))
    }

    /// Runs `each` on every input on `threads` threads: what it gave, and the inputs skipped
    /// (after those already in `skipped`).
    fn each_input<T, F>(
        &self,
        inputs: Vec<Input>,
        mut skipped: Vec<Skipped>,
        threads: usize,
        each: F,
    ) -> Result<(Vec<T>, Vec<Skipped>), PipelineError>
    where
        T: Send,
        F: Fn(&Input) -> Result<T, Skipped> + Sync,
    {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| PipelineError::Threads(e.to_string()))?;
        let results: Vec<Result<T, Skipped>> = pool.install(|| {
            if let Some(lang) = self.given_lang() {
                // Built here, the matcher of the language uses every worker; built by the
                // first file, it would make the others wait.
                self.checker.prepare(lang);
            }
            inputs.par_iter().map(&each).collect()
        });
        let mut done = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(t) => done.push(t),
                Err(s) => skipped.push(s),
            }
        }
        Ok((done, skipped))
    }

    /// For each input that is a catalog in a layout, the reference locale's file of its
    /// catalog, when there is one that is not the input itself: the input of the catalog in
    /// the reference locale ([`Pipeline::reference_among`]), else such a file on disk.
    fn references(&self, inputs: &[Input]) -> FxHashMap<PathBuf, PathBuf> {
        let l10n = &self.config.l10n;
        let mut catalogs: std::collections::BTreeMap<String, Vec<(&Path, Option<String>)>> =
            Default::default();
        for i in inputs.iter().filter(|i| !i.is_stdin()) {
            if Format::from_path(&i.path).is_bilingual() {
                continue;
            }
            if let Some(p) = layout::place(&i.path, &l10n.patterns, &self.config.root) {
                catalogs.entry(p.key).or_default().push((&i.path, p.locale));
            }
        }
        let mut out = FxHashMap::default();
        for (key, files) in catalogs {
            let reference = (self.reference_among(&files).map(Path::to_path_buf))
                .or_else(|| reference_on_disk(&key, l10n.reference.as_deref()));
            let Some(reference) = reference else { continue };
            for (path, _) in files {
                if path != reference {
                    out.insert(path.to_path_buf(), reference.clone());
                }
            }
        }
        out
    }

    /// The file of the reference locale among the `files` of one catalog: the configured
    /// `[l10n] reference`, else the layout's reference place (Android `values/`, iOS
    /// `Base.lproj`), else English (`en`, then `en-US`, then any other `en-*`).
    fn reference_among<'p>(&self, files: &[(&'p Path, Option<String>)]) -> Option<&'p Path> {
        let find = |test: &dyn Fn(Option<&str>) -> bool| {
            (files.iter())
                .find(|(_, l)| test(l.as_deref()))
                .map(|(p, _)| *p)
        };
        if let Some(reference) = &self.config.l10n.reference {
            return find(&|l| l.is_some_and(|l| layout::same_locale(l, reference)));
        }
        find(&|l| l.is_none())
            .or_else(|| find(&|l| l.is_some_and(|l| layout::same_locale(l, "en"))))
            .or_else(|| find(&|l| l.is_some_and(|l| layout::same_locale(l, "en-US"))))
            .or_else(|| find(&|l| l.is_some_and(|l| lang::primary(l) == "en")))
    }

    /// The reference catalog at `path`, read and parsed, with its language: what the path,
    /// the configuration or the text tells, else the configured reference locale, else
    /// English. `None` when it cannot be read (its own check, if it is an input, says why).
    fn read_reference(&self, path: &Path) -> Option<Reference> {
        let named = self.read_named(path).ok()?;
        let doc = read_document(&named.name, path, named.bytes, None).ok()?;
        if !doc.units.is_empty() {
            return None;
        }
        let lang = match self.lang_of(&doc, path) {
            (Some(l), _) => l,
            (None, _) => (self.config.l10n.reference.clone()).unwrap_or_else(|| "en".into()),
        };
        Some(Reference { doc, lang })
    }

    /// Reads a catalog and checks it against the reference locale's, message by message
    /// ([`Checker::check_paired`]). A file that is not a monolingual catalog, or in the
    /// reference's language, is checked alone.
    fn check_catalog(&self, input: &Input, reference: &Reference) -> Result<Pending, Skipped> {
        let path = input.display();
        let bytes = input
            .read(self.hints.max_file_size)
            .map_err(|e| read_skip(&path, &e))?;
        let doc = read_document(&path, &input.path, bytes, self.hints.source_lang.as_deref())?;
        let (lang, source) = self.lang_of(&doc, &input.path);
        let Some(lang) = lang
            .filter(|l| doc.units.is_empty() && lang::primary(l) != lang::primary(&reference.lang))
        else {
            return self.check_doc_pending(&path, &input.path, doc);
        };
        let desk = self.checker.judges_runs();
        let (mut findings, groups, paired) =
            (self.checker).check_paired(&reference.doc, &doc, &reference.lang, &lang, desk);
        self.checker.suppress(&doc, &lang, &mut findings);
        let sides = Sides::of_pairs(&doc, &reference.doc, &paired.units);
        Ok(Pending {
            report: FileReport {
                path,
                text: doc.text,
                lang: Some(lang),
                lang_source: source,
                findings,
                checked: None,
                reference: Some(crate::report::Reference {
                    path: reference.doc.path.clone(),
                    lang: reference.lang.clone(),
                    unknown_ids: paired.unknown_ids,
                    missing_ids: paired.missing_ids,
                }),
            },
            groups,
            sides: Some(sides),
        })
    }

    /// Reads one input and fixes it in memory ([`Pipeline::fix_bytes`]).
    pub fn fix_input(
        &self,
        input: &Input,
        level: Applicability,
    ) -> Result<(FileReport, Option<Fixed>), Skipped> {
        let path = input.display();
        let bytes = input
            .read(self.hints.max_file_size)
            .map_err(|e| read_skip(&path, &e))?;
        self.fix_bytes(&path, &input.path, bytes, level)
    }

    /// Checks the bytes of a file as [`Pipeline::check_bytes`] does, applies the fixes allowed
    /// at `level` and checks again, until no fix is left (at most [`fix::MAX_ROUNDS`] rounds).
    /// Returns the check of the fixed content, and the file's fixes when they change it. A
    /// file that is not stored as UTF-8 (UTF-16, a PO file in a legacy charset) is not fixed:
    /// its findings' offsets are not those of its bytes ([`Fixed::not_utf8`]).
    pub fn fix_bytes(
        &self,
        name: &str,
        path: &Path,
        bytes: Vec<u8>,
        level: Applicability,
    ) -> Result<(FileReport, Option<Fixed>), Skipped> {
        let format = Format::from_path(path);
        let recheck = |bytes: Vec<u8>| Ok(vec![self.check_bytes(name, path, bytes)?]);
        let (mut reports, fixed) = fix_in_rounds(name, path, bytes, format, level, recheck, 0)?;
        Ok((reports.remove(0), fixed))
    }

    /// Reads and checks one input. A file whose language cannot be told is reported with no
    /// language and no findings; a file that is not text is skipped with a note.
    pub fn check_input(&self, input: &Input) -> Result<FileReport, Skipped> {
        let pending = self.check_pending(input)?;
        Ok(self.finish_one(pending))
    }

    /// [`Pipeline::check_input`], before the run-wide pass.
    fn check_pending(&self, input: &Input) -> Result<Pending, Skipped> {
        let path = input.display();
        let bytes = input
            .read(self.hints.max_file_size)
            .map_err(|e| read_skip(&path, &e))?;
        self.check_bytes_pending(&path, &input.path, bytes)
    }

    /// What is judged across the files of a run (see [`super::desk`]), then the files'
    /// reports, in path order.
    fn finish_run(&self, mut files: Vec<Pending>) -> Vec<FileReport> {
        files.sort_by(|a, b| a.report.path.cmp(&b.report.path));
        if self.checker.judges_runs() {
            let inputs: Vec<DeskInput> = (files.iter())
                .map(|f| DeskInput {
                    path: &f.report.path,
                    text: &f.report.text,
                    groups: &f.groups,
                })
                .collect();
            let found = self.checker.desk_findings(&inputs);
            let mut touched = vec![false; files.len()];
            for (i, finding) in found {
                files[i].report.findings.push(finding);
                touched[i] = true;
            }
            for (file, touched) in files.iter_mut().zip(touched) {
                if touched {
                    self.checker.finish(&mut file.report.findings);
                }
            }
        }
        let keep = self.checker.options.side;
        (files.into_iter())
            .map(|mut f| {
                if let Some(sides) = &f.sides {
                    sides.apply(&mut f.report.findings, keep);
                }
                f.report
            })
            .collect()
    }

    /// The report of one file checked alone (a run of one file).
    fn finish_one(&self, pending: Pending) -> FileReport {
        (self.finish_run(vec![pending]).pop()).expect("one file in, one out")
    }

    /// Decodes, parses and checks the bytes of a file shown as `name`, whose format and
    /// language hints come from `path`. A file whose language cannot be told is returned
    /// with no findings and `lang` `None`.
    pub fn check_bytes(
        &self,
        name: &str,
        path: &Path,
        bytes: Vec<u8>,
    ) -> Result<FileReport, Skipped> {
        let pending = self.check_bytes_pending(name, path, bytes)?;
        Ok(self.finish_one(pending))
    }

    /// [`Pipeline::check_bytes`], before the run-wide pass.
    fn check_bytes_pending(
        &self,
        name: &str,
        path: &Path,
        bytes: Vec<u8>,
    ) -> Result<Pending, Skipped> {
        let doc = read_document(name, path, bytes, self.hints.source_lang.as_deref())?;
        self.check_doc_pending(name, path, doc)
    }

    /// Checks a document read from `path`, shown as `name`, alone.
    fn check_doc_pending(
        &self,
        name: &str,
        path: &Path,
        doc: Document,
    ) -> Result<Pending, Skipped> {
        let (lang, source) = self.lang_of(&doc, path);
        let desk = self.checker.judges_runs();
        let (findings, checked, groups) = match &lang {
            Some(l) => {
                let (mut findings, checked, groups) = self.checker.check_grouped(&doc, l, desk);
                self.checker.suppress(&doc, l, &mut findings);
                (findings, checked, groups)
            }
            None => (Vec::new(), Vec::new(), Vec::new()),
        };
        let bilingual = !doc.units.is_empty();
        let sides = Sides::of_units(&doc);
        Ok(Pending {
            report: FileReport {
                path: name.to_string(),
                text: doc.text,
                lang,
                lang_source: source,
                findings,
                checked: (self.checker.explains() && bilingual).then_some(checked),
                reference: None,
            },
            groups,
            sides,
        })
    }

    /// The language of a document and how it was chosen: a bilingual file's target language
    /// (the hint's, else the file's); else the hint, the configuration (by path, then for
    /// all), the file's name or folder, the script of its text.
    fn lang_of(&self, doc: &Document, path: &Path) -> (Option<String>, LangSource) {
        if !doc.units.is_empty() {
            let declared = (self
                .hints
                .target_lang
                .clone()
                .map(|l| (l, LangSource::Option)))
            .or_else(|| doc.target_lang.clone().map(|l| (l, LangSource::Format)));
            if let Some((l, s)) = declared {
                return (Some(l), s);
            }
        }
        if let Some(l) = &self.hints.lang {
            (Some(l.clone()), LangSource::Option)
        } else if let Some(l) = (self.config.lang_for_path(path)).or(self.config.lang.as_deref()) {
            (Some(l.to_string()), LangSource::Config)
        } else if let Some(l) = &doc.target_lang {
            // A monolingual catalog's declared locale (YAML root key, ARB `@@locale`).
            (Some(l.clone()), LangSource::Format)
        } else if let Some((l, s)) = lang::from_path(path, &self.known) {
            (Some(l), s)
        } else if let Some(l) = lang::from_script(&doc.text, &self.known) {
            (Some(l), LangSource::Script)
        } else {
            (None, LangSource::Unknown)
        }
    }

    /// Checks aligned text: line `n` of `source` is translated by line `n` of `target`. The
    /// languages are `source_lang` and `target_lang`, else told from each file's name or
    /// script. Returns the two files' reports, source first.
    pub fn check_aligned(
        &self,
        source: &Path,
        target: &Path,
        source_lang: Option<&str>,
        target_lang: Option<&str>,
    ) -> Result<Vec<FileReport>, Skipped> {
        let source = self.read_named(source)?;
        let target = self.read_named(target)?;
        self.check_aligned_bytes(source, target, source_lang, target_lang)
    }

    /// [`Pipeline::check_aligned`] on bytes already read.
    pub fn check_aligned_bytes(
        &self,
        source: Named<'_>,
        target: Named<'_>,
        source_lang: Option<&str>,
        target_lang: Option<&str>,
    ) -> Result<Vec<FileReport>, Skipped> {
        let source_path = source.name.clone();
        let (src, src_lang, src_from) = self.read_aligned(source, source_lang)?;
        let (tgt, tgt_lang, tgt_from) = self.read_aligned(target, target_lang)?;
        ensure_aligned(&src, &tgt)?;
        let desk = self.checker.judges_runs();
        let (src_findings, tgt_findings, checked, groups) =
            (self.checker).check_aligned_grouped(&src, &tgt, &src_lang, &tgt_lang, desk);
        let explains = self.checker.explains();
        let src_sides = Sides::of_aligned(&src, &tgt, &tgt.path, Side::Source);
        let tgt_sides = Sides::of_aligned(&tgt, &src, &src.path, Side::Target);
        let files = vec![
            Pending {
                report: FileReport {
                    path: src.path,
                    text: src.text,
                    lang: Some(src_lang),
                    lang_source: src_from,
                    findings: src_findings,
                    checked: explains.then_some(checked),
                    reference: None,
                },
                groups: Vec::new(),
                sides: Some(src_sides),
            },
            Pending {
                report: FileReport {
                    path: tgt.path,
                    text: tgt.text,
                    lang: Some(tgt_lang),
                    lang_source: tgt_from,
                    findings: tgt_findings,
                    checked: None,
                    reference: None,
                },
                groups,
                sides: Some(tgt_sides),
            },
        ];
        // Source first, as documented, whatever the paths.
        let mut reports = self.finish_run(files);
        if reports.len() == 2 && reports[1].path == source_path {
            reports.swap(0, 1);
        }
        Ok(reports)
    }

    /// [`Pipeline::check_aligned`], fixing the target file in memory as
    /// [`Pipeline::fix_bytes`] does: only the target is the translator's to change. Returns
    /// the check of the fixed content and the target's fixes when they change it.
    pub fn fix_aligned(
        &self,
        source: &Path,
        target: &Path,
        source_lang: Option<&str>,
        target_lang: Option<&str>,
        level: Applicability,
    ) -> Result<(Vec<FileReport>, Option<Fixed>), Skipped> {
        let src = self.read_named(source)?;
        let tgt = self.read_named(target)?;
        let recheck = |bytes: Vec<u8>| {
            let t = Named {
                name: tgt.name.clone(),
                path: tgt.path,
                bytes,
            };
            self.check_aligned_bytes(src.clone(), t, source_lang, target_lang)
        };
        let bytes = tgt.bytes.clone();
        fix_in_rounds(&tgt.name, tgt.path, bytes, Format::Plain, level, recheck, 1)
    }

    /// The bytes of the file at `path`, read within the size limit.
    fn read_named<'p>(&self, path: &'p Path) -> Result<Named<'p>, Skipped> {
        read_named(path, self.hints.max_file_size)
    }

    /// One side of aligned text, its language and how it was chosen.
    fn read_aligned(
        &self,
        file: Named<'_>,
        given: Option<&str>,
    ) -> Result<(Document, String, LangSource), Skipped> {
        read_aligned(file, given, &self.known)
    }
}

/// A reference locale's catalog, read once for every catalog paired with it.
struct Reference {
    doc: Document,
    lang: String,
}

/// The file of the reference locale for catalog `key` on disk, if there is one: the layout's
/// reference place (Android `values/`, iOS `Base.lproj`, a `.properties` default bundle), or
/// the key in the `configured` reference locale, else in English (`en`, `en-US`, `en_US`,
/// `en-GB`).
fn reference_on_disk(key: &str, configured: Option<&str>) -> Option<PathBuf> {
    let mut candidates = Vec::new();
    match configured {
        Some(l) => {
            candidates.push(key.replace("{locale}", l));
            candidates.push(key.replace("{locale}", &l.replace('-', "_")));
        }
        None => {
            candidates.push(key.replace("values-{locale}", "values"));
            candidates.push(key.replace("{locale}.lproj", "Base.lproj"));
            candidates.push(key.replace("_{locale}.properties", ".properties"));
            for l in ["en", "en-US", "en_US", "en-GB"] {
                candidates.push(key.replace("{locale}", l));
            }
        }
    }
    (candidates.into_iter())
        .filter(|c| !c.contains("{locale}"))
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

/// A file checked, before what is judged across the files of a run.
struct Pending {
    report: FileReport,
    /// The groups of hits that should share one form, when consistency is judged across the
    /// run ([`super::Consistency::Run`]); empty otherwise.
    groups: Vec<ConsistencyGroup>,
    /// The segments of a bilingual file's units, for each finding's side and counterpart;
    /// `None` for a monolingual file.
    sides: Option<Sides>,
}

/// Checks `original`, the bytes of the file `name` at `path` (in `format`), with `check`, which
/// gives the reports of the files checked together (aligned text: source and target), that of
/// this file at index `fixable`; applies the fixes allowed at `level` to it, and checks again,
/// until no fix is left (at most [`fix::MAX_ROUNDS`] rounds). Returns the last check and the
/// file's fixes when they change it. A file not stored as UTF-8 (UTF-16, a PO file in a
/// legacy charset) is not fixed: its findings' offsets are not those of its bytes
/// ([`Fixed::not_utf8`]).
fn fix_in_rounds(
    name: &str,
    path: &Path,
    original: Vec<u8>,
    format: Format,
    level: Applicability,
    check: impl Fn(Vec<u8>) -> Result<Vec<FileReport>, Skipped>,
    fixable: usize,
) -> Result<(Vec<FileReport>, Option<Fixed>), Skipped> {
    let fixed = |fixed: String, applied: usize, not_utf8: bool, original: Vec<u8>| Fixed {
        name: name.to_string(),
        path: path.to_path_buf(),
        original,
        fixed,
        applied,
        not_utf8,
    };
    let mut checked = check(original.clone())?;
    let utf8 = checked[fixable].text.as_bytes() == original.as_slice();
    let mut text: Option<String> = None;
    let mut applied = 0;
    for _ in 0..fix::MAX_ROUNDS {
        let file = &checked[fixable];
        let edits = fix::edits(&file.text, &file.findings, format, level);
        if edits.is_empty() {
            break;
        }
        if !utf8 {
            return Ok((checked, Some(fixed(String::new(), 0, true, original))));
        }
        let new = fix::apply(&file.text, &edits);
        applied += edits.len();
        checked = check(new.clone().into_bytes())?;
        text = Some(new);
    }
    let result = text.map(|text| fixed(text, applied, false, original));
    Ok((checked, result))
}

/// An error on the target unless the two sides of aligned text have as many lines.
pub fn ensure_aligned(src: &Document, tgt: &Document) -> Result<(), Skipped> {
    if src.segments.len() == tgt.segments.len() {
        return Ok(());
    }
    Err(Skipped {
        path: tgt.path.clone(),
        reason: format!(
            "not aligned with {}: {} lines against {}",
            src.path,
            tgt.segments.len(),
            src.segments.len()
        ),
        is_error: true,
    })
}

/// The bytes of the file at `path`, read within `max_file_size`.
pub fn read_named(path: &Path, max_file_size: u64) -> Result<Named<'_>, Skipped> {
    let input = Input::file(path.to_path_buf());
    let name = input.display();
    match input.read(max_file_size) {
        Ok(bytes) => Ok(Named { name, path, bytes }),
        Err(e) => Err(read_skip(&name, &e)),
    }
}

/// The document of the bytes of a file shown as `name`, decoded and parsed in the format of
/// `path` (a PO file decoded by its charset); `source_lang` pairs a TMX file's `<tuv>`s.
pub fn read_document(
    name: &str,
    path: &Path,
    bytes: Vec<u8>,
    source_lang: Option<&str>,
) -> Result<Document, Skipped> {
    let skip = |reason: String, is_error: bool| Skipped {
        path: name.to_string(),
        reason,
        is_error,
    };
    let format = Format::from_path(path);
    let decoded = match format {
        Format::Po => decode_po(bytes),
        Format::Properties => decode_properties(bytes),
        _ => decode(bytes),
    };
    let text = decoded.map_err(|e| skip(e.to_string(), !e.is_binary()))?;
    format
        .read_with(name, text, source_lang)
        .map_err(|e| skip(format!("{name}:{e}"), true))
}

/// One side of aligned text, its language and how it was chosen: `given`, else told from the
/// file's name or script among the languages `known`.
pub fn read_aligned(
    file: Named<'_>,
    given: Option<&str>,
    known: &[String],
) -> Result<(Document, String, LangSource), Skipped> {
    let skip = |reason: String| Skipped {
        path: file.name.to_string(),
        reason,
        is_error: true,
    };
    let text = decode(file.bytes).map_err(|e| skip(e.to_string()))?;
    let (lang, from) = match given {
        Some(l) => (l.to_string(), LangSource::Option),
        None => lang::from_path(file.path, known)
            .or_else(|| lang::from_script(&text, known).map(|l| (l, LangSource::Script)))
            .ok_or_else(|| {
                skip("its language is unknown (use --source-lang/--target-lang)".into())
            })?,
    };
    Ok((aligned::document(file.name, text), lang, from))
}

/// A file that fixes change: what was read, and what it becomes. Writing it (atomically, and
/// only if the file is still what was read) or showing the difference is the caller's.
#[derive(Clone, Debug)]
pub struct Fixed {
    /// As reports show it; `-` for standard input.
    pub name: String,
    /// Where it was read from (`-` for standard input).
    pub path: PathBuf,
    /// The bytes read and checked: a file is written back only if it still holds them.
    pub original: Vec<u8>,
    /// The content with the fixes applied.
    pub fixed: String,
    /// How many fixes were applied, over all rounds.
    pub applied: usize,
    /// The file has fixes but is not stored as UTF-8, so it is not rewritten (`fixed` is
    /// empty and `applied` 0).
    pub not_utf8: bool,
}

/// The bytes of a file, with the name reports show and the path its format and language
/// hints come from.
#[derive(Clone)]
pub struct Named<'a> {
    pub name: String,
    pub path: &'a Path,
    pub bytes: Vec<u8>,
}

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("cannot start worker threads: {0}")]
    Threads(String),
}

/// The glossaries in `files`, merged; the built-in news glossary when there are none. Their
/// examples must name rules there are.
pub fn load_glossaries(files: &[PathBuf]) -> Result<Glossary, GlossaryError> {
    if files.is_empty() {
        return Ok(Glossary::builtin());
    }
    let mut all = Glossary::default();
    for file in files {
        all.merge(load_one(file)?)?;
    }
    Ok(all)
}

/// The glossary of one file, its examples checked.
fn load_one(file: &Path) -> Result<Glossary, GlossaryError> {
    let g = Glossary::load(file)?;
    validate_examples(&g)?;
    Ok(g)
}

/// The glossaries in `files` (the built-in one when there are none) with those in `extend` put
/// on top of them, one after the other ([`merge::extend`]): `--glossary` and
/// `--extend-glossary`. Also returns the forms of the base that gave way to the extensions.
pub fn load_extended(
    files: &[PathBuf],
    extend: &[PathBuf],
) -> Result<(Glossary, Vec<merge::GaveWay>), GlossaryError> {
    let mut glossary = load_glossaries(files)?;
    let mut gave_way = Vec::new();
    for file in extend {
        gave_way.extend(merge::extend(&mut glossary, load_one(file)?));
    }
    Ok((glossary, gave_way))
}

/// A glossary from the bytes of a file named `name`, read by extension `ext` (`toml`, `tbx`,
/// `csv`), its examples checked like [`load_glossaries`]'.
pub fn parse_glossary(name: &str, ext: &str, bytes: &[u8]) -> Result<Glossary, GlossaryError> {
    let g = Glossary::parse(name, ext, bytes)?;
    validate_examples(&g)?;
    Ok(g)
}

/// An error for the first example of `glossary` that expects a rule the registry lacks.
pub fn validate_examples(glossary: &Glossary) -> Result<(), GlossaryError> {
    let examples = glossary.concepts.iter().flat_map(|c| &c.examples);
    for example in examples {
        let Some(rule) = &example.expect else {
            continue;
        };
        if rules::lookup(rule).is_none() {
            let ids: Vec<&str> = rules::ids().map(|r| r.as_str()).collect();
            return Err(GlossaryError::at(
                &example.origin,
                format!(
                    "unknown rule '{rule}' in example; expected none or one of {}",
                    ids.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

/// A skipped input for a read error, with the option that changes the limit.
fn read_skip(path: &str, e: &ReadError) -> Skipped {
    let reason = match e {
        ReadError::TooLarge { .. } => format!("{e} (see --max-file-size)"),
        ReadError::Io(_) => e.to_string(),
    };
    Skipped {
        path: path.to_string(),
        reason,
        is_error: true,
    }
}
