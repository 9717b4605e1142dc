//! SARIF 2.1.0 (`--format sarif`), for code scanning.
//!
//! One run: `tool.driver` is termlint with its version and every rule of
//! [`REGISTRY`](crate::rules::REGISTRY) (id, summary as `shortDescription`, help as
//! `fullDescription` and `help`, `helpUri` to its section of the README, default level). Each
//! finding is a result with `ruleId`, `level`, the rendered message and one location: a
//! relative path as a relative URI against `uriBaseId` `%SRCROOT%`, which the run's
//! `originalUriBaseIds` gives as the `file://` URI of the current directory; an absolute path
//! as a `file://` URI of its own; and a
//! region in 1-based lines and columns counted in Unicode code points (the run's `columnKind`
//! is `unicodeCodePoints`; `endColumn` is one past the last character). For `inconsistent`, the
//! other form's place is a `relatedLocations` entry, in another file with `--consistency run`.
//! A finding with a fix has one `fixes` entry: one replacement of its region by the fix's text
//! as written in the file (escaped for XML or PO), with `properties.safe` saying whether
//! `--fix` applies it or only `--unsafe-fixes`. Every result has `partialFingerprints`
//! (`termlint/v1`: the fingerprint of `--baseline`, which survives lines moving), so code
//! scanning tells a finding it has seen from a new one. The run's one invocation says whether
//! it succeeded (`executionSuccessful`: every input checked) and its `exitCode`, with a tool
//! execution notification for each input not checked.

use std::io::{self, Write};

use serde::Serialize;

use super::{Files, Report};
use crate::diagnostic::Severity;
use crate::diagnostic::{LineIndex, Span};
use crate::i18n::Localizer;
use crate::rules::REGISTRY;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The base every relative artifact URI is resolved against.
const SRCROOT: &str = "%SRCROOT%";

/// What a run knows beyond its report: where it ran and how it ends.
#[derive(Clone, Debug)]
pub struct RunInfo {
    /// The exit status the run will have.
    pub exit_code: u8,
    /// The folder relative paths are relative to (`%SRCROOT%`), absolute; `None` when not known.
    pub src_root: Option<std::path::PathBuf>,
}

impl RunInfo {
    /// A run in the current directory that ends with `exit_code`.
    pub fn here(exit_code: u8) -> RunInfo {
        RunInfo {
            exit_code,
            src_root: std::env::current_dir().ok(),
        }
    }
}

/// The README section of a rule: `helpUri`.
pub fn help_uri(rule: &str) -> String {
    format!(
        "{}/blob/main/README.md#{rule}",
        env!("CARGO_PKG_REPOSITORY")
    )
}

/// Writes `report` as one SARIF 2.1.0 run, pretty-printed with a trailing newline, as run in
/// the current directory with the exit status the report gives (2 when an input could not be
/// read, 1 with a finding at error level, else 0).
pub fn write(report: &Report, out: &mut dyn Write, loc: &Localizer) -> io::Result<()> {
    let status = if report.skipped.iter().any(|s| s.is_error) {
        2
    } else {
        u8::from(report.summary().errors > 0)
    };
    write_run(report, out, loc, &RunInfo::here(status))
}

/// Writes `report` as one SARIF 2.1.0 run of `run`, pretty-printed with a trailing newline.
pub fn write_run(
    report: &Report,
    out: &mut dyn Write,
    loc: &Localizer,
    run: &RunInfo,
) -> io::Result<()> {
    let label = loc.text("label-related", &[]);
    let mut results = Vec::new();
    let files = Files::new(report);
    let mut index: Option<(&str, LineIndex)> = None;
    for (file, f) in report.ordered() {
        let idx = match &index {
            Some((path, idx)) if *path == file.path => idx,
            _ => &index.insert((&file.path, LineIndex::new(&file.text))).1,
        };
        let location = |path: &str, span: Span, id: Option<u32>, message: Option<&str>| Location {
            id,
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation::of(path),
                region: Some(Region {
                    start_line: span.line,
                    start_column: span.column,
                    end_line: span.end_line,
                    end_column: span.end_column,
                }),
            },
            message: message.map(|text| Text {
                text: text.to_string(),
            }),
        };
        results.push(SarifResult {
            rule_id: f.rule.as_str(),
            rule_index: REGISTRY.iter().position(|r| r.id == f.rule),
            level: level(f.severity),
            message: Text {
                text: loc.message(&f.message),
            },
            locations: vec![location(
                &file.path,
                idx.span(&file.text, &f.range),
                None,
                None,
            )],
            fixes: f.fix.as_ref().map(|x| {
                let span = idx.span(&file.text, &f.range);
                let format = crate::formats::Format::from_path(std::path::Path::new(&file.path));
                vec![SarifFix {
                    artifact_changes: vec![ArtifactChange {
                        artifact_location: ArtifactLocation::of(&file.path),
                        replacements: vec![Replacement {
                            deleted_region: Region {
                                start_line: span.line,
                                start_column: span.column,
                                end_line: span.end_line,
                                end_column: span.end_column,
                            },
                            inserted_content: Text {
                                text: crate::fix::escape(format, &x.replacement),
                            },
                        }],
                    }],
                    properties: FixProperties { safe: x.safe },
                }]
            }),
            related_locations: files.related(file, f).map(|(other, idx, r)| {
                let span = idx.span(&other.text, &r);
                vec![location(&other.path, span, Some(1), Some(&label))]
            }),
            partial_fingerprints: PartialFingerprints {
                termlint: super::baseline::fingerprint(&file.path, &file.text, f),
            },
        });
    }
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "termlint",
                    version: env!("CARGO_PKG_VERSION"),
                    rules: REGISTRY
                        .iter()
                        .map(|r| {
                            let help = if r.help().trim().is_empty() {
                                r.summary()
                            } else {
                                r.help()
                            };
                            Rule {
                                id: r.id.as_str(),
                                short_description: Text {
                                    text: r.summary().to_string(),
                                },
                                full_description: Text {
                                    text: help.to_string(),
                                },
                                help: Text {
                                    text: help.to_string(),
                                },
                                help_uri: help_uri(r.id.as_str()),
                                default_configuration: Configuration {
                                    level: level(r.default_severity),
                                },
                            }
                        })
                        .collect(),
                },
            },
            original_uri_base_ids: run.src_root.as_deref().map(|root| {
                let mut uri = file_uri(root);
                if !uri.ends_with('/') {
                    uri.push('/');
                }
                BaseIds {
                    src_root: Base { uri },
                }
            }),
            column_kind: "unicodeCodePoints",
            results,
            invocations: invocations(report, loc, run.exit_code),
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// The run's invocation: its exit code, and each input not checked as a tool execution
/// notification (`error` when it fails the run, as an unreadable file does; `warning` for a
/// file whose language is unknown; `note` for a file skipped on purpose) at the file's URI;
/// `executionSuccessful` is false if any failed. Without them, a file that could not be read
/// would be invisible in code scanning.
fn invocations(report: &Report, loc: &Localizer, exit_code: u8) -> Vec<Invocation> {
    let unchecked = report
        .ordered_files()
        .into_iter()
        .filter(|f| f.language_unknown());
    // A file read but not checked, its language unknown: a warning, as in the human report.
    let mut notifications: Vec<Notification> = unchecked
        .map(|f| Notification {
            level: "warning",
            message: Text {
                text: f.language_unknown_text(loc),
            },
            locations: vec![artifact(&f.path)],
        })
        .collect();
    notifications.extend(report.ordered_skipped().into_iter().map(|s| {
        let args = [
            ("path", crate::i18n::Arg::Str(&s.path)),
            ("reason", crate::i18n::Arg::Str(&s.reason)),
        ];
        let (level, id) = if s.is_error {
            ("error", "skipped-unreadable")
        } else {
            ("note", "skipped-note")
        };
        Notification {
            level,
            message: Text {
                text: loc.text(id, &args),
            },
            locations: vec![artifact(&s.path)],
        }
    }));
    vec![Invocation {
        execution_successful: !report.skipped.iter().any(|s| s.is_error) && exit_code != 2,
        exit_code,
        tool_execution_notifications: notifications,
    }]
}

/// A location that is a whole file.
fn artifact(path: &str) -> Location {
    Location {
        id: None,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation::of(path),
            region: None,
        },
        message: None,
    }
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Off => "none",
    }
}

/// The `file://` URI of an absolute path: `/srv/a b` is `file:///srv/a%20b`; on Windows
/// `C:\a` is `file:///C:/a`.
fn file_uri(path: &std::path::Path) -> String {
    let path = path.to_string_lossy();
    let encoded = path_to_uri(&path);
    if encoded.starts_with('/') {
        format!("file://{encoded}")
    } else {
        // A drive letter's colon stays as it is.
        format!("file:///{}", encoded.replacen("%3A", ":", 1))
    }
}

/// A path as given, as a relative URI reference (RFC 3986) that decodes back to the path:
/// bytes outside the unreserved set and `/` percent-encoded, UTF-8 included. `\` separates
/// folders on Windows only; elsewhere it is a character of a file name (`a\b.txt` is
/// `a%5Cb.txt`, not the folder `a`).
fn path_to_uri(path: &str) -> String {
    let path = if cfg!(windows) {
        path.replace('\\', "/")
    } else {
        path.to_string()
    };
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    #[serde(skip_serializing_if = "Option::is_none")]
    original_uri_base_ids: Option<BaseIds>,
    column_kind: &'static str,
    results: Vec<SarifResult>,
    invocations: Vec<Invocation>,
}

#[derive(Serialize)]
struct BaseIds {
    #[serde(rename = "%SRCROOT%")]
    src_root: Base,
}

#[derive(Serialize)]
struct Base {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    exit_code: u8,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    help: Text,
    help_uri: String,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    related_locations: Option<Vec<Location>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fixes: Option<Vec<SarifFix>>,
    partial_fingerprints: PartialFingerprints,
}

/// The fingerprint that tells a finding from run to run though lines move: the baseline's
/// ([`super::baseline::fingerprint`]).
#[derive(Serialize)]
struct PartialFingerprints {
    #[serde(rename = "termlint/v1")]
    termlint: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix {
    artifact_changes: Vec<ArtifactChange>,
    properties: FixProperties,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Text,
}

#[derive(Serialize)]
struct FixProperties {
    safe: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<u32>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

impl ArtifactLocation {
    /// A path as given: relative against `%SRCROOT%` (without a leading `./`), or absolute as
    /// a `file://` URI of its own.
    fn of(path: &str) -> ArtifactLocation {
        let p = std::path::Path::new(path);
        if p.is_absolute() {
            return ArtifactLocation {
                uri: file_uri(p),
                uri_base_id: None,
            };
        }
        let mut rel = path;
        while let Some(rest) = rel.strip_prefix("./") {
            rel = rest.trim_start_matches('/');
        }
        ArtifactLocation {
            uri: path_to_uri(rel),
            uri_base_id: Some(SRCROOT),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_relative_uris() {
        assert_eq!(path_to_uri("drafts/syria.txt"), "drafts/syria.txt");
        if cfg!(windows) {
            assert_eq!(path_to_uri(r"a b\c#1.md"), "a%20b/c%231.md");
        } else {
            assert_eq!(path_to_uri(r"a b\c#1.md"), "a%20b%5Cc%231.md");
        }
        assert_eq!(path_to_uri("50% a?b:c"), "50%25%20a%3Fb%3Ac");
        assert_eq!(path_to_uri("ру.txt"), "%D1%80%D1%83.txt");
        let rel = ArtifactLocation::of("./docs/a b.md");
        assert_eq!(
            (rel.uri.as_str(), rel.uri_base_id),
            ("docs/a%20b.md", Some(SRCROOT))
        );
        if cfg!(unix) {
            let abs = ArtifactLocation::of("/srv/news/é.md");
            assert_eq!(
                (abs.uri.as_str(), abs.uri_base_id),
                ("file:///srv/news/%C3%A9.md", None)
            );
        }
    }
}
