//! YAML localization catalogs (`.yml`, `.yaml`: Rails i18n, many JS and PHP projects), read by
//! an own exact-offset scanner of the YAML that catalogs are written in. Only string values are
//! checked, never keys, comments, anchors, aliases or tags.
//!
//! - Every string scalar, at any depth, is a segment; numbers, booleans and nulls (`3`, `1.5`,
//!   `true`, `yes`, `~`, `null`, nothing) are not checked. A segment's unit is the path of keys
//!   to it joined by `.`, sequence items by their index (`date.day_names.0`).
//! - Rails style: when a document's root mapping has exactly one key and it is a locale (`en`,
//!   `fr`, `pt-BR`, `zh_CN`), that key is not part of the units (`fr.greeting` has unit
//!   `greeting`, as `en.greeting` in `en.yml` does) and it is every segment's language (with
//!   `_` written `-`), and the document's ([`Document::target_lang`]).
//! - Scalars are decoded as YAML reads them, each character mapping back to its bytes: plain
//!   and quoted scalars fold their lines (a folded line break maps to the break it stands for),
//!   `''` in single quotes, all escapes of double quotes (`\n`, `\xXX`, `\uXXXX`,
//!   `\UXXXXXXXX`, an escaped line break), literal `|` and folded `>` block scalars with their
//!   chomping and indentation indicators.
//! - What is not text is dropped as in JSON catalogs: Rails `%{name}` and `%<name>s`, printf
//!   conversions, `{{var}}`, `{var}`, ICU arguments and keywords (ICU branch texts are text),
//!   HTML-like tags.
//! - Block mappings and sequences, flow `[...]` and `{...}` collections, several documents
//!   (`---`, `...`), directives, anchors, aliases and tags are read. Complex keys (`? `) and
//!   multi-line keys are refused with an error that says so; an invalid file is an error at
//!   its line and column.

use super::placeholders::{segment, Char, Syntax};
use super::{Document, FormatError, Segment};

/// How deep collections may nest.
pub const MAX_DEPTH: usize = 256;

/// The segments of a YAML file. The document's `path` and `text` are left empty
/// ([`Format::read`](super::Format::read) fills them).
pub fn read(text: &str) -> Result<Document, FormatError> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        at: if text.starts_with('\u{feff}') { 3 } else { 0 },
        path: Vec::new(),
        found: Vec::new(),
        root_keys: 0,
        segments: Vec::new(),
    };
    let mut target_lang = None;
    loop {
        p.found.clear();
        p.root_keys = 0;
        let more = p.document()?;
        // Rails style: one locale key at the root.
        let root: Option<&String> = p.found.first().and_then(|(path, _)| path.first());
        let locale = (p.root_keys == 1)
            .then_some(root)
            .flatten()
            .filter(|k| is_locale(k))
            .map(|k| k.replace('_', "-"));
        for (path, chars) in std::mem::take(&mut p.found) {
            let path = if locale.is_some() {
                &path[1..]
            } else {
                &path[..]
            };
            let unit = (!path.is_empty()).then(|| path.join("."));
            if let Some(s) = segment(
                &chars,
                unit,
                locale.clone(),
                Syntax {
                    rails: true,
                    ..Syntax::default()
                },
            ) {
                p.segments.push(s);
            }
        }
        if target_lang.is_none() {
            target_lang = locale;
        }
        if !more {
            break;
        }
    }
    Ok(Document {
        segments: p.segments,
        target_lang,
        ..Document::default()
    })
}

/// Whether a root key names a locale: a language tag with a two-letter language (`en`,
/// `pt-BR`, `zh_CN`), or a three-letter one with a region or script (`fil-PH`).
fn is_locale(key: &str) -> bool {
    if !crate::lang::is_language_tag(key) {
        return false;
    }
    let primary = key.split(['-', '_']).next().unwrap_or("");
    primary.bytes().all(|b| b.is_ascii_lowercase())
        && (primary.len() == 2 || (primary.len() == 3 && key.len() > 3))
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    at: usize,
    path: Vec<String>,
    /// The string scalars of the document being read: their key path and characters.
    found: Vec<(Vec<String>, Vec<Char>)>,
    /// How many keys the document's root mapping has (0: not a mapping).
    root_keys: usize,
    segments: Vec<Segment>,
}

impl Parser<'_> {
    fn error(&self, at: usize, message: impl Into<String>) -> FormatError {
        FormatError::at(self.text, at, message)
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.b.get(at).copied()
    }

    fn is_break(&self, at: usize) -> bool {
        matches!(self.byte(at), None | Some(b'\n' | b'\r'))
    }

    fn is_blank_or_end(&self, at: usize) -> bool {
        matches!(self.byte(at), None | Some(b' ' | b'\t' | b'\n' | b'\r'))
    }

    /// The start of the line `at` is on.
    fn line_start(&self, at: usize) -> usize {
        self.b[..at]
            .iter()
            .rposition(|&b| b == b'\n' || b == b'\r')
            .map_or(0, |i| i + 1)
    }

    /// The column (in bytes) of `at` on its line.
    fn column(&self, at: usize) -> usize {
        at - self.line_start(at)
    }

    /// Past the line break at `at`, if there is one there.
    fn after_break(&self, at: usize) -> usize {
        match self.byte(at) {
            Some(b'\r') if self.byte(at + 1) == Some(b'\n') => at + 2,
            Some(b'\r' | b'\n') => at + 1,
            _ => at,
        }
    }

    fn skip_spaces(&self, mut at: usize) -> usize {
        while let Some(b' ' | b'\t') = self.byte(at) {
            at += 1;
        }
        at
    }

    /// The end of the line at `at` (its line break, or the end of the file).
    fn line_end(&self, at: usize) -> usize {
        self.b[at..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(self.b.len(), |i| at + i)
    }

    /// From `at` (after some content, or at the start of a line), past spaces, a comment, and
    /// any following blank or comment lines: the first byte of the next content (at its
    /// line's indentation) or the end of the file. Tabs in the indentation of content are an
    /// error.
    fn next_content(&self, mut at: usize) -> Result<usize, FormatError> {
        loop {
            at = self.skip_spaces(at);
            if self.byte(at) == Some(b'#') {
                at = self.line_end(at);
            }
            if at >= self.b.len() {
                return Ok(at);
            }
            if !self.is_break(at) {
                return Ok(at);
            }
            at = self.after_break(at);
            // The indentation of the next line: spaces only.
            let start = at;
            while self.byte(at) == Some(b' ') {
                at += 1;
            }
            if self.byte(at) == Some(b'\t') {
                let rest = self.skip_spaces(at);
                if !self.is_break(rest) && self.byte(rest) != Some(b'#') {
                    return Err(self.error(at, "a tab in indentation; indent YAML with spaces"));
                }
            }
            let _ = start;
        }
    }

    /// Whether a document marker (`---` or `...`) starts at `at`, at the start of a line.
    fn doc_marker(&self, at: usize) -> Option<u8> {
        if self.column(at) != 0 {
            return None;
        }
        let m = self.b.get(at..at + 3)?;
        if (m == b"---" || m == b"...") && self.is_blank_or_end(at + 3) {
            Some(m[0])
        } else {
            None
        }
    }

    /// Reads one document; whether another one follows.
    fn document(&mut self) -> Result<bool, FormatError> {
        let mut at = self.next_content(self.at)?;
        // Directives.
        while self.byte(at) == Some(b'%') && self.column(at) == 0 {
            at = self.next_content(self.line_end(at))?;
        }
        let mut explicit = false;
        if self.doc_marker(at) == Some(b'-') {
            explicit = true;
            at += 3;
        }
        self.at = at;
        let at = self.next_content(self.at)?;
        let content_on_marker_line = explicit && self.line_start(at) == self.line_start(self.at);
        if at < self.b.len() && self.doc_marker(at).is_none() {
            if content_on_marker_line {
                self.at = at;
                self.node_inline(-1, 0, true)?;
            } else {
                self.at = at;
                self.block_node_at(-1, 0)?;
            }
        } else {
            self.at = at;
        }
        let at = self.next_content(self.at)?;
        if at >= self.b.len() {
            self.at = at;
            return Ok(false);
        }
        match self.doc_marker(at) {
            Some(b'.') => {
                self.at = at + 3;
                let next = self.next_content(self.at)?;
                self.at = next;
                Ok(next < self.b.len())
            }
            Some(_) => {
                self.at = at;
                Ok(true)
            }
            None => Err(self.error(
                at,
                "unexpected content: a line indented less than its block, or a second value",
            )),
        }
    }

    /// Reads the block node whose content starts at `at` = `self.at`, at the start of its
    /// line's content, whose parent is indented `parent`.
    fn block_node_at(&mut self, parent: isize, depth: usize) -> Result<(), FormatError> {
        let col = self.column(self.at) as isize;
        if col <= parent {
            return Ok(()); // null
        }
        self.node_inline(parent, depth, true)
    }

    fn check_depth(&self, depth: usize) -> Result<(), FormatError> {
        if depth >= MAX_DEPTH {
            Err(self.error(
                self.at,
                format!("nested deeper than {MAX_DEPTH} collections"),
            ))
        } else {
            Ok(())
        }
    }

    /// Reads the node whose first byte is at `self.at` (after `key: `, `- `, or at the start
    /// of its line), inside a block indented `parent`. `may_be_block` when it may open a block
    /// mapping or sequence there (at the start of a line, after `- ` or a document marker).
    fn node_inline(
        &mut self,
        parent: isize,
        depth: usize,
        may_be_block: bool,
    ) -> Result<(), FormatError> {
        self.check_depth(depth)?;
        // Properties: anchors and tags, in any order.
        let mut had_props = false;
        while let Some(b'&' | b'!') = self.byte(self.at) {
            let mut at = self.at;
            while !self.is_blank_or_end(at) {
                at += 1;
            }
            self.at = self.skip_spaces(at);
            had_props = true;
        }
        if had_props && (self.is_break(self.at) || self.byte(self.at) == Some(b'#')) {
            // The node is on the next lines.
            let at = self.next_content(self.at)?;
            self.at = at;
            if at >= self.b.len() || self.doc_marker(at).is_some() {
                return Ok(());
            }
            let col = self.column(at) as isize;
            let seq_here = col == parent && self.is_seq_entry(at);
            if col <= parent && !seq_here {
                return Ok(());
            }
            return self.node_inline(col - 1, depth, true);
        }
        let start = self.at;
        let col = self.column(start);
        match self.byte(start) {
            Some(b'-') if may_be_block && self.is_blank_or_end(start + 1) => {
                self.block_sequence(col, depth)
            }
            Some(b'?') if self.is_blank_or_end(start + 1) => Err(self.error(
                start,
                "unsupported YAML: complex mapping keys ('? '); write the key on one line",
            )),
            Some(b'|' | b'>') => {
                let chars = self.block_scalar(parent)?;
                self.found.push((self.path.clone(), chars));
                Ok(())
            }
            Some(b'*') => {
                let mut at = start;
                while !self.is_blank_or_end(at) && !matches!(self.byte(at), Some(b',')) {
                    at += 1;
                }
                self.at = at;
                self.end_of_value_line()
            }
            Some(b'[' | b'{') => {
                self.flow_node(depth)?;
                self.end_of_value_line()
            }
            Some(b'"' | b'\'') => {
                let chars = if self.byte(start) == Some(b'"') {
                    self.double_quoted(parent)?
                } else {
                    self.single_quoted(parent)?
                };
                let after = self.skip_spaces(self.at);
                if self.byte(after) == Some(b':') && self.is_blank_or_end(after + 1) {
                    if !may_be_block {
                        return Err(self.error(after, "mapping values are not allowed here"));
                    }
                    let key: String = chars.iter().map(|c| c.c).collect();
                    if self.line_start(start) != self.line_start(self.at) {
                        return Err(self.error(start, "unsupported YAML: a multi-line key"));
                    }
                    self.at = after + 1;
                    return self.block_mapping(col, key, depth);
                }
                self.found.push((self.path.clone(), chars));
                self.end_of_value_line()
            }
            Some(b'#') | None => Ok(()),
            Some(b'%' | b'@' | b'`') => Err(self.error(
                start,
                format!(
                    "a plain scalar cannot start with '{}'; quote the value",
                    char::from(self.b[start])
                ),
            )),
            _ => {
                let (chars, key_colon) = self.plain(parent, false)?;
                if let Some(colon) = key_colon {
                    if !may_be_block {
                        return Err(self.error(colon, "mapping values are not allowed here"));
                    }
                    let key: String = chars.iter().map(|c| c.c).collect();
                    self.at = colon + 1;
                    return self.block_mapping(col, key, depth);
                }
                if !is_not_string(&chars) {
                    self.found.push((self.path.clone(), chars));
                }
                self.end_of_value_line()
            }
        }
    }

    /// After a value: only spaces and a comment may follow on its line.
    fn end_of_value_line(&mut self) -> Result<(), FormatError> {
        let at = self.skip_spaces(self.at);
        if self.is_break(at) {
            self.at = at;
            return Ok(());
        }
        if self.byte(at) == Some(b'#') && at > self.at {
            self.at = self.line_end(at);
            return Ok(());
        }
        if self.byte(at) == Some(b':') && self.is_blank_or_end(at + 1) {
            return Err(self.error(at, "mapping values are not allowed here"));
        }
        Err(self.error(at, "unexpected text after a value"))
    }

    fn is_seq_entry(&self, at: usize) -> bool {
        self.byte(at) == Some(b'-') && self.is_blank_or_end(at + 1)
    }

    /// A block sequence whose entries' `-` are at column `indent`; `self.at` is on the first.
    fn block_sequence(&mut self, indent: usize, depth: usize) -> Result<(), FormatError> {
        let mut index = 0usize;
        loop {
            // `self.at` is on a `-`.
            self.path.push(index.to_string());
            let at = self.next_content(self.at + 1)?;
            if at < self.b.len()
                && self.doc_marker(at).is_none()
                && (self.line_start(at) == self.line_start(self.at) || self.column(at) > indent)
            {
                self.at = at;
                self.node_inline(indent as isize, depth + 1, true)?;
            } else {
                self.at = self.line_end(self.at);
            }
            self.path.pop();
            index += 1;
            let at = self.next_content(self.at)?;
            if at >= self.b.len() || self.doc_marker(at).is_some() {
                self.at = at;
                return Ok(());
            }
            let col = self.column(at);
            if col == indent && self.is_seq_entry(at) {
                self.at = at;
                continue;
            }
            if col < indent || (col == indent && !self.is_seq_entry(at)) {
                // Back to the parent (a mapping whose entries sit at the same column).
                self.at = at;
                return Ok(());
            }
            return Err(self.error(at, "bad indentation of a sequence entry"));
        }
    }

    /// A block mapping whose keys are at column `indent`; the first key is read, and `self.at`
    /// is just after its `:`.
    fn block_mapping(
        &mut self,
        indent: usize,
        first_key: String,
        depth: usize,
    ) -> Result<(), FormatError> {
        let mut key = first_key;
        loop {
            if self.path.is_empty() && indent == 0 {
                self.root_keys += 1;
            }
            self.path.push(key);
            let line = self.line_start(self.at);
            let at = self.next_content(self.at)?;
            if at < self.b.len() && self.doc_marker(at).is_none() {
                if self.line_start(at) == line {
                    self.at = at;
                    self.node_inline(indent as isize, depth + 1, false)?;
                } else {
                    let col = self.column(at);
                    self.at = at;
                    if col > indent || (col == indent && self.is_seq_entry(at)) {
                        self.node_inline(col as isize - 1, depth + 1, true)?;
                    }
                }
            } else {
                self.at = at;
            }
            self.path.pop();
            let at = self.next_content(self.at)?;
            if at >= self.b.len() || self.doc_marker(at).is_some() {
                self.at = at;
                return Ok(());
            }
            let col = self.column(at);
            if col < indent {
                self.at = at;
                return Ok(());
            }
            if col > indent {
                return Err(self.error(at, "bad indentation of a mapping entry"));
            }
            self.at = at;
            key = self.key()?;
        }
    }

    /// A mapping key at `self.at`, on one line, and its `:`; leaves `self.at` after the `:`.
    fn key(&mut self) -> Result<String, FormatError> {
        let start = self.at;
        let (chars, colon) = match self.byte(start) {
            Some(b'"' | b'\'') => {
                let chars = if self.byte(start) == Some(b'"') {
                    self.double_quoted(-1)?
                } else {
                    self.single_quoted(-1)?
                };
                if self.line_start(self.at) != self.line_start(start) {
                    return Err(self.error(start, "unsupported YAML: a multi-line key"));
                }
                let after = self.skip_spaces(self.at);
                let colon = (self.byte(after) == Some(b':') && self.is_blank_or_end(after + 1))
                    .then_some(after);
                (chars, colon)
            }
            Some(b'?') if self.is_blank_or_end(start + 1) => {
                return Err(self.error(
                    start,
                    "unsupported YAML: complex mapping keys ('? '); write the key on one line",
                ))
            }
            Some(b'-') if self.is_blank_or_end(start + 1) => {
                return Err(self.error(start, "a sequence entry where a mapping key was expected"))
            }
            _ => {
                let line_end = self.line_end(start);
                let (chars, colon) = self.plain(isize::MAX - 1, false)?;
                if self.at > line_end {
                    return Err(self.error(start, "unsupported YAML: a multi-line key"));
                }
                (chars, colon)
            }
        };
        match colon {
            Some(c) => {
                self.at = c + 1;
                Ok(chars.iter().map(|c| c.c).collect())
            }
            None => Err(self.error(
                start,
                "expected a mapping key followed by ':' (a value indented less than its key?)",
            )),
        }
    }

    /// A plain scalar at `self.at`, with its continuation lines (indented more than
    /// `parent`). Returns its characters and, when it is followed by `: ` on its first line,
    /// where that `:` is (it was a key). In a flow collection (`flow`), `,[]{}` end it too.
    fn plain(
        &mut self,
        parent: isize,
        flow: bool,
    ) -> Result<(Vec<Char>, Option<usize>), FormatError> {
        let start = self.at;
        let mut out: Vec<Char> = Vec::new();
        let mut at = start;
        let mut first_line = true;
        loop {
            // One line of the scalar, from `at`.
            let mut line_chars: Vec<Char> = Vec::new();
            let mut end_here = false;
            loop {
                let Some(c) = self.text[at..].chars().next() else {
                    end_here = true;
                    break;
                };
                if c == '\n' || c == '\r' {
                    break;
                }
                if c == ':' {
                    let next = self.byte(at + 1);
                    let ends = matches!(next, None | Some(b' ' | b'\t' | b'\n' | b'\r'))
                        || (flow && matches!(next, Some(b',' | b'[' | b']' | b'{' | b'}')));
                    if ends {
                        if first_line && out.is_empty() {
                            trim_end(&mut line_chars, self.b);
                            self.at = at;
                            return Ok((line_chars, Some(at)));
                        }
                        if flow {
                            end_here = true;
                            break;
                        }
                        return Err(self.error(at, "mapping values are not allowed here"));
                    }
                }
                if c == '#' && at > start && matches!(self.b[at - 1], b' ' | b'\t') {
                    end_here = true;
                    break;
                }
                if flow && matches!(c, ',' | '[' | ']' | '{' | '}') {
                    end_here = true;
                    break;
                }
                line_chars.push(Char {
                    c,
                    src: at,
                    len: c.len_utf8(),
                });
                at += c.len_utf8();
            }
            // Trailing white space is not part of the scalar.
            trim_end(&mut line_chars, self.b);
            out.extend(line_chars);
            if end_here {
                // Block: just after the last character (before ` #`); flow: at what ended it.
                self.at = if flow {
                    at
                } else {
                    out.last().map_or(start, |c| c.src + c.len)
                };
                return Ok((out, None));
            }
            first_line = false;
            // A continuation: the next non-empty line indented more than `parent`, not a
            // comment, not a document marker.
            let brk = at;
            let mut breaks = vec![brk];
            let mut next = self.after_break(brk);
            loop {
                let content = self.skip_spaces(next);
                if self.is_break(content) && content < self.b.len() {
                    breaks.push(content);
                    next = self.after_break(content);
                    continue;
                }
                next = content;
                break;
            }
            let indent = {
                let ls = self.line_start(next);
                let mut i = ls;
                while self.byte(i) == Some(b' ') {
                    i += 1;
                }
                (i - ls) as isize
            };
            let stop = next >= self.b.len()
                || self.byte(next) == Some(b'#')
                || self.doc_marker(self.line_start(next)).is_some()
                || (!flow && indent <= parent)
                || (!flow && self.is_seq_entry(next) && indent <= parent + 1)
                || (flow && matches!(self.byte(next), Some(b',' | b']' | b'}')));
            if stop || out.is_empty() {
                self.at = out.last().map_or(start, |c| c.src + c.len);
                return Ok((out, None));
            }
            fold(&mut out, &breaks, self.b);
            at = next;
        }
    }

    /// A single-quoted scalar at `self.at`; `self.at` ends after its closing quote.
    fn single_quoted(&mut self, parent: isize) -> Result<Vec<Char>, FormatError> {
        let open = self.at;
        let mut at = open + 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.text[at..].chars().next() else {
                return Err(self.error(
                    open,
                    "unterminated single-quoted string; expected a closing \"'\"",
                ));
            };
            match c {
                '\'' if self.byte(at + 1) == Some(b'\'') => {
                    out.push(Char {
                        c: '\'',
                        src: at,
                        len: 2,
                    });
                    at += 2;
                }
                '\'' => {
                    self.at = at + 1;
                    return Ok(out);
                }
                '\n' | '\r' => {
                    at = self.fold_quoted(&mut out, at, parent, open)?;
                }
                _ => {
                    out.push(Char {
                        c,
                        src: at,
                        len: c.len_utf8(),
                    });
                    at += c.len_utf8();
                }
            }
        }
    }

    /// At a line break inside a quoted scalar: strips the trailing white space of the line,
    /// folds the break(s), skips the leading white space of the next line; returns where the
    /// scalar goes on.
    fn fold_quoted(
        &self,
        out: &mut Vec<Char>,
        at: usize,
        parent: isize,
        open: usize,
    ) -> Result<usize, FormatError> {
        while let Some(last) = out.last() {
            if (last.c == ' ' || last.c == '\t')
                && last.len == 1
                && self.b[last.src] == last.c as u8
            {
                out.pop();
            } else {
                break;
            }
        }
        let mut breaks = vec![at];
        let mut next = self.after_break(at);
        loop {
            let content = self.skip_spaces(next);
            if content >= self.b.len() {
                return Err(self.error(open, "unterminated quoted string"));
            }
            if self.is_break(content) {
                breaks.push(content);
                next = self.after_break(content);
                continue;
            }
            if self.doc_marker(next).is_some() {
                return Err(self.error(open, "unterminated quoted string before a document marker"));
            }
            let indent = {
                let mut i = next;
                while self.byte(i) == Some(b' ') {
                    i += 1;
                }
                (i - next) as isize
            };
            if parent >= 0 && indent <= parent {
                return Err(self.error(
                    content,
                    "a quoted string's line indented less than its block",
                ));
            }
            fold(out, &breaks, self.b);
            return Ok(content);
        }
    }

    /// A double-quoted scalar at `self.at`; `self.at` ends after its closing quote.
    fn double_quoted(&mut self, parent: isize) -> Result<Vec<Char>, FormatError> {
        let open = self.at;
        let mut at = open + 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.text[at..].chars().next() else {
                return Err(self.error(
                    open,
                    "unterminated double-quoted string; expected a closing '\"'",
                ));
            };
            match c {
                '"' => {
                    self.at = at + 1;
                    return Ok(out);
                }
                '\\' if self.is_break(at + 1) && at + 1 < self.b.len() => {
                    // An escaped line break: it and the next line's leading white space go.
                    at = self.skip_spaces(self.after_break(at + 1));
                    // Blank lines after it are kept as line breaks.
                    while self.is_break(at) && at < self.b.len() {
                        out.push(Char {
                            c: '\n',
                            src: at,
                            len: self.after_break(at) - at,
                        });
                        at = self.skip_spaces(self.after_break(at));
                    }
                }
                '\\' => {
                    let (c, len) = self.escape(at)?;
                    out.push(Char { c, src: at, len });
                    at += len;
                }
                '\n' | '\r' => {
                    at = self.fold_quoted(&mut out, at, parent, open)?;
                }
                _ => {
                    out.push(Char {
                        c,
                        src: at,
                        len: c.len_utf8(),
                    });
                    at += c.len_utf8();
                }
            }
        }
    }

    /// The character of the escape at `at` (a backslash) in a double-quoted scalar, and its
    /// length in the file.
    fn escape(&self, at: usize) -> Result<(char, usize), FormatError> {
        let hex = |n: usize| -> Result<(char, usize), FormatError> {
            self.b
                .get(at + 2..at + 2 + n)
                .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
                .and_then(|d| u32::from_str_radix(std::str::from_utf8(d).ok()?, 16).ok())
                .map(|v| (char::from_u32(v).unwrap_or('\u{fffd}'), 2 + n))
                .ok_or_else(|| self.error(at, format!("escape without {n} hex digits")))
        };
        let c = match self.byte(at + 1) {
            Some(b'0') => '\0',
            Some(b'a') => '\u{7}',
            Some(b'b') => '\u{8}',
            Some(b't' | b'\t') => '\t',
            Some(b'n') => '\n',
            Some(b'v') => '\u{b}',
            Some(b'f') => '\u{c}',
            Some(b'r') => '\r',
            Some(b'e') => '\u{1b}',
            Some(b' ') => ' ',
            Some(b'"') => '"',
            Some(b'/') => '/',
            Some(b'\\') => '\\',
            Some(b'N') => '\u{85}',
            Some(b'_') => '\u{a0}',
            Some(b'L') => '\u{2028}',
            Some(b'P') => '\u{2029}',
            Some(b'x') => return hex(2),
            Some(b'u') => return hex(4),
            Some(b'U') => return hex(8),
            _ => {
                let shown: String = self.text[at + 1..].chars().take(1).collect();
                return Err(self.error(
                    at,
                    format!(
                        "unknown escape '\\{}' in a double-quoted string",
                        shown.escape_debug()
                    ),
                ));
            }
        };
        Ok((c, 2))
    }

    /// A literal (`|`) or folded (`>`) block scalar whose indicator is at `self.at`, in a
    /// block indented `parent`.
    fn block_scalar(&mut self, parent: isize) -> Result<Vec<Char>, FormatError> {
        let folded = self.byte(self.at) == Some(b'>');
        let mut at = self.at + 1;
        let mut chomp = 0i8; // -1 strip, 0 clip, 1 keep
        let mut explicit: Option<usize> = None;
        for _ in 0..2 {
            match self.byte(at) {
                Some(b'-') => chomp = -1,
                Some(b'+') => chomp = 1,
                Some(d @ b'1'..=b'9') => explicit = Some(usize::from(d - b'0')),
                _ => break,
            }
            at += 1;
        }
        let after = self.skip_spaces(at);
        if !(self.is_break(after) || (self.byte(after) == Some(b'#') && after > at)) {
            return Err(self.error(after, "unexpected text after a block scalar indicator"));
        }
        let mut at = self.line_end(after);
        let mut indent: Option<usize> = explicit.map(|d| (parent.max(0) as usize) + d);
        let mut out: Vec<Char> = Vec::new();
        // Line breaks seen since the last content line: (where, length).
        let mut pending: Vec<(usize, usize)> = Vec::new();
        let mut last_kind = 0u8; // 0 none, 1 normal, 2 more-indented
        while at < self.b.len() {
            // `at` is on a line break ending the previous line.
            let brk = (at, self.after_break(at) - at);
            let ls = self.after_break(at);
            let mut i = ls;
            while self.byte(i) == Some(b' ') {
                i += 1;
            }
            let spaces = i - ls;
            let blank = self.is_break(i)
                || (self.byte(i) == Some(b'\t') && self.is_break(self.skip_spaces(i)));
            if ls >= self.b.len() {
                pending.push(brk);
                at = ls;
                break;
            }
            if blank {
                pending.push(brk);
                at = self.line_end(ls);
                continue;
            }
            let ind = match indent {
                Some(n) => n,
                None => {
                    let min = (parent + 1).max(0) as usize;
                    if spaces < min || (parent < 0 && spaces == 0 && self.doc_marker(ls).is_some())
                    {
                        pending.push(brk);
                        at = ls;
                        break;
                    }
                    indent = Some(spaces);
                    spaces
                }
            };
            if spaces < ind || (self.doc_marker(ls).is_some()) {
                pending.push(brk);
                at = ls;
                break;
            }
            pending.push(brk);
            let content = ls + ind;
            let more = matches!(self.byte(content), Some(b' ' | b'\t'));
            // The breaks before this line.
            if last_kind != 0 {
                if folded && last_kind == 1 && !more {
                    if pending.len() == 1 {
                        out.push(Char {
                            c: ' ',
                            src: pending[0].0,
                            len: pending[0].1,
                        });
                    } else {
                        for &(src, len) in &pending[1..] {
                            out.push(Char { c: '\n', src, len });
                        }
                    }
                } else {
                    for &(src, len) in &pending {
                        out.push(Char { c: '\n', src, len });
                    }
                }
            } else {
                // Leading blank lines.
                for &(src, len) in pending.iter().skip(1) {
                    out.push(Char { c: '\n', src, len });
                }
            }
            pending.clear();
            let end = self.line_end(content);
            for (off, c) in self.text[content..end].char_indices() {
                out.push(Char {
                    c,
                    src: content + off,
                    len: c.len_utf8(),
                });
            }
            last_kind = if more { 2 } else { 1 };
            at = end;
        }
        // Chomping of the final breaks (the first is the one ending the last content line).
        if last_kind != 0 {
            match chomp {
                -1 => {}
                0 => {
                    if let Some(&(src, len)) = pending.first() {
                        if len > 0 {
                            out.push(Char { c: '\n', src, len });
                        }
                    }
                }
                _ => {
                    for &(src, len) in &pending {
                        if len > 0 {
                            out.push(Char { c: '\n', src, len });
                        }
                    }
                }
            }
        }
        // `self.at` goes to the line break ending the scalar's last line.
        self.at = pending.first().map_or(at, |p| p.0);
        Ok(out)
    }

    /// A flow collection or scalar at `self.at` (inside `[...]`/`{...}`).
    fn flow_node(&mut self, depth: usize) -> Result<(), FormatError> {
        self.check_depth(depth)?;
        let open = self.at;
        let Some(o) = self.byte(open) else {
            return Err(self.error(open, "unexpected end of the file in a flow collection"));
        };
        let close = if o == b'[' { b']' } else { b'}' };
        self.at = open + 1;
        let mut index = 0usize;
        loop {
            self.at = self.flow_ws(self.at, open)?;
            if self.byte(self.at) == Some(close) {
                self.at += 1;
                return Ok(());
            }
            if o == b'{' {
                // A key, then ':' and a value (or no value).
                let key = self.flow_scalar_text(depth)?;
                self.at = self.flow_ws(self.at, open)?;
                let key = key.unwrap_or_default();
                self.path.push(key);
                if self.byte(self.at) == Some(b':') {
                    self.at = self.flow_ws(self.at + 1, open)?;
                    if !matches!(self.byte(self.at), Some(b',' | b'}')) {
                        self.flow_value(depth)?;
                    }
                }
                self.path.pop();
            } else {
                self.path.push(index.to_string());
                self.flow_value(depth)?;
                self.path.pop();
                index += 1;
            }
            self.at = self.flow_ws(self.at, open)?;
            match self.byte(self.at) {
                Some(b',') => self.at += 1,
                Some(c) if c == close => {
                    self.at += 1;
                    return Ok(());
                }
                None => return Err(self.error(open, "unclosed flow collection")),
                _ => {
                    return Err(self.error(
                        self.at,
                        format!(
                            "expected ',' or '{}' in a flow collection",
                            char::from(close)
                        ),
                    ))
                }
            }
        }
    }

    /// White space, line breaks and comments inside a flow collection.
    fn flow_ws(&self, mut at: usize, open: usize) -> Result<usize, FormatError> {
        loop {
            match self.byte(at) {
                Some(b' ' | b'\t' | b'\n' | b'\r') => at += 1,
                Some(b'#') if at == 0 || matches!(self.b[at - 1], b' ' | b'\t' | b'\n' | b'\r') => {
                    at = self.line_end(at);
                }
                None => return Err(self.error(open, "unclosed flow collection")),
                _ => {
                    if self.doc_marker(at).is_some() {
                        return Err(self.error(open, "unclosed flow collection"));
                    }
                    return Ok(at);
                }
            }
        }
    }

    /// A value in a flow collection: a nested collection, or a scalar (a string one is a
    /// segment). A `key: value` pair in a sequence adds the key to the unit.
    fn flow_value(&mut self, depth: usize) -> Result<(), FormatError> {
        while let Some(b'&' | b'!') = self.byte(self.at) {
            while !self.is_blank_or_end(self.at)
                && !matches!(self.byte(self.at), Some(b',' | b']' | b'}'))
            {
                self.at += 1;
            }
            self.at = self.skip_spaces(self.at);
        }
        match self.byte(self.at) {
            Some(b'[' | b'{') => self.flow_node(depth + 1),
            _ => {
                let path_len = self.path.len();
                let start = self.at;
                let chars = self.flow_scalar(depth)?;
                let after = self.skip_spaces(self.at);
                if self.byte(after) == Some(b':')
                    && (self.is_blank_or_end(after + 1)
                        || matches!(self.byte(after + 1), Some(b',' | b']' | b'}')))
                {
                    // `[k: v]`: a one-pair mapping.
                    let key: String = chars
                        .map(|c| c.iter().map(|c| c.c).collect())
                        .unwrap_or_default();
                    self.path.push(key);
                    self.at = self.skip_spaces(after + 1);
                    if !matches!(self.byte(self.at), Some(b',' | b']' | b'}')) {
                        self.flow_value(depth + 1)?;
                    }
                    self.path.truncate(path_len);
                    return Ok(());
                }
                let _ = start;
                if let Some(chars) = chars {
                    self.found.push((self.path.clone(), chars));
                }
                Ok(())
            }
        }
    }

    /// A scalar in a flow collection: its characters when it is a string.
    fn flow_scalar(&mut self, depth: usize) -> Result<Option<Vec<Char>>, FormatError> {
        let _ = depth;
        match self.byte(self.at) {
            Some(b'"') => self.double_quoted(-1).map(Some),
            Some(b'\'') => self.single_quoted(-1).map(Some),
            Some(b'*') => {
                while !self.is_blank_or_end(self.at)
                    && !matches!(self.byte(self.at), Some(b',' | b']' | b'}'))
                {
                    self.at += 1;
                }
                Ok(None)
            }
            Some(b'|' | b'>' | b'%' | b'@' | b'`') => Err(self.error(
                self.at,
                "unexpected character in a flow collection; quote the value",
            )),
            Some(b'-' | b'?') if self.is_blank_or_end(self.at + 1) => Err(self.error(
                self.at,
                "unsupported YAML: block entries or complex keys inside a flow collection",
            )),
            _ => {
                let (chars, _) = self.plain(-1, true)?;
                Ok((!is_not_string(&chars)).then_some(chars))
            }
        }
    }

    /// The text of a key in a flow mapping.
    fn flow_scalar_text(&mut self, depth: usize) -> Result<Option<String>, FormatError> {
        if matches!(self.byte(self.at), Some(b'[' | b'{')) {
            return Err(self.error(self.at, "unsupported YAML: a collection as a mapping key"));
        }
        if self.byte(self.at) == Some(b':') {
            return Ok(None);
        }
        Ok(self
            .flow_scalar(depth)?
            .map(|cs| cs.iter().map(|c| c.c).collect()))
    }
}

/// Removes trailing literal white space.
fn trim_end(chars: &mut Vec<Char>, b: &[u8]) {
    while let Some(last) = chars.last() {
        if (last.c == ' ' || last.c == '\t') && last.len == 1 && b[last.src] == last.c as u8 {
            chars.pop();
        } else {
            break;
        }
    }
}

/// Folds line breaks at `breaks` (the one ending a line, then one per empty line) into the
/// scalar: one space over the first when it is alone, else one `\n` over each empty line's.
fn fold(out: &mut Vec<Char>, breaks: &[usize], b: &[u8]) {
    let len = |at: usize| {
        if b[at] == b'\r' && b.get(at + 1) == Some(&b'\n') {
            2
        } else {
            1
        }
    };
    if breaks.len() == 1 {
        out.push(Char {
            c: ' ',
            src: breaks[0],
            len: len(breaks[0]),
        });
    } else {
        for &at in &breaks[1..] {
            out.push(Char {
                c: '\n',
                src: at,
                len: len(at),
            });
        }
    }
}

/// Whether a plain scalar is a null, a boolean or a number (YAML 1.1 and 1.2), not a string.
fn is_not_string(chars: &[Char]) -> bool {
    let s: String = chars.iter().map(|c| c.c).collect();
    let s = s.as_str();
    if matches!(
        s,
        "" | "~"
            | "null"
            | "Null"
            | "NULL"
            | "true"
            | "True"
            | "TRUE"
            | "false"
            | "False"
            | "FALSE"
            | "yes"
            | "Yes"
            | "YES"
            | "no"
            | "No"
            | "NO"
            | "on"
            | "On"
            | "ON"
            | "off"
            | "Off"
            | "OFF"
            | "y"
            | "Y"
            | "n"
            | "N"
            | ".inf"
            | ".Inf"
            | ".INF"
            | "-.inf"
            | "+.inf"
            | "-.Inf"
            | "+.Inf"
            | ".nan"
            | ".NaN"
            | ".NAN"
    ) {
        return true;
    }
    let t = s.strip_prefix(['-', '+']).unwrap_or(s);
    if let Some(h) = t.strip_prefix("0x") {
        return !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit() || b == b'_');
    }
    if let Some(o) = t.strip_prefix("0o") {
        return !o.is_empty() && o.bytes().all(|b| (b'0'..=b'7').contains(&b));
    }
    let t = t.replace('_', "");
    !t.is_empty()
        && t.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit() || b == b'.')
        && t.parse::<f64>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(text: &str) -> Vec<(String, String)> {
        let doc = read(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        doc.segments
            .iter()
            .map(|s| (s.unit.clone().unwrap_or_default(), s.text.clone()))
            .collect()
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
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
    fn rails_root_locale_is_the_language_not_the_unit() {
        let text = "# Idleb\nfr:\n  greeting: Combats à Idlib # Idleb\n  date:\n    day_names: [Lundi, 'Mardi']\n    count: 3\n    ok: true\n    none: ~\n";
        let doc = read(text).unwrap();
        assert_eq!(doc.target_lang.as_deref(), Some("fr"));
        assert!(doc.segments.iter().all(|s| s.lang.as_deref() == Some("fr")));
        assert_eq!(
            segments(text),
            pairs(&[
                ("greeting", "Combats à Idlib"),
                ("date.day_names.0", "Lundi"),
                ("date.day_names.1", "Mardi"),
            ])
        );
        assert_eq!(find(text, "Idlib"), ("Idlib".to_string(), (3, 23)));
        let doc = read("pt_BR:\n  a: Idlib\n").unwrap();
        assert_eq!(doc.segments[0].lang.as_deref(), Some("pt-BR"));
        assert_eq!(doc.segments[0].unit.as_deref(), Some("a"));
        // Two root keys, or a root key that is no locale: the keys are units, no language.
        for text in [
            "fr:\n  a: x\nen:\n  a: y\n",
            "greeting:\n  a: x\n",
            "nav:\n  a: x\n",
        ] {
            let doc = read(text).unwrap();
            assert!(doc.target_lang.is_none(), "{text}");
            assert!(doc.segments[0].unit.as_deref().unwrap().contains('.'));
        }
    }

    #[test]
    fn sequences_and_nested_mappings() {
        let text =
            "list:\n  - one\n  - two: deux\n    three: trois\n  - - nested\nsame:\n- a\n- b\n";
        assert_eq!(
            segments(text),
            pairs(&[
                ("list.0", "one"),
                ("list.1.two", "deux"),
                ("list.1.three", "trois"),
                ("list.2.0", "nested"),
                ("same.0", "a"),
                ("same.1", "b"),
            ])
        );
    }

    #[test]
    fn plain_and_quoted_scalars_fold_and_map_back() {
        let text = "a: Recep Tayyip\n  Erdogan\n\n  in Idlib\nb: 'L''armée d''Idlib'\nc: \"Erdo\\u011fan\\tand\\x41 \\\n   Idlib\"\nd: \"two\n  lines\"\n";
        let segs = segments(text);
        assert_eq!(segs[0].1, "Recep Tayyip Erdogan\nin Idlib");
        assert_eq!(segs[1].1, "L'armée d'Idlib");
        assert_eq!(segs[2].1, "Erdoğan\tandA Idlib");
        assert_eq!(segs[3].1, "two lines");
        assert_eq!(find(text, "Tayyip Erdogan").0, "Tayyip\n  Erdogan");
        assert_eq!(find(text, "d'Idlib").0, "d''Idlib");
        assert_eq!(find(text, "Erdoğan").0, "Erdo\\u011fan");
        assert_eq!(find(text, "A Idlib").0, "\\x41 \\\n   Idlib");
        // A folded break maps to the break itself.
        let doc = read(text).unwrap();
        let s = &doc.segments[3];
        let at = s.text.find(' ').unwrap();
        assert!(text[s.map.range_to_src(at..at + 1)].starts_with('\n'));
    }

    #[test]
    fn block_scalars_with_chomping() {
        let text = "lit: |\n  Fighting in\n  Idlib\n\nfold: >-\n  Recep Tayyip\n  Erdogan\n\n  again\n    more\n  end\nkeep: |+\n  x\n\nind: |2\n    two\n";
        let segs = segments(text);
        assert_eq!(
            segs[0],
            ("lit".to_string(), "Fighting in\nIdlib\n".to_string())
        );
        assert_eq!(segs[1].1, "Recep Tayyip Erdogan\nagain\n  more\nend");
        assert_eq!(segs[2].1, "x\n\n");
        assert_eq!(segs[3].1, "  two\n");
        assert_eq!(find(text, "Tayyip Erdogan").0, "Tayyip\n  Erdogan");
        assert_eq!(find(text, "Idlib"), ("Idlib".to_string(), (3, 3)));
    }

    #[test]
    fn placeholders_comments_anchors_and_tags_are_not_text() {
        let text = "%YAML 1.2\n---\nbase: &b !!str Hello %{name} in Idlib\ncopy: *b\nrails: \"%<count>d morts à {{city}}\"\nicu: '{n, plural, one {# mort à Idlib} other {# morts}}'\n...\n";
        assert_eq!(
            segments(text),
            pairs(&[
                ("base", "Hello  in Idlib"),
                ("rails", " morts à "),
                ("icu", " mort à Idlib morts"),
            ])
        );
    }

    #[test]
    fn several_documents_and_empty_files() {
        assert!(read("").unwrap().segments.is_empty());
        assert!(read("# only a comment\n").unwrap().segments.is_empty());
        assert!(read("---\n...\n").unwrap().segments.is_empty());
        let text = "---\nen:\n  a: Idlib\n---\nfr:\n  a: Idlib\n";
        let doc = read(text).unwrap();
        let langs: Vec<_> = doc
            .segments
            .iter()
            .map(|s| s.lang.clone().unwrap())
            .collect();
        assert_eq!(langs, ["en", "fr"]);
        assert_eq!(segments("--- just text\n"), pairs(&[("", "just text")]));
    }

    #[test]
    fn invalid_files_are_errors_with_their_place() {
        let cases = [
            ("a: 'open\n", (1, 4)),
            ("a: \"open\n", (1, 4)),
            ("a: b: c\n", (1, 5)),
            ("a:\n  b: x\n c: y\n", (3, 2)),
            ("a: [x, y\n", (1, 4)),
            ("a: \"bad \\q\"\n", (1, 9)),
            ("? complex\n: x\n", (1, 1)),
            ("a: x\n\tb: y\n", (2, 1)),
            ("- a\nb: c\n", (2, 1)),
            ("a: |\n  x\n b: y\n", (3, 2)),
            ("a: @x\n", (1, 4)),
        ];
        for (text, at) in cases {
            let e = read(text).unwrap_err();
            assert_eq!((e.line, e.column), at, "{text:?}: {e}");
        }
        let deep = "[".repeat(100_000);
        assert!(read(&deep).unwrap_err().message.contains("nested deeper"));
        let deep = "- ".repeat(100_000);
        assert!(read(&deep).unwrap_err().message.contains("nested deeper"));
    }
}
