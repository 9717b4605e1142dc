//! Looking a form up: the concepts behind one form written in any language or script,
//! inflected, misspelt, without its diacritics, or in another language's form
//! (`termlint lookup`).
//!
//! The query is compared with every term of the glossary on skeletons (`text::skeleton`:
//! lower case, no diacritics, one apostrophe, one hyphen, one space), the way the matcher
//! compares a text's words, and classified by comparing surfaces (`text::surface`). Inflected
//! forms are the ones the matcher looks for in a text (`inflect::forms`), generated only for
//! the terms whose first letters the query has: a query is one form, so the forms of the
//! 26,000 built-in terms need not all be made (the matcher of all seven languages takes longer
//! to build than a lookup may take whole). A suffix after an apostrophe (`Erdoğan'ın`,
//! `Idlib's`) and an elided article before one (`l'Idleb`) are left out, as the matcher's word
//! boundaries leave them out of a text.
//!
//! The text matcher's own near-miss search is not used: it leaves out, on purpose, what running
//! text makes doubtful (a word its dictionary knows, a lower-case word near a name, a typo in a
//! language without a dictionary), while a query is a name someone wants found. Near misses are
//! counted with the matcher's edit distance (a swap counts one) within the matcher's thresholds
//! by length (`fuzzy::threshold_len`), the query's length deciding.
//!
//! **Score** (0 to 1; the best match of each concept counts, best first):
//!
//! | the query is | score |
//! |---|---|
//! | a term as written | 1.00 |
//! | a term in another case | 0.98 |
//! | a term with other diacritics or letter variants (`Erdogan` for `Erdoğan`, `ادلب`) | 0.96 |
//! | an inflected form of a term (`Эрдогана`, `بأردوغان`) | 0.94, 0.92 with other diacritics |
//! | a near miss at edit distance *d* of a term, the query *n* letters long | 0.90 × (1 − *d*/*n*), × 0.97 when of an inflected form |
//! | some whole words of a term (`Tayyip`) | 0.30 + 0.40 × the share of the term's letters |
//!
//! A suffix or article left out at an apostrophe costs 1%; with the query's language given
//! (`--lang`), a match in another language costs 10%. Scores are rounded to three decimals, so
//! that equal matches tie; ties go to the query's language, then to the preferred, admitted and
//! forbidden terms in that order, then to the glossary's order.

use rustc_hash::FxHashMap;

use super::fuzzy::threshold_len;
use super::inflect::{self, Inflection};
use super::neighbours::osa_distance;
use crate::glossary::{Glossary, Status};
use crate::text::skeleton::{is_word_char, skeleton};
use crate::text::surface::{lower, surface};

/// What a lookup is asked.
#[derive(Clone, Debug)]
pub struct LookupOptions {
    /// The language of the query (BCP 47), when known: its terms and their inflected forms
    /// come first.
    pub lang: Option<String>,
    /// The most concepts returned.
    pub limit: usize,
}

impl Default for LookupOptions {
    fn default() -> Self {
        LookupOptions {
            lang: None,
            limit: 10,
        }
    }
}

/// A concept a query may be a form of.
#[derive(Clone, Debug, PartialEq)]
pub struct LookupMatch {
    /// The concept, by position in the glossary.
    pub concept: usize,
    /// The term of the concept that matched, by position in the concept's terms.
    pub term: usize,
    /// The form of the term compared: the term itself or one of its inflected forms.
    pub form: String,
    pub how: How,
    /// 0 to 1, see the module's table.
    pub score: f64,
}

/// How a query relates to the term it matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// The term as written.
    Exact,
    /// The term in another case.
    Case,
    /// The term with other diacritics or letter variants.
    Diacritics,
    /// An inflected form of the term.
    Inflected,
    /// A near miss of the term or of one of its inflected forms.
    Near { distance: u8 },
    /// Some whole words of the term.
    Part,
}

impl How {
    /// The name of the relation in JSON output: `exact`, `case`, `diacritics`, `inflected`,
    /// `near`, `part`.
    pub fn as_str(self) -> &'static str {
        match self {
            How::Exact => "exact",
            How::Case => "case",
            How::Diacritics => "diacritics",
            How::Inflected => "inflected",
            How::Near { .. } => "near",
            How::Part => "part",
        }
    }
}

/// The concepts `query` may be a form of, best first (see the module's doc).
pub fn lookup(glossary: &Glossary, query: &str, options: &LookupOptions) -> Vec<LookupMatch> {
    Lookup::for_query(glossary, query).find(query, options)
}

/// The terms of a glossary prepared for lookups: for many queries, prepared once.
pub struct Lookup<'g> {
    glossary: &'g Glossary,
    entries: Vec<Entry>,
    /// Per entry, its inflected forms with their skeletons, made when first needed.
    inflected: Vec<std::sync::OnceLock<Forms>>,
    /// The entries a query may match, for many queries ([`Lookup::new`]); without it, a query
    /// is compared with every entry (one query: building the index takes longer).
    index: Option<Index>,
}

/// The longest edit distance of a near miss ([`variant`]).
const MAX_DISTANCE: usize = 2;

/// Where to find the entries a query may match, so that it is compared with a few instead of
/// all 26,500: every entry `compare` may return a match for is among the candidates
/// ([`Index::candidates`]), so the results are those of comparing with every entry.
struct Index {
    /// The hashes ([`deletions`]) of the entries' skeletons with up to [`MAX_DISTANCE`]
    /// characters deleted, sorted, with their entries. A query at edit distance *d* (a swap
    /// counting one) of a skeleton shares with it a string with *d* or fewer characters
    /// deleted from each (a substitution or a swap deletes one character on each side, an
    /// insertion one on one side); an equal skeleton is the string with none deleted. A hash
    /// shared by chance only adds a candidate.
    deleted: Vec<(u64, u32)>,
    /// The prefix `may_inflect_to` asks the query to start with → the entries of languages
    /// with inflection tables, Arabic's apart (the prefix may come after proclitics).
    prefixes: FxHashMap<Box<str>, Vec<u32>>,
    arabic_prefixes: FxHashMap<Box<str>, Vec<u32>>,
    /// A word of a skeleton of several words → its entries (`part_of`).
    words: FxHashMap<Box<str>, Vec<u32>>,
}

/// A term's inflected forms, each with its skeleton first.
type Forms = Box<[(String, String)]>;

/// A term with its skeleton.
struct Entry {
    concept: u32,
    term: u32,
    skeleton: Box<str>,
    /// The skeleton's characters.
    chars: Box<[char]>,
    /// The script of the term's first letter ([`script`]).
    script: u8,
}

/// A query, or a part of it left when a suffix or an article at an apostrophe is taken off.
struct Variant {
    skeleton: String,
    chars: Vec<char>,
    words: Vec<String>,
    surface: String,
    /// 1, or less for a part.
    factor: f64,
    /// The edit distance a near miss may have.
    max_distance: usize,
}

impl<'g> Lookup<'g> {
    /// The terms of `glossary` prepared and indexed for many queries.
    pub fn new(glossary: &'g Glossary) -> Lookup<'g> {
        let mut lookup = Lookup::in_scripts(glossary, u8::MAX);
        lookup.index = Some(Index::new(glossary, &lookup.entries));
        lookup
    }

    /// The terms of the scripts of `query` only (as [`script`] tells them): what one lookup
    /// needs. Folding all 26,500 built-in terms took longer than the lookup itself.
    pub fn for_query(glossary: &'g Glossary, query: &str) -> Lookup<'g> {
        Lookup::in_scripts(glossary, scripts_of(query))
    }

    /// The terms whose first letter's script is one of `scripts` (a mask of [`script`]s).
    fn in_scripts(glossary: &'g Glossary, scripts: u8) -> Lookup<'g> {
        let mut entries = Vec::new();
        for (ci, concept) in glossary.concepts.iter().enumerate() {
            for (ti, term) in concept.terms.iter().enumerate() {
                let script = term_script(&term.text);
                if script & scripts == 0 {
                    continue;
                }
                let skeleton = skeleton(&term.text);
                entries.push(Entry {
                    concept: ci as u32,
                    term: ti as u32,
                    chars: skeleton.chars().collect(),
                    skeleton: skeleton.into_boxed_str(),
                    script,
                });
            }
        }
        let inflected = entries.iter().map(|_| Default::default()).collect();
        Lookup {
            glossary,
            entries,
            inflected,
            index: None,
        }
    }

    /// The concepts `query` may be a form of, best first, at most `options.limit`.
    pub fn find(&self, query: &str, options: &LookupOptions) -> Vec<LookupMatch> {
        let variants = variants(query);
        let scripts = scripts_of(query);
        let mut best: FxHashMap<u32, LookupMatch> = FxHashMap::default();
        let mut rows = Vec::new();
        let candidates: Vec<usize> = match &self.index {
            Some(index) => index.candidates(&variants),
            None => (0..self.entries.len()).collect(),
        };
        let entries = candidates.into_iter().map(|i| (i, &self.entries[i]));
        for (index, entry) in entries.filter(|(_, e)| e.script & scripts != 0) {
            let concept = &self.glossary.concepts[entry.concept as usize];
            let term = &concept.terms[entry.term as usize];
            let foreign = options
                .lang
                .as_deref()
                .is_some_and(|l| !crate::lang::compatible(&term.lang, l));
            let lang_factor = if foreign { 0.9 } else { 1.0 };
            for v in &variants {
                let found =
                    self.compare(index, entry, v, foreign, &mut rows)
                        .map(|(how, score, form)| LookupMatch {
                            concept: entry.concept as usize,
                            term: entry.term as usize,
                            form,
                            how,
                            score: round(score * v.factor * lang_factor),
                        });
                let Some(found) = found else { continue };
                match best.get(&entry.concept) {
                    Some(b) if !self.better(&found, b, options) => {}
                    _ => {
                        best.insert(entry.concept, found);
                    }
                }
            }
        }
        let mut out: Vec<LookupMatch> = best.into_values().collect();
        out.sort_by(|a, b| {
            if self.better(a, b, options) {
                std::cmp::Ordering::Less
            } else if self.better(b, a, options) {
                std::cmp::Ordering::Greater
            } else {
                a.concept.cmp(&b.concept)
            }
        });
        out.truncate(options.limit);
        out
    }

    /// How `v` relates to the term of `entry`, its score before the variant's and language's
    /// factors, and the form compared. `foreign`: the term is not in the query's language, so
    /// its inflected forms are not looked at.
    fn compare(
        &self,
        index: usize,
        entry: &Entry,
        v: &Variant,
        foreign: bool,
        rows: &mut Vec<usize>,
    ) -> Option<(How, f64, String)> {
        let concept = &self.glossary.concepts[entry.concept as usize];
        let term = &concept.terms[entry.term as usize];
        if *entry.skeleton == *v.skeleton {
            let how = surface_relation(&term.lang, &v.surface, &term.text);
            let score = match how {
                How::Exact => 1.0,
                How::Case => 0.98,
                _ => 0.96,
            };
            return Some((how, score, term.text.clone()));
        }
        let mut best: Option<(How, f64, String)> = None;
        let n = v.chars.len().max(1) as f64;
        // A near miss of the term itself.
        if v.max_distance > 0 && entry.chars.len().abs_diff(v.chars.len()) <= v.max_distance {
            let d = osa_distance(&v.chars, &entry.chars, v.max_distance, rows);
            if d <= v.max_distance {
                let score = 0.9 * (1.0 - d as f64 / n);
                offer(
                    &mut best,
                    How::Near { distance: d as u8 },
                    score,
                    &term.text,
                );
            }
        }
        // Its inflected forms, when the query starts like it.
        if !foreign && may_inflect_to(&term.lang, &entry.skeleton, &v.skeleton) {
            let forms = self.inflected[index].get_or_init(|| {
                let kind = super::kind_of(concept);
                inflect::forms(term, kind)
                    .into_iter()
                    .filter(|(_, how)| *how != Inflection::Base)
                    .map(|(form, _)| (skeleton(&form), form))
                    .collect()
            });
            for (fs, form) in forms.iter() {
                if *fs == v.skeleton {
                    let score = match surface_relation(&term.lang, &v.surface, form) {
                        How::Exact | How::Case => 0.94,
                        _ => 0.92,
                    };
                    offer(&mut best, How::Inflected, score, form);
                    continue;
                }
                if v.max_distance == 0 {
                    continue;
                }
                if fs.chars().count().abs_diff(v.chars.len()) > v.max_distance {
                    continue;
                }
                let fc: Vec<char> = fs.chars().collect();
                let d = osa_distance(&v.chars, &fc, v.max_distance, rows);
                if d <= v.max_distance {
                    let score = 0.97 * 0.9 * (1.0 - d as f64 / n);
                    offer(&mut best, How::Near { distance: d as u8 }, score, form);
                }
            }
        }
        // Some of its words.
        if best.is_none() {
            if let Some(share) = part_of(&v.words, &entry.skeleton) {
                offer(&mut best, How::Part, 0.3 + 0.4 * share, &term.text);
            }
        }
        best
    }

    /// Whether match `a` ranks before match `b`.
    fn better(&self, a: &LookupMatch, b: &LookupMatch, options: &LookupOptions) -> bool {
        if a.score != b.score {
            return a.score > b.score;
        }
        let term = |m: &LookupMatch| &self.glossary.concepts[m.concept].terms[m.term];
        let (ta, tb) = (term(a), term(b));
        let own = |t: &crate::glossary::Term| {
            options
                .lang
                .as_deref()
                .is_some_and(|l| crate::lang::compatible(&t.lang, l))
        };
        if own(ta) != own(tb) {
            return own(ta);
        }
        let rank = |s: Status| match s {
            Status::Preferred => 0,
            Status::Admitted => 1,
            Status::Forbidden => 2,
        };
        (rank(ta.status), a.concept, a.term) < (rank(tb.status), b.concept, b.term)
    }
}

impl Index {
    fn new(glossary: &Glossary, entries: &[Entry]) -> Index {
        let mut deleted = Vec::new();
        let mut prefixes: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        let mut arabic_prefixes: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        let mut words_of: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        for (i, entry) in entries.iter().enumerate() {
            let i = i as u32;
            deletions(&entry.chars, MAX_DISTANCE, |h| deleted.push((h, i)));
            let term = &glossary.concepts[entry.concept as usize].terms[entry.term as usize];
            if let Some((prefix, arabic)) = inflection_prefix(&term.lang, &entry.skeleton) {
                let map = if arabic {
                    &mut arabic_prefixes
                } else {
                    &mut prefixes
                };
                map.entry(prefix.into()).or_default().push(i);
            }
            let ws = words(&entry.skeleton);
            if ws.len() > 1 {
                for w in ws {
                    let list = words_of.entry(w.into_boxed_str()).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        deleted.sort_unstable();
        deleted.dedup();
        Index {
            deleted,
            prefixes,
            arabic_prefixes,
            words: words_of,
        }
    }

    /// The entries, in order, that `compare` may find a match in for one of `variants`.
    fn candidates(&self, variants: &[Variant]) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        // The ends of the first zero to three letters of `s`: where a prefix may end.
        let ends = |s: &str| {
            let ends = s.char_indices().map(|(i, c)| i + c.len_utf8()).take(3);
            std::iter::once(0).chain(ends).collect::<Vec<_>>()
        };
        for v in variants {
            // Equal skeletons and near misses of the term itself.
            deletions(&v.chars, v.max_distance, |h| {
                let start = self.deleted.partition_point(|&(k, _)| k < h);
                let same = self.deleted[start..].iter().take_while(|&&(k, _)| k == h);
                out.extend(same.map(|&(_, i)| i as usize));
            });
            // Inflected forms and their near misses: the query starts with the term's prefix,
            // for Arabic after up to four letters.
            let q = v.skeleton.as_str();
            for end in ends(q) {
                if let Some(list) = self.prefixes.get(&q[..end]) {
                    out.extend(list.iter().map(|&i| i as usize));
                }
            }
            for (at, _) in q.char_indices().take(5) {
                let rest = &q[at..];
                for end in ends(rest) {
                    if let Some(list) = self.arabic_prefixes.get(&rest[..end]) {
                        out.extend(list.iter().map(|&i| i as usize));
                    }
                }
            }
            // Terms with the query's first word among theirs.
            if let Some(list) = v.words.first().and_then(|w| self.words.get(w.as_str())) {
                out.extend(list.iter().map(|&i| i as usize));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Calls `f` with the hash of every string made of `chars` by deleting up to `k` of them
/// (at most two), repeating some when `chars` repeat letters. Polynomial hashes, so that the
/// hash of a string is the same whichever characters were deleted to make it.
fn deletions(chars: &[char], k: usize, mut f: impl FnMut(u64)) {
    const BASE: u64 = 0x100_0000_01b3;
    let m = chars.len();
    // prefix[i]: the hash of chars[..i]; pow[i]: BASE^i.
    let mut prefix = Vec::with_capacity(m + 1);
    let mut pow = Vec::with_capacity(m + 1);
    prefix.push(0u64);
    pow.push(1u64);
    for (i, &c) in chars.iter().enumerate() {
        prefix.push(prefix[i].wrapping_mul(BASE).wrapping_add(c as u64 + 1));
        pow.push(pow[i].wrapping_mul(BASE));
    }
    let slice = |a: usize, b: usize| prefix[b].wrapping_sub(prefix[a].wrapping_mul(pow[b - a]));
    let join = |h: u64, len: usize, tail: u64| h.wrapping_mul(pow[len]).wrapping_add(tail);
    f(prefix[m]);
    if k == 0 {
        return;
    }
    for i in 0..m {
        f(join(slice(0, i), m - i - 1, slice(i + 1, m)));
        if k == 1 {
            continue;
        }
        for j in i + 1..m {
            let head = join(slice(0, i), j - i - 1, slice(i + 1, j));
            f(join(head, m - j - 1, slice(j + 1, m)));
        }
    }
}

/// Scripts, as bits: a term of one script is never a form of a query written in another.
const LATIN: u8 = 1;
const CYRILLIC: u8 = 2;
const ARABIC: u8 = 4;
/// Greek, CJK, ... and digits: compared with every query.
const OTHER: u8 = 8;

/// The script of a letter.
fn script(c: char) -> u8 {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => LATIN,
        '\u{400}'..='\u{52f}' => CYRILLIC,
        '\u{600}'..='\u{6ff}'
        | '\u{750}'..='\u{77f}'
        | '\u{fb50}'..='\u{fdff}'
        | '\u{fe70}'..='\u{feff}' => ARABIC,
        _ => OTHER,
    }
}

/// The script of a term: of its first letter.
fn term_script(text: &str) -> u8 {
    text.chars()
        .find(|c| c.is_alphabetic())
        .map_or(OTHER, script)
}

/// The scripts of the letters of a query, and [`OTHER`] always.
fn scripts_of(query: &str) -> u8 {
    query
        .chars()
        .filter(|c| c.is_alphabetic())
        .fold(OTHER, |m, c| m | script(c))
}

/// Keeps the match of `how`, `score` and `form` in `best` when it scores higher.
fn offer(best: &mut Option<(How, f64, String)>, how: How, score: f64, form: &str) {
    if best.as_ref().is_none_or(|b| score > b.1) {
        *best = Some((how, score, form.to_string()));
    }
}

/// Rounded to three decimals: equal matches tie whatever the float arithmetic did.
fn round(score: f64) -> f64 {
    (score * 1000.0).round() / 1000.0
}

/// The query, and the parts of it left with a suffix after an apostrophe taken off
/// (`Erdoğan'ın`, `Idlib's`) or an elided article before one (`l'Idleb`, `d'Alep`).
fn variants(query: &str) -> Vec<Variant> {
    let whole = surface(query.trim());
    let mut out = vec![variant(&whole, 1.0)];
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
    // A suffix after the last apostrophe: Turkish suffix chains after a name run to seven
    // letters (`'lardaki`); the name may have an apostrophe of its own (`Xi'an'da`).
    if let Some((before, after)) = whole.rsplit_once('\'') {
        if letters(before) > 0 && (1..=7).contains(&letters(after)) && !after.contains(' ') {
            out.push(variant(before, 0.99));
        }
    }
    // An article before the first.
    if let Some((before, after)) = whole.split_once('\'') {
        if (1..=3).contains(&letters(before)) && !before.contains(' ') && letters(after) > 0 {
            out.push(variant(after, 0.99));
        }
    }
    out.retain(|v| !v.skeleton.is_empty());
    out
}

fn variant(surface: &str, factor: f64) -> Variant {
    let skeleton = skeleton(surface);
    let chars: Vec<char> = skeleton.chars().collect();
    let letters = threshold_len(chars.iter().copied().filter(|c| is_word_char(*c)));
    let max_distance = match letters {
        0..=3 => 0,
        4..=8 => 1,
        _ => 2,
    };
    Variant {
        words: words(&skeleton),
        skeleton,
        chars,
        surface: surface.to_string(),
        factor,
        max_distance,
    }
}

/// The words of a skeleton.
fn words(skeleton: &str) -> Vec<String> {
    skeleton
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// How `query` relates to `form` when their skeletons are equal: the same surface, the same
/// in lower case, or other diacritics and letter variants.
fn surface_relation(lang: &str, query: &str, form: &str) -> How {
    let form = surface(form);
    if query == form {
        How::Exact
    } else if lower(lang, query) == lower(lang, &form) {
        How::Case
    } else {
        How::Diacritics
    }
}

/// Whether the query (a skeleton) may be an inflected form of a term of `lang` with skeleton
/// `term`: the language has inflection tables, and the query has the first letters of the
/// term's first word, all but its last two and at least one, at most three (inflection
/// changes the end of a word: `Орёл`, `Орла`), at its start; for Arabic after up to four
/// letters of proclitics and article (`وبال`), the term's own article aside (`للأمم` for
/// `الأمم`).
fn may_inflect_to(lang: &str, term: &str, query: &str) -> bool {
    let Some((prefix, arabic)) = inflection_prefix(lang, term) else {
        return false;
    };
    if arabic {
        query
            .char_indices()
            .take(5)
            .any(|(i, _)| query[i..].starts_with(prefix))
    } else {
        query.starts_with(prefix)
    }
}

/// The prefix `may_inflect_to` looks for in a query, up to three letters, and whether the
/// language is Arabic (the prefix may come after proclitics); `None` for a language without
/// inflection tables.
fn inflection_prefix<'t>(lang: &str, term: &'t str) -> Option<(&'t str, bool)> {
    let known = inflect::Lang::of(lang)?;
    let arabic = known == inflect::Lang::Ar;
    let stem = if arabic {
        term.strip_prefix("ال").unwrap_or(term)
    } else {
        term
    };
    let first_word = stem
        .split(|c: char| !is_word_char(c))
        .next()
        .unwrap_or(stem);
    let n = first_word.chars().count().saturating_sub(2).clamp(1, 3);
    let prefix_end = stem.char_indices().nth(n).map_or(stem.len(), |(i, _)| i);
    Some((&stem[..prefix_end], arabic))
}

/// When the words of the query are some whole words of a term (a skeleton) of more words, in
/// order, the share of the term's letters they are. Words of one or two letters alone are no
/// part (`al`, `de`).
fn part_of(query: &[String], term: &str) -> Option<f64> {
    if query.is_empty() || !term.contains(query[0].as_str()) {
        return None;
    }
    let letters = |ws: &[String]| ws.iter().map(|w| w.chars().count()).sum::<usize>();
    let term_words = words(term);
    if term_words.len() <= query.len() || letters(query) < 3 {
        return None;
    }
    term_words
        .windows(query.len())
        .any(|w| w == query)
        .then(|| letters(query) as f64 / letters(&term_words) as f64)
}

#[cfg(test)]
mod acceptance;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{Concept, Kind, Term};

    fn glossary() -> Glossary {
        let concept = |id: &str, kind: Kind, terms: &[(&str, &str, Status)]| Concept {
            id: id.into(),
            kind: Some(kind),
            terms: terms.iter().map(|(l, t, s)| Term::new(l, t, *s)).collect(),
            ..Concept::default()
        };
        use Status::*;
        Glossary {
            concepts: vec![
                concept(
                    "erdogan",
                    Kind::Person,
                    &[
                        ("en", "Recep Tayyip Erdogan", Preferred),
                        ("en", "Erdogan", Admitted),
                        ("en", "Erdogen", Forbidden),
                        ("ru", "Эрдоган", Admitted),
                        ("tr", "Recep Tayyip Erdoğan", Preferred),
                        ("tr", "Erdoğan", Admitted),
                        ("ar", "أردوغان", Admitted),
                    ],
                ),
                concept(
                    "idlib",
                    Kind::Place,
                    &[
                        ("en", "Idlib", Preferred),
                        ("ru", "Идлиб", Preferred),
                        ("fr", "Idleb", Preferred),
                    ],
                ),
            ],
        }
    }

    fn first(query: &str, lang: Option<&str>) -> Option<(String, How, f64)> {
        let g = glossary();
        let options = LookupOptions {
            lang: lang.map(str::to_string),
            ..LookupOptions::default()
        };
        lookup(&g, query, &options)
            .first()
            .map(|m| (g.concepts[m.concept].id.clone(), m.how, m.score))
    }

    #[test]
    fn forms_inflected_misspelt_and_without_diacritics() {
        let id = |q: &str| first(q, None).map(|(id, how, _)| (id, how));
        assert_eq!(id("Erdogan"), Some(("erdogan".into(), How::Exact)));
        assert_eq!(id("erdogan"), Some(("erdogan".into(), How::Case)));
        assert_eq!(id("Эрдогана"), Some(("erdogan".into(), How::Inflected)));
        assert_eq!(id("بأردوغان"), Some(("erdogan".into(), How::Inflected)));
        assert_eq!(
            id("Идлеб"),
            Some(("idlib".into(), How::Near { distance: 1 }))
        );
        assert_eq!(id("Idlib's").map(|p| p.0).as_deref(), Some("idlib"));
        assert_eq!(id("l'Idleb").map(|p| p.0).as_deref(), Some("idlib"));
        assert_eq!(id("Erdoğan'ın").map(|p| p.0).as_deref(), Some("erdogan"));
        assert_eq!(id("Tayyip"), Some(("erdogan".into(), How::Part)));
        assert_eq!(id("Damascus"), None);
    }

    #[test]
    fn the_query_s_language_comes_first() {
        let (_, _, score) = first("Idleb", Some("en")).unwrap();
        assert_eq!(score, 0.9);
        let (_, _, score) = first("Idleb", Some("fr")).unwrap();
        assert_eq!(score, 1.0);
    }

    /// The index leaves out no match: over a sample of queries made from the built-in
    /// glossary (terms as written, in lower case, inflected, misspelt, cut, with a suffix or
    /// an article at an apostrophe), looking up with it finds what comparing with every term
    /// finds, in the same order, with the same scores.
    #[test]
    fn the_index_finds_what_comparing_with_every_term_finds() {
        use rayon::prelude::*;
        let g = Glossary::builtin();
        let indexed = Lookup::new(&g);
        let every = Lookup::in_scripts(&g, u8::MAX);
        assert!(every.index.is_none());
        // Comparing with every term is slow, in a debug build most: a sample of a few hundred
        // lookups (every 20th term and five languages, 100,000 lookups, compared equal once).
        let step = 3000;
        let mut queries = Vec::new();
        let terms = g.concepts.iter().flat_map(|c| {
            let kind = crate::matcher::kind_of(c);
            c.terms.iter().map(move |t| (t, kind))
        });
        for (t, kind) in terms.step_by(step) {
            let chars: Vec<char> = t.text.chars().collect();
            let n = chars.len();
            let with = |f: &dyn Fn(&mut Vec<char>)| {
                let mut c = chars.clone();
                f(&mut c);
                c.into_iter().collect::<String>()
            };
            queries.push(t.text.clone());
            queries.push(t.text.to_lowercase());
            queries.push(skeleton(&t.text));
            queries.push(format!("{}'da", t.text));
            queries.push(format!("l'{}", t.text));
            if let Some(w) = t.text.split(' ').next() {
                queries.push(w.to_string());
            }
            if let Some(w) = t.text.split(' ').next_back() {
                queries.push(w.to_string());
            }
            if n > 2 {
                queries.push(with(&|c| {
                    c[n / 2] = char::from_u32(c[n / 2] as u32 + 1).unwrap_or('x')
                }));
                queries.push(with(&|c| c.swap(n / 2 - 1, n / 2)));
                queries.push(with(&|c| {
                    c.remove(n / 2);
                }));
                queries.push(with(&|c| c.insert(1, 'e')));
                queries.push(with(&|c| {
                    c.remove(0);
                    c[0] = 'a';
                }));
                queries.push(with(&|c| {
                    c.swap(0, 1);
                    c.push('s');
                }));
            }
            for (form, _) in inflect::forms(t, kind).into_iter().skip(1).take(2) {
                let mut c: Vec<char> = form.chars().collect();
                if c.len() > 2 {
                    let last = c.len() - 1;
                    c.swap(0, 1);
                    queries.push(c.iter().collect());
                    c.swap(0, 1);
                    c[last] = 'o';
                    queries.push(c.iter().collect());
                }
                queries.push(form);
            }
        }
        let differ: Vec<String> = queries
            .par_iter()
            .flat_map_iter(|q| [None, Some("ru")].map(|lang| (q, lang)))
            .filter_map(|(q, lang)| {
                let options = LookupOptions {
                    lang: lang.map(str::to_string),
                    limit: 1000,
                };
                let (a, b) = (indexed.find(q, &options), every.find(q, &options));
                (a != b).then(|| format!("{q:?} {lang:?}: {a:?} != {b:?}"))
            })
            .collect();
        assert!(
            differ.is_empty(),
            "{} of {} queries differ:\n{}",
            differ.len(),
            queries.len(),
            differ[..differ.len().min(10)].join("\n")
        );
    }
}
