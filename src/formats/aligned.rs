//! Aligned plain text: two files, line `n` of the source translated by line `n` of the target,
//! as in parallel news corpora. Each line is a segment; URLs and e-mail addresses are masked
//! as in plain text.

use super::Segment;
use crate::text::OffsetMap;

/// One segment per line of `text` (without its `\n` or `\r\n`), `unit` the 1-based line
/// number.
pub fn segments_by_line(text: &str) -> Vec<Segment> {
    let mut buf = text.as_bytes().to_vec();
    super::markdown::mask_urls(&mut buf);
    let masked = String::from_utf8(buf).unwrap_or_else(|_| text.to_string());
    let mut out = Vec::new();
    let mut start = 0;
    for (n, line) in masked.split_inclusive('\n').enumerate() {
        let body = line.trim_end_matches(['\n', '\r']);
        out.push(Segment {
            text: body.to_string(),
            map: OffsetMap::shifted(start),
            unit: Some((n + 1).to_string()),
            lang: None,
        });
        start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_map_back_to_the_file() {
        let text = "Idlib\r\nЭрдоган и Идлиб\n\nlast";
        let segs = segments_by_line(text);
        assert_eq!(segs.len(), 4);
        for s in &segs {
            let start = s.map.to_src(0);
            assert_eq!(&text[start..start + s.text.len()], s.text);
        }
        assert_eq!(segs[1].text, "Эрдоган и Идлиб");
        assert_eq!(segs[1].unit.as_deref(), Some("2"));
        assert_eq!(segs[2].text, "");
        assert_eq!(segs[3].text, "last");
    }
}
