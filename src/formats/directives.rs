//! Inline suppression directives: `termlint: ignore`, `termlint: ignore[rule,...]`,
//! `termlint: off` and `termlint: on`, written in a file's comments.
//!
//! A directive counts where the file's format keeps text that is not checked: a PO `#`
//! comment, a Fluent, YAML or `.properties` `#` comment, an XLIFF or TMX `<note>`, an XML or
//! HTML comment (`<!-- termlint: ignore -->`, also in Markdown and plain text). Text that is
//! checked (a message, a paragraph) never holds a directive: `termlint: off` inside a sentence
//! is words.
//!
//! - `ignore` covers one thing, the next after the directive: the translation unit that holds
//!   the note or follows the comment (XLIFF, PO, TMX), the message that follows (catalogs: all
//!   its variants and attributes), or in Markdown and plain text the line the comment ends
//!   (when it has text before the comment) else the next line with text.
//! - `off` covers everything up to the next `on`, or to the end of the file.
//! - `[rule,...]` limits either to those rules; without it, every rule.

use std::ops::Range;

use super::{Document, Format};

/// A suppression written in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    /// The directive as written (`termlint: ignore[case]`), a byte range of the file.
    pub range: Range<usize>,
    /// The rules it suppresses, as written; empty: every rule.
    pub rules: Vec<String>,
    /// The byte ranges of the file whose findings it suppresses (a finding is covered when it
    /// starts in one).
    pub covers: Vec<Range<usize>>,
}

const MARK: &str = "termlint:";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Ignore,
    Off,
    On,
}

/// The suppressions of `doc`.
pub fn suppressions(doc: &Document) -> Vec<Suppression> {
    let text = doc.text.as_str();
    if !text.contains(MARK) {
        return Vec::new();
    }
    let checked = checked_ranges(doc);
    let mut found: Vec<(Range<usize>, Kind, Vec<String>)> = Vec::new();
    for (at, _) in text.match_indices(MARK) {
        let Some((end, kind, rules)) = parse(text, at + MARK.len()) else {
            continue;
        };
        if in_checked_text(&checked, at) && !in_html_comment(text, at) {
            continue;
        }
        found.push((at..end, kind, rules));
    }
    let mut out = Vec::new();
    for (i, (range, kind, rules)) in found.iter().enumerate() {
        let covers = match kind {
            Kind::On => continue,
            Kind::Off => {
                let until = (found[i + 1..].iter())
                    .find(|(_, k, _)| *k == Kind::On)
                    .map_or(text.len(), |(r, _, _)| r.start);
                std::iter::once(range.end..until).collect()
            }
            Kind::Ignore => next_thing(doc, range.start),
        };
        out.push(Suppression {
            range: range.clone(),
            rules: rules.clone(),
            covers,
        });
    }
    out
}

/// The directive after `termlint:` at `at`: where it ends, its kind and rules.
fn parse(text: &str, at: usize) -> Option<(usize, Kind, Vec<String>)> {
    let rest = &text[at..];
    let word_start = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let rest = &rest[word_start..];
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let kind = match &rest[..word_len] {
        "ignore" => Kind::Ignore,
        "off" => Kind::Off,
        "on" => Kind::On,
        _ => return None,
    };
    let mut end = at + word_start + word_len;
    let mut rules = Vec::new();
    if let Some(list) = text[end..].strip_prefix('[') {
        let close = list.find(']')?;
        let inner = &list[..close];
        if inner.contains('\n') {
            return None;
        }
        rules = (inner.split(','))
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty())
            .collect();
        end += close + 2;
    }
    Some((end, kind, rules))
}

/// The byte ranges of the file the document's segments cover, sorted.
fn checked_ranges(doc: &Document) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = (doc.segments.iter())
        .map(|s| s.map.to_src(0)..s.map.to_src(s.text.len()))
        .collect();
    out.sort_by_key(|r| (r.start, r.end));
    out
}

fn in_checked_text(checked: &[Range<usize>], at: usize) -> bool {
    let n = checked.partition_point(|r| r.start <= at);
    checked[..n].iter().rev().take(64).any(|r| at < r.end)
}

/// Whether `at` is inside an HTML/XML comment (`<!-- ... -->`).
fn in_html_comment(text: &str, at: usize) -> bool {
    let before = &text[..at];
    match (before.rfind("<!--"), before.rfind("-->")) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

/// What an `ignore` at `at` covers (see the module's documentation).
fn next_thing(doc: &Document, at: usize) -> Vec<Range<usize>> {
    if !doc.units.is_empty() {
        return next_unit(doc, at);
    }
    if doc.segments.iter().any(|s| s.unit.is_some()) && !matches!(doc.format, Format::Plain) {
        return next_message(doc, at);
    }
    std::iter::once(line_after(&doc.text, at)).collect()
}

/// The segments of the unit holding the note at `at` (XLIFF, TMX), else of the next unit.
fn next_unit(doc: &Document, at: usize) -> Vec<Range<usize>> {
    let span = |u: &super::Unit| {
        let s = &doc.segments[u.source];
        let mut r = s.map.to_src(0)..s.map.to_src(s.text.len());
        if let Some(t) = u.target {
            let t = &doc.segments[t];
            r.start = r.start.min(t.map.to_src(0));
            r.end = r.end.max(t.map.to_src(t.text.len()));
        }
        r
    };
    let spans: Vec<Range<usize>> = doc.units.iter().map(span).collect();
    // A note inside a unit's element: the unit whose element opens last before it.
    let opened = enclosing_unit_start(&doc.text, at, doc.format);
    let chosen: Option<usize> = match opened {
        Some(open) => (0..spans.len()).find(|&i| spans[i].start >= open),
        None => (0..spans.len()).find(|&i| spans[i].start >= at),
    };
    let Some(i) = chosen else {
        return Vec::new();
    };
    // Every unit of that source segment (PO plural forms, TMX variants).
    let source = doc.units[i].source;
    (doc.units.iter().zip(&spans))
        .filter(|(u, _)| u.source == source)
        .map(|(_, r)| r.clone())
        .collect()
}

/// For XML bilingual formats, where the unit element holding `at` opens, if one does.
fn enclosing_unit_start(text: &str, at: usize, format: Format) -> Option<usize> {
    let (opens, closes): (&[&str], &[&str]) = match format {
        Format::Xliff => (&["<trans-unit", "<unit"], &["</trans-unit>", "</unit>"]),
        Format::Tmx => (&["<tu>", "<tu "], &["</tu>"]),
        _ => return None,
    };
    let before = &text[..at];
    let open = opens.iter().filter_map(|o| before.rfind(o)).max()?;
    let close = closes.iter().filter_map(|c| before.rfind(c)).max();
    (close.is_none_or(|c| c < open)).then_some(open)
}

/// The segments of the message after `at`: its id's, and its attributes' (`id.attr`).
fn next_message(doc: &Document, at: usize) -> Vec<Range<usize>> {
    let next = (doc.segments.iter())
        .filter(|s| s.map.to_src(0) >= at)
        .min_by_key(|s| s.map.to_src(0));
    let Some(id) = next.and_then(|s| s.unit.as_deref()) else {
        return Vec::new();
    };
    let attr = format!("{id}.");
    (doc.segments.iter())
        .filter(|s| {
            s.unit
                .as_deref()
                .is_some_and(|u| u == id || u.starts_with(&attr))
        })
        .map(|s| s.map.to_src(0)..s.map.to_src(s.text.len()))
        .collect()
}

/// The line a comment at `at` ends, when it has text before the comment; else the next line
/// with text.
fn line_after(text: &str, at: usize) -> Range<usize> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let comment = text[line_start..at]
        .rfind("<!--")
        .map_or(at, |i| line_start + i);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    if !text[line_start..comment].trim().is_empty() {
        return line_start..line_end;
    }
    let mut start = line_end;
    while start < text.len() {
        start += 1;
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        if !text[start..end].trim().is_empty() {
            return start..end;
        }
        start = end;
    }
    text.len()..text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(format: Format, text: &str) -> Document {
        format.read("x", text.to_string()).unwrap()
    }

    fn covered<'a>(doc: &'a Document, s: &Suppression) -> Vec<&'a str> {
        s.covers.iter().map(|r| &doc.text[r.clone()]).collect()
    }

    #[test]
    fn markdown_comments_cover_their_line_or_the_next() {
        let doc = read(
            Format::Markdown,
            "<!-- termlint: ignore[case] -->\n\nIn idlib.\n\nAlso idlib. <!-- termlint: ignore -->\n",
        );
        let s = suppressions(&doc);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].rules, ["case"]);
        assert_eq!(&doc.text[s[0].range.clone()], "termlint: ignore[case]");
        assert_eq!(covered(&doc, &s[0]), ["In idlib."]);
        assert_eq!(s[1].rules, Vec::<String>::new());
        assert_eq!(
            covered(&doc, &s[1]),
            ["Also idlib. <!-- termlint: ignore -->"]
        );
    }

    #[test]
    fn words_in_checked_text_are_not_directives() {
        let doc = read(Format::Markdown, "Write termlint: off in a comment.\n");
        assert_eq!(suppressions(&doc), []);
        let doc = read(Format::Fluent, "a = termlint: ignore\nb = idlib\n");
        assert_eq!(suppressions(&doc), []);
    }

    #[test]
    fn off_runs_to_on() {
        let doc = read(
            Format::Markdown,
            "A.\n<!-- termlint: off -->\nB idlib.\n<!-- termlint: on -->\nC.\n",
        );
        let s = suppressions(&doc);
        assert_eq!(s.len(), 1);
        let covers = &doc.text[s[0].covers[0].clone()];
        assert!(
            covers.contains("B idlib.") && !covers.contains("C."),
            "{covers}"
        );
    }

    #[test]
    fn catalog_comments_cover_the_next_message_and_its_attributes() {
        let doc = read(
            Format::Fluent,
            "a = One\n# termlint: ignore[case]\nb = Two\n    .title = Three\nc = Four\n",
        );
        let s = suppressions(&doc);
        assert_eq!(covered(&doc, &s[0]), ["Two", "Three"]);
    }

    #[test]
    fn po_comments_and_xliff_notes_cover_their_unit() {
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\n# termlint: ignore\nmsgid \"In Idlib\"\nmsgstr \"A Idlib\"\n\nmsgid \"B\"\nmsgstr \"B\"\n";
        let doc = read(Format::Po, po);
        let s = suppressions(&doc);
        assert_eq!(s.len(), 1);
        let text: Vec<&str> = covered(&doc, &s[0]);
        assert!(text.iter().any(|t| t.contains("In Idlib")), "{text:?}");
        assert!(!text.iter().any(|t| t.contains('B')), "{text:?}");

        let xlf = r#"<?xml version="1.0"?>
<xliff version="1.2"><file source-language="en" target-language="fr" datatype="plaintext" original="x"><body>
<trans-unit id="1"><source>One</source><target>Un</target></trans-unit>
<trans-unit id="2"><source>Two</source><target>Deux</target><note>termlint: ignore[misspelling]</note></trans-unit>
<trans-unit id="3"><source>Three</source><target>Trois</target></trans-unit>
</body></file></xliff>"#;
        let doc = read(Format::Xliff, xlf);
        let s = suppressions(&doc);
        assert_eq!(s[0].rules, ["misspelling"]);
        let text: Vec<&str> = covered(&doc, &s[0]);
        assert!(
            text[0].contains("Two") && text[0].contains("Deux"),
            "{text:?}"
        );
    }
}
