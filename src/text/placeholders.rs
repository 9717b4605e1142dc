//! Placeholders, variables and inline tags in the raw text of a segment: what a translation
//! must carry over from its source unchanged (the `placeholder` rule), and what is not prose
//! (the `number` rule does not read the `1` of `%1$s`).
//!
//! Each format names the [`Syntax`] families its texts may hold
//! (`formats::Format::placeholder_syntax`); [`scan`] finds them in a byte range of the file as
//! read, giving each its range and a normalized key: two placeholders with one key are the same
//! placeholder (`{ $city }` and `{$city}`; `%s` first in the text and `%1$s`).

use std::ops::Range;

/// A set of placeholder syntax families (a small bit set).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Syntax(u16);

impl Syntax {
    /// No placeholders at all: human prose (plain text, Markdown, aligned text), where `50% of`
    /// is a percentage, not a conversion.
    pub const NONE: Syntax = Syntax(0);
    /// C/POSIX printf and its kin: `%s`, `%1$d`, `%.2f`, `%lld`, Objective-C/iOS `%@`; `%%` is
    /// a literal percent sign. Unpositioned conversions are numbered in order (`%s %d` is
    /// `%1$s %2$d`), so reordering them is a type mismatch unless the target numbers them.
    pub const PRINTF: Syntax = Syntax(1);
    /// Python named conversions `%(name)s`.
    pub const PYTHON_PERCENT: Syntax = Syntax(1 << 1);
    /// ICU MessageFormat and Python/.NET braces: `{name}`, `{0}`, `{0:.2f}`,
    /// `{n, plural, one {# file} other {# files}}` (the argument is the key; branch texts are
    /// text whose own placeholders count; `#` in a plural branch is the number, key `#`).
    pub const ICU: Syntax = Syntax(1 << 2);
    /// Java MessageFormat: [`Syntax::ICU`] braces where `'` quotes (`'{'` is a literal brace,
    /// `''` an apostrophe).
    pub const JAVA: Syntax = Syntax(1 << 3);
    /// i18next: `{{count}}`, `{{count, number}}` (key `{{count}}`) and nesting `$t(key)`.
    pub const I18NEXT: Syntax = Syntax(1 << 4);
    /// Ruby on Rails i18n: `%{name}`.
    pub const RAILS: Syntax = Syntax(1 << 5);
    /// Fluent placeables: `{ $city }` (key `$city`), `{ -brand }` (key `-brand`),
    /// `{ NUMBER($n) }` (key `$n`), the selector of a select expression, a message reference.
    pub const FLUENT: Syntax = Syntax(1 << 6);
    /// XLIFF 1.2 and 2.x inline elements as XML: `<ph id="1"/>`, `<x id="1"/>`, `<g id="1">`,
    /// `<bx/>`, `<ex/>`, `<bpt>`, `<ept>`, `<it>`, `<pc id>`, `<sc/>`, `<ec/>` (key: element
    /// name and id); other elements (`<mrk>`) are read through.
    pub const XLIFF: Syntax = Syntax(1 << 7);
    /// TMX inline elements: `<ph>`, `<bpt>`, `<ept>`, `<it>`, `<hi>` (key: name and `i`/`x`, or
    /// the native code they hold).
    pub const TMX: Syntax = Syntax(1 << 8);
    /// HTML/XML tags inside the text: `<b>`, `</b>`, `<a href="...">`, `<br/>` (key: tag name
    /// and whether it closes); escaped as `&lt;b&gt;` in XML files.
    pub const MARKUP: Syntax = Syntax(1 << 9);

    /// Both sets of families.
    pub const fn with(self, other: Syntax) -> Syntax {
        Syntax(self.0 | other.0)
    }

    /// Whether every family of `other` is in the set.
    pub const fn has(self, other: Syntax) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// A placeholder found: its byte range in the text scanned and its normalized key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placeholder {
    pub range: Range<usize>,
    pub key: String,
}

impl Placeholder {
    /// The printf argument number and conversion of a key made by [`scan`] (`%2$d` → (2, 'd')).
    pub fn printf_position(&self) -> Option<(u32, char)> {
        let rest = self.key.strip_prefix('%')?;
        let (n, conv) = rest.split_once('$')?;
        let mut chars = conv.chars();
        let c = chars.next()?;
        (chars.next().is_none()).then_some(())?;
        Some((n.parse().ok()?, c))
    }
}

/// The placeholders of `syntax` in `text[range]`, in order, with ranges in `text`.
pub fn scan(text: &str, range: Range<usize>, syntax: Syntax) -> Vec<Placeholder> {
    let mut out = Vec::new();
    if syntax.is_empty() || range.start >= range.end || range.end > text.len() {
        return out;
    }
    let mut s = Scanner {
        text,
        syntax,
        printf_next: 1,
        out: &mut out,
    };
    s.run(range.start, range.end, false);
    out
}

struct Scanner<'a, 'o> {
    text: &'a str,
    syntax: Syntax,
    /// The number the next unpositioned printf conversion takes.
    printf_next: u32,
    out: &'o mut Vec<Placeholder>,
}

impl<'a> Scanner<'a, '_> {
    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// Scans `from..to`; `plural` when inside an ICU plural branch (`#` is the number).
    fn run(&mut self, from: usize, to: usize, plural: bool) {
        let mut i = from;
        while i < to {
            let b = self.bytes()[i];
            let next = match b {
                b'<' | b'&' => self.tag(i, to),
                b'{' => self.brace(i, to),
                b'$' if self.syntax.has(Syntax::I18NEXT) => self.nesting(i, to),
                b'%' => self.percent(i, to),
                b'\'' if self.syntax.has(Syntax::JAVA) => self.java_quote(i, to),
                b'#' if plural => {
                    self.push(i..i + 1, "#".into());
                    Some(i + 1)
                }
                _ => None,
            };
            i = match next {
                Some(n) if n > i => n,
                _ => i + utf8_len(b),
            };
        }
    }

    fn push(&mut self, range: Range<usize>, key: String) {
        self.out.push(Placeholder { range, key });
    }

    /// An XML element (XLIFF/TMX inline) or a tag of the text (markup) at `i`.
    fn tag(&mut self, i: usize, to: usize) -> Option<usize> {
        let xml = self.syntax.has(Syntax::XLIFF) || self.syntax.has(Syntax::TMX);
        let rest = &self.text[i..to];
        if rest.starts_with('<') && xml {
            return self.xml_element(i, to);
        }
        if !self.syntax.has(Syntax::MARKUP) {
            return None;
        }
        let (open, close) = if rest.starts_with("&lt;") {
            ("&lt;", "&gt;")
        } else if rest.starts_with('<') {
            ("<", ">")
        } else {
            return None;
        };
        let after = &rest[open.len()..];
        let closing = after.starts_with('/');
        let name_at = &after[usize::from(closing)..];
        let name_len = name_at
            .bytes()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_'))
            .count();
        // react-i18next's `<Trans>` numbers its tags (`<1>{{email}}</1>`): with i18next syntax
        // a name of digits alone is a tag too.
        let numbered = self.syntax.has(Syntax::I18NEXT)
            && name_len > 0
            && name_at.as_bytes()[..name_len]
                .iter()
                .all(u8::is_ascii_digit);
        if name_len == 0 || !(name_at.as_bytes()[0].is_ascii_alphabetic() || numbered) {
            return None;
        }
        let name = name_at[..name_len].to_ascii_lowercase();
        let after_name = &name_at[name_len..];
        if !(after_name.starts_with(close)
            || after_name.starts_with('/')
            || after_name.starts_with(|c: char| c.is_ascii_whitespace()))
        {
            return None;
        }
        // A numbered tag has no attributes: `<1>`, `</1>`, `<0/>`, never `<2 or 1>`.
        let bare = after_name.starts_with(close)
            || after_name.starts_with('/') && after_name[1..].starts_with(close);
        if numbered && !bare {
            return None;
        }
        // The tag ends at its closer, before any other opener (`a < b > c` is no tag).
        let body_end = after_name.find(close)?;
        let body = &after_name[..body_end];
        if body.contains('<') || body.contains("&lt;") || body.contains('\n') && body.len() > 200 {
            return None;
        }
        let end = i + rest.len() - after_name.len() + body_end + close.len();
        let self_closing = body.trim_end().ends_with('/');
        let key = match (closing, self_closing) {
            (true, _) => format!("</{name}>"),
            (false, true) => format!("<{name}/>"),
            (false, false) => format!("<{name}>"),
        };
        self.push(i..end, key);
        Some(end)
    }

    /// An XML element at `i` in an XLIFF or TMX segment: an inline element gives its key, the
    /// native code inside `<ph>`, `<bpt>`, `<ept>`, `<it>` is skipped; others are read through.
    fn xml_element(&mut self, i: usize, to: usize) -> Option<usize> {
        let rest = &self.text[i..to];
        let gt = rest.find('>')?;
        let tag = &rest[1..gt];
        let end = i + gt + 1;
        if tag.starts_with('/') || tag.starts_with('!') || tag.starts_with('?') {
            return Some(end);
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let name_len = tag
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(tag.len());
        let qname = &tag[..name_len];
        let name = qname.rsplit(':').next().unwrap_or(qname);
        let attrs = &tag[name_len..];
        let inline = matches!(
            name,
            "ph" | "x" | "g" | "bx" | "ex" | "bpt" | "ept" | "it" | "pc" | "sc" | "ec" | "hi"
        );
        if !inline {
            return Some(end);
        }
        let id = ["id", "i", "x", "startRef", "rid"]
            .iter()
            .find_map(|a| attribute(attrs, a));
        // The native code of a code element: skipped, and its key when it has no id.
        let mut whole_end = end;
        let mut code = "";
        if !self_closing && matches!(name, "ph" | "bpt" | "ept" | "it") {
            let closer = format!("</{qname}>");
            if let Some(c) = self.text[end..to].find(&closer) {
                code = &self.text[end..end + c];
                whole_end = end + c + closer.len();
            }
        }
        let key = match id {
            Some(id) => format!("<{name} {id}>"),
            None if !code.is_empty() => format!("<{name} {}>", code.trim()),
            None => format!("<{name}>"),
        };
        self.push(i..whole_end, key);
        Some(whole_end)
    }

    /// A brace at `i`: i18next `{{x}}`, a Fluent placeable, an ICU argument.
    fn brace(&mut self, i: usize, to: usize) -> Option<usize> {
        let rest = &self.text[i..to];
        if self.syntax.has(Syntax::I18NEXT) && rest.starts_with("{{") {
            let close = rest.find("}}")?;
            let inner = &rest[2..close];
            let name = inner.split(',').next().unwrap_or("").trim();
            let name = name.trim_start_matches(['-', '+']).trim();
            if !name.is_empty() && !inner.contains(['{', '\n']) {
                self.push(i..i + close + 2, format!("{{{{{name}}}}}"));
                return Some(i + close + 2);
            }
        }
        if self.syntax.has(Syntax::FLUENT) {
            return self.fluent(i, to);
        }
        if self.syntax.has(Syntax::ICU) || self.syntax.has(Syntax::JAVA) {
            return self.icu(i, to);
        }
        None
    }

    /// An ICU/MessageFormat argument at `i` (`{name}`, `{0, number}`, `{n, plural, ...}`);
    /// `None` for a brace that starts none (prose).
    fn icu(&mut self, i: usize, to: usize) -> Option<usize> {
        let b = self.bytes();
        let mut j = skip_ws(b, i + 1, to);
        let name_start = j;
        while j < to && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'.') {
            j += 1;
        }
        let name = &self.text[name_start..j];
        j = skip_ws(b, j, to);
        if j >= to {
            return None;
        }
        match b[j] {
            b'}' => {
                // `{}`: Python's next automatic field.
                self.push(i..j + 1, format!("{{{name}}}"));
                Some(j + 1)
            }
            b':' if !name.is_empty() => {
                // A Python format spec `{0:.2f}`.
                let close = self.text[j..to].find('}')? + j;
                if self.text[j..close].contains(['{', '\n']) {
                    return None;
                }
                self.push(i..close + 1, format!("{{{name}}}"));
                Some(close + 1)
            }
            b',' if !name.is_empty() => {
                let type_start = skip_ws(b, j + 1, to);
                let mut k = type_start;
                while k < to && b[k].is_ascii_alphabetic() {
                    k += 1;
                }
                let kind = &self.text[type_start..k];
                let close = matching_brace(self.text, i, to)?;
                self.push(i..close + 1, format!("{{{name}}}"));
                if matches!(kind, "plural" | "select" | "selectordinal") {
                    // The branches: `selector {text}` pairs; their texts are scanned.
                    let plural = kind != "select";
                    let mut p = k;
                    while p < close {
                        if b[p] == b'{' {
                            let end = matching_brace(self.text, p, close)?;
                            self.run(p + 1, end, plural);
                            p = end + 1;
                        } else {
                            p += 1;
                        }
                    }
                }
                Some(close + 1)
            }
            _ => None,
        }
    }

    /// A Fluent placeable at `i`, with the placeables of the variants of a select expression.
    fn fluent(&mut self, i: usize, to: usize) -> Option<usize> {
        let close = matching_brace(self.text, i, to)?;
        let inner = &self.text[i + 1..close];
        let base = i + 1;
        let Some(arrow) = find_outside_strings(inner, "->") else {
            // A simple placeable: its first variable, term or message reference is its key.
            let key = fluent_reference(inner)?;
            self.push(i..close + 1, key);
            return Some(close + 1);
        };
        // A select expression: the selector's key, then each variant's text.
        if let Some(key) = fluent_reference(&inner[..arrow]) {
            self.push(i..base + arrow, key);
        }
        let b = self.bytes();
        let mut p = base + arrow + 2;
        while p < close {
            match b[p] {
                b'[' => {
                    // A variant key: skipped.
                    p = self.text[p..close].find(']').map_or(close, |e| p + e + 1);
                }
                b'{' => p = self.fluent(p, close).unwrap_or(p + 1),
                c => p += utf8_len(c),
            }
        }
        Some(close + 1)
    }

    /// i18next nesting `$t(key)` at `i`.
    fn nesting(&mut self, i: usize, to: usize) -> Option<usize> {
        let rest = &self.text[i..to];
        if !rest.starts_with("$t(") {
            return None;
        }
        let close = rest.find(')')?;
        let key = rest[3..close].split(',').next().unwrap_or("").trim();
        if key.is_empty() {
            return None;
        }
        self.push(i..i + close + 1, format!("$t({key})"));
        Some(i + close + 1)
    }

    /// A `%` at `i`: Rails `%{name}`, Python `%(name)s`, a printf conversion, `%%`.
    fn percent(&mut self, i: usize, to: usize) -> Option<usize> {
        let b = self.bytes();
        let rest = &self.text[i..to];
        if self.syntax.has(Syntax::RAILS) && rest.starts_with("%{") {
            let close = rest.find('}')?;
            let name = rest[2..close].trim();
            if is_identifier(name) {
                self.push(i..i + close + 1, format!("%{{{name}}}"));
                return Some(i + close + 1);
            }
        }
        if self.syntax.has(Syntax::PYTHON_PERCENT) && rest.starts_with("%(") {
            let close = rest.find(')')?;
            let name = &rest[2..close];
            let conv = rest[close + 1..]
                .find(|c: char| c.is_ascii_alphabetic())
                .map(|k| close + 1 + k)?;
            let spec = &rest[close + 1..conv];
            if is_identifier(name) && spec.bytes().all(|c| b"-+ #0.123456789".contains(&c)) {
                let c = rest.as_bytes()[conv] as char;
                self.push(i..i + conv + 1, format!("%({name}){c}"));
                return Some(i + conv + 1);
            }
        }
        if !self.syntax.has(Syntax::PRINTF) {
            return None;
        }
        if rest.starts_with("%%") {
            return Some(i + 2);
        }
        // %[n$][flags][width][.precision][length]conversion
        let mut j = i + 1;
        let digits = |j: usize| (j..to).take_while(|&k| b[k].is_ascii_digit()).count();
        let mut position = None;
        let n = digits(j);
        if n > 0 && j + n < to && b[j + n] == b'$' {
            position = self.text[j..j + n].parse::<u32>().ok();
            j += n + 1;
        }
        while j < to && b"-+#0'".contains(&b[j]) {
            j += 1;
        }
        if j < to && b[j] == b'*' {
            j += 1;
        } else {
            j += digits(j);
        }
        if j < to && b[j] == b'.' {
            j += 1;
            if j < to && b[j] == b'*' {
                j += 1;
            } else {
                j += digits(j);
            }
        }
        for len in ["hh", "ll", "h", "l", "L", "q", "j", "z", "t"] {
            if self.text[j..to].starts_with(len) {
                j += len.len();
                break;
            }
        }
        if j >= to {
            return None;
        }
        let conv = match b[j] {
            b'i' => 'd',
            c if b"diouxXeEfFgGaAcspn@".contains(&c) => c as char,
            _ => return None,
        };
        let n = match position {
            Some(n) => n,
            None => {
                let n = self.printf_next;
                self.printf_next += 1;
                n
            }
        };
        self.push(i..j + 1, format!("%{n}${conv}"));
        Some(j + 1)
    }

    /// A Java MessageFormat quote at `i`: `''` is an apostrophe; `'{...'` quotes literal text.
    fn java_quote(&mut self, i: usize, to: usize) -> Option<usize> {
        let b = self.bytes();
        match b.get(i + 1) {
            Some(b'\'') => Some(i + 2),
            Some(b'{' | b'}') => {
                let close = self.text[i + 1..to].find('\'')?;
                Some(i + 1 + close + 1)
            }
            _ => None,
        }
    }
}

/// The key of the first reference in a Fluent expression: `$var`, `-term`, a message id
/// (`msg`, `msg.attr`); a function's name is not one (`NUMBER($n)` is `$n`).
fn fluent_reference(expr: &str) -> Option<String> {
    let b = expr.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                // A string literal.
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'$' | b'-' if b.get(i + 1).is_some_and(u8::is_ascii_alphabetic) => {
                let end = ident_end(b, i + 1);
                return Some(expr[i..end].to_string());
            }
            c if c.is_ascii_alphabetic() => {
                let end = ident_end(b, i);
                let word = &expr[i..end];
                let call = expr[end..].trim_start().starts_with('(');
                if !call {
                    return Some(word.to_string());
                }
                i = end;
            }
            c => i += utf8_len(c),
        }
    }
    None
}

fn ident_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'-' | b'.')) {
        i += 1;
    }
    // A trailing `-` or `.` is not part of the name.
    while i > from && matches!(b[i - 1], b'-' | b'.') {
        i -= 1;
    }
    i
}

/// The offset of `pat` in `s` outside string literals.
fn find_outside_strings(s: &str, pat: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut depth = 0usize;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            _ if depth == 0 && s[i..].starts_with(pat) => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The offset of the brace closing the one at `open`, before `to`.
fn matching_brace(text: &str, open: usize, to: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    for (k, &c) in b.iter().enumerate().take(to).skip(open) {
        match c {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// The value of attribute `name` in the attributes of a start tag.
fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    while let Some(at) = rest.find(name) {
        let before_ok = at == 0 || rest.as_bytes()[at - 1].is_ascii_whitespace();
        let after = rest[at + name.len()..].trim_start();
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start();
                let quote = v.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let end = v[1..].find(quote)?;
                    return Some(&v[1..1 + end]);
                }
            }
        }
        rest = &rest[at + name.len()..];
    }
    None
}

fn skip_ws(b: &[u8], mut i: usize, to: usize) -> usize {
    while i < to && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
}

/// The length of the UTF-8 sequence a leading byte starts (1 for a continuation byte, so a
/// scan always moves on).
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, syntax: Syntax) -> Vec<(String, String)> {
        scan(text, 0..text.len(), syntax)
            .into_iter()
            .map(|p| (text[p.range].to_string(), p.key))
            .collect()
    }

    fn k(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn printf_numbers_unpositioned_conversions_and_skips_literal_percent() {
        let got = keys("%s has %1$d of %.2f %lld%% %@ at 50%", Syntax::PRINTF);
        assert_eq!(
            got,
            k(&[
                ("%s", "%1$s"),
                ("%1$d", "%1$d"),
                ("%.2f", "%2$f"),
                ("%lld", "%3$d"),
                ("%@", "%4$@")
            ])
        );
        // `50% of` is not `% o`.
        assert!(keys("50% of them", Syntax::PRINTF).is_empty());
        assert!(keys("50% off, 10%s", Syntax::NONE).is_empty());
    }

    #[test]
    fn python_rails_and_i18next() {
        let all = Syntax::PRINTF
            .with(Syntax::PYTHON_PERCENT)
            .with(Syntax::RAILS)
            .with(Syntax::I18NEXT)
            .with(Syntax::ICU);
        let got = keys(
            "%(name)s, %{count} {{ n, number }} $t(common.ok) {0} {name}",
            all,
        );
        assert_eq!(
            got,
            k(&[
                ("%(name)s", "%(name)s"),
                ("%{count}", "%{count}"),
                ("{{ n, number }}", "{{n}}"),
                ("$t(common.ok)", "$t(common.ok)"),
                ("{0}", "{0}"),
                ("{name}", "{name}"),
            ])
        );
    }

    #[test]
    fn icu_plural_branches_are_text_and_hash_is_the_number() {
        let text = "{n, plural, one {# file in {dir}} other {# files}} {d, date, short}";
        let got = keys(text, Syntax::ICU);
        let keys: Vec<&str> = got.iter().map(|(_, k)| k.as_str()).collect();
        assert_eq!(keys, ["{n}", "#", "{dir}", "#", "{d}"]);
        // Prose braces are not arguments.
        assert!(super::scan("a { b c } d", 0..11, Syntax::ICU).is_empty());
    }

    #[test]
    fn java_quotes_braces() {
        let got = keys("'{0}' is ''{1}''", Syntax::JAVA);
        assert_eq!(got, k(&[("{1}", "{1}")]));
    }

    #[test]
    fn fluent_placeables() {
        let text = "{ $city } { -brand } { NUMBER($n, minimumFractionDigits: 2) } { $n ->\n [one] one { $what }\n *[other] many\n}";
        let got = keys(text, Syntax::FLUENT);
        let keys: Vec<&str> = got.iter().map(|(_, k)| k.as_str()).collect();
        assert_eq!(keys, ["$city", "-brand", "$n", "$n", "$what"]);
        assert!(keys_of("{ \"{\" }", Syntax::FLUENT).is_empty());
    }

    fn keys_of(text: &str, syntax: Syntax) -> Vec<String> {
        keys(text, syntax).into_iter().map(|(_, k)| k).collect()
    }

    #[test]
    fn xliff_inline_elements_and_escaped_markup() {
        let syntax = Syntax::XLIFF.with(Syntax::MARKUP);
        let text = "a <ph id=\"1\"/> <g id=\"2\">b</g> <x id='3'/> <mrk mtype=\"x\">c</mrk> \
<bpt id=\"4\">&lt;b&gt;</bpt> &lt;i&gt;é&lt;/i&gt;";
        assert_eq!(
            keys_of(text, syntax),
            ["<ph 1>", "<g 2>", "<x 3>", "<bpt 4>", "<i>", "</i>"]
        );
    }

    #[test]
    fn tmx_code_without_an_id_is_keyed_by_its_code() {
        let text =
            "<ph>&lt;br/&gt;</ph> x <bpt i=\"1\">&lt;b&gt;</bpt>y<ept i=\"1\">&lt;/b&gt;</ept>";
        assert_eq!(
            keys_of(text, Syntax::TMX),
            ["<ph &lt;br/&gt;>", "<bpt 1>", "<ept 1>"]
        );
    }

    #[test]
    fn react_i18next_numbered_tags_are_tags_with_i18next_syntax_only() {
        let text = "Sent to <1>{{email}}</1>, <0/> if 3 <2 or 1> 0";
        let syntax = Syntax::I18NEXT.with(Syntax::MARKUP);
        assert_eq!(keys_of(text, syntax), ["<1>", "{{email}}", "</1>", "<0/>"]);
        assert!(keys_of(text, Syntax::MARKUP).is_empty());
    }

    #[test]
    fn html_tags() {
        let text = "Click <a href=\"x\">here</a><br/> if 3 < 4 > 2 or <B>";
        assert_eq!(
            keys_of(text, Syntax::MARKUP),
            ["<a>", "</a>", "<br/>", "<b>"]
        );
    }
}
