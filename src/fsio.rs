//! Writing files without ever losing one.
//!
//! Every command that writes a file (`init` today; fix, import and export later) goes through
//! [`create_new`] or [`replace`]:
//!
//! - The new content is produced by a closure writing into a temporary file in the target's own
//!   folder (so the final rename never crosses a file system). The temporary file is flushed
//!   and synced to disk, then renamed over the target in one step, and the folder is synced so
//!   the rename survives a crash. A reader sees the old file or the new one, never a mix.
//! - If anything fails (the closure, a full disk, a permission) the temporary file is removed
//!   and the target is untouched.
//! - [`replace`] keeps the original's permissions, writes through a symbolic link to the file
//!   it points at (the link stays a link), and refuses to overwrite a file that changed since
//!   it was read: [`read`] records the file's length and a hash of its content, and both are
//!   compared again just before the rename.
//! - [`create_new`] never overwrites anything, even a file created meanwhile.
//!
//! Ownership is not carried over (only the superuser could); a replaced file belongs to whoever
//! ran termlint.

use std::fs;
use std::hash::{Hash, Hasher};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file as read, with what [`replace`] needs to know whether it changed since.
#[derive(Clone, Debug)]
pub struct ReadFile {
    pub bytes: Vec<u8>,
    pub stamp: Stamp,
}

/// What a file was when it was read: its length and a hash of its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    hash: u64,
}

/// Why a file was not written. In every case the file on disk is as it was.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{path} already exists; not overwritten")]
    Exists { path: String },
    #[error("{path} changed since termlint read it; not overwritten (run termlint again)")]
    Changed { path: String },
    /// The I/O error is part of the message (not a `source`), so it is shown once.
    #[error("cannot write {path}: {error}")]
    Io { path: String, error: io::Error },
}

/// The largest file [`read`] reads: 256 MiB, as large as any file termlint rewrites may be.
pub const MAX_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// Reads `path` whole (up to [`MAX_FILE_SIZE`]), remembering its [`Stamp`].
pub fn read(path: &Path) -> io::Result<ReadFile> {
    let bytes = crate::input::read_file(path, MAX_FILE_SIZE).map_err(|e| match e {
        crate::input::ReadError::Io(e) => e,
        e => io::Error::new(io::ErrorKind::FileTooLarge, e.to_string()),
    })?;
    let stamp = Stamp::of(&bytes);
    Ok(ReadFile { bytes, stamp })
}

/// Creates `path` with the content `write` produces; never overwrites an existing file. A new
/// file gets the permissions any new file gets (`0666` less the umask).
pub fn create_new<F>(path: &Path, write: F) -> Result<(), WriteError>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    let err = |error| WriteError::Io {
        path: path.display().to_string(),
        error,
    };
    if fs::symlink_metadata(path).is_ok() {
        return Err(WriteError::Exists {
            path: path.display().to_string(),
        });
    }
    let tmp = write_temp(path, None, write).map_err(err)?;
    match tmp.persist_noclobber(path) {
        Ok(_) => {}
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
            return Err(WriteError::Exists {
                path: path.display().to_string(),
            })
        }
        Err(e) => return Err(err(e.error)),
    }
    sync_dir(path).map_err(err)
}

/// Replaces `path`, which was read as `read_as`, with the content `write` produces. Refuses
/// (with [`WriteError::Changed`]) if the file is no longer what was read. Keeps the file's
/// permissions; a symbolic link is followed and its target replaced.
pub fn replace<F>(path: &Path, read_as: &Stamp, write: F) -> Result<(), WriteError>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    let err = |error| WriteError::Io {
        path: path.display().to_string(),
        error,
    };
    let changed = || WriteError::Changed {
        path: path.display().to_string(),
    };
    // A file deleted since it was read has changed too: it is not created again.
    let target = match real_path(path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(changed()),
        Err(e) => return Err(err(e)),
    };
    let unchanged = || -> Result<(), WriteError> {
        match fs::read(&target) {
            Ok(bytes) if Stamp::of(&bytes) == *read_as => Ok(()),
            Ok(_) => Err(changed()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Err(changed()),
            Err(e) => Err(err(e)),
        }
    };
    unchanged()?;
    let permissions = fs::metadata(&target).map_err(err)?.permissions();
    let tmp = write_temp(&target, Some(permissions), write).map_err(err)?;
    // Again just before the rename: another program may have written meanwhile.
    unchanged()?;
    tmp.persist(&target).map_err(|e| err(e.error))?;
    sync_dir(&target).map_err(err)
}

impl Stamp {
    /// The stamp of content `bytes`.
    pub fn of(bytes: &[u8]) -> Stamp {
        // Fixed keys: the same content gives the same hash within a run.
        let mut h = std::hash::DefaultHasher::new();
        bytes.hash(&mut h);
        Stamp {
            len: bytes.len() as u64,
            hash: h.finish(),
        }
    }
}

/// Writes the content into a new temporary file next to `path`, flushed and synced.
fn write_temp<F>(
    path: &Path,
    permissions: Option<fs::Permissions>,
    write: F,
) -> io::Result<tempfile::NamedTempFile>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".termlint-").suffix(".tmp");
    #[cfg(unix)]
    if permissions.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.tempfile_in(dir)?;
    let mut out = BufWriter::new(tmp);
    write(&mut out)?;
    let tmp = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    if let Some(p) = permissions {
        fs::set_permissions(tmp.path(), p)?;
    }
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// `path`, or the file a chain of symbolic links at `path` ends at.
fn real_path(path: &Path) -> io::Result<PathBuf> {
    if fs::symlink_metadata(path)?.file_type().is_symlink() {
        fs::canonicalize(path)
    } else {
        Ok(path.to_path_buf())
    }
}

/// Syncs the folder of `path`, so that a rename in it is on disk.
fn sync_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        // Folders cannot be opened for syncing here; the rename is as durable as the system
        // makes it.
        let _ = path;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let n = buf.len().min(self.limit);
            let n = self.inner.write(&buf[..n])?;
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

    #[test]
    fn stamp_tells_content_apart() {
        assert_eq!(Stamp::of(b"Idlib"), Stamp::of(b"Idlib"));
        assert_ne!(Stamp::of(b"Idlib"), Stamp::of(b"Idleb"));
        assert_ne!(Stamp::of(b""), Stamp::of(b"\0"));
    }

    #[test]
    fn create_new_writes_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        create_new(&path, |w| w.write_all("lang = \"ru\"\n".as_bytes())).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "lang = \"ru\"\n");
        assert_eq!(entries(dir.path()), ["a.toml"]);
    }

    #[test]
    fn create_new_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        fs::write(&path, "old").unwrap();
        let e = create_new(&path, |w| w.write_all(b"new")).unwrap_err();
        assert!(matches!(e, WriteError::Exists { .. }), "{e}");
        assert_eq!(
            e.to_string(),
            format!("{} already exists; not overwritten", path.display())
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(entries(dir.path()), ["a.toml"]);
    }

    #[test]
    fn create_new_failing_midway_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        let e = create_new(&path, |w| {
            FailAfter { inner: w, limit: 3 }.write_all(b"lang = \"ru\"\n")
        })
        .unwrap_err();
        assert!(e.to_string().contains("no space left"), "{e}");
        assert!(entries(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn create_new_gives_ordinary_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        create_new(&path, |w| w.write_all(b"x")).unwrap();
        let plain = dir.path().join("plain");
        fs::write(&plain, "x").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), mode(&plain));
    }
}
