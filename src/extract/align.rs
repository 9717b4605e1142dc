//! Target forms for source names: which spans of 1 to 4 words of the target segments translate
//! a name, by how often they occur in the same segments, how alike they look, and how many
//! words they have.
//!
//! Per name, every span of the segments it occurs in is scored by the Dice coefficient of the
//! segments they share (`2·both / (name + span)`); the best 40 are grouped by inflection (a
//! span whose generated forms — the matcher's `inflect` tables, as for a name — include
//! another span is the base of that span: `Путин` of `Путина`, `Путину`), and each group is
//! scored as a whole:
//!
//! `score = 0.55·dice + 0.35·similarity + 0.10·same length`
//!
//! where `similarity` compares the base with the source in Latin letters (see [`translit`])
//! and `same length` is 1 for as many words as the source, 0.5 for one more or less. Dice
//! finds translations that look nothing like their source (`White House` → `Белый дом`);
//! similarity decides between spans that are all as frequent, as for a name seen once.

use rustc_hash::{FxHashMap, FxHashSet};

use super::translit;
use crate::glossary::{Kind, Status, Term};
use crate::matcher::inflect;

/// Spans kept per name before grouping.
const KEPT: usize = 40;

/// The fewest segments a function word occurs in: in a small corpus every word is frequent.
const MIN_FUNCTION: u32 = 5;

/// The best spans whose base forms are looked for elsewhere in the corpus.
const BASES_FOR: usize = 12;

/// The longest span, in words.
pub const MAX_SPAN: usize = 4;

/// A target form proposed for a name: the base form of a group of inflected variants.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub form: String,
    /// The other forms of the group as they occur, most frequent first.
    pub variants: Vec<String>,
    /// The segments of the name where a form of the group occurs.
    pub segments: usize,
    pub score: f64,
}

/// The spans of the target side, interned, and what each name shares with them.
pub struct Spans {
    lang: String,
    texts: Vec<String>,
    ids: FxHashMap<String, u32>,
    /// Per span: the segments it occurs in.
    counts: Vec<u32>,
    /// Per span: its generated forms, when asked for once.
    forms: FxHashMap<u32, FxHashSet<String>>,
    /// Spans by their first three letters in lower case and their number of words, built
    /// once every segment is in: where to look for the base form of an inflected span.
    by_start: FxHashMap<(String, usize), Vec<u32>>,
    /// Per word without capitals: the segments it occurs in.
    lower_words: FxHashMap<String, u32>,
    segments: u32,
}

impl Spans {
    pub fn new(lang: &str) -> Spans {
        Spans {
            lang: lang.to_string(),
            texts: Vec::new(),
            ids: FxHashMap::default(),
            counts: Vec::new(),
            forms: FxHashMap::default(),
            by_start: FxHashMap::default(),
            lower_words: FxHashMap::default(),
            segments: 0,
        }
    }

    /// The distinct spans of a target segment, counted once each.
    pub fn add_segment(&mut self, text: &str) -> Vec<u32> {
        let mut out: Vec<u32> = spans(text, &self.lang)
            .into_iter()
            .map(|s| self.intern(s))
            .collect();
        out.sort_unstable();
        out.dedup();
        for &id in &out {
            self.counts[id as usize] += 1;
        }
        let mut lower: Vec<&str> = (target_words(text, &self.lang).into_iter())
            .map(|w| &text[w])
            .filter(|w| !w.chars().any(char::is_uppercase))
            .collect();
        lower.sort_unstable();
        lower.dedup();
        for w in lower {
            *self.lower_words.entry(w.to_string()).or_default() += 1;
        }
        self.segments += 1;
        out
    }

    fn intern(&mut self, span: &str) -> u32 {
        if let Some(&id) = self.ids.get(span) {
            return id;
        }
        let id = self.texts.len() as u32;
        self.texts.push(span.to_string());
        self.ids.insert(span.to_string(), id);
        self.counts.push(0);
        id
    }

    /// The target forms proposed for `source`, seen in `segments` segments, sharing with each
    /// span the segments of `joint`; best first.
    pub fn propose(
        &mut self,
        source: &str,
        segments: u32,
        joint: &FxHashMap<u32, u32>,
    ) -> Vec<Proposal> {
        let dice = |both: u32, span: u32| 2.0 * f64::from(both) / f64::from(segments + span);
        let mut kept: Vec<(u32, u32)> = (joint.iter())
            .filter(|(&s, _)| !self.has_function_word(&self.texts[s as usize]))
            .map(|(&s, &c)| (s, c))
            .collect();
        kept.sort_by(|a, b| {
            let (da, db) = (
                dice(a.1, self.counts[a.0 as usize]),
                dice(b.1, self.counts[b.0 as usize]),
            );
            db.total_cmp(&da)
                .then(b.1.cmp(&a.1))
                .then(self.texts[a.0 as usize].cmp(&self.texts[b.0 as usize]))
        });
        kept.truncate(KEPT);
        self.add_bases(&mut kept, joint);
        let source_words = source.split_whitespace().count();
        let mut groups = Vec::new();
        for group in self.group(&kept) {
            let both: u32 = group.iter().map(|&(_, c)| c).sum::<u32>().min(segments);
            let total: u32 = group.iter().map(|&(s, _)| self.counts[s as usize]).sum();
            let base = &self.texts[group[0].0 as usize];
            let words = base.split_whitespace().count();
            let length = match words.abs_diff(source_words) {
                0 => 1.0,
                1 => 0.5,
                _ => 0.0,
            };
            let score = 0.55 * dice(both, total).min(1.0)
                + 0.35 * translit::similarity(source, base)
                + 0.10 * length;
            let mut variants: Vec<(u32, u32)> = group[1..].to_vec();
            variants.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            groups.push(Proposal {
                form: base.clone(),
                variants: (variants.iter())
                    .map(|&(s, _)| self.texts[s as usize].clone())
                    .collect(),
                segments: both as usize,
                score,
            });
        }
        groups.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.segments.cmp(&a.segments))
                .then(a.form.cmp(&b.form))
        });
        groups
    }

    /// Whether `span` ends with a function word (`и`, `mit`, `dans`, `ile`), or starts with
    /// one in a script without capitals (`في`, `قال`): a lower-case word in 3% of the segments
    /// or more, a word of a script without capitals in 8% (`المتحدة` of `الولايات المتحدة`, the
    /// United States, is in 5% of NTREX's), and in [`MIN_FUNCTION`] segments at least. No name
    /// ends with one; `дом` of `Белый дом` is in far fewer.
    fn has_function_word(&self, span: &str) -> bool {
        let frequent = |w: &str| {
            let percent = if w.chars().any(char::is_lowercase) {
                3
            } else {
                8
            };
            !w.chars().any(char::is_uppercase)
                && (self.lower_words.get(w))
                    .is_some_and(|&n| n >= MIN_FUNCTION && n * 100 >= self.segments * percent)
        };
        let mut words = span.split_whitespace();
        let first = words.next().unwrap_or("");
        let last = words.next_back().unwrap_or(first);
        frequent(last) || (frequent(first) && !first.chars().any(char::is_lowercase))
    }

    /// Adds to `kept` the base forms of its best spans found anywhere in the corpus: a name
    /// may only ever be seen inflected where the source has it (`в Шотландии`), its base
    /// (`Шотландия`) elsewhere. A base is a span with the same start whose generated forms
    /// include the inflected span.
    fn add_bases(&mut self, kept: &mut Vec<(u32, u32)>, joint: &FxHashMap<u32, u32>) {
        if self.by_start.is_empty() {
            for (id, text) in self.texts.iter().enumerate() {
                self.by_start
                    .entry(start_key(text))
                    .or_default()
                    .push(id as u32);
            }
        }
        let mut bases = Vec::new();
        for &(s, _) in kept.iter().take(BASES_FOR) {
            let text = &self.texts[s as usize];
            let Some(similar) = self.by_start.get(&start_key(text)) else {
                continue;
            };
            for &y in similar
                .iter()
                .filter(|&&y| y != s && self.counts[y as usize] > 0)
            {
                if kept.iter().chain(&bases).any(|&(k, _)| k == y) {
                    continue;
                }
                let forms = (self.forms.entry(y))
                    .or_insert_with(|| generated_forms(&self.lang, &self.texts[y as usize]));
                if forms.contains(text) {
                    bases.push((y, joint.get(&y).copied().unwrap_or(0)));
                }
            }
        }
        kept.extend(bases);
    }

    /// `kept` (span, segments shared) in groups of one base and its inflected forms, the base
    /// first: repeatedly, the span whose forms cover the most shared segments among the spans
    /// left, with those forms.
    fn group(&mut self, kept: &[(u32, u32)]) -> Vec<Vec<(u32, u32)>> {
        for &(s, _) in kept {
            if !self.forms.contains_key(&s) {
                let forms = generated_forms(&self.lang, &self.texts[s as usize]);
                self.forms.insert(s, forms);
            }
        }
        let mut left: Vec<(u32, u32)> = kept.to_vec();
        let mut out = Vec::new();
        while !left.is_empty() {
            let covered = |base: u32, left: &[(u32, u32)]| -> Vec<usize> {
                let forms = &self.forms[&base];
                (0..left.len())
                    .filter(|&i| {
                        left[i].0 == base || forms.contains(&self.texts[left[i].0 as usize])
                    })
                    .collect()
            };
            let mut best: Option<(u32, Vec<usize>)> = None;
            for &(s, _) in &left {
                let cover = covered(s, &left);
                let weight = |c: &[usize]| c.iter().map(|&i| left[i].1).sum::<u32>();
                if best
                    .as_ref()
                    .is_none_or(|(_, b)| weight(&cover) > weight(b))
                {
                    best = Some((s, cover));
                }
            }
            let (base, cover) = best.expect("spans are left");
            let mut group: Vec<(u32, u32)> = Vec::with_capacity(cover.len());
            let at = left
                .iter()
                .position(|&(s, _)| s == base)
                .expect("the base is left");
            group.push(left[at]);
            for &i in &cover {
                if left[i].0 != base {
                    group.push(left[i]);
                }
            }
            let mut i = 0;
            left.retain(|_| {
                let keep = !cover.contains(&i);
                i += 1;
                keep
            });
            out.push(group);
        }
        out
    }
}

/// The key of `span` in [`Spans::by_start`].
fn start_key(span: &str) -> (String, usize) {
    let start: String = span.chars().take(3).flat_map(char::to_lowercase).collect();
    (start, span.split_whitespace().count())
}

/// The forms the inflection tables generate for `text` read as a name (a person's name and a
/// place's: Russian declines every word of the one, the head word of the other).
pub fn generated_forms(lang: &str, text: &str) -> FxHashSet<String> {
    let term = Term::new(lang, text, Status::Preferred);
    let mut out = FxHashSet::default();
    for kind in [Kind::Person, Kind::Place] {
        out.extend(
            inflect::forms(&term, Some(kind))
                .into_iter()
                .map(|(f, _)| f),
        );
    }
    out
}

/// The spans of 1 to [`MAX_SPAN`] words of `text`, not across punctuation; in a script with
/// capitals, starting with a capital (a name translated is a name).
fn spans<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
    let words = target_words(text, lang);
    let mut out = Vec::new();
    for i in 0..words.len() {
        let first = &text[words[i].clone()];
        let c = first.chars().next().unwrap_or(' ');
        if c.is_lowercase() || c.is_numeric() {
            continue;
        }
        for j in i..(i + MAX_SPAN).min(words.len()) {
            if j > i && !is_space_or_elision(&text[words[j - 1].end..words[j].start]) {
                break;
            }
            out.push(&text[words[i].start..words[j].end]);
        }
    }
    out
}

/// Whether the text between two words keeps them in one span: spaces, or an article elided
/// onto the next word (` d'`).
fn is_space_or_elision(gap: &str) -> bool {
    let gap = gap.trim_start();
    gap.is_empty()
        || (gap.ends_with(['\'', '\u{2019}'])
            && gap.chars().count() <= 4
            && gap
                .chars()
                .take(gap.chars().count() - 1)
                .all(char::is_alphabetic))
}

/// The words of a target segment: the source's words ([`super::names::words`]), with what an
/// apostrophe glues to a name taken off: Turkish suffixes (`Erdoğan'ın`), French and Italian
/// elided articles (`l'Idleb`, `d'Angleterre`).
fn target_words(text: &str, lang: &str) -> Vec<std::ops::Range<usize>> {
    let turkic = crate::lang::is_turkic(lang);
    super::names::words(text)
        .into_iter()
        .map(|w| {
            let word = &text[w.clone()];
            match word.find(['\'', '\u{2019}']) {
                Some(i) if turkic => w.start..w.start + i,
                Some(i) if word[..i].chars().count() <= 3 => {
                    let skip = word[i..].chars().next().map_or(1, char::len_utf8);
                    w.start + i + skip..w.end
                }
                _ => w,
            }
        })
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_start_with_a_capital_and_stop_at_punctuation() {
        assert_eq!(
            spans("и Белый дом, Путин", "ru"),
            ["Белый", "Белый дом", "Путин"]
        );
        // The suffix goes, and a span never runs across it.
        assert_eq!(spans("Erdoğan'ın sözleri", "tr"), ["Erdoğan"]);
        assert_eq!(
            spans("la Banque d'Angleterre", "fr")[..2],
            ["Banque", "Banque d'Angleterre"]
        );
    }

    #[test]
    fn inflected_spans_group_under_their_base() {
        let mut spans = Spans::new("ru");
        let mut joint = FxHashMap::default();
        for text in ["Путин сказал", "Путина нет", "к Путину", "Путин"]
        {
            for id in spans.add_segment(text) {
                *joint.entry(id).or_insert(0) += 1;
            }
        }
        let proposals = spans.propose("Putin", 4, &joint);
        assert_eq!(proposals[0].form, "Путин");
        assert_eq!(proposals[0].segments, 4);
        assert!(proposals[0].variants.contains(&"Путина".to_string()));
    }
}
