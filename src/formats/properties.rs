//! Java `.properties` resource bundles: `key=value`, `key: value` and `key value` lines, as
//! `java.util.Properties.load` reads them. Only values are checked, never keys or comments.
//!
//! - Every non-empty value is a segment whose unit is its key (decoded). Comment lines (`#`,
//!   `!` first on a line) and blank lines are skipped.
//! - A line ending in an odd number of backslashes goes on on the next line, whose leading
//!   white space is dropped; the characters on either side map to their own bytes.
//! - Escapes are decoded (`\uXXXX`, `\t`, `\n`, `\r`, `\f`, and `\x` for any other `x`: `\\`,
//!   `\=`, `\:`, `\ `), each decoded character mapping to its escape. A `\u` without four hex
//!   digits is an error, as in Java.
//! - Values are `MessageFormat` patterns: `''` is one apostrophe (mapped to both), and arguments
//!   `{0}`, `{0,number,integer}` are not text; the branch texts of a `{1,choice,0#...|1#...}`
//!   are. The other placeholder syntaxes of JSON catalogs (printf, `{{var}}`, tags) are dropped
//!   too.
//! - The file is UTF-8 (Java 9+), or ISO-8859-1 when it is not valid UTF-8
//!   ([`decode_properties`]); findings' offsets then index the decoded text.
//! - The language is not in the file: it comes from the name (`messages_fr.properties`,
//!   `messages_pt_BR.properties`); `messages.properties` is the base bundle.

use super::placeholders::{segment, Char, Syntax};
use super::{Document, FormatError};
use crate::text::decode::{decode, DecodeError};

/// The segments of a `.properties` file. The document's `path` and `text` are left empty
/// ([`Format::read`](super::Format::read) fills them).
pub fn read(text: &str) -> Result<Document, FormatError> {
    let r = Reader {
        text,
        bytes: text.as_bytes(),
    };
    let mut segments = Vec::new();
    let mut at = if text.starts_with('\u{feff}') { 3 } else { 0 };
    while at < r.bytes.len() {
        at = r.skip_blank(at);
        match r.bytes.get(at) {
            None => break,
            Some(b'\n' | b'\r') => {
                at += 1;
                continue;
            }
            Some(b'#' | b'!') => {
                at = r.line_end(at);
                continue;
            }
            _ => {}
        }
        // The key, up to an unescaped `=`, `:` or white space.
        let mut key = String::new();
        while let Some((ch, escaped, next)) = r.next(at)? {
            if !escaped && matches!(ch.c, '=' | ':' | ' ' | '\t' | '\u{c}') {
                break;
            }
            key.push(ch.c);
            at = next;
        }
        // White space, then at most one `=` or `:`, then white space.
        at = r.skip_separator_blank(at)?;
        if let Some((ch, false, next)) = r.next(at)? {
            if ch.c == '=' || ch.c == ':' {
                at = r.skip_separator_blank(next)?;
            }
        }
        let mut value = Vec::new();
        while let Some((ch, _, next)) = r.next(at)? {
            value.push(ch);
            at = next;
        }
        // The line break ending the logical line.
        at = r.line_end(at);
        let value = message_format_quotes(text, value);
        if let Some(s) = segment(
            &value,
            Some(key),
            None,
            Syntax {
                message_format: true,
                ..Syntax::default()
            },
        ) {
            segments.push(s);
        }
    }
    Ok(Document {
        segments,
        ..Document::default()
    })
}

/// Decodes a `.properties` file: UTF-8 (or UTF-16/32 with a byte-order mark) as every input,
/// and ISO-8859-1 (each byte one character, U+0000 to U+00FF), the encoding of Java 8 and
/// earlier, when the bytes are not valid UTF-8.
pub fn decode_properties(bytes: Vec<u8>) -> Result<String, DecodeError> {
    if std::str::from_utf8(&bytes).is_ok() {
        return decode(bytes);
    }
    match decode(bytes.clone()) {
        Err(DecodeError::InvalidUtf8 { .. }) => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        other => other,
    }
}

/// `''` in a `MessageFormat` pattern is one apostrophe: one character over both.
fn message_format_quotes(text: &str, chars: Vec<Char>) -> Vec<Char> {
    let literal_quote = |c: &Char| c.c == '\'' && text.as_bytes()[c.src] == b'\'';
    let mut out: Vec<Char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if literal_quote(&c)
            && chars
                .get(i + 1)
                .is_some_and(|d| literal_quote(d) && d.src == c.src + 1)
        {
            out.push(Char {
                c: '\'',
                src: c.src,
                len: 2,
            });
            i += 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn skip_blank(&self, mut at: usize) -> usize {
        while let Some(b' ' | b'\t' | b'\x0c') = self.bytes.get(at) {
            at += 1;
        }
        at
    }

    /// Past the end of the line `at` is on (its line break included).
    fn line_end(&self, at: usize) -> usize {
        match self.bytes[at.min(self.bytes.len())..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
        {
            None => self.bytes.len(),
            Some(i) => self.after_break(at + i),
        }
    }

    /// Past the line break at `at` (`\n`, `\r` or `\r\n`).
    fn after_break(&self, at: usize) -> usize {
        if self.bytes[at] == b'\r' && self.bytes.get(at + 1) == Some(&b'\n') {
            at + 2
        } else {
            at + 1
        }
    }

    /// The code of a `\uXXXX` escape at `at`, if there is one.
    fn hex4_at(&self, at: usize) -> Option<u32> {
        if self.bytes.get(at..at + 2) != Some(&b"\\u"[..]) {
            return None;
        }
        let d = self.bytes.get(at + 2..at + 6)?;
        if !d.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        u32::from_str_radix(std::str::from_utf8(d).ok()?, 16).ok()
    }

    /// Unescaped white space of the logical line from `at` (continuations included).
    fn skip_separator_blank(&self, mut at: usize) -> Result<usize, FormatError> {
        while let Some((ch, false, next)) = self.next(at)? {
            if !matches!(ch.c, ' ' | '\t' | '\u{c}') {
                break;
            }
            at = next;
        }
        Ok(at)
    }

    /// The character of the logical line at `at`, decoded, whether it was escaped, and where
    /// the next one starts; `None` at the end of the logical line. A continuation (a backslash
    /// before a line break) and the next line's leading white space are skipped.
    fn next(&self, mut at: usize) -> Result<Option<(Char, bool, usize)>, FormatError> {
        loop {
            let Some(c) = self.text[at..].chars().next() else {
                return Ok(None);
            };
            match c {
                '\n' | '\r' => return Ok(None),
                '\\' => {
                    let Some(e) = self.text[at + 1..].chars().next() else {
                        // A backslash at the very end is dropped, as Java does.
                        return Ok(None);
                    };
                    let decoded = match e {
                        '\n' | '\r' => {
                            at = self.skip_blank(self.after_break(at + 1));
                            continue;
                        }
                        't' => '\t',
                        'n' => '\n',
                        'r' => '\r',
                        'f' => '\u{c}',
                        'u' => {
                            let code = self
                                .bytes
                                .get(at + 2..at + 6)
                                .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
                                .and_then(|d| {
                                    u32::from_str_radix(std::str::from_utf8(d).ok()?, 16).ok()
                                })
                                .ok_or_else(|| {
                                    FormatError::at(
                                        self.text,
                                        at,
                                        "malformed \\uXXXX escape: expected four hex digits",
                                    )
                                })?;
                            // A UTF-16 surrogate pair is one character, as Java reads it.
                            if (0xD800..0xDC00).contains(&code) {
                                if let Some(lo) = self.hex4_at(at + 6) {
                                    if (0xDC00..0xE000).contains(&lo) {
                                        let c = 0x10000 + ((code - 0xD800) << 10) + (lo - 0xDC00);
                                        let c = char::from_u32(c).unwrap_or('\u{fffd}');
                                        let ch = Char {
                                            c,
                                            src: at,
                                            len: 12,
                                        };
                                        return Ok(Some((ch, true, at + 12)));
                                    }
                                }
                            }
                            let c = char::from_u32(code).unwrap_or('\u{fffd}');
                            let ch = Char { c, src: at, len: 6 };
                            return Ok(Some((ch, true, at + 6)));
                        }
                        other => other,
                    };
                    let len = 1 + e.len_utf8();
                    let ch = Char {
                        c: decoded,
                        src: at,
                        len,
                    };
                    return Ok(Some((ch, true, at + len)));
                }
                _ => {
                    let len = c.len_utf8();
                    return Ok(Some((Char { c, src: at, len }, false, at + len)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(text: &str) -> Vec<(String, String)> {
        read(text)
            .unwrap()
            .segments
            .iter()
            .map(|s| (s.unit.clone().unwrap_or_default(), s.text.clone()))
            .collect()
    }

    fn find(text: &str, word: &str) -> (String, (usize, usize)) {
        let doc = read(text).unwrap();
        for s in &doc.segments {
            if let Some(at) = s.text.find(word) {
                let r = s.map.range_to_src(at..at + word.len());
                return (
                    text[r.clone()].to_string(),
                    FormatError::line_col(text, r.start),
                );
            }
        }
        panic!("{word} not in {text}");
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn comments_blank_lines_and_empty_values_are_skipped() {
        let text = "# Idleb\n! Idleb\n\n  a=Fighting in Idlib\n   # Idleb\nempty=\nalone\n";
        assert_eq!(segments(text), pairs(&[("a", "Fighting in Idlib")]));
        assert_eq!(find(text, "Idlib").1, (4, 17));
        assert!(read("").unwrap().segments.is_empty());
        // A backslash at the very end is dropped.
        assert_eq!(segments("a=Idlib\\"), pairs(&[("a", "Idlib")]));
    }

    #[test]
    fn keys_values_and_continuations() {
        let text = "a=Fighting in Idlib\nb : Idlib again\nc Idlib\nlong = Recep Tayyip \\\n    Erdo\\\n\tgan\n";
        assert_eq!(
            segments(text),
            pairs(&[
                ("a", "Fighting in Idlib"),
                ("b", "Idlib again"),
                ("c", "Idlib"),
                ("long", "Recep Tayyip Erdogan"),
            ])
        );
        assert_eq!(find(text, "Erdogan").0, "Erdo\\\n\tgan");
        assert_eq!(find(text, "Tayyip"), ("Tayyip".to_string(), (4, 14)));
    }

    #[test]
    fn escapes_are_decoded_and_map_to_their_bytes() {
        let text = "key\\ with\\=odd\\:chars = Erdo\\u011fan\\tin \\\\Idlib\\n\r\nx=y";
        assert_eq!(
            segments(text)[0],
            (
                "key with=odd:chars".to_string(),
                "Erdoğan\tin \\Idlib\n".to_string()
            )
        );
        assert_eq!(find(text, "Erdoğan").0, "Erdo\\u011fan");
        assert_eq!(find(text, "Idlib").0, "Idlib");
        assert_eq!(segments("a=\\ud83c\\udf89 Idlib")[0].1, "🎉 Idlib");
        let e = read("a=\\u12x4").unwrap_err();
        assert_eq!((e.line, e.column), (1, 3));
    }

    #[test]
    fn message_format_arguments_and_quotes() {
        let text = "a=L''arm\u{e9}e d''Idlib a {0} morts, {1,number,integer} bless\u{e9}s\nb={0,choice,0#aucun mort \u{e0} Idlib|1#un mort|1<{0} morts}\n";
        let segs = segments(text);
        assert_eq!(segs[0].1, "L'armée d'Idlib a  morts,  blessés");
        assert_eq!(find(text, "d'Idlib").0, "d''Idlib");
        assert_eq!(segs[1].1, "aucun mort à Idlib un mort morts");
    }

    #[test]
    fn latin1_files_are_read_when_not_utf8() {
        let bytes = b"a=Arm\xe9e d'Idlib\n".to_vec();
        assert_eq!(decode_properties(bytes).unwrap(), "a=Armée d'Idlib\n");
        let utf8 = "a=Armée".as_bytes().to_vec();
        assert_eq!(decode_properties(utf8).unwrap(), "a=Armée");
    }
}
