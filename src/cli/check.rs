//! `termlint check`, `init` and `rules`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use rayon::prelude::*;

use super::{CheckArgs, ColorChoice, OutputFormat};
use crate::check::{CheckOptions, Checker};
use crate::config::Config;
use crate::formats::Format;
use crate::glossary::{Date, Glossary};
use crate::i18n::Localizer;
use crate::input::{self, Input};
use crate::lang::{self, LangSource};
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
    let glossary = load_glossaries(&args, &config_dir, &config)?;
    let options = check_options(&args, &config)?;
    let ui_lang = args
        .ui_lang
        .clone()
        .or_else(|| config.ui_lang.clone())
        .unwrap_or_else(|| "en".to_string());
    let localizer = Localizer::new(&ui_lang);
    let checker = Checker::new(glossary, options);
    let known = checker.glossary.languages();
    if let Some(lang) = &args.lang {
        if !lang::is_language_tag(lang) {
            bail!("--lang '{lang}' is not a BCP 47 language tag (e.g. en, ru, pt-BR)");
        }
    }

    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (inputs, mut skipped) = input::expand(&paths, &config.ignore);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let results: Vec<Result<FileReport, Skipped>> = pool.install(|| {
        inputs
            .par_iter()
            .map(|input| check_input(input, &checker, &args, &config, &known))
            .collect()
    });
    let mut report = Report::default();
    for r in results {
        match r {
            Ok(file) => report.files.push(file),
            Err(s) => skipped.push(s),
        }
    }
    report.skipped = skipped;
    report.sort();

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
                &report,
                &mut out,
                &localizer,
                report::human::HumanOptions { color },
            )
        }
        OutputFormat::Json => report::json::write(&report, &mut out, &localizer),
        OutputFormat::Sarif => report::sarif::write(&report, &mut out, &localizer),
        OutputFormat::Github => report::github::write(&report, &mut out, &localizer),
    }
    .and_then(|()| out.flush())
    .context("cannot write the report")?;

    let summary = report.summary();
    Ok(if report.skipped.iter().any(|s| s.is_error) {
        2
    } else if summary.errors > 0 {
        1
    } else {
        0
    })
}

/// Writes a commented `termlint.toml`, never over an existing file (see `fsio`).
pub fn init(path: &Path) -> Result<u8> {
    crate::fsio::create_new(path, |w| w.write_all(Config::init_template().as_bytes()))?;
    println!("wrote {}", path.display());
    Ok(0)
}

/// Lists the rules.
pub fn rules() -> Result<u8> {
    for r in REGISTRY {
        println!(
            "{:<14} {:<8} {}",
            r.id.as_str(),
            r.default_severity.as_str(),
            r.summary
        );
    }
    Ok(0)
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

fn check_options(args: &CheckArgs, config: &Config) -> Result<CheckOptions> {
    let mut options = CheckOptions::default();
    for (rule, severity) in &config.rules {
        options.set_severity(*rule, *severity);
    }
    options.accept = config.accept.clone();
    options.date = match &args.date {
        Some(d) => Some(
            Date::parse(d).with_context(|| format!("--date '{d}' is not a date (YYYY-MM-DD)"))?,
        ),
        None => config.date,
    };
    Ok(options)
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
        .read()
        .map_err(|e| skip(format!("cannot read: {e}"), true))?;
    let text = decode(bytes).map_err(|e| skip(e.to_string(), !e.is_binary()))?;
    let (lang, source) = if let Some(l) = &args.lang {
        (Some(l.clone()), LangSource::Option)
    } else if let Some(l) = config.lang_for_path(&input.path).or(config.lang.as_deref()) {
        (Some(l.to_string()), LangSource::Config)
    } else if let Some((l, s)) = lang::from_path(&input.path, known) {
        (Some(l), s)
    } else if let Some(l) = lang::from_script(&text, known) {
        (Some(l), LangSource::Script)
    } else {
        (None, LangSource::Unknown)
    };
    let doc = Format::from_path(&input.path).read(&path, text);
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
