use std::process::ExitCode;

fn main() -> ExitCode {
    termlint::cli::run()
}
