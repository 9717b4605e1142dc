//! Fixes: which findings have a mechanical fix, and the edits that apply them to a file.
//!
//! A finding's fix replaces exactly its byte range with one suggestion (CONTRACT.md's `fix`).
//! How sure that is comes from the rule ([`FixPolicy`]): a forbidden form, a misspelling or a
//! case error with one suggestion is **safe**; anything else with a replacement (a choice
//! among suggestions, the majority form of an inconsistent document, a target form for a
//! wrong or copied translation) is **unsafe**; `missing-translation` has no fix.
//!
//! The suggestions carry the text's inflection and case (the rules' `replacements`), so the
//! fixer never inflects: it writes the suggestion, escaped for the file's format (XML for
//! XLIFF and TMX, a C string for PO).
//!
//! A fix is offered only where the file can be rewritten without touching anything else:
//! - the finding lies in one segment and its bytes are that segment's text as is (no markup,
//!   entity, escape or masked code inside it);
//! - in a bilingual file, on the target side: the translator delivers the target, the source
//!   is not theirs to change.
//!
//! [`edits`] picks the fixes to apply (non-overlapping, in order) and [`apply`] applies them;
//! everything outside the findings stays byte for byte as it was.

use std::ops::Range;

use crate::diagnostic::{Finding, Fix};
use crate::formats::{Document, Format, Segment};
use crate::rules::{self, FixPolicy};

/// Which fixes to apply: the safe ones (`--fix`), or the unsafe ones too (`--unsafe-fixes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applicability {
    Safe,
    Unsafe,
}

impl Applicability {
    /// Whether `fix` is applied at this level.
    pub fn allows(self, fix: &Fix) -> bool {
        fix.safe || self == Applicability::Unsafe
    }
}

/// The most rounds of fixing one file: a fix may uncover another (two overlapping fixes, the
/// second applied in the next round). Fixes converge in one or two rounds; the bound only
/// guards against two fixes undoing each other.
pub const MAX_ROUNDS: usize = 10;

/// One replacement in a file: `range` (bytes of the file as read) becomes `text`, already
/// escaped for the file's format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub text: String,
}

/// The fix of `finding` by its rule's policy, if it has one: its first suggestion, safe when
/// the rule says so and it is the only one. Whether the file can take it there is
/// [`attach`]'s question.
pub fn fix_for(finding: &Finding) -> Option<Fix> {
    let policy = rules::lookup(finding.rule.as_str()).map_or(FixPolicy::None, |r| r.fix);
    let first = finding.suggestions.first()?;
    if first.is_empty() || *first == finding.found {
        return None;
    }
    let safe = match policy {
        FixPolicy::None => return None,
        FixPolicy::SafeWhenOne => finding.suggestions.len() == 1,
        FixPolicy::Unsafe => false,
    };
    Some(Fix {
        replacement: first.clone(),
        safe,
    })
}

/// Which segments of a document may be rewritten.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sides {
    /// Every segment: a monolingual document, or the target file of aligned text.
    All,
    /// The target segments of the units: a bilingual file.
    Targets,
    /// None: the source file of aligned text.
    None,
}

/// Sets the `fix` of each finding of `doc` that has one ([`fix_for`]) and lies, as written, in
/// a segment of `sides`.
pub fn attach(findings: &mut [Finding], doc: &Document, sides: Sides) {
    let indices: Vec<usize> = match sides {
        Sides::None => Vec::new(),
        Sides::All => (0..doc.segments.len()).collect(),
        Sides::Targets => doc.units.iter().filter_map(|u| u.target).collect(),
    };
    // Each segment's range in the file, by start.
    let mut spans: Vec<(Range<usize>, &Segment)> = indices
        .into_iter()
        .filter_map(|i| doc.segments.get(i))
        .map(|s| (s.map.to_src(0)..s.map.to_src(s.text.len()), s))
        .collect();
    spans.sort_by_key(|(r, _)| (r.start, r.end));
    spans.dedup_by_key(|(r, _)| r.clone());
    for f in findings {
        f.fix = None;
        let Some(fix) = fix_for(f) else { continue };
        let written = doc.text.get(f.range.clone());
        let at = spans.partition_point(|(r, _)| r.start <= f.range.start);
        let in_segment = spans[..at]
            .iter()
            .rev()
            .take(4)
            .filter(|(r, _)| r.end >= f.range.end)
            .any(|(_, s)| written.is_some_and(|w| is_copied(s, &f.range, w)));
        if in_segment {
            f.fix = Some(fix);
        }
    }
}

/// Whether the bytes `written` at `range` of the file are the segment's own text there: a plain
/// copy, with nothing unescaped, dropped or masked inside.
fn is_copied(segment: &Segment, range: &Range<usize>, written: &str) -> bool {
    let map = &segment.map;
    // The first offset of the segment at or after the range's start (the map is monotonic).
    let (mut lo, mut hi) = (0, segment.text.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if map.to_src(mid) < range.start {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let end = lo + written.len();
    map.to_src(lo) == range.start
        && map.to_src(end) == range.end
        && segment.text.get(lo..end) == Some(written)
}

/// The edits that apply the fixes of `findings` allowed at `level` to `text` (the file as read,
/// in `format`): ordered, none overlapping another (of two that overlap the first is kept; the
/// other stays reported, and the next round may fix it), none that changes nothing.
pub fn edits(text: &str, findings: &[Finding], format: Format, level: Applicability) -> Vec<Edit> {
    let mut fixes: Vec<(&Finding, &Fix)> = findings
        .iter()
        .filter_map(|f| f.fix.as_ref().map(|x| (f, x)))
        .filter(|(_, x)| level.allows(x))
        .collect();
    fixes.sort_by_key(|(f, _)| (f.range.start, f.range.end));
    let mut out: Vec<Edit> = Vec::new();
    let mut end = 0;
    for (f, x) in fixes {
        let Some(written) = text.get(f.range.clone()) else {
            continue;
        };
        if f.range.start < end || f.range.is_empty() || x.replacement == written {
            continue;
        }
        end = f.range.end;
        out.push(Edit {
            range: f.range.clone(),
            text: escape(format, &x.replacement),
        });
    }
    out
}

/// `text` with `edits` (ordered, not overlapping, as [`edits`] makes them) applied.
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len() + edits.len() * 8);
    let mut at = 0;
    for e in edits {
        out.push_str(&text[at..e.range.start]);
        out.push_str(&e.text);
        at = e.range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// `replacement` as it is written in a file of `format`: XML text escapes `&`, `<` and `>`; a
/// PO string and a JSON (or `.arb`) string escape `"` and `\` (so do Apple `.strings` and Xcode
/// catalogs); an Android resource escapes `&` and `<` as XML, `'`, `"` and `\` with a
/// backslash; a `.properties` value escapes `\`; plain text, Markdown, Fluent and YAML take it
/// as it is (a YAML replacement is a name or a term, written as is in the scalar it replaces a
/// word of).
pub fn escape(format: Format, replacement: &str) -> String {
    let mut out = String::with_capacity(replacement.len());
    for c in replacement.chars() {
        match (format, c) {
            (Format::Xliff | Format::Tmx, '&') => out.push_str("&amp;"),
            (Format::Xliff | Format::Tmx, '<') => out.push_str("&lt;"),
            (Format::Xliff | Format::Tmx, '>') => out.push_str("&gt;"),
            (Format::Po, '"') => out.push_str("\\\""),
            (Format::Po, '\\') => out.push_str("\\\\"),
            (Format::Json | Format::XcStrings | Format::AppleStrings, '"') => out.push_str("\\\""),
            (Format::Json | Format::XcStrings | Format::AppleStrings, '\\') => out.push_str("\\\\"),
            (Format::Android, '&') => out.push_str("&amp;"),
            (Format::Android, '<') => out.push_str("&lt;"),
            (Format::Android, '\'') => out.push_str("\\'"),
            (Format::Android, '"') => out.push_str("\\\""),
            (Format::Android, '\\') => out.push_str("\\\\"),
            (Format::Arb, '"') => out.push_str("\\\""),
            (Format::Arb, '\\') => out.push_str("\\\\"),
            (Format::Properties, '\\') => out.push_str("\\\\"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::RuleId;

    fn finding(rule: RuleId, text: &str, found: &str, suggestions: &[&str]) -> Finding {
        crate::diagnostic::test_finding(rule.as_str(), text, found, "c", suggestions)
    }

    #[test]
    fn safety_follows_the_rule_and_the_number_of_suggestions() {
        let t = "Idleb and Erdogen";
        let one = finding(rules::forbidden::ID, t, "Idleb", &["Idlib"]);
        assert_eq!(
            fix_for(&one),
            Some(Fix {
                replacement: "Idlib".into(),
                safe: true
            })
        );
        let two = finding(
            rules::misspelling::ID,
            t,
            "Erdogen",
            &["Erdogan", "Erdoğan"],
        );
        assert_eq!(
            fix_for(&two).map(|f| (f.replacement, f.safe)),
            Some(("Erdogan".into(), false))
        );
        let inconsistent = finding(rules::inconsistent::ID, t, "Idleb", &["Idlib"]);
        assert_eq!(fix_for(&inconsistent).map(|f| f.safe), Some(false));
        let none = finding(rules::forbidden::ID, t, "Idleb", &[]);
        assert_eq!(fix_for(&none), None);
        let missing = finding(RuleId::new("missing-translation"), t, "Idleb", &["Idlib"]);
        assert_eq!(fix_for(&missing), None);
    }

    #[test]
    fn overlapping_fixes_keep_the_first_and_the_rest_of_the_text() {
        let t = "an auto bomb in Idleb, Idleb.";
        let mut a = finding(rules::forbidden::ID, t, "auto bomb", &["car bomb"]);
        let mut b = finding(rules::misspelling::ID, t, "bomb in", &["x"]);
        let mut c = finding(rules::forbidden::ID, t, "Idleb", &["Idlib"]);
        for f in [&mut a, &mut b, &mut c] {
            f.fix = fix_for(f);
        }
        let e = edits(t, &[b, c, a], Format::Plain, Applicability::Safe);
        assert_eq!(e.len(), 2);
        assert_eq!(apply(t, &e), "an car bomb in Idlib, Idleb.");
    }

    #[test]
    fn unsafe_fixes_only_when_asked() {
        let t = "Erdogen";
        let mut f = finding(
            rules::misspelling::ID,
            t,
            "Erdogen",
            &["Erdogan", "Erdoğan"],
        );
        f.fix = fix_for(&f);
        let findings = [f];
        assert!(edits(t, &findings, Format::Plain, Applicability::Safe).is_empty());
        let e = edits(t, &findings, Format::Plain, Applicability::Unsafe);
        assert_eq!(apply(t, &e), "Erdogan");
    }

    #[test]
    fn replacements_are_escaped_for_the_format() {
        assert_eq!(escape(Format::Xliff, "AT&T <b>"), "AT&amp;T &lt;b&gt;");
        assert_eq!(escape(Format::Tmx, "a>b"), "a&gt;b");
        assert_eq!(escape(Format::Po, r#"say "hi" \n"#), r#"say \"hi\" \\n"#);
        assert_eq!(escape(Format::Plain, "AT&T \"x\""), "AT&T \"x\"");
        assert_eq!(escape(Format::Markdown, "<x>"), "<x>");
    }

    #[test]
    fn no_fix_across_markup_or_on_the_source_side() {
        let text = "<source>Idleb</source><target>Idl&#101;b Idleb</target>";
        let doc = Format::Xliff.read("a.xlf", wrap(text)).unwrap();
        let full = &doc.text;
        let mut findings: Vec<Finding> = ["Idleb", "Idl&#101;b", "Idleb</target>"]
            .iter()
            .map(|w| {
                let at = match *w {
                    "Idleb" => full.find("<source>Idleb").unwrap() + "<source>".len(),
                    "Idl&#101;b" => full.find(w).unwrap(),
                    _ => full.find(w).unwrap(),
                };
                let found = &w[..w.find('<').unwrap_or(w.len())];
                let mut f = finding(rules::forbidden::ID, full, found, &["Idlib"]);
                f.range = at..at + found.len();
                f
            })
            .collect();
        attach(&mut findings, &doc, Sides::Targets);
        let fixed: Vec<bool> = findings.iter().map(|f| f.fix.is_some()).collect();
        // The source's `Idleb`, the target's escaped one, the target's plain one.
        assert_eq!(fixed, [false, false, true]);
        attach(&mut findings, &doc, Sides::None);
        assert!(findings.iter().all(|f| f.fix.is_none()));
    }

    fn wrap(unit: &str) -> String {
        format!(
            "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\">\
             <body><trans-unit id=\"1\">{unit}</trans-unit></body></file></xliff>"
        )
    }
}
