//! The CSV writer: the one-row-per-term layout of the CSV loader (`id`, `lang`, `term`, `status`,
//! `kind`, `note`, `case`, `type`), the layout that holds the most. What it cannot hold is
//! counted in [`Dropped`], for the caller to name.

use std::io::{self, Write};

use crate::glossary::{CaseRule, Glossary, InflectionSetting, TermType};

/// What a CSV file could not hold, counted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dropped {
    /// Concept notes and sources (the `note` column is the term's).
    pub concept_notes: usize,
    pub concept_sources: usize,
    pub examples: usize,
    pub related: usize,
    /// Concepts without a term: a row is a term.
    pub concepts_without_terms: usize,
    pub parts_of_speech: usize,
    pub validity_dates: usize,
    pub use_instead: usize,
    pub inflection: usize,
    pub near_misses: usize,
    pub forms: usize,
}

impl Dropped {
    /// What was dropped, as (what, how many), leaving out what was not.
    pub fn items(&self) -> Vec<(&'static str, usize)> {
        [
            ("concept-notes", self.concept_notes),
            ("concept-sources", self.concept_sources),
            ("examples", self.examples),
            ("related", self.related),
            ("concepts-without-terms", self.concepts_without_terms),
            ("parts-of-speech", self.parts_of_speech),
            ("validity-dates", self.validity_dates),
            ("use-instead", self.use_instead),
            ("inflection", self.inflection),
            ("near-misses", self.near_misses),
            ("forms", self.forms),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect()
    }
}

/// The columns written, the header row.
pub const COLUMNS: [&str; 8] = [
    "id", "lang", "term", "status", "kind", "note", "case", "type",
];

/// Writes `glossary` as CSV, one row per term; returns what the rows could not hold.
pub fn write(glossary: &Glossary, out: &mut dyn Write) -> io::Result<Dropped> {
    let mut dropped = Dropped::default();
    let mut w = ::csv::WriterBuilder::new().from_writer(out);
    w.write_record(COLUMNS)?;
    for c in &glossary.concepts {
        dropped.concept_notes += usize::from(c.note.is_some());
        dropped.concept_sources += usize::from(c.source.is_some());
        dropped.examples += c.examples.len();
        dropped.related += c.related.len();
        dropped.concepts_without_terms += usize::from(c.terms.is_empty());
        let kind = c.kind.map_or("", |k| k.as_str());
        for t in &c.terms {
            dropped.parts_of_speech += usize::from(t.pos.is_some());
            dropped.validity_dates +=
                usize::from(t.valid_from.is_some() || t.valid_until.is_some());
            dropped.use_instead += usize::from(t.use_instead.is_some());
            dropped.inflection += usize::from(t.inflection == InflectionSetting::None);
            dropped.near_misses += usize::from(!t.near_misses);
            dropped.forms += t.forms.len();
            let case = if t.case_given || t.case != CaseRule::default_for(&t.text) {
                t.case.as_str()
            } else {
                ""
            };
            let ty = if t.kind == TermType::Full {
                ""
            } else {
                t.kind.as_str()
            };
            w.write_record([
                c.id.as_str(),
                &t.lang,
                &t.text,
                t.status.as_str(),
                kind,
                t.note.as_deref().unwrap_or(""),
                case,
                ty,
            ])?;
        }
    }
    w.flush()?;
    Ok(dropped)
}
