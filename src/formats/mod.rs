//! Input formats: each turns a file into segments of text to check, with the map from every
//! segment offset back to a byte offset of the file as read.
//!
//! A rule never knows which format it is reading: it sees [`Segment`]s.

pub mod markdown;
pub mod plain;

use std::path::Path;

use crate::text::OffsetMap;

/// A file read for checking.
#[derive(Clone, Debug)]
pub struct Document {
    /// The path as given on the command line (`-` for standard input).
    pub path: String,
    /// The file as read, decoded; findings' byte offsets index this text.
    pub text: String,
    pub segments: Vec<Segment>,
}

/// A run of text to check, in one language.
#[derive(Clone, Debug, Default)]
pub struct Segment {
    /// The text to match: the file's text with what must not be checked (code, URLs, markup)
    /// masked or removed.
    pub text: String,
    /// From offsets in `text` to byte offsets in the document.
    pub map: OffsetMap,
    /// The segment id in bilingual files.
    pub unit: Option<String>,
    /// The segment's own language, when the format says it (bilingual files).
    pub lang: Option<String>,
}

/// The formats termlint reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
}

impl Format {
    /// The format of a file, from its extension; anything unknown is plain text.
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
            _ => Format::Plain,
        }
    }

    /// Splits a decoded file into segments.
    pub fn read(self, path: &str, text: String) -> Document {
        let segments = match self {
            Format::Plain => plain::segments(&text),
            Format::Markdown => markdown::segments(&text),
        };
        Document {
            path: path.to_string(),
            text,
            segments,
        }
    }
}

/// Replaces `range` of `buf` with bytes that stop any match across it, keeping every line break
/// (so positions stay where they were) and keeping the text valid UTF-8.
pub fn mask(buf: &mut [u8], range: std::ops::Range<usize>) {
    for b in &mut buf[range] {
        if *b != b'\n' && *b != b'\r' {
            *b = MASK;
        }
    }
}

/// The byte masked text is replaced with: an ASCII control character, never part of a word.
pub const MASK: u8 = 0x1A;
