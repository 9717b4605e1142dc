//! Exact matching: every form of every term of one language in one Aho-Corasick automaton over
//! skeletons, leftmost-longest, whole words only.

use std::ops::Range;

use aho_corasick::{AhoCorasick, Input, MatchKind};
use rustc_hash::FxHashMap;

use super::Form;
use crate::text::skeleton::{is_word_char, skeleton};

/// The automaton of one language's forms.
pub struct ExactMatcher {
    automaton: AhoCorasick,
    /// Per pattern: the indexes in `forms` of the forms with that skeleton.
    patterns: Vec<Vec<usize>>,
    pub forms: Vec<Form>,
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
        let mut by_skeleton: FxHashMap<String, usize> = FxHashMap::default();
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Vec<usize>> = Vec::new();
        for (i, form) in forms.iter().enumerate() {
            let key = skeleton(&form.text);
            if key.is_empty() {
                continue;
            }
            let p = *by_skeleton.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                patterns.push(Vec::new());
                patterns.len() - 1
            });
            patterns[p].push(i);
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&keys)
            .expect("an automaton of this glossary's size builds");
        ExactMatcher {
            automaton,
            patterns,
            forms,
        }
    }

    /// The forms that share the skeleton of pattern `p`.
    pub fn forms_of(&self, p: usize) -> impl Iterator<Item = &Form> {
        self.patterns[p].iter().map(|&i| &self.forms[i])
    }

    /// Whole-word matches in `text` (a skeleton), leftmost-longest, not overlapping. Where the
    /// longest match at a position is not a whole word, the search goes on from the next
    /// character, so `Erdoganism Erdogan` still finds the second word.
    pub fn find(&self, text: &str) -> Vec<RawHit> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = self.automaton.find(Input::new(text).range(pos..)) else {
                break;
            };
            if is_whole_word(text, m.start(), m.end()) {
                out.push(RawHit {
                    range: m.start()..m.end(),
                    pattern: m.pattern().as_usize(),
                });
                pos = m.end();
            } else {
                pos = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
            }
        }
        out
    }
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
