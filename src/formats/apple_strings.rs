//! Apple `.strings` files (`Localizable.strings`): `"key" = "value";` entries, monolingual.
//!
//! - Every value is a segment whose unit is its key; keys and comments (`/* */`, `//`) are
//!   never checked. The old property-list syntax is read as well: a key or value may be a bare
//!   word (letters, digits and `_ $ : . / -`), and a key alone (`"key";`) has no value to check.
//! - Escapes are decoded (`\"`, `\\`, `\n`, `\t`, `\r`, `\Uxxxx` and `\uxxxx` with surrogate
//!   pairs; any other `\x` is `x`), and each decoded character maps to its escape in the file.
//!   A line break may be written as is inside a quoted string.
//! - Printf conversions (`%@`, `%1$@`, `%lld`, `%.2f`, `%#@name@`) are placeholders, not text;
//!   `%%` is a literal percent sign.
//! - The files are often UTF-16 with a byte-order mark: the decoder reads them
//!   ([`crate::text::decode`]), and offsets index the decoded text as for any UTF-16 file.
//! - A malformed file (an unterminated string or comment, a missing `=` or `;`) is an error
//!   with the line and column of its first problem.

use super::json::{build, printf_kinds, Char, Kind};
use super::{Document, FormatError};

/// The segments of a `.strings` file. The document's `path` and `text` are left empty
/// ([`Format::read`](super::Format::read) fills them).
pub fn read(text: &str) -> Result<Document, FormatError> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut p = Scanner { text, at: bom };
    let mut segments = Vec::new();
    loop {
        p.skip_blank()?;
        if p.at >= text.len() {
            break;
        }
        let (key, _) = p.string("a key")?;
        let key: String = key.iter().map(|c| c.c).collect();
        p.skip_blank()?;
        match p.peek() {
            Some(';') => {
                p.at += 1;
                continue;
            }
            Some('=') => p.at += 1,
            _ => {
                return Err(p.error(
                    p.at,
                    format!("expected '=' after the key \"{key}\", found {}", p.found()),
                ))
            }
        }
        p.skip_blank()?;
        let (value, start) = p.string("a value")?;
        p.skip_blank()?;
        if p.peek() != Some(';') {
            return Err(p.error(
                p.at,
                format!(
                    "expected ';' after the value of \"{key}\", found {}",
                    p.found()
                ),
            ));
        }
        p.at += 1;
        let kinds = vec![Kind::Text; value.len()];
        let (chars, kinds) = printf_kinds(&value, &kinds);
        let s = build(&chars, &kinds, start, Some(key), None);
        if !s.text.trim().is_empty() {
            segments.push(s);
        }
    }
    Ok(Document {
        segments,
        ..Document::default()
    })
}

struct Scanner<'a> {
    text: &'a str,
    at: usize,
}

impl Scanner<'_> {
    fn error(&self, at: usize, message: impl Into<String>) -> FormatError {
        FormatError::at(self.text, at, message)
    }

    fn peek(&self) -> Option<char> {
        self.text[self.at..].chars().next()
    }

    /// What is at the current place, for errors.
    fn found(&self) -> String {
        match self.peek() {
            None => "the end of the file".to_string(),
            Some(c) => format!("'{}'", c.escape_debug()),
        }
    }

    /// Skips white space and comments.
    fn skip_blank(&mut self) -> Result<(), FormatError> {
        loop {
            let rest = &self.text[self.at..];
            let trimmed = rest.trim_start();
            self.at += rest.len() - trimmed.len();
            if let Some(comment) = trimmed.strip_prefix("/*") {
                match comment.find("*/") {
                    Some(end) => self.at += end + 4,
                    None => return Err(self.error(self.at, "unterminated comment; expected '*/'")),
                }
            } else if trimmed.starts_with("//") {
                self.at += trimmed.find('\n').unwrap_or(trimmed.len());
            } else {
                return Ok(());
            }
        }
    }

    /// Reads a quoted string or a bare word (`what` it is, for errors): its decoded
    /// characters and where its content starts.
    fn string(&mut self, what: &str) -> Result<(Vec<Char>, usize), FormatError> {
        let start = self.at;
        match self.peek() {
            Some('"') => self.quoted(),
            Some(c) if is_bare(c) => {
                let len = self.text[start..]
                    .find(|c: char| !is_bare(c))
                    .unwrap_or(self.text.len() - start);
                self.at += len;
                let chars = (self.text[start..start + len].char_indices())
                    .map(|(i, c)| Char {
                        c,
                        src: start + i,
                        len: c.len_utf8(),
                    })
                    .collect();
                Ok((chars, start))
            }
            _ => Err(self.error(
                start,
                format!("expected {what} in double quotes, found {}", self.found()),
            )),
        }
    }

    /// Reads the quoted string whose `"` is at the current place.
    fn quoted(&mut self) -> Result<(Vec<Char>, usize), FormatError> {
        let open = self.at;
        let mut i = open + 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.text[i..].chars().next() else {
                return Err(self.error(open, "unterminated string; expected a closing '\"'"));
            };
            match c {
                '"' => {
                    self.at = i + 1;
                    return Ok((out, open + 1));
                }
                '\\' => {
                    let (c, len) = self.escape(i)?;
                    out.push(Char { c, src: i, len });
                    i += len;
                }
                _ => {
                    out.push(Char {
                        c,
                        src: i,
                        len: c.len_utf8(),
                    });
                    i += c.len_utf8();
                }
            }
        }
    }

    /// The character of the escape at byte `at` (a backslash), and its length in the file.
    fn escape(&self, at: usize) -> Result<(char, usize), FormatError> {
        let Some(next) = self.text[at + 1..].chars().next() else {
            return Err(self.error(at, "unterminated string; expected a closing '\"'"));
        };
        let c = match next {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'U' | 'u' => {
                let hi = self.hex4(at)?;
                if (0xD800..0xDC00).contains(&hi) {
                    let low = self.text[at + 6..].strip_prefix('\\');
                    if low.is_some_and(|l| l.starts_with(['U', 'u'])) {
                        let lo = self.hex4(at + 6)?;
                        if (0xDC00..0xE000).contains(&lo) {
                            let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                            return Ok((char::from_u32(c).unwrap_or('\u{fffd}'), 12));
                        }
                    }
                }
                return Ok((char::from_u32(hi).unwrap_or('\u{fffd}'), 6));
            }
            other => other,
        };
        Ok((c, 1 + next.len_utf8()))
    }

    /// The four hex digits of the `\U` escape at byte `at`.
    fn hex4(&self, at: usize) -> Result<u32, FormatError> {
        self.text
            .as_bytes()
            .get(at + 2..at + 6)
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
            .and_then(|d| u32::from_str_radix(std::str::from_utf8(d).ok()?, 16).ok())
            .ok_or_else(|| self.error(at, "escape '\\U' without four hex digits"))
    }
}

/// Whether `c` may be part of an unquoted word of the old property-list syntax.
fn is_bare(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | ':' | '.' | '/' | '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(text: &str) -> Vec<(String, String)> {
        let doc = read(text).unwrap();
        doc.segments
            .iter()
            .map(|s| (s.unit.clone().unwrap_or_default(), s.text.clone()))
            .collect()
    }

    /// The file text a word of a segment maps to, and its line and column.
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

    #[test]
    fn values_are_segments_keys_and_comments_are_not() {
        let text = "/* Idlib comment */\n\"city_idlib\" = \"Fighting in Idlib\";\n// Idlib\n\
                    \"Erdogan\"=\"Erdoğan spoke\" ;\nbare_key = bare_value;\n\"alone\";\n";
        assert_eq!(
            segments(text),
            [
                ("city_idlib".to_string(), "Fighting in Idlib".to_string()),
                ("Erdogan".to_string(), "Erdoğan spoke".to_string()),
                ("bare_key".to_string(), "bare_value".to_string()),
            ]
        );
        assert_eq!(find(text, "Idlib"), ("Idlib".to_string(), (2, 29)));
        assert_eq!(find(text, "Erdoğan").1, (4, 12));
    }

    #[test]
    fn escapes_are_decoded_and_map_to_their_bytes() {
        let text = r#""k" = "Say \"Erdo\U011Fan\"\nin 東京 Idlib \UD83C\UDF89 now";"#;
        assert_eq!(segments(text)[0].1, "Say \"Erdoğan\"\nin 東京 Idlib 🎉 now");
        assert_eq!(find(text, "Erdoğan").0, r"Erdo\U011Fan");
        assert_eq!(find(text, "Idlib").0, "Idlib");
        assert_eq!(find(text, "now").0, "now");
        let text = "\"k\" = \"line\nbreak \\' Idlib\";";
        assert_eq!(segments(text)[0].1, "line\nbreak ' Idlib");
    }

    #[test]
    fn printf_conversions_are_not_text() {
        let cases = [
            ("%@ in Idlib", " in Idlib"),
            ("%1$@ and %2$lld in %.2f", " and  in "),
            ("Idlib%@Aleppo", "Idlib Aleppo"),
            ("100%% sure", "100% sure"),
            ("%#@cities@ left", " left"),
            ("{not} a placeholder", "{not} a placeholder"),
        ];
        for (value, expected) in cases {
            let text = format!("\"k\" = \"{value}\";");
            assert_eq!(segments(&text)[0].1, expected, "{value}");
        }
        let text = "\"k\" = \"100%% Idlib\";";
        assert_eq!(find(text, "% Idlib").0, "%% Idlib");
    }

    #[test]
    fn a_utf16_file_is_read_after_decoding() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "\u{feff}\"k\" = \"Idlib\";".encode_utf16().skip(1) {
            bytes.extend(u.to_le_bytes());
        }
        let text = crate::text::decode::decode(bytes).unwrap();
        assert_eq!(find(&text, "Idlib"), ("Idlib".to_string(), (1, 8)));
    }

    #[test]
    fn empty_values_and_files_have_no_segments() {
        assert!(read("").unwrap().segments.is_empty());
        assert!(read("\u{feff}/* only */\n").unwrap().segments.is_empty());
        assert!(segments("\"a\" = \"\"; \"b\" = \"%@\";").is_empty());
    }

    #[test]
    fn invalid_files_are_errors_with_their_place() {
        let cases = [
            ("\"a\" = \"x\"", (1, 10)),
            ("\"a\" \"x\";", (1, 5)),
            ("\"a\" = \"x", (1, 7)),
            ("/* open\n\"a\" = \"x\";", (1, 1)),
            ("\"a\" = ;", (1, 7)),
            ("\n\"a\" = \"\\U12\";", (2, 8)),
            ("\"a\" = \"x\";\n= \"y\";", (2, 1)),
        ];
        for (text, at) in cases {
            let e = read(text).unwrap_err();
            assert_eq!((e.line, e.column), at, "{text:?}: {e}");
        }
    }
}
