//! Near misses: a deletion-neighbourhood index over the words of the glossary's forms.
//!
//! Every word of every form (as a skeleton) is stored under the hashes of all strings made from
//! it by deleting up to one character (two for long words). A word of the text is looked up by
//! the hashes of its own deletions: two words within edit distance *d* share a string with at
//! most *d* deletions from each. Candidates are verified with the optimal-string-alignment
//! distance (a transposition counts one: `Idlbi`), with a threshold by the term word's length:
//!
//! | term word | near miss within |
//! |---|---|
//! | up to 4 letters | never (`Homs`/`Home`, `Iran`/`Iraq`, `Azaz`/`Abaz`: too close to tell) |
//! | 5 letters | 1, and the first letter must agree |
//! | 6 to 8 letters | 1 |
//! | 9 letters or more | 2 |
//!
//! Before anything is reported: a word that is itself a word of some form is not a near miss;
//! a lower-case word near a name is an ordinary word (`homes`, `trumps`); a word the language's
//! lexicon knows is not a misspelling; and words the configuration accepts are skipped. In a
//! language without a dictionary, only typing slips (a swap, a doubled letter) are reported.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::Lexicon;
use super::neighbours::{self, NeighbourIndex, Probes};
use super::Form;
use crate::glossary::CaseRule;
use crate::text::skeleton::{is_word_char, skeleton, word_ranges};

/// The near-miss index of one language.
pub struct FuzzyIndex {
    pub forms: Arc<[Form]>,
    /// The skeletons of the forms' words, one after the other.
    word_text: String,
    /// Per word of a form: its byte range in `word_text`, its length in characters, and
    /// whether it starts with a capital as written.
    words: Vec<WordInfo>,
    /// Per form: the index in `words` of its first word, and how many it has.
    form_words: Vec<(u32, u32)>,
    /// The indexed words: (form, word position).
    entries: Vec<(u32, u8)>,
    /// Which entries a text word may be a near miss of.
    neighbours: NeighbourIndex,
    /// Every word of every form: a text word among these is a term's word, not a near miss.
    known: FxHashSet<Box<str>>,
    /// The words of the forms of two words or more: a near miss spans text words only where
    /// one of them is among these.
    multiword: FxHashSet<Box<str>>,
    /// Whether looking a word up in the lexicon costs less than looking it up in the index
    /// (a large glossary): then the lexicon is asked first.
    lexicon_first: bool,
    /// Tells this index apart from any other, for the per-thread memo of verdicts.
    id: u64,
}

#[derive(Clone, Copy)]
struct WordInfo {
    start: u32,
    end: u32,
    chars: u32,
    capital: bool,
    /// [`letter_mask`] of the word.
    letters: u64,
}

/// A near miss found in a skeleton.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NearHit {
    /// Byte range in the skeleton.
    pub range: Range<usize>,
    pub form: usize,
    /// The position in the form of the word that is missed.
    pub word: usize,
    pub distance: u8,
}

/// The longest form, in words, that near-miss matching considers.
const MAX_WORDS: usize = 8;

/// Above this many slots (8 MiB) an index lookup misses the processor's caches, and the lexicon
/// is asked first.
const LEXICON_FIRST_SLOTS: usize = 1 << 20;

impl FuzzyIndex {
    pub fn new(forms: &[Form]) -> FuzzyIndex {
        FuzzyIndex::with_forms(forms.into())
    }

    /// The index of `forms`, sharing them with the caller.
    pub fn with_forms(forms: Arc<[Form]>) -> FuzzyIndex {
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        let mut word_text = String::new();
        let mut words = Vec::with_capacity(forms.len());
        let mut form_words = Vec::with_capacity(forms.len());
        let mut entries = Vec::new();
        let mut known = FxHashSet::default();
        let mut multiword: FxHashSet<Box<str>> = FxHashSet::default();
        let mut chars: Vec<char> = Vec::new();
        for (fi, form) in forms.iter().enumerate() {
            let skel = skeleton(&form.text);
            let first = words.len() as u32;
            let mut capitals = original_words(&form.text)
                .map(|w| w.chars().next().is_some_and(char::is_uppercase));
            for (_, w) in self::words(&skel) {
                let start = word_text.len() as u32;
                word_text.push_str(w);
                words.push(WordInfo {
                    start,
                    end: word_text.len() as u32,
                    chars: w.chars().count() as u32,
                    capital: capitals.next().unwrap_or(false),
                    letters: letter_mask(w.chars()),
                });
            }
            let count = words.len() as u32 - first;
            form_words.push((first, count));
            if count as usize > MAX_WORDS {
                continue;
            }
            for wi in 0..count {
                let info = words[(first + wi) as usize];
                let word = &word_text[info.start as usize..info.end as usize];
                if !known.contains(word) {
                    known.insert(Box::from(word));
                }
                if count > 1 && !multiword.contains(word) {
                    multiword.insert(Box::from(word));
                }
                if max_distance(info.chars as usize) == 0 {
                    continue;
                }
                entries.push((fi as u32, wi as u8));
            }
        }
        let word_of =
            |&(fi, wi): &(u32, u8)| words[(form_words[fi as usize].0 + u32::from(wi)) as usize];
        let capacity = entries
            .iter()
            .map(|e| neighbours::Builder::keys_of(word_of(e).chars as usize))
            .sum();
        let mut builder = neighbours::Builder::with_capacity(capacity);
        for (entry, e) in entries.iter().enumerate() {
            let info = word_of(e);
            chars.clear();
            chars.extend(word_text[info.start as usize..info.end as usize].chars());
            builder.add(&chars, entry as u32);
        }
        let neighbours = builder.build();
        let lexicon_first = neighbours.heap_size() / 8 > LEXICON_FIRST_SLOTS;
        FuzzyIndex {
            forms,
            word_text,
            words,
            form_words,
            entries,
            neighbours,
            known,
            multiword,
            lexicon_first,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Whether a near miss may span text words `a` and `b` (neighbours, skeletons): only when
    /// one of them is a word of a form of several words.
    pub fn may_span(&self, a: &str, b: &str) -> bool {
        !self.multiword.is_empty() && (self.multiword.contains(a) || self.multiword.contains(b))
    }

    /// Near misses in `text` (a skeleton), skipping the `covered` ranges (exact hits, in text
    /// order, not overlapping) and the `accept`ed words. `original` gives the text as written
    /// for a skeleton range; it is asked for ranges in increasing order.
    pub fn find<'t>(
        &self,
        text: &str,
        covered: &[Range<usize>],
        accept: &FxHashSet<String>,
        original: impl FnMut(Range<usize>) -> &'t str,
        lang: &str,
    ) -> Vec<NearHit> {
        let mut words = Vec::new();
        word_ranges(text, &mut words);
        let mut out = Vec::new();
        self.find_in_words(text, &words, covered, accept, original, lang, &mut out);
        out
    }

    /// [`find`](Self::find) over the words of `text` already split by `word_ranges`, appending
    /// to `out`.
    #[allow(clippy::too_many_arguments)]
    pub fn find_in_words<'t>(
        &self,
        text: &str,
        text_words: &[Range<usize>],
        covered: &[Range<usize>],
        accept: &FxHashSet<String>,
        mut original: impl FnMut(Range<usize>) -> &'t str,
        lang: &str,
        out: &mut Vec<NearHit>,
    ) {
        let first_out = out.len();
        SCRATCH.with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            let scratch = &mut *scratch;
            scratch.memo.reset_for(self.id, lang);
            // Without a dictionary to tell another word (Aktionen, Sanktionen; Stürmer, Starmer)
            // from a misspelling, only typing slips are reported.
            let slips_only = !Lexicon::builtin().covers(lang);
            // `covered` is in text order, like the words: one pointer walks it.
            let mut next_covered = 0;
            for (i, range) in text_words.iter().enumerate() {
                while covered
                    .get(next_covered)
                    .is_some_and(|c| c.end <= range.start)
                {
                    next_covered += 1;
                }
                let word = &text[range.clone()];
                // Five characters take at least five bytes.
                if word.len() < 5
                    || covered
                        .get(next_covered)
                        .is_some_and(|c| c.start < range.end)
                    || out[first_out..]
                        .last()
                        .is_some_and(|h| h.range.end > range.start)
                    || (!accept.is_empty() && accept.contains(word))
                {
                    continue;
                }
                let written = original(range.clone());
                let verdict = match scratch.memo.get(written) {
                    Some(v) => v,
                    None => {
                        scratch.memo.make_room();
                        let v = self.verdict(word, written, lang, slips_only, scratch);
                        scratch.memo.insert(written, v)
                    }
                };
                let Verdict::Candidates(start, len) = verdict else {
                    continue;
                };
                let mut best: Option<NearHit> = None;
                for k in start..start + len {
                    let (entry, distance) = scratch.memo.candidates[k as usize];
                    let (fi, wi) = self.entries[entry as usize];
                    if let Some(hit) =
                        self.in_context(text_words, text, i, fi as usize, wi as usize, distance)
                    {
                        let better = best.as_ref().is_none_or(|b| {
                            (hit.distance, std::cmp::Reverse(hit.range.len()))
                                < (b.distance, std::cmp::Reverse(b.range.len()))
                        });
                        if better {
                            best = Some(hit);
                        }
                    }
                }
                let Some(hit) = best else { continue };
                let form = &self.forms[hit.form];
                let (first, _) = self.form_words[hit.form];
                if form.case == CaseRule::Sensitive
                    && self.words[first as usize + hit.word].capital
                    && written.chars().next().is_some_and(char::is_lowercase)
                {
                    // A lower-case word near a name is an ordinary word: `homes`, `trumps`.
                    continue;
                }
                out.push(hit);
            }
        });
    }

    /// What a text word can be, whatever its context: never a near miss (too short, a term's
    /// own word, a number, a known word of the language, near no term word), or a near miss
    /// of some term words, at their distances. `word` is the skeleton, `written` the text.
    fn verdict(
        &self,
        word: &str,
        written: &str,
        lang: &str,
        slips_only: bool,
        scratch: &mut Scratch,
    ) -> Verdict {
        scratch.chars.clear();
        scratch.chars.extend(word.chars());
        let chars = &scratch.chars;
        if chars.len() < 5 || self.known.contains(word) || word.bytes().any(|b| b.is_ascii_digit())
        {
            return Verdict::Skip;
        }
        // A known word is never a misspelling: with a large glossary, or once many words have
        // been looked up (the dictionary is needed sooner or later), asking the lexicon first
        // spares the index lookups of every ordinary word.
        scratch.memo.misses += 1;
        let lexicon_first = self.lexicon_first || scratch.memo.misses > LEXICON_FIRST_AFTER;
        if lexicon_first && Lexicon::builtin().is_known(lang, written) {
            return Verdict::Skip;
        }
        let found = &mut scratch.found;
        found.clear();
        self.neighbours
            .candidates(chars, &mut scratch.probes, |e| found.push(e));
        found.sort_unstable();
        found.dedup();
        let start = scratch.memo.candidates.len() as u32;
        for &entry in found.iter() {
            let (fi, wi) = self.entries[entry as usize];
            if let Some(d) = self.near_word(
                chars,
                fi as usize,
                wi as usize,
                slips_only,
                &mut scratch.target,
                &mut scratch.rows,
            ) {
                scratch.memo.candidates.push((entry, d));
            }
        }
        let len = scratch.memo.candidates.len() as u32 - start;
        if len == 0 {
            return Verdict::Skip;
        }
        if !lexicon_first && Lexicon::builtin().is_known(lang, written) {
            scratch.memo.candidates.truncate(start as usize);
            return Verdict::Skip;
        }
        Verdict::Candidates(start, len)
    }

    /// The words of form `fi`.
    fn form_word(&self, fi: usize, wi: usize) -> (&str, WordInfo) {
        let info = self.words[(self.form_words[fi].0 as usize) + wi];
        (
            &self.word_text[info.start as usize..info.end as usize],
            info,
        )
    }

    /// The edit distance at which text word `chars` is a near miss of word
    /// `wi` of form `fi`, if it is one, whatever the words around it.
    fn near_word(
        &self,
        chars: &[char],
        fi: usize,
        wi: usize,
        slips_only: bool,
        target: &mut Vec<char>,
        rows: &mut Vec<usize>,
    ) -> Option<u8> {
        let (target_word, info) = self.form_word(fi, wi);
        let limit = max_distance(info.chars as usize);
        if chars.len().abs_diff(info.chars as usize) > limit {
            return None; // more letters apart than edits allowed
        }
        if (letter_mask(chars.iter().copied()) ^ info.letters).count_ones() as usize > 2 * limit {
            return None; // an edit adds or removes at most two letters of the alphabet
        }
        target.clear();
        target.extend(target_word.chars());
        let target = &target[..];
        if target.len() <= 5 && chars.first() != target.first() {
            return None;
        }
        let distance = neighbours::osa_distance(chars, target, limit, rows);
        if distance == 0 || distance > limit {
            return None;
        }
        if chars.len() > target.len()
            && chars.len() - target.len() <= 3
            && chars.starts_with(target)
        {
            // The term word with an ending: an inflected or derived form (Идлибе, Syrian),
            // not a misspelling.
            return None;
        }
        if (target.len() <= 6 || slips_only) && !is_slip(chars, target) {
            // Short names differ from other names and words by one letter all the time
            // (Kobani/Kabani, Daraa/Darat): only a swap or a doubled letter is a near miss.
            return None;
        }
        Some(distance as u8)
    }

    /// The near miss of form `fi` at text word `i`, a near miss of the form's word `wi`, when
    /// the other words of the form stand around it in the text.
    fn in_context(
        &self,
        text_words: &[Range<usize>],
        text: &str,
        i: usize,
        fi: usize,
        wi: usize,
        distance: u8,
    ) -> Option<NearHit> {
        let (_, count) = self.form_words[fi];
        let first = i.checked_sub(wi)?;
        let last = first + count as usize - 1;
        if last >= text_words.len() {
            return None;
        }
        for k in 0..count as usize {
            if k != wi && text[text_words[first + k].clone()] != *self.form_word(fi, k).0 {
                return None;
            }
        }
        Some(NearHit {
            range: text_words[first].start..text_words[last].end,
            form: fi,
            word: wi,
            distance,
        })
    }
}

/// What is known of a text word whatever its context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Skip,
    /// `candidates[start..start + len]` of the memo: (entry, distance).
    Candidates(u32, u32),
}

/// Buffers reused across calls, and the memo of verdicts, per thread.
#[derive(Default)]
struct Scratch {
    memo: Memo,
    chars: Vec<char>,
    target: Vec<char>,
    rows: Vec<usize>,
    found: Vec<u32>,
    probes: Probes,
}

/// The verdicts of the words seen so far, by the word as written, for one index and one
/// language. News repeats its words: most words are looked up once per thread.
#[derive(Default)]
struct Memo {
    index: u64,
    lang: String,
    verdicts: FxHashMap<Box<str>, Verdict>,
    candidates: Vec<(u32, u8)>,
    /// Verdicts worked out since the memo was last emptied.
    misses: usize,
}

/// After this many words worked out, the lexicon is asked before the index whatever its size.
const LEXICON_FIRST_AFTER: usize = 1000;

/// The memo forgets everything past this many words, to bound its memory.
const MEMO_WORDS: usize = 1 << 18;

impl Memo {
    fn reset_for(&mut self, index: u64, lang: &str) {
        if self.index != index || self.lang != lang || self.verdicts.len() >= MEMO_WORDS {
            self.index = index;
            self.lang.clear();
            self.lang.push_str(lang);
            self.verdicts.clear();
            self.candidates.clear();
            self.misses = 0;
        }
    }

    /// Forgets everything when full, so that one long segment too keeps the memo bounded.
    fn make_room(&mut self) {
        if self.verdicts.len() >= MEMO_WORDS {
            self.verdicts.clear();
            self.candidates.clear();
        }
    }

    fn get(&self, written: &str) -> Option<Verdict> {
        self.verdicts.get(written).copied()
    }

    fn insert(&mut self, written: &str, v: Verdict) -> Verdict {
        self.verdicts.insert(Box::from(written), v);
        v
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// Which letters a word has, folded onto 64 bits: one edit (a letter replaced, added, removed,
/// or two swapped) changes at most two bits.
fn letter_mask(word: impl Iterator<Item = char>) -> u64 {
    word.fold(0, |m, c| m | 1 << (u32::from(c) % 64))
}

/// Whether `a` and `b` differ by two neighbouring letters swapped, or by one letter doubled.
fn is_slip(a: &[char], b: &[char]) -> bool {
    if a.len() == b.len() {
        let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        return diff.len() == 2
            && diff[1] == diff[0] + 1
            && a[diff[0]] == b[diff[1]]
            && a[diff[1]] == b[diff[0]];
    }
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 {
        return false;
    }
    let i = (0..short.len())
        .find(|&i| long[i] != short[i])
        .unwrap_or(short.len());
    long[..i] == short[..i]
        && long[i + 1..] == short[i..]
        && ((i > 0 && long[i] == long[i - 1]) || (i + 1 < long.len() && long[i] == long[i + 1]))
}

/// The largest edit distance at which a word of `len` letters has near misses.
pub fn max_distance(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The words of a skeleton: runs of word characters, with their byte ranges.
pub fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut start = None;
    let mut iter = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    std::iter::from_fn(move || {
        for (i, c) in iter.by_ref() {
            match (start, is_word_char(c) && i < text.len()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    start = None;
                    return Some((s..i, &text[s..i]));
                }
                _ => {}
            }
        }
        None
    })
}

/// The words of a form as written, split where its skeleton splits.
fn original_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| {
        !(c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c))
    })
    .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::{Inflection, TermRef};

    fn index(forms: &[&str]) -> FuzzyIndex {
        let forms: Vec<Form> = forms
            .iter()
            .enumerate()
            .map(|(i, f)| Form {
                term: TermRef {
                    concept: i as u32,
                    term: 0,
                },
                text: f.to_string(),
                inflection: Inflection::Base,
                case: CaseRule::default_for(f),
            })
            .collect();
        FuzzyIndex::new(&forms)
    }

    fn near(index: &FuzzyIndex, original: &str) -> Vec<(String, String)> {
        let folded = crate::text::fold(original);
        index
            .find(
                &folded.text,
                &[],
                &FxHashSet::default(),
                |r| &original[folded.map.range_to_src(r)],
                "en",
            )
            .into_iter()
            .map(|h| {
                (
                    original[folded.map.range_to_src(h.range)].to_string(),
                    index.forms[h.form].text.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn substitution_insertion_transposition_doubling() {
        let idx = index(&["Erdogan", "Idlib", "Astana", "Алеппо", "Kazakhstan"]);
        let pairs = near(&idx, "Erdogen in Idlbi, Astanna, Алепо and Kazakstan.");
        let found: Vec<&str> = pairs.iter().map(|(a, _)| a.as_str()).collect();
        assert_eq!(found, ["Erdogen", "Idlbi", "Astanna", "Алепо", "Kazakstan"]);
    }

    #[test]
    fn lower_case_words_near_names_are_ordinary_words() {
        let idx = index(&["Homs", "Trump"]);
        assert!(near(&idx, "their homes and trumps").is_empty());
        assert_eq!(near(&idx, "in Trummp").len(), 1);
    }

    #[test]
    fn short_words_need_the_same_first_letter_and_tiny_words_never_match() {
        let idx = index(&["Homs", "Azaz", "Iraq", "Aleppo", "Assad"]);
        assert!(near(&idx, "Toms Abaz Ira Iraqi").is_empty());
        assert!(near(&idx, "Basad").is_empty());
        assert_eq!(near(&idx, "Asad").len(), 0);
        assert_eq!(near(&idx, "Asasd").len(), 1);
        assert_eq!(near(&idx, "Alepo Aleppos").len(), 1);
    }

    #[test]
    fn a_term_word_is_not_a_near_miss_of_another_term() {
        let idx = index(&["Iran", "Iraq", "Hama", "Hamas"]);
        assert!(near(&idx, "Iran Iraq Hama Hamas").is_empty());
    }

    #[test]
    fn multiword_forms_need_their_other_words() {
        let idx = index(&["Khan Sheikhoun"]);
        assert_eq!(
            near(&idx, "in Khan Sheikhun today"),
            [("Khan Sheikhun".to_string(), "Khan Sheikhoun".to_string())]
        );
        assert!(near(&idx, "in Sheikhun today").is_empty());
    }

    #[test]
    fn short_names_take_only_swaps_and_doubled_letters() {
        let idx = index(&["Kobani", "Daraa", "Idlib"]);
        assert!(near(&idx, "Kabani Darat").is_empty());
        assert_eq!(near(&idx, "Idlbi Idllib Kobbani").len(), 3);
    }

    #[test]
    fn endings_are_inflections_not_misspellings() {
        let idx = index(&["Идлиб", "Эрдоган", "Syria"]);
        assert!(near(&idx, "Идлибе Эрдогана Syrian").is_empty());
        assert_eq!(near(&idx, "Идлеба").len(), 0);
    }

    #[test]
    fn long_words_allow_two_edits() {
        let idx = index(&["Kazakhstan"]);
        assert_eq!(near(&idx, "Kasakstan").len(), 1);
        assert!(near(&idx, "Kasakstam").len() <= 1);
    }
}
