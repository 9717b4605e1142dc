//! Nothing is ever lost: `fsio::replace` and `fsio::create_new` leave the original untouched
//! on any error, keep its permissions, and refuse to overwrite a file that changed since it was
//! read.
//!
//! These tests fail if the atomic write is replaced with a plain `fs::write` (or any write in
//! place): a write that fails midway would leave the original truncated, and the file would
//! hold half-written content while the new content is produced.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use termlint::fsio::{self, Stamp, WriteError};

const ORIGINAL: &str = "# termlint.toml\nlang = \"en\"\nglossaries = [\"news.toml\"]\n";
const NEW: &str = "# termlint.toml\nlang = \"ru\"\nglossaries = [\"news.toml\", \"more.tbx\"]\n";

/// A writer that fails after `limit` bytes, as a full disk would.
struct FailAfter<W> {
    inner: W,
    limit: usize,
}

impl<W: Write> Write for FailAfter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.limit == 0 {
            return Err(io::Error::other("no space left on device (simulated)"));
        }
        let n = self.inner.write(&buf[..buf.len().min(self.limit)])?;
        self.limit -= n;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn setup() -> (tempfile::TempDir, std::path::PathBuf, Stamp) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("termlint.toml");
    fs::write(&path, ORIGINAL).unwrap();
    let stamp = fsio::read(&path).unwrap().stamp;
    (dir, path, stamp)
}

#[test]
fn replace_writes_the_new_content() {
    let (dir, path, stamp) = setup();
    fsio::replace(&path, &stamp, |w| w.write_all(NEW.as_bytes())).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), NEW);
    assert_eq!(entries(dir.path()), ["termlint.toml"]);
}

#[test]
fn a_write_failing_midway_leaves_the_original_intact() {
    // At every point of the new content: nothing written, one byte, half, all but the last.
    for limit in [0, 1, NEW.len() / 2, NEW.len() - 1] {
        let (dir, path, stamp) = setup();
        let e = fsio::replace(&path, &stamp, |w| {
            FailAfter { inner: w, limit }.write_all(NEW.as_bytes())
        })
        .unwrap_err();
        assert!(matches!(e, WriteError::Io { .. }), "{e}");
        assert_eq!(
            e.to_string(),
            format!(
                "cannot write {}: no space left on device (simulated)",
                path.display()
            )
        );
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            ORIGINAL,
            "limit {limit}"
        );
        assert_eq!(
            entries(dir.path()),
            ["termlint.toml"],
            "temporary file left"
        );
    }
}

#[test]
fn the_original_stays_whole_while_the_new_content_is_written() {
    let (_dir, path, stamp) = setup();
    fsio::replace(&path, &stamp, |w| {
        w.write_all(&NEW.as_bytes()[..10])?;
        w.flush()?;
        // A reader (or a crash) at this point finds the original, whole.
        assert_eq!(fs::read_to_string(&path).unwrap(), ORIGINAL);
        w.write_all(&NEW.as_bytes()[10..])
    })
    .unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), NEW);
}

#[test]
fn a_file_changed_since_it_was_read_is_not_overwritten() {
    let (dir, path, stamp) = setup();
    // Same length, different content: only the hash tells.
    let edited = ORIGINAL.replace("\"en\"", "\"tr\"");
    fs::write(&path, &edited).unwrap();
    let e = fsio::replace(&path, &stamp, |w| w.write_all(NEW.as_bytes())).unwrap_err();
    assert!(matches!(e, WriteError::Changed { .. }), "{e}");
    assert_eq!(
        e.to_string(),
        format!(
            "{} changed since termlint read it; not overwritten (run termlint again)",
            path.display()
        )
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), edited);
    assert_eq!(entries(dir.path()), ["termlint.toml"]);
}

#[test]
fn a_file_changed_while_the_new_content_is_written_is_not_overwritten() {
    let (dir, path, stamp) = setup();
    let e = fsio::replace(&path, &stamp, |w| {
        fs::write(&path, "changed by an editor\n")?;
        w.write_all(NEW.as_bytes())
    })
    .unwrap_err();
    assert!(matches!(e, WriteError::Changed { .. }), "{e}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "changed by an editor\n");
    assert_eq!(entries(dir.path()), ["termlint.toml"]);
}

#[test]
fn a_file_deleted_since_it_was_read_is_not_recreated() {
    let (dir, path, stamp) = setup();
    fs::remove_file(&path).unwrap();
    let e = fsio::replace(&path, &stamp, |w| w.write_all(NEW.as_bytes())).unwrap_err();
    assert!(matches!(e, WriteError::Changed { .. }), "{e}");
    assert!(entries(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    for mode in [0o640, 0o755, 0o600, 0o444] {
        let (_dir, path, stamp) = setup();
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
        fsio::replace(&path, &stamp, |w| w.write_all(NEW.as_bytes())).unwrap();
        let got = fs::metadata(&path).unwrap().permissions().mode() & 0o7777;
        assert_eq!(got, mode, "{mode:o}");
        assert_eq!(fs::read_to_string(&path).unwrap(), NEW);
    }
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_stays_a_link_to_the_replaced_file() {
    let (dir, path, _) = setup();
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    let read = fsio::read(&link).unwrap();
    assert_eq!(read.bytes, ORIGINAL.as_bytes());
    fsio::replace(&link, &read.stamp, |w| w.write_all(NEW.as_bytes())).unwrap();
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(fs::read_to_string(&path).unwrap(), NEW);
    assert_eq!(entries(dir.path()), ["link.toml", "termlint.toml"]);
}

#[test]
fn create_new_failing_midway_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("termlint.toml");
    let e = fsio::create_new(&path, |w| {
        FailAfter { inner: w, limit: 5 }.write_all(NEW.as_bytes())
    })
    .unwrap_err();
    assert!(matches!(e, WriteError::Io { .. }), "{e}");
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn create_new_never_replaces_a_file_created_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("termlint.toml");
    let e = fsio::create_new(&path, |w| {
        fs::write(&path, ORIGINAL)?;
        w.write_all(NEW.as_bytes())
    })
    .unwrap_err();
    assert!(matches!(e, WriteError::Exists { .. }), "{e}");
    assert_eq!(fs::read_to_string(&path).unwrap(), ORIGINAL);
    assert_eq!(entries(dir.path()), ["termlint.toml"]);
}

#[test]
fn init_over_an_existing_file_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("termlint.toml");
    fs::write(&path, ORIGINAL).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_termlint"))
        .arg("init")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: termlint.toml already exists; not overwritten\n"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), ORIGINAL);
    assert_eq!(entries(dir.path()), ["termlint.toml"]);
}

/// `check --fix` writes what it fixed only if the file is still what was checked: the stamp of
/// the bytes the pipeline read, compared again just before the rename.
#[test]
fn a_fix_of_a_file_changed_since_it_was_checked_is_not_written() {
    use termlint::check::{load_glossaries, CheckOptions, Checker, Hints, Pipeline};
    use termlint::fix::Applicability;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.txt");
    fs::write(&path, "The auto bomb in Idleb.\n").unwrap();
    let checker = Checker::new(load_glossaries(&[]).unwrap(), CheckOptions::default());
    let config = termlint::config::Config::default();
    let hints = Hints {
        lang: Some("en".into()),
        ..Hints::default()
    };
    let pipeline = Pipeline::new(&checker, &config, hints);
    let bytes = fsio::read(&path).unwrap().bytes;
    let (_, fixed) = pipeline
        .fix_bytes("draft.txt", &path, bytes, Applicability::Safe)
        .unwrap();
    let fixed = fixed.expect("two fixes");
    assert_eq!(fixed.fixed, "The car bomb in Idlib.\n");
    // Someone saves the file meanwhile.
    fs::write(&path, "The auto bomb in Idleb!\n").unwrap();
    let e = fsio::replace(&path, &Stamp::of(&fixed.original), |w| {
        w.write_all(fixed.fixed.as_bytes())
    })
    .unwrap_err();
    assert!(matches!(e, WriteError::Changed { .. }), "{e}");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "The auto bomb in Idleb!\n"
    );
    assert_eq!(entries(dir.path()), ["draft.txt"]);
}
