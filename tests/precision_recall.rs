//! Precision and recall of the monolingual rules on hand-labelled drafts.
//!
//! Every draft in `tests/eval/drafts/` is checked with the built binary and the built-in
//! glossary, one file per run: `termlint check --format json --lang <lang> <file>`, run from
//! the drafts folder so that `path` is the bare file name. The language comes from the file
//! name: `story.ru.md` is Russian, `story.tr.txt` Turkish, anything else English.
//!
//! `tests/eval/labels.tsv` lists every finding a good checker makes, one per line:
//! `file<TAB>line<TAB>found<TAB>rule`. Blank lines and lines starting with `#` are comments.
//! A finding matches a label when all four fields are equal; repeated labels match as many
//! findings. The test prints, per rule and overall, the true positives, every false positive
//! and false negative, precision and recall, and fails when a rule falls below the floors
//! below.
//!
//! Run it with `scripts/precision-recall.sh` to see the table.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The floors, per rule: `(rule, precision, recall)`. Raise them here, nowhere else.
const FLOORS: &[(&str, f64, f64)] = &[
    ("forbidden", 0.9, 0.95),
    ("misspelling", 0.95, 0.95),
    ("case", 0.95, 0.95),
    ("inconsistent", 0.95, 0.8),
];

/// The floor for all monolingual rules together: `(precision, recall)`.
const OVERALL_FLOOR: (f64, f64) = (0.95, 0.95);

/// The rules this evaluation measures; a finding of any other rule on a monolingual draft is a
/// false positive by definition.
const RULES: &[&str] = &["forbidden", "misspelling", "case", "inconsistent"];

#[test]
fn precision_and_recall_of_monolingual_rules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let drafts_dir = root.join("drafts");
    let drafts = list_drafts(&drafts_dir);
    assert!(!drafts.is_empty(), "no drafts in {}", drafts_dir.display());

    let labels = read_labels(&root.join("labels.tsv"), &drafts_dir);

    let mut findings = Vec::new();
    let mut anomalies = Vec::new();
    for draft in &drafts {
        findings.extend(run_termlint(&drafts_dir, draft, &mut anomalies));
    }

    let score = Score::compute(&labels, &findings);
    let report = score.render(&anomalies);
    println!("{report}");

    let mut failures = Vec::new();
    for &(rule, min_p, min_r) in FLOORS {
        let c = score.counts(Some(rule));
        check_floor(&mut failures, rule, "precision", c.precision(), min_p);
        check_floor(&mut failures, rule, "recall", c.recall(), min_r);
    }
    let all = score.counts(None);
    check_floor(
        &mut failures,
        "overall",
        "precision",
        all.precision(),
        OVERALL_FLOOR.0,
    );
    check_floor(
        &mut failures,
        "overall",
        "recall",
        all.recall(),
        OVERALL_FLOOR.1,
    );
    assert!(
        failures.is_empty(),
        "below the floor:\n{}",
        failures.join("\n")
    );
}

/// A labelled (expected) or reported finding, reduced to what is compared.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    file: String,
    line: usize,
    found: String,
    rule: String,
}

/// A finding as reported, with the message for the listing.
#[derive(Clone, Debug)]
struct Reported {
    key: Key,
    message: String,
}

/// The drafts, sorted by file name.
fn list_drafts(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    out
}

/// The language of a draft, from the tag before its extension: `x.ru.md` → `ru`.
fn lang_of(path: &Path) -> &'static str {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() >= 3 {
        match parts[parts.len() - 2] {
            "ru" => return "ru",
            "tr" => return "tr",
            "en" => return "en",
            other => panic!("{name}: unknown language tag '{other}' in the file name"),
        }
    }
    "en"
}

/// Reads the labels and checks each against its draft: the file exists, the rule is one of
/// [`RULES`], and `found` occurs on that line. A wrong label is a bug in the evaluation, so it
/// fails the test at once rather than skewing the figures.
fn read_labels(path: &Path, drafts_dir: &Path) -> Vec<Key> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut labels = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let at = format!("labels.tsv:{}", i + 1);
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        if cols.len() != 4 {
            errors.push(format!(
                "{at}: expected 4 tab-separated columns, got {}",
                cols.len()
            ));
            continue;
        }
        let (file, line, found, rule) = (cols[0], cols[1], cols[2], cols[3]);
        let Ok(line) = line.parse::<usize>() else {
            errors.push(format!("{at}: line '{line}' is not a number"));
            continue;
        };
        if !RULES.contains(&rule) {
            errors.push(format!("{at}: rule '{rule}' is not one of {RULES:?}"));
            continue;
        }
        match std::fs::read_to_string(drafts_dir.join(file)) {
            Err(e) => errors.push(format!("{at}: cannot read draft '{file}': {e}")),
            Ok(draft) => match draft.lines().nth(line.wrapping_sub(1)) {
                None => errors.push(format!("{at}: '{file}' has no line {line}")),
                Some(l) if !l.contains(found) => {
                    errors.push(format!("{at}: '{found}' is not on {file}:{line}: {l}"))
                }
                Some(_) => {}
            },
        }
        labels.push(Key {
            file: file.to_string(),
            line,
            found: found.to_string(),
            rule: rule.to_string(),
        });
    }
    assert!(errors.is_empty(), "bad labels:\n{}", errors.join("\n"));
    labels
}

/// Runs termlint on one draft and returns its findings. Anything in the report that breaks
/// CONTRACT.md (a `found` that is not the `start..end` slice, a line that does not hold
/// `start`) is noted in `anomalies`; an exit status of 2 or a report that is not JSON fails.
fn run_termlint(drafts_dir: &Path, draft: &Path, anomalies: &mut Vec<String>) -> Vec<Reported> {
    let file = draft
        .file_name()
        .and_then(|n| n.to_str())
        .expect("UTF-8 file name")
        .to_string();
    let lang = lang_of(draft);
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .current_dir(drafts_dir)
        .args(["check", "--format", "json", "--lang", lang, &file])
        .output()
        .expect("run termlint");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let status = out.status.code();
    assert!(
        matches!(status, Some(0 | 1)),
        "termlint on {file} exited with {status:?}\nstderr:\n{stderr}\nstdout:\n{stdout}"
    );
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!("termlint on {file}: the report is not JSON ({e})\nstdout:\n{stdout}\nstderr:\n{stderr}")
    });
    let text = std::fs::read_to_string(draft).expect("read draft");
    let items = report["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("termlint on {file}: no 'findings' array in {report}"));

    let mut found_list = Vec::new();
    for f in items {
        let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
        let n = |k: &str| f[k].as_u64().map(|v| v as usize);
        let key = Key {
            file: file.clone(),
            line: n("line").unwrap_or(0),
            found: s("found"),
            rule: s("rule"),
        };
        let here = format!("{}:{} '{}' {}", key.file, key.line, key.found, key.rule);
        if s("path") != file {
            anomalies.push(format!("{here}: path is '{}', not '{file}'", s("path")));
        }
        match (n("start"), n("end")) {
            (Some(a), Some(b)) if a <= b && text.get(a..b).is_some() => {
                if text[a..b] != key.found {
                    anomalies.push(format!(
                        "{here}: found is not the {a}..{b} slice, which is '{}'",
                        &text[a..b]
                    ));
                }
                let line = text[..a].matches('\n').count() + 1;
                if line != key.line {
                    anomalies.push(format!("{here}: byte {a} is on line {line}"));
                }
                let line_start = text[..a].rfind('\n').map_or(0, |p| p + 1);
                let column = text[line_start..a].chars().count() + 1;
                if n("column") != Some(column) {
                    anomalies.push(format!(
                        "{here}: column {:?}, but byte {a} is at column {column}",
                        n("column")
                    ));
                }
            }
            (a, b) => anomalies.push(format!("{here}: start..end {a:?}..{b:?} is not a slice")),
        }
        found_list.push(Reported {
            key,
            message: s("message"),
        });
    }
    let errors = items.iter().filter(|f| f["severity"] == "error").count();
    if (status == Some(1)) != (errors > 0) {
        anomalies.push(format!(
            "{file}: exit status {status:?} with {errors} error-level finding(s)"
        ));
    }
    found_list
}

/// Labels matched against findings.
struct Score {
    tp: Vec<Key>,
    fp: Vec<Reported>,
    fn_: Vec<Key>,
}

/// Counts for one rule or for all.
#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    /// Precision; 1.0 when nothing was reported (nothing reported is nothing wrong).
    fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall; 1.0 when nothing was labelled.
    fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

impl Score {
    /// Matches each finding to an unused label with the same key.
    fn compute(labels: &[Key], findings: &[Reported]) -> Score {
        let mut open: BTreeMap<&Key, usize> = BTreeMap::new();
        for l in labels {
            *open.entry(l).or_default() += 1;
        }
        let mut tp = Vec::new();
        let mut fp = Vec::new();
        for f in findings {
            match open.get_mut(&f.key) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    tp.push(f.key.clone());
                }
                _ => fp.push(f.clone()),
            }
        }
        let mut fn_ = Vec::new();
        for (k, n) in open {
            fn_.extend(std::iter::repeat_n(k.clone(), n));
        }
        Score { tp, fp, fn_ }
    }

    /// The counts of one rule, or of all rules with `None`.
    fn counts(&self, rule: Option<&str>) -> Counts {
        let keep = |r: &str| rule.is_none_or(|want| want == r);
        Counts {
            tp: self.tp.iter().filter(|k| keep(&k.rule)).count(),
            fp: self.fp.iter().filter(|f| keep(&f.key.rule)).count(),
            fn_: self.fn_.iter().filter(|k| keep(&k.rule)).count(),
        }
    }

    /// The table and the listings.
    fn render(&self, anomalies: &[String]) -> String {
        let mut rules: Vec<String> = RULES.iter().map(|r| r.to_string()).collect();
        for f in &self.fp {
            if !rules.contains(&f.key.rule) {
                rules.push(f.key.rule.clone());
            }
        }
        let mut out = String::new();
        let _ = writeln!(out, "\n== precision/recall of the monolingual rules ==");
        let _ = writeln!(
            out,
            "{:<14} {:>4} {:>4} {:>4} {:>9} {:>9}",
            "rule", "TP", "FP", "FN", "precision", "recall"
        );
        let row = |out: &mut String, name: &str, c: Counts| {
            let _ = writeln!(
                out,
                "{:<14} {:>4} {:>4} {:>4} {:>9} {:>9}",
                name,
                c.tp,
                c.fp,
                c.fn_,
                fmt_ratio(c.tp, c.tp + c.fp),
                fmt_ratio(c.tp, c.tp + c.fn_)
            );
        };
        for r in &rules {
            row(&mut out, r, self.counts(Some(r)));
        }
        row(&mut out, "overall", self.counts(None));

        for r in &rules {
            let fps: Vec<&Reported> = self.fp.iter().filter(|f| &f.key.rule == r).collect();
            let fns: Vec<&Key> = self.fn_.iter().filter(|k| &k.rule == r).collect();
            if fps.is_empty() && fns.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n-- {r} --");
            for f in &fps {
                let k = &f.key;
                let _ = writeln!(
                    out,
                    "  FP {}:{} '{}' {}: {}{}",
                    k.file,
                    k.line,
                    k.found,
                    k.rule,
                    f.message,
                    near_miss(k, &self.fn_)
                );
            }
            for k in &fns {
                let _ = writeln!(out, "  FN {}:{} '{}' {}", k.file, k.line, k.found, k.rule);
            }
        }
        if !anomalies.is_empty() {
            let _ = writeln!(out, "\n-- reports that break CONTRACT.md --");
            for a in anomalies {
                let _ = writeln!(out, "  {a}");
            }
        }
        out
    }
}

/// A hint when a false positive is a missed label with another span or rule on the same line
/// (`Erdogan'ın` reported where `Erdogan` is labelled, or `forbidden` for `misspelling`).
fn near_miss(k: &Key, missed: &[Key]) -> String {
    let hits: Vec<String> = missed
        .iter()
        .filter(|m| m.file == k.file && m.line == k.line)
        .filter(|m| m.found.contains(&k.found) || k.found.contains(&m.found))
        .map(|m| format!("'{}' {}", m.found, m.rule))
        .collect();
    if hits.is_empty() {
        String::new()
    } else {
        format!("  [labelled as {}]", hits.join(", "))
    }
}

fn fmt_ratio(num: usize, den: usize) -> String {
    if den == 0 {
        "n/a".to_string()
    } else {
        format!("{:.3}", num as f64 / den as f64)
    }
}

fn check_floor(failures: &mut Vec<String>, rule: &str, what: &str, got: f64, min: f64) {
    if got < min {
        failures.push(format!("{rule}: {what} {got:.3} < {min:.3}"));
    }
}
