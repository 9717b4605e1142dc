//! The matcher: finds the glossary's terms, their inflected forms and their near misses in a
//! segment of text.
//!
//! Matching works on skeletons (`text::skeleton`): lower case, no diacritics, one apostrophe,
//! one hyphen, one space. All forms of all terms of one language are found leftmost-longest over
//! the segment's skeleton, whole words only, with one hash lookup per word of the text
//! ([`exact`]). Words that no term covers are looked up in a deletion-neighbourhood index of the
//! terms' words ([`fuzzy`]) and verified by edit distance. Every hit is mapped back to a byte
//! range of the document and classified by comparing surfaces (`text::surface`): an exact use,
//! a use in the wrong case, or a near miss.

pub(crate) mod exact;
pub(crate) mod fuzzy;
pub mod inflect;
pub mod lexicon;
pub mod lookup;
pub(crate) mod neighbours;

use std::cell::RefCell;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::formats::{Segment, MASK};
use crate::glossary::{CaseRule, Glossary, Kind, Status};
use crate::text::skeleton::word_ranges;
use crate::text::surface::{capitalize, is_all_caps, lower, surface};
use crate::text::{fold, Folded};
pub use inflect::Inflection;
use lexicon::Lexicon;

/// A term of the glossary, by position: `glossary.concepts[concept].terms[term]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TermRef {
    pub concept: u32,
    pub term: u32,
}

/// A form of a term the matcher looks for: the term's text or an inflected form of it.
#[derive(Clone, Debug)]
pub struct Form {
    pub term: TermRef,
    /// The form as written (NFC).
    pub text: String,
    pub inflection: Inflection,
    pub case: CaseRule,
    /// Whether near misses of the form are looked for ([`crate::glossary::Term::near_misses`]).
    pub near_misses: bool,
}

/// A place in a document where a term is used, or nearly used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Byte range in the document.
    pub range: Range<usize>,
    pub term: TermRef,
    /// The form matched: the term's text or one of its inflected forms.
    pub form: String,
    pub inflection: Inflection,
    pub kind: HitKind,
    /// The segment's unit id, in bilingual files. Shared by every hit of the segment: a PO
    /// msgid of 50 KB with 8,000 hits would otherwise be copied 8,000 times (issue 12).
    pub unit: Option<std::sync::Arc<str>>,
    /// Terms of other concepts that the text at this hit is also a use of (concepts that share
    /// a form: `type` for a type of data and a type of contract; `services` the plural of
    /// `service` and the term `Services`), each concept once. Empty when there are none.
    pub also: Vec<TermRef>,
}

/// How the text at a hit relates to the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HitKind {
    /// The form itself (up to Unicode normalization, apostrophe and dash style, line breaks,
    /// capitals at a sentence start or in text in capitals).
    Exact,
    /// The form in the wrong case.
    Case,
    /// A near miss: different letters or diacritics, at this edit distance on the skeleton.
    Near { distance: u8 },
}

impl HitKind {
    /// Exact before case before near misses.
    fn rank(self) -> u8 {
        match self {
            HitKind::Exact => 0,
            HitKind::Case => 1,
            HitKind::Near { distance } => 2 + distance,
        }
    }
}

/// Options that change what counts as a hit.
#[derive(Clone, Debug)]
pub struct MatchOptions {
    /// Words never reported as near misses (skeletons).
    pub accept: rustc_hash::FxHashSet<String>,
    /// When several threads are at hand, a segment longer than twice this (in bytes of its
    /// skeleton) is matched in pieces of about this size, side by side. The pieces are cut at
    /// spaces that no match can span, so the hits are the same whatever the size.
    pub chunk_bytes: usize,
}

impl Default for MatchOptions {
    fn default() -> Self {
        MatchOptions {
            accept: Default::default(),
            chunk_bytes: 256 * 1024,
        }
    }
}

/// The matcher of a glossary: one per run, shared by every thread.
pub struct Matcher {
    /// Per language, built on first use.
    langs: FxHashMap<String, OnceLock<LangMatcher>>,
    options: MatchOptions,
}

/// The automaton and near-miss index of one language.
pub struct LangMatcher {
    pub exact: exact::ExactMatcher,
    pub fuzzy: fuzzy::FuzzyIndex,
    /// Spacing variants of the forms of terms of two or three words, by skeleton: closed
    /// (`carbomb`), hyphenated (`death-toll`) or spaced (`safe zone` for `safe-zone`), each to
    /// the forms that have it, in the order of `fuzzy.forms`. Variants that are forms are left
    /// out; a closed variant that is a word of the language is no variant, which the
    /// dictionary says when the text has it ([`Spaced::form`]).
    pub spacing: FxHashMap<String, Vec<Spaced>>,
    /// The glossary's tag of the language.
    lang: String,
}

/// A form that a spacing variant is a variant of.
pub struct Spaced {
    /// The index of the form in `fuzzy.forms`.
    pub form: u32,
    /// For a closed variant, the variant in lower case.
    pub closed: Option<Box<str>>,
}

impl Spaced {
    /// The form of the first of `spaced` whose variant is not a word of `lang` (`Capetown` is
    /// one, not `Cape Town` closed up). Asked only of the variants a text has: looking up all
    /// 2,000 closed variants of the English forms took 5 ms of the matcher's build.
    fn form(spaced: &[Spaced], lang: &str) -> Option<usize> {
        let lexicon = Lexicon::builtin();
        spaced
            .iter()
            .find(|s| {
                s.closed
                    .as_deref()
                    .is_none_or(|w| !lexicon.is_known(lang, w))
            })
            .map(|s| s.form as usize)
    }
}

impl Matcher {
    pub fn new(glossary: &Glossary, options: MatchOptions) -> Matcher {
        let langs = glossary
            .languages()
            .into_iter()
            .map(|l| (l, OnceLock::new()))
            .collect();
        Matcher { langs, options }
    }

    /// The languages it has terms of, sorted: [`Glossary::languages`] of its glossary.
    pub fn languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = self.langs.keys().cloned().collect();
        langs.sort();
        langs
    }

    /// The matcher of one language, built on first use.
    pub fn lang(&self, glossary: &Glossary, lang: &str) -> Option<&LangMatcher> {
        let (key, cell) = self.langs.get_key_value(lang).or_else(|| {
            // `en-US` text against an `en` glossary, and the other way round (`en` text against
            // an `en-US` glossary: the first such tag, so that runs are reproducible).
            let primary = crate::lang::primary(lang);
            self.langs.get_key_value(primary).or_else(|| {
                self.langs
                    .iter()
                    .filter(|(k, _)| crate::lang::compatible(k, lang))
                    .min_by_key(|(k, _)| k.as_str())
            })
        })?;
        Some(cell.get_or_init(|| {
            rayon::scope(|s| {
                // The language's dictionary (a Hunspell parse: 8 ms for English) is parsed on
                // another thread while the forms and their indexes are made, for the checks.
                s.spawn(|_| Lexicon::builtin().load(key));
                let forms: Arc<[Form]> = forms_of(glossary, key).into();
                let ((exact, fuzzy), spacing) = rayon::join(
                    || {
                        rayon::join(
                            || exact::ExactMatcher::with_forms(forms.clone()),
                            || fuzzy::FuzzyIndex::with_forms(forms.clone()),
                        )
                    },
                    || spacing_variants(&forms, key),
                );
                LangMatcher {
                    exact,
                    fuzzy,
                    spacing,
                    lang: key.clone(),
                }
            })
        }))
    }

    /// Every hit in `segment`, in text order: exact uses first found, then near misses of the
    /// words no exact hit covers.
    pub fn find(&self, glossary: &Glossary, segment: &Segment, lang: &str) -> Vec<Hit> {
        let Some(m) = self.lang(glossary, lang) else {
            return Vec::new();
        };
        let folded = fold(&segment.text);
        let chunks = if rayon::current_num_threads() > 1 {
            m.chunks(&folded.text, self.options.chunk_bytes)
        } else {
            Vec::new()
        };
        if chunks.len() <= 1 {
            let mut hits = Vec::new();
            self.find_in(
                glossary,
                m,
                segment,
                &folded,
                0..folded.text.len(),
                lang,
                &mut hits,
            );
            return hits;
        }
        chunks
            .into_par_iter()
            .map(|range| {
                let mut hits = Vec::new();
                self.find_in(glossary, m, segment, &folded, range, lang, &mut hits);
                hits
            })
            .flatten()
            .collect()
    }

    /// The hits in `range` of the skeleton `folded` of `segment`, in text order, appended to
    /// `hits`.
    #[allow(clippy::too_many_arguments)]
    fn find_in(
        &self,
        glossary: &Glossary,
        m: &LangMatcher,
        segment: &Segment,
        folded: &Folded,
        range: Range<usize>,
        lang: &str,
        hits: &mut Vec<Hit>,
    ) {
        let base = range.start;
        let range_of_chunk = range.clone();
        let text = &folded.text[range];
        let to_seg = |r: Range<usize>| folded.map.range_to_src(r.start + base..r.end + base);
        let to_doc = |r: Range<usize>| segment.map.range_to_src(to_seg(r));
        let first_hit = hits.len();
        let unit: Option<std::sync::Arc<str>> = segment.unit.as_deref().map(Into::into);
        BUFFERS.with(|buffers| {
            let mut buffers = buffers.borrow_mut();
            let Buffers {
                words,
                raw,
                covered,
                near,
            } = &mut *buffers;
            words.clear();
            word_ranges(text, words);
            raw.clear();
            m.exact.find_in_words(text, words, raw);
            covered.clear();
            let mut cursor = folded.map.cursor();
            for raw in raw.iter() {
                let seg_range = cursor.range_to_src(raw.range.start + base..raw.range.end + base);
                let found = &segment.text[seg_range.clone()];
                covered.push(raw.range.clone());
                // Of the forms sharing this skeleton, the one the text is closest to.
                let best = best_form(glossary, m.exact.forms_of(raw.pattern), |form| {
                    classify(lang, found, form)
                });
                let Some((kind, form)) = best else { continue };
                if kind == HitKind::Case && Lexicon::builtin().is_known_as_written(lang, found) {
                    // `turkey` the bird, `chad` the word: another word, not a case error.
                    continue;
                }
                if kind == HitKind::Case
                    && is_an_ordinary_phrase(lang, found)
                    && (starts_with_an_article(lang, found)
                        || ordinary_use(
                            lang,
                            &segment.text[..seg_range.start],
                            &segment.text[seg_range.end..],
                        ))
                {
                    // `the west bank of the river`, `a white house`, French `la réunion` (the
                    // meeting, not La Réunion): ordinary words in lower case, not the name in
                    // the wrong case.
                    continue;
                }
                let mut also: Vec<TermRef> = Vec::new();
                for other in m.exact.forms_of(raw.pattern) {
                    if other.term.concept == form.term.concept
                        || also.iter().any(|t| t.concept == other.term.concept)
                    {
                        continue;
                    }
                    if matches!(
                        classify(lang, found, other),
                        Some(HitKind::Exact | HitKind::Case)
                    ) {
                        also.push(other.term);
                    }
                }
                hits.push(Hit {
                    range: to_doc(raw.range.clone()),
                    term: form.term,
                    form: form.text.clone(),
                    inflection: form.inflection,
                    kind,
                    unit: unit.clone(),
                    also,
                });
            }
            near.clear();
            let mut cursor = folded.map.cursor();
            m.fuzzy.find_in_words(
                text,
                words,
                covered,
                &self.options.accept,
                |r| &segment.text[cursor.range_to_src(r.start + base..r.end + base)],
                lang,
                near,
            );
            if !m.spacing.is_empty() {
                spacing_hits(m, text, words, covered, near);
            }
            for near in near.iter() {
                let form = &m.fuzzy.forms[near.form];
                let found = &segment.text[folded
                    .map
                    .range_to_src(near.range.start + base..near.range.end + base)];
                if derived_stems(lang, found).any(|stem| {
                    let stem = crate::text::skeleton::skeleton(&stem);
                    m.exact.find(&stem).iter().any(|r| {
                        r.range == (0..stem.len())
                            && m.exact
                                .forms_of(r.pattern)
                                .any(|f| f.term.concept == form.term.concept)
                    })
                }) {
                    // `Kazakhstani`: the name of the concept with a derivational ending.
                    continue;
                }
                hits.push(Hit {
                    range: to_doc(near.range.clone()),
                    term: form.term,
                    form: form.text.clone(),
                    inflection: form.inflection,
                    kind: HitKind::Near {
                        distance: near.distance,
                    },
                    unit: unit.clone(),
                    also: Vec::new(),
                });
            }
        });
        mixed_script_hits(m, segment, folded, range_of_chunk, hits, first_hit);
        hits[first_hit..].sort_by_key(|h| (h.range.start, h.range.end));
    }
}

/// Of `forms` (sharing a skeleton), the one the text is closest to by `classify`. Among forms
/// of one concept, the first in the concept's order (`safe zone` before `safe-zone`). Between
/// concepts (two glossaries that disagree on a form), a concept with the form forbidden first,
/// then the concept id: never the order the glossaries were given in (see
/// `Glossary::status_conflicts`).
fn best_form<'f>(
    glossary: &Glossary,
    forms: impl Iterator<Item = &'f Form> + Clone,
    classify: impl Fn(&Form) -> Option<HitKind>,
) -> Option<(HitKind, &'f Form)> {
    let mut best: Option<(HitKind, &Form)> = None;
    let mut several_concepts = false;
    for form in forms.clone() {
        let Some(kind) = classify(form) else { continue };
        match best {
            Some((k, _)) if kind.rank() > k.rank() => {}
            Some((k, b)) if kind.rank() == k.rank() => {
                several_concepts |= b.term.concept != form.term.concept;
            }
            _ => {
                best = Some((kind, form));
                several_concepts = false;
            }
        }
    }
    let (kind, first) = best?;
    if !several_concepts {
        return best;
    }
    // Rare: the closest forms belong to several concepts.
    let closest = || {
        forms
            .clone()
            .filter(|f| classify(f).is_some_and(|k| k.rank() == kind.rank()))
    };
    let forbidden_in = |concept: u32| {
        closest().any(|f| {
            f.term.concept == concept
                && glossary.concepts[concept as usize].terms[f.term.term as usize].status
                    == Status::Forbidden
        })
    };
    let key = |c: u32| (!forbidden_in(c), &glossary.concepts[c as usize].id);
    let concept = closest()
        .map(|f| f.term.concept)
        .min_by(|&a, &b| key(a).cmp(&key(b)))
        .unwrap_or(first.term.concept);
    closest()
        .find(|f| f.term.concept == concept)
        .and_then(|f| Some((classify(f)?, f)))
}

/// The spacing variants of the forms of terms of two or three words (see
/// [`LangMatcher::spacing`]).
fn spacing_variants(forms: &[Form], lang: &str) -> FxHashMap<String, Vec<Spaced>> {
    use crate::text::skeleton::skeleton;
    let known: rustc_hash::FxHashSet<String> = forms.iter().map(|f| skeleton(&f.text)).collect();
    let mut out: FxHashMap<String, Vec<Spaced>> = FxHashMap::default();
    for (i, form) in forms.iter().enumerate() {
        let words: Vec<&str> = form
            .text
            .split([' ', '-'])
            .filter(|w| !w.is_empty())
            .collect();
        if !(2..=3).contains(&words.len())
            || words.iter().any(|w| w.chars().count() < 2)
            || is_all_caps(&form.text)
        {
            continue;
        }
        let closed = words.concat();
        let variants = [closed.clone(), words.join("-"), words.join(" ")];
        for v in variants {
            let key = skeleton(&v);
            if known.contains(&key) {
                continue;
            }
            let closed = (v == closed).then(|| lower(lang, &closed).into_boxed_str());
            out.entry(key).or_default().push(Spaced {
                form: i as u32,
                closed,
            });
        }
    }
    out
}

/// Spacing variants in the text (`carbomb`, `death-toll`): near misses at distance 1 of the
/// form, on words no exact hit covers.
fn spacing_hits(
    m: &LangMatcher,
    text: &str,
    words: &[Range<usize>],
    covered: &[Range<usize>],
    near: &mut Vec<fuzzy::NearHit>,
) {
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    let mut i = 0;
    while i < words.len() {
        let mut matched = 0;
        for n in (1..=3).rev() {
            if i + n > words.len() {
                continue;
            }
            let span = words[i].start..words[i + n - 1].end;
            // Words of a span are one separator apart.
            if (0..n - 1).any(|k| words[i + k + 1].start != words[i + k].end + 1) {
                continue;
            }
            let Some(spaced) = text.get(span.clone()).and_then(|t| m.spacing.get(t)) else {
                continue;
            };
            if covered.iter().any(|c| overlaps(c, &span))
                || near.iter().any(|c| overlaps(&c.range, &span))
            {
                continue;
            }
            let Some(form) = Spaced::form(spaced, &m.lang) else {
                continue;
            };
            near.push(fuzzy::NearHit {
                range: span,
                form,
                word: 0,
                distance: 1,
            });
            matched = n;
            break;
        }
        i += matched.max(1);
    }
}

/// Words of the chunk that mix look-alike letters of two scripts and, written in one script,
/// are a form of a term (`Аstana` with a Cyrillic А): near misses, whatever their length.
fn mixed_script_hits(
    m: &LangMatcher,
    segment: &Segment,
    folded: &Folded,
    range: Range<usize>,
    hits: &mut Vec<Hit>,
    first_hit: usize,
) {
    use crate::text::script::{cleaned, mixed};
    let seg = folded.map.range_to_src(range);
    let Some(text) = segment.text.get(seg.clone()) else {
        return;
    };
    // Cheap test first: both a letter of ASCII and a Cyrillic or Greek letter.
    if !text.bytes().any(|b| b.is_ascii_alphabetic())
        || !text.chars().any(|c| ('\u{370}'..='\u{52f}').contains(&c))
    {
        return;
    }
    let mut start = None;
    let mut words = Vec::new();
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric() || is_combining(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    for w in words {
        let word = &text[w.clone()];
        let Some(mix) = mixed(word) else { continue };
        for script in [mix.main, mix.other] {
            let Some(clean) = cleaned(word, script) else {
                continue;
            };
            let skel = crate::text::skeleton::skeleton(&clean);
            let raw = m.exact.find(&skel);
            let Some(r) = raw.iter().find(|r| r.range == (0..skel.len())) else {
                continue;
            };
            let Some(form) = m.exact.forms_of(r.pattern).next() else {
                continue;
            };
            let doc = segment
                .map
                .range_to_src(seg.start + w.start..seg.start + w.end);
            if hits[first_hit..]
                .iter()
                .any(|h| h.range.start < doc.end && doc.start < h.range.end)
            {
                break;
            }
            hits.push(Hit {
                range: doc,
                term: form.term,
                form: clean,
                inflection: form.inflection,
                kind: HitKind::Near { distance: 1 },
                unit: segment.unit.as_deref().map(Into::into),
                also: Vec::new(),
            });
            break;
        }
    }
}

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

impl LangMatcher {
    /// Cuts `text` (a skeleton) into pieces of about `size` bytes, each ending with a space (or
    /// paragraph break) that no exact match and no near miss can span: matching each piece on
    /// its own finds what matching the whole finds.
    pub fn chunks(&self, text: &str, size: usize) -> Vec<Range<usize>> {
        let size = size.max(1);
        let mut out = Vec::new();
        let mut start = 0;
        while text.len() - start > size + size / 2 {
            let mut from = start + size;
            let mut cut = None;
            while let Some(off) = text.as_bytes()[from..]
                .iter()
                .position(|&b| b == b' ' || b == b'\n')
            {
                let q = from + off;
                if self.can_cut(text, q) {
                    cut = Some(q);
                    break;
                }
                from = q + 1;
            }
            let Some(q) = cut else { break };
            out.push(start..q + 1);
            start = q + 1;
        }
        out.push(start..text.len());
        out
    }

    /// Whether `text` can be cut after the space at `q`.
    fn can_cut(&self, text: &str, q: usize) -> bool {
        if self.exact.crosses(text, q) {
            return false;
        }
        let before = text[..q]
            .rsplit(|c: char| !crate::text::skeleton::is_word_char(c))
            .find(|w| !w.is_empty());
        let after = text[q + 1..]
            .split(|c: char| !crate::text::skeleton::is_word_char(c))
            .find(|w| !w.is_empty());
        match (before, after) {
            (Some(a), Some(b)) => !self.fuzzy.may_span(a, b),
            _ => true,
        }
    }
}

/// Buffers of [`Matcher::find_in`], reused by each thread.
#[derive(Default)]
struct Buffers {
    words: Vec<Range<usize>>,
    raw: Vec<exact::RawHit>,
    covered: Vec<Range<usize>>,
    near: Vec<fuzzy::NearHit>,
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::default();
}

/// Every form of every term of `lang`, inflected forms included. A generated form that is the
/// base form of another term is left out: German `Hamas` is the group, not the genitive of the
/// town of Hama.
fn forms_of(glossary: &Glossary, lang: &str) -> Vec<Form> {
    // Picked out once: the terms of all languages are many (26,526 built in), and the tag of
    // each is a pointer away.
    let terms: Vec<_> = glossary
        .concepts
        .iter()
        .enumerate()
        .flat_map(|(ci, concept)| {
            concept
                .terms
                .iter()
                .enumerate()
                .filter(|(_, t)| t.lang == lang)
                .map(move |(ti, t)| (ci, ti, concept, t))
        })
        .collect();
    let mut bases: FxHashMap<String, Vec<(usize, usize)>> = FxHashMap::default();
    for &(ci, ti, _, t) in &terms {
        bases
            .entry(crate::text::skeleton::skeleton(&t.text))
            .or_default()
            .push((ci, ti));
    }
    let case_of = |concept: &crate::glossary::Concept, term: &crate::glossary::Term| {
        if term.case == CaseRule::Sensitive
            && !term.case_given
            && is_capitalised_common_word(lang, concept, term)
        {
            CaseRule::Insensitive
        } else {
            term.case
        }
    };
    let mut forms = Vec::new();
    for &(ci, ti, concept, term) in &terms {
        let term_ref = TermRef {
            concept: ci as u32,
            term: ti as u32,
        };
        let case = case_of(concept, term);
        for (text, inflection) in inflect::forms(term, kind_of(concept)) {
            if text.contains(MASK as char) {
                // The byte that masks text (code, URLs): such a form would match masked text,
                // inside the letters it replaced.
                continue;
            }
            // A generated form that is another term written the same way: of two names, the
            // name (`Hamas`, not the genitive of `Hama`); an ordinary word stays a form of both
            // (`services`, the plural of `service` and the term `Services`).
            if matches!(inflection, Inflection::Cell(_))
                && bases
                    .get(&crate::text::skeleton::skeleton(&text))
                    .is_some_and(|terms| {
                        terms.iter().any(|&(oc, ot)| {
                            (oc, ot) != (ci, ti) && {
                                let other = &glossary.concepts[oc];
                                case_of(other, &other.terms[ot]) == CaseRule::Sensitive
                            }
                        })
                    })
            {
                continue;
            }
            forms.push(Form {
                term: term_ref,
                text,
                inflection,
                case,
                near_misses: term.near_misses,
            });
        }
    }
    forms
}

/// Whether the words around a phrase make it an ordinary one, in English: after an indefinite
/// article (`a white house`) or before `of` (`the west bank of the river`); a name in lower
/// case elsewhere (`a black sea resort`) stays a case error.
fn ordinary_use(lang: &str, before: &str, after: &str) -> bool {
    if primary_lang(lang) != "en" {
        return false;
    }
    let before = before.trim_end().to_lowercase();
    let prev = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(prev, "a" | "an") || next == "of"
}

/// Whether `found` starts with a definite article in lower case, which a name that starts with
/// one writes with a capital (`La Réunion`, `El Salvador`, `Le Havre`): `la réunion` is an
/// article and a noun.
fn starts_with_an_article(lang: &str, found: &str) -> bool {
    let articles: &[&str] = match primary_lang(lang) {
        "fr" => &["la", "le", "les"],
        "es" => &["el", "la", "los", "las"],
        "de" => &["der", "die", "das"],
        "en" => &["the"],
        _ => &[],
    };
    found
        .split(' ')
        .next()
        .is_some_and(|w| articles.contains(&w))
}

/// Whether `found`, a use of a name in the wrong case, is a phrase of ordinary words: several
/// words, all in lower case, each known to the language's dictionary as written.
fn is_an_ordinary_phrase(lang: &str, found: &str) -> bool {
    let lexicon = Lexicon::builtin();
    let words: Vec<&str> = found
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() > 1
        && lexicon.covers(lang)
        && words
            .iter()
            .all(|w| !w.chars().any(char::is_uppercase) && lexicon.is_known_as_written(lang, w))
}

/// The words `found` may be derived from by a demonym or adjective ending (`Kazakhstani` from
/// `Kazakhstan`, `Syrian` from `Syria`, `Iraqis` from `Iraq`), in English.
fn derived_stems<'f>(lang: &str, found: &'f str) -> impl Iterator<Item = String> + 'f {
    const ENDINGS: &[&str] = &[
        "i", "is", "an", "ans", "ian", "ians", "ese", "ish", "er", "ers", "ite", "ites",
    ];
    let english = primary_lang(lang) == "en";
    ENDINGS
        .iter()
        .filter(move |_| english)
        .filter_map(move |e| found.strip_suffix(e))
        .filter(|stem| stem.chars().count() >= 3)
        .flat_map(|stem| {
            [
                stem.to_string(),
                format!("{stem}a"),
                format!("{stem}y"),
                format!("{stem}e"),
            ]
        })
}

fn primary_lang(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

/// The kind of a concept for inflection: the glossary's, else `term` when the concept is
/// evidently a common term (a term of it is written in lower case in a cased script, like
/// `type` beside German `Typ`, or is an ordinary word written with a capital, like `Resource`),
/// else none (a capitalised term of a concept without a kind is then taken for a name).
pub fn kind_of(concept: &crate::glossary::Concept) -> Option<Kind> {
    if concept.kind.is_some() {
        return concept.kind;
    }
    let lower_case = |t: &crate::glossary::Term| {
        t.text.chars().any(char::is_lowercase) && !t.text.chars().any(char::is_uppercase)
    };
    concept
        .terms
        .iter()
        .any(|t| {
            lower_case(t) || (!t.case_given && is_capitalised_common_word(&t.lang, concept, t))
        })
        .then_some(Kind::Term)
}

/// Whether a capitalised term is an ordinary word of the language written with a capital
/// (`Procedure`, `Table`, `Resource` in a software glossary): one word, only its first letter
/// in upper case, known to the language's dictionary in lower case, and of a concept that is
/// not a name (no kind, or `term`). Such a term matches the word in lower case in running text,
/// unless the glossary says its case matters (`case = "sensitive"`: [`Term::case_given`]).
///
/// [`Term::case_given`]: crate::glossary::Term::case_given
fn is_capitalised_common_word(
    lang: &str,
    concept: &crate::glossary::Concept,
    term: &crate::glossary::Term,
) -> bool {
    if !matches!(concept.kind, None | Some(Kind::Term)) {
        return false;
    }
    let text = term.text.as_str();
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || !chars.all(|c| c.is_lowercase()) {
        return false;
    }
    let lexicon = Lexicon::builtin();
    let lowered = lower(lang, text);
    lexicon.covers(lang) && lexicon.is_known_as_written(lang, &lowered)
}

/// How `found`, whose skeleton is the form's, relates to the form; `None` when it is not a use
/// of the term at all (an acronym in lower case: `is` is not `IS`).
fn classify(lang: &str, found: &str, form: &Form) -> Option<HitKind> {
    if found == form.text {
        return Some(HitKind::Exact);
    }
    let found_s = surface(found);
    let form_s = surface(&form.text);
    if found_s == form_s {
        return Some(HitKind::Exact);
    }
    let same_letters = lower(lang, &found_s) == lower(lang, &form_s);
    if is_all_caps(&form_s) && found_s != form_s {
        // Acronyms and abbreviations match in their own case only.
        return (same_letters && is_all_caps(&found_s)).then_some(HitKind::Exact);
    }
    if same_letters {
        let exact = form.case == CaseRule::Insensitive
            || is_all_caps(&found_s)
            || found_s == capitalize(lang, &form_s);
        return Some(if exact { HitKind::Exact } else { HitKind::Case });
    }
    if letters_editors_treat_as_one(lang, &found_s, &form_s) {
        return Some(HitKind::Exact);
    }
    if form.case == CaseRule::Sensitive
        && form_s.chars().next().is_some_and(char::is_uppercase)
        && found_s.chars().next().is_some_and(char::is_lowercase)
    {
        // A lower-case word spelt like a name but for its diacritics is an ordinary word, as a
        // lower-case word near a name is (see `fuzzy`): `reunion` is not `Réunion`.
        return None;
    }
    // Same skeleton, different letters: a missing or wrong diacritic (Erdogan'ın for Erdoğan).
    // Short words are left alone: Turkish `Sam` is a name, not `Şam` without its cedilla.
    (found_s.chars().filter(|c| c.is_alphabetic()).count() >= 5)
        .then_some(HitKind::Near { distance: 0 })
}

/// Spellings that differ only in letters a language's editors treat as one: Arabic hamza
/// forms, taa marbuta and alef maqsura, and vowel marks; Russian ё and е; in French, a capital
/// without its accent (`Egypte`, `Etats-Unis`: wire copy and many newsrooms leave capitals
/// unaccented), `a` being the text found and `b` the form.
fn letters_editors_treat_as_one(lang: &str, a: &str, b: &str) -> bool {
    match crate::lang::primary(lang) {
        "fr" => {
            a.chars().count() == b.chars().count()
                && a.chars()
                    .zip(b.chars())
                    .all(|(x, y)| x == y || (y.is_uppercase() && unaccented_capital(y) == Some(x)))
        }
        "ar" | "fa" | "ur" => {
            crate::text::skeleton::skeleton(a) == crate::text::skeleton::skeleton(b)
        }
        "ru" | "uk" | "be" => {
            let yo = |s: &str| lower(lang, s).replace('ё', "е");
            yo(a) == yo(b)
        }
        _ => false,
    }
}

/// A French accented capital's letter without its accent (`É` → `E`, `Ç` → `C`).
fn unaccented_capital(c: char) -> Option<char> {
    Some(match c {
        'À' | 'Â' => 'A',
        'Ç' => 'C',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Î' | 'Ï' => 'I',
        'Ô' => 'O',
        'Ù' | 'Û' | 'Ü' => 'U',
        _ => return None,
    })
}
