//! Fluent (`.ftl`) files, parsed with `fluent-syntax`: the text of messages and terms is
//! checked, never their ids, comments or placeables.
//!
//! - Every message value, term value (`-brand-name = ...`) and attribute (`.placeholder = ...`)
//!   is a segment, and so is every variant of a select expression (`[one] ...`, `*[other]
//!   ...`). A segment's unit is the message id, `id.attr` for an attribute; terms keep their
//!   leading `-` (`-brand-name`, `-brand-name.gender`). Variants carry the unit of the pattern
//!   they are in.
//! - Placeables (`{ $name }`, `{ -brand }`, `{ NUMBER($n) }`, string literals) are not text:
//!   each stands in the segment as a standalone placeholder does in XLIFF, one space between
//!   two non-blank characters and nothing otherwise, so that neither its contents nor the words
//!   it separates are matched as one word. A select expression is such a placeable too; its
//!   variants are segments of their own.
//! - A multiline pattern is one segment covering its lines as they are in the file
//!   (indentation included): offsets map straight back to the file.
//! - Comments (`#`, `##`, `###`) are not checked. The document has no units: each file is
//!   checked on its own, in the language of its path (`fr/main.ftl`) or `--lang`.
//! - A file with a syntax error (anything `fluent-syntax` reads as junk) is an error, with the
//!   line and column of the first one.

use fluent_syntax::ast;

use super::builder::SegmentBuilder;
use super::{Document, FormatError, Segment};

/// The segments of a Fluent file. The document's `path` and `text` are left empty
/// ([`Format::read`](super::Format::read) fills them).
pub fn read(text: &str) -> Result<Document, FormatError> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let resource = match fluent_syntax::parser::parse(&text[bom..]) {
        Ok(r) => r,
        Err((_, errors)) => {
            let first = errors
                .iter()
                .min_by_key(|e| e.pos.start)
                .expect("a failed parse has an error");
            return Err(FormatError::at(
                text,
                bom + first.pos.start,
                lower_first(&first.kind.to_string()),
            ));
        }
    };
    let reader = Reader { text };
    let mut segments = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name;
                if let Some(value) = &m.value {
                    reader.pattern(value, id, &mut segments);
                }
                reader.attributes(&m.attributes, id, &mut segments);
            }
            ast::Entry::Term(t) => {
                let id = format!("-{}", t.id.name);
                reader.pattern(&t.value, &id, &mut segments);
                reader.attributes(&t.attributes, &id, &mut segments);
            }
            ast::Entry::Junk { content } => {
                // The parser reports junk as errors; this is only reached if it did not.
                let at = reader.offset(content);
                return Err(FormatError::at(text, at, "syntax error: unreadable entry"));
            }
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
        }
    }
    segments.sort_by_key(|s| s.map.to_src(0));
    Ok(Document {
        segments,
        ..Document::default()
    })
}

/// `fluent-syntax`'s messages start with a capital; termlint's errors do not.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

struct Reader<'a> {
    text: &'a str,
}

impl Reader<'_> {
    /// The byte offset in the file of `slice`, a piece of it that the parser returned.
    fn offset(&self, slice: &str) -> usize {
        let at = (slice.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        debug_assert!(at <= self.text.len(), "a slice of the file");
        at.min(self.text.len())
    }

    fn attributes(&self, attributes: &[ast::Attribute<&str>], id: &str, out: &mut Vec<Segment>) {
        for a in attributes {
            let unit = format!("{id}.{}", a.id.name);
            self.pattern(&a.value, &unit, out);
        }
    }

    /// The segment of `pattern` (when it has text), and those of the variants of the select
    /// expressions in its placeables.
    fn pattern(&self, pattern: &ast::Pattern<&str>, unit: &str, out: &mut Vec<Segment>) {
        let mut builder: Option<SegmentBuilder> = None;
        let mut last_end = 0;
        let mut after_placeable = false;
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    if value.is_empty() {
                        continue;
                    }
                    let start = self.offset(value);
                    let b = builder.get_or_insert_with(|| SegmentBuilder::new(start));
                    if after_placeable {
                        b.placeholder(start);
                    } else if last_end != 0 && last_end < start {
                        // The indentation a multiline pattern drops, and the line breaks of
                        // CRLF files: white space, taken as it is.
                        let gap = &self.text[last_end..start];
                        if gap.chars().all(char::is_whitespace) {
                            b.push_str(gap, last_end);
                        }
                    }
                    b.push_str(value, start);
                    last_end = start + value.len();
                    after_placeable = false;
                }
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, unit, out);
                    after_placeable = true;
                }
            }
        }
        if let Some(b) = builder {
            if !b.text().trim().is_empty() {
                out.push(b.finish(Some(unit.to_string()), None));
            }
        }
    }

    /// The variants of the select expressions in `expression`, as segments.
    fn expression(&self, expression: &ast::Expression<&str>, unit: &str, out: &mut Vec<Segment>) {
        match expression {
            ast::Expression::Select { variants, .. } => {
                for v in variants {
                    self.pattern(&v.value, unit, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                self.expression(expression, unit, out);
            }
            ast::Expression::Inline(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(text: &str) -> Vec<(String, String, String)> {
        let doc = read(text).unwrap();
        doc.segments
            .iter()
            .map(|s| {
                let src = s.map.range_to_src(0..s.text.len());
                (
                    s.unit.clone().unwrap_or_default(),
                    s.text.clone(),
                    text[src].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn messages_terms_and_attributes_are_segments_with_their_ids() {
        let text = "# A comment about Idleb\n\
                    -brand-name = Firefox Idleb\n    .gender = masculine\n\
                    headline-idlib = Fighting in Idlib\n    .title = The Idlib title\n\
                    empty =\n    .placeholder = Search\n";
        let got = segments(text);
        let units: Vec<&str> = got.iter().map(|(u, _, _)| u.as_str()).collect();
        assert_eq!(
            units,
            [
                "-brand-name",
                "-brand-name.gender",
                "headline-idlib",
                "headline-idlib.title",
                "empty.placeholder"
            ]
        );
        assert_eq!(got[2].1, "Fighting in Idlib");
        for (_, seg, src) in &got {
            assert_eq!(seg, src);
        }
    }

    #[test]
    fn placeables_are_not_text_and_do_not_glue_words() {
        let text = "a = Hello { $user }, from{ -brand }Idlib { NUMBER($n) } times\n";
        let got = segments(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "Hello , from Idlib  times");
        let doc = read(text).unwrap();
        let s = &doc.segments[0];
        let at = s.text.find("Idlib").unwrap();
        assert_eq!(&text[s.map.range_to_src(at..at + 5)], "Idlib");
        assert!(!s.text.contains("user") && !s.text.contains("brand"));
    }

    #[test]
    fn select_variants_are_segments_of_their_own() {
        let text = "tabs = You have { $n ->\n    [one] one tab in Idleb\n   *[other] { $n } tabs\n} open\n";
        let got = segments(text);
        let texts: Vec<&str> = got.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(texts, ["You have  open", "one tab in Idleb", " tabs"]);
        assert!(got.iter().all(|(u, _, _)| u == "tabs"));
        let doc = read(text).unwrap();
        let s = &doc.segments[1];
        let at = s.text.find("Idleb").unwrap();
        let r = s.map.range_to_src(at..at + 5);
        assert_eq!(&text[r.clone()], "Idleb");
        assert_eq!(FormatError::line_col(text, r.start), (2, 22));
    }

    #[test]
    fn multiline_patterns_keep_their_line_breaks_and_map_exactly() {
        for eol in ["\n", "\r\n"] {
            let text =
                format!("long =\n    First line{eol}    second Idlib line{eol}other = x{eol}");
            let doc = read(&text).unwrap();
            let s = &doc.segments[0];
            assert!(s.text.starts_with("First line"), "{:?}", s.text);
            assert!(s.text.contains("line\r\n") || s.text.contains("line\n"));
            let at = s.text.find("Idlib").unwrap();
            let r = s.map.range_to_src(at..at + 5);
            assert_eq!(&text[r.clone()], "Idlib");
            assert_eq!(FormatError::line_col(&text, r.start), (3, 12));
        }
    }

    #[test]
    fn a_bom_and_an_empty_file_are_fine() {
        assert!(read("").unwrap().segments.is_empty());
        let text = "\u{feff}a = Idlib\n";
        let doc = read(text).unwrap();
        assert_eq!(&text[doc.segments[0].map.range_to_src(0..5)], "Idlib");
    }

    #[test]
    fn syntax_errors_have_their_place() {
        let e = read("ok = fine\nbroken Idlib\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 8), "{e}");
        // An unclosed placeable: the parser looks for its `}` up to the end of the file.
        let e = read("a = { $x\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1), "{e}");
        assert!(e.message.starts_with(char::is_lowercase), "{e}");
    }
}
