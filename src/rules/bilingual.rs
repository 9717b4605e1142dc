//! What the target of a translation unit does with each glossary concept of its source: the
//! analysis the three bilingual rules (`missing-translation`, `wrong-translation`,
//! `untranslated`) report from.
//!
//! A concept counts as used in the source when one of its terms is there as written or in the
//! wrong case (near misses do not count: `Idleb` in a source is the source's problem, reported
//! on its own). The target is then searched for that concept, by concept and never by string,
//! so any inflected form of any of its target terms counts (`Эрдогана` for `Erdoğan`). In
//! order, the first that holds decides:
//!
//! 1. an approved target term of the concept is used (any inflection): [`Outcome::Translated`];
//! 2. a near miss of one is there: [`Outcome::Misspelt`] (the `misspelling` rule reports it),
//!    unless it is a source-language term copied as written (`Idlib` in French, whose term is
//!    `Idleb`): [`Outcome::Copied`];
//! 3. a forbidden target term of the concept is used: [`Outcome::Forbidden`];
//! 4. a source-language term of the concept was copied into the target where the target's
//!    forms differ: [`Outcome::Copied`];
//! 5. exactly one concept of the same kind that the source does not use is in the target: the
//!    translator chose the wrong concept, [`Outcome::OtherConcept`];
//! 6. otherwise [`Outcome::Missing`].
//!
//! A concept with no approved target term in force says nothing about the target and is
//! skipped.

mod derived;

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::glossary::{Date, Glossary, Kind, Pos, Related, Status, Term};
use crate::lang::primary;
use crate::matcher::inflect::ar::prefixes as arabic_prefixes;
use crate::matcher::inflect::{self, Inflection};
use crate::matcher::lexicon::Lexicon;
use crate::matcher::{Hit, HitKind, TermRef};
use crate::text::skeleton::skeleton;
use crate::text::surface::{is_all_caps, lower};

pub use derived::{derived_uses, DerivedForms};

/// What the target does with one source concept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome<'h> {
    Translated,
    Misspelt,
    /// A forbidden target term of the concept, here.
    Forbidden(&'h Hit),
    /// The source's form left as it was, here (a hit of the source language's matcher).
    Copied(&'h Hit),
    /// A term of another concept, here.
    OtherConcept(&'h Hit),
    Missing,
    /// A place that only qualifies a person named next to it (`U.S. Sen. Elizabeth Warren`,
    /// `Britain's Prime Minister Theresa May`), which the target leaves out: said, never
    /// reported.
    Implied,
    /// A concept the source shows only by a derived word ([`derived`]) and whose forms the
    /// target lacks: said, never reported.
    Unconfirmed,
    /// A concept the target translated in one of the few units just before, in a running
    /// text, and now refers to otherwise (`Pelosi … Pelosi said` → `Пелоси … Она заявила`):
    /// said, never reported ([`Recent`]).
    Mentioned,
}

impl Outcome<'_> {
    /// The outcome's name in reports (`--explain`).
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Translated => "translated",
            Outcome::Misspelt => "misspelt",
            Outcome::Forbidden(_) => "forbidden",
            Outcome::Copied(_) => "copied",
            Outcome::OtherConcept(_) => "other-concept",
            Outcome::Missing => "missing",
            Outcome::Implied => "implied",
            Outcome::Unconfirmed => "unconfirmed",
            Outcome::Mentioned => "mentioned-before",
        }
    }
}

/// One source span of a unit, the concepts it is a use of, and what became of them.
#[derive(Clone, Debug)]
pub struct Pairing<'h> {
    /// The span's first use in the source (a term nested in a longer one is a hit of its own).
    pub source: Cow<'h, Hit>,
    /// What the target does with the span: translated when a target form of any of its
    /// concepts is there.
    pub outcome: Outcome<'h>,
    /// Each concept of the span that has a target term, judged on its own: whether a form of
    /// that very concept is in the target (`type` → `вид` is not found where only `тип`, the
    /// target of another concept of `type`, is).
    pub checked: Vec<(u32, bool)>,
    /// Whether the source span is a derived word or a piece of a word, not a use of a term
    /// ([`derived`]): never reported.
    pub derived: bool,
}

/// The names (people, places, organizations) the target of a running text translated lately.
/// A name given once is then
/// often said by a pronoun, a title or part of the name (`Pelosi … Pelosi said` → `Пелоси …
/// Она заявила`); a concept missing from a unit within [`Recent::UNITS`] units of where the
/// target last gave it is [`Outcome::Mentioned`], not missing, unless the target seems to
/// name it wrongly ([`garbled`]). Only a use translated by name renews it, so a name dropped
/// for longer than that is reported again.
#[derive(Debug, Default)]
pub struct Recent {
    /// Concept → the index of the last unit whose target translated it.
    last: FxHashMap<u32, usize>,
}

impl Recent {
    /// How many units back a translation of the concept still counts. Measured on the human
    /// references of `../shared/data/parallel` (`scripts/bilingual-false-alarms.sh`): 1 unit
    /// takes away two thirds of what 3 do, 5 units little more, and more loses catches on
    /// machine output.
    pub const UNITS: usize = 3;

    /// Judges the missing concepts of the unit at `index` (units in document order), then
    /// records the concepts it translates.
    pub fn apply(
        &mut self,
        glossary: &Glossary,
        date: Option<Date>,
        index: usize,
        unit: &UnitHits<'_>,
        pairings: &mut [Pairing<'_>],
    ) {
        for p in pairings
            .iter_mut()
            .filter(|p| p.outcome == Outcome::Missing)
        {
            let lately = |c: &u32| (self.last.get(c)).is_some_and(|&i| index - i <= Self::UNITS);
            // Pronouns and titles stand for names; a term (`crash`, `ceasefire`) left out is
            // left out, and the units of an XLIFF file of messages are not sentences of a story.
            let named = |c: &u32| {
                matches!(
                    glossary.concepts[*c as usize].kind,
                    Some(Kind::Person | Kind::Place | Kind::Organization)
                )
            };
            let Some(&(c, _)) = p.checked.iter().find(|(c, _)| lately(c) && named(c)) else {
                continue;
            };
            if !garbled(glossary, date, c, unit) {
                p.outcome = Outcome::Mentioned;
            }
        }
        for p in pairings.iter().filter(|p| p.outcome == Outcome::Translated) {
            for &(c, found) in &p.checked {
                if found {
                    self.last.insert(c, index);
                }
            }
        }
    }
}

/// Whether the target has a name that begins like a name in a target form of concept `c`
/// without being it (`Майорки` for `Майоркас`): a name said wrongly, not a pronoun or a
/// title, so still missing. Only capitalised words count: a lower-case word differing in its
/// ending is the same word inflected (`оружия` for `оружию`), and so is a name that begins
/// with the whole name of the form (`Ривза` for `Ривз`).
fn garbled(glossary: &Glossary, date: Option<Date>, c: u32, unit: &UnitHits<'_>) -> bool {
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let lang = unit.target_lang;
    let concept = &glossary.concepts[c as usize];
    let names: Vec<String> = (concept.terms_in(lang))
        .filter(|t| t.status != Status::Forbidden && !t.superseded(date))
        .flat_map(|t| words_of(&t.text))
        .filter(capitalised)
        .filter(|w| w.chars().count() >= 4)
        .map(|w| lower(lang, w))
        .collect();
    if names.is_empty() {
        return false;
    }
    let written: Vec<String> = (unit.target_text.split(|c: char| !c.is_alphanumeric()))
        .filter(capitalised)
        .map(|w| lower(lang, w))
        .collect();
    names.iter().any(|name| {
        let len = name.chars().count();
        let needed = (len - 3).max(4);
        written.iter().any(|w| {
            let shared = (w.chars().zip(name.chars()))
                .take_while(|(a, b)| a == b)
                .count();
            shared >= needed && shared < len
        })
    })
}

/// The hits of one translation unit, each side in its own language.
pub struct UnitHits<'h> {
    pub source_lang: &'h str,
    pub target_lang: &'h str,
    /// Hits of the source segment, in the source language.
    pub source: &'h [Hit],
    /// Hits of the target segment, in the target language.
    pub target: &'h [Hit],
    /// Hits of the target segment in the source language: source forms left untranslated.
    pub copied: &'h [Hit],
    /// The target segment's text.
    pub target_text: &'h str,
    /// The text the source hits' ranges index (the source document).
    pub source_doc: &'h str,
    /// The text the target hits' ranges index (the target document).
    pub target_doc: &'h str,
    /// Concepts sharing a source form (`report` the noun and `report` the verb).
    pub homographs: &'h Homographs,
}

/// Concepts that share a written form in one language: a source word that is a term of several
/// concepts is translated by a term of any of them. Also the forms of terms that are part of a
/// longer term of the same language (`provider` in `data provider`), which the matcher, longest
/// first, never reports inside the longer one.
#[derive(Debug, Default)]
pub struct Homographs {
    by_form: FxHashMap<(String, String), Vec<u32>>,
    /// (language, skeleton of a form) → the nested terms with that form.
    nested: FxHashMap<(String, String), Vec<NestedForm>>,
    /// The most words a nested form has: no longer run of a hit's words is looked up.
    nested_words: usize,
}

/// A form of a nested term: the term, the form, how it was made.
type NestedForm = (TermRef, String, Inflection);

impl Homographs {
    pub fn new(glossary: &Glossary) -> Homographs {
        let mut by_form: FxHashMap<(String, String), Vec<u32>> = FxHashMap::default();
        for (ci, concept) in glossary.concepts.iter().enumerate() {
            for term in &concept.terms {
                let entry = by_form
                    .entry((term.lang.clone(), skeleton(&term.text)))
                    .or_default();
                if !entry.contains(&(ci as u32)) {
                    entry.push(ci as u32);
                }
            }
        }
        // Terms written inside a longer term of their language, word for word.
        let mut inner: rustc_hash::FxHashSet<(String, String)> = Default::default();
        // Only runs as long as some form are looked up: a glossary term of a thousand words
        // costs a thousand lookups per length of the other forms, not half a million.
        let mut lengths: Vec<usize> = by_form.keys().map(|(_, f)| words_of(f).len()).collect();
        lengths.sort_unstable();
        lengths.dedup();
        for ((lang, form), _) in by_form.iter() {
            let words = words_of(form);
            if words.len() < 2 {
                continue;
            }
            for &n in lengths
                .iter()
                .filter(|&&n| n > 0)
                .take_while(|&&n| n < words.len())
            {
                for i in 0..=words.len() - n {
                    let j = i + n;
                    let part = words[i..j].join(" ");
                    let key = (lang.clone(), part);
                    if by_form.contains_key(&key) {
                        inner.insert(key);
                    }
                }
            }
        }
        let mut nested: FxHashMap<(String, String), Vec<NestedForm>> = FxHashMap::default();
        if !inner.is_empty() {
            for (ci, concept) in glossary.concepts.iter().enumerate() {
                for (ti, term) in concept.terms.iter().enumerate() {
                    if term.status == Status::Forbidden
                        || !inner.contains(&(term.lang.clone(), skeleton(&term.text)))
                    {
                        continue;
                    }
                    let at = TermRef {
                        concept: ci as u32,
                        term: ti as u32,
                    };
                    for (form, inflection) in inflect::forms(term, crate::matcher::kind_of(concept))
                    {
                        let entry = nested
                            .entry((term.lang.clone(), skeleton(&form)))
                            .or_default();
                        if !entry.iter().any(|(t, _, _)| t.concept == at.concept) {
                            entry.push((at, form, inflection));
                        }
                    }
                }
            }
        }
        by_form.retain(|_, v| v.len() > 1);
        // Counted on the forms as written as well as folded: folding may drop a separator
        // (`U.S.`).
        let nested_words = nested
            .iter()
            .flat_map(|((_, key), forms)| {
                std::iter::once(key.as_str()).chain(forms.iter().map(|(_, f, _)| f.as_str()))
            })
            .map(|form| word_ranges(form).len())
            .max()
            .unwrap_or(0);
        Homographs {
            by_form,
            nested,
            nested_words,
        }
    }

    /// The concepts `hit` is a use of, its own first: its term's, the other concepts whose
    /// forms the text also is, and those with a term written like its term, in its language.
    fn of(&self, glossary: &Glossary, hit: &Hit) -> Vec<u32> {
        let own = hit.term.concept;
        let mut out = vec![own];
        for t in &hit.also {
            if !out.contains(&t.concept) {
                out.push(t.concept);
            }
        }
        if self.by_form.is_empty() {
            return out;
        }
        let term = &glossary.concepts[own as usize].terms[hit.term.term as usize];
        let key = (term.lang.clone(), skeleton(&term.text));
        if let Some(others) = self.by_form.get(&key) {
            for c in others {
                if !out.contains(c) {
                    out.push(*c);
                }
            }
        }
        out
    }

    /// The concepts a target hit is an approved use of.
    fn approved_of(&self, glossary: &Glossary, hit: &Hit) -> Vec<u32> {
        let term = &glossary.concepts[hit.term.concept as usize].terms[hit.term.term as usize];
        let written = skeleton(&term.text);
        self.of(glossary, hit)
            .into_iter()
            .filter(|&c| {
                if c == hit.term.concept {
                    return term.status != Status::Forbidden;
                }
                let concept = &glossary.concepts[c as usize];
                hit.also
                    .iter()
                    .filter(|t| t.concept == c)
                    .map(|t| &concept.terms[t.term as usize])
                    .chain(
                        concept
                            .terms
                            .iter()
                            .filter(|t| t.lang == term.lang && skeleton(&t.text) == written),
                    )
                    .any(|t| t.status != Status::Forbidden)
            })
            .collect()
    }

    /// The terms written inside the longer term of `hit`, each a hit of its own (`provider` in
    /// `data providers`), at their place in the source document.
    fn nested_in(&self, glossary: &Glossary, doc: &str, hit: &Hit) -> Vec<Hit> {
        if self.nested.is_empty() {
            return Vec::new();
        }
        let Some(text) = doc.get(hit.range.clone()) else {
            return Vec::new();
        };
        let lang = &glossary.concepts[hit.term.concept as usize].terms[hit.term.term as usize].lang;
        let words = word_ranges(text);
        let mut out = Vec::new();
        for i in 0..words.len() {
            // A hit's range may hold markup of any length (a placeholder between two words):
            // runs longer than the longest nested form are never looked up, which keeps this
            // linear in the hit's length.
            for j in i + 1..=words.len().min(i + self.nested_words) {
                if j - i == words.len() {
                    continue;
                }
                let range = words[i].start..words[j - 1].end;
                let key = (lang.clone(), skeleton(&text[range.clone()]));
                let Some(terms) = self.nested.get(&key) else {
                    continue;
                };
                let (first, form, inflection) = &terms[0];
                out.push(Hit {
                    range: hit.range.start + range.start..hit.range.start + range.end,
                    term: *first,
                    form: form.clone(),
                    inflection: *inflection,
                    kind: HitKind::Exact,
                    unit: hit.unit.clone(),
                    also: terms[1..].iter().map(|(t, _, _)| *t).collect(),
                });
            }
        }
        out
    }
}

/// The words of a glossary form, split at spaces and hyphens.
fn words_of(form: &str) -> Vec<&str> {
    form.split([' ', '-']).filter(|w| !w.is_empty()).collect()
}

/// The byte ranges of the words of `text`: letters and digits, with apostrophes inside.
fn word_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut words: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(s..text.len());
    }
    words
}

impl UnitHits<'_> {
    /// The target document's text at a target hit.
    fn target_text_of(&self, hit: &Hit) -> Option<&str> {
        self.target_doc.get(hit.range.clone())
    }
}

/// Whether a hit is a use of its term (as written or in the wrong case), not a near miss.
fn is_use(hit: &Hit) -> bool {
    !matches!(hit.kind, HitKind::Near { .. })
}

/// The target's near misses (hits of the target's matcher) that can be misspellings in a
/// translation of this unit's source: a near miss of a concept the source uses (any of its
/// forms as written, or a form it shares with another concept), or of one with no term in the
/// source's language, which the source cannot tell of. A near miss of a name the source does
/// not use is another word or name that only looks like it: `Джонстон` for `Johnston Atoll` is
/// no misspelt `Джонсон` (Johnson). Returns whether each target hit is kept.
pub fn credible_near_misses(glossary: &Glossary, unit: &UnitHits<'_>) -> Vec<bool> {
    confirmed_near_misses(
        glossary,
        unit,
        unit.target,
        unit.source,
        Some(unit.source_lang),
    )
}

/// The source's near misses that can be misspellings, judged by the translation: a near miss
/// of a concept the target uses as written. In a bilingual file the source is somebody else's
/// text, and a name the translation does not confirm is most often another name that only
/// looks like a glossary one (`Bobonaro`, a district of Timor-Leste, beside `Bolsonaro`; a
/// romanised `Phyeongyang`); a unit not translated yet, or a translation without a term of the
/// concept, confirms nothing. Nor is a near miss that a third language's term of the concept
/// writes so (`Sevilla`, `Erevan` in an English gazetteer translated into Russian): the
/// source's author chose that language's form. The target language's own form in the source
/// (`İdlib` in the English of an English-Turkish file) stays a slip. Returns whether each
/// source hit is kept.
pub fn credible_source_near_misses(glossary: &Glossary, unit: &UnitHits<'_>) -> Vec<bool> {
    let mut keep = confirmed_near_misses(glossary, unit, unit.source, unit.target, None);
    for (k, h) in keep.iter_mut().zip(unit.source) {
        if *k && !is_use(h) {
            let found = unit.source_doc[h.range.clone()].to_lowercase();
            let elsewhere = (glossary.concepts[h.term.concept as usize].terms.iter()).any(|t| {
                let lang = primary(&t.lang);
                lang != primary(unit.source_lang)
                    && lang != primary(unit.target_lang)
                    && t.text.to_lowercase() == found
            });
            *k = !elsewhere;
        }
    }
    keep
}

/// Whether each of `hits` is a use, or a near miss of a concept `other` uses, or (with
/// `unknown_in`) that has no term in that language, which `other` cannot tell of.
fn confirmed_near_misses(
    glossary: &Glossary,
    unit: &UnitHits<'_>,
    hits: &[Hit],
    other: &[Hit],
    unknown_in: Option<&str>,
) -> Vec<bool> {
    if hits.iter().all(is_use) {
        return vec![true; hits.len()];
    }
    let mut used: FxHashSet<u32> = FxHashSet::default();
    for h in other.iter().filter(|h| is_use(h)) {
        used.extend(unit.homographs.of(glossary, h));
    }
    let credible = |c: u32| {
        used.contains(&c)
            || unknown_in.is_some_and(|lang| {
                glossary.concepts[c as usize]
                    .terms_in(lang)
                    .next()
                    .is_none()
            })
    };
    hits.iter()
        .map(|h| {
            is_use(h)
                || std::iter::once(h.term.concept)
                    .chain(h.also.iter().map(|t| t.concept))
                    .any(credible)
        })
        .collect()
}

/// What the target does with each concept the source uses, in source order.
pub fn pair<'h>(glossary: &Glossary, date: Option<Date>, unit: &UnitHits<'h>) -> Vec<Pairing<'h>> {
    let concept_of = |h: &Hit| h.term.concept;
    let status_of =
        |h: &Hit| glossary.concepts[h.term.concept as usize].terms[h.term.term as usize].status;
    let term_of = |h: &Hit| &glossary.concepts[h.term.concept as usize].terms[h.term.term as usize];
    // Each source span once, with every concept it is a use of; a term nested in a longer one
    // after the longer one, with the index of the longer one.
    let mut sources: Vec<(Cow<'h, Hit>, Vec<u32>, Option<usize>)> = Vec::new();
    let covered = Covered::new(unit.source);
    // Where each place name of the source starts, and ends: made once per unit, for
    // `qualified_by_a_place` (a unit of 40,000 `Lebanon, ` was scanned once per hit).
    let mut places: FxHashMap<usize, usize> = FxHashMap::default();
    for h in unit.source {
        if glossary.concepts[h.term.concept as usize].kind == Some(Kind::Place) {
            places.entry(h.range.start).or_insert(h.range.end);
        }
    }
    // Where each person named in the source starts, for `qualifies_a_person`.
    let people: FxHashSet<usize> = unit
        .source
        .iter()
        .filter(|h| glossary.concepts[h.term.concept as usize].kind == Some(Kind::Person))
        .map(|h| h.range.start)
        .collect();
    let mut kept = KeptNames::default();
    for hit in unit.source.iter().filter(|h| is_use(h)) {
        if in_a_longer_name(glossary, unit, &covered, &places, hit)
            || kept.with_a_neighbour(unit, hit)
        {
            continue;
        }
        if term_of(hit).pos == Some(Pos::Verb) {
            // Verbs conjugate beyond what the inflection tables generate: a target verb form
            // cannot be recognised, so its absence proves nothing.
            continue;
        }
        if sources
            .iter()
            .any(|(_, cs, _)| cs.contains(&concept_of(hit)))
        {
            continue;
        }
        let parent = sources.len();
        sources.push((Cow::Borrowed(hit), unit.homographs.of(glossary, hit), None));
        for inner in unit.homographs.nested_in(glossary, unit.source_doc, hit) {
            if term_of(&inner).pos == Some(Pos::Verb)
                || sources
                    .iter()
                    .any(|(_, cs, _)| cs.contains(&inner.term.concept))
            {
                continue;
            }
            let concepts = unit.homographs.of(glossary, &inner);
            sources.push((Cow::Owned(inner), concepts, Some(parent)));
        }
    }
    let used_in_source = |c: u32| sources.iter().any(|(_, cs, _)| cs.contains(&c));
    let mut search = TargetSearch::new(glossary, date, unit);
    // Target uses of concepts the source does not have, of a kind a translator could confuse.
    let strays: Vec<&Hit> = search
        .approved
        .iter()
        .filter(|(h, cs)| {
            // A concept the source names inside a longer name is carried over with it
            // (`Team USA` in both), not put in place of another.
            let in_source_names = unit.source.iter().any(|s| cs.contains(&concept_of(s)));
            !cs.is_empty()
                && !used_in_source(concept_of(h))
                && !cs.iter().any(|c| used_in_source(*c))
                && !in_source_names
        })
        .map(|(h, _)| *h)
        .collect();
    let mut claimed: Vec<u32> = Vec::new();
    let mut out: Vec<Pairing<'h>> = Vec::new();
    let mut outcome_of: Vec<Option<bool>> = Vec::new();
    for (source, candidates, parent) in sources {
        // Each concept on its own: is one of its own target forms there?
        let mut checked: Vec<(u32, bool)> = Vec::new();
        let mut all_targets: Vec<&Term> = Vec::new();
        let one_word = !unit.source_doc[source.range.clone()].contains(char::is_whitespace);
        for &c in &candidates {
            let Some((found, targets)) = search.find(c, one_word) else {
                continue;
            };
            checked.push((c, found));
            all_targets.extend(targets);
        }
        outcome_of.push(None);
        if checked.is_empty() {
            continue;
        }
        let translated = checked.iter().any(|(_, found)| *found);
        *outcome_of.last_mut().unwrap() = Some(translated);
        let parent_translated = parent.and_then(|p| outcome_of[p]);
        let of_concept = |h: &&Hit| candidates.contains(&concept_of(h));
        let in_target: Vec<&Hit> = unit.target.iter().filter(of_concept).collect();
        let near: Vec<&Hit> = in_target.iter().copied().filter(|h| !is_use(h)).collect();
        // A source form copied into the target, looked for once and only when asked.
        let copied_cell = std::cell::OnceCell::new();
        let copy =
            || *copied_cell.get_or_init(|| copied(glossary, unit, &candidates, &all_targets));
        let outcome = if translated
            || parent_translated == Some(true)
            || kept_in_short(glossary, unit, &candidates, &all_targets)
        {
            Outcome::Translated
        } else if let Some(h) = (!near.is_empty())
            .then(copy)
            .flatten()
            .filter(|c| near.iter().all(|h| h.range == c.range))
        {
            // A near miss that is the source's own form copied (`Idlib` in French, whose term
            // is `Idleb`) is the name left untranslated, not misspelt.
            Outcome::Copied(h)
        } else if !near.is_empty() {
            Outcome::Misspelt
        } else if let Some(h) = in_target
            .iter()
            .find(|h| is_use(h) && status_of(h) == Status::Forbidden)
        {
            Outcome::Forbidden(h)
        } else if let Some(h) = copy() {
            Outcome::Copied(h)
        } else if parent_translated.is_some() {
            // The longer term is reported missing already.
            Outcome::Translated
        } else {
            let kind = &glossary.concepts[source.term.concept as usize].kind;
            let same_kind: Vec<&Hit> = strays
                .iter()
                .copied()
                .filter(|h| glossary.concepts[h.term.concept as usize].kind == *kind)
                .collect();
            let one_concept = same_kind
                .iter()
                .all(|h| concept_of(h) == concept_of(same_kind[0]));
            match same_kind.first() {
                Some(first) if one_concept && !claimed.contains(&concept_of(first)) => {
                    claimed.push(concept_of(first));
                    Outcome::OtherConcept(first)
                }
                _ if *kind == Some(Kind::Place) && qualifies_a_person(unit, &people, &source) => {
                    Outcome::Implied
                }
                _ => Outcome::Missing,
            }
        };
        out.push(Pairing {
            source,
            outcome,
            checked,
            derived: false,
        });
    }
    out
}

/// A unit's target, searched for one concept at a time.
struct TargetSearch<'u, 'h> {
    glossary: &'u Glossary,
    date: Option<Date>,
    unit: &'u UnitHits<'h>,
    /// Per target use, the concepts it is an approved use of.
    approved: Vec<(&'h Hit, Vec<u32>)>,
    /// The concepts of terms written inside longer target terms (`провайдеров` in
    /// `провайдеров данных`).
    nested_approved: Vec<Vec<u32>>,
    /// The target's words, folded, once asked for.
    words: Option<Vec<String>>,
    /// The pieces of the target's words run together from labels, folded, once asked for.
    glued: Option<Vec<String>>,
    /// The target's words in lower case, not folded, once asked for.
    written_words: Option<Vec<String>>,
}

impl<'u, 'h> TargetSearch<'u, 'h> {
    fn new(glossary: &'u Glossary, date: Option<Date>, unit: &'u UnitHits<'h>) -> Self {
        let approved = unit
            .target
            .iter()
            .filter(|h| is_use(h))
            .map(|h| (h, unit.homographs.approved_of(glossary, h)))
            .collect();
        let nested_approved = unit
            .target
            .iter()
            .filter(|h| is_use(h))
            .flat_map(|h| unit.homographs.nested_in(glossary, unit.target_doc, h))
            .map(|h| unit.homographs.approved_of(glossary, &h))
            .collect();
        TargetSearch {
            glossary,
            date,
            unit,
            approved,
            nested_approved,
            words: None,
            glued: None,
            written_words: None,
        }
    }

    /// The approved target terms of concept `c` not superseded on the date (a name not in force
    /// yet renders a source that names it: `North Macedonia` in a story of 2018), and whether a
    /// form of one of them is in the target; `None` when it has none, so the target cannot
    /// tell. `one_word`: the source names the concept by one word (`Pelosi`), which the target
    /// may render by another word of the full name (`Nancy`).
    fn find(&mut self, c: u32, one_word: bool) -> Option<(bool, Vec<&'u Term>)> {
        let unit = self.unit;
        let concept = &self.glossary.concepts[c as usize];
        let targets: Vec<&Term> = concept
            .terms_in(unit.target_lang)
            .filter(|t| t.status != Status::Forbidden && !t.superseded(self.date))
            .collect();
        if targets.is_empty() {
            return None;
        }
        let words = &mut self.words;
        let found = self.approved.iter().any(|(_, cs)| cs.contains(&c))
            || self.nested_approved.iter().any(|cs| cs.contains(&c))
            || a_verb_of_the_pair_in(words, unit, &targets)
            || a_derived_russian_word_in(words, unit, &targets)
            || a_russian_fleeting_vowel_in(words, unit, &targets)
            || a_turkish_softened_stem_in(words, unit, &targets)
            || hyphenated_in(unit, &targets)
            || turned_around_in(words, unit, &targets)
            || an_arabic_form_in(words, unit, &targets)
            || run_together_in_arabic(unit, &targets)
            || with_an_adjective_inside(words, unit, &targets)
            || derived_word_in(
                words,
                unit,
                concept
                    .related
                    .iter()
                    .filter(|r| crate::lang::compatible(&r.lang, unit.target_lang)),
            )
            || (concept.kind == Some(Kind::Place) && a_place_word_in(words, unit, c, &targets))
            || (one_word
                && concept.kind == Some(Kind::Person)
                && a_part_of_the_name_in(words, unit, &targets))
            || in_a_compound(&mut self.written_words, unit, &targets)
            || a_german_singular_in(&mut self.written_words, unit, &targets)
            || inside_another_term(unit, &targets)
            || self.in_a_glued_word(concept, &targets);
        Some((found, targets))
    }

    /// Whether a form of one of `targets` is a piece of a target word run together from labels
    /// (`событиеОстановить`), as the source's labels are (`eventStop`).
    fn in_a_glued_word(&mut self, concept: &crate::glossary::Concept, targets: &[&Term]) -> bool {
        let text = self.unit.target_text;
        let pieces = self.glued.get_or_insert_with(|| {
            word_ranges(text)
                .into_iter()
                .flat_map(|w| {
                    derived::glued_pieces(&text[w.clone()])
                        .into_iter()
                        .map(move |p| skeleton(&text[w.start + p.start..w.start + p.end]))
                })
                .collect()
        });
        !pieces.is_empty()
            && targets.iter().any(|t| {
                inflect::forms(t, crate::matcher::kind_of(concept))
                    .iter()
                    .any(|(form, _)| pieces.contains(&skeleton(form)))
            })
    }
}

/// Whether the source hit is part of a longer proper name: the word just before or after it
/// (one space away, on the same line) is a capitalised word the source language's dictionary
/// does not know in lower case, and no glossary term (`Jordan Spieth`, `Michael Jordan`; not
/// `UK Prime Minister`, not `President Erdogan`), or the hit ends a hyphenated name
/// (`Hauts-de-France`), or follows a mid-sentence `The` (`The Washington Post`), or is an
/// acronym after a capitalised word (`Turning Point USA`). Such a name is not the concept.
fn in_a_longer_name(
    glossary: &Glossary,
    unit: &UnitHits,
    covered: &Covered,
    places: &FxHashMap<usize, usize>,
    hit: &Hit,
) -> bool {
    let lexicon = Lexicon::builtin();
    if !lexicon.covers(unit.source_lang) {
        return false;
    }
    let text = unit.source_doc;
    // A capitalised word that is no ordinary word in lower case: a name (`Jordan Spieth`,
    // `Tate Britain`; Hunspell knows `Tate` only as a name).
    let is_name = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !lexicon.is_known_as_written(unit.source_lang, &lower(unit.source_lang, w))
    };
    let covered = |at: usize| covered.contains(at);
    // Words end at white space and at markup around the segment (`<source>`, a PO quote).
    let boundary = |c: char| c.is_whitespace() || matches!(c, '>' | '<' | '"');
    let before = &text[..hit.range.start];
    // The word just before, even at a sentence start (`East Germany's leader`).
    // Where the last word of `b` starts: after its last boundary, which may be more than a
    // byte (a hair space, U+200A).
    let word_start = |b: &str| {
        b.char_indices()
            .rev()
            .find(|&(_, c)| boundary(c))
            .map_or(0, |(i, c)| i + c.len_utf8())
    };
    let word_before = before.strip_suffix(' ').map(|b| &b[word_start(b)..]);
    let prev = before.strip_suffix(' ').and_then(|b| {
        let start = word_start(b);
        let word = &b[start..];
        // A line break starts a segment (aligned text, one segment per line).
        let sentence_start = b[..start].trim_end_matches([' ', '\t']).is_empty()
            || b[..start].ends_with(['\n', '\r'])
            || b[..start]
                .trim_end()
                .ends_with(['.', '!', '?', ':', '"', '>', '\u{201c}']);
        // Punctuation ends a name: `Mariupol. Jordan`, `the Donbas, Jordan`.
        let ends_a_clause = word.ends_with(['.', ',', ';', ':', '!', '?', ')', '"', '\u{201d}']);
        (!sentence_start && !ends_a_clause && !word.is_empty() && !covered(start)).then_some(word)
    });
    let next = text[hit.range.end..].strip_prefix(' ').and_then(|a| {
        let word = a.split(boundary).next().unwrap_or("");
        (!word.is_empty() && !covered(hit.range.end + 1)).then_some(word)
    });
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if !text[hit.range.clone()]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
    {
        // A word in lower case is no part of a name, whatever follows (`public IPv4`).
        return false;
    }
    let term = &glossary.concepts[hit.term.concept as usize].terms[hit.term.term as usize].text;
    if text[hit.range.end..]
        .strip_prefix('-')
        .is_some_and(|a| a.chars().next().is_some_and(char::is_uppercase))
    {
        // The first part of a hyphenated name: `Euro-Asia`, `Euro-Atlantic`.
        return true;
    }
    if !term.chars().any(char::is_uppercase) {
        // A common term written with a capital in a title or a label is still the term
        // (`Intrastat Processing`, `Intercompany Transactions`): only names make longer names.
        return false;
    }
    // A comma or a bracket after the word ends the name: `Turkey, USA and Russia`.
    let glued = |w: &str| w.chars().next_back().is_some_and(char::is_alphanumeric);
    if is_all_caps(term) && prev.is_some_and(|w| capitalised(w) && glued(w)) {
        // An acronym after a capitalised word: `Team USA`, `Story Hour UK`.
        return true;
    }
    let kind = glossary.concepts[hit.term.concept as usize].kind;
    let place_at = |at: usize| places.get(&at).copied();
    if kind == Some(Kind::Place) && super::qualified_by_a_place(text, &hit.range, &place_at) {
        // Another place of that name: `Paris, Texas`, `Lebanon, Pennsylvania`.
        return true;
    }
    if kind == Some(Kind::Place)
        && word_before.is_some_and(|w| {
            COMPASS_POINTS
                .iter()
                .any(|c| w.trim_end_matches(['\'', '\u{2019}']) == *c)
        })
    {
        // Another place: `East Germany`, `North Carolina`, `South Sudan`, `New Mexico`.
        return true;
    }
    if kind == Some(Kind::Place)
        && next.is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            capitalised(w) && is_a_feature(unit.source_lang, w)
        })
    {
        // Another place, named after it: `Palmyra Atoll`, `Johnston Atoll`, `Christmas Island`.
        return true;
    }
    if kind == Some(Kind::Place) && in_brackets_after_a_place(text, &hit.range, places) {
        // A place that tells which of the places so named is meant: `Congo (Brazzaville)`.
        return true;
    }
    if prev == Some("The") {
        // `The Washington Post`: a title, mid-sentence.
        return true;
    }
    // The end of a hyphenated name: `Hauts-de-France`, `Port-au-Prince`.
    let compound = before.ends_with('-')
        && before[..before.len() - 1]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
    compound || prev.is_some_and(is_name) || next.is_some_and(is_name)
}

/// Words that, capitalised after a place's name, make the name of another place or of a work
/// (`Palmyra Atoll`, `Kabul Airport`), in the languages whose lexicon says which words are
/// names.
fn is_a_feature(lang: &str, word: &str) -> bool {
    const ENGLISH: &[&str] = &[
        "airport",
        "atoll",
        "bay",
        "bridge",
        "canal",
        "dam",
        "desert",
        "gulf",
        "island",
        "islands",
        "isle",
        "isles",
        "lake",
        "mountain",
        "mountains",
        "peninsula",
        "reef",
        "river",
        "sea",
        "square",
        "stadium",
        "strait",
        "straits",
        "street",
        "valley",
    ];
    primary(lang) == "en" && ENGLISH.contains(&word.to_lowercase().as_str())
}

/// Whether the place at `range` is written in brackets right after another place or a
/// capitalised word, which it tells apart from others so named: `Congo (Brazzaville)`,
/// `Georgia (Tbilisi)`.
fn in_brackets_after_a_place(
    text: &str,
    range: &std::ops::Range<usize>,
    places: &FxHashMap<usize, usize>,
) -> bool {
    let Some(before) = text[..range.start].strip_suffix('(') else {
        return false;
    };
    let end = before.trim_end_matches(' ').len();
    let word = before[..end]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    text[range.end..].starts_with(')')
        && end < before.len()
        && (places.values().any(|&e| e == end)
            || word.chars().next().is_some_and(char::is_uppercase))
}

/// Whether the source place at `hit` only says where a person named next to it comes from or
/// serves: `U.S. Sen. Elizabeth Warren`, `US President Donald Trump`, `Britain's Prime Minister
/// Theresa May`, `Germany's new foreign minister, Annalena Baerbock`, `Spain's Jon Rahm`. A
/// translation often leaves such a qualifier out once the person is named (`la sénatrice
/// Elizabeth Warren`, `Donald Trump`): what it says, the person's name carries.
///
/// The place is followed by a possessive and up to four words, or by up to four words the
/// first of which is capitalised (a title: `Sen.`, `President`; not `U.S. agents`, not
/// `Russia says`), and then by a person: a person of the glossary (`people` holds where each
/// starts) or two capitalised words, the first no ordinary word (`Theresa May`). A sentence's end, a clause's
/// punctuation or a comma anywhere but just before the person ends the search.
fn qualifies_a_person(unit: &UnitHits, people: &FxHashSet<usize>, hit: &Hit) -> bool {
    let lexicon = Lexicon::builtin();
    if !lexicon.covers(unit.source_lang) {
        return false;
    }
    let text = unit.source_doc;
    let written = &text[hit.range.clone()];
    let possessive = |s: &str| {
        ["'s", "\u{2019}s"]
            .iter()
            .find_map(|p| s.strip_prefix(p))
            .map(|rest| (rest.len(), true))
    };
    let after = &text[hit.range.end..];
    let (rest, owned) = match possessive(after) {
        Some((n, _)) => (&after[after.len() - n..], true),
        None => (
            after,
            written.ends_with("'s") || written.ends_with("\u{2019}s"),
        ),
    };
    let is_name = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && !lexicon.is_known_as_written(unit.source_lang, &lower(unit.source_lang, w))
    };
    // A title's abbreviation keeps its full stop: `Sen.`, `Rep.`, `Gov.`, `Gen.`.
    let title_abbreviation = |w: &str| {
        w.strip_suffix('.').is_some_and(|t| {
            (2..=4).contains(&t.chars().count())
                && t.chars().next().is_some_and(char::is_uppercase)
                && t.chars().skip(1).all(char::is_lowercase)
        })
    };
    let mut at = text.len() - rest.len();
    let mut words = 0;
    let mut comma = false;
    loop {
        let Some(stripped) = text[at..].strip_prefix(' ') else {
            return false;
        };
        at = text.len() - stripped.len();
        let word = stripped.split([' ', '\n', '\r', '\t']).next().unwrap_or("");
        if people.contains(&at) {
            return words > 0 || owned || comma;
        }
        let next = stripped[word.len()..]
            .strip_prefix(' ')
            .and_then(|n| n.split([' ', '\n', '\r', '\t']).next())
            .map(|n| n.trim_end_matches(|c: char| !c.is_alphabetic()));
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.len() > 1;
        if (words > 0 || owned) && is_name(word) && next.is_some_and(capitalised) {
            return true;
        }
        if comma || words == 4 || word.is_empty() {
            return false;
        }
        if words == 0 && !owned && !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let bare = word.strip_suffix(',');
        comma = bare.is_some();
        let bare = bare.unwrap_or(word);
        if !bare.chars().all(char::is_alphabetic) && !title_abbreviation(bare) {
            return false;
        }
        words += 1;
        at += word.len();
    }
}

/// Source names the target keeps in the source language with a word next to them, worked out
/// once per unit: the target in lower case, made on first use, and each pair of words looked
/// for once (a unit that repeats one name 40,000 times is read once, not 40,000 times).
#[derive(Default)]
struct KeptNames {
    target: Option<String>,
    found: FxHashMap<String, bool>,
}

impl KeptNames {
    /// Whether the target carries the source hit over together with a word next to it, as
    /// written, in any case (`London Gazette`, `CBS New York`, `Trust for Scotland`, `Canada
    /// plus plus` as `Canada Plus Plus`, in a Spanish or Russian target): a name or a quote kept
    /// in the source language, not the concept to translate.
    fn with_a_neighbour(&mut self, unit: &UnitHits, hit: &Hit) -> bool {
        let text = unit.source_doc;
        let Some(term) = text.get(hit.range.clone()) else {
            return false;
        };
        fn word(w: &str) -> Option<&str> {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            (w.chars().count() >= 2 && w.chars().all(char::is_alphanumeric)).then_some(w)
        }
        // The words one space away, read no further than the next space (a line of 40,000
        // names is not read again for each), nor past a line break.
        let prev = text[..hit.range.start]
            .strip_suffix(' ')
            .and_then(|b| b.rsplit([' ', '\n', '\r']).next())
            .and_then(word);
        let next = text[hit.range.end..]
            .strip_prefix(' ')
            .and_then(|a| a.split([' ', '\n', '\r']).next())
            .and_then(word);
        let pairs = [
            prev.map(|w| format!("{w} {term}")),
            next.map(|w| format!("{term} {w}")),
        ];
        let target = self
            .target
            .get_or_insert_with(|| unit.target_text.to_lowercase());
        pairs.into_iter().flatten().any(|pair| {
            let pair = pair.to_lowercase();
            *self
                .found
                .entry(pair)
                .or_insert_with_key(|pair| target.contains(pair.as_str()))
        })
    }
}

/// The byte ranges of a segment's hits, to ask in logarithmic time whether an offset is inside
/// one: asked for every hit, a scan of all the hits made a unit of 40,000 uses take 3 s and one
/// of 80,000 take 18 s (issue 12).
struct Covered {
    /// Sorted by start.
    starts: Vec<usize>,
    /// `max_end[i]`: the largest end of the ranges `..=i`.
    max_end: Vec<usize>,
}

impl Covered {
    fn new(hits: &[Hit]) -> Covered {
        let mut ranges: Vec<(usize, usize)> =
            hits.iter().map(|h| (h.range.start, h.range.end)).collect();
        ranges.sort_unstable();
        let mut max_end = Vec::with_capacity(ranges.len());
        let mut end = 0;
        for &(_, e) in &ranges {
            end = end.max(e);
            max_end.push(end);
        }
        Covered {
            starts: ranges.into_iter().map(|(s, _)| s).collect(),
            max_end,
        }
    }

    /// Whether some range holds `at`: one that starts at or before it and ends after it.
    fn contains(&self, at: usize) -> bool {
        let n = self.starts.partition_point(|&s| s <= at);
        n > 0 && self.max_end[n - 1] > at
    }
}

/// Words that, capitalised before a place name, make another place.
const COMPASS_POINTS: &[&str] = &[
    "East", "West", "North", "South", "Northern", "Southern", "Eastern", "Western", "New", "Upper",
    "Lower",
];

/// A use, in the target, of a source-language term of `source`'s concept, when none of the
/// concept's target terms is written the same way (`Idlib` left in a Russian target; not
/// `Idlib` in a German one, where it is the German name too).
fn copied<'h>(
    glossary: &Glossary,
    unit: &UnitHits<'h>,
    concepts: &[u32],
    targets: &[&crate::glossary::Term],
) -> Option<&'h Hit> {
    let targets: Vec<String> = targets.iter().map(|t| skeleton(&t.text)).collect();
    // The term, not the inflected form: German `Trumps` is `Trump` in German too.
    copied_uses(glossary, unit, concepts)
        .find(|(_, written)| !targets.contains(written))
        .map(|(h, _)| h)
}

/// Whether the target keeps a source term of `concepts` that a target term starts with, word
/// for word: `Santiago` is the Spanish `Santiago de Chile` in short, as a story names it after
/// the first time.
fn kept_in_short(
    glossary: &Glossary,
    unit: &UnitHits,
    concepts: &[u32],
    targets: &[&crate::glossary::Term],
) -> bool {
    let targets: Vec<String> = targets.iter().map(|t| skeleton(&t.text)).collect();
    copied_uses(glossary, unit, concepts).any(|(_, written)| {
        targets
            .iter()
            .any(|t| (t.strip_prefix(written.as_str())).is_some_and(|rest| rest.starts_with(' ')))
    })
}

/// The source-language terms of `concepts` used in the target, each with its term's skeleton.
fn copied_uses<'u, 'h>(
    glossary: &'u Glossary,
    unit: &'u UnitHits<'h>,
    concepts: &'u [u32],
) -> impl Iterator<Item = (&'h Hit, String)> + 'u {
    (unit.copied.iter())
        .filter(|h| is_use(h) && concepts.contains(&h.term.concept))
        .map(|h| {
            let term = &glossary.concepts[h.term.concept as usize].terms[h.term.term as usize];
            (h, skeleton(&term.text))
        })
}

/// Whether a word of the target starts with one of `related`'s stems (`британское` for
/// `британск`). In Arabic, the clitics and article before a word are not part of it
/// (`والأمريكية` for `أمريك`). The target's words are folded once, on first use.
fn derived_word_in<'r>(
    words: &mut Option<Vec<String>>,
    unit: &UnitHits,
    related: impl Iterator<Item = &'r Related>,
) -> bool {
    let mut related = related.peekable();
    if related.peek().is_none() {
        return false;
    }
    let words = target_words(words, unit);
    let arabic = primary(unit.target_lang) == "ar";
    related.any(|r| {
        let stem = skeleton(&r.stem);
        if stem.contains(|c: char| !c.is_alphanumeric()) {
            // A stem of two words or with a hyphen (`нью-йорк`, `nord-coréen`): at the start
            // of a word of the target's text.
            let text = skeleton(unit.target_text);
            return text.match_indices(stem.as_str()).any(|(i, _)| {
                !text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            });
        }
        words.iter().any(|w| {
            w.starts_with(&stem)
                || (arabic
                    && arabic_prefixes().iter().any(|p| {
                        w.strip_prefix(p)
                            .is_some_and(|rest| rest.starts_with(&stem))
                    }))
        })
    })
}

/// Whether a word of the target derives from one of the one-word place names `targets`, its
/// adjective or the name of its people (`испанцами`, `Минских` for `Испания`, `Минск`), as a
/// glossary's `related` stems say for the concepts that list them. Stems under four letters
/// make too many other words (`куб` of `Куба` is `кубок`'s too) and are left out. A target that
/// has the source's name as it was (`Russia` in a French text, which `russi` of `Russie` would
/// take for a derived word) has that, not a derived word.
fn a_place_word_in(
    words: &mut Option<Vec<String>>,
    unit: &UnitHits,
    concept: u32,
    targets: &[&Term],
) -> bool {
    if unit.copied.iter().any(|h| h.term.concept == concept) {
        return false;
    }
    let stems: Vec<Related> = targets
        .iter()
        .filter_map(|t| {
            let stem = inflect::place_stem(&t.lang, &t.text)?;
            (stem.chars().count() >= 4).then(|| Related {
                lang: t.lang.clone(),
                stem,
            })
        })
        .collect();
    derived_word_in(words, unit, stems.iter())
}

/// Whether the target names the person by one word of a full name of `targets` alone, a
/// given name where the source has the surname (`نانسي` for `Pelosi`, `Nancy` for `Pelosi`): a
/// translator's choice of how to refer to someone already named, not a name left out. Asked
/// only where the source has one word: a full name of the source rendered by one word of it
/// (`Jeff Blake` for `Jeff Flake`) is a surname misspelt or left out. Words
/// under four letters (`Ли`, `Kim`) and words of a name of another person the target has (the
/// `Джон` of `Джон Болтон` is no reference to John Kerry) do not count.
fn a_part_of_the_name_in(
    words: &mut Option<Vec<String>>,
    unit: &UnitHits,
    targets: &[&Term],
) -> bool {
    let parts: Vec<String> = targets
        .iter()
        .filter(|t| t.text.contains(' '))
        .flat_map(|t| {
            skeleton(&t.text)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 4)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    if parts.is_empty() {
        return false;
    }
    let others: Vec<String> = unit
        .target
        .iter()
        .filter_map(|h| unit.target_text_of(h))
        .flat_map(|t| {
            skeleton(t)
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    target_words(words, unit)
        .iter()
        .any(|w| parts.contains(w) && !others.contains(w))
}

/// Languages that write compounds as one word, in which a term is often one part of a longer
/// word (German `Absturz` in `Absturzberichte`).
const COMPOUNDING: &[&str] = &["de", "nl", "sv", "da", "nb", "nn", "no", "fi", "is"];

/// In a compounding language, whether a longer target word contains one of the one-word
/// `targets` (of four letters or more) as a part (`Bericht` in `Absturzberichte`). `words` is
/// the cache of the target's words in lower case, as written.
fn in_a_compound(words: &mut Option<Vec<String>>, unit: &UnitHits, targets: &[&Term]) -> bool {
    if !COMPOUNDING.contains(&primary(unit.target_lang)) {
        return false;
    }
    // In lower case but not folded: a vowel with an umlaut is another vowel inside a compound
    // (`Anhängung` holds no `Anhang`).
    let parts: Vec<String> = targets
        .iter()
        .filter(|t| !t.text.contains([' ', '-']) && t.text.chars().count() >= 3)
        .map(|t| lower(unit.target_lang, &t.text))
        .collect();
    // A hyphenated term as the first part of a longer word: `Compliance-Anforderungsland`.
    let hyphenated = || {
        let mut terms = targets
            .iter()
            .filter(|t| t.text.contains('-') && !t.text.contains(' '))
            .peekable();
        terms.peek().is_some() && {
            let text = lower(unit.target_lang, unit.target_text);
            terms.any(|t| text.contains(&lower(unit.target_lang, &t.text)))
        }
    };
    hyphenated()
        || (!parts.is_empty()
            && written_words(words, unit).iter().any(|w| {
                parts.iter().any(|p| {
                    if w.len() <= p.len() {
                        return false;
                    }
                    if p.chars().count() >= 4 {
                        // Or as the head in a plural with an umlaut: `Bombenanschläge`.
                        return w.contains(p.as_str())
                            || umlauted(p).is_some_and(|u| {
                                ["e", "er", "en", "ern"].iter().any(|e| {
                                    w.strip_suffix(e)
                                        .is_some_and(|stem| stem.ends_with(u.as_str()))
                                })
                            });
                    }
                    // A short noun only as the head, at the end, with a case or plural
                    // ending (`Skalentyp`, `Vertragsarten`, `Speicherorts`): inside a word,
                    // three letters are too often something else (`Art` in `Standardartikel`).
                    COMPOUND_HEAD_ENDINGS.iter().any(|e| {
                        w.strip_suffix(e)
                            .is_some_and(|stem| stem.ends_with(p.as_str()))
                    })
                })
            }))
}

/// A German word with an umlaut on its last a, o, u or au (`anschläg` for `anschlag`, `bäum`
/// for `baum`), as in its plural; `None` when it has none of them.
fn umlauted(word: &str) -> Option<String> {
    let (i, c) = word
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, 'a' | 'o' | 'u' | 'ä' | 'ö' | 'ü' | 'e' | 'i'))?;
    let mut at = i;
    let mut vowel = c;
    if c == 'u' && word[..i].ends_with('a') {
        // `au` takes its umlaut on the a: `Baum` → `Bäume`.
        at = i - 1;
        vowel = 'a';
    }
    let u = match vowel {
        'a' => 'ä',
        'o' => 'ö',
        'u' => 'ü',
        _ => return None,
    };
    Some(format!(
        "{}{u}{}",
        &word[..at],
        &word[at + vowel.len_utf8()..]
    ))
}

/// The case and plural endings a German compound's head takes.
const COMPOUND_HEAD_ENDINGS: &[&str] = &["", "s", "es", "e", "en", "n", "er", "ern"];

/// Russian: whether the target has a form of a verb of `targets` (an infinitive in `-ть`) or of
/// its aspect partner made with a prefix (`редактировать` and `отредактировать`, `определить`
/// and `определяет` are one stem): verbs conjugate beyond what the tables generate.
fn a_verb_of_the_pair_in(
    words: &mut Option<Vec<String>>,
    unit: &UnitHits,
    targets: &[&Term],
) -> bool {
    if !matches!(primary(unit.target_lang), "ru" | "uk") {
        return false;
    }
    let stems: Vec<String> = targets
        .iter()
        .filter(|t| !t.text.contains(' '))
        .filter_map(|t| {
            let w = skeleton(&t.text);
            let w = w.strip_suffix("ся").unwrap_or(&w).to_string();
            let stem = ["овать", "евать", "ать", "ять", "ить", "еть", "уть", "ыть"]
                .iter()
                .find_map(|e| w.strip_suffix(e))?;
            (stem.chars().count() >= 4).then(|| stem.to_string())
        })
        .collect();
    if stems.is_empty() {
        return false;
    }
    target_words(words, unit).iter().any(|w| {
        stems.iter().any(|stem| {
            RUSSIAN_VERB_PREFIXES.iter().any(|p| {
                w.strip_prefix(p).is_some_and(|rest| {
                    rest.starts_with(stem.as_str()) && rest.len() - stem.len() <= 12
                })
            })
        })
    })
}

/// Russian: whether a target word is made from a one-word term of six letters or more by a
/// suffix (`мониторинга` from `монитор`, `транспортировки` from `транспорт`, `балансовой` from
/// `баланс`), or from a shorter one as an adjective (`входные` from `вход`, `открытого` from
/// `открыто`): a derived word translates the term.
fn a_derived_russian_word_in(
    words: &mut Option<Vec<String>>,
    unit: &UnitHits,
    targets: &[&Term],
) -> bool {
    if !matches!(primary(unit.target_lang), "ru" | "uk") {
        return false;
    }
    let stems: Vec<String> = targets
        .iter()
        .filter(|t| !t.text.contains([' ', '-']))
        .map(|t| skeleton(&t.text))
        .filter(|w| w.chars().count() >= 6 && w.ends_with(|c: char| !"аеиоуыэюяйь".contains(c)))
        .collect();
    // Shorter terms only by the suffixes of adjectives: a noun's relational adjective
    // (`входные` from `вход`), a short form's full one (`открытого` from `открыто`).
    let adjective_stems: Vec<String> = targets
        .iter()
        .filter(|t| !t.text.contains([' ', '-']))
        .map(|t| skeleton(&t.text))
        .filter_map(|w| {
            let n = w.chars().count();
            if let Some(stem) = w.strip_suffix('о').filter(|_| n >= 5) {
                Some(stem.to_string())
            } else {
                (n >= 3 && w.ends_with(|c: char| !"аеиоуыэюяйь".contains(c)))
                    .then(|| format!("{w}н"))
            }
        })
        .collect();
    let adjective = |w: &str| {
        adjective_stems.iter().any(|s| {
            w.strip_prefix(s.as_str())
                .is_some_and(|e| RUSSIAN_ADJECTIVE_ENDINGS.contains(&e))
        })
    };
    (!stems.is_empty() || !adjective_stems.is_empty())
        && target_words(words, unit)
            .iter()
            .any(|w| stems.iter().any(|s| w.starts_with(s.as_str())) || adjective(w))
}

/// German: whether a target word is the singular of a one-word term the glossary gives in the
/// plural (`Finanzbericht` for `Finanzberichte`, `Anforderung` for `Anforderungen`): the
/// term's word less a plural ending, four letters or more.
fn a_german_singular_in(
    words: &mut Option<Vec<String>>,
    unit: &UnitHits,
    targets: &[&Term],
) -> bool {
    if primary(unit.target_lang) != "de" {
        return false;
    }
    // Nouns only (capitalised), compared as written: `Auswahl` is no singular of `auswählen`.
    let singulars: Vec<String> = targets
        .iter()
        .filter(|t| !t.text.contains([' ', '-']) && t.text.starts_with(char::is_uppercase))
        .flat_map(|t| {
            let w = lower(unit.target_lang, &t.text);
            ["en", "e", "n", "er", "s"]
                .iter()
                .filter_map(|e| w.strip_suffix(e).map(str::to_string))
                .filter(|s| s.chars().count() >= 4)
                .collect::<Vec<_>>()
        })
        .collect();
    !singulars.is_empty()
        && written_words(words, unit)
            .iter()
            .any(|w| singulars.contains(w))
}

/// The endings of a Russian adjective, every gender, number and case.
const RUSSIAN_ADJECTIVE_ENDINGS: &[&str] = &[
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
    "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими",
];

/// Arabic forms the tables do not generate: the sound plurals of a one-word term, with or
/// without the article and clitics (`الجهاديين`, `جهاديون` for `جهادي`; `مسلحات`), and a
/// construct whose second word loses its article before a noun (`وزير خارجية كوريا` for
/// `وزير الخارجية`).
fn an_arabic_form_in(words: &mut Option<Vec<String>>, unit: &UnitHits, targets: &[&Term]) -> bool {
    if primary(unit.target_lang) != "ar" {
        return false;
    }
    let text = format!(" {} ", skeleton(unit.target_text));
    let words = target_words(words, unit);
    targets.iter().any(|t| {
        let term = skeleton(&t.text);
        let parts: Vec<&str> = term.split(' ').filter(|w| !w.is_empty()).collect();
        if parts.len() == 1 {
            let stem = term.strip_suffix('ه').unwrap_or(&term);
            let plurals: Vec<String> = ["ين", "ون", "ان"]
                .iter()
                .map(|e| format!("{term}{e}"))
                .chain(std::iter::once(format!("{stem}ات")))
                .collect();
            return words.iter().any(|w| {
                let bare = arabic_prefixes()
                    .iter()
                    .find_map(|p| w.strip_prefix(p).filter(|r| r.chars().count() > 2))
                    .unwrap_or(w);
                plurals.iter().any(|p| w == p || bare == p)
            });
        }
        let construct: Vec<&str> = parts
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i > 0 {
                    w.strip_prefix("ال").unwrap_or(w)
                } else {
                    w
                }
            })
            .collect();
        construct != parts && text.contains(&format!(" {} ", construct.join(" ")))
    })
}

/// Romance languages: whether a term of three words or more is in the target with one word
/// (an adjective of nationality, mostly) after its head: `ministre nord-coréen des Affaires
/// étrangères` for `ministre des Affaires étrangères`.
fn with_an_adjective_inside(
    words: &mut Option<Vec<String>>,
    unit: &UnitHits,
    targets: &[&Term],
) -> bool {
    if !matches!(
        primary(unit.target_lang),
        "fr" | "es" | "it" | "pt" | "ca" | "ro"
    ) {
        return false;
    }
    let words = target_words(words, unit);
    targets.iter().any(|t| {
        let term: Vec<String> = skeleton(&t.text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if term.len() < 3 {
            return false;
        }
        (0..words.len()).any(|i| {
            words[i] == term[0]
                && (2..=3).any(|gap| {
                    words.len() >= i + gap + term.len() - 1
                        && words[i + gap..i + gap + term.len() - 1] == term[1..]
                })
        })
    })
}

/// Russian: whether the target has a one-word term whose last syllable loses its vowel before
/// an ending (`Египет` → `Египта`, `Египте`; `отец` → `отца`): the tables do not guess a
/// fleeting vowel, and a client's glossary never lists the forms.
fn a_russian_fleeting_vowel_in(
    words: &mut Option<Vec<String>>,
    unit: &UnitHits,
    targets: &[&Term],
) -> bool {
    const ENDINGS: &[&str] = &[
        "а", "у", "ом", "е", "ы", "и", "ов", "ев", "ам", "ами", "ах", "ей", "ем", "я", "ю",
    ];
    if !matches!(primary(unit.target_lang), "ru" | "uk") {
        return false;
    }
    let stems: Vec<String> = targets
        .iter()
        .filter(|t| !t.text.contains([' ', '-']))
        .filter_map(|t| {
            let w: Vec<char> = skeleton(&t.text).chars().collect();
            let n = w.len();
            let vowel = |c: char| "аеёиоуыэюя".contains(c);
            (n >= 4 && !vowel(w[n - 1]) && matches!(w[n - 2], 'е' | 'о') && !vowel(w[n - 3]))
                .then(|| w[..n - 2].iter().chain(&w[n - 1..]).collect())
        })
        .collect();
    !stems.is_empty()
        && target_words(words, unit).iter().any(|w| {
            stems.iter().any(|s| {
                w.strip_prefix(s.as_str())
                    .is_some_and(|e| ENDINGS.contains(&e))
            })
        })
}

/// Turkish: whether the target has a one-word term whose last consonant softens before a
/// vowel (`abonelik` → `aboneliğiniz`, `kitap` → `kitabı`, `kanat` → `kanadı`): the tables
/// leave the softening to the lexicon, and a client's glossary never lists the forms.
fn a_turkish_softened_stem_in(
    words: &mut Option<Vec<String>>,
    unit: &UnitHits,
    targets: &[&Term],
) -> bool {
    if primary(unit.target_lang) != "tr" {
        return false;
    }
    // Folded, as the target's words are: `ğ` is `g`.
    let stems: Vec<String> = targets
        .iter()
        .filter(|t| !t.text.contains([' ', '-']))
        .filter_map(|t| {
            let w = skeleton(&t.text);
            let last = w.chars().next_back()?;
            let soft = match last {
                'k' => 'g',
                'p' => 'b',
                't' => 'd',
                _ => return None,
            };
            let stem = &w[..w.len() - last.len_utf8()];
            (stem.chars().count() >= 3).then(|| format!("{stem}{soft}"))
        })
        .collect();
    !stems.is_empty()
        && target_words(words, unit).iter().any(|w| {
            stems.iter().any(|s| {
                w.strip_prefix(s.as_str())
                    .and_then(|e| e.chars().next())
                    .is_some_and(|c| "aeiou".contains(c))
            })
        })
}

/// Whether a term of several words is written in the target as one hyphenated compound
/// (`Joint-Venture-Accounting-Kostenträger` for `Joint Venture Accounting`).
fn hyphenated_in(unit: &UnitHits, targets: &[&Term]) -> bool {
    let text = skeleton(unit.target_text);
    targets.iter().any(|t| {
        let words: Vec<String> = skeleton(&t.text)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        words.len() > 1 && text.contains(&words.join("-"))
    })
}

/// Whether a term of several words is written in the target with its words turned around, as
/// sorted lists of names write them (`Кайман, острова` for `острова Кайман`, `Гвиана
/// Французская` for `Французская Гвиана`).
fn turned_around_in(words: &mut Option<Vec<String>>, unit: &UnitHits, targets: &[&Term]) -> bool {
    let text = target_words(words, unit);
    targets.iter().any(|t| {
        let term: Vec<String> = skeleton(&t.text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let n = term.len();
        n >= 2
            && text
                .windows(n)
                .any(|w| (1..n).any(|k| w[..n - k] == term[k..] && w[n - k..] == term[..k]))
    })
}

/// Whether an Arabic target writes one of `targets` (five letters or more) run together with the
/// words around it: scraped and typed Arabic often loses the space between words
/// (`لبيونغيانغعلىالخطوات`, `شهادةكافانوإماتأكيدًا`), and the name is there all the same.
fn run_together_in_arabic(unit: &UnitHits, targets: &[&Term]) -> bool {
    if primary(unit.target_lang) != "ar" {
        return false;
    }
    let text: String = skeleton(unit.target_text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    targets.iter().any(|t| {
        let form: String = skeleton(&t.text)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        form.chars().count() >= 5 && text.contains(&form)
    })
}

/// Prefixes that make a Russian perfective from an imperfective (and none).
const RUSSIAN_VERB_PREFIXES: &[&str] = &[
    "", "о", "от", "по", "с", "со", "за", "вы", "про", "на", "у", "раз", "рас", "пере", "под",
    "из", "ис", "в", "вз", "при",
];

/// Whether one of `targets` is written in the target inside a longer term of another concept
/// (`США` in `Государственный департамент США`): the matcher reports the longest term only.
fn inside_another_term(unit: &UnitHits, targets: &[&Term]) -> bool {
    unit.target.iter().any(|h| {
        let Some(inner) = unit.target_text_of(h) else {
            return false;
        };
        let inner = format!(" {} ", skeleton(inner));
        targets
            .iter()
            .any(|t| inner.contains(&format!(" {} ", skeleton(&t.text))))
    })
}

/// The target's words, folded, computed once.
fn target_words<'w>(words: &'w mut Option<Vec<String>>, unit: &UnitHits) -> &'w [String] {
    words.get_or_insert_with(|| {
        skeleton(unit.target_text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    })
}

/// The target segment's words in lower case, not folded (`auswählen`, not `auswahlen`), made
/// once in `words`.
fn written_words<'w>(words: &'w mut Option<Vec<String>>, unit: &UnitHits) -> &'w [String] {
    words.get_or_insert_with(|| {
        unit.target_text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| lower(unit.target_lang, w))
            .collect()
    })
}

/// The target forms to suggest for a source term, best first: approved target terms of the
/// same type (a surname for a surname, an abbreviation for an abbreviation), preferred before
/// admitted, then the preferred target terms.
pub fn expected_forms(
    glossary: &Glossary,
    source: &Hit,
    target_lang: &str,
    date: Option<Date>,
) -> Vec<String> {
    let concept = &glossary.concepts[source.term.concept as usize];
    let kind = concept.terms[source.term.term as usize].kind;
    let approved: Vec<&Term> = concept
        .terms_in(target_lang)
        .filter(|t| t.status != Status::Forbidden && t.in_force(date))
        .collect();
    let mut out: Vec<String> = Vec::new();
    for status in [Status::Preferred, Status::Admitted] {
        for t in approved
            .iter()
            .filter(|t| t.kind == kind && t.status == status)
        {
            if !out.contains(&t.text) {
                out.push(t.text.clone());
            }
        }
    }
    for t in concept.preferred_in(target_lang, date) {
        if !out.contains(&t.text) {
            out.push(t.text.clone());
        }
    }
    out
}
