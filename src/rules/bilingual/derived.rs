//! Where a source segment shows a concept without using one of its terms: a word derived from a
//! term (`reporting`, `changed`, `Suspending` for the nouns `report`, `change`, `suspend`; the
//! singular `Financial Statement` of `financial statements`), or a term inside a word run
//! together from interface labels whose markup was stripped (`MenuChange`, `chooseEdit`,
//! `AddCreate`, or in lower case `messageconfirming`, two words the dictionary knows).
//!
//! Such a word is evidence the concept is meant, not proof: an English verb form is often
//! translated by a verb of another stem (`attacked` → `angegriffen`, not `Angriff`), and a
//! capital inside a word also begins the second half of a brand (`YouTube`, `PowerPoint`). So
//! these uses are never reported; `--explain` lists them, marked `derived`, with whether a
//! form of the concept is in the target, so a user (or a measurement of required terms) sees
//! the concept was noticed and whether it came out. Terms of English sources only: the derived
//! words are English ones, and glued labels come from English software text.

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{word_ranges, Covered, Outcome, Pairing, TargetSearch, UnitHits};
use crate::formats::Segment;
use crate::glossary::{Date, Glossary, Status};
use crate::lang::{primary, Known};
use crate::matcher::inflect::{self, Inflection};
use crate::matcher::lexicon::Lexicon;
use crate::matcher::{Hit, HitKind, TermRef};
use crate::text::skeleton::skeleton;
use crate::text::surface::lower;

/// The English forms and derived words of a glossary's terms, folded, with the terms they come
/// from.
#[derive(Debug, Default)]
pub struct DerivedForms {
    /// Skeleton of a word or words → each concept's term it comes from (once per concept), and
    /// whether it is a derived word (else a form of the term, looked for only inside a run of
    /// labels).
    by_form: FxHashMap<String, Vec<(TermRef, bool)>>,
    /// The most words a derived word has.
    words: usize,
}

impl DerivedForms {
    pub fn new(glossary: &Glossary) -> DerivedForms {
        let mut by_form: FxHashMap<String, Vec<(TermRef, bool)>> = FxHashMap::default();
        let mut words = 0;
        for (ci, concept) in glossary.concepts.iter().enumerate() {
            let kind = crate::matcher::kind_of(concept);
            for (ti, term) in concept.terms.iter().enumerate() {
                if term.status == Status::Forbidden || Known::of(&term.lang) != Some(Known::En) {
                    continue;
                }
                let at = TermRef {
                    concept: ci as u32,
                    term: ti as u32,
                };
                let forms = inflect::forms(term, kind)
                    .into_iter()
                    .map(|(f, _)| (f, false));
                let derived = inflect::derived(term, kind).into_iter().map(|f| (f, true));
                for (form, is_derived) in forms.chain(derived) {
                    let key = skeleton(&form);
                    if is_derived {
                        words = words.max(key.split(' ').count());
                    } else if key.contains(' ') {
                        // Only one-word forms are looked for inside a run of labels.
                        continue;
                    }
                    let entry = by_form.entry(key).or_default();
                    match entry.iter_mut().find(|(t, _)| t.concept == at.concept) {
                        // A form of the term beats a derived word: `reports`.
                        Some(e) => e.1 &= is_derived,
                        None => entry.push((at, is_derived)),
                    }
                }
            }
        }
        DerivedForms { by_form, words }
    }
}

/// The concepts `segment` (the source segment of `unit`) shows only by a derived word or inside
/// a run of labels, each once and none already in `pairings`, with what the target does with
/// them: [`Outcome::Translated`] when a form of one of them is there, else
/// [`Outcome::Unconfirmed`]. Each pairing is marked [`Pairing::derived`].
pub fn derived_uses<'h>(
    glossary: &Glossary,
    date: Option<Date>,
    unit: &UnitHits<'h>,
    forms: &DerivedForms,
    segment: &Segment,
    pairings: &[Pairing<'h>],
) -> Vec<Pairing<'h>> {
    if forms.by_form.is_empty() || Known::of(primary(unit.source_lang)) != Some(Known::En) {
        return Vec::new();
    }
    let covered = Covered::new(unit.source);
    let mut seen: FxHashSet<u32> = pairings
        .iter()
        .flat_map(|p| p.checked.iter().map(|(c, _)| *c))
        .collect();
    let text = segment.text.as_str();
    let to_doc = |r: &Range<usize>| segment.map.to_src(r.start)..segment.map.to_src(r.end);
    let words = word_ranges(text);
    let mut search: Option<TargetSearch> = None;
    let mut out = Vec::new();
    let mut consider = |range: Range<usize>, derived_only: bool, out: &mut Vec<Pairing<'h>>| {
        let Some(entries) = forms.by_form.get(&skeleton(&text[range.clone()])) else {
            return;
        };
        let terms: Vec<TermRef> = entries
            .iter()
            .filter(|(_, is_derived)| *is_derived || !derived_only)
            .map(|(t, _)| *t)
            .filter(|t| !seen.contains(&t.concept))
            .collect();
        let Some(first) = terms.first().copied() else {
            return;
        };
        let search = search.get_or_insert_with(|| TargetSearch::new(glossary, date, unit));
        let checked: Vec<(u32, bool)> = terms
            .iter()
            .filter_map(|t| {
                search
                    .find(t.concept, false)
                    .map(|(found, _)| (t.concept, found))
            })
            .collect();
        if checked.is_empty() {
            return;
        }
        seen.extend(terms.iter().map(|t| t.concept));
        let translated = checked.iter().any(|(_, found)| *found);
        out.push(Pairing {
            source: Cow::Owned(Hit {
                range: to_doc(&range),
                term: first,
                form: text[range].to_string(),
                inflection: Inflection::Listed,
                kind: HitKind::Exact,
                unit: segment.unit.as_deref().map(std::sync::Arc::from),
                also: terms[1..].to_vec(),
            }),
            outcome: if translated {
                Outcome::Translated
            } else {
                Outcome::Unconfirmed
            },
            checked,
            derived: true,
        });
    };
    for (i, word) in words.iter().enumerate() {
        // Runs of whole words, joined by one space or hyphen: derived words.
        for n in 1..=forms.words.min(words.len() - i) {
            let run = &words[i..i + n];
            let joined = run
                .windows(2)
                .all(|w| matches!(&text[w[0].end..w[1].start], " " | "-"));
            if !joined {
                break;
            }
            let range = word.start..run[n - 1].end;
            if run.iter().any(|w| covered.contains(to_doc(w).start)) {
                break;
            }
            consider(range, true, &mut out);
        }
        // The pieces of a word run together from labels: forms and derived words.
        let mut pieces = glued_pieces(&text[word.clone()]);
        if pieces.is_empty() {
            pieces = two_known_words(unit.source_lang, &text[word.clone()]);
        }
        if !pieces.is_empty() && !covered.contains(to_doc(word).start) {
            for piece in pieces {
                consider(
                    word.start + piece.start..word.start + piece.end,
                    false,
                    &mut out,
                );
            }
        }
    }
    out
}

/// The pieces of a word run together from labels, split where a lower-case letter is followed
/// by a capital (`MenuChange`, `chooseEdit`, `processingBillingExtract`); none when there is
/// no such place. A piece of one letter (`iPhone`) or a word with digits (`project44`) is not
/// split.
pub(super) fn glued_pieces(word: &str) -> Vec<Range<usize>> {
    if !word.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if prev_lower && c.is_uppercase() {
            out.push(start..i);
            start = i;
        }
        prev_lower = c.is_lowercase();
    }
    out.push(start..word.len());
    if out.len() < 2 || out.iter().any(|r| word[r.clone()].chars().count() < 2) {
        return Vec::new();
    }
    out
}

/// A word the dictionary does not know, run together from two it knows, of three letters or
/// more each (`messageconfirming`, `Highloaded`): the two, the longer first part first tried;
/// else none.
fn two_known_words(lang: &str, word: &str) -> Vec<Range<usize>> {
    let lexicon = Lexicon::builtin();
    let lowered = lower(lang, word);
    if word.chars().count() < 7
        || !word.chars().all(char::is_alphabetic)
        || !lexicon.covers(lang)
        || lexicon.is_known(lang, word)
        || lowered.len() != word.len()
    {
        return Vec::new();
    }
    let known = |w: &str| w.chars().count() >= 3 && lexicon.is_known_as_written(lang, w);
    let split = (1..word.len())
        .rev()
        // Lower case may move the boundaries between letters (`Ω` is three bytes, `ω` two).
        .filter(|&i| word.is_char_boundary(i) && lowered.is_char_boundary(i))
        .find(|&i| known(&lowered[..i]) && known(&lowered[i..]));
    match split {
        Some(i) => vec![0..i, i..word.len()],
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{glued_pieces, two_known_words};

    fn pieces(word: &str) -> Vec<&str> {
        glued_pieces(word).into_iter().map(|r| &word[r]).collect()
    }

    #[test]
    fn labels_run_together_are_split_at_a_capital_after_a_lower_case_letter() {
        assert_eq!(pieces("MenuChange"), ["Menu", "Change"]);
        assert_eq!(pieces("chooseEdit"), ["choose", "Edit"]);
        assert_eq!(pieces("AddCreate"), ["Add", "Create"]);
        for word in ["Reporting", "NATO", "iPhone", "project44"] {
            assert!(pieces(word).is_empty(), "{word}");
        }
    }

    #[test]
    fn an_unknown_word_of_two_known_ones_is_split_in_two() {
        let split = |word: &'static str| -> Vec<&'static str> {
            two_known_words("en", word)
                .into_iter()
                .map(|r| &word[r])
                .collect()
        };
        assert_eq!(split("messageconfirming"), ["message", "confirming"]);
        assert_eq!(split("Highloaded"), ["High", "loaded"]);
        // Known words and names are whole.
        for word in ["Washington", "confirming", "Kazakhstani", "Netanyahu"] {
            assert!(split(word).is_empty(), "{word}");
        }
        // Letters whose lower case is longer or shorter: no split inside a letter.
        for word in [
            "\u{2126}\u{130}messageconfirming",
            "\u{130}\u{2126}abcdefgh",
        ] {
            for piece in split(word) {
                assert!(!piece.is_empty());
            }
        }
    }
}
