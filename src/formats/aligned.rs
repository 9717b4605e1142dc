//! Aligned plain text: a source file and its translation, line *n* of one being the
//! translation of line *n* of the other (the layout of parallel corpora).
//!
//! [`segments_by_line`] makes one segment per line of a file; a caller builds a source
//! document and a target document from the two files and pairs segment *n* with segment *n*.
//! Lines end at `\n`, `\r\n` or a lone `\r`, as report line numbers count them, so segment
//! *n* is line *n + 1* of the file. URLs and e-mail addresses are masked as in plain text.

use super::{markdown::mask_urls, Document, Segment};
use crate::text::OffsetMap;

/// The document of aligned text read from `path`: one segment per line
/// ([`segments_by_line`]).
pub fn document(path: impl Into<String>, text: String) -> Document {
    Document {
        path: path.into(),
        segments: segments_by_line(&text),
        text,
        running_text: true,
        ..Document::default()
    }
}

/// One segment per line of `text` (an empty line is an empty segment; a final line break does
/// not start another), without its line break. Each segment's unit is its 1-based line
/// number; its language is left to the caller.
pub fn segments_by_line(text: &str) -> Vec<Segment> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let line_break = match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\n' | b'\r' => 1,
            _ => 0,
        };
        if line_break == 0 {
            i += 1;
            continue;
        }
        out.push(line(text, start..i, out.len() + 1));
        i += line_break;
        start = i;
    }
    if start < bytes.len() {
        out.push(line(text, start..bytes.len(), out.len() + 1));
    }
    out
}

/// The segment of line `number`, at `range` of `text`.
fn line(text: &str, range: std::ops::Range<usize>, number: usize) -> Segment {
    let mut buf = text.as_bytes()[range.clone()].to_vec();
    mask_urls(&mut buf);
    Segment {
        text: String::from_utf8(buf).expect("masking whole characters keeps UTF-8 valid"),
        map: OffsetMap::shifted(range.start),
        unit: Some(number.to_string()),
        lang: None,
        variant: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::MASK;

    fn lines(text: &str) -> Vec<(String, usize, String)> {
        segments_by_line(text)
            .into_iter()
            .map(|s| {
                let start = s.map.to_src(0);
                assert_eq!(text[start..s.map.to_src(s.text.len())].len(), s.text.len());
                (s.text, start, s.unit.unwrap())
            })
            .collect()
    }

    #[test]
    fn one_segment_per_line_with_crlf_and_lone_cr() {
        let t = "Эрдоган\r\n\nİdlib 🇹🇷\rlast";
        let got = lines(t);
        let texts: Vec<&str> = got.iter().map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(texts, ["Эрдоган", "", "İdlib 🇹🇷", "last"]);
        let starts: Vec<usize> = got.iter().map(|(_, s, _)| *s).collect();
        assert_eq!(
            starts,
            [
                0,
                t.find("\n\n").unwrap() + 1,
                t.find('İ').unwrap(),
                t.find("last").unwrap()
            ]
        );
        let units: Vec<&str> = got.iter().map(|(_, _, u)| u.as_str()).collect();
        assert_eq!(units, ["1", "2", "3", "4"]);
    }

    #[test]
    fn a_final_line_break_does_not_add_a_line() {
        assert_eq!(segments_by_line("a\nb\n").len(), 2);
        assert_eq!(segments_by_line("a\r\n").len(), 1);
        assert_eq!(segments_by_line("\n").len(), 1);
        assert_eq!(segments_by_line("").len(), 0);
    }

    #[test]
    fn urls_are_masked_and_positions_kept() {
        let t = "x\nsee https://x.org/Idlib now\n";
        let segs = segments_by_line(t);
        let s = &segs[1];
        assert!(s.text.starts_with("see \u{1a}"));
        assert_eq!(s.text.as_bytes()[4], MASK);
        assert!(s.text.ends_with(" now"));
        assert_eq!(
            &t[s.map.range_to_src(s.text.len() - 3..s.text.len())],
            "now"
        );
    }
}
