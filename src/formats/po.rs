//! gettext PO (and POT) files: every msgid, msgid_plural and msgstr is a segment, and every
//! msgstr a [`Unit`] paired with its msgid.
//!
//! - The header (the first entry with an empty msgid and no msgctxt) is not a unit. Its
//!   `Language` is the document's target language (`pt_BR` is read as `pt-BR`, `sr@latin` as
//!   `sr-Latn`); PO files declare no source language, so [`Document::source_lang`] and the
//!   msgid segments' language are left unset. Its `Content-Type` charset is for
//!   [`decode_po`], which turns the file's bytes into the text this reader reads.
//! - Strings are decoded (`"..."` pieces on continuation lines joined, C escapes `\n \t \"
//!   \\` ..., octal `\303\251` and hex `\xc3` bytes read as UTF-8), and every character maps
//!   back to its place in the file (an escape to its backslash). Pieces join without adding
//!   anything: `"Recep Tayyip "` + `"Erdoğan"` reads `Recep Tayyip Erdoğan`.
//! - Unit ids: the msgid, `msgctxt\u{4}msgid` with a context; plural forms are one unit per
//!   `msgstr[n]`, with `[n]` appended to the id, paired with the msgid for `n == 0` and with
//!   msgid_plural for the others. A segment's unit is the id of the (first) unit it is in.
//! - States: `#~` (obsolete) entries are read too, their `#~` prefixes skipped, and are
//!   [`UnitState::Obsolete`]; otherwise an empty msgstr is [`UnitState::Untranslated`], a
//!   `#, fuzzy` entry [`UnitState::Fuzzy`], and the rest [`UnitState::Translated`].
//! - [`Unit::range`] is the msgstr statement: from its keyword to the closing quote of its
//!   last string.
//! - Errors, with line and column, where msgfmt has them: an unterminated string, an unknown
//!   keyword or escape, text after a string, a string with no keyword before it, an msgstr
//!   with no msgid, an msgid with no msgstr. Blank lines and comments anywhere, white space
//!   before a keyword, and several strings on one line are fine.

use std::ops::Range;

use super::builder::SegmentBuilder;
use super::{Document, FormatError, Unit, UnitState};
use crate::text::decode::{decode, decode_with, DecodeError};

/// The segments and units of a PO file. The document's `path` and `text` are left empty
/// ([`Format::read`](super::Format::read) fills them).
pub fn read(text: &str) -> Result<Document, FormatError> {
    let mut p = Parser {
        text,
        doc: Document::default(),
        entry: Entry::default(),
        field: None,
        header_seen: false,
        targets: Vec::new(),
    };
    let mut start = 0;
    if text.starts_with('\u{feff}') {
        start = 3;
    }
    while start <= text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[start..end]
            .strip_suffix('\r')
            .unwrap_or(&text[start..end]);
        p.line(line, start)?;
        start = end + 1;
    }
    p.flush()?;
    let lang = p.doc.target_lang.clone();
    for &i in &p.targets {
        p.doc.segments[i].lang = lang.clone();
    }
    Ok(p.doc)
}

/// Decodes a PO file's bytes in the charset its header declares (`Content-Type: text/plain;
/// charset=ISO-8859-9`). UTF-8, a missing header and the template's `charset=CHARSET` are read
/// as UTF-8 by [`decode`]; a byte-order mark wins over the header. Findings' byte offsets index
/// the decoded text.
pub fn decode_po(bytes: Vec<u8>) -> Result<String, DecodeError> {
    match declared_charset(&bytes) {
        None => decode(bytes),
        Some(label) => {
            let trimmed = label.trim_ascii();
            if trimmed.is_empty() || trimmed.eq_ignore_ascii_case(b"CHARSET") {
                return decode(bytes);
            }
            match encoding_rs::Encoding::for_label(trimmed) {
                Some(encoding) => decode_with(bytes, encoding),
                None => Err(DecodeError::UnknownCharset {
                    charset: String::from_utf8_lossy(trimmed).into_owned(),
                }),
            }
        }
    }
}

/// The `charset=` of the header's `Content-Type`, looked for before the second msgid (every
/// charset gettext accepts is ASCII-compatible, so the bytes can be searched as they are).
fn declared_charset(bytes: &[u8]) -> Option<&[u8]> {
    let header_end = find_all(bytes, b"msgid")
        .filter(|&i| i == 0 || bytes[i - 1] == b'\n')
        .nth(1)
        .unwrap_or(bytes.len());
    let header = &bytes[..header_end];
    let ct = find_all(header, b"Content-Type:").next()?;
    let rest = &header[ct..];
    let line = &rest[..rest
        .iter()
        .position(|&b| b == b'\n' || b == b'"')
        .unwrap_or(rest.len())];
    let at = find_all(line, b"charset=").next()? + b"charset=".len();
    let value = &line[at..];
    let end = value
        .iter()
        .position(|&b| b == b'\\' || b == b';' || b.is_ascii_whitespace())
        .unwrap_or(value.len());
    Some(&value[..end])
}

fn find_all<'a>(hay: &'a [u8], needle: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    hay.windows(needle.len())
        .enumerate()
        .filter(move |(_, w)| *w == needle)
        .map(|(i, _)| i)
}

/// A string statement being read: its keyword's place and the decoded text.
struct Str {
    builder: SegmentBuilder,
    /// From the keyword to the end of the last string's closing quote.
    range: Range<usize>,
}

#[derive(Default)]
struct Entry {
    /// Where the entry's first keyword is, for errors.
    at: Option<usize>,
    fuzzy: bool,
    obsolete: bool,
    msgctxt: Option<Str>,
    msgid: Option<Str>,
    msgid_plural: Option<Str>,
    /// `msgstr` (index `None`) or `msgstr[n]`.
    msgstr: Vec<(Option<usize>, Str)>,
}

/// The statement continuation strings add to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Ctxt,
    Id,
    IdPlural,
    /// The last of `msgstr`.
    Str,
}

struct Parser<'a> {
    text: &'a str,
    doc: Document,
    entry: Entry,
    field: Option<Field>,
    header_seen: bool,
    /// The indices of the msgstr segments, whose language is set at the end.
    targets: Vec<usize>,
}

impl Parser<'_> {
    fn error(&self, offset: usize, message: impl Into<String>) -> FormatError {
        FormatError::at(self.text, offset, message)
    }

    /// Reads one line (without its line break) that starts at byte `at`.
    fn line(&mut self, line: &str, at: usize) -> Result<(), FormatError> {
        let trimmed = line.trim_start();
        let mut at = at + (line.len() - trimmed.len());
        let mut rest = trimmed;
        let mut obsolete = false;
        if let Some(r) = rest.strip_prefix("#~") {
            if r.starts_with('|') {
                return Ok(()); // The previous msgid of an obsolete entry.
            }
            obsolete = true;
            let r2 = r.trim_start();
            at += rest.len() - r2.len();
            rest = r2;
            if rest.is_empty() || rest.starts_with('#') {
                return Ok(());
            }
        } else if let Some(flags) = rest.strip_prefix("#,") {
            self.end_entry_if_complete()?;
            if flags.split(',').any(|f| f.trim() == "fuzzy") {
                self.entry.fuzzy = true;
            }
            return Ok(());
        } else if rest.starts_with('#') {
            self.end_entry_if_complete()?;
            return Ok(());
        }
        if rest.is_empty() {
            return self.end_entry_if_complete();
        }
        if rest.starts_with('"') {
            let Some(field) = self.field else {
                return Err(self.error(
                    at,
                    "a string with no keyword before it; expected msgid, msgstr or msgctxt",
                ));
            };
            return self.strings(rest, at, field);
        }
        let kw_len = rest
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(rest.len());
        let keyword = &rest[..kw_len];
        let after = &rest[kw_len..];
        let strings = after.trim_start();
        let s_at = at + kw_len + (after.len() - strings.len());
        // The segment starts inside the first string's quotes.
        let content = s_at + 1;
        let field = match keyword {
            "msgctxt" => {
                self.end_entry_if_complete()?;
                if self.entry.msgid.is_some() || self.entry.msgctxt.is_some() {
                    return Err(self.error(at, "msgctxt after msgid; expected msgstr"));
                }
                self.entry.msgctxt = Some(self.open_str(at, content));
                Field::Ctxt
            }
            "msgid" => {
                self.end_entry_if_complete()?;
                if self.entry.msgid.is_some() {
                    return Err(self.error(at, "a second msgid; expected msgstr"));
                }
                self.entry.msgid = Some(self.open_str(at, content));
                Field::Id
            }
            "msgid_plural" => {
                if self.entry.msgid.is_none() || !self.entry.msgstr.is_empty() {
                    return Err(self.error(at, "msgid_plural must follow msgid"));
                }
                self.entry.msgid_plural = Some(self.open_str(at, content));
                Field::IdPlural
            }
            k if k == "msgstr" || k.starts_with("msgstr[") => {
                if self.entry.msgid.is_none() {
                    return Err(self.error(at, "msgstr without msgid"));
                }
                let index = match k.strip_prefix("msgstr[") {
                    None => None,
                    Some(n) => Some(
                        n.strip_suffix(']')
                            .and_then(|n| n.parse::<usize>().ok())
                            .ok_or_else(|| {
                                self.error(at, format!("'{k}': expected msgstr[N] with a number N"))
                            })?,
                    ),
                };
                let s = self.open_str(at, content);
                self.entry.msgstr.push((index, s));
                Field::Str
            }
            _ => {
                return Err(self.error(
                    at,
                    format!(
                        "unknown keyword '{keyword}'; expected msgctxt, msgid, msgid_plural, msgstr or msgstr[N]"
                    ),
                ))
            }
        };
        if obsolete && self.entry.at == Some(at) {
            self.entry.obsolete = true;
        }
        self.field = Some(field);
        if !strings.starts_with('"') {
            return Err(self.error(s_at, format!("expected a string in quotes after {keyword}")));
        }
        self.strings(strings, s_at, field)
    }

    /// A new string statement whose keyword is at `at` and whose text starts at `content`.
    fn open_str(&mut self, at: usize, content: usize) -> Str {
        self.entry.at.get_or_insert(at);
        Str {
            builder: SegmentBuilder::new(content),
            range: at..at,
        }
    }

    fn current(&mut self, field: Field) -> Option<&mut Str> {
        match field {
            Field::Ctxt => self.entry.msgctxt.as_mut(),
            Field::Id => self.entry.msgid.as_mut(),
            Field::IdPlural => self.entry.msgid_plural.as_mut(),
            Field::Str => self.entry.msgstr.last_mut().map(|(_, s)| s),
        }
    }

    /// Reads the strings of `rest` (which starts with a quote, at byte `at`) into `field`.
    fn strings(&mut self, rest: &str, at: usize, field: Field) -> Result<(), FormatError> {
        let mut i = 0;
        let bytes = rest.as_bytes();
        while i < bytes.len() {
            match bytes[i] {
                b' ' | b'\t' | b'\r' | b'\x0c' | b'\x0b' => i += 1,
                b'"' => {
                    let end = self.string(rest, at, i, field)?;
                    i = end;
                }
                _ => {
                    return Err(self.error(
                        at + i,
                        "unexpected text after a string; expected a string in quotes or a new line",
                    ))
                }
            }
        }
        Ok(())
    }

    /// Reads the string whose opening quote is at `rest[open]`; returns the index just after
    /// its closing quote.
    fn string(
        &mut self,
        rest: &str,
        at: usize,
        open: usize,
        field: Field,
    ) -> Result<usize, FormatError> {
        let mut pending: Vec<(u8, usize, usize)> = Vec::new();
        let mut decoded: Vec<Piece> = Vec::new();
        let bytes = rest.as_bytes();
        let mut i = open + 1;
        let mut run_start = i;
        let close = loop {
            let Some(&b) = bytes.get(i) else {
                return Err(self.error(at + open, "unterminated string; expected a closing '\"'"));
            };
            match b {
                b'"' => break i,
                b'\\' => {
                    if run_start < i {
                        flush_bytes(&mut pending, &mut decoded);
                        decoded.push(Piece::Run(run_start, i));
                    }
                    let esc = i;
                    let Some(&e) = bytes.get(i + 1) else {
                        return Err(
                            self.error(at + open, "unterminated string; expected a closing '\"'")
                        );
                    };
                    let simple = match e {
                        b'n' => Some('\n'),
                        b't' => Some('\t'),
                        b'r' => Some('\r'),
                        b'a' => Some('\u{7}'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'v' => Some('\u{b}'),
                        b'\\' => Some('\\'),
                        b'"' => Some('"'),
                        b'\'' => Some('\''),
                        b'?' => Some('?'),
                        _ => None,
                    };
                    if let Some(c) = simple {
                        flush_bytes(&mut pending, &mut decoded);
                        decoded.push(Piece::Char(c, esc, 2));
                        i += 2;
                    } else if (b'0'..=b'7').contains(&e) {
                        let digits = bytes[i + 1..]
                            .iter()
                            .take(3)
                            .take_while(|d| (b'0'..=b'7').contains(d))
                            .count();
                        let s = &rest[i + 1..i + 1 + digits];
                        let v = u32::from_str_radix(s, 8).unwrap_or(0);
                        let Ok(v) = u8::try_from(v) else {
                            return Err(
                                self.error(at + esc, format!("escape '\\{s}' is not a byte"))
                            );
                        };
                        pending.push((v, esc, 1 + digits));
                        i += 1 + digits;
                    } else if e == b'x' {
                        let digits = bytes[i + 2..]
                            .iter()
                            .take(2)
                            .take_while(|d| d.is_ascii_hexdigit())
                            .count();
                        if digits == 0 {
                            return Err(self.error(at + esc, "escape '\\x' without hex digits"));
                        }
                        let v = u8::from_str_radix(&rest[i + 2..i + 2 + digits], 16).unwrap_or(0);
                        pending.push((v, esc, 2 + digits));
                        i += 2 + digits;
                    } else {
                        let shown: String = rest[i + 1..].chars().take(1).collect();
                        return Err(self.error(
                            at + esc,
                            format!("unknown escape '\\{shown}'; expected \\n, \\t, \\\", \\\\, an octal or a \\x escape"),
                        ));
                    }
                    run_start = i;
                }
                _ => i += 1,
            }
        };
        if run_start < close {
            flush_bytes(&mut pending, &mut decoded);
            decoded.push(Piece::Run(run_start, close));
        }
        flush_bytes(&mut pending, &mut decoded);
        let Some(s) = self.current(field) else {
            return Ok(close + 1);
        };
        for piece in decoded {
            match piece {
                Piece::Run(a, b) => s.builder.push_str(&rest[a..b], at + a),
                Piece::Char(c, src, len) => s.builder.push_char(c, at + src, len),
            }
        }
        s.range.end = at + close + 1;
        Ok(close + 1)
    }

    /// Ends the entry being read if it has its msgstr: a blank line, a comment or a new
    /// keyword comes next.
    fn end_entry_if_complete(&mut self) -> Result<(), FormatError> {
        if self.entry.msgstr.is_empty() {
            return Ok(());
        }
        self.flush()
    }

    /// Adds the entry read to the document.
    fn flush(&mut self) -> Result<(), FormatError> {
        let entry = std::mem::take(&mut self.entry);
        self.field = None;
        let Some(msgid) = entry.msgid else {
            if let Some(ctxt) = entry.msgctxt {
                return Err(self.error(ctxt.range.start, "msgctxt without msgid"));
            }
            return Ok(());
        };
        if entry.msgstr.is_empty() {
            return Err(self.error(msgid.range.start, "msgid without msgstr"));
        }
        let ctxt = entry.msgctxt.as_ref().map(|c| c.builder.text().to_string());
        let mut id = msgid.builder.text().to_string();
        if id.is_empty() && ctxt.is_none() && !entry.obsolete && !self.header_seen {
            self.header_seen = true;
            if let Some((_, s)) = entry.msgstr.first() {
                self.header(s.builder.text());
            }
            return Ok(());
        }
        if let Some(c) = ctxt {
            id = format!("{c}\u{4}{id}");
        }
        let plural = entry.msgid_plural.is_some() || entry.msgstr.iter().any(|(n, _)| n.is_some());
        let unit_id = |n: usize| {
            if plural {
                format!("{id}[{n}]")
            } else {
                id.clone()
            }
        };
        let segments = &mut self.doc.segments;
        let source = segments.len();
        segments.push(msgid.builder.finish(Some(unit_id(0)), None));
        let source_plural = match entry.msgid_plural {
            Some(p) => {
                segments.push(p.builder.finish(Some(unit_id(1)), None));
                segments.len() - 1
            }
            None => source,
        };
        for (i, (index, s)) in entry.msgstr.into_iter().enumerate() {
            let n = index.unwrap_or(i);
            let empty = s.builder.text().is_empty();
            let state = if entry.obsolete {
                UnitState::Obsolete
            } else if empty {
                UnitState::Untranslated
            } else if entry.fuzzy {
                UnitState::Fuzzy
            } else {
                UnitState::Translated
            };
            let range = s.range.clone();
            segments.push(s.builder.finish(Some(unit_id(n)), None));
            let target = segments.len() - 1;
            self.targets.push(target);
            self.doc.units.push(Unit {
                id: unit_id(n),
                source: if n == 0 { source } else { source_plural },
                target: Some(target),
                state,
                range,
            });
        }
        Ok(())
    }

    /// Reads the header entry's fields.
    fn header(&mut self, header: &str) {
        for line in header.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            if key.trim().eq_ignore_ascii_case("Language") {
                let value = value.trim();
                if !value.is_empty() {
                    self.doc.target_lang = Some(language_tag(value));
                }
            }
        }
    }
}

/// A PO `Language` value as a BCP 47 tag: `pt_BR` → `pt-BR`, `sr@latin` → `sr-Latn`,
/// `uz@cyrillic` → `uz-Cyrl`; other modifiers are dropped.
fn language_tag(value: &str) -> String {
    let (base, modifier) = match value.split_once('@') {
        Some((b, m)) => (b, Some(m)),
        None => (value, None),
    };
    let mut tag = base.replace('_', "-");
    if let Some(tag_no_charset) = tag.split('.').next() {
        tag = tag_no_charset.to_string();
    }
    match modifier {
        Some("latin") => tag.push_str("-Latn"),
        Some("cyrillic") => tag.push_str("-Cyrl"),
        _ => {}
    }
    tag
}

/// A decoded piece of a string: a run copied as is (`rest[a..b]`), or one character written
/// as the `len` bytes at `rest[src..]`.
enum Piece {
    Run(usize, usize),
    Char(char, usize, usize),
}

/// Turns the bytes of consecutive octal and hex escapes into characters, read as UTF-8 (a
/// byte that is not part of valid UTF-8 becomes U+FFFD), each at its first escape.
fn flush_bytes(pending: &mut Vec<(u8, usize, usize)>, out: &mut Vec<Piece>) {
    let mut i = 0;
    while i < pending.len() {
        // A UTF-8 character is at most four bytes: never look further (a long run of escapes
        // stays linear).
        let rest: Vec<u8> = pending[i..].iter().take(4).map(|p| p.0).collect();
        let valid = match std::str::from_utf8(&rest) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
        };
        match valid.chars().next() {
            Some(c) => {
                let n = c.len_utf8();
                let src = pending[i].1;
                let last = pending[i + n - 1];
                out.push(Piece::Char(c, src, last.1 + last.2 - src));
                i += n;
            }
            None => {
                out.push(Piece::Char('\u{fffd}', pending[i].1, pending[i].2));
                i += 1;
            }
        }
    }
    pending.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    const PO: &str = "\u{feff}# Turkish translation\r\n\
msgid \"\"\r\n\
msgstr \"\"\r\n\
\"Language: tr\\n\"\r\n\
\"Content-Type: text/plain; charset=UTF-8\\n\"\r\n\
\"Plural-Forms: nplurals=2; plural=n != 1;\\n\"\r\n\
\r\n\
#: story.c:12\r\n\
msgid \"President Recep Tayyip \"\r\n\
\"Erdo\\304\\237an in \\\"Idlib\\\"\"\r\n\
msgstr \"Cumhurbaşkanı Recep Tayyip \"\r\n\
  \"Erdoğan \\\"İdlib\\\"te\"\r\n\
\r\n\
#, fuzzy, c-format\r\n\
msgctxt \"city\"\r\n\
msgid \"Aleppo\"\r\n\
msgstr \"Halep\"\r\n\
\r\n\
msgid \"one strike\"\r\n\
msgid_plural \"%d strikes\"\r\n\
msgstr[0] \"bir saldırı\"\r\n\
msgstr[1] \"\"\r\n\
\r\n\
msgid \"Syria\"\r\n\
msgstr \"\"\r\n\
\r\n\
#~ msgid \"Nur-Sultan\"\r\n\
#~ msgstr \"Nur-\"\r\n\
#~ \"Sultan\"\r\n";

    #[test]
    fn entries_are_units_with_ids_states_and_languages() {
        let doc = read(PO).unwrap();
        assert_eq!(doc.target_lang.as_deref(), Some("tr"));
        assert_eq!(doc.source_lang, None);
        let texts: Vec<&str> = doc.segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "President Recep Tayyip Erdoğan in \"Idlib\"",
                "Cumhurbaşkanı Recep Tayyip Erdoğan \"İdlib\"te",
                "Aleppo",
                "Halep",
                "one strike",
                "%d strikes",
                "bir saldırı",
                "",
                "Syria",
                "",
                "Nur-Sultan",
                "Nur-Sultan",
            ]
        );
        let units: Vec<(&str, usize, Option<usize>, UnitState)> = doc
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.source, u.target, u.state))
            .collect();
        assert_eq!(
            units,
            [
                (
                    "President Recep Tayyip Erdoğan in \"Idlib\"",
                    0,
                    Some(1),
                    UnitState::Translated
                ),
                ("city\u{4}Aleppo", 2, Some(3), UnitState::Fuzzy),
                ("one strike[0]", 4, Some(6), UnitState::Translated),
                ("one strike[1]", 5, Some(7), UnitState::Untranslated),
                ("Syria", 8, Some(9), UnitState::Untranslated),
                ("Nur-Sultan", 10, Some(11), UnitState::Obsolete),
            ]
        );
        let langs: Vec<Option<&str>> = doc.segments.iter().map(|s| s.lang.as_deref()).collect();
        assert_eq!(langs[..4], [None, Some("tr"), None, Some("tr")]);
        assert_eq!(doc.segments[5].unit.as_deref(), Some("one strike[1]"));
        assert_eq!(&PO[doc.units[4].range.clone()], "msgstr \"\"");
        assert_eq!(
            &PO[doc.units[5].range.clone()],
            "msgstr \"Nur-\"\r\n#~ \"Sultan\""
        );
    }

    #[test]
    fn characters_map_back_through_escapes_and_continuations() {
        let doc = read(PO).unwrap();
        let back = |seg: usize, r: Range<usize>| &PO[doc.segments[seg].map.range_to_src(r)];
        let s = &doc.segments[0].text;
        let i = s.find("Recep").unwrap();
        assert_eq!(
            back(0, i..i + "Recep Tayyip Erdoğan".len()),
            "Recep Tayyip \"\r\n\"Erdo\\304\\237an"
        );
        let i = s.find("Idlib").unwrap();
        assert_eq!(back(0, i..i + 5), "Idlib");
        assert_eq!(back(0, i - 1..i), "\\\"");
        let t = &doc.segments[1].text;
        let i = t.find("Erdoğan").unwrap();
        assert_eq!(back(1, i..i + "Erdoğan".len()), "Erdoğan");
        let i = t.find("İdlib").unwrap();
        assert_eq!(back(1, i..i + "İdlib\"te".len()), "İdlib\\\"te");
        let n = &doc.segments[11].text;
        assert_eq!(back(11, 0..n.len()), "Nur-\"\r\n#~ \"Sultan");
        assert_eq!(back(11, 4..n.len()), "Sultan");
        assert_eq!(back(11, 0..3), "Nur");
    }

    #[test]
    fn malformed_files_are_errors_with_positions() {
        let e = read("msgid \"a\"\nmsgstr \"b\n").unwrap_err();
        assert_eq!(
            (e.line, e.column, e.message.contains("unterminated")),
            (2, 8, true),
            "{e}"
        );
        let e = read("msgid \"a\"\nmsgstring \"b\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1), "{e}");
        assert!(e.message.contains("unknown keyword 'msgstring'"), "{e}");
        let e = read("\"orphan\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (1, 1), "{e}");
        let e = read("msgid \"Эрдоган\\q\"\nmsgstr \"\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (1, 15), "{e}");
        let e = read("msgid \"a\" x\nmsgstr \"\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (1, 11), "{e}");
        let e = read("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"\"\n").unwrap_err();
        assert!(e.message.contains("second msgid"), "{e}");
        let e = read("msgid \"a\"\n").unwrap_err();
        assert!(e.message.contains("without msgstr"), "{e}");
        let e = read("msgstr \"a\"\n").unwrap_err();
        assert!(e.message.contains("without msgid"), "{e}");
    }

    #[test]
    fn lenient_where_msgfmt_is() {
        let doc = read("  msgid \"a\" \"b\"\n# c\nmsgstr \"x\"\n\"y\"\nmsgid \"c\"\nmsgstr \"d\"")
            .unwrap();
        let texts: Vec<&str> = doc.segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["ab", "xy", "c", "d"]);
        assert!(read("").unwrap().units.is_empty());
    }

    #[test]
    fn byte_escapes_are_utf8_or_replacement_characters_and_stay_linear() {
        let doc = read("msgid \"\\377\\xC4\\xb0dlib\"\nmsgstr \"\"\n").unwrap();
        let s = &doc.segments[0];
        assert_eq!(s.text, "\u{fffd}İdlib");
        let t = "msgid \"\\377\\xC4\\xb0dlib\"\nmsgstr \"\"\n";
        assert_eq!(&t[s.map.range_to_src(0..3)], "\\377");
        assert_eq!(&t[s.map.range_to_src(3..s.text.len())], "\\xC4\\xb0dlib");
        let long = format!("msgid \"{}\"\nmsgstr \"\"\n", "\\303\\251".repeat(200_000));
        let started = std::time::Instant::now();
        let doc = read(&long).unwrap();
        assert_eq!(doc.segments[0].text.chars().count(), 200_000);
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
    }

    #[test]
    fn language_values_become_tags() {
        assert_eq!(language_tag("pt_BR"), "pt-BR");
        assert_eq!(language_tag("sr@latin"), "sr-Latn");
        assert_eq!(language_tag("de_DE.UTF-8"), "de-DE");
        assert_eq!(language_tag("ru"), "ru");
    }

    #[test]
    fn decode_po_follows_the_header_charset() {
        let mut bytes = b"msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-9\\n\"\n\nmsgid \"Erdogan\"\nmsgstr \"Erdo".to_vec();
        bytes.extend([0xF0, b'a', b'n', b'"', b'\n']);
        let text = decode_po(bytes).unwrap();
        assert!(text.ends_with("msgstr \"Erdoğan\"\n"), "{text}");
        let doc = read(&text).unwrap();
        assert_eq!(doc.segments[1].text, "Erdoğan");

        let utf8 = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=CHARSET\\n\"\n";
        assert_eq!(decode_po(utf8.as_bytes().to_vec()).unwrap(), utf8);
        let bad = b"msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=klingon\\n\"\n".to_vec();
        assert_eq!(
            decode_po(bad),
            Err(DecodeError::UnknownCharset {
                charset: "klingon".to_string()
            })
        );
        // Not UTF-8 and no header: the ordinary error.
        assert!(matches!(
            decode_po(b"msgid \"\xE9\"".to_vec()),
            Err(DecodeError::InvalidUtf8 { offset: 7, .. })
        ));
    }
}
