//! From command-line paths to the inputs to check.
//!
//! - A file is checked as given, whatever its extension.
//! - A directory is walked recursively: `.gitignore`, `.ignore` and `.termlintignore` files
//!   are respected (inside or outside a Git repository), hidden files and folders are skipped,
//!   and so are paths matching the config's `ignore` globs. Only files whose extension
//!   [`walk_checks`] accepts are taken. Symbolic links are followed; a link back to a folder
//!   being walked is noted and not followed again. Each walk is sorted by path.
//! - `-` is standard input, read once however often it is named. With a [`Selection`]'s
//!   `stdin_name` (`--stdin-filename`) it is read as that file: its format and language come
//!   from the name, reports show the name, and it wins over a file of that name on disk.
//! - A [`Selection`]'s `only` (`--changed-since`) keeps, of the files named or walked, those
//!   in the set; standard input is always kept.
//! - A path that does not exist is skipped with an error: the run goes on, and fails at the end.
//! - Inputs are read whole, up to a limit ([`DEFAULT_MAX_FILE_SIZE`], `--max-file-size`): a
//!   larger file is refused before it is read (an error, the run goes on), and standard input or
//!   a special file is never read past the limit. That bounds the memory a file takes: about ten
//!   times its size while it is checked.
//!
//! Paths stay as given, or as the walk joined them (`docs/ru/story.md`): relative stays
//! relative. File names that are not UTF-8 are shown lossily and never panic.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use ignore::WalkBuilder;

use crate::diagnostic::Skipped;
use crate::layout;

/// Something to check: a file, or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// As given on the command line, or joined by a directory walk; `-` for standard input.
    pub path: PathBuf,
    source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    /// A file named on the command line.
    File,
    /// A file found by a directory walk.
    Walked,
    Stdin,
}

/// The largest input read by default, in bytes (64 MiB).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The system's reason, without its error number: `permission denied`.
    #[error("{}", reason(.0))]
    Io(io::Error),
    /// Larger than the limit; `size` is `None` when it is not known (standard input).
    #[error("too large: {}", too_large(*size, *limit))]
    TooLarge { size: Option<u64>, limit: u64 },
}

/// Extensions of the files a directory walk checks: text, Markdown, the bilingual formats and
/// the localization catalogs (Fluent, JSON, Apple `.strings` and `.xcstrings`, Android `.xml`:
/// only their string values are checked; JSON and XML only in a localization layout, see
/// [`walk_checks`]).
pub const WALKED_EXTENSIONS: &[&str] = &[
    "txt",
    "text",
    "md",
    "markdown",
    "mdown",
    "mkd",
    "xliff",
    "xlf",
    "sdlxliff",
    "po",
    "pot",
    "tmx",
    "ftl",
    "json",
    "strings",
    "xcstrings",
    "xml",
    "yml",
    "yaml",
    "properties",
    "arb",
];

/// The inputs named by `paths`, and what could not be used. `ignore_globs` are gitignore-style
/// globs (the config's `ignore`) matched against paths as walked, relative to the working
/// directory: `*.bak.md` anywhere, `drafts/old/**` from the top. They only prune directory
/// walks; a file named on the command line is always checked.
pub fn expand(paths: &[PathBuf], ignore_globs: &[String]) -> (Vec<Input>, Vec<Skipped>) {
    expand_selected(paths, ignore_globs, &Selection::default())
}

/// Which of the inputs that paths name are checked, and what standard input is read as.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// The file standard input is read as (`--stdin-filename`): its format and language come
    /// from this name, and reports show it.
    pub stdin_name: Option<PathBuf>,
    /// When set, only the files in it are checked (`--changed-since`): absolute paths, with
    /// symbolic links of the folders above them resolved, as [`absolute`] makes them.
    pub only: Option<std::sync::Arc<std::collections::HashSet<PathBuf>>>,
}

/// `path` made absolute against `base` (an absolute, canonical folder) and normalised without
/// touching the file system: `.` dropped, `..` taking off the component before it.
pub fn absolute(base: &Path, path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in base.join(path).components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// [`expand`], with standard input read as `selection.stdin_name` and only the files of
/// `selection.only` kept.
pub fn expand_selected(
    paths: &[PathBuf],
    ignore_globs: &[String],
    selection: &Selection,
) -> (Vec<Input>, Vec<Skipped>) {
    let mut inputs = Vec::new();
    let mut skipped = Vec::new();
    let ignore = build_ignore(ignore_globs, &mut skipped);
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(match &selection.stdin_name {
                Some(name) => Input::stdin_named(name.clone()),
                None => Input::stdin(),
            });
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
    if let Some(only) = &selection.only {
        let base = std::env::current_dir()
            .and_then(std::fs::canonicalize)
            .unwrap_or_default();
        inputs.retain(|i| i.is_stdin() || only.contains(&absolute(&base, &i.path)));
    }
    // Standard input read as a file stands for that file: it goes first, so that the file
    // on disk of the same name is the duplicate dropped.
    inputs.sort_by_key(|i| !i.is_stdin());
    let mut seen = std::collections::HashSet::new();
    inputs.retain(|i| seen.insert(i.path.clone()));
    (inputs, skipped)
}

/// Whether a directory walk checks `path`, from its extension (case-insensitive). Files whose
/// extension is shared with other uses (`.json`, `.yml`, `.xml`, `.properties`) are taken only
/// where a localization layout places them ([`layout::place`]: `locales/fr.json`,
/// `values-fr/strings.xml`, `Messages_fr.properties` and the default bundle beside it), so that
/// `package.json` or a CI configuration is not read as a catalog.
pub fn walk_checks(path: &Path) -> bool {
    let Some(ext) = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
    else {
        return false;
    };
    if !WALKED_EXTENSIONS.contains(&ext.as_str()) {
        return false;
    }
    if !SHARED_EXTENSIONS.contains(&ext.as_str()) {
        return true;
    }
    match layout::place(path, &[], Path::new(".")) {
        Some(p) if p.locale.is_some() => true,
        // A default bundle only beside a translation of it.
        Some(_) if ext == "properties" => has_translation(path),
        Some(_) => true,
        None => false,
    }
}

/// Extensions a directory walk takes only in a localization layout.
const SHARED_EXTENSIONS: &[&str] = &["json", "yml", "yaml", "xml", "properties"];

/// Whether the Java default bundle at `path` (`Messages.properties`) has a translation beside
/// it (`Messages_fr.properties`).
fn has_translation(path: &Path) -> bool {
    let (Some(dir), Some(stem)) = (path.parent(), path.file_stem()) else {
        return false;
    };
    let prefix = format!("{}_", stem.to_string_lossy());
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.flatten().any(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with(&prefix) && name.ends_with(".properties")
        })
    })
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

    /// Standard input read as the file `name` (`--stdin-filename`): shown as `name`, in the
    /// format and language `name` tells; never written to.
    pub fn stdin_named(name: PathBuf) -> Input {
        Input {
            path: name,
            source: Source::Stdin,
        }
    }

    pub fn is_stdin(&self) -> bool {
        self.source == Source::Stdin
    }

    /// Whether the input was named (a file or `-` on the command line), not found by a walk.
    pub fn is_named(&self) -> bool {
        self.source != Source::Walked
    }

    /// The path for reports: as given, lossily converted to UTF-8; `-` for standard input.
    pub fn display(&self) -> String {
        display(&self.path)
    }

    /// The bytes of the input, if there are at most `limit` of them. A file whose size is
    /// over the limit is not read at all; standard input and special files are read up to the
    /// limit and no further. Standard input is read the first time and kept, so every call
    /// gives the same bytes.
    pub fn read(&self, limit: u64) -> Result<Vec<u8>, ReadError> {
        match self.source {
            Source::File | Source::Walked => read_file(&self.path, limit),
            Source::Stdin => {
                enum Kept {
                    Bytes(Vec<u8>),
                    TooLarge,
                    Io(io::ErrorKind, String),
                }
                static STDIN: OnceLock<Kept> = OnceLock::new();
                // Read once, up to the limit of the first call (one run has one limit).
                let kept = STDIN.get_or_init(|| match read_bounded(io::stdin().lock(), limit, 0) {
                    Ok(buf) => Kept::Bytes(buf),
                    Err(ReadError::TooLarge { .. }) => Kept::TooLarge,
                    Err(ReadError::Io(e)) => Kept::Io(e.kind(), reason(&e)),
                });
                match kept {
                    Kept::Bytes(buf) if buf.len() as u64 <= limit => Ok(buf.clone()),
                    Kept::Bytes(_) | Kept::TooLarge => {
                        Err(ReadError::TooLarge { size: None, limit })
                    }
                    Kept::Io(kind, msg) => Err(ReadError::Io(io::Error::new(*kind, msg.clone()))),
                }
            }
        }
    }
}

/// Reads the file at `path` whole if it holds at most `limit` bytes: a larger file is refused
/// before it is read, a special file (a pipe, a device) is read no further than the limit.
/// Every file termlint reads goes through here: inputs, glossaries, the config.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if meta.is_file() && meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: Some(meta.len()),
            limit,
        });
    }
    let capacity = if meta.is_file() { meta.len() } else { 0 };
    read_bounded(file, limit, capacity)
}

/// Reads `r` to its end if it holds at most `limit` bytes.
fn read_bounded(r: impl Read, limit: u64, capacity: u64) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::with_capacity(capacity.min(limit) as usize);
    r.take(limit.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(ReadError::Io)?;
    if buf.len() as u64 > limit {
        // A file that grew while it was read, or a device or pipe that does not end.
        return Err(ReadError::TooLarge { size: None, limit });
    }
    Ok(buf)
}

/// `2.9 KiB, over the limit of 2 KiB`; `over the limit of 1 KiB` when the size is not known.
pub fn too_large(size: Option<u64>, limit: u64) -> String {
    match size {
        Some(size) => format!(
            "{}, over the limit of {}",
            human_size(size),
            human_size(limit)
        ),
        None => format!("over the limit of {}", human_size(limit)),
    }
}

/// A size for people: `1.5 GiB`, `64 MiB`, `200 KiB`, `12 bytes`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    for (unit, size) in UNITS {
        if bytes >= size {
            let whole = bytes / size;
            let tenths = (bytes % size) * 10 / size;
            return if tenths == 0 {
                format!("{whole} {unit}")
            } else {
                format!("{whole}.{tenths} {unit}")
            };
        }
    }
    format!("{bytes} bytes")
}

/// Parses a size as `--max-file-size` takes it: bytes, or a number with `K`, `M` or `G`
/// (binary units; `KiB`, `MB` and lower case are accepted too).
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (number, unit) = s.split_at(digits);
    let number: u64 = number.parse().ok()?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return None,
    };
    number.checked_mul(1 << shift)
}

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// The reason a path could not be used, in lower case and without the OS error number:
/// `too many levels of symbolic links`.
pub fn reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            let s = match s.rfind(" (os error ") {
                Some(i) if s.ends_with(')') => &s[..i],
                _ => &s,
            };
            // `Is a directory` → `is a directory`; an acronym keeps its capitals (`IO error`,
            // never `iO error`).
            let mut chars = s.chars();
            match (chars.next(), chars.clone().next()) {
                (Some(first), second) if !second.is_some_and(char::is_uppercase) => {
                    first.to_lowercase().chain(chars).collect()
                }
                _ => s.to_string(),
            }
        }
    }
}

fn build_ignore(globs: &[String], skipped: &mut Vec<Skipped>) -> Globs {
    let mut good = Vec::with_capacity(globs.len());
    for glob in globs {
        let mut one = GitignoreBuilder::new("");
        match one.add_line(None, glob) {
            Ok(_) => good.push(glob.clone()),
            Err(e) => skipped.push(Skipped {
                path: glob.clone(),
                reason: format!("bad ignore glob: {e}"),
                is_error: true,
            }),
        }
    }
    Globs::build(
        Path::new(""),
        &good,
        "the configuration's `ignore`",
        skipped,
    )
}

/// Gitignore-style globs compiled into as many matchers as it takes. One matcher of many
/// globs can be too large to compile (the `globset` crate caps its automaton at 10 MiB:
/// about 10,000 globs such as `**/*draft1*/**`), and `ignore` then drops the whole list;
/// here the list is split, in order, until each part compiles, and a glob that cannot compile
/// even alone is reported.
#[derive(Clone, Default)]
struct Globs {
    /// In the order of the globs: a later glob overrides an earlier one, as in gitignore.
    parts: Vec<Gitignore>,
}

impl Globs {
    /// Globs of at most this many lines are tried as one matcher first.
    const PART: usize = 2_000;

    /// The matchers of `globs` (already checked one by one), relative to `root`; `origin`
    /// names them in errors.
    fn build(root: &Path, globs: &[String], origin: &str, skipped: &mut Vec<Skipped>) -> Globs {
        let mut parts = Vec::new();
        for chunk in globs.chunks(Self::PART) {
            Self::build_part(root, chunk, origin, &mut parts, skipped);
        }
        Globs { parts }
    }

    fn build_part(
        root: &Path,
        globs: &[String],
        origin: &str,
        parts: &mut Vec<Gitignore>,
        skipped: &mut Vec<Skipped>,
    ) {
        let mut builder = GitignoreBuilder::new(root);
        for glob in globs {
            // Bad lines were reported (the configuration) or are skipped as git skips them.
            let _ = builder.add_line(None, glob);
        }
        match builder.build() {
            Ok(gi) => parts.push(gi),
            Err(e) if globs.len() == 1 => skipped.push(Skipped {
                path: globs[0].clone(),
                reason: format!("ignore glob of {origin} too complex to compile: {e}"),
                is_error: true,
            }),
            Err(_) => {
                let (a, b) = globs.split_at(globs.len() / 2);
                Self::build_part(root, a, origin, parts, skipped);
                Self::build_part(root, b, origin, parts, skipped);
            }
        }
    }

    /// Whether `path` is ignored: the last glob that matches it decides.
    fn is_ignored(&self, path: &Path, is_dir: bool) -> bool {
        self.parts
            .iter()
            .rev()
            .map(|gi| gi.matched(path, is_dir))
            .find(|m| !m.is_none())
            .is_some_and(|m| m.is_ignore())
    }
}

/// The names of the ignore files a walk reads in each folder.
const IGNORE_FILES: [&str; 3] = [".gitignore", ".ignore", ".termlintignore"];

fn walk(root: &Path, ignore: &Globs, inputs: &mut Vec<Input>, skipped: &mut Vec<Skipped>) {
    let ignore = ignore.clone();
    // The ignore files of the walk that `ignore` could not compile (see `Globs`), compiled
    // here instead as their folder is entered, before its entries are filtered.
    let rescued: std::sync::Arc<std::sync::Mutex<Vec<(PathBuf, Globs)>>> = Default::default();
    let rescued_in_filter = rescued.clone();
    let walker = WalkBuilder::new(root)
        .follow_links(true)
        .require_git(false)
        .add_custom_ignore_filename(".termlintignore")
        .sort_by_file_path(|a, b| a.cmp(b))
        .filter_entry(move |entry| {
            let path = entry.path();
            let rel = path.strip_prefix(".").unwrap_or(path);
            let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
            if entry.depth() == 0 {
                return true;
            }
            let rescued = rescued_in_filter.lock().unwrap_or_else(|e| e.into_inner());
            !ignore.is_ignored(rel, is_dir)
                && !rescued
                    .iter()
                    .any(|(dir, g)| path.starts_with(dir) && g.is_ignored(path, is_dir))
        })
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                if let Some(err) = entry.error() {
                    rescue_ignore_files(entry.path(), err, &rescued, skipped);
                }
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if is_file && walk_checks(entry.path()) {
                    inputs.push(Input {
                        path: entry.into_path(),
                        source: Source::Walked,
                    });
                }
            }
            Err(err) => skipped.push(walk_error(root, &err)),
        }
    }
}

/// The walk met `err` reading the ignore files of folder `dir`. An ignore file too large to
/// compile as one matcher was dropped whole by `ignore`: compile it here in parts. Anything
/// else (a line that is not a glob, an unreadable file) is noted.
fn rescue_ignore_files(
    dir: &Path,
    err: &ignore::Error,
    rescued: &std::sync::Mutex<Vec<(PathBuf, Globs)>>,
    skipped: &mut Vec<Skipped>,
) {
    let mut too_large = false;
    for name in IGNORE_FILES {
        let file = dir.join(name);
        if !file.is_file() {
            continue;
        }
        let mut builder = GitignoreBuilder::new(dir);
        let _ = builder.add(&file);
        if builder.build().is_ok() {
            // Read and compiled by `ignore` itself (a bad line is noted below).
            continue;
        }
        too_large = true;
        let text = match read_file(&file, MAX_IGNORE_FILE) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                skipped.push(Skipped {
                    path: display(&file),
                    reason: e.to_string(),
                    is_error: true,
                });
                continue;
            }
        };
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        let globs = Globs::build(dir, &lines, &display(&file), skipped);
        rescued
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((dir.to_path_buf(), globs));
    }
    if !too_large {
        skipped.push(Skipped {
            path: display(dir),
            reason: format!("ignore file: {err}"),
            is_error: false,
        });
    }
}

/// The largest ignore file compiled in parts.
const MAX_IGNORE_FILE: u64 = 64 << 20;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_for_people_and_options() {
        assert_eq!(human_size(12), "12 bytes");
        assert_eq!(human_size(2048), "2 KiB");
        assert_eq!(human_size(3000), "2.9 KiB");
        assert_eq!(human_size(DEFAULT_MAX_FILE_SIZE), "64 MiB");
        assert_eq!(human_size(1 << 30), "1 GiB");
        assert_eq!(parse_size("64M"), Some(64 << 20));
        assert_eq!(parse_size("500k"), Some(500 << 10));
        assert_eq!(parse_size("1 GiB"), Some(1 << 30));
        assert_eq!(parse_size("1000"), Some(1000));
        for bad in ["", "M", "1.5M", "-1", "12Q", "99999999999999G"] {
            assert_eq!(parse_size(bad), None, "{bad}");
        }
    }

    #[test]
    fn reasons_drop_the_os_error_number() {
        let e = io::Error::from_raw_os_error(40); // ELOOP on Linux
        if cfg!(target_os = "linux") {
            assert_eq!(reason(&e), "too many levels of symbolic links");
        }
        assert_eq!(
            reason(&io::Error::from(io::ErrorKind::NotFound)),
            "no such file or directory"
        );
        // Only a capital starting a word in lower case goes down: never `iO error`.
        assert_eq!(reason(&io::Error::other("IO error: bad")), "IO error: bad");
        assert_eq!(
            reason(&io::Error::other("Is a directory")),
            "is a directory"
        );
    }

    #[test]
    fn reading_stops_at_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "0123456789").unwrap();
        assert_eq!(read_file(&path, 10).unwrap(), b"0123456789");
        assert!(matches!(
            read_file(&path, 9),
            Err(ReadError::TooLarge {
                size: Some(10),
                limit: 9
            })
        ));
        let endless = io::repeat(b'x');
        assert!(matches!(
            read_bounded(endless, 100, 0),
            Err(ReadError::TooLarge { size: None, .. })
        ));
    }
}
