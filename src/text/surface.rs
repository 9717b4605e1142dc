//! The surface of a form: what two writings of one form share when case and diacritics still
//! count. `Erdoğan’ın` and `Erdog\u{306}an'ın` (NFD) have one surface; `Erdogan'ın` another.
//!
//! The matcher finds candidates on skeletons (see `skeleton`); the rules compare surfaces to tell
//! an exact use from a case error or a missing diacritic.

use unicode_normalization::UnicodeNormalization;

use super::skeleton::{is_apostrophe, is_dash};

/// NFC, one apostrophe, one hyphen, one space; invisible characters dropped.
pub fn surface(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfc() {
        let c = match c {
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => continue,
            _ if c.is_whitespace() => {
                space = true;
                continue;
            }
            _ if is_apostrophe(c) => '\'',
            _ if is_dash(c) => '-',
            _ => c,
        };
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// The surface of `s` without its diacritics, case kept: `São Paulo` → `Sao Paulo`,
/// `Chișinău` → `Chisinau`, `Łódź` → `Lodz`. Letters that carry their mark inside them (ø, ł,
/// ı, đ) become their plain letter; other letters stay as they are.
pub fn without_diacritics(s: &str) -> String {
    surface(s)
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'ø' => 'o',
            'Ø' => 'O',
            'ł' => 'l',
            'Ł' => 'L',
            'ı' => 'i',
            'đ' => 'd',
            'Đ' => 'D',
            _ => c,
        })
        .collect()
}

// Case mapping is knowledge of each language's: it lives in `lang`.
pub use crate::lang::{capitalize, lower, upper};

/// Whether every cased letter of `s` is upper case, and it has at least two letters: text in
/// capitals (headlines, datelines) is never a case error.
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2 && s.chars().any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfd_and_typographic_apostrophes_share_a_surface() {
        assert_eq!(surface("Erdog\u{306}an’ın"), surface("Erdoğan'ın"));
        assert_ne!(surface("Erdogan'ın"), surface("Erdoğan'ın"));
    }

    #[test]
    fn diacritics_go_and_case_stays() {
        assert_eq!(without_diacritics("São Paulo"), "Sao Paulo");
        assert_eq!(without_diacritics("Chis\u{326}ina\u{306}u"), "Chisinau");
        assert_eq!(without_diacritics("Łódź’s"), "Lodz's");
        assert_eq!(without_diacritics("Москва"), "Москва");
        assert_ne!(without_diacritics("Réunion"), "reunion");
        assert_eq!(surface("Khan\r\n  Sheikhoun"), "Khan Sheikhoun");
        assert_eq!(surface("cease\u{2011}fire"), "cease-fire");
    }

    #[test]
    fn turkish_case_rules() {
        assert_eq!(lower("tr", "IDLIB"), "ıdlıb");
        assert_eq!(lower("tr", "İDLİB"), "idlib");
        assert_eq!(lower("en", "IDLIB"), "idlib");
        assert_eq!(capitalize("tr", "idlib"), "İdlib");
        assert_eq!(capitalize("en", "idlib"), "Idlib");
        assert_eq!(upper("tr", "İdlib"), "İDLİB");
        assert_eq!(upper("tr", "Recep Tayyip Erdoğan"), "RECEP TAYYİP ERDOĞAN");
        assert_eq!(upper("tr", "Kırıkkale"), "KIRIKKALE");
        assert_eq!(upper("en", "Idlib"), "IDLIB");
    }

    #[test]
    fn capitals() {
        assert!(is_all_caps("IDLIB"));
        assert!(is_all_caps("U.S."));
        assert!(!is_all_caps("Idlib"));
        assert!(!is_all_caps("I"));
    }
}
