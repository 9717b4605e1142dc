//! Inflected forms of glossary terms, generated from per-language tables.
//!
//! The glossary lists base forms (nominative singular, no clitics); the matcher also looks for
//! the forms generated here, each remembered with the [`Inflection`] that made it, so that a
//! suggestion for an inflected use is inflected the same way (`Идлеба` → `Идлиба`,
//! `safe-zones` → `safe zones`, `وأوزباكستان` → `وأوزبكستان`).
//!
//! One file per language holds its data: tables of endings (Russian declensions, German noun
//! classes), suffixes with vowel harmony (Turkish), clitics (Arabic), plural rules (English,
//! French, Spanish), each row saying which words it applies to by their final letters. The code around
//! the tables only picks the row and glues strings; every choice a row makes is written in it.
//!
//! | lang | what is generated | forms per term |
//! |---|---|---|
//! | en | plurals of common terms (possessives need nothing: the apostrophe is a boundary) | 1-2 |
//! | ru | case and number of every declension; adjectives agreeing; head noun of a multiword term | ~5-12 |
//! | tr | case, plural and possessive suffixes of common terms (names take theirs after an apostrophe) | ~15-35 |
//! | ar | clitic prefixes on every term; the article and pronoun suffixes on common terms | ~10-65 |
//! | de | genitive -s of names; case and plural of common terms with their adjectives | ~1-20 |
//! | fr | plurals of common terms (elision needs nothing: the apostrophe is a boundary) | 1 |
//! | es | plurals of common terms | 1 |
//!
//! A term with `inflection = "none"` gets no generated form; a term's `forms` are added as they
//! are. Which terms are names and which are common terms: the term's `pos` (`proper-noun`,
//! `noun`, ...) if given, else the concept's kind (`person`, `place`, `organization` are names,
//! `term` is not), else its case rule (case-sensitive terms are names) — see [`Nature`].

pub(crate) mod ar;
pub(crate) mod de;
pub(crate) mod en;
pub(crate) mod es;
pub(crate) mod fr;
pub(crate) mod ru;
pub(crate) mod tr;

use crate::glossary::{CaseRule, InflectionSetting, Kind, Pos, Term};

/// How an inflected form was made from its base form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Inflection {
    /// The base form itself.
    Base,
    /// A cell of a language's paradigm (a case and number, a chain of suffixes, a clitic): the
    /// same cell of another term of that language is the same inflection.
    Cell(Cell),
    /// A form the glossary lists in `forms`: not generated, not reproducible on a suggestion.
    Listed,
}

/// A cell of the paradigm of one language; each language's file says what its indexes mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cell {
    pub lang: Lang,
    pub index: u16,
}

/// The languages the code knows: those with inflection tables have a file here.
pub use crate::lang::Known as Lang;

/// What the tables need to know of a term to inflect it.
#[derive(Clone, Copy, Debug)]
pub struct Lemma<'a> {
    pub lang: &'a str,
    /// The base form, as written (NFC).
    pub text: &'a str,
    pub case: CaseRule,
    /// The glossary's part of speech, if any.
    pub pos: Option<Pos>,
    /// The concept's kind, if any.
    pub kind: Option<Kind>,
    pub setting: InflectionSetting,
}

impl<'a> Lemma<'a> {
    /// The lemma of `term`, a term of a concept of `kind`.
    pub fn of(term: &'a Term, kind: Option<Kind>) -> Lemma<'a> {
        Lemma {
            lang: &term.lang,
            text: &term.text,
            case: term.case,
            pos: term.pos,
            kind,
            setting: term.inflection,
        }
    }

    /// The same lemma with another text (a forbidden term's `use`).
    pub fn with_text(self, text: &'a str) -> Lemma<'a> {
        Lemma {
            text,
            case: CaseRule::default_for(text),
            ..self
        }
    }

    /// Whether the term names one thing or is a common term.
    pub fn nature(&self) -> Nature {
        match self.pos {
            Some(Pos::ProperNoun) => return Nature::Name,
            Some(Pos::Noun | Pos::Phrase) => return Nature::Common,
            Some(Pos::Adjective) => return Nature::Adjective,
            Some(Pos::Verb | Pos::Adverb) => return Nature::Fixed,
            None => {}
        }
        match self.kind {
            Some(Kind::Person) => Nature::Person,
            Some(Kind::Place | Kind::Organization | Kind::Event | Kind::Work | Kind::Product) => {
                Nature::Name
            }
            Some(Kind::Term) => Nature::Common,
            _ if self.case == CaseRule::Sensitive => Nature::Name,
            _ => Nature::Common,
        }
    }
}

/// What kind of word a term is, for inflection: from `pos`, else the concept's kind, else the
/// case rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nature {
    /// A person's name (concept kind `person`): every word of it declines (Russian), and its
    /// gender can matter.
    Person,
    /// Another name: a place, an organization (`pos = "proper-noun"`, kinds `place`,
    /// `organization`, ..., or a case-sensitive term of a concept without a kind).
    Name,
    /// A common term (`pos = "noun"`, kind `term`, or a case-insensitive term).
    Common,
    /// An adjective (`pos = "adjective"`): it agrees with nouns of every gender and number.
    Adjective,
    /// A verb or adverb: no generated forms.
    Fixed,
}

impl Nature {
    /// Names of either kind.
    pub fn is_name(self) -> bool {
        matches!(self, Nature::Person | Nature::Name)
    }
}

/// The forms of `term` (a term of a concept of `kind`) to look for, with how each was made; the
/// base form first, no form twice.
pub fn forms(term: &Term, kind: Option<Kind>) -> Vec<(String, Inflection)> {
    let mut out = vec![(term.text.clone(), Inflection::Base)];
    let lemma = Lemma::of(term, kind);
    for (form, cell) in generated(&lemma) {
        if !out.iter().any(|(f, _)| *f == form) {
            out.push((form, Inflection::Cell(cell)));
        }
    }
    for f in &term.forms {
        if !out.iter().any(|(g, _)| g == f) {
            out.push((f.clone(), Inflection::Listed));
        }
    }
    out
}

/// Words derived from `term` that are not its forms but are evidence of it in a text (English
/// `reporting` for the noun `report`): for telling what a source segment is about, never for
/// reporting the term's absence. Only English has any.
pub fn derived(term: &Term, kind: Option<Kind>) -> Vec<String> {
    let lemma = Lemma::of(term, kind);
    match Lang::of(&term.lang) {
        Some(Lang::En) => en::derived(&lemma),
        _ => Vec::new(),
    }
}

/// The stem a one-word place name shares with the words derived from it, the adjective and the
/// name of its people: `испан` for `Испания` (`испанский`, `испанцами`), `griech` for
/// `Griechenland`, `indonési` for `Indonésie`, `méxic` for `México`, `إيطالي` for `إيطاليا`. `None`
/// for a name of several words, for English (whose derived words change more: `Spain`,
/// `Spanish`) and for a stem under three letters. A hyphen joins one name (`Нью-Йорк`:
/// `нью-йоркская`).
pub fn place_stem(lang: &str, name: &str) -> Option<String> {
    if name.contains([' ', '\'', '\u{2019}']) {
        return None;
    }
    let endings: &[&str] = match crate::lang::primary(lang) {
        "ru" => &["ия", "ья", "а", "я", "е", "и", "о", "у", "ы", "й", "ь"],
        "de" => &["enland", "land", "ien", "en", "a", "e", "o"],
        "fr" => &["ie", "e"],
        "es" => &["ia", "a", "o", "e"],
        "ar" => &["ا", "ة", "ى"],
        "en" => return None,
        _ => &[],
    };
    let lower = name.to_lowercase();
    let stem = endings
        .iter()
        .find_map(|e| lower.strip_suffix(e))
        .unwrap_or(&lower);
    (stem.chars().count() >= 3).then(|| stem.to_string())
}

/// The term `lemma` inflected the way `how` inflected another form; `None` when its table has
/// no form of its own in that cell (the base form is then the best guess).
pub fn reinflect(lemma: &Lemma, how: Inflection) -> Option<String> {
    match how {
        Inflection::Base => Some(lemma.text.to_string()),
        Inflection::Listed => None,
        Inflection::Cell(cell) => {
            if Lang::of(lemma.lang) != Some(cell.lang) {
                return None;
            }
            if lemma.setting == InflectionSetting::None {
                // An indeclinable word is the same in every cell.
                return Some(lemma.text.to_string());
            }
            // The first form of a cell is its usual one; variants follow it.
            generated(lemma)
                .into_iter()
                .find(|(_, c)| *c == cell)
                .map(|(f, _)| f)
        }
    }
}

/// Every generated form of `lemma` with its cell, the usual form of each cell before its
/// variants; may repeat forms and include the base form.
pub fn generated(lemma: &Lemma) -> Vec<(String, Cell)> {
    if lemma.setting == InflectionSetting::None || lemma.nature() == Nature::Fixed {
        return Vec::new();
    }
    let Some(lang) = Lang::of(lemma.lang) else {
        return Vec::new();
    };
    let mut out: Vec<(String, u16)> = Vec::new();
    match lang {
        Lang::En => en::generate(lemma, &mut out),
        Lang::Ru => ru::generate(lemma, &mut out),
        Lang::Tr => tr::generate(lemma, &mut out),
        Lang::Ar => ar::generate(lemma, &mut out),
        Lang::De => de::generate(lemma, &mut out),
        Lang::Fr => fr::generate(lemma, &mut out),
        Lang::Es => es::generate(lemma, &mut out),
        Lang::Az => {}
    }
    out.into_iter()
        .filter(|(f, _)| f != lemma.text)
        .map(|(f, index)| (f, Cell { lang, index }))
        .collect()
}

/// The name of a cell, for tests and debugging: `gen.sg`, `pl.loc`, `wa+al`.
pub fn cell_name(cell: Cell) -> String {
    match cell.lang {
        Lang::En => named_cell(en::CELLS, cell.index),
        Lang::Ru => ru::cell_name(cell.index),
        Lang::Tr => tr::cell_name(cell.index),
        Lang::Ar => ar::cell_name(cell.index),
        Lang::De => named_cell(de::CELLS, cell.index),
        Lang::Fr => named_cell(fr::CELLS, cell.index),
        Lang::Es => named_cell(es::CELLS, cell.index),
        // No table: no cell.
        Lang::Az => String::new(),
    }
}

/// The name of cell `index` of a language whose cells are a plain list of names.
fn named_cell(cells: &[&str], index: u16) -> String {
    cells
        .get(usize::from(index))
        .copied()
        .unwrap_or("?")
        .to_string()
}

// --- Helpers shared by the language tables -------------------------------------------------

/// Whether `word` (lower case) ends in `pattern`: letters, and `[...]` for any one of the
/// letters inside (`[кгх]а` matches `атака` and `доха`, not `зона`).
pub(crate) fn ends_with_pattern(word: &str, pattern: &str) -> bool {
    let mut classes: Vec<Vec<char>> = Vec::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '[' {
            classes.push(chars.by_ref().take_while(|&c| c != ']').collect());
        } else {
            classes.push(vec![c]);
        }
    }
    let mut w = word.chars().rev();
    classes
        .iter()
        .rev()
        .all(|class| w.next().is_some_and(|c| class.contains(&c)))
}

/// A multiword term with its head and the words after it up to a complement in the plural,
/// the way the Romance languages make it (`zone de sécurité` → `zones de sécurité`, `misil
/// balístico` → `misiles balísticos`): every word before the first one `starts_complement`
/// says starts one takes `plural_of`, but for hyphenated words and acronyms. `None` when no
/// word changes.
pub(crate) fn plural_up_to_a_complement(
    text: &str,
    starts_complement: impl Fn(&str) -> bool,
    plural_of: impl Fn(&str) -> String,
) -> Option<String> {
    let words: Vec<&str> = text.split(' ').collect();
    let end = (words.iter())
        .position(|w| starts_complement(&w.to_lowercase()))
        .unwrap_or(words.len());
    let mut changed = false;
    let plural: Vec<String> = (words.iter().enumerate())
        .map(|(i, w)| {
            if i >= end || w.is_empty() || w.contains('-') || is_acronym(w) {
                return w.to_string();
            }
            let p = plural_of(w);
            changed |= p != *w;
            p
        })
        .collect();
    changed.then(|| plural.join(" "))
}

/// `word` without its last `n` letters.
pub(crate) fn strip_chars(word: &str, n: usize) -> &str {
    let keep = word.chars().count().saturating_sub(n);
    let end = word.char_indices().nth(keep).map_or(word.len(), |(i, _)| i);
    &word[..end]
}

/// Whether `word` is written in capitals (an acronym: `ООН`, `YPG`), two letters at least.
pub(crate) fn is_acronym(word: &str) -> bool {
    crate::text::surface::is_all_caps(word)
}

/// Whether `word` starts with an upper-case letter.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The cartesian product of per-word choices, the first choice of every word first: the usual
/// form of a multiword term before its variants.
pub(crate) fn combinations(choices: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for options in choices {
        let mut next = Vec::with_capacity(out.len() * options.len());
        for prefix in &out {
            for o in options {
                let mut v = prefix.clone();
                v.push(o.clone());
                next.push(v);
            }
        }
        out = next;
    }
    // Stable sort by how many words take a variant: the usual form first.
    let variants = |v: &Vec<String>| {
        v.iter()
            .zip(choices)
            .filter(|(w, options)| Some(*w) != options.first())
            .count()
    };
    out.sort_by_key(variants);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Status;

    /// The generated forms of a term of a concept of `kind`, without the base form.
    pub(crate) fn forms_of(lang: &str, text: &str, kind: &str) -> Vec<String> {
        let term = Term::new(lang, text, Status::Preferred);
        forms(&term, Kind::parse(kind))
            .into_iter()
            .skip(1)
            .map(|(f, _)| f)
            .collect()
    }

    #[test]
    fn patterns_match_final_letters() {
        assert!(ends_with_pattern("атака", "[кгх]а"));
        assert!(!ends_with_pattern("зона", "[кгх]а"));
        assert!(ends_with_pattern("сирия", "ия"));
        assert!(!ends_with_pattern("я", "ия"));
        assert_eq!(strip_chars("Сирия", 2), "Сир");
    }

    #[test]
    fn a_term_that_does_not_inflect_has_only_its_base_and_listed_forms() {
        let term = Term {
            inflection: InflectionSetting::None,
            forms: vec!["Алеппо".into(), "Халеб".into()],
            ..Term::new("ru", "Алеппо", Status::Preferred)
        };
        let forms = forms(&term, Some(Kind::Place));
        assert_eq!(
            forms,
            [
                ("Алеппо".to_string(), Inflection::Base),
                ("Халеб".to_string(), Inflection::Listed)
            ]
        );
    }

    #[test]
    fn languages_without_tables_have_no_generated_forms() {
        assert!(forms_of("az", "təhlükəsiz zona", "term").is_empty());
        assert!(forms_of("xx", "zone", "term").is_empty());
    }

    #[test]
    fn reinflection_follows_the_cell_and_the_language() {
        let term = Term::new("ru", "Идлеб", Status::Forbidden);
        let forms = forms(&term, Some(Kind::Place));
        let (_, how) = forms.iter().find(|(f, _)| f == "Идлеба").unwrap();
        let target = Term::new("ru", "Идлиб", Status::Preferred);
        let lemma = Lemma::of(&target, Some(Kind::Place));
        assert_eq!(reinflect(&lemma, *how).as_deref(), Some("Идлиба"));
        let english = Term::new("en", "Idlib", Status::Preferred);
        assert_eq!(
            reinflect(&Lemma::of(&english, Some(Kind::Place)), *how),
            None
        );
    }

    #[test]
    fn nature_comes_from_pos_then_kind_then_case() {
        let mut term = Term::new("ru", "зона", Status::Preferred);
        assert_eq!(Lemma::of(&term, None).nature(), Nature::Common);
        assert_eq!(Lemma::of(&term, Some(Kind::Place)).nature(), Nature::Name);
        term.pos = Some(Pos::Adjective);
        assert_eq!(
            Lemma::of(&term, Some(Kind::Place)).nature(),
            Nature::Adjective
        );
        let name = Term::new("de", "Waffenruhe", Status::Preferred);
        assert_eq!(Lemma::of(&name, None).nature(), Nature::Name);
        assert_eq!(Lemma::of(&name, Some(Kind::Term)).nature(), Nature::Common);
    }
}
