//! How alike a source name and a target span look across scripts: Cyrillic, Greek and Arabic
//! are written in Latin letters with a simple table, accents are dropped, and the two are
//! compared by normalised edit distance.
//!
//! The tables are deliberately rough: they only have to tell `Путин` (putin) from `заявил`
//! (zajavil) for `Putin`, not to romanise correctly. Arabic writes no short vowels, so Arabic
//! is compared on consonants only, with the source's consonants mapped the way Arabic writes
//! foreign names (p → b, v → f).

use unicode_normalization::UnicodeNormalization;

/// The similarity of a source form and a target form in 0..1 (1: the same letters once both
/// are in Latin script).
pub fn similarity(source: &str, target: &str) -> f64 {
    let arabic = target.chars().any(crate::text::script::is_arabic);
    let (a, b) = if arabic {
        (consonants(&latin(source)), consonants(&latin(target)))
    } else {
        (latin(source), latin(target))
    };
    edit_similarity(&a, &b)
}

/// `s` in lower-case Latin letters and digits: other scripts transliterated, accents and
/// everything but letters and digits dropped.
pub fn latin(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        if let Some(t) = table(c) {
            out.push_str(t);
            continue;
        }
        for d in c.nfd() {
            if d.is_ascii_alphanumeric() {
                out.push(d);
            }
        }
    }
    out
}

/// `s` in lower-case Latin letters ([`latin`]) word by word, the words separated by spaces.
pub fn latin_words(s: &str) -> String {
    let words: Vec<String> = (s.split(|c: char| !c.is_alphanumeric()))
        .map(latin)
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

/// `s` (lower-case Latin) with vowels and glides dropped and letters Arabic merges merged.
fn consonants(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h' | '\'' => None,
            'p' => Some('b'),
            'v' => Some('f'),
            'c' | 'q' => Some('k'),
            'z' => Some('s'),
            c => Some(c),
        })
        .collect()
}

/// 1 - the edit distance of `a` and `b` over the length of the longer (1 for two empty).
pub fn edit_similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    1.0 - row[b.len()] as f64 / longer as f64
}

/// The Latin letters of one lower-case Cyrillic, Greek or Arabic letter (and of the Latin
/// letters that do not decompose to ASCII).
fn table(c: char) -> Option<&'static str> {
    Some(match c {
        // Cyrillic (Russian, with the Ukrainian and Serbian extras the news writes).
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'э' | 'є' => "e",
        'ё' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' => "i",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        'ђ' | 'џ' => "dj",
        'ј' => "j",
        // Greek.
        'α' | 'ά' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' | 'έ' => "e",
        'ζ' => "z",
        'η' | 'ή' => "i",
        'θ' => "th",
        'ι' | 'ί' | 'ϊ' | 'ΐ' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' | 'ό' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' | 'ς' => "s",
        'τ' => "t",
        'υ' | 'ύ' | 'ϋ' | 'ΰ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' | 'ώ' => "o",
        // Arabic: consonants; alif, waw and ya as the long vowels they usually write.
        'ا' | 'أ' | 'إ' | 'آ' | 'ى' => "a",
        'ء' | 'ؤ' | 'ئ' | 'ع' => "'",
        'ب' => "b",
        'ت' | 'ط' => "t",
        'ة' => "a",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' | 'ض' => "d",
        'ذ' | 'ظ' => "z",
        'ر' => "r",
        'ز' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'غ' => "g",
        'ف' => "f",
        'ق' | 'ك' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'و' => "u",
        'ي' => "i",
        // Latin letters without an ASCII decomposition.
        'ı' => "i",
        'ß' => "ss",
        'ø' => "o",
        'æ' => "ae",
        'œ' => "oe",
        'đ' => "d",
        'ł' => "l",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_other_scripts_look_like_their_source() {
        assert!(similarity("Putin", "Путин") > 0.99);
        assert!(similarity("Erdogan", "Erdoğan") > 0.99);
        assert!(similarity("Putin", "بوتين") > 0.99);
        assert!(similarity("Erdogan", "أردوغان") > 0.7);
        assert!(similarity("Athens", "Αθήνα") > 0.5);
        assert!(similarity("Putin", "заявил") < 0.3);
    }

    #[test]
    fn edit_similarity_is_one_minus_the_distance_over_the_longer() {
        assert_eq!(edit_similarity("", ""), 1.0);
        assert_eq!(edit_similarity("abcd", "abed"), 0.75);
        assert_eq!(edit_similarity("abc", ""), 0.0);
    }
}
