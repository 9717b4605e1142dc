//! The command line: `termlint check`, `termlint init`, `termlint rules`.
//!
//! This is the only module that prints, and the only one that uses `anyhow`.

mod check;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Terminology checker for multilingual news.
#[derive(Debug, Parser)]
#[command(name = "termlint", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check files, directories (recursive, .gitignore respected) or - for standard input.
    Check(Box<CheckArgs>),
    /// Write a commented termlint.toml in the current directory.
    Init {
        /// Where to write it.
        #[arg(default_value = "termlint.toml")]
        path: PathBuf,
    },
    /// List the rules with their default severity and help.
    Rules,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads standard input. Default: the current directory.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Glossary to use (repeatable; .toml, .tbx, .csv). Default: from termlint.toml, else the
    /// built-in news glossary.
    #[arg(short = 'g', long = "glossary", value_name = "FILE")]
    pub glossaries: Vec<PathBuf>,
    /// Language of monolingual input (BCP 47: en, ru, tr, ...).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// The date of the documents, for names with a validity period (YYYY-MM-DD). Default:
    /// today.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Threads to use (default: all cores; never more than the cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Configuration file (default: termlint.toml found upward from the current directory).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore any termlint.toml.
    #[arg(long)]
    pub no_config: bool,
    /// When to use colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Language of messages (en, ru, tr, de, fr, es, ar).
    #[arg(long, value_name = "LANG")]
    pub ui_lang: Option<String>,
    /// Aligned text: the source file, one segment per line (with --target).
    #[arg(
        long,
        value_name = "FILE",
        requires = "target",
        conflicts_with = "paths"
    )]
    pub source: Option<PathBuf>,
    /// Aligned text: the target file, line n translating line n of --source.
    #[arg(long, value_name = "FILE", requires = "source")]
    pub target: Option<PathBuf>,
    /// Source language of bilingual input, over what the files say (default: the file's, else
    /// en).
    #[arg(long, value_name = "LANG")]
    pub source_lang: Option<String>,
    /// Target language of bilingual input, over what the files say.
    #[arg(long, value_name = "LANG")]
    pub target_lang: Option<String>,
    /// Also check units marked fuzzy or needing review (PO `#, fuzzy`, XLIFF needs-review-*).
    #[arg(long)]
    pub include_fuzzy: bool,
    /// Also check obsolete PO entries (`#~`).
    #[arg(long)]
    pub include_obsolete: bool,
    /// Largest input file to read, in bytes or with K, M or G (default: 64M). Larger files are
    /// refused (an error); the others are still checked.
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
}

fn parse_size(s: &str) -> Result<u64, String> {
    crate::input::parse_size(s)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("'{s}' is not a size (e.g. 64M, 500K, 1G, 1000000)"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Human,
    Json,
    Sarif,
    Github,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Runs termlint with the process's arguments and returns its exit status: 0 nothing at error
/// level, 1 findings at error level, 2 the run could not be done as asked.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            return match e.print() {
                Ok(()) => ExitCode::from(code),
                // `--help` or `--version` into a closed pipe: the reader has what it wanted.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(code),
                Err(e) => fail(&anyhow::Error::new(e).context("cannot write the help")),
            };
        }
    };
    let result = match cli.command {
        Command::Check(args) => check::run(*args),
        Command::Init { path } => check::init(&path),
        Command::Rules => check::rules(),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => fail(&e),
    }
}

/// Says why the run failed on standard error (never panicking, even when standard error is
/// closed or full) and returns status 2.
fn fail(e: &anyhow::Error) -> ExitCode {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "error: {e:#}");
    ExitCode::from(2)
}

/// Whether `e` comes from writing to a closed pipe (`termlint rules | head -1`): like ripgrep,
/// termlint then stops writing quietly, since the reader has all it wanted.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
