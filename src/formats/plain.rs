//! Plain text: the whole file is one segment, with URLs and e-mail addresses masked.

use super::Segment;

/// The segments of a plain-text file.
pub fn segments(text: &str) -> Vec<Segment> {
    let mut buf = text.as_bytes().to_vec();
    super::markdown::mask_urls(&mut buf);
    vec![Segment {
        text: String::from_utf8(buf).unwrap_or_else(|_| text.to_string()),
        ..Segment::default()
    }]
}
