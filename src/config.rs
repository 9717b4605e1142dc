//! `termlint.toml`: the project's settings, found upward from the working directory.
//!
//! ```toml
//! glossaries = ["glossaries/news.toml"]   # relative to this file
//! lang = "en"                              # language of monolingual input
//! date = "2017-05-04"                      # check names as in force on this day
//! ui-lang = "en"                           # language of messages
//! ignore = ["drafts/old/**", "*.bak.md"]   # gitignore-style, for directory walks
//! accept = ["Erdogan"]                     # words never reported
//! consistency = "run"                      # file (default) | run: one form across the files
//! side = "target"                          # both (default) | source | target
//!
//! [rules]
//! misspelling = "warning"                  # error | warning | off
//!
//! [lang-by-path]
//! "docs/ru/**" = "ru"                      # first match wins, in file order
//!
//! [l10n]
//! reference = "en-US"                      # the locale catalogs are translated from
//! patterns = ["l10n/{locale}/**/*.ftl"]    # catalog layouts beyond those known
//! ```
//!
//! Unknown keys, unknown rule ids and bad values are errors naming `file:line:column` and what
//! is allowed.

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::LineIndex;
use crate::diagnostic::{RuleId, Severity, Side};
use crate::glossary::Date;
use crate::rules;

/// The file name looked for.
pub const FILE_NAME: &str = "termlint.toml";

/// The largest config file read.
pub const MAX_FILE_SIZE: u64 = 1024 * 1024;

/// The settings of `termlint.toml`. `Config::default()` is what an empty file means.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// Glossary files, resolved against the config file's folder.
    pub glossaries: Vec<PathBuf>,
    /// Glossary files put on top of `glossaries` (or the built-in one), resolved likewise.
    pub extend_glossaries: Vec<PathBuf>,
    /// Language of monolingual input.
    pub lang: Option<String>,
    /// The day against which term validity periods are checked (default: today).
    pub date: Option<Date>,
    /// Language of messages.
    pub ui_lang: Option<String>,
    /// Gitignore-style globs of files a directory walk skips.
    pub ignore: Vec<String>,
    /// Words never reported.
    pub accept: Vec<String>,
    /// Whether `inconsistent` judges each file alone or all the files of a run together.
    pub consistency: Option<Consistency>,
    /// The side of bilingual input whose findings are reported (`both`: `None`).
    pub side: Option<Side>,
    /// Severities that differ from the rules' defaults.
    pub rules: BTreeMap<RuleId, Severity>,
    /// Globs and the language of the files they match, in file order (first match wins).
    pub lang_by_path: Vec<(String, String)>,
    /// How localization catalogs are paired by message id (`[l10n]`).
    pub l10n: L10n,
    /// The folder of the config file: `lang_by_path` globs are relative to it.
    pub root: PathBuf,
}

/// The `[l10n]` table: localization catalogs paired with the reference locale's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct L10n {
    /// The reference locale (`en`, else `en-US`, else the layout's reference place when
    /// `None`).
    pub reference: Option<String>,
    /// Gitignore-style globs relative to the config file's folder, `{locale}` standing for
    /// the locale (`locales/{locale}/**/*.ftl`), tried before the layouts termlint knows.
    pub patterns: Vec<String>,
}

/// Over which texts `inconsistent` looks for one concept written two ways (`--consistency`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Consistency {
    /// Each file alone (the default).
    #[default]
    File,
    /// All the files of a run together, per language: a desk's stories agree on one form.
    Run,
}

impl Consistency {
    pub fn parse(s: &str) -> Option<Consistency> {
        match s {
            "file" => Some(Consistency::File),
            "run" => Some(Consistency::Run),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Consistency::File => "file",
            Consistency::Run => "run",
        }
    }
}

/// The value of `side` (and `--side`): `both` is `None`, else the one side.
pub fn parse_side(s: &str) -> Option<Option<Side>> {
    match s {
        "both" => Some(None),
        s => Side::parse(s).map(Some),
    }
}

/// Why a config file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The I/O error is part of the message, not a `source`, so it is shown once.
    #[error("cannot read {path}: {error}")]
    Io { path: String, error: io::Error },
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
}

impl Config {
    /// The nearest `termlint.toml` in `start` or a folder above it, read and checked.
    pub fn discover(start: &Path) -> Result<Option<(PathBuf, Config)>, ConfigError> {
        for dir in start.ancestors() {
            let path = dir.join(FILE_NAME);
            if path.is_file() {
                let config = Config::load(&path)?;
                return Ok(Some((path, config)));
            }
        }
        Ok(None)
    }

    /// Reads and checks the config file at `path`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let io = |error| ConfigError::Io {
            path: path.to_string_lossy().into_owned(),
            error,
        };
        let bytes = crate::input::read_file(path, MAX_FILE_SIZE).map_err(|e| match e {
            crate::input::ReadError::Io(e) => io(e),
            e @ crate::input::ReadError::TooLarge { .. } => {
                io(io::Error::new(io::ErrorKind::FileTooLarge, e.to_string()))
            }
        })?;
        let text = String::from_utf8(bytes).map_err(|_| {
            io(io::Error::new(
                io::ErrorKind::InvalidData,
                "not valid UTF-8",
            ))
        })?;
        let root = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Config::parse(&text, &path.to_string_lossy(), &root)
    }

    /// Parses config text; `name` is used in messages, `root` resolves relative paths.
    pub fn parse(text: &str, name: &str, root: &Path) -> Result<Config, ConfigError> {
        let invalid = |span: Option<Range<usize>>, message: String| {
            let offset = span.map_or(0, |s| s.start).min(text.len());
            let (line, column) = LineIndex::new(text).line_col(text, offset);
            ConfigError::Invalid {
                path: name.to_string(),
                line,
                column,
                message,
            }
        };
        let raw: Raw = toml::from_str(text).map_err(|e| invalid(e.span(), tidy(e.message())))?;
        let mut config = Config {
            root: root.to_path_buf(),
            ..Config::default()
        };
        config.glossaries = raw
            .glossaries
            .iter()
            .map(|g| root.join(g.get_ref()))
            .collect();
        config.extend_glossaries = raw
            .extend_glossaries
            .iter()
            .map(|g| root.join(g.get_ref()))
            .collect();
        if let Some(lang) = raw.lang {
            config.lang = Some(check_tag(&lang).map_err(|m| invalid(Some(lang.span()), m))?);
        }
        if let Some(lang) = raw.ui_lang {
            config.ui_lang = Some(check_tag(&lang).map_err(|m| invalid(Some(lang.span()), m))?);
        }
        if let Some(date) = raw.date {
            let span = date.span();
            config.date = Some(parse_date(date.get_ref()).ok_or_else(|| {
                invalid(
                    Some(span),
                    "`date` must be a day written YYYY-MM-DD, like \"2017-05-04\"".to_string(),
                )
            })?);
        }
        for glob in &raw.ignore {
            check_glob(glob.get_ref()).map_err(|m| invalid(Some(glob.span()), m))?;
        }
        config.ignore = raw.ignore.into_iter().map(Spanned::into_inner).collect();
        config.accept = raw.accept.into_iter().map(Spanned::into_inner).collect();
        if let Some(value) = raw.consistency {
            let c = Consistency::parse(value.get_ref()).ok_or_else(|| {
                invalid(
                    Some(value.span()),
                    format!(
                        "unknown consistency `{}`; use \"file\" (each file alone) or \"run\" \
                         (all the files of a run together)",
                        value.get_ref()
                    ),
                )
            })?;
            config.consistency = Some(c);
        }
        if let Some(value) = raw.side {
            config.side = parse_side(value.get_ref()).ok_or_else(|| {
                invalid(
                    Some(value.span()),
                    format!(
                        "unknown side `{}`; use \"both\", \"source\" or \"target\"",
                        value.get_ref()
                    ),
                )
            })?;
        }
        for (rule, severity) in raw.rules {
            let id = rules::lookup(rule.get_ref()).map(|r| r.id).ok_or_else(|| {
                let ids: Vec<&str> = rules::ids().map(|r| r.as_str()).collect();
                invalid(
                    Some(rule.span()),
                    format!(
                        "unknown rule `{}` in [rules]; rule ids are: {}",
                        rule.get_ref(),
                        ids.join(", ")
                    ),
                )
            })?;
            let level = Severity::parse(severity.get_ref()).ok_or_else(|| {
                invalid(
                    Some(severity.span()),
                    format!(
                        "unknown severity `{}` for rule `{id}`; use \"error\", \"warning\" or \"off\"",
                        severity.get_ref()
                    ),
                )
            })?;
            config.rules.insert(id, level);
        }
        let mut by_path: Vec<_> = raw.lang_by_path.into_iter().collect();
        by_path.sort_by_key(|(glob, _)| glob.span().start);
        for (glob, lang) in by_path {
            check_glob(glob.get_ref()).map_err(|m| invalid(Some(glob.span()), m))?;
            let tag = check_tag(&lang).map_err(|m| invalid(Some(lang.span()), m))?;
            config.lang_by_path.push((glob.into_inner(), tag));
        }
        if let Some(l10n) = raw.l10n {
            if let Some(r) = &l10n.reference {
                config.l10n.reference = Some(check_tag(r).map_err(|m| invalid(Some(r.span()), m))?);
            }
            for p in l10n.patterns {
                if !p.get_ref().contains("{locale}") {
                    return Err(invalid(
                        Some(p.span()),
                        format!(
                            "pattern `{}` has no `{{locale}}`; write where the locale is, like \
                             \"locales/{{locale}}/**/*.ftl\"",
                            p.get_ref()
                        ),
                    ));
                }
                check_glob(p.get_ref()).map_err(|m| invalid(Some(p.span()), m))?;
                config.l10n.patterns.push(p.into_inner());
            }
        }
        Ok(config)
    }

    /// A `termlint.toml` for `termlint init`: every setting explained and commented out, so it
    /// means exactly the defaults.
    pub fn init_template() -> &'static str {
        INIT_TEMPLATE
    }

    /// The severity of `rule`: the config's, else the rule's default.
    pub fn severity(&self, rule: RuleId) -> Severity {
        self.rules
            .get(&rule)
            .copied()
            .unwrap_or_else(|| rules::default_severity(rule))
    }

    /// The language `[lang-by-path]` gives `path`, which is absolute or relative to the config
    /// file's folder (`root`). The first glob that matches wins.
    pub fn lang_for_path(&self, path: &Path) -> Option<&str> {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        let rel = rel.strip_prefix(".").unwrap_or(rel);
        self.lang_by_path
            .iter()
            .find(|(glob, _)| crate::layout::glob_matches(glob, rel))
            .map(|(_, lang)| lang.as_str())
    }
}

/// The file as written, before checking. Field order is the order of the help text.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    #[serde(default)]
    glossaries: Vec<Spanned<String>>,
    #[serde(default)]
    extend_glossaries: Vec<Spanned<String>>,
    lang: Option<Spanned<String>>,
    date: Option<Spanned<toml::Value>>,
    ui_lang: Option<Spanned<String>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    accept: Vec<Spanned<String>>,
    consistency: Option<Spanned<String>>,
    side: Option<Spanned<String>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    lang_by_path: BTreeMap<Spanned<String>, Spanned<String>>,
    l10n: Option<RawL10n>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawL10n {
    reference: Option<Spanned<String>>,
    #[serde(default)]
    patterns: Vec<Spanned<String>>,
}

/// Serde's wording, in the words of a config file.
fn tidy(message: &str) -> String {
    message
        .replace("unknown field", "unknown key")
        .replace("expected one of", "allowed keys are")
}

/// A language tag, as `lang::is_language_tag` accepts it.
fn check_tag(tag: &Spanned<String>) -> Result<String, String> {
    let t = tag.get_ref();
    if crate::lang::is_language_tag(t) {
        Ok(t.clone())
    } else {
        Err(format!(
            "`{t}` is not a language tag; write a BCP 47 tag like \"en\", \"ru\" or \"pt-BR\""
        ))
    }
}

fn parse_date(value: &toml::Value) -> Option<Date> {
    match value {
        toml::Value::String(s) => Date::parse(s),
        toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
            let d = dt.date?;
            Date::parse(&format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
        }
        _ => None,
    }
}

fn check_glob(glob: &str) -> Result<(), String> {
    let mut builder = ignore::gitignore::GitignoreBuilder::new("");
    builder
        .add_line(None, glob)
        .map(|_| ())
        .map_err(|e| format!("bad glob `{glob}`: {}", Tidy(&e)))
}

/// An `ignore` error without its own decoration.
struct Tidy<'a>(&'a ignore::Error);

impl fmt::Display for Tidy<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            ignore::Error::Glob { err, .. } => f.write_str(err),
            other => write!(f, "{other}"),
        }
    }
}

const INIT_TEMPLATE: &str = r#"# termlint.toml: settings for termlint, found from any folder below this one.
# Every setting below is commented out and shows its default; remove the `#` to change it.

# Glossaries to check against (.toml, .tbx, .csv, .xlsx, .ods), relative to this file.
# Default: the built-in news glossary.
# glossaries = ["glossaries/news.toml"]

# Glossaries added on top of those (or of the built-in one): a concept with the id of one
# there replaces it, and a form listed here wins over the same form in another concept there.
# extend-glossaries = ["glossaries/client.tbx"]

# Language of monolingual input (plain text, Markdown) when neither --lang, [lang-by-path],
# the file's name or folder (story.ru.md, ru/story.md) nor its script tells.
# lang = "en"

# Check names as they were on this day (a name like Nur-Sultan is right only for some years).
# Default: today.
# date = "2017-05-04"

# Language of termlint's messages. Default: English.
# ui-lang = "en"

# Files and folders a directory walk skips, gitignore-style, on top of .gitignore and .ignore.
# Files named on the command line are always checked.
# ignore = ["drafts/old/**", "*.bak.md"]

# Words never reported, whatever the glossary says.
# accept = ["Erdogan"]

# Where one concept written two ways (Turkey and Türkiye) is `inconsistent`: "file" judges
# each file alone; "run" judges all the files of a run together, per language, and points at
# the file and line where the form most used is. Also --consistency.
# consistency = "file"

# Which side of bilingual input (XLIFF, PO, TMX, aligned text) to report findings on: "both",
# "source" or "target". Monolingual files are always reported in full. Also --side.
# side = "both"

# Severity of each rule: "error" (fails the run), "warning" or "off".
[rules]
# forbidden = "error"
# misspelling = "error"
# case = "warning"
# inconsistent = "warning"
# missing-translation = "error"
# wrong-translation = "error"
# untranslated = "error"
# placeholder = "error"
# number = "warning"
# unused-suppression = "warning"

# Language of the files a glob matches (relative to this file); the first match wins.
[lang-by-path]
# "docs/ru/**" = "ru"

# Localization catalogs (Fluent, JSON, YAML, Android, iOS, .properties, .arb) in the usual
# layouts (locales/fr/..., fr.json, values-fr/, fr.lproj/) are checked against the reference
# locale's, message by message.
[l10n]
# The locale the others are translated from. Default: en, else en-US, else Android's values/
# or iOS's Base.lproj.
# reference = "en"
# Other layouts: gitignore-style globs relative to this file, {locale} where the locale is.
# patterns = ["l10n/{locale}/**/*.ftl"]
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, "termlint.toml", Path::new("proj"))
    }

    fn error(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn empty_file_and_template_are_the_defaults() {
        let empty = parse("").unwrap();
        assert_eq!(
            empty,
            Config {
                root: PathBuf::from("proj"),
                ..Config::default()
            }
        );
        assert_eq!(parse(Config::init_template()).unwrap(), empty);
    }

    #[test]
    fn template_keys_uncommented_parse() {
        // Every commented setting of the template is a valid line once uncommented.
        let uncommented: String = Config::init_template()
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest) if rest.contains(" = ") => rest,
                _ => l,
            })
            .collect::<Vec<_>>()
            .join("\n");
        let c = parse(&uncommented).unwrap();
        assert_eq!(c.lang.as_deref(), Some("en"));
        assert_eq!(c.rules.len(), rules::REGISTRY.len());
        assert_eq!(c.lang_by_path.len(), 1);
    }

    #[test]
    fn all_keys() {
        let c = parse(
            r#"
glossaries = ["g/news.toml", "extra.tbx"]
lang = "en"
date = "2017-05-04"
ui-lang = "ru"
ignore = ["old/**"]
accept = ["Erdogan"]

[rules]
misspelling = "warning"
case = "off"

[lang-by-path]
"docs/ru/**" = "ru"
"docs/**" = "en"
"#,
        )
        .unwrap();
        assert_eq!(
            c.glossaries,
            [Path::new("proj/g/news.toml"), Path::new("proj/extra.tbx")]
        );
        assert_eq!(c.date, Date::parse("2017-05-04"));
        assert_eq!(c.ui_lang.as_deref(), Some("ru"));
        assert_eq!(c.severity(rules::misspelling::ID), Severity::Warning);
        assert_eq!(c.severity(rules::case::ID), Severity::Off);
        assert_eq!(c.severity(rules::forbidden::ID), Severity::Error);
        // File order, not alphabetical: the more specific glob comes first.
        assert_eq!(c.lang_for_path(Path::new("docs/ru/a/story.md")), Some("ru"));
        assert_eq!(c.lang_for_path(Path::new("proj/docs/story.md")), Some("en"));
        assert_eq!(c.lang_for_path(Path::new("news/story.md")), None);
    }

    #[test]
    fn consistency_and_side() {
        let c = parse("consistency = \"run\"\nside = \"target\"\n").unwrap();
        assert_eq!(c.consistency, Some(Consistency::Run));
        assert_eq!(c.side, Some(Side::Target));
        assert_eq!(parse("side = \"both\"").unwrap().side, None);
        assert_eq!(
            error("consistency = \"desk\""),
            "termlint.toml:1:15: unknown consistency `desk`; use \"file\" (each file alone) or \
             \"run\" (all the files of a run together)"
        );
        assert_eq!(
            error("\nside = \"left\""),
            "termlint.toml:2:8: unknown side `left`; use \"both\", \"source\" or \"target\""
        );
    }

    #[test]
    fn bare_toml_date() {
        assert_eq!(
            parse("date = 2019-03-23").unwrap().date,
            Date::parse("2019-03-23")
        );
    }

    #[test]
    fn unknown_key_names_place_and_allowed_keys() {
        let e = error("lang = \"en\"\ncolour = true\n");
        assert!(
            e.starts_with("termlint.toml:2:1: unknown key `colour`"),
            "{e}"
        );
        assert!(
            e.contains("glossaries") && e.contains("lang-by-path"),
            "{e}"
        );
    }

    #[test]
    fn unknown_rule_id_names_place_and_rule_ids() {
        let e = error("[rules]\ncase = \"off\"\nmisspeling = \"warning\"\n");
        assert_eq!(
            e,
            "termlint.toml:3:1: unknown rule `misspeling` in [rules]; rule ids are: forbidden, \
             misspelling, case, inconsistent, missing-translation, wrong-translation, untranslated, \
             placeholder, number, unused-suppression"
        );
    }

    #[test]
    fn bad_severity() {
        let e = error("[rules]\ncase = \"loud\"\n");
        assert_eq!(
            e,
            "termlint.toml:2:8: unknown severity `loud` for rule `case`; use \"error\", \
             \"warning\" or \"off\""
        );
    }

    #[test]
    fn bad_date_tag_glob_and_type() {
        assert_eq!(
            error("date = \"4 May 2017\""),
            "termlint.toml:1:8: `date` must be a day written YYYY-MM-DD, like \"2017-05-04\""
        );
        assert_eq!(
            error("\nlang = \"English language\""),
            "termlint.toml:2:8: `English language` is not a language tag; write a BCP 47 tag \
             like \"en\", \"ru\" or \"pt-BR\""
        );
        let e = error("ignore = [\"a/{b\"]");
        assert!(e.starts_with("termlint.toml:1:11: bad glob `a/{b`"), "{e}");
        let e = error("[lang-by-path]\n\"ru/**\" = \"русский\"\n");
        assert!(
            e.starts_with("termlint.toml:2:11: `русский` is not a language tag"),
            "{e}"
        );
        let e = error("accept = \"Erdogan\"");
        assert!(e.starts_with("termlint.toml:1:10: "), "{e}");
    }

    #[test]
    fn toml_syntax_error_has_a_position() {
        let e = error("lang = \"en\"\nrules = [\n");
        assert!(e.starts_with("termlint.toml:"), "{e}");
        assert!(!e.contains('\n'), "one line: {e}");
    }

    #[test]
    fn discover_walks_up_and_reads() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "lang = \"ru\"\nglossaries = [\"g.toml\"]\n",
        )
        .unwrap();
        let (path, config) = Config::discover(&deep).unwrap().unwrap();
        assert_eq!(path, dir.path().join(FILE_NAME));
        assert_eq!(config.lang.as_deref(), Some("ru"));
        assert_eq!(config.glossaries, [dir.path().join("g.toml")]);
        std::fs::write(deep.join(FILE_NAME), "nope = 1\n").unwrap();
        let e = Config::discover(&deep).unwrap_err().to_string();
        assert!(e.ends_with("termlint.toml:1:1: unknown key `nope`, allowed keys are `glossaries`, `extend-glossaries`, `lang`, `date`, `ui-lang`, `ignore`, `accept`, `consistency`, `side`, `rules`, `lang-by-path`, `l10n`"), "{e}");
    }
}
