//! The matching skeleton of a single character.
//!
//! This file has no dependency on the rest of the crate: `build.rs` includes it to fold the
//! shipped word lists exactly the way the matcher folds text at run time.
//!
//! The skeleton of a text is what two spellings of one name have in common: lower case, no
//! diacritics, one kind of apostrophe, one kind of hyphen, one kind of space. `Erdoğan`,
//! `ERDOGAN` and `Erdog\u{306}an` (NFD) share the skeleton `erdogan`; `İdlib` and `Idlib` share
//! `idlib`; `إدلب` and `ادلب` share `ادلب`. Distinctions the skeleton drops are checked again on
//! the original text before anything is reported.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// How a character of the original text takes part in matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Part of a word: letters and digits of any script.
    Word,
    /// Horizontal or single-line-break white space: runs fold to one `' '`.
    Space,
    /// Dropped without a trace: combining marks, soft hyphen, joiners, tatweel.
    Removed,
    /// Anything else (punctuation, symbols): kept as it is.
    Other,
}

/// Appends the skeleton of `c` to `out` and says how `c` takes part in matching.
///
/// White space is not appended: the caller folds runs of it (see `text::fold`).
#[inline]
pub fn push_skeleton(c: char, out: &mut String) -> Class {
    if c.is_ascii() {
        let b = c as u8;
        return match b {
            b'A'..=b'Z' => {
                out.push((b + 32) as char);
                Class::Word
            }
            b'a'..=b'z' | b'0'..=b'9' => {
                out.push(c);
                Class::Word
            }
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Class::Space,
            b'`' => {
                out.push('\'');
                Class::Other
            }
            _ => {
                out.push(c);
                Class::Other
            }
        };
    }
    match c {
        // Spaces of every kind, and invisible separators that stand between words.
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200B}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}'
        | '\u{FEFF}'
        | '\u{0085}' => Class::Space,
        // Invisible characters that live inside words.
        '\u{00AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{0640}' => Class::Removed,
        _ if is_apostrophe(c) => {
            out.push('\'');
            Class::Other
        }
        _ if is_dash(c) => {
            out.push('-');
            Class::Other
        }
        // Turkish dotted capital and dotless small i: one letter in the skeleton.
        '\u{0130}' | '\u{0131}' => {
            out.push('i');
            Class::Word
        }
        'ß' | 'ẞ' => {
            out.push_str("ss");
            Class::Word
        }
        'ς' => {
            out.push('σ');
            Class::Word
        }
        // Arabic letters that editors treat as one: taa marbuta/haa, alef maqsura/yaa,
        // alef wasla/alef, and the Persian forms of kaf and yaa.
        '\u{0629}' => {
            out.push('\u{0647}');
            Class::Word
        }
        '\u{0649}' | '\u{06CC}' => {
            out.push('\u{064A}');
            Class::Word
        }
        '\u{0671}' => {
            out.push('\u{0627}');
            Class::Word
        }
        '\u{06A9}' => {
            out.push('\u{0643}');
            Class::Word
        }
        _ if c.is_whitespace() => Class::Space,
        _ if is_combining_mark(c) => Class::Removed,
        _ => push_decomposed(c, out),
    }
}

/// Apostrophes and the letters and primes that stand in for them.
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201B}'
            | '\u{02BC}'
            | '\u{2032}'
            | '\u{00B4}'
            | '\u{FF07}'
    )
}

/// Hyphens, dashes and minus signs.
#[inline]
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// Whether `c`, a character of a skeleton, belongs to a word.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

/// The skeleton of a whole string, white space folded to single spaces and trimmed.
pub fn skeleton(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        let before = out.len();
        match push_skeleton(c, &mut out) {
            Class::Space => pending_space = !out.is_empty(),
            Class::Removed => {}
            Class::Word | Class::Other => {
                if pending_space {
                    out.insert(before, ' ');
                    pending_space = false;
                }
            }
        }
    }
    out
}

fn push_decomposed(c: char, out: &mut String) -> Class {
    let mut class = Class::Removed;
    decompose_canonical(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        for l in d.to_lowercase() {
            out.push(l);
        }
        class = if d.is_alphanumeric() || class == Class::Word {
            Class::Word
        } else {
            Class::Other
        };
    });
    class
}

/// The words of a skeleton (runs of [`is_word_char`] characters) as byte ranges, appended to
/// `out`.
pub fn word_ranges(text: &str, out: &mut Vec<std::ops::Range<usize>>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    loop {
        // Between words: ASCII that is not a letter or digit goes by without decoding.
        while i < n && BYTE_CLASS[usize::from(bytes[i])] == SEPARATOR {
            i += 1;
        }
        if i >= n {
            return;
        }
        if bytes[i] >= 0x80 {
            let c = text[i..].chars().next().expect("a character boundary");
            if !is_word_char(c) {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        loop {
            while i < n && BYTE_CLASS[usize::from(bytes[i])] == LETTER {
                i += 1;
            }
            if i < n && bytes[i] >= 0x80 {
                let c = text[i..].chars().next().expect("a character boundary");
                if is_word_char(c) {
                    i += c.len_utf8();
                    continue;
                }
            }
            break;
        }
        out.push(start..i);
    }
}

const SEPARATOR: u8 = 0;
const LETTER: u8 = 1;
const NOT_ASCII: u8 = 2;

/// Per byte of UTF-8: an ASCII letter or digit, other ASCII, or part of another character.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if (b as u8).is_ascii_alphanumeric() {
            LETTER
        } else {
            SEPARATOR
        };
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn word_ranges_are_the_runs_of_word_characters(
            text in "([ a-z0-9'.\u{1a}éд\u{301}ß각—-]){0,30}"
        ) {
            let mut got = Vec::new();
            word_ranges(&text, &mut got);
            let mut want = Vec::new();
            let mut start = None;
            for (i, c) in text.char_indices() {
                match (start, is_word_char(c)) {
                    (None, true) => start = Some(i),
                    (Some(s), false) => {
                        want.push(s..i);
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = start {
                want.push(s..text.len());
            }
            proptest::prop_assert_eq!(got, want);
        }
    }
}
