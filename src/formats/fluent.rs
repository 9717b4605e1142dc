//! Fluent (`.ftl`) files, parsed with `fluent-syntax`: the text of messages and terms is
//! checked, never their ids, comments or placeables.
//!
//! - Every message value, term value (`-brand-name = ...`) and attribute (`.placeholder = ...`)
//!   is a segment, and so is every variant of a select expression (`[one] ...`, `*[other]
//!   ...`). A segment's unit is the message id, `id.attr` for an attribute; terms keep their
//!   leading `-` (`-brand-name`, `-brand-name.gender`). Variants carry the unit of the pattern
//!   they are in, and their key as [`Segment::variant`]: `one`, `few`, a number (`[1]`), with
//!   whether it is the default (`*[other]`) and the variable the select reads (`$count`, also
//!   in `NUMBER($count)`); a select nested in a variant adds its key to the path
//!   (`one/masculine`). A message's value has none.
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
use super::{Document, FormatError, Segment, Variant, VariantKey};

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
                    reader.pattern(value, id, None, &mut segments);
                }
                reader.attributes(&m.attributes, id, &mut segments);
            }
            ast::Entry::Term(t) => {
                let id = format!("-{}", t.id.name);
                reader.pattern(&t.value, &id, None, &mut segments);
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

/// The placeholder key of the variable a select reads: `$count` for `{ $count -> ...}` and
/// `{ NUMBER($count, minimumFractionDigits: 1) -> ...}`; `None` for a term attribute or a literal.
fn selector_key(selector: &ast::InlineExpression<&str>) -> Option<String> {
    match selector {
        ast::InlineExpression::VariableReference { id } => Some(format!("${}", id.name)),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            selector_key(arguments.positional.first()?)
        }
        ast::InlineExpression::Placeable { expression } => match &**expression {
            ast::Expression::Inline(inline) => selector_key(inline),
            ast::Expression::Select { .. } => None,
        },
        _ => None,
    }
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
            self.pattern(&a.value, &unit, None, out);
        }
    }

    /// The segment of `pattern` (when it has text), and those of the variants of the select
    /// expressions in its placeables. `variant` is the variant `pattern` is, if it is one.
    fn pattern(
        &self,
        pattern: &ast::Pattern<&str>,
        unit: &str,
        variant: Option<&Variant>,
        out: &mut Vec<Segment>,
    ) {
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
                    self.expression(expression, unit, variant, out);
                    after_placeable = true;
                }
            }
        }
        if let Some(b) = builder {
            if !b.text().trim().is_empty() {
                let mut segment = b.finish(Some(unit.to_string()), None);
                segment.variant = variant.cloned();
                out.push(segment);
            }
        }
    }

    /// The variants of the select expressions in `expression`, as segments; `variant` is the
    /// variant the expression is in, if any (a nested select's keys follow its keys).
    fn expression(
        &self,
        expression: &ast::Expression<&str>,
        unit: &str,
        variant: Option<&Variant>,
        out: &mut Vec<Segment>,
    ) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                let selector = selector_key(selector);
                for v in variants {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    };
                    let mut inner = variant.cloned().unwrap_or_default();
                    inner.path.push(VariantKey {
                        key,
                        default: v.default,
                        selector: selector.clone(),
                    });
                    self.pattern(&v.value, unit, Some(&inner), out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                self.expression(expression, unit, variant, out);
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
    fn variants_know_their_keys_defaults_and_selectors() {
        let text = "n = Today { NUMBER($n) ->\n    [0] none\n    [one] { $g ->\n        [f] she\n       *[m] he\n    }\n   *[other] { $n } more\n}\n\
                    -t = { -brand.case ->\n   *[nom] Firefox\n    [gen] Firefoxa\n}\n";
        let doc = read(text).unwrap();
        type Levels = Vec<(bool, Option<String>)>;
        let got: Vec<(String, String, Levels)> = (doc.segments.iter())
            .map(|s| {
                let v = s.variant.clone().unwrap_or_default();
                let levels = (v.path.iter())
                    .map(|k| (k.default, k.selector.clone()))
                    .collect();
                (s.text.clone(), v.key_path(), levels)
            })
            .collect();
        let n = || Some("$n".to_string());
        let g = || Some("$g".to_string());
        assert_eq!(
            got,
            [
                ("Today ".into(), "".into(), vec![]),
                ("none".into(), "0".into(), vec![(false, n())]),
                (
                    "she".into(),
                    "one/f".into(),
                    vec![(false, n()), (false, g())]
                ),
                ("he".into(), "one/m".into(), vec![(false, n()), (true, g())]),
                (" more".into(), "other".into(), vec![(true, n())]),
                ("Firefox".into(), "nom".into(), vec![(true, None)]),
                ("Firefoxa".into(), "gen".into(), vec![(false, None)]),
            ]
        );
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
