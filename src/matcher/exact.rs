//! Exact matching: every form of every term of one language, as skeletons, found leftmost-longest
//! and whole words only.
//!
//! A whole-word match starts where a word starts (or, for a form that starts with punctuation,
//! at that punctuation), so the text is not searched at every byte: each word of the text is
//! looked up once in a hash table of the forms' first words, and only the forms starting with
//! that word are compared, longest first. The result is the one of an Aho-Corasick automaton
//! searched leftmost-longest from left to right, keeping the whole-word matches: where the
//! longest form at a position does not end at a word boundary (`erdogan` in `erdoganism`),
//! nothing is found there, and the search goes on at the next position. The cost is one hash
//! lookup per word of the text, whatever the size of the glossary.

use std::ops::Range;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHasher};

use super::Form;
use crate::text::skeleton::{is_word_char, skeleton, word_ranges};

/// The forms of one language, by their skeletons' first words.
pub struct ExactMatcher {
    /// The skeletons of the patterns, one after the other; pattern `p` is
    /// `keys[spans[p].0..spans[p].1]`.
    keys: String,
    spans: Vec<(u32, u32)>,
    /// Hash of a first word → the patterns starting with it, longest first:
    /// `by_length[start..start + count]`.
    first_words: FxHashMap<u64, (u32, u32)>,
    by_length: Vec<u32>,
    /// A bit per hash of a first word (its top bits), eight bits or more per word: most words
    /// of the text find theirs clear and skip the table.
    first_bits: Vec<u64>,
    first_shift: u32,
    /// Whether some pattern starts with a character that is not part of a word (`'s`, `.net`):
    /// then the punctuation of the text is looked up too.
    punctuation_first: bool,
    /// The byte length of the longest pattern with a space in it (0: none has one).
    longest_spaced: usize,
    /// Per pattern: the indexes in `forms` of the forms with that skeleton,
    /// `pattern_forms[pattern_starts[p]..pattern_starts[p + 1]]`.
    pattern_starts: Vec<u32>,
    pattern_forms: Vec<u32>,
    pub forms: Arc<[Form]>,
}

/// A whole-word match of a pattern in a skeleton.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawHit {
    /// Byte range in the skeleton.
    pub range: Range<usize>,
    pub pattern: usize,
}

impl ExactMatcher {
    pub fn new(forms: Vec<Form>) -> ExactMatcher {
        ExactMatcher::with_forms(forms.into())
    }

    /// The matcher of `forms`, sharing them with the caller.
    pub fn with_forms(forms: Arc<[Form]>) -> ExactMatcher {
        let mut by_skeleton: FxHashMap<String, u32> = FxHashMap::default();
        let mut keys = String::new();
        let mut spans: Vec<(u32, u32)> = Vec::new();
        // Per form, its pattern.
        let mut form_pattern: Vec<u32> = Vec::with_capacity(forms.len());
        for form in forms.iter() {
            let key = skeleton(&form.text);
            if key.is_empty() {
                form_pattern.push(u32::MAX);
                continue;
            }
            let p = *by_skeleton.entry(key).or_insert_with_key(|key| {
                let start = keys.len() as u32;
                keys.push_str(key);
                spans.push((start, keys.len() as u32));
                spans.len() as u32 - 1
            });
            form_pattern.push(p);
        }
        drop(by_skeleton);
        // Forms by pattern, in form order.
        let mut pattern_starts = vec![0u32; spans.len() + 1];
        for &p in form_pattern.iter().filter(|&&p| p != u32::MAX) {
            pattern_starts[p as usize + 1] += 1;
        }
        for i in 1..pattern_starts.len() {
            pattern_starts[i] += pattern_starts[i - 1];
        }
        let mut fill = pattern_starts.clone();
        let mut pattern_forms = vec![0u32; pattern_starts[spans.len()] as usize];
        for (fi, &p) in form_pattern.iter().enumerate() {
            if p != u32::MAX {
                pattern_forms[fill[p as usize] as usize] = fi as u32;
                fill[p as usize] += 1;
            }
        }
        // Patterns by first word, longest first.
        let mut punctuation_first = false;
        let mut order: Vec<(u64, u32, u32)> = spans
            .iter()
            .enumerate()
            .map(|(p, &(a, b))| {
                let key = &keys[a as usize..b as usize];
                let first = first_word(key);
                punctuation_first |= !key[..first].chars().next().is_some_and(is_word_char);
                (hash(&key[..first]), b - a, p as u32)
            })
            .collect();
        order.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
        let longest_spaced = spans
            .iter()
            .map(|&(a, b)| &keys[a as usize..b as usize])
            .filter(|k| k.contains(' '))
            .map(str::len)
            .max()
            .unwrap_or(0);
        let mut first_words: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
        first_words.reserve(order.len());
        for (i, &(h, _, _)) in order.iter().enumerate() {
            first_words
                .entry(h)
                .and_modify(|(_, count)| *count += 1)
                .or_insert((i as u32, 1));
        }
        let bits = (first_words.len() * 8).next_power_of_two().max(4096);
        let first_shift = 64 - bits.trailing_zeros();
        let mut first_bits = vec![0u64; bits / 64];
        for &h in first_words.keys() {
            let b = (h >> first_shift) as usize;
            first_bits[b / 64] |= 1 << (b % 64);
        }
        ExactMatcher {
            keys,
            spans,
            first_words,
            first_bits,
            first_shift,
            by_length: order.into_iter().map(|(_, _, p)| p).collect(),
            punctuation_first,
            longest_spaced,
            pattern_starts,
            pattern_forms,
            forms,
        }
    }

    /// The forms that share the skeleton of pattern `p`.
    pub fn forms_of(&self, p: usize) -> impl Iterator<Item = &Form> + Clone {
        let (a, b) = (self.pattern_starts[p], self.pattern_starts[p + 1]);
        self.pattern_forms[a as usize..b as usize]
            .iter()
            .map(|&i| &self.forms[i as usize])
    }

    /// The skeleton of pattern `p`.
    pub fn pattern(&self, p: usize) -> &str {
        let (a, b) = self.spans[p];
        &self.keys[a as usize..b as usize]
    }

    /// Whole-word matches in `text` (a skeleton), leftmost-longest, not overlapping. Where the
    /// longest match at a position is not a whole word, the search goes on from the next
    /// character, so `Erdoganism Erdogan` still finds the second word.
    pub fn find(&self, text: &str) -> Vec<RawHit> {
        let mut words = Vec::new();
        word_ranges(text, &mut words);
        let mut out = Vec::new();
        self.find_in_words(text, &words, &mut out);
        out
    }

    /// [`find`](Self::find) over the words of `text` already split by `word_ranges`, appending
    /// to `out`.
    pub fn find_in_words(&self, text: &str, words: &[Range<usize>], out: &mut Vec<RawHit>) {
        if self.spans.is_empty() {
            return;
        }
        // Matches end at `pos` or later.
        let mut pos = 0;
        let mut gap_start = 0;
        for word in words {
            if self.punctuation_first {
                self.punctuation(text, gap_start..word.start, &mut pos, out);
            }
            if word.start >= pos {
                self.at(text, word.start, &text[word.clone()], &mut pos, out);
            }
            gap_start = word.end;
        }
        if self.punctuation_first {
            self.punctuation(text, gap_start..text.len(), &mut pos, out);
        }
    }

    /// Whether some pattern occurs in `text` (a skeleton) across the space at byte `q`: starting
    /// before it and ending after it. Where none does, the text can be cut after the space
    /// and each side matched on its own with the same result.
    pub fn crosses(&self, text: &str, q: usize) -> bool {
        if self.longest_spaced == 0 {
            return false;
        }
        let mut from = q.saturating_sub(self.longest_spaced);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        // A start cut out of the middle of a word only adds a candidate: the answer may be
        // `true` where it need not be, never the other way round.
        let window = &text[from..q];
        let crosses_from = |s: usize, first: &str| -> bool {
            let Some(&(start, count)) = self.first_words.get(&hash(first)) else {
                return false;
            };
            let rest = &text.as_bytes()[s..];
            self.by_length[start as usize..(start + count) as usize]
                .iter()
                .map(|&p| self.pattern(p as usize).as_bytes())
                .any(|key| s + key.len() > q + 1 && rest.starts_with(key))
        };
        let mut words = Vec::new();
        word_ranges(window, &mut words);
        if words
            .iter()
            .any(|w| crosses_from(from + w.start, &window[w.clone()]))
        {
            return true;
        }
        self.punctuation_first
            && window.char_indices().any(|(off, c)| {
                !is_word_char(c) && crosses_from(from + off, &window[off..off + c.len_utf8()])
            })
    }

    /// Looks up the characters of `gap` (not part of any word) as starts of patterns.
    fn punctuation(&self, text: &str, gap: Range<usize>, pos: &mut usize, out: &mut Vec<RawHit>) {
        for (off, c) in text[gap.clone()].char_indices() {
            let s = gap.start + off;
            if s >= *pos {
                self.at(text, s, &text[s..s + c.len_utf8()], pos, out);
            }
        }
    }

    /// The longest pattern at `s` whose first word is `first`; kept if it is a whole word.
    fn at(&self, text: &str, s: usize, first: &str, pos: &mut usize, out: &mut Vec<RawHit>) {
        let h = hash(first);
        let b = (h >> self.first_shift) as usize;
        if self.first_bits[b / 64] & (1 << (b % 64)) == 0 {
            return;
        }
        let Some(&(start, count)) = self.first_words.get(&h) else {
            return;
        };
        let rest = &text.as_bytes()[s..];
        for &p in &self.by_length[start as usize..(start + count) as usize] {
            let key = self.pattern(p as usize).as_bytes();
            if rest.starts_with(key) {
                let end = s + key.len();
                if is_whole_word(text, s, end) {
                    out.push(RawHit {
                        range: s..end,
                        pattern: p as usize,
                    });
                    *pos = end;
                }
                return;
            }
        }
    }
}

/// The byte length of the first word of a skeleton, or of its first character when that is not
/// part of a word.
fn first_word(key: &str) -> usize {
    let mut end = 0;
    for (i, c) in key.char_indices() {
        if !is_word_char(c) {
            return if i == 0 { c.len_utf8() } else { i };
        }
        end = i + c.len_utf8();
    }
    end
}

fn hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

/// Whether `start..end` of `text` neither starts nor ends inside a word.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let joins = |outside: Option<char>, inside: Option<char>| matches!((outside, inside), (Some(o), Some(i)) if is_word_char(o) && is_word_char(i));
    !joins(before, first) && !joins(after, last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::CaseRule;
    use crate::matcher::{Inflection, TermRef};

    fn matcher(forms: &[&str]) -> ExactMatcher {
        ExactMatcher::new(
            forms
                .iter()
                .enumerate()
                .map(|(i, f)| Form {
                    term: TermRef {
                        concept: 0,
                        term: i as u32,
                    },
                    text: f.to_string(),
                    inflection: Inflection::Base,
                    case: CaseRule::Sensitive,
                    near_misses: true,
                })
                .collect(),
        )
    }

    fn found<'a>(m: &ExactMatcher, text: &'a str) -> Vec<&'a str> {
        m.find(text).into_iter().map(|h| &text[h.range]).collect()
    }

    #[test]
    fn leftmost_longest_prefers_the_full_name() {
        let m = matcher(&["Erdogan", "Recep Tayyip Erdogan", "Tayyip Erdogan"]);
        assert_eq!(
            found(&m, "recep tayyip erdogan met erdogan"),
            ["recep tayyip erdogan", "erdogan"]
        );
    }

    #[test]
    fn whole_words_only() {
        let m = matcher(&["Homs", "US"]);
        assert_eq!(found(&m, "homsy us house homs's"), ["us", "homs"]);
        assert_eq!(found(&m, "erdoganism homs"), ["homs"]);
    }

    #[test]
    fn apostrophes_and_hyphens_are_boundaries() {
        let m = matcher(&["Idlib", "Idleb"]);
        assert_eq!(
            found(&m, "l'idleb idlib's idlib-based"),
            ["idleb", "idlib", "idlib"]
        );
    }
}
