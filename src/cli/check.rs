//! `termlint check`, `init`, `rules` and `rule`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use super::baseline;
use super::fix;
use super::output;
use super::select;
use super::{CheckArgs, ColorChoice, ConsistencyArg, FailLevel, OutputFormat, SideArg};
use crate::check::{load_extended, CheckOptions, Checker, Hints, Pipeline};
use crate::config::{Config, Consistency};
use crate::diagnostic::Side;
use crate::fix::Applicability;
use crate::glossary::{Date, Glossary};
use crate::i18n::{self, Arg, Localizer};
use crate::input;
use crate::lang;
use crate::matcher::lexicon::Lexicon;
use crate::report::{self, Report};
use crate::rules::{self, REGISTRY};

/// Checks the inputs and writes the report; the exit status says what was found.
pub fn run(mut args: CheckArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let config = load_config(&args, &cwd)?;
    let (config_dir, config) = match config {
        Some((path, config)) => (
            path.parent().map(Path::to_path_buf).unwrap_or_default(),
            config,
        ),
        None => (cwd.clone(), Config::default()),
    };
    // `--ui-lang` over the configuration's `ui-lang` over the environment.
    let ui = args.ui_lang.clone().or_else(|| config.ui_lang.clone());
    if let Some(l) = &ui {
        warn_ui_lang(l);
    }
    let localizer = Localizer::new(&ui.unwrap_or_else(env_ui_lang));
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
    let threads = worker_threads(args.threads);
    let lang_given = args.lang.clone().or_else(|| config.lang.clone());
    if threads > 1 {
        if let Some(lang) = lang_given.clone() {
            // The language's dictionary (a Hunspell parse of 10 to 150 ms) loads on another core
            // while the glossary is read: a short draft then takes the longer of the two, not
            // their sum.
            std::thread::spawn(move || Lexicon::builtin().load(&lang));
        }
    }
    let files: Vec<PathBuf> = if !args.glossaries.is_empty() {
        args.glossaries.clone()
    } else {
        (config.glossaries.iter())
            .map(|g| config_dir.join(g))
            .collect()
    };
    // The configuration's extensions, then the command line's, each on top of the last.
    let extend: Vec<PathBuf> = (config.extend_glossaries.iter())
        .map(|g| config_dir.join(g))
        .chain(args.extend_glossaries.iter().cloned())
        .collect();
    let (glossary, gave_way) = load_extended(&files, &extend)?;
    if args.verbose {
        for g in &gave_way {
            let at = g.at.to_string();
            let text = localizer.text(
                "note-gave-way",
                &[
                    ("form", g.form.as_str().into()),
                    ("lang", g.lang.as_str().into()),
                    ("concept", g.concept.as_str().into()),
                    ("by", g.by.as_str().into()),
                    ("at", at.as_str().into()),
                ],
            );
            output::note(&localizer, &text);
        }
    }
    if !files.is_empty() || !extend.is_empty() {
        // The built-in glossary has none: a unit test keeps it so.
        warn_status_conflicts(&glossary, &localizer);
    }
    let options = check_options(&args, &config)?;
    let checker = Checker::new(glossary, options);
    warn_unknown_langs(&args, &checker, &localizer);

    let selection = select_inputs(&mut args, &cwd, &localizer)?;
    let hints = Hints {
        lang: args.lang.clone(),
        source_lang: args.source_lang.clone(),
        target_lang: args.target_lang.clone(),
        max_file_size: args.max_file_size.unwrap_or(input::DEFAULT_MAX_FILE_SIZE),
        selection,
    };
    let pipeline = Pipeline::new(&checker, &config, hints);
    let level = if args.unsafe_fixes {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    let fixing = args.fix || args.diff;
    let (mut report, fixed) = if let (Some(source), Some(target)) = (&args.source, &args.target) {
        let mut report = Report::default();
        let mut fixed = Vec::new();
        let (sl, tl) = (args.source_lang.as_deref(), args.target_lang.as_deref());
        let result = if fixing {
            (pipeline.fix_aligned(source, target, sl, tl, level)).map(|(files, f)| {
                fixed.extend(f);
                files
            })
        } else {
            pipeline.check_aligned(source, target, sl, tl)
        };
        match result {
            Ok(files) => report.files.extend(files),
            Err(s) => report.skipped.push(s),
        }
        report.sort();
        (report, fixed)
    } else {
        // A list given with --files-from stands for the paths, even an empty one.
        let paths = if args.paths.is_empty() && args.files_from.is_none() {
            vec![PathBuf::from(".")]
        } else {
            args.paths.clone()
        };
        if fixing {
            pipeline.fix_paths(&paths, threads, level)?
        } else {
            (pipeline.check_paths(&paths, threads)?, Vec::new())
        }
    };

    // A named file whose language is unknown was not checked: an error, not a silent pass.
    let named: Vec<String> = (args.paths.iter())
        .map(|p| match &args.stdin_filename {
            Some(name) if p.as_os_str() == "-" => input::Input::stdin_named(name.clone()),
            _ => input::Input::file(p.clone()),
        })
        .map(|i| i.display())
        .collect();
    let unchecked_named =
        (report.files.iter()).any(|f| f.lang.is_none() && named.contains(&f.path));
    let failed = report.skipped.iter().any(|s| s.is_error) || unchecked_named;
    if args.diff {
        let status = fix::diff(&fixed, &localizer)?;
        write_notes(&report, &args, &localizer, &named)?;
        std::mem::forget(checker);
        return Ok(if failed { 2 } else { status });
    }
    // With --fix, standard input's fixed text goes to standard output: the report goes to
    // standard error, as ruff does.
    let mut to_stderr = false;
    let mut write_failed = false;
    if args.fix {
        let outcome = fix::apply(&pipeline, &args, &mut report, &fixed, &localizer)?;
        to_stderr = outcome.stdin;
        write_failed = outcome.failed;
    }
    if let Some(path) = &args.baseline {
        let held = baseline::apply(path, &mut report, &localizer)?;
        if held > 0 {
            let text = localizer.text(
                "baseline-applied",
                &[
                    ("count", Arg::Num(held)),
                    ("path", Arg::Str(&path.display().to_string())),
                ],
            );
            output::note(&localizer, &text);
        }
    }
    let summary = report.summary();
    let findings_fail = match args.fail_level.unwrap_or(FailLevel::Error) {
        FailLevel::Error => summary.errors > 0,
        FailLevel::Warning => summary.errors + summary.warnings > 0,
        FailLevel::None => false,
    };
    let status = if failed || write_failed {
        2
    } else if findings_fail && args.write_baseline.is_none() {
        1
    } else {
        0
    };
    match write_report(&report, &args, &localizer, to_stderr, status) {
        // The reader closed the pipe: what it read was right, and the status still says what
        // was found.
        Err(e) if output::is_closed_stdout(&e) => {}
        other => other?,
    }
    write_notes(&report, &args, &localizer, &named)?;

    if let Some(path) = &args.write_baseline {
        let count = baseline::write(path, &report, &localizer)?;
        let text = localizer.text(
            "baseline-written",
            &[
                ("count", Arg::Num(count)),
                ("path", Arg::Str(&path.display().to_string())),
            ],
        );
        output::note(&localizer, &text);
    }
    if report.files_checked() == 0 {
        // The reason only when it is the reason: a file of unknown language.
        let id = if report.files.is_empty() {
            "nothing-checked-plain"
        } else {
            "nothing-checked"
        };
        output::warning(&localizer, &localizer.text(id, &[]));
    }
    // The process ends here: freeing a large glossary and every file piece by piece would
    // take longer than all the rest of a short run.
    std::mem::forget(checker);
    std::mem::forget(report);
    Ok(status)
}

/// Turns `--files-from`, `--stdin-filename` and `--changed-since` into paths and the
/// pipeline's [`input::Selection`]: the listed paths join those of the command line, standard
/// input is read as the file named when no path is given, and the files git says changed
/// are the only ones kept.
fn select_inputs(args: &mut CheckArgs, cwd: &Path, loc: &Localizer) -> Result<input::Selection> {
    let dash = |p: &Path| p.as_os_str() == "-";
    let list_on_stdin = args.files_from.as_deref().is_some_and(dash);
    if list_on_stdin && (args.stdin_filename.is_some() || args.paths.iter().any(|p| dash(p))) {
        bail!(loc.text("files-from-stdin-taken", &[]));
    }
    let paths_given = !args.paths.is_empty() || args.files_from.is_some();
    if let Some(list) = &args.files_from {
        let read = if list_on_stdin {
            input::Input::stdin().read(input::DEFAULT_MAX_FILE_SIZE)
        } else {
            input::read_file(list, input::DEFAULT_MAX_FILE_SIZE)
        };
        let bytes = read.map_err(|e| {
            let (path, error) = (list.display().to_string(), e.to_string());
            anyhow::anyhow!(loc.text(
                "files-from-unreadable",
                &[("path", Arg::Str(&path)), ("error", Arg::Str(&error))]
            ))
        })?;
        args.paths.extend(select::listed_paths(&bytes));
    }
    if args.stdin_filename.is_some() && !paths_given {
        args.paths.push(PathBuf::from("-"));
    }
    let only = match &args.changed_since {
        Some(rev) => Some(std::sync::Arc::new(select::changed_since(rev, cwd, loc)?)),
        None => None,
    };
    Ok(input::Selection {
        stdin_name: args.stdin_filename.clone(),
        only,
    })
}

/// The language of messages when neither `--ui-lang` nor the configuration says it: the
/// environment's (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them), else
/// English. A locale with no messages falls back to English without a word: the environment
/// is not something the user asked of termlint.
pub(super) fn env_ui_lang() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| i18n::from_posix_locale(&v))
        .unwrap_or_else(|| "en".to_string())
}

/// Warns when `--ui-lang` (or `ui-lang`) names a language that has no messages.
fn warn_ui_lang(lang: &str) {
    if !i18n::has_messages(lang) {
        let languages = i18n::LANGUAGES.join(", ");
        let english = Localizer::new("en");
        let args = [("lang", lang.into()), ("languages", (&languages).into())];
        output::warning(&english, &english.text("ui-lang-unknown", &args));
    }
}

/// Warns when a language given on the command line has no terms in the glossary: nothing in
/// it can be found.
fn warn_unknown_langs(args: &CheckArgs, checker: &Checker, localizer: &Localizer) {
    let known = checker.languages();
    let known_list = known.join(", ");
    for (option, value) in [
        ("--lang", &args.lang),
        ("--source-lang", &args.source_lang),
        ("--target-lang", &args.target_lang),
    ] {
        let Some(lang) = value else { continue };
        if !known.iter().any(|k| lang::compatible(k, lang)) {
            let args = [
                ("option", option.into()),
                ("lang", lang.into()),
                ("known", (&known_list).into()),
            ];
            output::warning(localizer, &localizer.text("lang-no-terms", &args));
        }
    }
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

/// Warns, on standard error, of each form one concept approves and another forbids (two
/// glossaries that disagree): the matcher reads it as forbidden, whatever the order of `-g`.
fn warn_status_conflicts(glossary: &Glossary, localizer: &Localizer) {
    for c in &glossary.status_conflicts() {
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
        output::warning(localizer, &text);
    }
}

/// Writes the report in the format asked for on standard output (standard error with
/// `to_stderr`).
fn write_report(
    report: &Report,
    args: &CheckArgs,
    localizer: &Localizer,
    to_stderr: bool,
    status: u8,
) -> Result<()> {
    let write = |out: &mut dyn Write| match args.format {
        OutputFormat::Human => {
            let terminal = if to_stderr {
                std::io::stderr().is_terminal()
            } else {
                std::io::stdout().is_terminal()
            };
            let color = use_color(args.color, terminal);
            let opts = report::human::HumanOptions { color };
            report::human::write_findings(report, out, localizer, opts)?;
            writeln!(out, "{}", report::human::summary_line(report, localizer))
        }
        OutputFormat::Json => report::json::write(report, out, localizer),
        OutputFormat::Sarif => {
            let run = report::sarif::RunInfo::here(status);
            report::sarif::write_run(report, out, localizer, &run)
        }
        OutputFormat::Github => report::github::write(report, out, localizer),
    };
    if to_stderr {
        let mut err = std::io::BufWriter::new(std::io::stderr().lock());
        write(&mut err)
            .and_then(|()| err.flush())
            .context("cannot write the report")?;
        return Ok(());
    }
    output::stdout(write).context("cannot write the report")?;
    Ok(())
}

/// Writes the notes (inputs not checked, and with `--verbose` each file's language) on
/// standard error, whatever the report's format.
fn write_notes(
    report: &Report,
    args: &CheckArgs,
    localizer: &Localizer,
    named: &[String],
) -> Result<()> {
    let color = use_color(args.color, std::io::stderr().is_terminal());
    let opts = report::human::HumanOptions { color };
    let stderr = std::io::stderr();
    let mut err = std::io::BufWriter::new(stderr.lock());
    if args.verbose {
        report::human::write_languages(report, &mut err, localizer)?;
    }
    report::human::write_notes(report, &mut err, localizer, opts, named)?;
    err.flush()?;
    Ok(())
}

fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Writes a commented `termlint.toml`, never over an existing file (see `fsio`).
pub fn init(path: &Path) -> Result<u8> {
    crate::fsio::create_new(path, |w| w.write_all(Config::init_template().as_bytes()))?;
    // A note, not a report: on standard error, in the user's language. The file is written,
    // so a full or closed standard output cannot fail the command.
    let loc = Localizer::new(&env_ui_lang());
    let path = path.display().to_string();
    let note = loc.text("init-wrote", &[("path", crate::i18n::Arg::Str(&path))]);
    let _ = writeln!(std::io::stderr().lock(), "{note}");
    Ok(0)
}

/// Lists the rules: id, default severity, summary, in columns as wide as the longest.
pub fn rules() -> Result<u8> {
    let width = REGISTRY
        .iter()
        .map(|r| r.id.as_str().len())
        .max()
        .unwrap_or(0);
    output::stdout(|out| {
        for r in REGISTRY {
            writeln!(
                out,
                "{:<width$}  {:<7}  {}",
                r.id.as_str(),
                r.default_severity.as_str(),
                r.summary()
            )?;
        }
        Ok(())
    })
}

/// Prints the documentation of one rule.
pub fn rule(id: &str) -> Result<u8> {
    let Some(rule) = rules::lookup(id) else {
        let ids: Vec<&str> = rules::ids().map(|r| r.as_str()).collect();
        bail!("unknown rule '{id}'; rule ids are: {}", ids.join(", "));
    };
    let docs = rule.docs;
    let details = docs
        .strip_prefix(rule.summary())
        .unwrap_or(docs)
        .trim_start();
    output::stdout(|out| {
        writeln!(
            out,
            "{} ({}): {}\n\n{details}",
            rule.id,
            rule.default_severity.as_str(),
            rule.summary()
        )
    })
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
    options.explain = args.explain;
    options.consistency = match args.consistency {
        Some(ConsistencyArg::File) => Consistency::File,
        Some(ConsistencyArg::Run) => Consistency::Run,
        None => config.consistency.unwrap_or_default(),
    };
    options.side = match args.side {
        Some(SideArg::Both) => None,
        Some(SideArg::Source) => Some(Side::Source),
        Some(SideArg::Target) => Some(Side::Target),
        None => config.side,
    };
    options.date = match &args.date {
        Some(d) => Some(
            Date::parse(d).with_context(|| format!("--date '{d}' is not a date (YYYY-MM-DD)"))?,
        ),
        None => config.date,
    };
    Ok(options)
}
