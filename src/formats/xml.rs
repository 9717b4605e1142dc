//! Reading XML files (XLIFF, TMX, and TBX glossaries) safely, with the byte position of
//! everything read. This is termlint's one XML reader.
//!
//! The file is streamed with `quick-xml`; nothing is ever fetched or expanded:
//!
//! - A `<!DOCTYPE>` is skipped with its internal subset: its entity declarations are never
//!   read. Any entity reference other than the five predefined ones (`&amp;`, `&lt;`, ...)
//!   and character references (`&#x130;`) is an error. External entities
//!   (`<!ENTITY xxe SYSTEM "file:///etc/passwd">`) and expansion bombs (billion laughs) are
//!   therefore harmless: the reference is refused, nothing is read.
//! - Elements nested deeper than [`MAX_DEPTH`] (or the limit its caller sets, with
//!   [`Xml::with_max_depth`]) are refused: the reader keeps a stack of its own, so deep
//!   nesting cannot overflow anything, but no real file nests that deep.
//! - Mismatched end tags, a second root element, text outside the root and a file that ends
//!   inside an element are errors, with the line and column.
//!
//! A UTF-8 byte-order mark stays in the document's text; positions count it.

use std::ops::Range;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::builder::SegmentBuilder;
use super::FormatError;

/// Elements nested deeper than this are refused.
pub(crate) const MAX_DEPTH: usize = 256;

/// What the reader gives: elements, and text with its place in the file.
pub(crate) enum Node<'a> {
    /// A start tag (`empty`: a self-closing one); `range` covers the tag.
    Start {
        tag: BytesStart<'a>,
        range: Range<usize>,
        empty: bool,
    },
    /// An end tag; `range` covers the tag.
    End {
        range: Range<usize>,
    },
    /// Characters copied as they are in the file, from byte `src` on.
    Text {
        raw: &'a str,
        src: usize,
    },
    /// A character written as an entity or a character reference at `range`.
    Char {
        c: char,
        range: Range<usize>,
    },
    Eof,
}

pub(crate) struct Xml<'a> {
    /// The whole document, byte-order mark included.
    text: &'a str,
    /// Length of the byte-order mark the reader does not see.
    base: usize,
    reader: Reader<&'a [u8]>,
    /// Start offsets of the open elements.
    open: Vec<usize>,
    root_seen: bool,
    /// Elements nested deeper than this are refused.
    max_depth: usize,
    /// What the refusal says after the limit (`refusing to read further`).
    too_deep: &'static str,
}

impl<'a> Xml<'a> {
    pub(crate) fn new(text: &'a str) -> Xml<'a> {
        let base = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut reader = Reader::from_str(&text[base..]);
        let config = reader.config_mut();
        config.check_end_names = true;
        config.check_comments = true;
        config.expand_empty_elements = false;
        config.allow_dangling_amp = false;
        config.allow_unmatched_ends = false;
        config.trim_text(false);
        Xml {
            text,
            base,
            reader,
            open: Vec::new(),
            root_seen: false,
            max_depth: MAX_DEPTH,
            too_deep: "refusing to read further",
        }
    }

    /// The reader with a depth limit of its caller's, whose refusal ends with `too_deep`
    /// (what the caller expected instead: `expected a TBX file`).
    pub(crate) fn with_max_depth(mut self, max_depth: usize, too_deep: &'static str) -> Self {
        self.max_depth = max_depth;
        self.too_deep = too_deep;
        self
    }

    /// How many elements are open.
    pub(crate) fn depth(&self) -> usize {
        self.open.len()
    }

    /// An error at byte `offset` of the document.
    pub(crate) fn error(&self, offset: usize, message: impl Into<String>) -> FormatError {
        FormatError::at(self.text, offset, message)
    }

    /// The next node. Comments, processing instructions, the XML declaration and the
    /// document type declaration are skipped.
    pub(crate) fn next(&mut self) -> Result<Node<'a>, FormatError> {
        loop {
            let at = self.base + self.reader.buffer_position() as usize;
            let event = match self.reader.read_event() {
                Ok(e) => e,
                Err(e) => {
                    let pos = self.base + self.reader.error_position() as usize;
                    return Err(self.error(pos, format!("malformed XML: {e}")));
                }
            };
            let end = self.base + self.reader.buffer_position() as usize;
            match event {
                Event::Start(tag) => {
                    self.enter(at)?;
                    return Ok(Node::Start {
                        tag,
                        range: at..end,
                        empty: false,
                    });
                }
                Event::Empty(tag) => {
                    self.enter(at)?;
                    self.open.pop();
                    return Ok(Node::Start {
                        tag,
                        range: at..end,
                        empty: true,
                    });
                }
                Event::End(_) => {
                    self.open.pop();
                    return Ok(Node::End { range: at..end });
                }
                Event::Text(t) => {
                    let src = self.offset_of(&t, at);
                    let raw = &self.text[src..src + t.len()];
                    if self.open.is_empty() {
                        if !raw.trim().is_empty() {
                            return Err(
                                self.error(src, "malformed XML: text outside the root element")
                            );
                        }
                        continue;
                    }
                    return Ok(Node::Text { raw, src });
                }
                Event::CData(t) => {
                    let src = self.offset_of(&t, at);
                    let raw = &self.text[src..src + t.len()];
                    if self.open.is_empty() {
                        return Err(self.error(at, "malformed XML: CDATA outside the root element"));
                    }
                    return Ok(Node::Text { raw, src });
                }
                Event::GeneralRef(r) => {
                    let name = std::str::from_utf8(&r).unwrap_or_default();
                    let c = self.entity(name, at)?;
                    if self.open.is_empty() {
                        return Err(self.error(at, "malformed XML: text outside the root element"));
                    }
                    return Ok(Node::Char { c, range: at..end });
                }
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
                Event::Eof => {
                    if let Some(&open) = self.open.last() {
                        let (line, column) = FormatError::line_col(self.text, open);
                        let name = self.name_at(open);
                        return Err(self.error(
                            self.text.len(),
                            format!(
                                "truncated XML: the file ends inside <{name}>; expected </{name}> (opened at {line}:{column})"
                            ),
                        ));
                    }
                    return Ok(Node::Eof);
                }
            }
        }
    }

    /// Skips the content of the element just started, through its end tag; returns the end
    /// tag's range.
    pub(crate) fn skip_element(&mut self) -> Result<Range<usize>, FormatError> {
        let depth = self.depth();
        loop {
            match self.next()? {
                Node::End { range } if self.depth() < depth => return Ok(range),
                Node::Eof => return Err(self.truncated()),
                _ => {}
            }
        }
    }

    /// The value of attribute `key` (qualified name, e.g. `xml:lang`) of `tag`, with its
    /// references resolved. Every attribute is checked, so an undefined entity anywhere in the
    /// tag is refused.
    pub(crate) fn attr(
        &self,
        tag: &BytesStart<'_>,
        key: &str,
        at: usize,
    ) -> Result<Option<String>, FormatError> {
        let mut found = None;
        for attr in tag.attributes() {
            let attr = attr.map_err(|e| self.error(at, format!("malformed XML: {e}")))?;
            let raw = std::str::from_utf8(&attr.value).unwrap_or_default();
            let value = self.attr_value(raw, at)?;
            if attr.key.as_ref() == key.as_bytes() {
                found = Some(value);
            }
        }
        Ok(found)
    }

    /// The name of the element whose start tag is at `offset`.
    pub(crate) fn name_at(&self, offset: usize) -> &'a str {
        self.text[offset + 1..]
            .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .next()
            .unwrap_or_default()
    }

    /// The error of a file that ends inside an element (which [`Xml::next`] reports first).
    pub(crate) fn truncated(&self) -> FormatError {
        self.error(
            self.text.len(),
            "truncated XML: the file ends inside an element",
        )
    }

    fn enter(&mut self, at: usize) -> Result<(), FormatError> {
        if self.open.len() >= self.max_depth {
            let (max, why) = (self.max_depth, self.too_deep);
            return Err(self.error(at, format!("XML elements nested deeper than {max}; {why}")));
        }
        if self.open.is_empty() {
            if self.root_seen {
                return Err(self.error(at, "malformed XML: a second root element"));
            }
            self.root_seen = true;
        }
        self.open.push(at);
        Ok(())
    }

    /// Where the bytes `part`, borrowed from the document, start in it.
    fn offset_of(&self, part: &[u8], fallback: usize) -> usize {
        let start = self.text.as_ptr() as usize;
        let p = part.as_ptr() as usize;
        if p >= start && p + part.len() <= start + self.text.len() {
            p - start
        } else {
            fallback
        }
    }

    /// The character an entity reference stands for; only the predefined entities and
    /// character references have one.
    fn entity(&self, name: &str, at: usize) -> Result<char, FormatError> {
        reference_char(name).map_err(|e| self.error(at, e.message(name)))
    }

    fn attr_value(&self, raw: &str, at: usize) -> Result<String, FormatError> {
        resolve_references(
            raw,
            |name| self.entity(name, at),
            || self.error(at, UNTERMINATED_REFERENCE),
        )
    }
}

/// Why a reference has no character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BadReference {
    /// A named entity other than the five XML predefines: it would need a DTD.
    Undefined,
    /// A character reference to no character (or to NUL).
    Invalid,
}

impl BadReference {
    pub(crate) fn message(self, name: &str) -> String {
        match self {
            BadReference::Undefined => format!(
                "undefined entity '&{name};'; termlint never reads DTDs or external entities"
            ),
            BadReference::Invalid => format!("invalid character reference '&{name};'"),
        }
    }
}

/// The character a reference (`amp`, `#x130`, `#304`) stands for: only the predefined entities
/// and character references have one.
pub(crate) fn reference_char(name: &str) -> Result<char, BadReference> {
    let c = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => {
            let num = name.strip_prefix('#').ok_or(BadReference::Undefined)?;
            let code = match num.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse::<u32>().ok(),
            };
            return code
                .and_then(char::from_u32)
                .filter(|&c| c != '\0')
                .ok_or(BadReference::Invalid);
        }
    };
    Ok(c)
}

/// The message for a `&` with no `;` after it in an attribute value.
pub(crate) const UNTERMINATED_REFERENCE: &str = "malformed XML: '&' without ';' in an attribute";

/// An attribute value with its entity and character references resolved by `entity`; shared
/// by the bilingual readers and the TBX loader, each with its own error type.
pub(crate) fn resolve_references<E>(
    raw: &str,
    entity: impl Fn(&str) -> Result<char, E>,
    unterminated: impl FnOnce() -> E,
) -> Result<String, E> {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(j) = after.find(';') else {
            return Err(unterminated());
        };
        out.push(entity(&after[..j])?);
        rest = &after[j + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The qualified name of a start tag.
pub(crate) fn name<'t>(tag: &'t BytesStart<'_>) -> &'t str {
    std::str::from_utf8(tag.name().into_inner()).unwrap_or_default()
}

/// How an element inside a segment's content is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Inline {
    /// Markup around text that is part of the segment (`<g>`, `<mrk>`, `<pc>`, `<hi>`).
    Keep,
    /// A formatting code whose content, if any, is native code, not text (`<bpt>`, `<ept>`,
    /// `<it>`, `<bx/>`, `<sc/>`, ...).
    Code,
    /// A standalone placeholder whose content, if any, is native code (`<x/>`, `<ph>`).
    Placeholder,
    /// XLIFF 2 `<cp hex="..."/>`: a character XML cannot hold.
    CodePoint,
}

/// The content of an element just started at `start` (the range of its start tag), read up to
/// its end tag into a segment. Returns the builder and the content's byte range.
pub(crate) fn read_content(
    xml: &mut Xml<'_>,
    start: &Range<usize>,
    empty: bool,
    kind: impl Fn(&str) -> Inline,
) -> Result<(SegmentBuilder, Range<usize>), FormatError> {
    let mut b = SegmentBuilder::new(start.end);
    if empty {
        return Ok((b, start.end..start.end));
    }
    let depth = xml.depth();
    loop {
        match xml.next()? {
            Node::Text { raw, src } => b.push_str(raw, src),
            Node::Char { c, range } => b.push_char(c, range.start, range.len()),
            Node::End { range } => {
                if xml.depth() < depth {
                    return Ok((b, start.end..range.start));
                }
            }
            Node::Start { tag, range, empty } => match kind(name(&tag)) {
                Inline::Keep => {}
                Inline::Code => {
                    if !empty {
                        xml.skip_element()?;
                    }
                }
                Inline::Placeholder => {
                    let end = if empty {
                        range.end
                    } else {
                        xml.skip_element()?.end
                    };
                    b.placeholder(end);
                }
                Inline::CodePoint => {
                    let hex = xml.attr(&tag, "hex", range.start)?.unwrap_or_default();
                    let c = u32::from_str_radix(hex.trim(), 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| {
                            xml.error(
                                range.start,
                                format!("<cp hex=\"{hex}\">: not a Unicode code point"),
                            )
                        })?;
                    if !empty {
                        xml.skip_element()?;
                    }
                    b.push_char(c, range.start, range.len());
                }
            },
            Node::Eof => return Err(xml.truncated()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nodes(text: &str) -> Result<Vec<String>, FormatError> {
        let mut xml = Xml::new(text);
        let mut out = Vec::new();
        loop {
            let n = xml.next()?;
            out.push(match n {
                Node::Start { range, empty, .. } => {
                    format!("{}{}", &text[range], if empty { "!" } else { "" })
                }
                Node::End { range } => text[range].to_string(),
                Node::Text { raw, src } => {
                    assert_eq!(&text[src..src + raw.len()], raw);
                    format!("'{raw}'")
                }
                Node::Char { c, range } => format!("{c}={}", &text[range]),
                Node::Eof => break,
            });
        }
        Ok(out)
    }

    #[test]
    fn positions_of_tags_text_and_references() {
        let t = "\u{feff}<?xml version=\"1.0\"?>\n<a x='1'>Эр<b/>&#x130;<![CDATA[<ok>]]></a>\n";
        assert_eq!(
            nodes(t).unwrap(),
            ["<a x='1'>", "'Эр'", "<b/>!", "İ=&#x130;", "'<ok>'", "</a>"]
        );
    }

    #[test]
    fn undefined_entities_are_refused_not_expanded() {
        let t = "<!DOCTYPE a [<!ENTITY e \"Idlib\">]>\n<a>&e;</a>";
        let e = nodes(t).unwrap_err();
        assert_eq!((e.line, e.column), (2, 4));
        assert!(e.message.contains("undefined entity '&e;'"), "{e}");
    }

    #[test]
    fn structure_errors_have_positions() {
        let e = nodes("<a>\n  <b></a>").unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        let e = nodes("<a>\n<b>").unwrap_err();
        assert!(e.message.contains("inside <b>"), "{e}");
        let e = nodes("<a/><b/>").unwrap_err();
        assert!(e.message.contains("second root"), "{e}");
        let e = nodes("x<a/>").unwrap_err();
        assert!(e.message.contains("outside the root"), "{e}");
        let e = nodes("<a>Idlib & co</a>").unwrap_err();
        assert_eq!(e.line, 1, "{e}");
    }

    #[test]
    fn deep_nesting_is_refused() {
        let t = "<a>".repeat(MAX_DEPTH + 1);
        let e = nodes(&t).unwrap_err();
        assert!(e.message.contains("nested deeper"), "{e}");
        assert_eq!(e.column, 3 * MAX_DEPTH + 1);
    }
}
