//! The matcher: finds the glossary's terms, their inflected forms and their near misses in a
//! segment of text.
//!
//! Matching works on skeletons (`text::skeleton`): lower case, no diacritics, one apostrophe,
//! one hyphen, one space. All forms of all terms of one language go into one Aho-Corasick
//! automaton, searched leftmost-longest over the segment's skeleton, whole words only
//! ([`exact`]). Words that no term covers are looked up in a deletion-neighbourhood index of the
//! terms' words ([`fuzzy`]) and verified by edit distance. Every hit is mapped back to a byte
//! range of the document and classified by comparing surfaces (`text::surface`): an exact use,
//! a use in the wrong case, or a near miss.

pub mod exact;
pub mod fuzzy;
pub mod inflect;
pub mod lexicon;

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::formats::Segment;
use crate::glossary::{CaseRule, Glossary};
use crate::text::fold;
use crate::text::surface::{capitalize, is_all_caps, lower, surface};
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
    /// The segment's unit id, in bilingual files.
    pub unit: Option<String>,
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
#[derive(Clone, Debug, Default)]
pub struct MatchOptions {
    /// Words never reported as near misses (skeletons).
    pub accept: rustc_hash::FxHashSet<String>,
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

    /// The matcher of one language, built on first use.
    pub fn lang(&self, glossary: &Glossary, lang: &str) -> Option<&LangMatcher> {
        let (key, cell) = self.langs.get_key_value(lang).or_else(|| {
            // `en-US` text against an `en` glossary, and the other way round (`en` text against
            // an `en-US` glossary: the first such tag, so that runs are reproducible).
            let primary = lang.split(['-', '_']).next().unwrap_or(lang);
            self.langs.get_key_value(primary).or_else(|| {
                self.langs
                    .iter()
                    .filter(|(k, _)| crate::lang::compatible(k, lang))
                    .min_by_key(|(k, _)| k.as_str())
            })
        })?;
        Some(cell.get_or_init(|| {
            let forms = forms_of(glossary, key);
            LangMatcher {
                fuzzy: fuzzy::FuzzyIndex::new(&forms),
                exact: exact::ExactMatcher::new(forms),
            }
        }))
    }

    /// Every hit in `segment`, in text order: exact uses first found, then near misses of the
    /// words no exact hit covers.
    pub fn find(&self, glossary: &Glossary, segment: &Segment, lang: &str) -> Vec<Hit> {
        let Some(m) = self.lang(glossary, lang) else {
            return Vec::new();
        };
        let folded = fold(&segment.text);
        let to_doc = |r: Range<usize>| segment.map.range_to_src(folded.map.range_to_src(r));
        let mut hits = Vec::new();
        let mut covered: Vec<Range<usize>> = Vec::new();
        for raw in m.exact.find(&folded.text) {
            let seg_range = folded.map.range_to_src(raw.range.clone());
            let found = &segment.text[seg_range];
            covered.push(raw.range.clone());
            // Of the forms sharing this skeleton, the one the text is closest to.
            let best = m
                .exact
                .forms_of(raw.pattern)
                .filter_map(|form| Some((classify(lang, found, form)?, form)))
                .min_by_key(|(kind, _)| kind.rank());
            let Some((kind, form)) = best else { continue };
            if kind == HitKind::Case && Lexicon::builtin().is_known_as_written(lang, found) {
                // `turkey` the bird, `chad` the word: another word, not a case error.
                continue;
            }
            hits.push(Hit {
                range: to_doc(raw.range),
                term: form.term,
                form: form.text.clone(),
                inflection: form.inflection,
                kind,
                unit: segment.unit.clone(),
            });
        }
        for near in m.fuzzy.find(
            &folded.text,
            &covered,
            &self.options.accept,
            |r| {
                let seg_range = folded.map.range_to_src(r);
                &segment.text[seg_range]
            },
            lang,
        ) {
            let form = &m.fuzzy.forms[near.form];
            hits.push(Hit {
                range: to_doc(near.range),
                term: form.term,
                form: form.text.clone(),
                inflection: form.inflection,
                kind: HitKind::Near {
                    distance: near.distance,
                },
                unit: segment.unit.clone(),
            });
        }
        hits.sort_by_key(|h| (h.range.start, h.range.end));
        hits
    }
}

/// Every form of every term of `lang`, inflected forms included. A generated form that is the
/// base form of another term is left out: German `Hamas` is the group, not the genitive of the
/// town of Hama.
fn forms_of(glossary: &Glossary, lang: &str) -> Vec<Form> {
    let terms = || {
        glossary
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
    };
    let mut bases: FxHashMap<String, Vec<(usize, usize)>> = FxHashMap::default();
    for (ci, ti, _, t) in terms() {
        bases
            .entry(crate::text::skeleton::skeleton(&t.text))
            .or_default()
            .push((ci, ti));
    }
    let mut forms = Vec::new();
    for (ci, ti, concept, term) in terms() {
        let term_ref = TermRef {
            concept: ci as u32,
            term: ti as u32,
        };
        for (text, inflection) in inflect::forms(term, concept.kind.as_deref()) {
            if matches!(inflection, Inflection::Cell(_))
                && bases
                    .get(&crate::text::skeleton::skeleton(&text))
                    .is_some_and(|terms| terms.iter().any(|&other| other != (ci, ti)))
            {
                continue;
            }
            forms.push(Form {
                term: term_ref,
                text,
                inflection,
                case: term.case,
            });
        }
    }
    forms
}

/// How `found`, whose skeleton is the form's, relates to the form; `None` when it is not a use
/// of the term at all (an acronym in lower case: `is` is not `IS`).
fn classify(lang: &str, found: &str, form: &Form) -> Option<HitKind> {
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
    // Same skeleton, different letters: a missing or wrong diacritic (Erdogan'ın for Erdoğan).
    // Short words are left alone: Turkish `Sam` is a name, not `Şam` without its cedilla.
    (found_s.chars().filter(|c| c.is_alphabetic()).count() >= 5)
        .then_some(HitKind::Near { distance: 0 })
}

/// Spellings that differ only in letters a language's editors treat as one: Arabic hamza
/// forms, taa marbuta and alef maqsura, and vowel marks; Russian ё and е.
fn letters_editors_treat_as_one(lang: &str, a: &str, b: &str) -> bool {
    match lang.split(['-', '_']).next().unwrap_or(lang) {
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
