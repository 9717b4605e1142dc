//! Near misses: a deletion-neighbourhood index over the words of the glossary's forms,
//! inflected forms included.
//!
//! Every word of every form (as a skeleton) is stored under the hashes of all strings made from
//! it by deleting up to one character (two for long words). A word of the text is looked up by
//! the hashes of its own deletions: two words within edit distance *d* share a string with at
//! most *d* deletions from each. Candidates are verified with the optimal-string-alignment
//! distance (a transposition counts one: `Idlbi`), with a threshold by the length of the term's
//! word in its base form, whatever the inflection of the form matched (`Азазу` is a form of a
//! four-letter name):
//!
//! | term word | near miss within |
//! |---|---|
//! | up to 4 letters | never (`Homs`/`Home`, `Iran`/`Iraq`, `Azaz`/`Abaz`: too close to tell) |
//! | 5 letters | 1, and the first letter must agree |
//! | 6 to 8 letters | 1 |
//! | 9 letters or more | 2, and the first letter must agree |
//!
//! Up to 6 letters, only a typing slip (a swap, a doubled letter) is a near miss (`Kobani` and
//! `Kabani` are two names), or, in a language with a dictionary, a vowel for a vowel inside the
//! stem of a name that declines (`Идлеба` for `Идлиба`, `Идлеб` for `Идлиб`, as
//! transliterations differ), never its first or last letter (`Ассаме`, Assam, is not `Ассаде`).
//!
//! **Inflection.** The stem of a form's word is what all the generated forms of its term share
//! (`идлиб` in `идлибе`, `سوريا` in `وسوريا`). An edit that leaves the stem whole and changes
//! only the ending or a clitic is another inflected or derived form (`Идлибы`, `Syrian`,
//! `ateşkesın`), not a misspelling; an edit in the stem is, and the suggestion is the form
//! matched, in the same inflection (`Идлеба` → `Идлиба`).
//!
//! Before anything is reported: a word that is itself a word of some form is not a near miss;
//! a lower-case word near a name is an ordinary word (`homes`, `trumps`), and a capitalised word
//! inside a sentence near a common term is a name (`Перейре`, Pereira, is not `перемирие`); a
//! word hyphenated to a capitalised word is part of another name (`Сент-Джонстоне`); a word the
//! language's lexicon knows is not a misspelling, nor, in a Latin-script text of another
//! language, a word or name the English dictionary knows (`Holland` in Spanish); and words the
//! configuration accepts are skipped. In a language without a dictionary, only typing slips are reported.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::Lexicon;
use super::neighbours::{self, NeighbourIndex, Probes};
use super::{Form, Inflection, TermRef};
use crate::glossary::CaseRule;
use crate::text::skeleton::{is_word_char, skeleton};

/// The near-miss index of one language.
pub struct FuzzyIndex {
    pub forms: Arc<[Form]>,
    /// Per form: the skeletons of its words.
    form_words: Vec<Vec<String>>,
    /// Per form: whether its words start with a capital, word by word.
    form_capitals: Vec<Vec<bool>>,
    /// The indexed words, each once (a word shared by many forms, `безопасности` of every
    /// case of `зона безопасности`, is compared with the text once).
    indexed: Vec<String>,
    /// Per indexed word: where it is used, as (form, word position).
    uses: Vec<Vec<(u32, u8)>>,
    /// Deletion hash → indexed words.
    neighbours: NeighbourIndex,
    /// Per indexed word: the edits its near misses may have (the largest of its uses).
    depths: Vec<u8>,
    /// Per indexed word: its length in characters and its [`letter_mask`].
    shapes: Vec<(u16, u64)>,
    /// Every word of every form: a text word among these is a term's word, not a near miss.
    known: FxHashSet<String>,
    /// The words of the forms of two words or more: a near miss spans text words only where
    /// one of them is among these.
    multiword: FxHashSet<String>,
    /// Tells this index apart from every other, for the per-thread memo of far words.
    id: u64,
    /// Per form, per word: where its stem is (character offsets in the word's skeleton), the
    /// part all the term's generated forms share (`идлиб` of `идлибе`, `سوريا` of `وسوريا`),
    /// and the length of the word in the term's base form.
    stems: Vec<Vec<(u16, u16, u16)>>,
    /// Per form: whether its term has generated inflected forms.
    declines: Vec<bool>,
    /// (concept, the first one, two and three letters of each word of its forms, see
    /// [`prefix_key`]): how a person's given names begin, in every spelling listed.
    concept_prefixes: FxHashSet<(u32, [char; 3])>,
    /// The first words of the forms of two or more capitalised words (`sergei` of `Sergei
    /// Lavrov`): before a near miss of another concept's name, another person's given name.
    given_names: FxHashSet<String>,
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

thread_local! {
    /// Per index (by [`FuzzyIndex::id`]): words known to be far from every indexed word.
    static FAR: RefCell<FxHashMap<u64, FxHashSet<Box<str>>>> = RefCell::new(FxHashMap::default());
}

static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The most words the memo keeps per index and thread.
const FAR_LIMIT: usize = 1 << 18;

impl FuzzyIndex {
    pub fn new(forms: &[Form]) -> FuzzyIndex {
        FuzzyIndex::with_forms(forms.into())
    }

    /// The index of `forms`, shared with the caller.
    pub fn with_forms(shared: Arc<[Form]>) -> FuzzyIndex {
        let forms: &[Form] = &shared;
        let mut index = FuzzyIndex {
            forms: Arc::clone(&shared),
            form_words: Vec::with_capacity(forms.len()),
            form_capitals: Vec::with_capacity(forms.len()),
            indexed: Vec::new(),
            uses: Vec::new(),
            neighbours: NeighbourIndex::default(),
            depths: Vec::new(),
            shapes: Vec::new(),
            known: FxHashSet::default(),
            multiword: FxHashSet::default(),
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            stems: Vec::new(),
            declines: Vec::new(),
            concept_prefixes: FxHashSet::default(),
            given_names: FxHashSet::default(),
        };
        for form in forms {
            let skel = skeleton(&form.text);
            index
                .form_words
                .push(words(&skel).map(|(_, w)| w.to_string()).collect());
            index.form_capitals.push(
                original_words(&form.text)
                    .map(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .collect(),
            );
        }
        (index.stems, index.declines) = stem_spans(forms, &index.form_words);
        for ((form, words), capitals) in forms
            .iter()
            .zip(&index.form_words)
            .zip(&index.form_capitals)
        {
            if form.case == CaseRule::Sensitive && words.len() > 1 && capitals.iter().all(|&c| c) {
                index.given_names.insert(words[0].clone());
            }
            for word in words {
                for n in 1..=word.chars().count().min(3) {
                    let key = (form.term.concept, prefix_key(word, n));
                    index.concept_prefixes.insert(key);
                }
            }
        }
        // Each distinct word once, with the largest distance any of its uses allows.
        let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
        let mut depth: Vec<usize> = Vec::new();
        for (fi, form) in forms.iter().enumerate() {
            let words = &index.form_words[fi];
            if words.len() > MAX_WORDS {
                continue;
            }
            for (wi, word) in words.iter().enumerate() {
                index.known.insert(word.clone());
                if words.len() > 1 {
                    index.multiword.insert(word.clone());
                }
                let d = if form.near_misses {
                    max_distance(usize::from(index.stems[fi][wi].2))
                } else {
                    0
                };
                if d == 0 {
                    continue;
                }
                let id = *ids.entry(word).or_insert_with(|| {
                    index.indexed.push(word.clone());
                    index.uses.push(Vec::new());
                    depth.push(0);
                    index.indexed.len() - 1
                });
                index.uses[id].push((fi as u32, wi as u8));
                depth[id] = depth[id].max(d);
            }
        }
        let capacity = (index.indexed.iter().zip(&depth))
            .map(|(w, &d)| neighbours::Builder::keys_of(w.chars().count(), d))
            .sum();
        let mut builder = neighbours::Builder::with_capacity(capacity);
        let mut chars: Vec<char> = Vec::new();
        for (id, word) in index.indexed.iter().enumerate() {
            chars.clear();
            chars.extend(word.chars());
            builder.add(&chars, id as u32, depth[id]);
            let length = u16::try_from(chars.len()).unwrap_or(u16::MAX);
            index.shapes.push((length, letter_mask(&chars)));
        }
        index.neighbours = builder.build();
        index.depths = depth.into_iter().map(|d| d as u8).collect();
        index
    }

    /// Whether `word` (a skeleton) is already known, on this thread, to be more than two edits
    /// from every indexed word: news prose repeats its ordinary words, and most are far from
    /// every term, so each is worked out once per thread rather than once per use.
    fn known_far(&self, word: &str) -> bool {
        FAR.with(|far| {
            far.borrow()
                .get(&self.id())
                .is_some_and(|words| words.contains(word))
        })
    }

    fn remember_far(&self, word: &str) {
        FAR.with(|far| {
            let mut far = far.borrow_mut();
            let words = far.entry(self.id()).or_default();
            if words.len() >= FAR_LIMIT {
                // Bounded memory: start again rather than grow without end.
                words.clear();
            }
            words.insert(Box::from(word));
        })
    }

    /// This index's identity for the memo, never shared with another index (an address could
    /// be reused by the next index built).
    fn id(&self) -> u64 {
        self.id
    }

    /// Whether a near miss may span the text words `a` and `b` (skeletons): only where one of
    /// them is a word of a form of two words or more. Chunks of a large text are cut between
    /// words that no near miss spans.
    pub fn may_span(&self, a: &str, b: &str) -> bool {
        !self.multiword.is_empty() && (self.multiword.contains(a) || self.multiword.contains(b))
    }

    /// [`find`](Self::find), appending to `out`; `original` may be a cursor (asked in
    /// increasing order, mostly). The words are split again here, the same way.
    #[allow(clippy::too_many_arguments)]
    pub fn find_in_words<'t>(
        &self,
        text: &str,
        _text_words: &[Range<usize>],
        covered: &[Range<usize>],
        accept: &FxHashSet<String>,
        original: impl FnMut(Range<usize>) -> &'t str,
        lang: &str,
        out: &mut Vec<NearHit>,
    ) {
        let original = RefCell::new(original);
        out.extend(self.find(text, covered, accept, |r| (original.borrow_mut())(r), lang));
    }

    /// Near misses in `text` (a skeleton), skipping the `covered` ranges (exact hits, in text
    /// order, not overlapping) and the
    /// `accept`ed words. `original` gives the text as written for a skeleton range.
    pub fn find<'t>(
        &self,
        text: &str,
        covered: &[Range<usize>],
        accept: &FxHashSet<String>,
        original: impl Fn(Range<usize>) -> &'t str,
        lang: &str,
    ) -> Vec<NearHit> {
        let text_words: Vec<(Range<usize>, &str)> = words(text).collect();
        let mut out: Vec<NearHit> = Vec::new();
        let mut probes = Probes::default();
        let mut candidates: Vec<u32> = Vec::new();
        let mut target: Vec<char> = Vec::new();
        let mut rows: Vec<usize> = Vec::new();
        // Without a dictionary to tell another word (Aktionen, Sanktionen; Stürmer, Starmer)
        // from a misspelling, only typing slips are reported.
        let slips_only = !Lexicon::builtin().covers(lang);
        // `covered` is in text order, like the words: one pointer walks it.
        let mut next_covered = 0;
        for (i, (range, word)) in text_words.iter().enumerate() {
            while covered
                .get(next_covered)
                .is_some_and(|c| c.end <= range.start)
            {
                next_covered += 1;
            }
            let len = word.chars().count();
            if threshold_len(word.chars()) < 5
                || self.known.contains(*word)
                || accept.contains(*word)
                || word.chars().any(|c| c.is_ascii_digit())
                || covered
                    .get(next_covered)
                    .is_some_and(|c| c.start < range.end)
                || out.last().is_some_and(|h| h.range.end > range.start)
            {
                continue;
            }
            if self.known_far(word) {
                continue;
            }
            let chars: Vec<char> = word.chars().collect();
            candidates.clear();
            self.neighbours
                .candidates(&chars, &mut probes, |e| candidates.push(e));
            candidates.sort_unstable();
            candidates.dedup();
            // The text word reaches an indexed word when deleting up to one of its characters
            // (two from seven letters on) and up to the indexed word's edits from that word
            // makes them alike.
            let own_deletions = if len >= 7 { 2 } else { 1 };
            let mut best: Option<NearHit> = None;
            let mut near_any = false;
            let word_letters = letter_mask(&chars);
            for &e in &candidates {
                {
                    let (length, letters) = self.shapes[e as usize];
                    if chars.len().abs_diff(usize::from(length)) > 2
                        || (word_letters ^ letters).count_ones() > 4
                    {
                        continue; // more than two edits apart: see `letter_mask`
                    }
                    target.clear();
                    target.extend(self.indexed[e as usize].chars());
                    let distance = neighbours::osa_distance(&chars, &target, 2, &mut rows);
                    if distance == 0 || distance > 2 {
                        continue;
                    }
                    let common = neighbours::common_subsequence(&chars, &target);
                    if common + own_deletions < chars.len()
                        || common + usize::from(self.depths[e as usize]) < target.len()
                    {
                        continue;
                    }
                    near_any = true;
                    if crate::lang::capitalises_nouns(lang) && is_another_number(&chars, &target) {
                        // `Versionshinweis` for the plural `Versionshinweise`: a form.
                        continue;
                    }
                    for &(fi, wi) in &self.uses[e as usize] {
                        let Some(hit) = self.verify(
                            &text_words,
                            i,
                            &chars,
                            (fi as usize, wi as usize),
                            distance,
                            slips_only,
                        ) else {
                            continue;
                        };
                        // Closest first, then the longest form, then the form as long as
                        // the word and ending like it (the same inflection: Латакеи is
                        // Латакии with a letter changed).
                        let rank = |h: &NearHit| {
                            let word = &self.form_words[h.form][h.word];
                            let ending = word
                                .chars()
                                .rev()
                                .zip(chars.iter().rev())
                                .take_while(|(a, b)| a == *b)
                                .count();
                            (
                                h.distance,
                                std::cmp::Reverse(h.range.len()),
                                word.chars().count().abs_diff(chars.len()),
                                std::cmp::Reverse(ending),
                            )
                        };
                        let better = best.as_ref().is_none_or(|b| rank(&hit) < rank(b));
                        if better {
                            best = Some(hit);
                        }
                    }
                }
            }
            if !near_any {
                self.remember_far(word);
            }
            let Some(hit) = best else { continue };
            let written = original(range.clone());
            let form = &self.forms[hit.form];
            if form.case == CaseRule::Sensitive
                && self.form_capitals[hit.form]
                    .get(hit.word)
                    .copied()
                    .unwrap_or(false)
                && written.chars().next().is_some_and(char::is_lowercase)
            {
                // A lower-case word near a name is an ordinary word: `homes`, `trumps`.
                continue;
            }
            if form.case == CaseRule::Insensitive
                && !self.form_capitals[hit.form]
                    .get(hit.word)
                    .copied()
                    .unwrap_or(false)
                && written.chars().next().is_some_and(char::is_uppercase)
                && !starts_a_sentence(text, range.start)
            {
                // A capitalised word inside a sentence is a name, not a common term misspelt:
                // `Перейре` (Pereira) is not `перемирие`.
                continue;
            }
            if self.stems[hit.form][hit.word].2 <= 4
                && (text_words.get(i + 1)).is_some_and(|(r, _)| {
                    text[range.end..r.start].chars().all(char::is_whitespace)
                        && original(r.clone())
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                })
            {
                // A four-letter name's doubled letter before a capitalised word: another
                // person's first name (`Sissi Engl`), not `Sisi` misspelt.
                continue;
            }
            if Lexicon::builtin().is_known(lang, written) || an_english_word(lang, written) {
                continue;
            }
            if form.case == CaseRule::Sensitive
                && self.after_another_given_name(
                    text,
                    &text_words,
                    i - hit.word,
                    hit.form,
                    &original,
                    lang,
                )
            {
                // Another person of a like surname: `Andrei Zakharov` is not Maria Zakharova,
                // `Yuval Noah Harari` not Hariri.
                continue;
            }
            if form.case == CaseRule::Sensitive
                && hyphenated_to_a_name(text, &text_words, &hit.range, &original, lang)
            {
                // Part of a compound name: `Сент-Джонстоне` is St Johnstone, not Johnson.
                continue;
            }
            out.push(hit);
        }
        out
    }

    /// Whether the near miss of form `fi` whose first word is text word `first` comes right
    /// after a given name that is not its person's: a capitalised word of three letters or
    /// more, unknown to the language's dictionary in lower case (so not a title or a common
    /// word: `President`, `Yesterday`), no word of any glossary form but the given name of one
    /// (`Sergey Tokarev` is not Tokayev, though `Sergey` is Lavrov's), and not starting like a
    /// word of the concept's own forms (`Sergei` before `Lavrof`, for `Sergueï Lavrov`). Only
    /// with a dictionary and where a capital makes a name (not German).
    fn after_another_given_name<'t>(
        &self,
        text: &str,
        text_words: &[(Range<usize>, &str)],
        first: usize,
        fi: usize,
        original: &impl Fn(Range<usize>) -> &'t str,
        lang: &str,
    ) -> bool {
        let lexicon = Lexicon::builtin();
        if !lexicon.covers(lang) || crate::lang::capitalises_nouns(lang) {
            return false;
        }
        let Some((prev, skel)) = first.checked_sub(1).and_then(|p| text_words.get(p)) else {
            return false;
        };
        let Some((next, _)) = text_words.get(first) else {
            return false;
        };
        let written = original(prev.clone());
        if !text[prev.end..next.start].chars().all(char::is_whitespace)
            || !written.chars().next().is_some_and(char::is_uppercase)
            || written.chars().count() < 3
            || written.chars().skip(1).any(char::is_uppercase)
            || HONORIFICS.contains(skel)
            || (self.known.contains(*skel) && !self.given_names.contains(*skel))
            || lexicon.is_known_as_written(lang, &crate::lang::lower(lang, written))
        {
            return false;
        }
        let key = prefix_key(skel, 3);
        !(self.concept_prefixes).contains(&(self.forms[fi].term.concept, key))
    }

    /// Whether text word `i` (`chars`), at `distance` from word `wi` of form `fi`, is a near
    /// miss of it, with the other words of the form around it in the text.
    fn verify(
        &self,
        text_words: &[(Range<usize>, &str)],
        i: usize,
        chars: &[char],
        (fi, wi): (usize, usize),
        distance: usize,
        slips_only: bool,
    ) -> Option<NearHit> {
        let words = &self.form_words[fi];
        let target: Vec<char> = words[wi].chars().collect();
        // The thresholds go by the length of the term's own word, whatever the inflection:
        // `Азазу` is a form of a four-letter name, which has no near misses.
        let (stem_start, stem_end, base_len) = self.stems[fi][wi];
        let base_len = usize::from(base_len);
        let limit = max_distance(base_len);
        if base_len <= 5 && chars.first() != target.first() {
            return None;
        }
        if distance == 0 || distance > limit {
            return None;
        }
        if base_len <= 4 && !(chars.len() == target.len() + 1 && is_slip(chars, &target)) {
            // Four letters make many names and words a letter apart (Homs, Hams; Iran, Oran):
            // only a doubled letter is a near miss (`Bakku`).
            return None;
        }
        if !edits_touch_stem(
            chars,
            &target,
            usize::from(stem_start),
            usize::from(stem_end),
        ) {
            // The stem is intact and only the ending differs: another inflected or derived
            // form (Идлибы, Эрдоганы, Syrian, ateşkesın), not a misspelling.
            return None;
        }
        if distance == 2 && chars.len() == target.len() && !is_slip(chars, &target) {
            // Two letters replaced: another name (`Warrington`, not `Washington`).
            return None;
        }
        if distance == 2 && chars.first() != target.first() {
            // Two edits and another first letter: another word (Харингтон, not Вашингтон).
            return None;
        }
        let name_vowel = !slips_only && self.is_name_vowel_edit(chars, &target, fi, wi);
        let arabic = target.iter().copied().all(crate::text::script::is_arabic);
        // Without a dictionary, a long name with a letter left out (`Damakus`,
        // `Aserbadschan`) is still a misspelling: a word of eight letters or more rarely
        // becomes another by losing one.
        let long_name_drop = slips_only
            && distance == 1
            && base_len >= 8
            && chars.len() + 1 == target.len()
            && self.forms[fi].case == CaseRule::Sensitive;
        if (base_len <= 6 || slips_only || arabic)
            && !is_slip(chars, &target)
            && !long_name_drop
            && !name_vowel
            && !(arabic && drops_a_long_vowel(chars, &target))
        {
            // Short names differ from other names and words by one letter all the time
            // (Kobani/Kabani, Daraa/Darat): only a swap or a doubled letter is a near miss,
            // or a letter of the stem of a name's inflected form (see below).
            return None;
        }
        let first = i.checked_sub(wi)?;
        let last = first + words.len() - 1;
        if last >= text_words.len() {
            return None;
        }
        for (k, w) in words.iter().enumerate() {
            if k != wi && text_words[first + k].1 != w {
                return None;
            }
        }
        Some(NearHit {
            range: text_words[first].0.start..text_words[last].0.end,
            form: fi,
            word: wi,
            distance: distance as u8,
        })
    }
}

impl FuzzyIndex {
    /// Whether text word `chars` is one vowel away from the stem of word `wi` of form `fi`, a
    /// name: the vowel replaced (`Идлеба` for `Идлиба`, `Kabol` for `Kabul`) or left out
    /// (`Tehrn`, `Пескв`). Transliterations differ by a vowel (Идлеб, Idleb), and so do other
    /// names (`Кабани` is not `Кобани`), so the vowel must be inside the stem, neither its
    /// first nor its last letter (Ассам is not Ассад), and either the name declines (an
    /// inflecting language shares the ending: the word is a form of the name) or the vowel is
    /// past the first syllable, whose vowel tells short names apart as their first letter does
    /// (Kabani, Kobani). The caller has already made sure the language has a dictionary, which
    /// must not know the word (`Египта`).
    fn is_name_vowel_edit(&self, chars: &[char], target: &[char], fi: usize, wi: usize) -> bool {
        let form = &self.forms[fi];
        let (start, end, _) = self.stems[fi][wi];
        let (start, end) = (usize::from(start), usize::from(end));
        let declinable = match NAME_SUBSTITUTIONS {
            NameSubstitutions::None => false,
            NameSubstitutions::InflectedForms => end < target.len(),
            NameSubstitutions::DeclinableNames => self.declines[fi],
        };
        let same_length = chars.len() == target.len();
        if form.case != CaseRule::Sensitive
            || chars.first() != target.first()
            || !(same_length || chars.len() + 1 == target.len())
        {
            return false;
        }
        // Where the two first differ: the vowel replaced or left out is `target[at]`.
        let at = (0..chars.len())
            .find(|&k| chars[k] != target[k])
            .unwrap_or(chars.len());
        let one_vowel = if same_length {
            at < chars.len() && chars[at + 1..] == target[at + 1..] && is_vowel(chars[at])
        } else {
            chars[at..] == target[at + 1..]
        };
        one_vowel
            && start < at
            && at + 1 < end
            && is_vowel(target[at])
            && (declinable || target[..at].iter().copied().any(is_vowel))
    }
}

/// Whether `word`, in a Latin-script text of another language than English, is a word or a
/// name the English dictionary knows: news in every language quotes English names and
/// loanwords (`Holland` and `Johnston` in Spanish, `Tennessean` in Turkish, `Biotech-Unternehmen`
/// in German), which are other words, not misspelt terms. An English form left in the text is
/// still reported, as untranslated (see `rules::untranslated`).
fn an_english_word(lang: &str, word: &str) -> bool {
    let english = "en";
    crate::lang::primary(lang) != english
        && word.chars().all(|c| !c.is_alphabetic() || c.is_ascii())
        && Lexicon::builtin().is_known(english, word)
}

/// Vowel letters of the skeleton (no diacritics left), Latin and Cyrillic.
fn is_vowel(c: char) -> bool {
    "aeiouyаеиоуыэюяё".contains(c)
}

/// Which names of five or six letters have near misses by a substituted vowel (see
/// [`FuzzyIndex::is_name_vowel_edit`]).
#[allow(dead_code)]
enum NameSubstitutions {
    None,
    /// In the inflected forms only (`Идлеба`, not `Идлеб`).
    InflectedForms,
    /// In every form of a name that declines (`Идлеба` and `Идлеб`; never `Кабани`).
    DeclinableNames,
}

const NAME_SUBSTITUTIONS: NameSubstitutions = NameSubstitutions::DeclinableNames;

/// Whether the edits that turn `target` into `text` touch its stem, characters
/// `stem_start..stem_end`: the edited stretch of `target` (between the prefix and the suffix
/// the two words share) overlaps the stem, or a letter is inserted inside it, or the stem's
/// last letter is doubled (`Астанна` for `Астана`).
fn edits_touch_stem(text: &[char], target: &[char], stem_start: usize, stem_end: usize) -> bool {
    let prefix = text.iter().zip(target).take_while(|(a, b)| a == b).count();
    let suffix = text
        .iter()
        .rev()
        .zip(target.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let from_end = target.len().saturating_sub(suffix);
    let (a, b) = (prefix.min(from_end), prefix.max(from_end));
    if a < b {
        return a < stem_end && b > stem_start;
    }
    // A letter inserted at `a` (text is longer) or nothing at all.
    if text.len() <= target.len() {
        return a > stem_start && a < stem_end;
    }
    let inserted = text[a];
    (a > stem_start && a < stem_end)
        || (a == stem_end && a > 0 && target[a - 1] == inserted)
        || (a == stem_start && target.get(a) == Some(&inserted))
}

/// Per form and word, the span of the word's stem: the longest stretch that every generated
/// form of the same term (base form included; listed forms not) has in that word. A term
/// without generated forms has the whole word as its stem.
#[allow(clippy::type_complexity)]
fn stem_spans(
    forms: &[Form],
    form_words: &[Vec<String>],
) -> (Vec<Vec<(u16, u16, u16)>>, Vec<bool>) {
    let mut declines = vec![false; forms.len()];
    let mut spans: Vec<Vec<(u16, u16, u16)>> = form_words
        .iter()
        .map(|ws| {
            ws.iter()
                .map(|w| {
                    let n = w.chars().count() as u16;
                    (0, n, threshold_len(w.chars()) as u16)
                })
                .collect()
        })
        .collect();
    let mut by_term: FxHashMap<TermRef, Vec<usize>> = FxHashMap::default();
    for (i, f) in forms.iter().enumerate() {
        if !matches!(f.inflection, Inflection::Listed) {
            by_term.entry(f.term).or_default().push(i);
        }
    }
    for indexes in by_term.values() {
        if indexes
            .iter()
            .any(|&i| matches!(forms[i].inflection, Inflection::Cell(_)))
        {
            for &i in indexes {
                declines[i] = true;
            }
        }
        let Some(&first) = indexes.first() else {
            continue;
        };
        let n = form_words[first].len();
        let same: Vec<usize> = indexes
            .iter()
            .copied()
            .filter(|&i| form_words[i].len() == n)
            .collect();
        if same.len() < 2 {
            continue;
        }
        let base = same
            .iter()
            .copied()
            .find(|&i| forms[i].inflection == Inflection::Base);
        for w in 0..n {
            let words: Vec<Vec<char>> = same
                .iter()
                .map(|&i| form_words[i][w].chars().collect())
                .collect();
            let Some(stem) = common_substring(&words) else {
                continue;
            };
            for (k, &i) in same.iter().enumerate() {
                let base_len = threshold_len(match base {
                    Some(b) => form_words[b][w].chars(),
                    None => form_words[i][w].chars(),
                });
                if let Some(pos) = find_chars(&words[k], &stem) {
                    spans[i][w] = (pos as u16, (pos + stem.len()) as u16, base_len as u16);
                }
            }
        }
    }
    (spans, declines)
}

/// The longest run of characters every word contains.
fn common_substring(words: &[Vec<char>]) -> Option<Vec<char>> {
    let shortest = words.iter().min_by_key(|w| w.len())?;
    for len in (1..=shortest.len()).rev() {
        for start in 0..=shortest.len() - len {
            let candidate = &shortest[start..start + len];
            if words.iter().all(|w| find_chars(w, candidate).is_some()) {
                return Some(candidate.to_vec());
            }
        }
    }
    None
}

fn find_chars(haystack: &[char], needle: &[char]) -> Option<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return None;
    }
    (0..=haystack.len() - needle.len()).find(|&i| haystack[i..i + needle.len()] == *needle)
}

/// Whether the word at `start` of `text` (a skeleton) starts a sentence, a heading or a quote:
/// nothing but white space, punctuation that ends a sentence, or an opening quote before it.
fn starts_a_sentence(text: &str, start: usize) -> bool {
    match text[..start]
        .trim_end_matches([' ', '\n', '\t'])
        .chars()
        .next_back()
    {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!'
                | '?'
                | ':'
                | ';'
                | '"'
                | '\''
                | '«'
                | '»'
                | '“'
                | '”'
                | '„'
                | '('
                | '-'
                | '–'
                | '—'
                | '…'
                | '\n'
        ),
    }
}

/// Whether the words at `range` (a skeleton range) are joined by a hyphen to a capitalised
/// word before or after them: together they make another name. In a language that capitalises
/// its nouns (German), a capital after the hyphen is the head of a compound (`Idlibb-Offensive`,
/// `Moskua-Reise`), and only one before it makes another name.
fn hyphenated_to_a_name<'t>(
    text: &str,
    text_words: &[(Range<usize>, &str)],
    range: &Range<usize>,
    original: &impl Fn(Range<usize>) -> &'t str,
    lang: &str,
) -> bool {
    let capitalised = |r: &Range<usize>| {
        original(r.clone())
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let before = text[..range.start].ends_with('-').then(|| range.start - 1);
    let after = (text[range.end..].starts_with('-') && !crate::lang::capitalises_nouns(lang))
        .then_some(range.end + 1);
    text_words.iter().any(|(r, _)| {
        (before.is_some_and(|h| r.end == h) || after.is_some_and(|a| r.start == a))
            && capitalised(r)
    })
}

/// The first `n` (at most three) letters of `word`, padded with NUL: a word's prefixes of one,
/// two and three letters are told apart, and a word shorter than `n` gives its whole self.
fn prefix_key(word: &str, n: usize) -> [char; 3] {
    let mut key = ['\0'; 3];
    for (k, c) in key.iter_mut().zip(word.chars().take(n.min(3))) {
        *k = c;
    }
    key
}

/// Titles written before a name and capitalised in the dictionaries (as skeletons): they name
/// no other person.
const HONORIFICS: &[&str] = &[
    "mrs", "miss", "sir", "dame", "lord", "lady", "prof", "gen", "sen", "rep", "gov", "capt",
    "sgt", "col", "maj", "adm", "amb", "mme", "mlle", "mgr", "sra", "srta", "dona", "bay", "bayan",
    "sayin",
];

/// Which letters a word has, folded onto 64 bits: one edit (a letter replaced, added, removed,
/// or two swapped) changes at most two bits, so words more than four bits apart are more than
/// two edits apart.
fn letter_mask(word: &[char]) -> u64 {
    word.iter().fold(0, |m, &c| m | 1 << (u32::from(c) % 64))
}

/// Whether `word` is the Arabic `term` with one of its long vowels (alif, waw, ya) left out:
/// `باكستن` for `باكستان`. Arabic spells the vowels of a foreign name with those letters, and
/// leaving one out is how such a name is misspelt, where a replaced consonant makes another
/// name (`مارتن`, Martin, is not `ماكرون`). The dictionary still has the last word: the
/// consonants that remain are often a word of their own (`طهرن`, a verb form, `كيف`, how).
fn drops_a_long_vowel(word: &[char], term: &[char]) -> bool {
    if term.len() != word.len() + 1 {
        return false;
    }
    let i = (0..word.len())
        .find(|&i| word[i] != term[i])
        .unwrap_or(word.len());
    i > 0 && matches!(term[i], 'ا' | 'و' | 'ي') && word[i..] == term[i + 1..]
}

/// German: whether `word` is `term` less a plural ending, of four letters or more
/// (`Versionshinweis` for `Versionshinweise`, `Anforderung` for `Anforderungen`): the
/// singular of a noun the glossary gives in the plural, which the tables cannot make.
fn is_another_number(word: &[char], term: &[char]) -> bool {
    word.len() >= 4
        && term.starts_with(word)
        && matches!(
            &term[word.len()..],
            ['e'] | ['e', 'n'] | ['n'] | ['e', 'r'] | ['s'] | ['e', 's']
        )
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

/// The length of a word as the near-miss thresholds count it: its letters, where a word of
/// the Arabic script counts up to three more. Arabic writes no short vowels, so its words are
/// shorter than the same names in Latin or Cyrillic letters (`طهران`, five letters, is
/// `Tehran`; `دمشق`, four, is `Damascus`): four Arabic letters make a long name, with the
/// near misses of one (`طهرن`), three a short one.
pub fn threshold_len(word: impl Iterator<Item = char>) -> usize {
    let (mut letters, mut arabic) = (0, 0);
    for c in word {
        letters += 1;
        arabic += usize::from(crate::text::script::is_arabic(c));
    }
    letters + arabic.min(3)
}

/// The largest edit distance at which a word of `len` letters (see [`threshold_len`]) has near
/// misses.
pub fn max_distance(len: usize) -> usize {
    match len {
        0..=3 => 0,
        // Only a doubled letter (`Bakku`): see `FuzzyIndex::verify`.
        4 => 1,
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
                near_misses: true,
            })
            .collect();
        FuzzyIndex::new(&forms)
    }

    /// An index of terms of `lang` (text, concept kind) with their generated inflected forms.
    fn inflected_index(lang: &str, terms: &[(&str, &str)]) -> FuzzyIndex {
        let mut forms = Vec::new();
        for (i, (text, kind)) in terms.iter().enumerate() {
            let term = crate::glossary::Term::new(lang, text, crate::glossary::Status::Preferred);
            for (form, inflection) in
                crate::matcher::inflect::forms(&term, crate::glossary::Kind::parse(kind))
            {
                forms.push(Form {
                    term: TermRef {
                        concept: i as u32,
                        term: 0,
                    },
                    text: form,
                    inflection,
                    case: term.case,
                    near_misses: true,
                });
            }
        }
        FuzzyIndex::new(&forms)
    }

    fn near(index: &FuzzyIndex, original: &str) -> Vec<(String, String)> {
        near_in(index, "en", original)
    }

    fn near_in(index: &FuzzyIndex, lang: &str, original: &str) -> Vec<(String, String)> {
        let folded = crate::text::fold(original);
        index
            .find(
                &folded.text,
                &[],
                &FxHashSet::default(),
                |r| &original[folded.map.range_to_src(r)],
                lang,
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
    fn arabic_names_are_long_from_four_letters_with_slips_and_dropped_long_vowels() {
        // Written without short vowels, four letters are a long name (Damascus, Pakistan).
        let idx = inflected_index(
            "ar",
            &[
                ("باكستان", "place"),
                ("دمشق", "place"),
                ("حلب", "place"),
                ("طهران", "place"),
            ],
        );
        assert_eq!(
            near_in(&idx, "ar", "زار باكستن"),
            pairs(&[("باكستن", "باكستان")])
        );
        assert_eq!(near_in(&idx, "ar", "في دمقش"), pairs(&[("دمقش", "دمشق")]));
        // A consonant replaced is another name or word (مارتن is Martin, not ماكرون), and a
        // word the dictionary knows is a word (طهرن, a verb form; كيف, how, not Kyiv).
        assert!(near_in(&idx, "ar", "في دمسق").is_empty());
        assert!(near_in(&idx, "ar", "في طهرن").is_empty());
        // Three letters are a short name: only a slip.
        assert!(near_in(&idx, "ar", "حلم").is_empty());
        assert_eq!(near_in(&idx, "ar", "حلبب"), pairs(&[("حلبب", "حلب")]));
    }

    #[test]
    fn a_vowel_left_out_past_the_first_syllable_of_a_short_name() {
        let idx = index(&["Kirkuk", "Mosul", "Kobani"]);
        assert_eq!(near(&idx, "in Kirkk"), pairs(&[("Kirkk", "Kirkuk")]));
        // A word of four letters is never a near miss (Mosl), and the first syllable's vowel
        // tells names apart (Kbani).
        assert!(near(&idx, "in Mosl or Kbani").is_empty());
        let ru = inflected_index("ru", &[("Песков", "person")]);
        assert_eq!(
            near_in(&ru, "ru", "сказал Пескв"),
            pairs(&[("Пескв", "Песков")])
        );
    }

    #[test]
    fn four_letter_names_take_a_doubled_letter_only() {
        let idx = index(&["Baku", "Homs", "Sisi"]);
        assert_eq!(near(&idx, "in Bakku"), pairs(&[("Bakku", "Baku")]));
        assert!(near(&idx, "in Hums or Homz").is_empty());
        // Before a capitalised word: another person's first name.
        assert!(near(&idx, "Sissi Engl said").is_empty());
    }

    #[test]
    fn without_a_dictionary_a_long_name_may_lose_a_letter() {
        let idx = index(&["Damaskus", "Selenskyj"]);
        assert_eq!(
            near_in(&idx, "de", "in Damakus"),
            pairs(&[("Damakus", "Damaskus")])
        );
        // Two edits without a dictionary: another word or person (Olena Selenska).
        assert!(near_in(&idx, "de", "Olena Selenska").is_empty());
    }

    #[test]
    fn short_names_take_only_swaps_and_doubled_letters() {
        let idx = index(&["Kobani", "Daraa", "Idlib"]);
        assert!(near(&idx, "Kabani Darat").is_empty());
        assert_eq!(near(&idx, "Idlbi, Idllib, Kobbani").len(), 3);
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

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn near_misses_of_inflected_forms_keep_their_inflection() {
        let idx = inflected_index(
            "ru",
            &[
                ("Идлиб", "place"),
                ("Эрдоган", "person"),
                ("Астана", "place"),
            ],
        );
        assert_eq!(
            near_in(
                &idx,
                "ru",
                "Бои у Идлеба, речь Ердогана, встреча в Астанной."
            ),
            pairs(&[
                ("Идлеба", "Идлиба"),
                ("Ердогана", "Эрдогана"),
                ("Астанной", "Астаной")
            ])
        );
        assert_eq!(near_in(&idx, "ru", "в Идлеб"), pairs(&[("Идлеб", "Идлиб")]));
    }

    #[test]
    fn an_edit_in_the_ending_is_another_inflection() {
        let idx = inflected_index("ru", &[("Идлиб", "place"), ("Эрдоган", "person")]);
        // Forms the tables do not make (plurals of names, a wrong case ending) are not
        // misspellings of the forms they do make.
        assert!(near_in(&idx, "ru", "Идлибы Эрдоганы Эрдоганах Идлибою").is_empty());
        let idx = inflected_index("tr", &[("ateşkes", "term")]);
        assert!(near_in(&idx, "tr", "ateşkesın ateşkesdan").is_empty());
        assert_eq!(
            near_in(&idx, "tr", "ateşkezin"),
            pairs(&[("ateşkezin", "ateşkesin")])
        );
    }

    #[test]
    fn short_names_keep_their_thresholds_in_every_form() {
        let idx = inflected_index(
            "ru",
            &[("Азаз", "place"), ("Оман", "place"), ("Кобани", "place")],
        );
        // Азазу and Омане are forms of four-letter names: no near misses.
        assert!(near_in(&idx, "ru", "Азару Омахе Кабани").is_empty());
    }

    #[test]
    fn a_vowel_inside_the_stem_of_a_declinable_name_only() {
        let idx = inflected_index(
            "ru",
            &[("Асад", "person"), ("Ассад", "person"), ("Идлиб", "place")],
        );
        // The last letter of the stem tells names apart: Ассам (Assam) is not Ассад.
        assert!(near_in(&idx, "ru", "В Ассаме и Ассама").is_empty());
        // A consonant for a consonant is another name.
        assert!(near_in(&idx, "ru", "Идлиш").is_empty());
        assert_eq!(
            near_in(&idx, "ru", "Идлоба"),
            pairs(&[("Идлоба", "Идлиба")])
        );
    }

    #[test]
    fn english_words_and_names_in_another_language_are_other_words() {
        let idx = inflected_index("es", &[("Hollande", "person"), ("Johnson", "person")]);
        // `Holland` and `Johnston` are English names; `Jonhson` is a slip.
        assert!(near_in(&idx, "es", "Vive en Holland con el clan Johnston.").is_empty());
        assert_eq!(
            near_in(&idx, "es", "Habló Jonhson."),
            pairs(&[("Jonhson", "Johnson")])
        );
        // In English text the English dictionary is the text's own: still a name it knows.
        assert!(near_in(&idx, "en", "In Holland.").is_empty());
    }

    #[test]
    fn other_words_and_names() {
        let idx = inflected_index(
            "ru",
            &[
                ("Вашингтон", "place"),
                ("Джонсон", "person"),
                ("перемирие", "term"),
            ],
        );
        // Two edits and another first letter; a name hyphenated to another; a capitalised
        // word inside a sentence near a common term.
        assert!(near_in(&idx, "ru", "Харингтон в Сент-Джонстоне, благодаря Перейре.").is_empty());
        assert_eq!(
            near_in(&idx, "ru", "Джонстоне"),
            pairs(&[("Джонстоне", "Джонсоне")])
        );
        assert_eq!(
            near_in(&idx, "ru", "Перимирие."),
            pairs(&[("Перимирие", "перемирие")])
        );
    }

    #[test]
    fn a_like_surname_after_another_given_name_is_another_person() {
        let form = |concept: u32, text: &str| Form {
            term: TermRef { concept, term: 0 },
            text: text.to_string(),
            inflection: Inflection::Base,
            case: CaseRule::Sensitive,
            near_misses: true,
        };
        let idx = FuzzyIndex::new(&[
            form(0, "Maria Zakharova"),
            form(0, "Zakharova"),
            form(1, "Sergei Lavrov"),
            form(1, "Lavrov"),
        ]);
        // A given name the dictionary knows only as a name, or not at all, or another
        // person's of the glossary: another person.
        assert!(near_in(&idx, "en", "said Andrei Zakharovva and Yuval Lavorv.").is_empty());
        assert!(near_in(&idx, "en", "said Sergei Zakharovva.").is_empty());
        // A title, a common word, an honorific, or the person's own given name spelt
        // otherwise: the person.
        assert_eq!(
            near_in(
                &idx,
                "en",
                "Spokeswoman Zakharovva, Mrs Zakharovva and Sergey Lavorv. Yesterday Lavorv said."
            ),
            pairs(&[
                ("Zakharovva", "Zakharova"),
                ("Zakharovva", "Zakharova"),
                ("Lavorv", "Lavrov"),
                ("Lavorv", "Lavrov"),
            ])
        );
    }

    #[test]
    fn a_german_compound_is_a_name_and_a_noun_not_another_name() {
        let idx = inflected_index("de", &[("Damaskus", "place"), ("Kabul", "place")]);
        // German capitalises its nouns: after the hyphen, the head of the compound.
        assert_eq!(
            near_in(&idx, "de", "Die Damakus-Reise und der Kabull-Besuch."),
            pairs(&[("Damakus", "Damaskus"), ("Kabull", "Kabul")])
        );
        // A capital before the hyphen still makes another name.
        assert!(near_in(&idx, "de", "Nach Neu-Kabull.").is_empty());
    }

    #[test]
    fn stem_edits() {
        let c = |s: &str| s.chars().collect::<Vec<char>>();
        // идлиба: stem идлиб (0..5)
        assert!(edits_touch_stem(&c("идлеба"), &c("идлиба"), 0, 5));
        assert!(!edits_touch_stem(&c("идлибы"), &c("идлиба"), 0, 5));
        assert!(!edits_touch_stem(&c("идлибою"), &c("идлиба"), 0, 5));
        // A doubled last letter of the stem is in the stem; another letter after it is not.
        assert!(edits_touch_stem(&c("астанна"), &c("астана"), 0, 5));
        assert!(!edits_touch_stem(&c("syrian"), &c("syria"), 0, 5));
        assert!(edits_touch_stem(&c("astanna"), &c("astana"), 0, 6));
        // A clitic before the stem: وسوريا, stem 1..6.
        assert!(!edits_touch_stem(&c("بسوريا"), &c("وسوريا"), 1, 6));
        assert!(edits_touch_stem(&c("وسورييا"), &c("وسوريا"), 1, 6));
    }
}
