//! The command line: `termlint check`, `extract`, `glossary`, `lookup`, `init`, `rules`, `rule`,
//! `completions`, `man`.
//!
//! This is the only module that prints, and the only one that uses `anyhow`. It parses
//! arguments, calls the library ([`crate::check::Pipeline`]) and prints: the report on
//! standard output, errors and notes on standard error, in every format.

mod baseline;
mod check;
mod extract;
mod fix;
mod glossary;
mod lookup;
mod output;
mod select;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

/// What `--help` says of the exit status (CONTRACT.md).
const EXIT_STATUS: &str = "Exit status:
  0  no finding at error level
  1  at least one finding at error level
  2  the run could not be done as asked (bad option, unreadable glossary or input)";

/// Terminology checker for multilingual news.
#[derive(Debug, Parser)]
#[command(
    name = "termlint",
    version,
    about,
    max_term_width = 100,
    after_help = EXIT_STATUS
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check files, directories (recursive, .gitignore respected) or - for standard input.
    #[command(after_help = EXIT_STATUS)]
    Check(Box<CheckArgs>),
    /// Propose glossary entries from parallel text: the names and acronyms of the source, each
    /// with the target forms that translate it.
    Extract(Box<ExtractArgs>),
    /// Inspect, convert and merge glossaries.
    Glossary {
        #[command(subcommand)]
        command: GlossaryCommand,
    },
    /// Find the concepts behind a form in any language or script (inflected, misspelt, without
    /// its diacritics, or another language's form) and show their cards: every language's
    /// preferred, admitted and forbidden forms, kind, note, validity and where they are defined.
    #[command(after_help = LOOKUP_EXIT_STATUS)]
    Lookup(LookupArgs),
    /// Write a commented termlint.toml in the current directory.
    Init {
        /// Where to write it.
        #[arg(default_value = "termlint.toml")]
        path: PathBuf,
    },
    /// List the rules with their default severity and summary.
    Rules,
    /// Show the documentation of one rule.
    Rule {
        /// The rule's id, e.g. forbidden.
        id: String,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on standard output.
    Man,
}

/// What `lookup --help` says of the exit status.
const LOOKUP_EXIT_STATUS: &str = "Exit status:
  0  at least one concept matched
  1  no concept matched
  2  the lookup could not be done as asked (bad option, unreadable glossary)";

#[derive(Debug, clap::Args)]
pub struct LookupArgs {
    /// The form to look up, in any language or script; several words are one query.
    #[arg(value_name = "QUERY", required = true)]
    pub query: Vec<String>,
    /// Glossary to look in (repeatable; .toml, .tbx, .csv, .xlsx, .ods). Default: the built-in
    /// news glossary.
    #[arg(short = 'g', long = "glossary", value_name = "FILE")]
    pub glossaries: Vec<PathBuf>,
    /// Glossary to add on top of the others (repeatable), as `check --extend-glossary` does;
    /// each card's source says which glossary its concept came from.
    #[arg(long = "extend-glossary", value_name = "FILE")]
    pub extend_glossaries: Vec<PathBuf>,
    /// Language of the query (BCP 47): its forms and their inflections first.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Language to show on the cards (repeatable). Default: all.
    #[arg(long, value_name = "LANG")]
    pub to: Vec<String>,
    /// The date the names in force are shown for (YYYY-MM-DD). Default: today.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    pub format: ListFormat,
    /// The most concepts to show, best first.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub limit: usize,
    /// Language of messages (en, ru, tr, de, fr, es, ar).
    #[arg(long, value_name = "LANG")]
    pub ui_lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum GlossaryCommand {
    /// Report what is wrong or doubtful in glossaries: a form forbidden in one concept and
    /// approved in another, a form listed twice, overlapping validity periods, an example that
    /// does not hold (errors, status 1); a name that is also an ordinary word, a missing
    /// language (warnings).
    #[command(after_help = EXIT_STATUS)]
    Lint(GlossaryArgs),
    /// Count concepts per kind, and per language the concepts covered and the terms by status.
    Stats(GlossaryArgs),
    /// Convert glossaries to another format: reads .toml, .tbx, .csv, .xlsx, .ods; writes the
    /// format of the output's extension (or --to): toml, tbx (TBX v3, TBX-Basic) or csv.
    #[command(after_help = EXIT_STATUS)]
    Convert(ConvertArgs),
    /// Merge glossaries into one, concept by concept (matched by id). Different preferred forms
    /// of one concept and language are an error unless --prefer says which input wins; forms
    /// shared by concepts of different inputs are reported.
    #[command(after_help = EXIT_STATUS)]
    Merge(MergeArgs),
}

#[derive(Debug, clap::Args)]
pub struct ConvertArgs {
    /// Glossaries to read (.toml, .tbx, .csv, .xlsx, .ods; a sheet as file.xlsx#Sheet).
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub output: WriteArgs,
}

#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// Glossaries to merge, in order (.toml, .tbx, .csv, .xlsx, .ods).
    #[arg(value_name = "INPUT", required = true, num_args = 2..)]
    pub inputs: Vec<PathBuf>,
    /// Which input wins where two give one concept different preferred forms.
    #[arg(long, value_enum, value_name = "WHICH")]
    pub prefer: Option<PreferArg>,
    #[command(flatten)]
    pub output: WriteArgs,
}

/// Where and how a glossary command writes.
#[derive(Debug, clap::Args)]
pub struct WriteArgs {
    /// File to write (written atomically); - for standard output.
    #[arg(short = 'o', long = "output", value_name = "OUTPUT")]
    pub output: PathBuf,
    /// Format to write (default: from the output's extension).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub to: Option<WriteFormat>,
}

/// The formats a glossary is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum WriteFormat {
    Toml,
    Tbx,
    Csv,
}

/// Which input of `glossary merge` wins a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PreferArg {
    First,
    Last,
}

#[derive(Debug, clap::Args)]
pub struct GlossaryArgs {
    /// Glossary to read (repeatable; .toml, .tbx, .csv, .xlsx, .ods). Default: the built-in news glossary.
    #[arg(short = 'g', long = "glossary", value_name = "FILE")]
    pub glossaries: Vec<PathBuf>,
    /// Glossary to add on top of the others (repeatable), as `check --extend-glossary` does.
    #[arg(long = "extend-glossary", value_name = "FILE")]
    pub extend_glossaries: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    pub format: ListFormat,
}

/// The formats of the glossary commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("fixing").args(["fix", "diff"])))]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads standard input. Default: the current directory.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Glossary to use (repeatable; .toml, .tbx, .csv, .xlsx, .ods). Default: from
    /// termlint.toml, else the built-in news glossary.
    #[arg(short = 'g', long = "glossary", value_name = "FILE")]
    pub glossaries: Vec<PathBuf>,
    /// Glossary to add on top of the others (repeatable): its concepts replace those of the
    /// same id, and its forms win over the same forms in other concepts.
    #[arg(long = "extend-glossary", value_name = "FILE")]
    pub extend_glossaries: Vec<PathBuf>,
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
    /// With --format json, list per bilingual unit each source term looked for and whether
    /// its concept was found in the target (`checked`).
    #[arg(long)]
    pub explain: bool,
    /// Where one concept written two ways is `inconsistent`: file judges each file alone; run
    /// judges all the files of the run together, per language, and points at the file and line
    /// where the form most used is (default: termlint.toml's `consistency`, else file).
    #[arg(long, value_enum, value_name = "SCOPE")]
    pub consistency: Option<ConsistencyArg>,
    /// Report the findings of one side of bilingual input (XLIFF, PO, TMX, aligned text) only;
    /// monolingual files are reported in full (default: termlint.toml's `side`, else both).
    #[arg(long, value_enum, value_name = "SIDE")]
    pub side: Option<SideArg>,
    /// Say on standard error which language each file was checked in, and how it was told.
    #[arg(short, long)]
    pub verbose: bool,
    /// Largest input file to read, in bytes or with K, M or G (default: 64M). Larger files are
    /// refused (an error); the others are still checked.
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
    /// Apply the safe fixes in place (each file replaced whole, never half-written, and not if
    /// it changed meanwhile), then report what is left. Only the target side of bilingual
    /// files (XLIFF, PO, TMX) and the --target of aligned text are fixed: the source is not
    /// the translator's to change. With - the fixed text goes to standard output and the
    /// report to standard error.
    #[arg(long)]
    pub fix: bool,
    /// Print a unified diff of what --fix would change, and change nothing. Exit status: 1
    /// when there is something to fix, else 0.
    #[arg(long)]
    pub diff: bool,
    /// With --fix or --diff, apply the unsafe fixes too: a choice among suggestions (the
    /// first), an inconsistent form switched to the document's main one, a target form for a
    /// wrong or copied translation.
    #[arg(long, requires = "fixing")]
    pub unsafe_fixes: bool,
    /// Findings accepted for now (a file written by --write-baseline): those it holds are not
    /// reported and do not fail the run, so only new findings do. A finding is known by its
    /// file, rule, concept, unit, text and the words around it, not by its line.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
    /// Write every finding of this run to FILE as the baseline (replacing it atomically) and
    /// exit 0 unless an input could not be checked.
    #[arg(long, value_name = "FILE", conflicts_with = "fixing")]
    pub write_baseline: Option<PathBuf>,
    /// Read standard input as the file NAME: its format and language come from NAME
    /// (fr/messages.ftl: Fluent, French) and reports show NAME. Standard input is read when
    /// `-` is given, or when no path is; with --fix the fixed text goes to standard output,
    /// never to a file NAME.
    #[arg(long, value_name = "NAME", conflicts_with = "source")]
    pub stdin_filename: Option<PathBuf>,
    /// Also check the paths listed in FILE (`-`: standard input), one per line, or separated
    /// by NUL bytes when it has any (`git ls-files -z`); blank lines are skipped. A listed
    /// path that does not exist is an error for that path; the others are still checked.
    #[arg(long, value_name = "FILE", conflicts_with = "source")]
    pub files_from: Option<PathBuf>,
    /// Only check the files changed against the git revision REF: committed since REF,
    /// staged, unstaged and new files git does not ignore, among the paths given (default:
    /// the current directory). Deleted files are left out; folders are walked as usual.
    #[arg(long, value_name = "REF", conflicts_with = "source")]
    pub changed_since: Option<String>,
    /// The lowest severity of a finding that fails the run (exit status 1): error (the
    /// default), warning, or none (findings never fail it; inputs that cannot be checked
    /// still do, with status 2).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_level: Option<FailLevel>,
}

/// The values of `--fail-level`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailLevel {
    /// Findings at error level fail the run.
    Error,
    /// Findings at warning or error level fail the run.
    Warning,
    /// No finding fails the run.
    None,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// A TMX, XLIFF or PO file (languages from the file).
    #[arg(value_name = "FILE", required_unless_present = "source")]
    pub file: Option<PathBuf>,
    /// Aligned text: the source file, one segment per line (with --target).
    #[arg(
        long,
        value_name = "FILE",
        requires = "target",
        conflicts_with = "file"
    )]
    pub source: Option<PathBuf>,
    /// Aligned text: the target file, line n translating line n of --source.
    #[arg(long, value_name = "FILE", requires = "source")]
    pub target: Option<PathBuf>,
    /// Source language, over what the files say (default: the file's, else en).
    #[arg(long, value_name = "LANG")]
    pub source_lang: Option<String>,
    /// Target language, over what the files say; picks one language of a multilingual TMX.
    #[arg(long, value_name = "LANG")]
    pub target_lang: Option<String>,
    /// Glossary to mark known forms with (repeatable; .toml, .tbx, .csv). Default: the
    /// built-in news glossary.
    #[arg(short = 'g', long = "glossary", value_name = "FILE")]
    pub glossaries: Vec<PathBuf>,
    /// Glossary to add on top of the others (repeatable), as `check --extend-glossary` does.
    #[arg(long = "extend-glossary", value_name = "FILE")]
    pub extend_glossaries: Vec<PathBuf>,
    /// Output format: a glossary to review (toml, tbx) or json.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Toml)]
    pub format: ExtractFormat,
    /// The fewest occurrences of a candidate.
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub min_count: usize,
    /// At most N candidates, the most frequent.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Only candidates the glossary lacks (neither their source form nor their proposed
    /// target is in it).
    #[arg(long)]
    pub new_only: bool,
    /// Write to FILE (replaced whole, never half-written) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Language of messages (en, ru, tr, de, fr, es, ar).
    #[arg(long, value_name = "LANG")]
    pub ui_lang: Option<String>,
    /// Largest input file to read, in bytes or with K, M or G (default: 64M).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
}

/// The formats of `termlint extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Toml,
    Tbx,
    Json,
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

/// The values of `--consistency`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ConsistencyArg {
    /// Each file alone.
    File,
    /// All the files of the run together.
    Run,
}

/// The values of `--side`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SideArg {
    /// Source and target.
    Both,
    /// The source side only.
    Source,
    /// The target side only.
    Target,
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
                Err(e) => {
                    output::error(&format!("cannot write the help: {e}"));
                    ExitCode::from(2)
                }
            };
        }
    };
    let result = match cli.command {
        Command::Check(args) => check::run(*args),
        Command::Extract(args) => extract::run(*args),
        Command::Glossary { command } => match command {
            GlossaryCommand::Lint(args) => glossary::lint(args),
            GlossaryCommand::Stats(args) => glossary::stats(args),
            GlossaryCommand::Convert(args) => glossary::convert(args),
            GlossaryCommand::Merge(args) => glossary::merge(args),
        },
        Command::Lookup(args) => lookup::run(args),
        Command::Init { path } => check::init(&path),
        Command::Rules => check::rules(),
        Command::Rule { id } => check::rule(&id),
        Command::Completions { shell } => output::stdout(|out| {
            clap_complete::generate(shell, &mut Cli::command(), "termlint", out);
            Ok(())
        }),
        Command::Man => output::stdout(|out| clap_mangen::Man::new(Cli::command()).render(out)),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) if output::is_closed_stdout(&e) => ExitCode::from(0),
        Err(e) => {
            output::error(&format!("{e:#}"));
            ExitCode::from(2)
        }
    }
}
