//! From command-line paths to the inputs to check.
//!
//! - A file is checked as given, whatever its extension.
//! - A directory is walked recursively: `.gitignore`, `.ignore` and `.termlintignore` files
//!   are respected (inside or outside a Git repository), hidden files and folders are skipped,
//!   and so are paths matching the config's `ignore` globs. Only files whose extension
//!   [`walk_checks`] accepts are taken. Symbolic links are followed; a link back to a folder
//!   being walked is noted and not followed again. Each walk is sorted by path.
//! - `-` is standard input, read once however often it is named.
//! - A path that does not exist is skipped with an error: the run goes on, and fails at the end.
//!
//! Paths stay as given, or as the walk joined them (`docs/ru/story.md`): relative stays
//! relative. File names that are not UTF-8 are shown lossily and never panic.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use ignore::WalkBuilder;

use crate::report::Skipped;

/// Something to check: a file, or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// As given on the command line, or joined by a directory walk; `-` for standard input.
    pub path: PathBuf,
    source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    File,
    Stdin,
}

/// Extensions of the files a directory walk checks. Other bilingual formats (`ftl`, `json`)
/// join this list when they have readers.
pub const WALKED_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "mdown", "mkd", "xliff", "xlf", "sdlxliff", "po", "pot", "tmx",
];

/// The inputs named by `paths`, and what could not be used. `ignore_globs` are gitignore-style
/// globs (the config's `ignore`) matched against paths as walked, relative to the working
/// directory: `*.bak.md` anywhere, `drafts/old/**` from the top. They only prune directory
/// walks; a file named on the command line is always checked.
pub fn expand(paths: &[PathBuf], ignore_globs: &[String]) -> (Vec<Input>, Vec<Skipped>) {
    let mut inputs = Vec::new();
    let mut skipped = Vec::new();
    let ignore = build_ignore(ignore_globs, &mut skipped);
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::stdin());
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &ignore, &mut inputs, &mut skipped),
            Ok(_) => inputs.push(Input::file(path.clone())),
            Err(e) => skipped.push(Skipped {
                path: display(path),
                reason: reason(&e),
                is_error: true,
            }),
        }
    }
    let mut seen = std::collections::HashSet::new();
    inputs.retain(|i| seen.insert(i.path.clone()));
    (inputs, skipped)
}

/// Whether a directory walk checks `path`, from its extension (case-insensitive).
pub fn walk_checks(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| WALKED_EXTENSIONS.contains(&e.as_str()))
}

impl Input {
    /// A file at `path`.
    pub fn file(path: PathBuf) -> Input {
        Input {
            path,
            source: Source::File,
        }
    }

    /// Standard input, shown as `-`.
    pub fn stdin() -> Input {
        Input {
            path: PathBuf::from("-"),
            source: Source::Stdin,
        }
    }

    pub fn is_stdin(&self) -> bool {
        self.source == Source::Stdin
    }

    /// The path for reports: as given, lossily converted to UTF-8; `-` for standard input.
    pub fn display(&self) -> String {
        display(&self.path)
    }

    /// The bytes of the input. Standard input is read the first time and kept, so every call
    /// gives the same bytes.
    pub fn read(&self) -> io::Result<Vec<u8>> {
        match self.source {
            Source::File => std::fs::read(&self.path),
            Source::Stdin => {
                static STDIN: OnceLock<Result<Vec<u8>, (io::ErrorKind, String)>> = OnceLock::new();
                STDIN
                    .get_or_init(|| {
                        let mut buf = Vec::new();
                        io::stdin()
                            .lock()
                            .read_to_end(&mut buf)
                            .map(|_| buf)
                            .map_err(|e| (e.kind(), e.to_string()))
                    })
                    .clone()
                    .map_err(|(kind, msg)| io::Error::new(kind, msg))
            }
        }
    }
}

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// The reason a path could not be used, without the OS error number.
fn reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn build_ignore(globs: &[String], skipped: &mut Vec<Skipped>) -> Gitignore {
    let mut builder = GitignoreBuilder::new("");
    for glob in globs {
        if let Err(e) = builder.add_line(None, glob) {
            skipped.push(Skipped {
                path: glob.clone(),
                reason: format!("bad ignore glob: {e}"),
                is_error: true,
            });
        }
    }
    builder.build().unwrap_or_else(|_| Gitignore::empty())
}

fn walk(root: &Path, ignore: &Gitignore, inputs: &mut Vec<Input>, skipped: &mut Vec<Skipped>) {
    let ignore = ignore.clone();
    let walker = WalkBuilder::new(root)
        .follow_links(true)
        .require_git(false)
        .add_custom_ignore_filename(".termlintignore")
        .sort_by_file_path(|a, b| a.cmp(b))
        .filter_entry(move |entry| {
            let path = entry.path();
            let rel = path.strip_prefix(".").unwrap_or(path);
            let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
            entry.depth() == 0 || !ignore.matched(rel, is_dir).is_ignore()
        })
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if is_file && walk_checks(entry.path()) {
                    inputs.push(Input::file(entry.into_path()));
                }
            }
            Err(err) => skipped.push(walk_error(root, &err)),
        }
    }
}

fn walk_error(root: &Path, err: &ignore::Error) -> Skipped {
    let mut path = None;
    let mut inner = err;
    loop {
        match inner {
            ignore::Error::WithPath { path: p, err } => {
                path.get_or_insert_with(|| display(p));
                inner = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                inner = err
            }
            _ => break,
        }
    }
    match inner {
        ignore::Error::Loop { ancestor, child } => Skipped {
            path: display(child),
            reason: format!(
                "symbolic link loop: points back to {}; not followed",
                display(ancestor)
            ),
            is_error: false,
        },
        ignore::Error::Io(e) => Skipped {
            path: path.unwrap_or_else(|| display(root)),
            reason: reason(e),
            is_error: true,
        },
        other => Skipped {
            path: path.unwrap_or_else(|| display(root)),
            reason: other.to_string(),
            is_error: true,
        },
    }
}
