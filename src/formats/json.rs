//! JSON localization catalogs (`.json`): flat `{"key": "text"}`, nested i18next
//! `{"a": {"b": "text"}}`, arrays of strings. Only string values are checked, never keys.
//!
//! - Every string value, at any depth, is a segment; keys, numbers, `true`, `false` and `null`
//!   are not checked. A file that is not a catalog (a top-level array of objects, a
//!   `package.json`) is read the same way: its string values are checked, its keys never.
//! - A segment's unit is the path of keys to it, joined by `.`, with array indices as numbers
//!   (`a.b`, `list.0`); a top-level string has none.
//! - Escapes are decoded (`\"`, `\n`, `\u00e9`, surrogate pairs), and each decoded character
//!   maps to its escape in the file, as PO escapes and XML entities do: a word with an escape
//!   in it is found as written (`Erdo\u011fan`). A lone surrogate reads as U+FFFD.
//! - What is not text is dropped from the segment like a placeholder (one space between two
//!   non-blank characters, nothing otherwise): interpolations `{{var}}` and `{var}`, ICU
//!   arguments (`{n, number}`) and the argument, keyword and selectors of ICU `plural`,
//!   `select` and `selectordinal` (whose branch texts are checked: `{count, plural, one {#
//!   item} other {# items}}` reads `item items`), the `#` of a plural branch, i18next nesting
//!   `$t(key)`, printf conversions (`%s`, `%1$d`, `%.2f`, `%(name)s`, `%@`). HTML-like tags
//!   (`<b>`, `</0>`) are dropped like formatting codes: they add nothing, and may split a word.
//! - The file is parsed strictly (RFC 8259): an invalid file is an error with the line and
//!   column of its first problem. An empty file is an empty catalog. Nesting deeper than
//!   [`MAX_DEPTH`] is an error, not a stack overflow.

use super::placeholders::{segment, Char, Syntax};
use super::{Document, FormatError, Segment};

/// How deep arrays and objects may nest.
pub const MAX_DEPTH: usize = 256;

/// The segments of a JSON file. The document's `path` and `text` are left empty
/// ([`Format::read`](super::Format::read) fills them).
pub fn read(text: &str) -> Result<Document, FormatError> {
    read_as(text, false)
}

/// The segments of a Flutter `.arb` file: JSON whose keys starting with `@` (`@@locale`,
/// `@key` metadata: descriptions, placeholder examples) are never checked, and whose top-level
/// `@@locale` gives every segment its language (and the document's, as
/// [`Document::target_lang`]). The other string values are ICU messages, read as in `.json`.
pub fn read_arb(text: &str) -> Result<Document, FormatError> {
    read_as(text, true)
}

fn read_as(text: &str, arb: bool) -> Result<Document, FormatError> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: bom,
        path: Vec::new(),
        segments: Vec::new(),
        arb,
        muted: 0,
        locale: None,
    };
    p.skip_ws();
    if p.at < p.bytes.len() {
        p.value(0)?;
        p.skip_ws();
        if p.at < p.bytes.len() {
            return Err(p.error(p.at, "unexpected text after the JSON value"));
        }
    }
    let locale = p.locale.map(|l| l.replace('_', "-"));
    let mut segments = p.segments;
    if locale.is_some() {
        for s in &mut segments {
            s.lang = locale.clone();
        }
    }
    Ok(Document {
        segments,
        target_lang: locale,
        ..Document::default()
    })
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// The keys (and array indices) from the top to the value being read.
    path: Vec<String>,
    segments: Vec<Segment>,
    /// A Flutter `.arb` file: `@` keys are metadata.
    arb: bool,
    /// How many `@` keys the value being read is under (`.arb`): nothing there is checked.
    muted: usize,
    /// The `@@locale` of an `.arb` file.
    locale: Option<String>,
}

impl Parser<'_> {
    fn error(&self, at: usize, message: impl Into<String>) -> FormatError {
        FormatError::at(self.text, at, message)
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// What is at the current place, for errors.
    fn found(&self) -> String {
        match self.text[self.at..].chars().next() {
            None => "the end of the file".to_string(),
            Some(c) => format!("'{}'", c.escape_debug()),
        }
    }

    fn value(&mut self, depth: usize) -> Result<(), FormatError> {
        if depth >= MAX_DEPTH {
            return Err(self.error(
                self.at,
                format!("nested deeper than {MAX_DEPTH} arrays and objects"),
            ));
        }
        match self.bytes.get(self.at) {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => {
                let chars = self.string()?;
                if self.arb && self.path.len() == 1 && self.path[0] == "@@locale" {
                    self.locale = Some(chars.iter().map(|c| c.c).collect());
                }
                if self.muted > 0 {
                    return Ok(());
                }
                let unit = (!self.path.is_empty()).then(|| self.path.join("."));
                if let Some(s) = segment(&chars, unit, None, Syntax::default()) {
                    self.segments.push(s);
                }
                Ok(())
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            _ => Err(self.error(
                self.at,
                format!(
                    "expected a JSON value (a string, number, object, array, true, false or null), found {}",
                    self.found()
                ),
            )),
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), FormatError> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.error(
                self.at,
                format!("expected a JSON value, found {}", self.found()),
            ))
        }
    }

    fn number(&mut self) -> Result<(), FormatError> {
        let start = self.at;
        let b = self.bytes;
        let mut i = self.at;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let bad = |p: &Self| p.error(start, "invalid number");
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i += digits(i),
            _ => return Err(bad(self)),
        }
        if b.get(i) == Some(&b'.') {
            let n = digits(i + 1);
            if n == 0 {
                return Err(bad(self));
            }
            i += 1 + n;
        }
        if let Some(b'e' | b'E') = b.get(i) {
            i += 1;
            if let Some(b'+' | b'-') = b.get(i) {
                i += 1;
            }
            let n = digits(i);
            if n == 0 {
                return Err(bad(self));
            }
            i += n;
        }
        self.at = i;
        Ok(())
    }

    fn object(&mut self, depth: usize) -> Result<(), FormatError> {
        let open = self.at;
        self.at += 1;
        self.skip_ws();
        if self.bytes.get(self.at) == Some(&b'}') {
            self.at += 1;
            return Ok(());
        }
        loop {
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.error(
                    self.at,
                    format!("expected a key in double quotes, found {}", self.found()),
                ));
            }
            let key: String = self.string()?.iter().map(|c| c.c).collect();
            self.skip_ws();
            if self.bytes.get(self.at) != Some(&b':') {
                return Err(self.error(
                    self.at,
                    format!("expected ':' after a key, found {}", self.found()),
                ));
            }
            self.at += 1;
            self.skip_ws();
            let meta = self.arb && key.starts_with('@');
            self.muted += usize::from(meta);
            self.path.push(key);
            self.value(depth + 1)?;
            self.path.pop();
            self.muted -= usize::from(meta);
            self.skip_ws();
            match self.bytes.get(self.at) {
                Some(b',') => {
                    self.at += 1;
                    self.skip_ws();
                    if self.bytes.get(self.at) == Some(&b'}') {
                        return Err(self.error(self.at, "a comma before '}'; expected another key"));
                    }
                }
                Some(b'}') => {
                    self.at += 1;
                    return Ok(());
                }
                None => {
                    return Err(self.error(open, "unclosed object; expected '}'"));
                }
                _ => {
                    return Err(self.error(
                        self.at,
                        format!("expected ',' or '}}' after a value, found {}", self.found()),
                    ))
                }
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<(), FormatError> {
        let open = self.at;
        self.at += 1;
        self.skip_ws();
        if self.bytes.get(self.at) == Some(&b']') {
            self.at += 1;
            return Ok(());
        }
        let mut index = 0usize;
        loop {
            self.path.push(index.to_string());
            self.value(depth + 1)?;
            self.path.pop();
            index += 1;
            self.skip_ws();
            match self.bytes.get(self.at) {
                Some(b',') => {
                    self.at += 1;
                    self.skip_ws();
                    if self.bytes.get(self.at) == Some(&b']') {
                        return Err(
                            self.error(self.at, "a comma before ']'; expected another value")
                        );
                    }
                }
                Some(b']') => {
                    self.at += 1;
                    return Ok(());
                }
                None => return Err(self.error(open, "unclosed array; expected ']'")),
                _ => {
                    return Err(self.error(
                        self.at,
                        format!("expected ',' or ']' after a value, found {}", self.found()),
                    ))
                }
            }
        }
    }

    /// Reads the string whose opening quote is at the current place, decoded.
    fn string(&mut self) -> Result<Vec<Char>, FormatError> {
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
                    return Ok(out);
                }
                '\\' => {
                    let (c, len) = self.escape(i)?;
                    out.push(Char { c, src: i, len });
                    i += len;
                }
                '\n' | '\r' => {
                    return Err(self.error(
                        open,
                        "unterminated string: a line break before its closing '\"' (write a line \
                         break in a string as \\n)",
                    ))
                }
                '\u{0}'..='\u{1f}' => {
                    return Err(self.error(
                        i,
                        format!(
                            "control character U+{:04X} in a string; write it as an escape",
                            c as u32
                        ),
                    ))
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
        let simple = match self.bytes.get(at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let hi = self.hex4(at)?;
                if (0xD800..0xDC00).contains(&hi) && self.text[at + 6..].starts_with("\\u") {
                    let lo = self.hex4(at + 6)?;
                    if (0xDC00..0xE000).contains(&lo) {
                        let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                        return Ok((char::from_u32(c).unwrap_or('\u{fffd}'), 12));
                    }
                }
                return Ok((char::from_u32(hi).unwrap_or('\u{fffd}'), 6));
            }
            _ => {
                let shown: String = self.text[at + 1..].chars().take(1).collect();
                return Err(self.error(
                    at,
                    format!(
                        "unknown escape '\\{}'; expected \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX",
                        shown.escape_debug()
                    ),
                ));
            }
        };
        Ok((simple, 2))
    }

    /// The four hex digits of the `\u` escape at byte `at`.
    fn hex4(&self, at: usize) -> Result<u32, FormatError> {
        self.bytes
            .get(at + 2..at + 6)
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
            .and_then(|d| u32::from_str_radix(std::str::from_utf8(d).ok()?, 16).ok())
            .ok_or_else(|| self.error(at, "escape '\\u' without four hex digits"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (unit, segment text) of each segment, after checking that every word maps back to
    /// itself in the file when it has no escape.
    fn segments(text: &str) -> Vec<(String, String)> {
        let doc = read(text).unwrap();
        doc.segments
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

    #[test]
    fn values_are_segments_and_keys_are_not() {
        let text = r#"{"headline_idlib": "Fighting in Idlib", "n": 3, "ok": true, "none": null}"#;
        assert_eq!(
            segments(text),
            [(
                "headline_idlib".to_string(),
                "Fighting in Idlib".to_string()
            )]
        );
    }

    #[test]
    fn nested_keys_and_arrays_make_dotted_units() {
        let text =
            "{\n  \"a\": {\"b\": \"one\", \"c\": [\"two\", {\"d\": \"three\"}]},\n  \"e\": []\n}";
        let units: Vec<String> = segments(text).into_iter().map(|(u, _)| u).collect();
        assert_eq!(units, ["a.b", "a.c.0", "a.c.1.d"]);
        assert_eq!(find(text, "three"), ("three".to_string(), (2, 41)));
        assert_eq!(
            segments("\"Idlib\""),
            [(String::new(), "Idlib".to_string())]
        );
    }

    #[test]
    fn escapes_are_decoded_and_map_to_their_bytes() {
        let text = r#"{"a": "Say \"Erdo\u011fan\"\nin Idlib \ud83c\udf89 now"}"#;
        let s = &segments(text)[0].1;
        assert_eq!(s, "Say \"Erdoğan\"\nin Idlib 🎉 now");
        assert_eq!(find(text, "Erdoğan").0, r"Erdo\u011fan");
        assert_eq!(find(text, "Idlib"), ("Idlib".to_string(), (1, 33)));
        assert_eq!(find(text, "now").0, "now");
        // A word that starts and ends with an escape.
        let text = r#"["\u0049dli\u0062, \u0130dlib"]"#;
        assert_eq!(find(text, "Idlib").0, r"\u0049dli\u0062");
        assert_eq!(find(text, "İdlib").0, r"\u0130dlib");
    }

    #[test]
    fn interpolations_and_printf_are_not_text() {
        let cases = [
            ("Hello {{name}}, in Idlib", "Hello , in Idlib"),
            ("Hello {name}!", "Hello !"),
            ("{{a}}{{b}}Idlib", "Idlib"),
            ("Idlib{{x}}Aleppo", "Idlib Aleppo"),
            ("%s in %1$d and %(city)s", " in  and "),
            ("100% sure, %d%% off", "100% sure,  off"),
            ("Go $t(common.city) now", "Go  now"),
            ("A <b>bold</b> Idl<0>ib</0>", "A bold Idlib"),
            ("{ not an argument }", "{ not an argument }"),
        ];
        for (value, expected) in cases {
            let text = format!("{{\"k\": \"{value}\"}}");
            assert_eq!(segments(&text)[0].1, expected, "{value}");
        }
    }

    #[test]
    fn icu_branches_are_checked_and_their_syntax_is_not() {
        let value = "{count, plural, =0 {no item in Idlib} one {# item} other {# items of {city}}}";
        let text = format!("{{\"k\": \"{value}\"}}");
        assert_eq!(segments(&text)[0].1, "no item in Idlib item items of ");
        assert_eq!(find(&text, "Idlib").0, "Idlib");
        let value = "{gender, select, male {He} female {She} other {They}} went, {n, number} times";
        let text = format!("{{\"k\": \"{value}\"}}");
        assert_eq!(segments(&text)[0].1, "He She They went,  times");
        let text = r#"{"k": "{n, plural, offset:1 one {x} other {y}}"}"#;
        assert_eq!(segments(text)[0].1, "x y");
    }

    #[test]
    fn pathological_values_are_read_in_linear_time() {
        let n = 200_000;
        for piece in [
            "{{",
            "{a, b ",
            "{a, plural, x {",
            "<a",
            "%(",
            "$t(",
            "{ {",
            "}",
        ] {
            let value = piece.repeat(n / piece.len());
            let text = format!("[\"{value}\", \"{value}>)}}\"]");
            let start = std::time::Instant::now();
            read(&text).unwrap();
            let took = start.elapsed();
            assert!(took.as_secs() < 2, "{piece:?} took {took:?}");
        }
    }

    #[test]
    fn empty_values_and_files_have_no_segments() {
        assert!(read("").unwrap().segments.is_empty());
        assert!(read(" \n").unwrap().segments.is_empty());
        assert!(read("\u{feff}{}").unwrap().segments.is_empty());
        assert!(segments(r#"{"a": "", "b": "{{x}}"}"#).is_empty());
    }

    #[test]
    fn arb_metadata_is_not_checked_and_the_locale_is_the_language() {
        let text = r#"{
  "@@locale": "pt_BR",
  "headline": "Combates em Idlib, {count, plural, one {# morto} other {# mortos}}",
  "@headline": {"description": "Idleb headline", "placeholders": {"count": {"example": "Idleb"}}},
  "@@last_modified": "Idleb"
}"#;
        let doc = read_arb(text).unwrap();
        assert_eq!(doc.segments.len(), 1);
        let s = &doc.segments[0];
        assert_eq!(s.unit.as_deref(), Some("headline"));
        assert_eq!(s.text, "Combates em Idlib,  morto mortos");
        assert_eq!(s.lang.as_deref(), Some("pt-BR"));
        assert_eq!(doc.target_lang.as_deref(), Some("pt-BR"));
        // The same file read as `.json` checks everything and says no language.
        let doc = read(text).unwrap();
        assert_eq!(doc.segments.len(), 5);
        assert!(doc.segments.iter().all(|s| s.lang.is_none()));
        assert!(doc.target_lang.is_none());
        // No `@@locale`: no language from the file.
        let doc = read_arb(r#"{"a": "Idlib"}"#).unwrap();
        assert_eq!(doc.segments[0].lang, None);
    }

    #[test]
    fn invalid_files_are_errors_with_their_place() {
        let cases = [
            ("{\"a\": \"x\",}", (1, 11)),
            ("[1, 2, ]", (1, 8)),
            ("{\"a\" \"x\"}", (1, 6)),
            ("{\"a\": \"x\"", (1, 1)),
            ("{\"a\": \"x", (1, 7)),
            ("{\n  \"a\": \"bad \\q\"\n}", (2, 13)),
            ("{\"a\": \"\\u12\"}", (1, 8)),
            ("{\"a\": tru}", (1, 7)),
            ("{\"a\": 01}", (1, 8)),
            ("{\"a\": \"x\"} x", (1, 12)),
            ("{a: \"x\"}", (1, 2)),
            ("{\"a\": \"line\nbreak\"}", (1, 7)),
            ("{\"a\": \"tab\there\"}", (1, 11)),
        ];
        for (text, at) in cases {
            let e = read(text).unwrap_err();
            assert_eq!((e.line, e.column), at, "{text:?}: {e}");
        }
        let deep = "[".repeat(100_000);
        assert!(read(&deep).unwrap_err().message.contains("nested deeper"));
    }
}
