//! Folding a text to its matching skeleton, with the map back to the original.

use super::offsets::OffsetMap;
use super::skeleton::{push_skeleton, Class};

/// A text folded for matching, and the map from its offsets back to the text it came from.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    /// The skeleton: see `text::skeleton`. Runs of white space are one `' '`, or one `'\n'`
    /// when they hold a blank line (a paragraph break, which no multiword term spans).
    pub text: String,
    /// From offsets in `text` to offsets in the folded input.
    pub map: OffsetMap,
}

/// Folds `src` to its skeleton.
pub fn fold(src: &str) -> Folded {
    let mut folded = Folded::default();
    fold_into(src, &mut folded);
    folded
}

/// Folds `src` into `folded`, reusing its buffers.
pub fn fold_into(src: &str, folded: &mut Folded) {
    let mut out = std::mem::take(&mut folded.text).into_bytes();
    out.clear();
    out.reserve(src.len());
    let mut map = OffsetMap::default();
    let bytes = src.as_bytes();
    let mut scratch = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() || (b.is_ascii_punctuation() && b != b'`') {
            // The common case: one byte in, the same byte (lower-cased) out.
            out.push(b.to_ascii_lowercase());
            i += 1;
            continue;
        }
        let c = next_char(src, i);
        scratch.clear();
        match push_skeleton(c, &mut scratch) {
            Class::Space => {
                let (end, breaks) = space_run(src, i);
                out.push(if breaks >= 2 { b'\n' } else { b' ' });
                i = end;
            }
            _ => {
                let before = out.len();
                out.extend_from_slice(scratch.as_bytes());
                if scratch.chars().nth(1).is_some() {
                    // A character that folds to several (ß to ss, Hangul syllables to jamo,
                    // ligatures): every character of its skeleton maps back to its start,
                    // never into its middle or past it.
                    for (k, _) in scratch.char_indices() {
                        map.push(before + k, i);
                    }
                }
                i += c.len_utf8();
            }
        }
        map.push(out.len(), i);
    }
    folded.text = String::from_utf8(out).expect("skeletons of valid UTF-8 are valid UTF-8");
    folded.map = map;
}

/// The end of the run of white space starting at `start`, and how many line breaks it holds.
fn space_run(src: &str, start: usize) -> (usize, usize) {
    let mut breaks = 0;
    let mut scratch = String::new();
    let mut prev_cr = false;
    for (off, c) in src[start..].char_indices() {
        if push_skeleton(c, &mut scratch) != Class::Space {
            return (start + off, breaks);
        }
        match c {
            '\n' if prev_cr => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => breaks += 1,
            _ => {}
        }
        prev_cr = c == '\r';
    }
    (src.len(), breaks)
}

#[inline]
fn next_char(src: &str, i: usize) -> char {
    src[i..]
        .chars()
        .next()
        .expect("offset is on a character boundary")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(src: &str, skel: &str) -> Folded {
        let f = fold(src);
        assert_eq!(f.text, skel, "skeleton of {src:?}");
        f
    }

    #[test]
    fn ascii_is_lowered_byte_for_byte() {
        let f = check("Recep Tayyip ERDOGAN", "recep tayyip erdogan");
        assert!(f.map.is_identity());
    }

    #[test]
    fn diacritics_nfc_and_nfd_fold_alike() {
        let nfc = check("Erdoğan", "erdogan");
        let nfd = check("Erdog\u{306}an", "erdogan");
        assert_eq!(nfc.map.to_src(7), "Erdoğan".len());
        assert_eq!(nfd.map.to_src(7), "Erdog\u{306}an".len());
        // The combining breve belongs to the g.
        assert_eq!(nfd.map.to_src(5), "Erdog\u{306}".len());
    }

    #[test]
    fn turkish_i_forms_fold_to_one_letter() {
        check("İdlib Idlib ıdlib", "idlib idlib idlib");
    }

    #[test]
    fn typographic_apostrophes_and_dashes() {
        check(
            "Idlib’s cease‑fire — l’Idleb",
            "idlib's cease-fire - l'idleb",
        );
    }

    #[test]
    fn line_break_inside_a_name_is_a_space_but_a_blank_line_is_not() {
        let f = check("Khan\r\nSheikhoun", "khan sheikhoun");
        assert_eq!(f.map.to_src(5), 6);
        check("Khan\n\nSheikhoun", "khan\nsheikhoun");
        check("Khan\u{a0}Sheikhoun", "khan sheikhoun");
    }

    #[test]
    fn arabic_letter_variants_and_tashkeel() {
        check("إِدْلِب", "ادلب");
        check("سورية", "سوريه");
        check("موسى", "موسي");
    }

    #[test]
    fn expanding_characters_map_inside_to_their_start() {
        let f = fold("각x");
        for (k, _) in f.text.char_indices() {
            assert!(f.map.to_src(k) <= 3, "{k}");
        }
        assert_eq!(f.map.to_src(f.text.len()), 4);
        let f = fold("ßﬁ");
        for (k, _) in f.text.char_indices() {
            assert!("ßﬁ".is_char_boundary(f.map.to_src(k)), "{k}");
        }
    }

    #[test]
    fn cyrillic_keeps_its_letters() {
        check("Эрдогана Ёж", "эрдогана еж");
    }
}
