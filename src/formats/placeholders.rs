//! What is not text in a catalog's message, shared by the catalog readers (JSON, YAML, Java
//! `.properties`, Flutter `.arb`): interpolations `{{var}}` and `{var}`, ICU arguments and the
//! syntax of ICU `plural`/`select`/`selectordinal` (whose branch texts are text), the `#` of a
//! plural branch, i18next nesting `$t(key)`, printf conversions, HTML-like tags; with
//! [`Syntax::message_format`], the `choice` arguments of Java's `MessageFormat` too (whose
//! branch texts are text).
//!
//! A reader decodes a string value into [`Char`]s, each with its place in the file, and
//! [`segment`] builds the segment with what is not text dropped.

use super::builder::SegmentBuilder;
use super::Segment;

/// Which placeholder syntaxes a reader knows beyond the common ones.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Syntax {
    /// Java `MessageFormat`: `{1,choice,0#none|1#one|1<many}` reads its branch texts.
    pub(crate) message_format: bool,
    /// Ruby i18n: `%{name}` and `%<name>s` (`%<n>.2f`) are interpolations.
    pub(crate) rails: bool,
}

/// A decoded character of a string value: the character, where it is written in the file and
/// in how many bytes.
#[derive(Clone, Copy)]
pub(crate) struct Char {
    pub(crate) c: char,
    pub(crate) src: usize,
    pub(crate) len: usize,
}

/// What a character of a string value is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    /// Not text, standing for something (an interpolation, an ICU argument, a printf
    /// conversion): a placeholder.
    Placeholder,
    /// Markup that adds nothing (an HTML-like tag).
    Markup,
}

/// The segment of a decoded string value, with what is not text dropped; `None` when nothing
/// is left to check.
pub(crate) fn segment(
    chars: &[Char],
    unit: Option<String>,
    lang: Option<String>,
    syntax: Syntax,
) -> Option<Segment> {
    let first = chars.first()?;
    let kinds = classify(chars, syntax);
    let mut b = SegmentBuilder::new(first.src);
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
    if b.text().trim().is_empty() {
        return None;
    }
    Some(b.finish(unit, lang))
}

fn decoded(chars: &[Char], from: usize, to: usize) -> String {
    chars[from..to].iter().map(|c| c.c).collect()
}

/// The kind of each character of a string value, in time linear in its length: braces are
/// matched once, and the characters looked ahead for (`}}`, `)`, `<`, `>`, a line break) are
/// found by cursors that only move forward, the scan itself never going back.
fn classify(chars: &[Char], syntax: Syntax) -> Vec<Kind> {
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
        syntax,
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
    syntax: Syntax,
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
            if c == '%' && self.syntax.rails {
                if let Some(end) = self.rails(i, to) {
                    self.mark(i, end, Kind::Placeholder);
                    i = end;
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
            if kind == "choice" && self.syntax.message_format && i < end && cs[i] == ',' {
                self.choice(open, i + 1, end);
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

impl Classifier<'_> {
    /// The end of the Ruby interpolation at `at` (a `%`), before `to`: `%{name}`, or
    /// `%<name>` and a format (`%<count>d`, `%<n>.2f`).
    fn rails(&mut self, at: usize, to: usize) -> Option<usize> {
        let cs = self.cs;
        match cs.get(at + 1) {
            Some('{') => self.close(at + 1, to).map(|c| c + 1),
            Some('<') => {
                let close = self.gt.next(cs, at + 2).filter(|&c| c < to)?;
                if close == at + 2
                    || close > at + 66
                    || !cs[at + 2..close].iter().all(|&c| is_name_char(c))
                {
                    return None;
                }
                let mut i = close + 1;
                while i < to && matches!(cs[i], '-' | '+' | '0' | ' ' | '#') {
                    i += 1;
                }
                while i < to && (cs[i].is_ascii_digit() || cs[i] == '.') {
                    i += 1;
                }
                if i < to
                    && matches!(
                        cs[i],
                        'b' | 'B'
                            | 'd'
                            | 'i'
                            | 'o'
                            | 'u'
                            | 'x'
                            | 'X'
                            | 'e'
                            | 'E'
                            | 'f'
                            | 'g'
                            | 'G'
                            | 'a'
                            | 'A'
                            | 'c'
                            | 'p'
                            | 's'
                    )
                {
                    i += 1;
                }
                Some(i)
            }
            _ => None,
        }
    }

    /// Reads the branches of the `MessageFormat` choice argument from `open` to `end`, from
    /// `i` on (`0#none|1#one|1<many {0}`): the limits and separators are not text, each
    /// branch is a message. Braces nested in a branch are skipped whole when looking for `|`.
    fn choice(&mut self, open: usize, mut i: usize, end: usize) {
        let cs = self.cs;
        let mut marked_from = open;
        loop {
            // The limit, up to `#`, `<` or `≤`.
            while i < end && !matches!(cs[i], '#' | '<' | '\u{2264}' | '|') {
                i += 1;
            }
            if i >= end || cs[i] == '|' {
                // No separator: the rest is not text.
                if i >= end {
                    self.mark(marked_from, end + 1, Kind::Placeholder);
                    return;
                }
                i += 1;
                continue;
            }
            self.mark(marked_from, i + 1, Kind::Placeholder);
            let text_start = i + 1;
            let mut j = text_start;
            while j < end && cs[j] != '|' {
                if cs[j] == '{' {
                    if let Some(close) = self.close(j, end) {
                        j = close + 1;
                        continue;
                    }
                }
                j += 1;
            }
            self.message(text_start, j, false);
            if j >= end {
                self.mark(end, end + 1, Kind::Placeholder);
                return;
            }
            marked_from = j;
            i = j + 1;
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
fn printf(cs: &[char], paren: Option<usize>) -> Option<usize> {
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
