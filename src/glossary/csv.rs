//! TODO: the CSV loader.

use super::{Glossary, GlossaryError};

/// Parses a CSV glossary with the given delimiter.
pub fn parse(_name: &str, _text: &str, _delimiter: u8) -> Result<Glossary, GlossaryError> {
    Ok(Glossary::default())
}
