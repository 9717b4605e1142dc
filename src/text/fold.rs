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
    let mut map = std::mem::take(&mut folded.map);
    map.clear();
    let bytes = src.as_bytes();
    let mut scratch = String::new();
    let mut i = 0;
    while i < bytes.len() {
        // The common case: a run of ASCII characters other than white space, one byte in and
        // one byte out (lower-cased; a backtick becomes an apostrophe). No offset moves.
        let run = bytes[i..]
            .iter()
            .position(|&b| ASCII_OUT[usize::from(b)] == 0)
            .map_or(bytes.len(), |k| i + k);
        out.extend(bytes[i..run].iter().map(|&b| ASCII_OUT[usize::from(b)]));
        i = run;
        if i == bytes.len() {
            break;
        }
        let b = bytes[i];
        // One ASCII space or line break between two words: one space, no offset moves.
        if (b.is_ascii_whitespace() || b == 0x0B)
            && bytes
                .get(i + 1)
                .is_some_and(|&n| ASCII_OUT[usize::from(n)] != 0)
        {
            out.push(b' ');
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

/// The skeleton of each ASCII character that folds to one byte by itself (`push_skeleton`'s
/// ASCII cases other than white space), or 0: upper case lowered, a backtick an apostrophe,
/// anything else as it is.
static ASCII_OUT: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => 0,
            b'`' => b'\'',
            c => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    t[0] = 0; // NUL takes the general path, like any other control character it copies
    t
};

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

    /// The fold without its fast paths: every character through `push_skeleton`.
    fn fold_slowly(src: &str) -> Folded {
        let mut out = String::new();
        let mut map = OffsetMap::default();
        let mut i = 0;
        while i < src.len() {
            let c = next_char(src, i);
            let mut scratch = String::new();
            match push_skeleton(c, &mut scratch) {
                Class::Space => {
                    let (end, breaks) = space_run(src, i);
                    out.push(if breaks >= 2 { '\n' } else { ' ' });
                    i = end;
                }
                _ => {
                    let before = out.len();
                    out.push_str(&scratch);
                    if scratch.chars().nth(1).is_some() {
                        for (k, _) in scratch.char_indices() {
                            map.push(before + k, i);
                        }
                    }
                    i += c.len_utf8();
                }
            }
            map.push(out.len(), i);
        }
        Folded { text: out, map }
    }

    proptest::proptest! {
        #[test]
        fn fast_paths_fold_like_every_character_alone(
            src in "([ \t\r\n\u{b}\u{c}\u{0}`'a-zA-Z0-9.,\u{a0}\u{2009}\u{2019}ßİıÉé\u{301}ﬁ각—-]){0,40}"
        ) {
            let fast = fold(&src);
            let slow = fold_slowly(&src);
            proptest::prop_assert_eq!(&fast.text, &slow.text);
            for k in 0..=fast.text.len() {
                proptest::prop_assert_eq!(fast.map.to_src(k), slow.map.to_src(k), "offset {}", k);
            }
        }
    }

    #[test]
    fn cyrillic_keeps_its_letters() {
        check("Эрдогана Ёж", "эрдогана еж");
    }
}
