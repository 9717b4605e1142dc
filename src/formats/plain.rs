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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::MASK;

    #[test]
    fn urls_and_emails_are_masked_in_place_after_emoji_and_cyrillic() {
        let t = "🇹🇷 Эрдоган: https://x.org/Idlib, mail@idlib.org\n`Idlib` stays\n";
        let segs = segments(t);
        assert_eq!(segs.len(), 1);
        let s = &segs[0].text;
        assert_eq!(s.len(), t.len());
        assert!(segs[0].map.is_identity());
        let url = t.find("https").unwrap();
        assert!(s.as_bytes()[url..url + "https://x.org/Idlib".len()]
            .iter()
            .all(|&b| b == MASK));
        let mail = t.find("mail@").unwrap();
        assert!(s.as_bytes()[mail..mail + "mail@idlib.org".len()]
            .iter()
            .all(|&b| b == MASK));
        assert_eq!(&s[t.find(',').unwrap()..t.find(" mail").unwrap()], ",");
        assert!(s.ends_with("\n`Idlib` stays\n"));
    }
}
