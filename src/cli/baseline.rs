//! `check --baseline FILE` and `--write-baseline FILE`: reading and writing the baseline file
//! (the format and the fingerprints are [`crate::report::baseline`]'s).

use std::path::Path;

use anyhow::{bail, Result};

use crate::fsio;
use crate::i18n::{Arg, Localizer};
use crate::report::baseline::{self, Baseline};
use crate::report::Report;

/// Removes from `report` the findings the baseline at `path` holds; returns how many. A
/// baseline that cannot be read or is not one is an error: a CI run must not pass because its
/// baseline went missing.
pub fn apply(path: &Path, report: &mut Report, loc: &Localizer) -> Result<usize> {
    let shown = path.display().to_string();
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => bail!(loc.text(
            "baseline-unreadable",
            &[
                ("path", Arg::Str(&shown)),
                ("error", Arg::Str(&e.to_string()))
            ],
        )),
    };
    match Baseline::parse(&text) {
        Ok(b) => Ok(b.apply(report)),
        Err(e) => bail!(loc.text(
            "baseline-invalid",
            &[
                ("path", Arg::Str(&shown)),
                ("error", Arg::Str(&e.to_string()))
            ],
        )),
    }
}

/// Writes every finding of `report` to the baseline at `path`, atomically: a new file, or the
/// old baseline replaced if it is still what was read. Returns how many findings it holds.
pub fn write(path: &Path, report: &Report, loc: &Localizer) -> Result<usize> {
    let mut count = 0;
    let write = |w: &mut dyn std::io::Write| {
        count = baseline::write(report, w)?;
        Ok(())
    };
    let written = match fsio::read(path) {
        Ok(old) => fsio::replace(path, &old.stamp, write).map_err(|e| e.to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fsio::create_new(path, write).map_err(|e| e.to_string())
        }
        Err(e) => Err(e.to_string()),
    };
    if let Err(error) = written {
        bail!(loc.text(
            "baseline-not-written",
            &[
                ("path", Arg::Str(&path.display().to_string())),
                ("error", Arg::Str(&error)),
            ],
        ));
    }
    Ok(count)
}
