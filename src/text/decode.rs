//! Decoding the bytes of an input file into text.

/// Why a file could not be read as text.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("not valid UTF-8 at byte offset {offset}")]
    InvalidUtf8 { offset: usize },
    #[error("binary file (NUL byte at offset {offset})")]
    Binary { offset: usize },
}

/// Decodes a file as UTF-8 (a byte-order mark is kept: it is part of the file as read).
pub fn decode(bytes: Vec<u8>) -> Result<String, DecodeError> {
    String::from_utf8(bytes).map_err(|e| DecodeError::InvalidUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })
}
