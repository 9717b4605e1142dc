//! Writers: a [`Glossary`] back to text, in the project's TOML, TBX v3 (TBX-Basic) or CSV.
//!
//! TOML and TBX keep everything the model holds, so a glossary read back from either is the
//! glossary written (origins aside); CSV holds less, and [`csv::write`] counts what it left out
//! so the caller can say so.

pub mod csv;
pub mod tbx;
pub mod toml;

use std::io;

use super::{Concept, Related, Term};

/// A format a glossary can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Toml,
    Tbx,
    Csv,
}

impl Format {
    /// The format of a file extension (`toml`, `tbx`, `xml`, `csv`), in any case.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "toml" => Some(Format::Toml),
            "tbx" | "xml" => Some(Format::Tbx),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// A concept's terms and related stems grouped by language, languages in the order they first
/// appear (terms first, then stems), each group in the concept's order: the order the loaders
/// give back.
pub(crate) struct LangGroup<'a> {
    pub lang: &'a str,
    pub terms: Vec<&'a Term>,
    pub related: Vec<&'a Related>,
}

pub(crate) fn by_language(concept: &Concept) -> Vec<LangGroup<'_>> {
    let mut groups: Vec<LangGroup<'_>> = Vec::new();
    fn group<'a, 'g>(groups: &'g mut Vec<LangGroup<'a>>, lang: &'a str) -> &'g mut LangGroup<'a> {
        let i = match groups.iter().position(|g| g.lang == lang) {
            Some(i) => i,
            None => {
                groups.push(LangGroup {
                    lang,
                    terms: Vec::new(),
                    related: Vec::new(),
                });
                groups.len() - 1
            }
        };
        &mut groups[i]
    }
    for t in &concept.terms {
        group(&mut groups, &t.lang).terms.push(t);
    }
    for r in &concept.related {
        group(&mut groups, &r.lang).related.push(r);
    }
    groups
}

/// An error for text a format cannot hold (a control character in XML).
pub(crate) fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

/// Rewrites the concept ids the TOML format refuses (`C12`, `term 4`, from a TBX file) as it
/// accepts them: lower case, any other character a `-`, a number added where that makes two
/// ids one. Returns each id changed, as (old, new).
pub fn toml_ids(glossary: &mut super::Glossary) -> Vec<(String, String)> {
    let mut taken: rustc_hash::FxHashSet<String> =
        glossary.concepts.iter().map(|c| c.id.clone()).collect();
    let mut changed = Vec::new();
    for c in &mut glossary.concepts {
        if super::is_concept_id(&c.id) {
            continue;
        }
        let base: String =
            c.id.chars()
                .map(|ch| {
                    let ch = ch.to_ascii_lowercase();
                    if super::is_concept_id(ch.encode_utf8(&mut [0; 4])) {
                        ch
                    } else {
                        '-'
                    }
                })
                .collect();
        let base = if base.is_empty() {
            "concept".to_string()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        taken.insert(id.clone());
        changed.push((std::mem::replace(&mut c.id, id.clone()), id));
    }
    changed
}
