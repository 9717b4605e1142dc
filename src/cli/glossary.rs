//! `termlint glossary lint`, `stats`, `convert` and `merge`.

use std::io::{self, Write};
use std::path::Path;

use anyhow::{anyhow, Result};
use serde::Serialize;

use super::check::env_ui_lang;
use super::output;
use super::{ConvertArgs, GlossaryArgs, ListFormat, MergeArgs, PreferArg, WriteArgs, WriteFormat};
use crate::check::{lint_glossary, load_extended, load_glossaries};
use crate::fsio;
use crate::glossary::lint::{Lint, LintLevel};
use crate::glossary::merge::{self, ConflictKind, Prefer};
use crate::glossary::stats::stats as count;
use crate::glossary::write::{self, Format};
use crate::glossary::Glossary;
use crate::i18n::{Arg, Localizer};

/// Lints the glossaries (the built-in one by default): status 1 when a lint is an error.
pub fn lint(args: GlossaryArgs) -> Result<u8> {
    let (glossary, _) = load_extended(&args.glossaries, &args.extend_glossaries)?;
    let lints = lint_glossary(&glossary);
    let loc = Localizer::new(&env_ui_lang());
    let errors = lints.iter().filter(|l| l.level == LintLevel::Error).count();
    let warnings = lints.len() - errors;
    output::stdout(|out| match args.format {
        ListFormat::Human => {
            for l in &lints {
                writeln!(out, "{}", lint_line(&loc, l))?;
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

/// `file:line:column: level[id] concept: message`.
fn lint_line(loc: &Localizer, l: &Lint) -> String {
    let level = loc.text(&format!("severity-{}", l.level.as_str()), &[]);
    format!(
        "{}:{}:{}: {level}[{}] {}: {}",
        l.origin.file,
        l.origin.line,
        l.origin.column,
        l.id,
        l.concept,
        loc.message(&l.message)
    )
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
    let (glossary, _) = load_extended(&args.glossaries, &args.extend_glossaries)?;
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

/// Converts glossaries (merged, each concept id once) into one file of the format asked.
pub fn convert(args: ConvertArgs) -> Result<u8> {
    let loc = Localizer::new(&env_ui_lang());
    let target = Target::new(&args.output, &loc)?;
    let glossary = load_glossaries(&args.inputs)?;
    target.write(glossary, &loc)?;
    Ok(0)
}

/// Merges glossaries concept by concept; conflicts are errors unless `--prefer` settles them.
/// Status 1 when the merged glossary has a form approved in one concept and forbidden in
/// another.
pub fn merge(args: MergeArgs) -> Result<u8> {
    let loc = Localizer::new(&env_ui_lang());
    let target = Target::new(&args.output, &loc)?;
    let mut inputs = Vec::with_capacity(args.inputs.len());
    for path in &args.inputs {
        inputs.push(load_glossaries(std::slice::from_ref(path))?);
    }
    let prefer = args.prefer.map(|p| match p {
        PreferArg::First => Prefer::First,
        PreferArg::Last => Prefer::Last,
    });
    let merged = match merge::merge(inputs, prefer) {
        Ok(g) => g,
        Err(conflicts) => {
            for c in &conflicts {
                let id = match c.what {
                    ConflictKind::Preferred => "merge-conflict-preferred",
                    ConflictKind::Status => "merge-conflict-status",
                };
                let (first_at, second_at) = (c.first.1.to_string(), c.second.1.to_string());
                output::error(&loc.text(
                    id,
                    &[
                        ("concept", Arg::Str(&c.concept)),
                        ("lang", Arg::Str(&c.lang)),
                        ("form", Arg::Str(&c.form)),
                        ("first", Arg::Str(&c.first.0)),
                        ("first_at", Arg::Str(&first_at)),
                        ("second", Arg::Str(&c.second.0)),
                        ("second_at", Arg::Str(&second_at)),
                    ],
                ));
            }
            return Err(anyhow!(
                loc.text("merge-conflicts", &[("count", Arg::Num(conflicts.len()))])
            ));
        }
    };
    merged.validate()?;
    // Forms two inputs give different concepts, reported as `glossary lint` reports them.
    let mut lints: Vec<Lint> =
        crate::glossary::lint::lint_glossary(&merged, &|_: &str, _: &str| None)
            .into_iter()
            .filter(|l| l.id == "forbidden-and-approved")
            .collect();
    lints.extend(crate::glossary::lint::same_form_in_two_files(&merged));
    crate::glossary::lint::sort(&mut lints);
    for l in &lints {
        let _ = writeln!(io::stderr().lock(), "{}", lint_line(&loc, l));
    }
    target.write(merged, &loc)?;
    Ok(u8::from(lints.iter().any(|l| l.level == LintLevel::Error)))
}

/// Where a glossary is written, in which format, and what the file there was when the command
/// started (so that replacing it, even when it is an input, is atomic and refused if it
/// changed meanwhile).
struct Target<'a> {
    path: &'a Path,
    format: Format,
    stamp: Option<fsio::Stamp>,
}

impl<'a> Target<'a> {
    fn new(args: &'a WriteArgs, loc: &Localizer) -> Result<Target<'a>> {
        let path = args.output.as_path();
        let stdout = path == Path::new("-");
        let format = match args.to {
            Some(WriteFormat::Toml) => Format::Toml,
            Some(WriteFormat::Tbx) => Format::Tbx,
            Some(WriteFormat::Csv) => Format::Csv,
            None if stdout => return Err(anyhow!(loc.text("convert-stdout-format", &[]))),
            None => path
                .extension()
                .and_then(|e| e.to_str())
                .and_then(Format::from_extension)
                .ok_or_else(|| {
                    let shown = path.display().to_string();
                    anyhow!(loc.text("convert-format-unknown", &[("path", Arg::Str(&shown))]))
                })?,
        };
        let stamp = if stdout || !path.exists() {
            None
        } else {
            let file = fsio::read(path).map_err(|e| {
                anyhow!(
                    "cannot read {}: {}",
                    path.display(),
                    crate::input::reason(&e)
                )
            })?;
            Some(file.stamp)
        };
        Ok(Target {
            path,
            format,
            stamp,
        })
    }

    /// Writes `glossary`, saying on standard error what the format could not hold.
    fn write(&self, mut glossary: Glossary, loc: &Localizer) -> Result<()> {
        let shown = self.path.display().to_string();
        if self.format == Format::Toml {
            let renamed = write::toml_ids(&mut glossary);
            if !renamed.is_empty() {
                let examples: Vec<String> = renamed
                    .iter()
                    .take(3)
                    .map(|(old, new)| format!("'{old}' → '{new}'"))
                    .collect();
                output::warning(
                    loc,
                    &loc.text(
                        "convert-ids-renamed",
                        &[
                            ("count", Arg::Num(renamed.len())),
                            ("examples", Arg::Str(&examples.join(", "))),
                        ],
                    ),
                );
            }
        }
        let mut dropped = None;
        let format = self.format;
        let body = |out: &mut dyn Write| -> io::Result<()> {
            match format {
                Format::Toml => write::toml::write(&glossary, out),
                Format::Tbx => write::tbx::write(&glossary, out),
                Format::Csv => {
                    dropped = Some(write::csv::write(&glossary, out)?);
                    Ok(())
                }
            }
        };
        if self.path == Path::new("-") {
            output::stdout(body)?;
        } else {
            match &self.stamp {
                Some(stamp) => fsio::replace(self.path, stamp, body)?,
                None => fsio::create_new(self.path, body)?,
            }
        }
        if let Some(dropped) = dropped.filter(|d| !d.items().is_empty()) {
            let what: Vec<String> = dropped
                .items()
                .iter()
                .map(|(item, n)| format!("{} ({n})", loc.text(&format!("dropped-{item}"), &[])))
                .collect();
            output::warning(
                loc,
                &loc.text(
                    "convert-csv-dropped",
                    &[
                        ("path", Arg::Str(&shown)),
                        ("what", Arg::Str(&what.join(", "))),
                    ],
                ),
            );
        }
        if self.path != Path::new("-") {
            let _ = writeln!(
                io::stderr().lock(),
                "{}",
                loc.text(
                    "glossary-wrote",
                    &[
                        ("path", Arg::Str(&shown)),
                        ("concepts", Arg::Num(glossary.concepts.len())),
                    ],
                )
            );
        }
        Ok(())
    }
}
