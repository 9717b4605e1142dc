//! Turkish: suffixes with vowel harmony and buffer consonants.
//!
//! **Common terms** take their suffixes without an apostrophe, on the last word: plural `-lAr`,
//! third-person possessive `-(s)I`, and the cases of [`CASES`] (`ateşkes` → `ateşkesin`,
//! `ateşkese`, `ateşkeste`, `ateşkesten`; `bölge` → `bölgeler`, `bölgelere`, `bölgesi`,
//! `bölgenin`). A compound whose last word already carries the possessive (`hava saldırısı`,
//! `dışişleri bakanı`) takes the cases of [`CASES_AFTER_POSSESSIVE`], with the pronominal n
//! (`hava saldırısına`, `hava saldırılarında`). A last word in a vowel and `-sI` is such a
//! possessive; a last word in a consonant and `-I` may be one (`kara harekâtı`) or not
//! (`kimyasal saldırı`): the forms of both readings are generated.
//!
//! **Names** take their suffixes after an apostrophe (`Erdoğan'ın`, `İdlib'deki`), which is a
//! word boundary for the matcher: they need no generated form. [`suffix_cell`] and
//! [`suffix_for`] read and write such a suffix, for suggestions that replace a name whose last
//! vowel differs (`Nur-Sultan'da` → `Astana'da`).
//!
//! **Suffix notation** (as in Turkish grammars): `A` is `a` or `e` and `I` is `ı`, `i`, `u` or
//! `ü` by the last vowel before it (back or front, unrounded or rounded); `D` is `t` after a
//! voiceless consonant (f s t k ç ş h p), else `d`; a letter in parentheses is a buffer
//! consonant, written only after a vowel (`(y)A`: `bölgeye`, `ateşkese`). Consonant softening
//! (`kitap` → `kitabı`) is lexical and not generated: list such forms in `forms`.

use super::{Lemma, Nature};
use crate::text::surface::lower;

/// The cases, in the order of their cells: accusative, dative, locative, ablative, genitive,
/// instrumental ("with"), and the locative with -ki ("the one in").
pub const CASES: &[(&str, &str)] = &[
    ("acc", "(y)I"),
    ("dat", "(y)A"),
    ("loc", "DA"),
    ("abl", "DAn"),
    ("gen", "(n)In"),
    ("ins", "(y)lA"),
    ("loc.ki", "DAki"),
];

/// The cases after a third-person possessive, with the pronominal n (`bölgesinde`).
pub const CASES_AFTER_POSSESSIVE: &[(&str, &str)] = &[
    ("acc", "nI"),
    ("dat", "nA"),
    ("loc", "nDA"),
    ("abl", "nDAn"),
    ("gen", "nIn"),
    ("ins", "(y)lA"),
    ("loc.ki", "nDAki"),
];

/// The plural.
pub const PLURAL: &str = "lAr";
/// The third-person possessive (`bölgesi`, `ateşkesi`, `bölgeleri`).
pub const POSSESSIVE: &str = "(s)I";

/// Back and front vowels, unrounded and rounded, with the circumflexed vowels of loanwords.
const BACK: &str = "aıouâû";
const FRONT: &str = "eiöüî";
const ROUNDED: &str = "ouöüû";
const VOICELESS: &str = "fstkçşhp";

// Cells: number (sg 0, pl 1) × possessive (none 0, 3rd person 1) × case (nominative 0, then
// CASES): index = number * 16 + possessive * 8 + case.
const NUMBER: u16 = 16;
const POSS: u16 = 8;

pub(super) fn generate(lemma: &Lemma, out: &mut Vec<(String, u16)>) {
    if lemma.nature() != Nature::Common {
        return; // names take their suffixes after an apostrophe
    }
    let text = lemma.text;
    let split = text.rfind(' ').map_or(0, |i| i + 1);
    let (head, last) = text.split_at(split);
    let multiword = split > 0;
    if last.chars().count() < 2
        || super::is_acronym(last)
        || super::is_capitalized(last)
        || last.contains(['\'', '’'])
    {
        return;
    }
    let low = lower("tr", last);
    let mut push = |word: String, cell: u16| out.push((format!("{head}{word}"), cell));
    let plural_word = ends_in_any(&low, &["lar", "ler"]);
    let possessive_plural = multiword && ends_in_any(&low, &["ları", "leri"]);
    let vowel_s_i = multiword && ends_with_vowel_s_i(&low);
    let consonant_i = multiword && !vowel_s_i && ends_with_consonant_i(&low);
    if possessive_plural {
        // barış görüşmeleri: already plural and possessive.
        compound_cases(last, NUMBER, &mut push);
        return;
    }
    if vowel_s_i || consonant_i {
        // hava saldırısı, kara harekâtı: the possessive of a compound.
        compound_cases(last, 0, &mut push);
        let stem = strip_last_letters(last, if vowel_s_i { 2 } else { 1 });
        let plural = realize(&realize(stem, PLURAL), "I");
        push(plural.clone(), NUMBER);
        compound_cases(&plural, NUMBER, &mut push);
        if vowel_s_i {
            return;
        }
    }
    if plural_word {
        // yaptırımlar: a plural noun takes cases and the possessive, not another plural.
        plain_cases(last, NUMBER, &mut push);
        return;
    }
    plain_cases(last, 0, &mut push);
    let plural = realize(last, PLURAL);
    push(plural.clone(), NUMBER);
    plain_cases(&plural, NUMBER, &mut push);
}

/// The possessive and the cases of a noun without one: `word` (cells `number + ...`).
fn plain_cases(word: &str, number: u16, push: &mut impl FnMut(String, u16)) {
    for (i, (_, suffix)) in CASES.iter().enumerate() {
        push(realize(word, suffix), number + 1 + i as u16);
    }
    let possessive = realize(word, POSSESSIVE);
    push(possessive.clone(), number + POSS);
    for (i, (_, suffix)) in CASES_AFTER_POSSESSIVE.iter().enumerate() {
        push(realize(&possessive, suffix), number + POSS + 1 + i as u16);
    }
}

/// The cases of a word that ends in the possessive (cells `number + case`: relative to the
/// compound, whose base already has it).
fn compound_cases(word: &str, number: u16, push: &mut impl FnMut(String, u16)) {
    for (i, (_, suffix)) in CASES_AFTER_POSSESSIVE.iter().enumerate() {
        push(realize(word, suffix), number + 1 + i as u16);
    }
}

pub(super) fn cell_name(index: u16) -> String {
    let mut parts = Vec::new();
    if index / NUMBER == 1 {
        parts.push("pl");
    }
    if index % NUMBER / POSS == 1 {
        parts.push("poss");
    }
    let case = usize::from(index % POSS);
    parts.push(match case {
        0 => "nom",
        c => CASES.get(c - 1).map_or("?", |(n, _)| n),
    });
    parts.join(".")
}

/// `word` followed by the suffix `template` (see the module doc), harmonized with `word`.
pub fn realize(word: &str, template: &str) -> String {
    let mut out = word.to_string();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        let low = lower("tr", &out);
        let last = low.chars().next_back();
        let after_vowel = last.is_some_and(is_vowel);
        match c {
            '(' => {
                let buffer: String = chars.by_ref().take_while(|&c| c != ')').collect();
                if after_vowel {
                    out.push_str(&buffer);
                }
            }
            'A' => out.push(if is_front(&low) { 'e' } else { 'a' }),
            'I' => out.push(match (is_front(&low), is_rounded(&low)) {
                (false, false) => 'ı',
                (true, false) => 'i',
                (false, true) => 'u',
                (true, true) => 'ü',
            }),
            'D' => out.push(if last.is_some_and(|l| VOICELESS.contains(l)) {
                't'
            } else {
                'd'
            }),
            _ => out.push(c),
        }
    }
    out
}

/// Every suffix chain a name can take after an apostrophe, realized on `name`: (suffix,
/// cell). A name's suffixes are those of a plain noun.
pub fn name_suffixes(name: &str) -> Vec<(String, u16)> {
    let mut out = Vec::new();
    let mut push = |word: String, cell: u16| {
        if let Some(suffix) = word.strip_prefix(name) {
            out.push((suffix.to_string(), cell));
        }
    };
    plain_cases(name, 0, &mut push);
    let plural = realize(name, PLURAL);
    push(plural.clone(), NUMBER);
    plain_cases(&plural, NUMBER, &mut push);
    out
}

/// The cell of `suffix` (the letters after the apostrophe) on `name`, if it is a suffix chain
/// the name takes with the right harmony and buffer: `Erdoğan` + `ın` is the genitive,
/// `Erdoğan` + `in` is nothing.
pub fn suffix_cell(name: &str, suffix: &str) -> Option<u16> {
    let suffix = lower("tr", suffix);
    name_suffixes(name)
        .into_iter()
        .find(|(s, _)| *s == suffix)
        .map(|(_, c)| c)
}

/// The suffix of cell `cell` on `name`: `ın` of `Nur-Sultan'ın` is `nın` on `Astana`.
pub fn suffix_for(name: &str, cell: u16) -> Option<String> {
    name_suffixes(name)
        .into_iter()
        .find(|(_, c)| *c == cell)
        .map(|(s, _)| s)
}

fn is_vowel(c: char) -> bool {
    BACK.contains(c) || FRONT.contains(c)
}

fn last_vowel(low: &str) -> Option<char> {
    low.chars().rev().find(|&c| is_vowel(c))
}

fn is_front(low: &str) -> bool {
    last_vowel(low).is_some_and(|v| FRONT.contains(v))
}

fn is_rounded(low: &str) -> bool {
    last_vowel(low).is_some_and(|v| ROUNDED.contains(v))
}

fn ends_in_any(low: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| low.ends_with(e))
}

/// `…(vowel)sI`: bombası, bölgesi, Ordusu.
fn ends_with_vowel_s_i(low: &str) -> bool {
    let mut it = low.chars().rev();
    matches!((it.next(), it.next(), it.next()), (Some(i), Some('s'), Some(v)) if "ıiuü".contains(i) && is_vowel(v))
}

/// `…(consonant)I`: harekâtı, bakanı, saldırı.
fn ends_with_consonant_i(low: &str) -> bool {
    let mut it = low.chars().rev();
    matches!((it.next(), it.next()), (Some(i), Some(c)) if "ıiuü".contains(i) && !is_vowel(c))
}

fn strip_last_letters(word: &str, n: usize) -> &str {
    super::strip_chars(word, n)
}

#[cfg(test)]
mod tests {
    use super::super::tests::forms_of;
    use super::*;

    fn has(forms: &[String], want: &[&str]) {
        for w in want {
            assert!(forms.iter().any(|f| f == w), "{w} missing from {forms:?}");
        }
    }

    #[test]
    fn harmony_and_buffers() {
        assert_eq!(realize("ateşkes", "(n)In"), "ateşkesin");
        assert_eq!(realize("ateşkes", "(y)A"), "ateşkese");
        assert_eq!(realize("ateşkes", "DA"), "ateşkeste");
        assert_eq!(realize("ateşkes", "DAn"), "ateşkesten");
        assert_eq!(realize("ateşkes", "(s)I"), "ateşkesi");
        assert_eq!(realize("bölge", "(y)A"), "bölgeye");
        assert_eq!(realize("bölge", "(n)In"), "bölgenin");
        assert_eq!(realize("bölge", "(s)I"), "bölgesi");
        assert_eq!(realize("Erdoğan", "(n)In"), "Erdoğanın");
        assert_eq!(realize("İdlib", "DAki"), "İdlibdeki");
        assert_eq!(realize("Halep", "DA"), "Halepte");
        assert_eq!(realize("Astana", "(y)A"), "Astanaya");
        assert_eq!(realize("Suriye", "(n)In"), "Suriyenin");
        assert_eq!(realize("Türkiye", "(n)In"), "Türkiyenin");
        assert_eq!(realize("kamp", "(y)I"), "kampı");
        assert_eq!(realize("göz", "(y)I"), "gözü");
        assert_eq!(realize("harekât", "(y)I"), "harekâtı");
    }

    #[test]
    fn common_nouns_take_suffixes_without_an_apostrophe() {
        let f = forms_of("tr", "ateşkes", "term");
        has(
            &f,
            &[
                "ateşkesin",
                "ateşkese",
                "ateşkeste",
                "ateşkesten",
                "ateşkesi",
                "ateşkesler",
                "ateşkesle",
            ],
        );
        let f = forms_of("tr", "bölge", "term");
        has(
            &f,
            &[
                "bölgeler",
                "bölgelere",
                "bölgede",
                "bölgesi",
                "bölgenin",
                "bölgeleri",
                "bölgesinde",
                "bölgelerindeki",
            ],
        );
        let f = forms_of("tr", "güvenli bölge", "term");
        has(
            &f,
            &["güvenli bölgeler", "güvenli bölgelerin", "güvenli bölgede"],
        );
        assert!(f.len() <= 40, "{}", f.len());
    }

    #[test]
    fn compounds_with_the_possessive() {
        let f = forms_of("tr", "hava saldırısı", "term");
        has(
            &f,
            &[
                "hava saldırısına",
                "hava saldırısında",
                "hava saldırısının",
                "hava saldırıları",
                "hava saldırılarında",
                "hava saldırısıyla",
            ],
        );
        assert!(!f.contains(&"hava saldırısıya".to_string()));
        let f = forms_of("tr", "dışişleri bakanı", "term");
        has(
            &f,
            &[
                "dışişleri bakanının",
                "dışişleri bakanları",
                "dışişleri bakanına",
            ],
        );
        let f = forms_of("tr", "kimyasal saldırı", "term");
        has(
            &f,
            &[
                "kimyasal saldırıya",
                "kimyasal saldırılar",
                "kimyasal saldırının",
            ],
        );
        let f = forms_of("tr", "barış görüşmeleri", "term");
        has(&f, &["barış görüşmelerine", "barış görüşmelerinde"]);
        let f = forms_of("tr", "yaptırımlar", "term");
        has(
            &f,
            &[
                "yaptırımlara",
                "yaptırımları",
                "yaptırımların",
                "yaptırımlarla",
            ],
        );
        assert!(!f.iter().any(|f| f.contains("larlar")));
    }

    #[test]
    fn names_get_no_generated_forms() {
        assert!(forms_of("tr", "Erdoğan", "person").is_empty());
        assert!(forms_of("tr", "İdlib", "place").is_empty());
        assert!(forms_of("tr", "EYP", "term").is_empty());
    }

    #[test]
    fn suffixes_after_an_apostrophe_are_read_and_rewritten() {
        let gen = suffix_cell("Erdoğan", "ın").unwrap();
        assert_eq!(cell_name(gen), "gen");
        assert_eq!(suffix_cell("Erdoğan", "in"), None);
        assert_eq!(
            suffix_cell("İdlib", "deki").map(cell_name).as_deref(),
            Some("loc.ki")
        );
        assert_eq!(
            suffix_cell("Halep", "te").map(cell_name).as_deref(),
            Some("loc")
        );
        assert_eq!(
            suffix_cell("Astana", "ya").map(cell_name).as_deref(),
            Some("dat")
        );
        assert_eq!(
            suffix_cell("Suriye", "nin").map(cell_name).as_deref(),
            Some("gen")
        );
        let loc = suffix_cell("Nur-Sultan", "da").unwrap();
        assert_eq!(suffix_for("Astana", loc).as_deref(), Some("da"));
        let gen = suffix_cell("Nur-Sultan", "ın").unwrap();
        assert_eq!(suffix_for("Astana", gen).as_deref(), Some("nın"));
        assert_eq!(suffix_for("Kiev", gen).as_deref(), Some("in"));
    }
}
