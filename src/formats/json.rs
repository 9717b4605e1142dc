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

use std::ops::Range;

use super::builder::SegmentBuilder;
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
        strings: None,
        arb,
        muted: 0,
        locale: None,
    };
    p.document()?;
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

/// A string of a JSON file, decoded, with where it is: what formats built on JSON (Xcode
/// string catalogs) read instead of segments.
pub(crate) struct JsonString {
    /// The keys and array indices from the top to the string; for a key, to the value it
    /// names (the key itself last).
    pub(crate) path: Vec<String>,
    pub(crate) chars: Vec<Char>,
    /// Whether the string is an object key, not a value.
    pub(crate) is_key: bool,
    /// The string's content in the file, without its quotes; a literal's bytes.
    pub(crate) range: Range<usize>,
    /// Not a string but the literal `true`, `false` or `null` (with no characters).
    pub(crate) literal: Option<&'static str>,
}

/// Every string of a JSON file, keys and values, in the order of the file, parsed as strictly
/// as [`read`] parses.
pub(crate) fn strings(text: &str) -> Result<Vec<JsonString>, FormatError> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: bom,
        path: Vec::new(),
        segments: Vec::new(),
        strings: Some(Vec::new()),
        arb: false,
        muted: 0,
        locale: None,
    };
    p.document()?;
    Ok(p.strings.unwrap_or_default())
}

/// A decoded character of a string value: the character, where it is written in the file and
/// in how many bytes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Char {
    pub(crate) c: char,
    pub(crate) src: usize,
    pub(crate) len: usize,
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// The keys (and array indices) from the top to the value being read.
    path: Vec<String>,
    segments: Vec<Segment>,
    /// When strings are asked for ([`strings`]): the strings read, instead of segments.
    strings: Option<Vec<JsonString>>,
    /// A Flutter `.arb` file: `@` keys are metadata.
    arb: bool,
    /// How many `@` keys the value being read is under (`.arb`): nothing there is checked.
    muted: usize,
    /// The `@@locale` of an `.arb` file.
    locale: Option<String>,
}

impl Parser<'_> {
    /// Reads the whole file: one value, or nothing.
    fn document(&mut self) -> Result<(), FormatError> {
        self.skip_ws();
        if self.at < self.bytes.len() {
            self.value(0)?;
            self.skip_ws();
            if self.at < self.bytes.len() {
                return Err(self.error(self.at, "unexpected text after the JSON value"));
            }
        }
        Ok(())
    }

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
                let start = self.at + 1;
                let chars = self.string()?;
                if let Some(strings) = self.strings.as_mut() {
                    strings.push(JsonString {
                        path: self.path.clone(),
                        chars,
                        is_key: false,
                        range: start..self.at - 1,
                        literal: None,
                    });
                    return Ok(());
                }
                if self.arb && self.path.len() == 1 && self.path[0] == "@@locale" {
                    self.locale = Some(chars.iter().map(|c| c.c).collect());
                }
                if self.muted > 0 {
                    return Ok(());
                }
                let unit = (!self.path.is_empty()).then(|| self.path.join("."));
                if let Some(s) = segment(&chars, unit) {
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

    fn literal(&mut self, word: &'static str) -> Result<(), FormatError> {
        if self.text[self.at..].starts_with(word) {
            if let Some(strings) = self.strings.as_mut() {
                strings.push(JsonString {
                    path: self.path.clone(),
                    chars: Vec::new(),
                    is_key: false,
                    range: self.at..self.at + word.len(),
                    literal: Some(word),
                });
            }
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
            let start = self.at + 1;
            let key_chars = self.string()?;
            let key: String = key_chars.iter().map(|c| c.c).collect();
            if let Some(strings) = self.strings.as_mut() {
                let mut path = self.path.clone();
                path.push(key.clone());
                strings.push(JsonString {
                    path,
                    chars: key_chars,
                    is_key: true,
                    range: start..self.at - 1,
                    literal: None,
                });
            }
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

/// What a character of a string value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    /// Not text, standing for something (an interpolation, an ICU argument, a printf
    /// conversion): a placeholder.
    Placeholder,
    /// Markup that adds nothing (an HTML-like tag).
    Markup,
}

/// The segment of a decoded string value, with what is not text dropped; `None` when nothing
/// is left to check.
fn segment(chars: &[Char], unit: Option<String>) -> Option<Segment> {
    let _ = chars.first()?;
    let s = build(chars, &classify(chars), first_src(chars), unit, None);
    (!s.text.trim().is_empty()).then_some(s)
}

/// The segment of the decoded characters `chars` of a string, each of the kind in `kinds`:
/// text is taken, placeholders and markup dropped (see [`SegmentBuilder`]). Shared with the
/// catalog formats whose strings are read as [`Char`]s (Android, iOS, Xcode catalogs).
/// `start` is where the segment starts in the file when it has no character.
pub(crate) fn build(
    chars: &[Char],
    kinds: &[Kind],
    start: usize,
    unit: Option<String>,
    lang: Option<String>,
) -> Segment {
    let mut b = SegmentBuilder::new(chars.first().map_or(start, |c| c.src));
    let mut i = 0;
    while i < chars.len() {
        match kinds[i] {
            Kind::Text => {
                let ch = chars[i];
                if ch.len == ch.c.len_utf8() {
                    // A run copied as it is.
                    let mut j = i + 1;
                    while j < chars.len()
                        && kinds[j] == Kind::Text
                        && chars[j].len == chars[j].c.len_utf8()
                        && chars[j].src == chars[j - 1].src + chars[j - 1].len
                    {
                        j += 1;
                    }
                    let start = ch.src;
                    let end = chars[j - 1].src + chars[j - 1].len;
                    b.push_str(&decoded(chars, i, j), start);
                    debug_assert_eq!(end - start, decoded(chars, i, j).len());
                    i = j;
                } else {
                    b.push_char(ch.c, ch.src, ch.len);
                    i += 1;
                }
            }
            kind => {
                let mut j = i;
                while j < chars.len() && kinds[j] == kind {
                    j += 1;
                }
                if kind == Kind::Placeholder {
                    b.placeholder(chars[j - 1].src + chars[j - 1].len);
                }
                i = j;
            }
        }
    }
    b.finish(unit, lang)
}

fn first_src(chars: &[Char]) -> usize {
    chars.first().map_or(0, |c| c.src)
}

/// The characters of a string of a platform catalog (Android, iOS, Xcode string catalogs)
/// with their kinds, where what was text in `kinds` is read again for printf conversions:
/// `%s`, `%1$@`, `%lld`, `%.2f` and Apple's `%#@name@` substitutions are placeholders, and
/// `%%` is one literal `%` (one character mapped to both bytes). Braces are text there.
pub(crate) fn printf_kinds(chars: &[Char], kinds: &[Kind]) -> (Vec<Char>, Vec<Kind>) {
    // What is not text is never part of a conversion.
    let cs: Vec<char> = (chars.iter().zip(kinds))
        .map(|(c, k)| if *k == Kind::Text { c.c } else { '\u{1a}' })
        .collect();
    let mut out = (
        Vec::with_capacity(chars.len()),
        Vec::with_capacity(chars.len()),
    );
    let mut i = 0;
    while i < cs.len() {
        if cs[i] == '%' {
            if cs.get(i + 1) == Some(&'%') {
                let len = chars[i + 1].src + chars[i + 1].len - chars[i].src;
                out.0.push(Char {
                    c: '%',
                    src: chars[i].src,
                    len,
                });
                out.1.push(Kind::Text);
                i += 2;
                continue;
            }
            // `%@` is a conversion even before a letter (`%sth` is not).
            let object = (cs.get(i + 1) == Some(&'@')).then_some(2);
            let len = (substitution(&cs[i..]).or(object)).or_else(|| printf(&cs[i..], None));
            if let Some(len) = len {
                out.0.extend_from_slice(&chars[i..i + len]);
                out.1.extend(std::iter::repeat_n(Kind::Placeholder, len));
                i += len;
                continue;
            }
        }
        out.0.push(chars[i]);
        out.1.push(kinds[i]);
        i += 1;
    }
    out
}

/// The length of Apple's `%#@name@` at the start of `cs`, a name of at most 64 characters.
fn substitution(cs: &[char]) -> Option<usize> {
    if cs.get(1) != Some(&'#') || cs.get(2) != Some(&'@') {
        return None;
    }
    let name = cs[3..]
        .iter()
        .take(65)
        .take_while(|c| c.is_alphanumeric() || **c == '_')
        .count();
    (name > 0 && cs.get(3 + name) == Some(&'@')).then_some(4 + name)
}

fn decoded(chars: &[Char], from: usize, to: usize) -> String {
    chars[from..to].iter().map(|c| c.c).collect()
}

/// The kind of each character of a string value, in time linear in its length: braces are
/// matched once, and the characters looked ahead for (`}}`, `)`, `<`, `>`, a line break) are
/// found by cursors that only move forward, the scan itself never going back.
fn classify(chars: &[Char]) -> Vec<Kind> {
    let cs: Vec<char> = chars.iter().map(|c| c.c).collect();
    let mut kinds = vec![Kind::Text; cs.len()];
    let mut stack = Vec::new();
    let mut braces = Vec::new();
    for (i, &c) in cs.iter().enumerate() {
        match c {
            '{' => stack.push(i),
            '}' => {
                if let Some(open) = stack.pop() {
                    braces.push((open, i));
                }
            }
            _ => {}
        }
    }
    braces.sort_unstable();
    Classifier {
        cs: &cs,
        kinds: &mut kinds,
        braces,
        close2: Cursor::new(|cs, i| cs[i] == '}' && cs.get(i + 1) == Some(&'}')),
        paren: Cursor::new(|cs, i| cs[i] == ')'),
        lt: Cursor::new(|cs, i| cs[i] == '<'),
        gt: Cursor::new(|cs, i| cs[i] == '>'),
        newline: Cursor::new(|cs, i| cs[i] == '\n'),
    }
    .message(0, cs.len(), false);
    kinds
}

/// The first place at or after a given one where a test holds; asked for places that never
/// decrease, it scans each character once.
struct Cursor {
    test: fn(&[char], usize) -> bool,
    /// Where the last scan started, and what it found (`None`: nothing up to the end).
    from: usize,
    found: Option<usize>,
    started: bool,
}

impl Cursor {
    fn new(test: fn(&[char], usize) -> bool) -> Cursor {
        Cursor {
            test,
            from: 0,
            found: None,
            started: false,
        }
    }

    fn next(&mut self, cs: &[char], from: usize) -> Option<usize> {
        let valid = self.started
            && from >= self.from
            && match self.found {
                Some(f) => f >= from,
                None => true,
            };
        if !valid {
            self.started = true;
            self.from = from;
            self.found = (from..cs.len()).find(|&i| (self.test)(cs, i));
        }
        self.found
    }
}

struct Classifier<'a> {
    cs: &'a [char],
    kinds: &'a mut [Kind],
    /// Matched braces, (open, close), by open.
    braces: Vec<(usize, usize)>,
    close2: Cursor,
    paren: Cursor,
    lt: Cursor,
    gt: Cursor,
    newline: Cursor,
}

impl Classifier<'_> {
    fn mark(&mut self, from: usize, to: usize, kind: Kind) {
        for k in &mut self.kinds[from..to] {
            *k = kind;
        }
    }

    /// The `}` matching the `{` at `open`, if it is before `to`.
    fn close(&self, open: usize, to: usize) -> Option<usize> {
        let at = self.braces.binary_search_by_key(&open, |&(o, _)| o).ok()?;
        Some(self.braces[at].1).filter(|&c| c < to)
    }

    /// Classifies `cs[from..to]`, a message (the whole string, or an ICU branch; `plural` when
    /// `#` stands for the number).
    fn message(&mut self, from: usize, to: usize, plural: bool) {
        let cs = self.cs;
        let mut i = from;
        while i < to {
            let c = cs[i];
            if c == '{' && cs.get(i + 1) == Some(&'{') {
                // i18next `{{var}}`, `{{count, number}}`.
                if let Some(end) = self.close2.next(cs, i + 2).filter(|&e| e + 1 < to) {
                    self.mark(i, end + 2, Kind::Placeholder);
                    i = end + 2;
                    continue;
                }
            }
            if c == '{' {
                if let Some(end) = self.argument(i, to) {
                    i = end;
                    continue;
                }
            }
            if c == '#' && plural {
                self.mark(i, i + 1, Kind::Placeholder);
                i += 1;
                continue;
            }
            if c == '$' && cs.get(i + 1) == Some(&'t') && cs.get(i + 2) == Some(&'(') {
                if let Some(end) = self.paren.next(cs, i + 3).filter(|&e| e < to) {
                    self.mark(i, end + 1, Kind::Placeholder);
                    i = end + 1;
                    continue;
                }
            }
            if c == '%' {
                let paren = if cs.get(i + 1) == Some(&'(') {
                    self.paren.next(cs, i + 2).filter(|&e| e < to)
                } else {
                    None
                };
                if let Some(len) = printf(&cs[i..to], paren.map(|p| p - i)) {
                    self.mark(i, i + len, Kind::Placeholder);
                    i += len;
                    continue;
                }
            }
            if c == '<' {
                if let Some(end) = self.tag(i, to) {
                    self.mark(i, end + 1, Kind::Markup);
                    i = end + 1;
                    continue;
                }
            }
            i += 1;
        }
    }

    /// The `>` that ends the HTML-like tag starting at `open` (a `<`): `<b>`, `</b>`, `<0>`,
    /// `<br/>`, `<a href="...">`; no `<` nor line break inside.
    fn tag(&mut self, open: usize, to: usize) -> Option<usize> {
        let cs = self.cs;
        let name = if cs.get(open + 1) == Some(&'/') {
            open + 2
        } else {
            open + 1
        };
        if name >= to || !cs[name].is_ascii_alphanumeric() {
            return None;
        }
        let close = self.gt.next(cs, open + 1).filter(|&c| c < to)?;
        let lt = self.lt.next(cs, open + 1);
        let nl = self.newline.next(cs, open + 1);
        let before = |x: Option<usize>| x.is_some_and(|x| x < close);
        if before(lt) || before(nl) {
            return None;
        }
        Some(close)
    }

    /// Reads the ICU argument (or simple `{var}`) whose `{` is at `open`; returns the index
    /// after its `}`, or `None` when it is not one (then the brace is text). An argument whose
    /// inside is not well formed is not text either.
    fn argument(&mut self, open: usize, to: usize) -> Option<usize> {
        let cs = self.cs;
        let end = self.close(open, to)?;
        let mut i = skip_ws(cs, open + 1, end);
        let name_start = i;
        while i < end && is_name_char(cs[i]) {
            i += 1;
        }
        if i == name_start {
            return None;
        }
        i = skip_ws(cs, i, end);
        if i < end && cs[i] != ',' {
            return None;
        }
        if i < end {
            i = skip_ws(cs, i + 1, end);
            let type_start = i;
            while i < end && cs[i].is_ascii_alphabetic() {
                i += 1;
            }
            let kind: String = cs[type_start..i].iter().collect();
            i = skip_ws(cs, i, end);
            let branched = matches!(kind.as_str(), "plural" | "select" | "selectordinal");
            if branched
                && i < end
                && cs[i] == ','
                && self.branches(open, i + 1, end, kind != "select")
            {
                return Some(end + 1);
            }
        }
        // `{name}`, `{n, number}`, `{d, date, short}`: all of it.
        self.mark(open, end + 1, Kind::Placeholder);
        Some(end + 1)
    }

    /// Reads the branches of the ICU plural or select argument from `open` to `end`, from `i`
    /// on: the selectors are not text, each branch is a message. False when they are not well
    /// formed.
    fn branches(&mut self, open: usize, mut i: usize, end: usize, plural: bool) -> bool {
        let cs = self.cs;
        let mut marked_from = open;
        loop {
            i = skip_ws(cs, i, end);
            if i >= end {
                self.mark(marked_from, end + 1, Kind::Placeholder);
                return true;
            }
            // A selector (`one`, `=0`, `other`) or `offset:1`.
            let sel_start = i;
            while i < end && !cs[i].is_whitespace() && cs[i] != '{' && cs[i] != '}' {
                i += 1;
            }
            if i == sel_start {
                return false;
            }
            if cs[sel_start..i].starts_with(&['o', 'f', 'f', 's', 'e', 't', ':']) {
                continue;
            }
            i = skip_ws(cs, i, end);
            if i >= end || cs[i] != '{' {
                return false;
            }
            let Some(branch_end) = self.close(i, end) else {
                return false;
            };
            self.mark(marked_from, i + 1, Kind::Placeholder);
            self.message(i + 1, branch_end, plural);
            marked_from = branch_end;
            i = branch_end + 1;
        }
    }
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '$' | ':')
}

fn skip_ws(cs: &[char], mut i: usize, to: usize) -> usize {
    while i < to && cs[i].is_whitespace() {
        i += 1;
    }
    i
}

/// The length of the printf conversion at the start of `cs` (which starts with `%`):
/// `%s`, `%1$d`, `%-5.2f`, `%lld`, `%@`, `%(name)s` (`paren`: where its `)` is), `%%`.
pub(crate) fn printf(cs: &[char], paren: Option<usize>) -> Option<usize> {
    let mut i = 1;
    if cs.get(i) == Some(&'%') {
        return Some(2);
    }
    if cs.get(i) == Some(&'(') {
        let close = paren?;
        // A name, and a short one: `%(` alone never scans far.
        if close == 2 || close > 66 || !cs[2..close].iter().all(|&c| is_name_char(c)) {
            return None;
        }
        i = close + 1;
    } else {
        let digits = cs[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && cs.get(i + digits) == Some(&'$') {
            i += digits + 1;
        }
    }
    while let Some('-' | '+' | '0' | '#') = cs.get(i) {
        i += 1;
    }
    i += cs[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if cs.get(i) == Some(&'.') {
        i += 1;
        i += cs[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    }
    while let Some('h' | 'l' | 'L' | 'q' | 'j' | 'z' | 't') = cs.get(i) {
        i += 1;
    }
    match cs.get(i) {
        Some(
            'd' | 'i' | 'o' | 'u' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'a' | 'A' | 'c'
            | 's' | 'S' | 'p' | '@',
        ) => {
            let end = i + 1;
            // `%sth` is a word, not a conversion followed by text: a conversion ends the word.
            if cs.get(end).is_some_and(|c| c.is_alphanumeric()) && i == 1 {
                return None;
            }
            Some(end)
        }
        _ => None,
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
}
