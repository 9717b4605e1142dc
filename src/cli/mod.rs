//! The command line.

use std::process::ExitCode;

/// Runs termlint with the process's arguments and returns its exit status.
pub fn run() -> ExitCode {
    ExitCode::SUCCESS
}
