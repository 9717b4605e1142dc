//! The compiled form of a glossary (postcard), as `glossaries/builtin.postcard` holds the
//! built-in one.
//!
//! The places where concepts, terms and examples are defined are kept apart from them: each
//! file name once, in a table, and each place as the file's index, the line and the column.
//! Written with every term, the file names were 30% of the compiled built-in glossary, and
//! each was read back into an allocation of its own.
//!
//! The concepts are written in [`PARTS`] parts of about as many terms, each a postcard string
//! of its own, so that they are read side by side: reading is mostly allocating and filling
//! fresh memory, which every core can do at once.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use super::{Concept, Glossary, Origin};

/// The parts the concepts are written in.
const PARTS: usize = 4;

/// The compiled form as written.
#[derive(serde::Serialize)]
struct Written<'a> {
    files: Vec<&'a str>,
    /// Each a [`WrittenPart`].
    parts: Vec<Bytes>,
}

/// Some of the concepts, in order.
#[derive(serde::Serialize)]
struct WrittenPart<'a> {
    concepts: &'a [Concept],
    /// In the order of [`origins`].
    places: Vec<Place>,
}

/// The compiled form as read.
#[derive(serde::Deserialize)]
struct Read<'a> {
    files: Vec<Arc<str>>,
    #[serde(borrow)]
    parts: Vec<&'a [u8]>,
}

/// A part as read.
#[derive(serde::Deserialize)]
struct ReadPart {
    concepts: Vec<Concept>,
    places: Vec<Place>,
}

/// An [`Origin`] with its file as an index into the table of files.
#[derive(serde::Serialize, serde::Deserialize)]
struct Place {
    file: u32,
    line: usize,
    column: usize,
}

/// A string of bytes, written as one (serde writes a `Vec<u8>` byte by byte).
struct Bytes(Vec<u8>);

impl serde::Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

/// Why a compiled glossary could not be read.
#[derive(Debug, thiserror::Error)]
pub enum CompiledError {
    #[error("not a compiled glossary: {0}")]
    Format(#[from] postcard::Error),
    #[error("a compiled glossary's places do not fit its concepts")]
    Places,
}

/// The compiled form of `glossary`.
pub fn write<'g>(glossary: &'g Glossary) -> Vec<u8> {
    let mut files: Vec<&str> = Vec::new();
    let mut place = |origin: &'g Origin| {
        // Glossaries come from few files, and their concepts come file by file.
        let file = files
            .iter()
            .rposition(|f| **f == *origin.file)
            .unwrap_or_else(|| {
                files.push(&origin.file);
                files.len() - 1
            });
        Place {
            file: u32::try_from(file).expect("fewer than 2^32 glossary files"),
            line: origin.line,
            column: origin.column,
        }
    };
    let parts: Vec<Bytes> = split(&glossary.concepts, PARTS)
        .into_iter()
        .map(|concepts| {
            let part = WrittenPart {
                concepts,
                places: origins(concepts).map(&mut place).collect(),
            };
            Bytes(postcard::to_allocvec(&part).expect("a glossary serializes"))
        })
        .collect();
    let written = Written { files, parts };
    postcard::to_allocvec(&written).expect("a glossary serializes")
}

/// The glossary compiled in `bytes` by [`write`], its parts read on as many threads as
/// there are cores (at most one per part).
pub fn read(bytes: &[u8]) -> Result<Glossary, CompiledError> {
    let Read { files, parts } = postcard::from_bytes(bytes)?;
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let next = AtomicUsize::new(0);
    // Each thread reads the next part no thread has taken, until none is left.
    let work = || {
        let mut read = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(part) = parts.get(i) else {
                return read;
            };
            read.push((i, read_part(part, &files)));
        }
    };
    let mut read = std::thread::scope(|s| {
        let helpers: Vec<_> = (1..cores.min(parts.len())).map(|_| s.spawn(work)).collect();
        let mut read = work();
        for helper in helpers {
            let theirs = (helper.join()).unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            read.extend(theirs);
        }
        read
    });
    read.sort_unstable_by_key(|&(i, _)| i);
    let mut concepts = Vec::new();
    for (_, part) in read {
        concepts.append(&mut part?);
    }
    Ok(Glossary { concepts })
}

/// The concepts of a part written by [`write`], their origins in `files`.
fn read_part(bytes: &[u8], files: &[Arc<str>]) -> Result<Vec<Concept>, CompiledError> {
    let ReadPart {
        mut concepts,
        places,
    } = postcard::from_bytes(bytes)?;
    let mut places = places.into_iter();
    for origin in origins_mut(&mut concepts) {
        let place = places.next().ok_or(CompiledError::Places)?;
        let file = files
            .get(place.file as usize)
            .ok_or(CompiledError::Places)?;
        *origin = Origin {
            file: file.clone(),
            line: place.line,
            column: place.column,
        };
    }
    if places.next().is_some() {
        return Err(CompiledError::Places);
    }
    Ok(concepts)
}

/// `concepts` in `n` runs of about as many terms (some empty when there are fewer concepts).
fn split(concepts: &[Concept], n: usize) -> Vec<&[Concept]> {
    let weight = |c: &Concept| c.terms.len() + 1;
    let total: usize = concepts.iter().map(weight).sum();
    let mut parts = Vec::with_capacity(n);
    let (mut start, mut size) = (0, 0);
    for i in 1..=n {
        let mut end = start;
        while end < concepts.len() && size < total * i / n {
            size += weight(&concepts[end]);
            end += 1;
        }
        parts.push(&concepts[start..end]);
        start = end;
    }
    parts
}

/// Where each concept, term and example is defined: per concept, its own place, then its
/// terms', then its examples'. [`origins_mut`] goes in the same order.
fn origins(concepts: &[Concept]) -> impl Iterator<Item = &Origin> {
    concepts.iter().flat_map(|c| {
        std::iter::once(&c.origin)
            .chain(c.terms.iter().map(|t| &t.origin))
            .chain(c.examples.iter().map(|e| &e.origin))
    })
}

/// [`origins`], to fill in.
fn origins_mut(concepts: &mut [Concept]) -> impl Iterator<Item = &mut Origin> {
    concepts.iter_mut().flat_map(|c| {
        std::iter::once(&mut c.origin)
            .chain(c.terms.iter_mut().map(|t| &mut t.origin))
            .chain(c.examples.iter_mut().map(|e| &mut e.origin))
    })
}

#[cfg(test)]
mod tests {
    use super::super::toml;
    use super::*;

    #[test]
    fn a_glossary_of_several_files_reads_back_with_its_places() {
        let a = "[[concept]]\nid = \"idlib\"\nen = \"Idlib\"\nru = \"Идлиб\"\n";
        let b = "[[concept]]\nid = \"truce\"\nen = \"truce\"\n";
        let mut glossary = toml::parse("a.toml", a).unwrap();
        glossary
            .merge(toml::parse("dir/b.toml", b).unwrap())
            .unwrap();
        let read = read(&write(&glossary)).unwrap();
        assert_eq!(read, glossary);
        let files: Vec<&str> = origins(&read.concepts).map(|o| &*o.file).collect();
        assert_eq!(
            files,
            ["a.toml", "a.toml", "a.toml", "dir/b.toml", "dir/b.toml"]
        );
    }

    #[test]
    fn an_empty_glossary_reads_back() {
        let empty = Glossary::default();
        assert_eq!(read(&write(&empty)).unwrap(), empty);
    }

    #[test]
    fn the_parts_hold_every_concept_once_in_order() {
        let text: String = (0..10)
            .map(|i| format!("[[concept]]\nid = \"c{i}\"\nen = \"term {i}\"\n"))
            .collect();
        let glossary = toml::parse("a.toml", &text).unwrap();
        for n in 1..=12 {
            let parts = split(&glossary.concepts, n);
            assert_eq!(parts.len(), n);
            let ids: Vec<&str> = parts
                .iter()
                .flat_map(|p| p.iter().map(|c| &*c.id))
                .collect();
            let all: Vec<&str> = glossary.concepts.iter().map(|c| &*c.id).collect();
            assert_eq!(ids, all, "{n} parts");
        }
        assert_eq!(read(&write(&glossary)).unwrap(), glossary);
    }

    #[test]
    fn bytes_that_are_no_compiled_glossary_are_an_error() {
        assert!(read(b"\xff\xff\xff\xff\xff").is_err());
    }
}
