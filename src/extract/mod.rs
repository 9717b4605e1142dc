//! Glossary candidates from parallel text: the names and acronyms of the source side, each
//! with the target forms that translate it, ranked, and what the glossary in use already says
//! of them.
//!
//! The corpus is read by the format readers ([`crate::formats`]) through the pipeline's
//! reading functions: aligned text, or the units of a TMX, XLIFF or PO file. [`names`] finds
//! the source candidates, [`align`] scores target spans against them, [`render`] writes the
//! result as a TOML glossary, TBX or JSON.

pub mod align;
pub mod names;
pub mod render;
pub mod translit;

use std::path::Path;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::check::{ensure_aligned, read_aligned, read_document, read_named};
use crate::diagnostic::{LineIndex, Skipped};
use crate::formats::{Document, UnitState};
use crate::glossary::{Glossary, Status};
use crate::matcher::inflect;

pub use align::Proposal;

/// A source segment and its translation, with the place of the source.
#[derive(Clone, Debug)]
pub struct Pair {
    pub source: String,
    pub target: String,
    pub place: Place,
}

/// A line of a file, to show an example.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: usize,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Parallel text: the pairs and their languages.
#[derive(Clone, Debug)]
pub struct Corpus {
    pub source_lang: String,
    pub target_lang: String,
    pub pairs: Vec<Pair>,
}

/// What to extract.
#[derive(Clone, Debug)]
pub struct Options {
    /// The fewest occurrences of a candidate.
    pub min_count: usize,
    /// At most this many candidates (the most frequent).
    pub top: Option<usize>,
    /// Only candidates the glossary lacks.
    pub new_only: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_count: 2,
            top: None,
            new_only: false,
        }
    }
}

/// A glossary candidate: a source name and its proposed translations.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub source: String,
    pub acronym: bool,
    pub occurrences: usize,
    /// The segments it occurs in.
    pub segments: usize,
    /// Best first.
    pub targets: Vec<Proposal>,
    /// The score of the first target, 0 when there is none.
    pub confidence: f64,
    /// Up to three places of the source where it occurs.
    pub examples: Vec<Place>,
    pub known: Option<Known>,
}

/// A candidate the glossary already has: by its source form, or by its proposed target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known {
    pub concept: String,
    /// Whether the source form is a form of the concept.
    pub source: bool,
    /// Whether the first proposed target (or one of its inflected variants) is an approved form
    /// of the concept in the target language.
    pub target: bool,
}

impl Corpus {
    /// Aligned text: line n of `target` translates line n of `source`. The languages are the
    /// given ones, else told from each file's name or script among `known`.
    pub fn aligned(
        source: &Path,
        target: &Path,
        langs: (Option<&str>, Option<&str>),
        known: &[String],
        max_file_size: u64,
    ) -> Result<Corpus, Skipped> {
        let (src, source_lang, _) =
            read_aligned(read_named(source, max_file_size)?, langs.0, known)?;
        let (tgt, target_lang, _) =
            read_aligned(read_named(target, max_file_size)?, langs.1, known)?;
        ensure_aligned(&src, &tgt)?;
        let pairs = (src.segments.iter().zip(&tgt.segments).enumerate())
            .map(|(i, (s, t))| Pair {
                source: s.text.clone(),
                target: t.text.clone(),
                place: Place {
                    file: src.path.clone(),
                    line: i + 1,
                },
            })
            .collect();
        Ok(Corpus {
            source_lang,
            target_lang,
            pairs,
        })
    }

    /// The translated units of a bilingual file (TMX, XLIFF, PO). The languages are the given
    /// ones, else the file's; in a TMX file with several target languages, the given one, else
    /// the first.
    pub fn bilingual(
        path: &Path,
        langs: (Option<&str>, Option<&str>),
        max_file_size: u64,
    ) -> Result<Corpus, Skipped> {
        let file = read_named(path, max_file_size)?;
        let doc = read_document(&file.name, path, file.bytes, langs.0)?;
        if doc.units.is_empty() {
            return Err(Skipped {
                path: doc.path.clone(),
                reason: "no translation units (expected a TMX, XLIFF or PO file)".into(),
                is_error: true,
            });
        }
        Ok(Corpus::of_units(&doc, langs))
    }

    fn of_units(doc: &Document, langs: (Option<&str>, Option<&str>)) -> Corpus {
        let source_lang = (langs.0.or(doc.source_lang.as_deref()))
            .unwrap_or("en")
            .to_string();
        let translated = || {
            doc.units.iter().filter_map(|u| {
                let t = u.target?;
                (u.state == UnitState::Translated).then_some((u, t))
            })
        };
        let target_lang = (langs.1.map(str::to_string))
            .or_else(|| doc.target_lang.clone())
            .or_else(|| translated().find_map(|(_, t)| doc.segments[t].lang.clone()))
            .unwrap_or_default();
        let lines = LineIndex::new(&doc.text);
        let pairs = translated()
            .filter(|&(_, t)| {
                (doc.segments[t].lang.as_deref())
                    .is_none_or(|l| crate::lang::compatible(l, &target_lang))
            })
            .map(|(u, t)| {
                let source = &doc.segments[u.source];
                let offset = source.map.to_src(0);
                Pair {
                    source: source.text.clone(),
                    target: doc.segments[t].text.clone(),
                    place: Place {
                        file: doc.path.clone(),
                        line: lines.line_col(&doc.text, offset).0,
                    },
                }
            })
            .collect();
        Corpus {
            source_lang,
            target_lang,
            pairs,
        }
    }
}

/// The candidates of `corpus`, most frequent first, checked against `glossary`.
pub fn extract(corpus: &Corpus, glossary: &Glossary, options: &Options) -> Vec<Candidate> {
    let evidence = names::Evidence::of(corpus.pairs.iter().map(|p| p.source.as_str()));
    let mut spans = align::Spans::new(&corpus.target_lang);
    let mut ids: FxHashMap<String, usize> = FxHashMap::default();
    let mut found: Vec<Found> = Vec::new();
    for (index, pair) in corpus.pairs.iter().enumerate() {
        let names = names::names(&pair.source, &corpus.source_lang, &evidence);
        if names.is_empty() {
            continue;
        }
        let target = spans.add_segment(&pair.target);
        let mut seen: FxHashSet<usize> = FxHashSet::default();
        for name in names {
            let id = *ids.entry(name.form.clone()).or_insert_with(|| {
                found.push(Found::new(&name.form));
                found.len() - 1
            });
            let f = &mut found[id];
            f.occurrences += 1;
            if seen.insert(id) {
                f.segments += 1;
                if f.examples.len() < 3 {
                    f.examples.push(index);
                }
                for &s in &target {
                    *f.joint.entry(s).or_insert(0) += 1;
                }
            }
        }
    }
    let index = GlossaryIndex::new(glossary, &corpus.source_lang, &corpus.target_lang);
    let mut out: Vec<Candidate> = Vec::new();
    for f in found.iter().filter(|f| f.occurrences >= options.min_count) {
        let targets = spans.propose(&f.source, f.segments as u32, &f.joint);
        let known = index.known(&f.source, targets.first());
        if options.new_only && known.is_some() {
            continue;
        }
        out.push(Candidate {
            acronym: names::is_acronym(&f.source),
            occurrences: f.occurrences,
            segments: f.segments,
            confidence: targets.first().map_or(0.0, |t| t.score.clamp(0.0, 1.0)),
            targets: targets.into_iter().take(3).collect(),
            examples: (f.examples.iter())
                .map(|&i| corpus.pairs[i].place.clone())
                .collect(),
            known,
            source: f.source.clone(),
        });
    }
    out.sort_by(|a, b| {
        (b.occurrences.cmp(&a.occurrences))
            .then(b.segments.cmp(&a.segments))
            .then(a.source.cmp(&b.source))
    });
    if let Some(top) = options.top {
        out.truncate(top);
    }
    out
}

/// A source name while the corpus is read.
struct Found {
    source: String,
    occurrences: usize,
    segments: usize,
    /// Indexes of pairs.
    examples: Vec<usize>,
    /// Per target span: the segments shared.
    joint: FxHashMap<u32, u32>,
}

impl Found {
    fn new(source: &str) -> Found {
        Found {
            source: source.to_string(),
            occurrences: 0,
            segments: 0,
            examples: Vec::new(),
            joint: FxHashMap::default(),
        }
    }
}

/// The glossary's approved forms in the two languages: source forms as written, target forms
/// with their generated inflections.
struct GlossaryIndex<'g> {
    glossary: &'g Glossary,
    source: FxHashMap<String, usize>,
    target: FxHashMap<String, Vec<usize>>,
}

impl<'g> GlossaryIndex<'g> {
    fn new(glossary: &'g Glossary, source_lang: &str, target_lang: &str) -> GlossaryIndex<'g> {
        let mut source = FxHashMap::default();
        let mut target: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, c) in glossary.concepts.iter().enumerate() {
            let approved = |lang| {
                c.terms_in(lang)
                    .filter(|t| t.status != Status::Forbidden)
                    .collect::<Vec<_>>()
            };
            for t in approved(source_lang) {
                source.entry(t.text.clone()).or_insert(i);
            }
            let kind = crate::matcher::kind_of(c);
            for t in approved(target_lang) {
                for (form, _) in inflect::forms(t, kind) {
                    let concepts = target.entry(form).or_default();
                    if !concepts.contains(&i) {
                        concepts.push(i);
                    }
                }
            }
        }
        GlossaryIndex {
            glossary,
            source,
            target,
        }
    }

    /// What the glossary knows of a name and its best target: the concept of its source form,
    /// else of the target.
    fn known(&self, source: &str, best: Option<&Proposal>) -> Option<Known> {
        let forms: Vec<&String> = best
            .map(|p| std::iter::once(&p.form).chain(&p.variants).collect())
            .unwrap_or_default();
        let of_target: Vec<usize> = (forms.iter())
            .filter_map(|f| self.target.get(f.as_str()))
            .flatten()
            .copied()
            .collect();
        let (concept, by_source) = match self.source.get(source) {
            Some(&c) => (c, true),
            None => (*of_target.first()?, false),
        };
        Some(Known {
            concept: self.glossary.concepts[concept].id.clone(),
            source: by_source,
            target: of_target.contains(&concept),
        })
    }
}
