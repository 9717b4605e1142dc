//! Arabic: clitics written as one word with the term.
//!
//! Every term takes the conjunctions and prepositions of [`PROCLITICS`] on its first word
//! (`سوريا` → `وسوريا`, `بسوريا`, `لسوريا`, `وبسوريا`); `ل` before the article drops the
//! article's alef (`الأمم المتحدة` → `للأمم المتحدة`, and `اللاجئين` → `للاجئين`).
//!
//! Common terms also take the article [`ARTICLE`] when none of their words has it: on every
//! word, since an adjective agrees with its noun (`منطقة آمنة` → `المنطقة الآمنة`); a term with
//! a definite word after the first is a construct (`وقف إطلاق النار`, `قوات المعارضة`,
//! `مخيم للاجئين`) and takes none. (An indefinite construct, `جريمة حرب`, would take it on its
//! last word only; that form is not generated: list it in `forms`.) A one-word common term takes the pronoun suffixes of [`PRONOUN_SUFFIXES`]
//! instead of the article (`هدنة` → `هدنته`, `هدنتها`, `وهدنتهم`), the taa marbuta becoming
//! taa (ة → ت). Broken plurals are lexical: list them in `forms`.
//!
//! Letter variants that editors treat as one (أ إ آ ا, ة ه, ى ي) and the vowel marks are
//! folded by the matcher's skeleton, not here.

use super::{Lemma, Nature};

/// Conjunctions and prepositions written attached to the next word, alone and combined.
pub const PROCLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"];
/// Transliterated names of [`PROCLITICS`], for cell names.
const PROCLITIC_NAMES: &[&str] = &[
    "wa", "fa", "bi", "li", "ka", "wa+bi", "wa+li", "wa+ka", "fa+bi", "fa+li",
];
/// The article.
pub const ARTICLE: &str = "ال";
/// Attached pronouns: his, her, their, their (two), your (plural), our, my.
pub const PRONOUN_SUFFIXES: &[&str] = &["ه", "ها", "هم", "هما", "كم", "نا", "ي"];
const SUFFIX_NAMES: &[&str] = &["hu", "ha", "hum", "huma", "kum", "na", "i"];
/// The proclitics written before a word with a pronoun suffix (the common ones only, to keep
/// the forms few).
pub const PROCLITICS_WITH_SUFFIX: &[&str] = &["", "و", "ب", "ل", "وب", "ول"];
/// Words that end a definite chain of agreeing words: prepositions written apart.
pub const PREPOSITIONS: &[&str] = &["في", "من", "على", "إلى", "عن", "مع"];

// Cells: proclitic (0 none, then 1 + index in PROCLITICS) × article (0, 1) × suffix (0 none,
// then 1 + index in PRONOUN_SUFFIXES): index = proclitic * 32 + article * 16 + suffix.
const PROCLITIC: u16 = 32;
const WITH_ARTICLE: u16 = 16;

pub(super) fn generate(lemma: &Lemma, out: &mut Vec<(String, u16)>) {
    let text = lemma.text;
    let words: Vec<&str> = text.split(' ').collect();
    if words.iter().any(|w| w.is_empty()) {
        return;
    }
    let common = matches!(lemma.nature(), Nature::Common | Nature::Adjective);
    let mut bases: Vec<(String, u16)> = vec![(text.to_string(), 0)];
    if common && !words.iter().any(|w| is_definite(w)) {
        let end = words
            .iter()
            .position(|w| PREPOSITIONS.contains(w))
            .unwrap_or(words.len());
        let definite: Vec<String> = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i < end {
                    format!("{ARTICLE}{w}")
                } else {
                    w.to_string()
                }
            })
            .collect();
        bases.push((definite.join(" "), WITH_ARTICLE));
    }
    for (base, cell) in &bases {
        if *cell != 0 {
            out.push((base.clone(), *cell));
        }
        for (p, clitic) in PROCLITICS.iter().enumerate() {
            out.push((attach(clitic, base), cell + (p as u16 + 1) * PROCLITIC));
        }
    }
    if common && words.len() == 1 && !is_definite(text) {
        let stem = before_suffix(text);
        for (s, suffix) in PRONOUN_SUFFIXES.iter().enumerate() {
            let word = format!("{stem}{suffix}");
            for clitic in PROCLITICS_WITH_SUFFIX {
                let p = PROCLITICS
                    .iter()
                    .position(|c| c == clitic)
                    .map_or(0, |i| i as u16 + 1);
                out.push((attach(clitic, &word), p * PROCLITIC + s as u16 + 1));
            }
        }
    }
}

pub(super) fn cell_name(index: u16) -> String {
    let mut parts = Vec::new();
    let p = usize::from(index / PROCLITIC);
    if p > 0 {
        parts.push(PROCLITIC_NAMES.get(p - 1).copied().unwrap_or("?"));
    }
    if index % PROCLITIC / WITH_ARTICLE == 1 {
        parts.push("al");
    }
    let s = usize::from(index % WITH_ARTICLE);
    if s > 0 {
        parts.push(SUFFIX_NAMES.get(s - 1).copied().unwrap_or("?"));
    }
    if parts.is_empty() {
        parts.push("base");
    }
    parts.join("+")
}

/// `clitic` written before `word`: `ل` + `ال…` drops the alef (`للأمم`), and the article's lam
/// too before a word that starts with lam (`ل` + `اللاجئين` → `للاجئين`).
/// Every prefix a word can take from [`PROCLITICS`] and the [`ARTICLE`], alone or together
/// (`و`, `ال`, `وال`, `لل`, `وبال`, ...), longest first: what to strip from a word of running
/// text to find the word a term or a stem starts.
pub(crate) fn prefixes() -> &'static [String] {
    static PREFIXES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    PREFIXES.get_or_init(|| {
        let mut out: Vec<String> = Vec::new();
        for clitic in std::iter::once("").chain(PROCLITICS.iter().copied()) {
            for article in ["", ARTICLE] {
                // `attach` contracts `ل` + `ال` to `لل`: joined to a word, the article's alef
                // goes; the `x` stands for that word and is cut off again.
                let joined = attach(clitic, &format!("{article}x"));
                let prefix = joined.trim_end_matches('x').to_string();
                if !prefix.is_empty() && !out.contains(&prefix) {
                    out.push(prefix);
                }
            }
        }
        out.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
        out
    })
}

pub fn attach(clitic: &str, word: &str) -> String {
    if clitic.ends_with('ل') {
        if let Some(rest) = word.strip_prefix("الل") {
            return format!("{clitic}ل{rest}");
        }
        if let Some(rest) = word.strip_prefix('ا').filter(|r| r.starts_with('ل')) {
            return format!("{clitic}{rest}");
        }
    }
    format!("{clitic}{word}")
}

/// Whether a word carries the article, alone or after `ل` (`للاجئين`).
fn is_definite(word: &str) -> bool {
    (word.starts_with(ARTICLE) || word.starts_with("لل")) && word.chars().count() > 3
}

/// The word as written before a pronoun suffix: taa marbuta becomes taa, alef maqsura alef.
fn before_suffix(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('ة') {
        format!("{stem}ت")
    } else if let Some(stem) = word.strip_suffix('ى') {
        format!("{stem}ا")
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::forms_of;
    use super::super::{cell_name, generated, Lemma};
    use super::*;
    use crate::glossary::{Status, Term};

    fn has(forms: &[String], want: &[&str]) {
        for w in want {
            assert!(forms.iter().any(|f| f == w), "{w} missing from {forms:?}");
        }
    }

    #[test]
    fn names_take_proclitics_only() {
        let f = forms_of("ar", "سوريا", "place");
        has(
            &f,
            &[
                "وسوريا",
                "فسوريا",
                "بسوريا",
                "لسوريا",
                "كسوريا",
                "وبسوريا",
                "ولسوريا",
            ],
        );
        assert!(!f.contains(&"السوريا".to_string()));
        assert_eq!(f.len(), PROCLITICS.len());
        let f = forms_of("ar", "الأمم المتحدة", "organization");
        has(
            &f,
            &[
                "للأمم المتحدة",
                "بالأمم المتحدة",
                "والأمم المتحدة",
                "وللأمم المتحدة",
            ],
        );
    }

    #[test]
    fn common_terms_take_the_article_and_pronouns() {
        let f = forms_of("ar", "هدنة", "term");
        has(
            &f,
            &[
                "الهدنة",
                "والهدنة",
                "بالهدنة",
                "للهدنة",
                "هدنته",
                "هدنتها",
                "هدنتهم",
                "وهدنتها",
                "بهدنته",
                "هدنتنا",
            ],
        );
        assert!(f.len() <= 70, "{}", f.len());
        let f = forms_of("ar", "منطقة آمنة", "term");
        has(
            &f,
            &[
                "المنطقة الآمنة",
                "والمنطقة الآمنة",
                "للمنطقة الآمنة",
                "بمنطقة آمنة",
            ],
        );
        let f = forms_of("ar", "وقف إطلاق النار", "term");
        has(&f, &["لوقف إطلاق النار", "ووقف إطلاق النار"]);
        assert!(!f.iter().any(|f| f.contains("الوقف")));
        let f = forms_of("ar", "مخيم للاجئين", "term");
        has(&f, &["بمخيم للاجئين", "ومخيم للاجئين"]);
        assert!(!f.iter().any(|f| f.contains("الل")));
    }

    #[test]
    fn lam_before_the_article() {
        assert_eq!(attach("ل", "الحرب"), "للحرب");
        assert_eq!(attach("ول", "الحرب"), "وللحرب");
        assert_eq!(attach("ل", "اللاجئين"), "للاجئين");
        assert_eq!(attach("ب", "الحرب"), "بالحرب");
        assert_eq!(attach("ل", "ادلب"), "لادلب");
    }

    #[test]
    fn cells_are_named() {
        let term = Term::new("ar", "هدنة", Status::Preferred);
        let names: Vec<(String, String)> =
            generated(&Lemma::of(&term, Some(crate::glossary::Kind::Term)))
                .into_iter()
                .map(|(f, c)| (cell_name(c), f))
                .collect();
        assert!(names.contains(&("wa+al".to_string(), "والهدنة".to_string())));
        assert!(names.contains(&("bi+hu".to_string(), "بهدنته".to_string())));
        assert!(names.contains(&("al".to_string(), "الهدنة".to_string())));
    }
}

#[cfg(test)]
mod prefix_tests {
    #[test]
    fn prefixes_are_the_clitics_and_the_article_longest_first() {
        let p = super::prefixes();
        for want in ["و", "ال", "وال", "لل", "ولل", "وبال", "كال"] {
            assert!(p.iter().any(|x| x == want), "{want} missing from {p:?}");
        }
        assert!(!p.iter().any(|x| x == "لال"), "ل + ال is written لل");
        let lens: Vec<usize> = p.iter().map(|x| x.chars().count()).collect();
        assert!(lens.windows(2).all(|w| w[0] >= w[1]), "{p:?}");
    }
}
