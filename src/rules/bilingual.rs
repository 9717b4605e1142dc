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
//! 2. a near miss of one is there: [`Outcome::Misspelt`] (the `misspelling` rule reports it);
//! 3. a forbidden target term of the concept is used: [`Outcome::Forbidden`];
//! 4. a source-language term of the concept was copied into the target where the target's
//!    forms differ: [`Outcome::Copied`];
//! 5. exactly one concept of the same kind that the source does not use is in the target: the
//!    translator chose the wrong concept, [`Outcome::OtherConcept`];
//! 6. otherwise [`Outcome::Missing`].
//!
//! A concept with no approved target term in force says nothing about the target and is
//! skipped.

use rustc_hash::FxHashMap;

use crate::glossary::{Date, Glossary, Related, Status, Term};
use crate::matcher::lexicon::Lexicon;
use crate::matcher::{Hit, HitKind};
use crate::text::skeleton::skeleton;
use crate::text::surface::{is_all_caps, lower};

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
}

/// One source concept of a unit and what became of it.
#[derive(Clone, Debug)]
pub struct Pairing<'h> {
    /// The concept's first use in the source.
    pub source: &'h Hit,
    pub outcome: Outcome<'h>,
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
/// concepts is translated by a term of any of them.
#[derive(Debug, Default)]
pub struct Homographs {
    by_form: FxHashMap<(String, String), Vec<u32>>,
}

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
        by_form.retain(|_, v| v.len() > 1);
        Homographs { by_form }
    }

    /// The concepts with a term written like `hit`'s term, in its language (its own first).
    fn of(&self, glossary: &Glossary, hit: &Hit) -> Vec<u32> {
        let own = hit.term.concept;
        if self.by_form.is_empty() {
            return vec![own];
        }
        let term = &glossary.concepts[own as usize].terms[hit.term.term as usize];
        let key = (term.lang.clone(), skeleton(&term.text));
        let mut out = vec![own];
        if let Some(others) = self.by_form.get(&key) {
            out.extend(others.iter().copied().filter(|c| *c != own));
        }
        out
    }
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

/// What the target does with each concept the source uses, in source order.
pub fn pair<'h>(glossary: &Glossary, date: Option<Date>, unit: &UnitHits<'h>) -> Vec<Pairing<'h>> {
    let concept_of = |h: &Hit| h.term.concept;
    let status_of =
        |h: &Hit| glossary.concepts[h.term.concept as usize].terms[h.term.term as usize].status;
    let term_of = |h: &Hit| &glossary.concepts[h.term.concept as usize].terms[h.term.term as usize];
    // Each source concept once, with the concepts written the same way.
    let mut sources: Vec<(&Hit, Vec<u32>)> = Vec::new();
    let covered = Covered::new(unit.source);
    for hit in unit.source.iter().filter(|h| is_use(h)) {
        if in_a_longer_name(glossary, unit, &covered, hit) {
            continue;
        }
        if term_of(hit).pos.as_deref() == Some("verb") {
            // Verbs conjugate beyond what the inflection tables generate: a target verb form
            // cannot be recognised, so its absence proves nothing.
            continue;
        }
        if !sources.iter().any(|(_, cs)| cs.contains(&concept_of(hit))) {
            sources.push((hit, unit.homographs.of(glossary, hit)));
        }
    }
    let used_in_source = |c: u32| sources.iter().any(|(_, cs)| cs.contains(&c));
    // Target uses of concepts the source does not have, of a kind a translator could confuse.
    let strays: Vec<&Hit> = unit
        .target
        .iter()
        .filter(|h| is_use(h) && !used_in_source(concept_of(h)))
        .filter(|h| status_of(h) != Status::Forbidden)
        .collect();
    let mut claimed: Vec<u32> = Vec::new();
    let mut target_words: Option<Vec<String>> = None;
    let mut out = Vec::new();
    for (source, candidates) in sources {
        let concept = &glossary.concepts[source.term.concept as usize];
        let targets: Vec<_> = concept
            .terms_in(unit.target_lang)
            .filter(|t| t.status != Status::Forbidden && t.in_force(date))
            .collect();
        if targets.is_empty() {
            continue;
        }
        let of_concept = |h: &&Hit| candidates.contains(&concept_of(h));
        let in_target: Vec<&Hit> = unit.target.iter().filter(of_concept).collect();
        let outcome = if in_target
            .iter()
            .any(|h| is_use(h) && status_of(h) != Status::Forbidden)
        {
            Outcome::Translated
        } else if in_target.iter().any(|h| !is_use(h)) {
            Outcome::Misspelt
        } else if let Some(h) = in_target.iter().find(|h| is_use(h)) {
            Outcome::Forbidden(h)
        } else if derived_word_in(
            &mut target_words,
            unit,
            concept
                .related
                .iter()
                .filter(|r| crate::lang::compatible(&r.lang, unit.target_lang)),
        ) || in_a_compound(&mut target_words, unit, &targets)
            || inside_another_term(unit, &targets)
        {
            Outcome::Translated
        } else if let Some(h) = copied(glossary, unit, source, &targets) {
            Outcome::Copied(h)
        } else {
            let kind = &concept.kind;
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
                _ => Outcome::Missing,
            }
        };
        out.push(Pairing { source, outcome });
    }
    out
}

/// Whether the source hit is part of a longer proper name: the word just before or after it
/// (one space away, on the same line) is a capitalised word the source language's dictionary
/// does not know in lower case, and no glossary term (`Jordan Spieth`, `Michael Jordan`; not
/// `UK Prime Minister`, not `President Erdogan`), or the hit ends a hyphenated name
/// (`Hauts-de-France`), or follows a mid-sentence `The` (`The Washington Post`), or is an
/// acronym after a capitalised word (`Turning Point USA`). Such a name is not the concept.
fn in_a_longer_name(glossary: &Glossary, unit: &UnitHits, covered: &Covered, hit: &Hit) -> bool {
    let lexicon = Lexicon::builtin();
    if !lexicon.covers(unit.source_lang) {
        return false;
    }
    let text = unit.source_doc;
    let is_name = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !lexicon.is_known(unit.source_lang, &lower(unit.source_lang, w))
    };
    let covered = |at: usize| covered.contains(at);
    // Words end at white space and at markup around the segment (`<source>`, a PO quote).
    let boundary = |c: char| c.is_whitespace() || matches!(c, '>' | '<' | '"');
    let before = &text[..hit.range.start];
    let prev = before.strip_suffix(' ').and_then(|b| {
        let start = b.rfind(boundary).map_or(0, |i| i + 1);
        let word = &b[start..];
        let sentence_start = b[..start].trim_end().is_empty()
            || b[..start]
                .trim_end()
                .ends_with(['.', '!', '?', ':', '"', '>', '\u{201c}']);
        (!sentence_start && !word.is_empty() && !covered(start)).then_some(word)
    });
    let next = text[hit.range.end..].strip_prefix(' ').and_then(|a| {
        let word = a.split(boundary).next().unwrap_or("");
        (!word.is_empty() && !covered(hit.range.end + 1)).then_some(word)
    });
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let term = &glossary.concepts[hit.term.concept as usize].terms[hit.term.term as usize].text;
    // A comma or a bracket after the word ends the name: `Turkey, USA and Russia`.
    let glued = |w: &str| w.chars().next_back().is_some_and(char::is_alphanumeric);
    if is_all_caps(term) && prev.is_some_and(|w| capitalised(w) && glued(w)) {
        // An acronym after a capitalised word: `Team USA`, `Story Hour UK`.
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

/// A use, in the target, of a source-language term of `source`'s concept, when none of the
/// concept's target terms is written the same way (`Idlib` left in a Russian target; not
/// `Idlib` in a German one, where it is the German name too).
fn copied<'h>(
    glossary: &Glossary,
    unit: &UnitHits<'h>,
    source: &Hit,
    targets: &[&crate::glossary::Term],
) -> Option<&'h Hit> {
    unit.copied
        .iter()
        .filter(|h| is_use(h) && h.term.concept == source.term.concept)
        .find(|h| {
            // The term, not the inflected form: German `Trumps` is `Trump` in German too.
            let term = &glossary.concepts[h.term.concept as usize].terms[h.term.term as usize];
            let written = skeleton(&term.text);
            !targets.iter().any(|t| skeleton(&t.text) == written)
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
        words.iter().any(|w| {
            w.starts_with(&stem)
                || (arabic
                    && ARABIC_PROCLITICS.iter().any(|p| {
                        w.strip_prefix(p)
                            .is_some_and(|rest| rest.starts_with(&stem))
                    }))
        })
    })
}

/// Languages that write compounds as one word, in which a term is often one part of a longer
/// word (German `Absturz` in `Absturzberichte`).
const COMPOUNDING: &[&str] = &["de", "nl", "sv", "da", "nb", "nn", "no", "fi", "is"];

/// In a compounding language, whether a longer target word contains one of the one-word
/// `targets` (of four letters or more) as a part (`Bericht` in `Absturzberichte`).
fn in_a_compound(words: &mut Option<Vec<String>>, unit: &UnitHits, targets: &[&Term]) -> bool {
    if !COMPOUNDING.contains(&primary(unit.target_lang)) {
        return false;
    }
    let parts: Vec<String> = targets
        .iter()
        .filter(|t| !t.text.contains([' ', '-']) && t.text.chars().count() >= 4)
        .map(|t| skeleton(&t.text))
        .collect();
    if parts.is_empty() {
        return false;
    }
    target_words(words, unit).iter().any(|w| {
        parts
            .iter()
            .any(|p| w.len() > p.len() && w.contains(p.as_str()))
    })
}

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

/// Arabic conjunctions, prepositions and the article written joined to the next word, as
/// folded by the skeleton (hamza forms as bare alef), longest first.
const ARABIC_PROCLITICS: &[&str] = &[
    "وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك",
];

fn primary(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
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
