//! `check --changed-since REF` and `--files-from FILE`: which files a run checks.
//!
//! `--changed-since` asks the `git` on the machine which files changed. Changed means:
//! committed since REF, staged, unstaged (`git diff --name-only REF`, which
//! compares REF with the working tree) and new files git does not ignore (`git ls-files
//! --others --exclude-standard`). Both run from the repository's root, whose paths they give;
//! each is made absolute from there, as [`input::absolute`] makes the paths walked, so the two
//! compare whatever folder termlint runs in. Deleted files are left out.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Result};

use crate::i18n::{Arg, Localizer};
use crate::input;

/// The absolute paths of the files changed against `rev` in the repository around `cwd`.
pub fn changed_since(rev: &str, cwd: &Path, loc: &Localizer) -> Result<HashSet<PathBuf>> {
    let top = run_git(cwd, &["rev-parse", "--show-toplevel"], rev, loc)?;
    let top = String::from_utf8_lossy(&top)
        .trim_end_matches(['\n', '\r'])
        .to_string();
    let root = std::fs::canonicalize(&top).unwrap_or_else(|_| PathBuf::from(&top));
    // `--end-of-options` keeps a REF that starts with `-` from being read as an option;
    // `--` keeps it from being read as a path. Renames are a deletion and an addition.
    let diff = run_git(
        &root,
        &[
            "-c",
            "diff.relative=false",
            "diff",
            "--name-only",
            "--no-renames",
            "--diff-filter=d",
            "-z",
            "--end-of-options",
            rev,
            "--",
        ],
        rev,
        loc,
    )?;
    let new = run_git(
        &root,
        &["ls-files", "--others", "--exclude-standard", "-z"],
        rev,
        loc,
    )?;
    let mut changed = HashSet::new();
    for name in diff.split(|&b| b == 0).chain(new.split(|&b| b == 0)) {
        if name.is_empty() {
            continue;
        }
        let path = input::absolute(&root, &path_of(name));
        if path.exists() {
            changed.insert(path);
        }
    }
    Ok(changed)
}

/// The standard output of `git ARGS` run in `dir`; its standard error as the error when it
/// fails, and a clear one when there is no git to run.
fn run_git(dir: &Path, args: &[&str], rev: &str, loc: &Localizer) -> Result<Vec<u8>> {
    let out = match Command::new("git").args(args).current_dir(dir).output() {
        Ok(out) => out,
        Err(e) => {
            let error = input::reason(&e);
            bail!(loc.text(
                "changed-since-no-git",
                &[("rev", Arg::Str(rev)), ("error", Arg::Str(&error))]
            ));
        }
    };
    if !out.status.success() {
        let said = String::from_utf8_lossy(&out.stderr).trim().to_string();
        let said = if said.is_empty() {
            out.status.to_string()
        } else {
            said
        };
        bail!(loc.text(
            "changed-since-git-failed",
            &[("rev", Arg::Str(rev)), ("error", Arg::Str(&said))]
        ));
    }
    Ok(out.stdout)
}

/// A path as git prints it (bytes, `/`-separated) as a path of this system.
fn path_of(name: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(std::ffi::OsStr::from_bytes(name))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(name).into_owned())
    }
}

/// The paths listed in `bytes` (`--files-from`): separated by NUL bytes when there is one,
/// else one per line (`\n` or `\r\n`); blank entries are skipped.
pub fn listed_paths(bytes: &[u8]) -> Vec<PathBuf> {
    let nul = bytes.contains(&0);
    let entries: Vec<&[u8]> = if nul {
        bytes.split(|&b| b == 0).collect()
    } else {
        bytes
            .split(|&b| b == b'\n')
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
            .collect()
    };
    entries
        .into_iter()
        .filter(|e| nul && !e.is_empty() || !nul && !e.iter().all(u8::is_ascii_whitespace))
        .map(path_of)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_split_by_lines_or_nuls() {
        let p = |s: &[&str]| s.iter().map(PathBuf::from).collect::<Vec<_>>();
        assert_eq!(
            listed_paths(b"a.md\n\nb c.txt\r\n  \n"),
            p(&["a.md", "b c.txt"])
        );
        assert_eq!(
            listed_paths(b"a\nb.md\0c.txt\0\0"),
            p(&["a\nb.md", "c.txt"])
        );
        assert!(listed_paths(b"").is_empty());
    }
}
