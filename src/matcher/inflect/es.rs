//! Spanish: plurals of common terms.
//!
//! The head noun and the adjectives after it take the plural, up to the first preposition or
//! article (`misil balístico` → `misiles balísticos`, `zona de seguridad` → `zonas de
//! seguridad`, `alto el fuego` → `altos el fuego`). A hyphenated compound is left as it is.
//! Names take no plural.
//!
//! The rules are the Real Academia's for regular words: a word ending in an unstressed vowel or
//! in `á`, `é`, `ó` takes `-s`; in a consonant, `-es` (`z` becomes `c`: `luz` → `luces`); one
//! ending in `s` or `x` after an unstressed vowel (`crisis`, `tórax`) does not change. A stressed
//! last syllable written with an accent before `n` or `s` loses the accent with `-es`
//! (`misión` → `misiones`, `alemán` → `alemanes`, `francés` → `franceses`).

use super::{Lemma, Nature};

pub(super) const CELLS: &[&str] = &["pl"];

/// Words that start a complement: nothing from them on takes the plural.
const PREPOSITIONS: &[&str] = &[
    "de", "del", "a", "al", "en", "para", "por", "sobre", "contra", "con", "sin", "entre", "el",
    "la", "los", "las", "y", "e", "o", "u",
];

pub(super) fn generate(lemma: &Lemma, out: &mut Vec<(String, u16)>) {
    if lemma.nature() != Nature::Common {
        return;
    }
    let starts_complement = |w: &str| PREPOSITIONS.contains(&w);
    if let Some(plural) = super::plural_up_to_a_complement(lemma.text, starts_complement, plural_of)
    {
        out.push((plural, 0));
    }
}

fn plural_of(word: &str) -> String {
    let Some(last) = word.chars().next_back() else {
        return word.to_string();
    };
    let lower = last.to_lowercase().next().unwrap_or(last);
    match lower {
        'a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'é' | 'ó' => format!("{word}s"),
        'í' | 'ú' => format!("{word}es"),
        'z' => format!("{}ces", super::strip_chars(word, 1)),
        's' | 'x' if !stressed_last(word) => word.to_string(),
        c if c.is_alphabetic() => format!("{}es", unaccented_last_syllable(word)),
        _ => word.to_string(),
    }
}

/// Whether the last syllable carries a written accent (`francés`, `autobús`): such a word in
/// `s` takes `-es`; one without (`crisis`, `lunes`) does not change.
fn stressed_last(word: &str) -> bool {
    word.chars()
        .rev()
        .skip(1)
        .find(|c| "aeiouáéíóú".contains(*c))
        .is_some_and(|c| "áéíóú".contains(c))
}

/// `word` with the accent of its last vowel taken off when it is followed by `n` or `s` only
/// (`misión` → `mision`, for `misiones`).
fn unaccented_last_syllable(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n >= 2 && matches!(chars[n - 1], 'n' | 's') {
        let plain = match chars[n - 2] {
            'á' => Some('a'),
            'é' => Some('e'),
            'í' => Some('i'),
            'ó' => Some('o'),
            'ú' => Some('u'),
            _ => None,
        };
        if let Some(p) = plain {
            chars[n - 2] = p;
        }
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::forms_of;

    #[test]
    fn plurals_of_common_terms() {
        assert_eq!(
            forms_of("es", "misil balístico", "term"),
            ["misiles balísticos"]
        );
        assert_eq!(
            forms_of("es", "zona de seguridad", "term"),
            ["zonas de seguridad"]
        );
        assert_eq!(forms_of("es", "ataque aéreo", "term"), ["ataques aéreos"]);
        assert_eq!(forms_of("es", "misión", "term"), ["misiones"]);
        assert_eq!(forms_of("es", "luz", "term"), ["luces"]);
        assert_eq!(forms_of("es", "iraní", "term"), ["iraníes"]);
        assert_eq!(forms_of("es", "autobús", "term"), ["autobuses"]);
        assert_eq!(
            forms_of("es", "enviado especial", "term"),
            ["enviados especiales"]
        );
    }

    #[test]
    fn invariable_terms_and_names() {
        assert!(forms_of("es", "crisis", "term").is_empty());
        assert!(forms_of("es", "alto el fuego", "term") == ["altos el fuego"]);
        assert!(forms_of("es", "Idlib", "place").is_empty());
        assert!(forms_of("es", "alto-el-fuego", "term").is_empty());
    }
}
