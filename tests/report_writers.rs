//! The report writers on one hand-built report: two files with findings of every implemented
//! rule (Cyrillic, emoji, CJK and a combining mark before a span; one CRLF file), a file whose
//! language is unknown, and two skipped inputs.

use std::ops::Range;

use termlint::diagnostic::{Finding, Message, RuleId, Severity, Skipped};
use termlint::i18n::Localizer;
use termlint::lang::LangSource;
use termlint::report::human::{self, HumanOptions};
use termlint::report::{github, json, sarif, FileReport, Report};
use termlint::rules::{case, forbidden, inconsistent, misspelling};

const SYRIA: &str = "Turkish President Erdogen visited Idlib on Monday.\n\
The talks in Nur-Sultan and in Idleb ended; idlib was calm.\n\
Пресс-служба 🇹🇷 東京 cafe\u{301}: Kiev is the old spelling.\n";

const TURKEY_RU: &str = "Президент Эрдоган прибыл в Идлеб.\r\nВстреча прошла в Нур-Султане.\r\n";

fn range(text: &str, needle: &str, nth: usize) -> Range<usize> {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("no {needle:?} #{nth}"))
        .0;
    start..start + needle.len()
}

#[allow(clippy::too_many_arguments)]
fn finding(
    text: &str,
    rule: RuleId,
    found: &str,
    nth: usize,
    suggestions: &[&str],
    concept: &str,
    lang: &str,
    message: Message,
) -> Finding {
    Finding {
        rule,
        severity: termlint::rules::default_severity(rule),
        range: range(text, found, nth),
        found: found.to_string(),
        suggestions: suggestions.iter().map(|s| s.to_string()).collect(),
        concept: concept.to_string(),
        lang: lang.to_string(),
        unit: None,
        message,
        related: None,
        related_path: None,
        side: None,
        counterpart: None,
        fix: None,
    }
}

fn report() -> Report {
    let t = SYRIA;
    let mut inconsistent = finding(
        t,
        inconsistent::ID,
        "Idleb",
        0,
        &["Idlib"],
        "idlib",
        "en",
        Message::new("finding-inconsistent")
            .arg("found", "Idleb")
            .arg("other", "Idlib")
            .arg("count", "1"),
    );
    inconsistent.related = Some(range(t, "Idlib", 0));
    let syria = FileReport {
        path: "drafts/syria.txt".into(),
        text: t.into(),
        lang: Some("en".into()),
        lang_source: LangSource::FileName,
        checked: None,
        reference: None,
        findings: vec![
            finding(
                t,
                misspelling::ID,
                "Erdogen",
                0,
                &["Erdogan"],
                "erdogan",
                "en",
                Message::new("finding-misspelling")
                    .arg("found", "Erdogen")
                    .arg("suggestion", "Erdogan"),
            ),
            finding(
                t,
                forbidden::ID,
                "Nur-Sultan",
                0,
                &["Astana"],
                "astana",
                "en",
                Message::new("finding-out-of-force")
                    .arg("found", "Nur-Sultan")
                    .arg("suggestion", "Astana")
                    .arg("date", "2023-05-01"),
            ),
            inconsistent,
            finding(
                t,
                case::ID,
                "idlib",
                0,
                &["Idlib"],
                "idlib",
                "en",
                Message::new("finding-case")
                    .arg("found", "idlib")
                    .arg("suggestion", "Idlib"),
            ),
            finding(
                t,
                forbidden::ID,
                "Kiev",
                0,
                &["Kyiv"],
                "kyiv",
                "en",
                Message::new("finding-forbidden")
                    .arg("found", "Kiev")
                    .arg("suggestion", "Kyiv"),
            ),
        ],
    };
    let t = TURKEY_RU;
    let mut misspelling = finding(
        t,
        misspelling::ID,
        "Идлеб",
        0,
        &["Идлиб", "Идлибе"],
        "idlib",
        "ru",
        Message::new("finding-misspelling")
            .arg("found", "Идлеб")
            .arg("suggestion", "Идлиб"),
    );
    misspelling.unit = Some("p1".into());
    let turkey = FileReport {
        path: "drafts/turkey.ru.txt".into(),
        text: t.into(),
        lang: Some("ru".into()),
        lang_source: LangSource::FileName,
        checked: None,
        reference: None,
        findings: vec![
            misspelling,
            finding(
                t,
                forbidden::ID,
                "Нур-Султане",
                0,
                &[],
                "astana",
                "ru",
                Message::new("finding-forbidden-plain").arg("found", "Нур-Султане"),
            ),
        ],
    };
    let unknown = FileReport {
        path: "notes/misc.txt".into(),
        text: "1234\n".into(),
        lang: None,
        lang_source: LangSource::Unknown,
        checked: None,
        reference: None,
        findings: vec![],
    };
    Report {
        // Out of order on purpose: writers order by path.
        files: vec![turkey, unknown, syria],
        skipped: vec![
            Skipped {
                path: "photos/cover.jpg".into(),
                reason: "not a text file".into(),
                is_error: false,
            },
            Skipped {
                path: "drafts/locked.txt".into(),
                reason: "Permission denied (os error 13)".into(),
                is_error: true,
            },
        ],
        context: vec![],
    }
}

fn render(f: impl FnOnce(&mut Vec<u8>)) -> String {
    let mut out = Vec::new();
    f(&mut out);
    String::from_utf8(out).expect("writers write UTF-8")
}

fn english() -> Localizer {
    Localizer::new("en")
}

#[test]
fn json_report() {
    let r = report();
    let out = render(|o| json::write(&r, o, &english()).unwrap());
    assert!(out.ends_with("}\n"));
    insta::assert_snapshot!(out);
}

#[test]
fn json_found_is_the_slice_and_line_column_agree() {
    let r = report();
    let out = render(|o| json::write(&r, o, &english()).unwrap());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 7);
    let mut last: Option<(String, u64)> = None;
    for f in findings {
        let path = f["path"].as_str().unwrap();
        let text = &r.files.iter().find(|x| x.path == path).unwrap().text;
        let (start, end) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(f["found"].as_str().unwrap(), &text[start..end]);
        // Line and column, counted independently: lines split at \n (CRLF's \r stays on
        // the line before), columns in chars.
        let before = &text[..start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..start].chars().count() + 1;
        assert_eq!(f["line"].as_u64().unwrap() as usize, line, "{f}");
        assert_eq!(f["column"].as_u64().unwrap() as usize, column, "{f}");
        // Ordered by path, then position.
        let key = (path.to_string(), start as u64);
        if let Some(last) = &last {
            assert!(*last < key, "{last:?} before {key:?}");
        }
        last = Some(key);
    }
    // Cyrillic, a flag (two scalar values), CJK and a combining mark before `Kiev`.
    let kiev = findings.iter().find(|f| f["found"] == "Kiev").unwrap();
    assert_eq!(kiev["line"], 3);
    assert_eq!(kiev["column"], 27);
    assert_eq!(v["summary"]["files"], 3);
    assert_eq!(v["summary"]["errors"], 5);
    assert_eq!(v["summary"]["warnings"], 2);
}

#[test]
fn human_report() {
    let r = report();
    let out = render(|o| human::write(&r, o, &english(), HumanOptions { color: false }).unwrap());
    insta::assert_snapshot!(out);
}

#[test]
fn human_report_in_russian() {
    let r = report();
    let loc = Localizer::new("ru");
    let out = render(|o| human::write(&r, o, &loc, HumanOptions::default()).unwrap());
    insta::assert_snapshot!(out);
}

#[test]
fn human_report_colors_only_when_asked() {
    let r = report();
    let plain = render(|o| human::write(&r, o, &english(), HumanOptions { color: false }).unwrap());
    let color = render(|o| human::write(&r, o, &english(), HumanOptions { color: true }).unwrap());
    assert!(!plain.contains('\x1b'));
    assert!(color.contains('\x1b'));
}

#[test]
fn human_underline_after_wide_and_combining_characters() {
    let r = report();
    let out = render(|o| human::write(&r, o, &english(), HumanOptions::default()).unwrap());
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("3 | Пресс-служба"))
        .unwrap();
    let source = lines[at].split_once("| ").unwrap().1;
    let carets = lines[at + 1].split_once("| ").unwrap().1;
    // Display width before `Kiev`: the flag and each CJK character take two columns, the
    // combining acute accent none.
    let width_before = "Пресс-служба ".chars().count() + 2 + 1 + 4 + 1 + "cafe: ".len();
    assert_eq!(carets, format!("{}^^^^", " ".repeat(width_before)));
    assert!(source.contains("Kiev"));
    assert!(out.contains("--> drafts/syria.txt:3:27"));
}

#[test]
fn human_cuts_very_long_lines_around_the_span() {
    let mut text = "слово ".repeat(20_000);
    let start = text.len();
    text.push_str("Erdogen");
    text.push_str(&" word".repeat(20_000));
    text.push('\n');
    let finding = Finding {
        rule: misspelling::ID,
        severity: Severity::Error,
        range: start..start + "Erdogen".len(),
        found: "Erdogen".into(),
        suggestions: vec!["Erdogan".into()],
        concept: "erdogan".into(),
        lang: "en".into(),
        unit: None,
        message: Message::new("finding-misspelling")
            .arg("found", "Erdogen")
            .arg("suggestion", "Erdogan"),
        related: Some(0.."слово".len()),
        related_path: None,
        side: None,
        counterpart: None,
        fix: None,
    };
    let r = Report {
        files: vec![FileReport {
            path: "long.txt".into(),
            text,
            lang: Some("en".into()),
            lang_source: LangSource::Option,
            checked: None,
            reference: None,
            findings: vec![finding],
        }],
        skipped: vec![],
        context: vec![],
    };
    let out = render(|o| human::write(&r, o, &english(), HumanOptions::default()).unwrap());
    assert!(out.len() < 2_000, "{} bytes", out.len());
    // The true column, not the column in the cut window.
    assert!(out.contains("--> long.txt:1:120001"), "{out}");
    assert!(out.contains("::: long.txt:1:1"), "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn human_long_line_with_the_related_form_far_away_on_it() {
    let mut text = "word ".repeat(100);
    let related = text.len()..text.len() + "Idlib".len();
    text.push_str("Idlib ");
    text.push_str(&"слово ".repeat(1_000));
    let start = text.len();
    text.push_str("Idleb and more words after it, many of them, more than sixty characters.");
    let finding = Finding {
        rule: inconsistent::ID,
        severity: Severity::Warning,
        range: start..start + "Idleb".len(),
        found: "Idleb".into(),
        suggestions: vec!["Idlib".into()],
        concept: "idlib".into(),
        lang: "en".into(),
        unit: None,
        message: Message::new("finding-inconsistent")
            .arg("found", "Idleb")
            .arg("other", "Idlib")
            .arg("count", "1"),
        related: Some(related),
        related_path: None,
        side: None,
        counterpart: None,
        fix: None,
    };
    let r = Report {
        files: vec![FileReport {
            path: "long.txt".into(),
            text,
            lang: Some("en".into()),
            lang_source: LangSource::Option,
            checked: None,
            reference: None,
            findings: vec![finding],
        }],
        skipped: vec![],
        context: vec![],
    };
    let out = render(|o| human::write(&r, o, &english(), HumanOptions::default()).unwrap());
    assert!(out.contains("--> long.txt:1:6507\n"), "{out}");
    assert!(out.contains("::: long.txt:1:501\n"), "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn human_no_findings() {
    let r = Report {
        files: vec![FileReport {
            path: "a.txt".into(),
            text: "fine\n".into(),
            lang: Some("en".into()),
            lang_source: LangSource::Config,
            checked: None,
            reference: None,
            findings: vec![],
        }],
        skipped: vec![],
        context: vec![],
    };
    let out = render(|o| human::write(&r, o, &english(), HumanOptions::default()).unwrap());
    assert_eq!(out, "no findings in 1 file\n");
}

#[test]
fn human_languages() {
    let r = report();
    let out = render(|o| human::write_languages(&r, o, &english()).unwrap());
    insta::assert_snapshot!(out);
}

#[test]
fn sarif_report() {
    let r = report();
    let out = render(|o| sarif::write(&r, o, &english()).unwrap());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
    assert_eq!(v["runs"][0]["columnKind"], "unicodeCodePoints");
    // Where the test runs is not the report's.
    let root = v["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        root.starts_with("file:///") && root.ends_with('/'),
        "{root}"
    );
    let out = out.replace(root, "file:///[CWD]/");
    insta::assert_snapshot!(out.replace(env!("CARGO_PKG_VERSION"), "[VERSION]"));
}

#[test]
fn github_report() {
    let r = report();
    let out = render(|o| github::write(&r, o, &english()).unwrap());
    insta::assert_snapshot!(out);
}
