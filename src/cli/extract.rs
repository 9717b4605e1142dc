//! `termlint extract`: glossary candidates from parallel text, written as a glossary to review
//! or as JSON.

use std::io::Write;

use anyhow::{bail, Result};

use super::check::env_ui_lang;
use super::output;
use super::{ExtractArgs, ExtractFormat};
use crate::check::load_extended;
use crate::diagnostic::Skipped;
use crate::extract::{extract, render, Corpus, Options};
use crate::i18n::{Arg, Localizer};
use crate::{fsio, input, lang};

/// Extracts the candidates and writes them; status 2 when the input cannot be read.
pub fn run(args: ExtractArgs) -> Result<u8> {
    let loc = Localizer::new(&args.ui_lang.clone().unwrap_or_else(env_ui_lang));
    for (option, value) in [
        ("--source-lang", &args.source_lang),
        ("--target-lang", &args.target_lang),
    ] {
        if let Some(l) = value.as_deref().filter(|l| !lang::is_language_tag(l)) {
            bail!("{option} '{l}' is not a BCP 47 language tag (e.g. en, ru, pt-BR)");
        }
    }
    let (glossary, _) = load_extended(&args.glossaries, &args.extend_glossaries)?;
    let max = args.max_file_size.unwrap_or(input::DEFAULT_MAX_FILE_SIZE);
    let langs = (args.source_lang.as_deref(), args.target_lang.as_deref());
    let corpus = match (&args.source, &args.target, &args.file) {
        (Some(s), Some(t), _) => Corpus::aligned(s, t, langs, &glossary.languages(), max),
        (_, _, Some(file)) => Corpus::bilingual(file, langs, max),
        _ => bail!("{}", loc.text("extract-no-input", &[])),
    };
    let corpus = match corpus {
        Ok(c) => c,
        Err(Skipped { path, reason, .. }) => {
            let args = [("path", Arg::Str(&path)), ("reason", Arg::Str(&reason))];
            output::error(&loc.text("skipped-unreadable", &args));
            return Ok(2);
        }
    };
    if corpus.target_lang.is_empty() {
        bail!("{}", loc.text("extract-unknown-target-lang", &[]));
    }
    let options = Options {
        min_count: args.min_count.max(1),
        top: args.top,
        new_only: args.new_only,
    };
    let candidates = extract(&corpus, &glossary, &options);
    let write = |out: &mut dyn Write| match args.format {
        ExtractFormat::Toml => render::toml(out, &corpus, &candidates),
        ExtractFormat::Tbx => render::tbx(out, &corpus, &candidates),
        ExtractFormat::Json => render::json(out, &corpus, &candidates),
    };
    match &args.output {
        Some(path) => match fsio::read(path) {
            Ok(old) => fsio::replace(path, &old.stamp, write)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => fsio::create_new(path, write)?,
            Err(e) => bail!("cannot read {}: {e}", path.display()),
        },
        None => {
            output::stdout(write)?;
        }
    }
    let summary = loc.text(
        "extract-summary",
        &[
            ("count", Arg::Num(candidates.len())),
            ("segments", Arg::Num(corpus.pairs.len())),
            ("source", Arg::Str(&corpus.source_lang)),
            ("target", Arg::Str(&corpus.target_lang)),
        ],
    );
    let _ = writeln!(std::io::stderr().lock(), "{summary}");
    Ok(0)
}
