//! `termlint check`, `init` and `rules`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use rayon::prelude::*;

use super::{CheckArgs, ColorChoice, OutputFormat};
use crate::check::{CheckOptions, Checker};
use crate::config::Config;
use crate::formats::po::decode_po;
use crate::formats::{aligned, Document, Format};
use crate::glossary::{Date, Glossary};
use crate::i18n::Localizer;
use crate::input::{self, Input};
use crate::lang::{self, LangSource};
use crate::matcher::lexicon::Lexicon;
use crate::report::{self, FileReport, Report, Skipped};
use crate::rules::REGISTRY;
use crate::text::decode::decode;

/// Checks the inputs and writes the report; the exit status says what was found.
pub fn run(args: CheckArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let config = load_config(&args, &cwd)?;
    let (config_dir, config) = match config {
        Some((path, config)) => (
            path.parent().map(Path::to_path_buf).unwrap_or_default(),
            config,
        ),
        None => (cwd.clone(), Config::default()),
    };
    let threads = worker_threads(args.threads);
    let lang_given = args.lang.clone().or_else(|| config.lang.clone());
    if threads > 1 {
        if let Some(lang) = lang_given.clone() {
            // The language's dictionary (a Hunspell parse of 10 to 150 ms) loads on another core
            // while the glossary is read: a short draft then takes the longer of the two, not
            // their sum.
            std::thread::spawn(move || Lexicon::builtin().is_known(&lang, "the"));
        }
    }
    let ui_lang = args
        .ui_lang
        .clone()
        .or_else(|| config.ui_lang.clone())
        .unwrap_or_else(|| "en".to_string());
    let localizer = Localizer::new(&ui_lang);
    let glossary = load_glossaries(&args, &config_dir, &config)?;
    warn_status_conflicts(&glossary, &localizer);
    let options = check_options(&args, &config)?;
    let checker = Checker::new(glossary, options);
    let known = checker.glossary.languages();
    for (option, value) in [
        ("--lang", &args.lang),
        ("--source-lang", &args.source_lang),
        ("--target-lang", &args.target_lang),
    ] {
        if let Some(lang) = value {
            if !lang::is_language_tag(lang) {
                bail!("{option} '{lang}' is not a BCP 47 language tag (e.g. en, ru, pt-BR)");
            }
        }
    }

    let mut report = Report::default();
    let mut skipped = Vec::new();
    if let (Some(source), Some(target)) = (&args.source, &args.target) {
        match check_aligned(source, target, &checker, &args, &known) {
            Ok(files) => report.files.extend(files),
            Err(s) => skipped.push(s),
        }
    } else {
        check_paths(&checker, &args, &config, &known, &mut report, &mut skipped)?;
    }
    report.skipped = skipped;
    report.sort();
    match write_report(&report, &args, &localizer) {
        // The reader closed the pipe: what it read was right, and the status still says what
        // was found.
        Err(e) if super::is_broken_pipe(&e) => {}
        other => other?,
    }

    let summary = report.summary();
    let status = if report.skipped.iter().any(|s| s.is_error) {
        2
    } else if summary.errors > 0 {
        1
    } else {
        0
    };
    // The process ends here: freeing a large glossary and every file piece by piece would
    // take longer than all the rest of a short run.
    std::mem::forget(checker);
    std::mem::forget(report);
    Ok(status)
}

/// Checks the files and directories named on the command line.
fn check_paths(
    checker: &Checker,
    args: &CheckArgs,
    config: &Config,
    known: &[String],
    report: &mut Report,
    skipped: &mut Vec<Skipped>,
) -> Result<()> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (inputs, expand_skipped) = input::expand(&paths, &config.ignore);
    skipped.extend(expand_skipped);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(worker_threads(args.threads))
        .build()
        .context("cannot start worker threads")?;
    let results: Vec<Result<FileReport, Skipped>> = pool.install(|| {
        if let Some(lang) = args.lang.as_deref().or(config.lang.as_deref()) {
            // Built here, the matcher of the language uses every worker; built by the first
            // file, it would make the others wait.
            checker.prepare(lang);
        }
        inputs
            .par_iter()
            .map(|input| check_input(input, checker, args, config, known))
            .collect()
    });
    for r in results {
        match r {
            Ok(file) => report.files.push(file),
            Err(s) => skipped.push(s),
        }
    }
    Ok(())
}

/// The worker threads to start for `--threads` (`None` or 0: all cores): never more than the
/// cores. The work is CPU-bound, so more threads only cost their start-up and memory
/// (`--threads 10000` took 30 to 50 s for a 19-byte file); the findings never depend on it.
fn worker_threads(requested: Option<usize>) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    match requested {
        None | Some(0) => cores,
        Some(n) => n.min(cores),
    }
}

/// Writes the report in the format asked for.
fn write_report(report: &Report, args: &CheckArgs, localizer: &Localizer) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        OutputFormat::Human => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    std::io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            report::human::write(
                report,
                &mut out,
                localizer,
                report::human::HumanOptions { color },
            )
        }
        OutputFormat::Json => report::json::write(report, &mut out, localizer),
        OutputFormat::Sarif => report::sarif::write(report, &mut out, localizer),
        OutputFormat::Github => report::github::write(report, &mut out, localizer),
    }
    .and_then(|()| out.flush())
    .context("cannot write the report")
}

/// Writes a commented `termlint.toml`, never over an existing file (see `fsio`).
pub fn init(path: &Path) -> Result<u8> {
    crate::fsio::create_new(path, |w| w.write_all(Config::init_template().as_bytes()))?;
    write_stdout(|out| writeln!(out, "wrote {}", path.display()))
}

/// Lists the rules.
pub fn rules() -> Result<u8> {
    write_stdout(|out| {
        for r in REGISTRY {
            writeln!(
                out,
                "{:<14} {:<8} {}",
                r.id.as_str(),
                r.default_severity.as_str(),
                r.summary
            )?;
        }
        Ok(())
    })
}

/// Writes to standard output with `write`, never panicking: a closed pipe ends the listing
/// quietly (status 0, as in ripgrep), any other error (a full disk) is an error (status 2).
fn write_stdout(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<u8> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(0),
        other => other.context("cannot write to standard output").map(|()| 0),
    }
}

fn load_config(args: &CheckArgs, cwd: &Path) -> Result<Option<(PathBuf, Config)>> {
    if args.no_config {
        return Ok(None);
    }
    if let Some(path) = &args.config {
        let config = Config::load(path)?;
        return Ok(Some((path.clone(), config)));
    }
    Ok(Config::discover(cwd)?)
}

fn load_glossaries(args: &CheckArgs, config_dir: &Path, config: &Config) -> Result<Glossary> {
    let files: Vec<PathBuf> = if !args.glossaries.is_empty() {
        args.glossaries.clone()
    } else {
        config
            .glossaries
            .iter()
            .map(|g| config_dir.join(g))
            .collect()
    };
    if files.is_empty() {
        return Ok(Glossary::builtin());
    }
    let mut all = Glossary::default();
    for file in &files {
        let g = Glossary::load(file)?;
        all.merge(g)?;
    }
    Ok(all)
}

/// Warns, on standard error, of each form one concept approves and another forbids (two
/// glossaries that disagree): the matcher reads it as forbidden, whatever the order of `-g`.
fn warn_status_conflicts(glossary: &Glossary, localizer: &Localizer) {
    let conflicts = glossary.status_conflicts();
    if conflicts.is_empty() {
        return;
    }
    let mut err = std::io::stderr().lock();
    for c in &conflicts {
        let (approved_at, forbidden_at) = (c.approved.2.to_string(), c.forbidden.2.to_string());
        let text = localizer.text(
            "warning-status-conflict",
            &[
                ("form", c.approved.1.as_str().into()),
                ("lang", c.lang.as_str().into()),
                ("approved", c.approved.0.as_str().into()),
                ("approved_at", approved_at.as_str().into()),
                ("forbidden", c.forbidden.0.as_str().into()),
                ("forbidden_at", forbidden_at.as_str().into()),
            ],
        );
        let warning = localizer.text("severity-warning", &[]);
        // A closed or full standard error must not stop the run.
        let _ = writeln!(err, "{warning}: {text}");
    }
}

fn check_options(args: &CheckArgs, config: &Config) -> Result<CheckOptions> {
    let mut options = CheckOptions::default();
    for (rule, severity) in &config.rules {
        options.set_severity(*rule, *severity);
    }
    options.accept = config.accept.clone();
    options.source_lang = args.source_lang.clone();
    options.target_lang = args.target_lang.clone();
    options.include_fuzzy = args.include_fuzzy;
    options.include_obsolete = args.include_obsolete;
    options.date = match &args.date {
        Some(d) => Some(
            Date::parse(d).with_context(|| format!("--date '{d}' is not a date (YYYY-MM-DD)"))?,
        ),
        None => config.date,
    };
    Ok(options)
}

/// The largest input read (`--max-file-size`).
fn max_file_size(args: &CheckArgs) -> u64 {
    args.max_file_size.unwrap_or(input::DEFAULT_MAX_FILE_SIZE)
}

/// Why an input could not be read, with the option that changes the limit.
fn read_error(e: &input::ReadError) -> String {
    match e {
        input::ReadError::TooLarge { .. } => format!("{e} (see --max-file-size)"),
        input::ReadError::Io(_) => e.to_string(),
    }
}

/// Reads, decodes and checks one input.
fn check_input(
    input: &Input,
    checker: &Checker,
    args: &CheckArgs,
    config: &Config,
    known: &[String],
) -> std::result::Result<FileReport, Skipped> {
    let path = input.display();
    let skip = |reason: String, is_error: bool| Skipped {
        path: path.clone(),
        reason,
        is_error,
    };
    let bytes = input
        .read(max_file_size(args))
        .map_err(|e| skip(read_error(&e), true))?;
    let format = Format::from_path(&input.path);
    let decoded = match format {
        Format::Po => decode_po(bytes),
        _ => decode(bytes),
    };
    let text = decoded.map_err(|e| skip(e.to_string(), !e.is_binary()))?;
    let doc = format
        .read_with(&path, text, args.source_lang.as_deref())
        .map_err(|e| skip(format!("{path}:{e}"), true))?;
    // A bilingual file says its target language; options and configuration say it for the
    // files that do not.
    let declared = (!doc.units.is_empty())
        .then(|| {
            (args.target_lang.clone().map(|l| (l, LangSource::Option)))
                .or_else(|| doc.target_lang.clone().map(|l| (l, LangSource::Format)))
        })
        .flatten();
    let text = &doc.text;
    let (lang, source) = if let Some((l, s)) = declared {
        (Some(l), s)
    } else if let Some(l) = &args.lang {
        (Some(l.clone()), LangSource::Option)
    } else if let Some(l) = config.lang_for_path(&input.path).or(config.lang.as_deref()) {
        (Some(l.to_string()), LangSource::Config)
    } else if let Some((l, s)) = lang::from_path(&input.path, known) {
        (Some(l), s)
    } else if let Some(l) = lang::from_script(text, known) {
        (Some(l), LangSource::Script)
    } else {
        (None, LangSource::Unknown)
    };
    let findings = match &lang {
        Some(l) => checker.check(&doc, l),
        None => Vec::new(),
    };
    Ok(FileReport {
        path,
        text: doc.text,
        lang,
        lang_source: source,
        findings,
    })
}

/// Checks aligned text: `--source` and `--target`, line by line.
fn check_aligned(
    source: &Path,
    target: &Path,
    checker: &Checker,
    args: &CheckArgs,
    known: &[String],
) -> std::result::Result<Vec<FileReport>, Skipped> {
    let read = |path: &Path, given: &Option<String>| {
        let input = Input::file(path.to_path_buf());
        let shown = input.display();
        let skip = |reason: String| Skipped {
            path: shown.clone(),
            reason,
            is_error: true,
        };
        let bytes = input
            .read(max_file_size(args))
            .map_err(|e| skip(read_error(&e)))?;
        let text = decode(bytes).map_err(|e| skip(e.to_string()))?;
        let (lang, from) = match given {
            Some(l) => (l.clone(), LangSource::Option),
            None => lang::from_path(path, known)
                .or_else(|| lang::from_script(&text, known).map(|l| (l, LangSource::Script)))
                .ok_or_else(|| {
                    skip("its language is unknown (use --source-lang/--target-lang)".into())
                })?,
        };
        let doc = Document {
            path: shown,
            segments: aligned::segments_by_line(&text),
            text,
            ..Document::default()
        };
        Ok((doc, lang, from))
    };
    let (src, src_lang, src_from) = read(source, &args.source_lang)?;
    let (tgt, tgt_lang, tgt_from) = read(target, &args.target_lang)?;
    if src.segments.len() != tgt.segments.len() {
        return Err(Skipped {
            path: tgt.path.clone(),
            reason: format!(
                "not aligned with {}: {} lines against {}",
                src.path,
                tgt.segments.len(),
                src.segments.len()
            ),
            is_error: true,
        });
    }
    let (src_findings, tgt_findings) = checker.check_aligned(&src, &tgt, &src_lang, &tgt_lang);
    Ok(vec![
        FileReport {
            path: src.path,
            text: src.text,
            lang: Some(src_lang),
            lang_source: src_from,
            findings: src_findings,
        },
        FileReport {
            path: tgt.path,
            text: tgt.text,
            lang: Some(tgt_lang),
            lang_source: tgt_from,
            findings: tgt_findings,
        },
    ])
}
