//! Writing to standard output and standard error: a closed pipe ends the run quietly (as
//! ripgrep does), any other write error is an error, and nothing panics.

use std::io::{self, Write};

use crate::i18n::Localizer;

/// Runs `write` on a buffered standard output and flushes it; a failed write is an error
/// with context (see [`is_closed_stdout`] for a closed pipe).
pub fn stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> anyhow::Result<u8> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write(&mut out)
        .and_then(|()| out.flush())
        .map_err(|e| anyhow::Error::new(e).context("cannot write to standard output"))?;
    Ok(0)
}

/// Whether `e` is standard output closed by its reader (`termlint ... | head`).
pub fn is_closed_stdout(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<io::Error>())
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

/// Writes `error: message` on standard error. Nothing is left to say if that fails.
pub fn error(message: &str) {
    let _ = writeln!(io::stderr().lock(), "error: {message}");
}

/// Writes `warning: message` on standard error, the label in the language of `loc`.
pub fn warning(loc: &Localizer, message: &str) {
    let label = loc.text("severity-warning", &[]);
    let _ = writeln!(io::stderr().lock(), "{label}: {message}");
}

/// Writes `note: message` on standard error, the label in the language of `loc`.
pub fn note(loc: &Localizer, message: &str) {
    let label = loc.text("label-note", &[]);
    let _ = writeln!(io::stderr().lock(), "{label}: {message}");
}
