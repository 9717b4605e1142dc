//! `termlint check --fix` and `--diff`: writing the fixed files, or showing what would change.
//!
//! What to change is the library's ([`crate::fix`], [`Pipeline::fix_paths`]); this module
//! only writes: each file through [`fsio::replace`] (atomically, keeping its permissions, and
//! not at all if it changed since it was read), standard input's fixed text on standard
//! output, a unified diff with `--diff`, and a one-line note of what was done on standard
//! error.

use std::io::Write;

use anyhow::Result;

use super::output;
use super::CheckArgs;
use crate::check::{Fixed, Pipeline};
use crate::fsio::{self, Stamp};
use crate::i18n::{Arg, Localizer};
use crate::input::Input;
use crate::report::Report;

/// What [`apply`] did.
pub struct Applied {
    /// Standard input was fixed: its text went to standard output, so the report goes to
    /// standard error.
    pub stdin: bool,
    /// A file could not be written (it is as it was): the run failed.
    pub failed: bool,
}

/// Writes each fixed file of `fixed`, and standard input's text to standard output. A file
/// that cannot be written is left as it was, with an error, and its findings in `report` are
/// those of the file as read. Ends with the note of how many fixes went into how many files.
pub fn apply(
    pipeline: &Pipeline<'_>,
    args: &CheckArgs,
    report: &mut Report,
    fixed: &[Fixed],
    loc: &Localizer,
) -> Result<Applied> {
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    // Standard input is shown as `-`, or as its --stdin-filename: never a file to write.
    let stdin_name = (args.stdin_filename.as_ref())
        .map_or_else(|| "-".to_string(), |n| n.to_string_lossy().into_owned());
    let (mut fixes, mut files, mut failed) = (0, 0, false);
    let mut stdin_text: Option<&[u8]> = None;
    for f in fixed {
        if f.not_utf8 {
            let path = f.name.as_str();
            output::warning(loc, &loc.text("fix-not-utf8", &[("path", Arg::Str(path))]));
            continue;
        }
        if stdin && f.name == stdin_name {
            stdin_text = Some(f.fixed.as_bytes());
        } else if let Err(e) = fsio::replace(&f.path, &Stamp::of(&f.original), |w| {
            w.write_all(f.fixed.as_bytes())
        }) {
            output::error(&e.to_string());
            failed = true;
            unfix(pipeline, args, report, f);
            continue;
        }
        fixes += f.applied;
        files += 1;
    }
    if stdin {
        // The text as fixed, or as read when there was nothing to fix.
        let kept;
        let text = match stdin_text {
            Some(t) => t,
            None => {
                kept = Input::stdin()
                    .read(pipeline.hints.max_file_size)
                    .unwrap_or_default();
                &kept
            }
        };
        output::stdout(|out| out.write_all(text))?;
    }
    note(loc, "fix-applied", fixes, files);
    Ok(Applied { stdin, failed })
}

/// Puts back in `report` the findings of a file that could not be written, as it was read.
fn unfix(pipeline: &Pipeline<'_>, args: &CheckArgs, report: &mut Report, f: &Fixed) {
    let files = match (&args.source, &args.target) {
        (Some(source), Some(target)) => {
            let (sl, tl) = (args.source_lang.as_deref(), args.target_lang.as_deref());
            pipeline.check_aligned(source, target, sl, tl).ok()
        }
        _ => (pipeline
            .check_bytes(&f.name, &f.path, f.original.clone())
            .ok())
        .map(|file| vec![file]),
    };
    for file in files.into_iter().flatten() {
        if let Some(old) = report.files.iter_mut().find(|o| o.path == file.path) {
            *old = file;
        }
    }
}

/// Prints a unified diff of each file that `fixed` changes on standard output, and the note
/// of how many fixes that would be on standard error. The exit status: 1 when there is
/// something to fix, else 0.
pub fn diff(fixed: &[Fixed], loc: &Localizer) -> Result<u8> {
    let changed: Vec<&Fixed> = fixed.iter().filter(|f| !f.not_utf8).collect();
    output::stdout(|out| {
        for f in &changed {
            let old = String::from_utf8_lossy(&f.original);
            let diff = similar::TextDiff::from_lines(old.as_ref(), f.fixed.as_str());
            write!(out, "{}", diff.unified_diff().header(&f.name, &f.name))?;
        }
        Ok(())
    })?;
    for f in fixed.iter().filter(|f| f.not_utf8) {
        let path = f.name.as_str();
        output::warning(loc, &loc.text("fix-not-utf8", &[("path", Arg::Str(path))]));
    }
    let fixes = changed.iter().map(|f| f.applied).sum();
    note(loc, "fix-would-apply", fixes, changed.len());
    Ok(u8::from(!changed.is_empty()))
}

/// The one-line note of `fixes` fixes in `files` files (`id`), or that there was nothing to
/// fix, on standard error.
fn note(loc: &Localizer, id: &str, fixes: usize, files: usize) {
    let text = if fixes == 0 {
        loc.text("fix-none", &[])
    } else {
        loc.text(
            id,
            &[("fixes", Arg::Num(fixes)), ("files", Arg::Num(files))],
        )
    };
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}
