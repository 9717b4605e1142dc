//! `termlint glossary lint` and `termlint glossary stats`.

use anyhow::Result;
use serde::Serialize;

use super::check::env_ui_lang;
use super::output;
use super::{GlossaryArgs, ListFormat};
use crate::check::{lint_glossary, load_glossaries};
use crate::glossary::lint::{Lint, LintLevel};
use crate::glossary::stats::stats as count;
use crate::i18n::{Arg, Localizer};

/// Lints the glossaries (the built-in one by default): status 1 when a lint is an error.
pub fn lint(args: GlossaryArgs) -> Result<u8> {
    let glossary = load_glossaries(&args.glossaries)?;
    let lints = lint_glossary(&glossary);
    let loc = Localizer::new(&env_ui_lang());
    let errors = lints.iter().filter(|l| l.level == LintLevel::Error).count();
    let warnings = lints.len() - errors;
    output::stdout(|out| match args.format {
        ListFormat::Human => {
            for l in &lints {
                let level = loc.text(&format!("severity-{}", l.level.as_str()), &[]);
                writeln!(
                    out,
                    "{}:{}:{}: {level}[{}] {}: {}",
                    l.origin.file,
                    l.origin.line,
                    l.origin.column,
                    l.id,
                    l.concept,
                    loc.message(&l.message)
                )?;
            }
            writeln!(
                out,
                "{}",
                summary(&loc, errors, warnings, glossary.concepts.len())
            )
        }
        ListFormat::Json => {
            let wire = WireLints {
                lints: lints.iter().map(|l| WireLint::new(l, &loc)).collect(),
                summary: WireLintSummary {
                    errors,
                    warnings,
                    concepts: glossary.concepts.len(),
                },
            };
            serde_json::to_writer_pretty(&mut *out, &wire)?;
            writeln!(out)
        }
    })?;
    Ok(u8::from(errors > 0))
}

/// `2 errors, 1 warning in 240 concepts`, or `no problems in 240 concepts`.
fn summary(loc: &Localizer, errors: usize, warnings: usize, concepts: usize) -> String {
    let concepts = ("concepts", Arg::Num(concepts));
    match crate::report::human::counts(errors, warnings, loc) {
        Some(counts) => loc.text("lint-summary", &[("counts", Arg::Str(&counts)), concepts]),
        None => loc.text("lint-clean", &[concepts]),
    }
}

#[derive(Serialize)]
struct WireLints<'a> {
    lints: Vec<WireLint<'a>>,
    summary: WireLintSummary,
}

#[derive(Serialize)]
struct WireLint<'a> {
    id: &'static str,
    level: &'static str,
    concept: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    message: String,
}

impl<'a> WireLint<'a> {
    fn new(l: &'a Lint, loc: &Localizer) -> WireLint<'a> {
        WireLint {
            id: l.id,
            level: l.level.as_str(),
            concept: &l.concept,
            file: &l.origin.file,
            line: l.origin.line,
            column: l.origin.column,
            message: loc.message(&l.message),
        }
    }
}

#[derive(Serialize)]
struct WireLintSummary {
    errors: usize,
    warnings: usize,
    concepts: usize,
}

/// Counts what the glossaries (the built-in one by default) hold.
pub fn stats(args: GlossaryArgs) -> Result<u8> {
    let glossary = load_glossaries(&args.glossaries)?;
    let s = count(&glossary);
    let loc = Localizer::new(&env_ui_lang());
    output::stdout(|out| match args.format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &s)?;
            writeln!(out)
        }
        ListFormat::Human => {
            writeln!(
                out,
                "{}",
                loc.text("stats-concepts", &[("count", Arg::Num(s.concepts))])
            )?;
            writeln!(out, "\n{}", loc.text("stats-kinds", &[]))?;
            for (kind, n) in &s.kinds {
                writeln!(out, "  {kind:<14} {n:>7}")?;
            }
            writeln!(out, "\n{}", loc.text("stats-languages", &[]))?;
            let header = [
                "stats-language",
                "stats-covered",
                "stats-preferred",
                "stats-admitted",
                "stats-forbidden",
                "stats-related",
            ]
            .map(|id| loc.text(id, &[]));
            writeln!(
                out,
                "  {:<10} {:>16} {:>10} {:>10} {:>10} {:>10}",
                header[0], header[1], header[2], header[3], header[4], header[5]
            )?;
            for (lang, l) in &s.languages {
                let covered = format!("{} ({:.0}%)", l.concepts, 100.0 * s.coverage(lang));
                writeln!(
                    out,
                    "  {lang:<10} {covered:>16} {:>10} {:>10} {:>10} {:>10}",
                    l.preferred, l.admitted, l.forbidden, l.related
                )?;
            }
            Ok(())
        }
    })
}
