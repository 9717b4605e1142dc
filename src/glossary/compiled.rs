//! The compiled form of a glossary (postcard), as `glossaries/builtin.postcard` holds the
//! built-in one.
//!
//! The places where concepts, terms and examples are defined are kept apart from them: each
//! file name once, in a table, and each place as the file's index, the line and the column.
//! Written with every term, the file names were 30% of the compiled built-in glossary, and
//! each was read back into an allocation of its own.

use std::sync::Arc;

use super::{Glossary, Origin};

/// The compiled form as written.
#[derive(serde::Serialize)]
struct Written<'a> {
    glossary: &'a Glossary,
    files: Vec<&'a str>,
    /// In the order of [`Glossary::origins`].
    places: Vec<Place>,
}

/// The compiled form as read.
#[derive(serde::Deserialize)]
struct Read {
    glossary: Glossary,
    files: Vec<Arc<str>>,
    places: Vec<Place>,
}

/// An [`Origin`] with its file as an index into the table of files.
#[derive(serde::Serialize, serde::Deserialize)]
struct Place {
    file: u32,
    line: usize,
    column: usize,
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
pub fn write(glossary: &Glossary) -> Vec<u8> {
    let mut files: Vec<&str> = Vec::new();
    let places = glossary
        .origins()
        .map(|origin| {
            // Glossaries come from few files, and their concepts come file by file.
            let file = match files.iter().rposition(|f| **f == *origin.file) {
                Some(i) => i,
                None => {
                    files.push(&origin.file);
                    files.len() - 1
                }
            };
            Place {
                file: u32::try_from(file).expect("fewer than 2^32 glossary files"),
                line: origin.line,
                column: origin.column,
            }
        })
        .collect();
    let written = Written {
        glossary,
        files,
        places,
    };
    postcard::to_allocvec(&written).expect("a glossary serializes")
}

/// The glossary compiled in `bytes` by [`write`].
pub fn read(bytes: &[u8]) -> Result<Glossary, CompiledError> {
    let Read {
        mut glossary,
        files,
        places,
    } = postcard::from_bytes(bytes)?;
    let mut places = places.into_iter();
    for origin in glossary.origins_mut() {
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
    Ok(glossary)
}

impl Glossary {
    /// Where each concept, term and example is defined: per concept, its own place, then its
    /// terms', then its examples'. [`Glossary::origins_mut`] goes in the same order.
    fn origins(&self) -> impl Iterator<Item = &Origin> {
        self.concepts.iter().flat_map(|c| {
            std::iter::once(&c.origin)
                .chain(c.terms.iter().map(|t| &t.origin))
                .chain(c.examples.iter().map(|e| &e.origin))
        })
    }

    /// [`Glossary::origins`], to fill in.
    fn origins_mut(&mut self) -> impl Iterator<Item = &mut Origin> {
        self.concepts.iter_mut().flat_map(|c| {
            std::iter::once(&mut c.origin)
                .chain(c.terms.iter_mut().map(|t| &mut t.origin))
                .chain(c.examples.iter_mut().map(|e| &mut e.origin))
        })
    }
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
        let files: Vec<&str> = read.origins().map(|o| &*o.file).collect();
        assert_eq!(
            files,
            ["a.toml", "a.toml", "a.toml", "dir/b.toml", "dir/b.toml"]
        );
    }

    #[test]
    fn bytes_that_are_no_compiled_glossary_are_an_error() {
        assert!(read(b"\xff\xff\xff\xff\xff").is_err());
    }
}
