//! Russian: case and number of nouns of every declension, adjectives agreeing with their noun,
//! and the head noun of a multiword term.
//!
//! **Which row a word takes** is decided by its final letters, the first row of a table that
//! matches winning: [`NOUNS`] for a singular noun, [`PLURAL_NOUNS`] for a noun the term gives in
//! the plural (`санкции`, `силы`), [`ADJECTIVES`] for an adjective (`Российская`,
//! `Средиземное`), [`SURNAMES`] for the last word of a person's name (`Путин` → `Путиным`,
//! `Захарова` → `Захаровой`). Gender is read from the ending wherever Russian shows it; the one
//! place it does not, a final soft sign, takes [`FEMININE_SOFT_SIGN`] (`Беларусь`, `помощь`),
//! every other `-ь` noun being masculine (`Израиль`, `Кремль`).
//!
//! **Words that stay as they are** ([`is_indeclinable`]): capitalised words ending in a vowel
//! other than `-а`/`-я` (`Сочи`, `Алеппо`, `Баку`, `Порошенко`) or in a vowel and `-а`
//! (`Дараа`), acronyms (`ООН`), words in Latin letters or digits (`II`), name particles
//! ([`PARTICLES`]: `де`, `аль`, `бен`, `Абу`), prepositions ([`PREPOSITIONS`]) and the words
//! after them, and words already in an oblique case (`повстанцами`, `иностранных`).
//!
//! **Which words of a multiword term inflect**: adjectives agree with the head noun, which is
//! the first noun not followed by an adjective (`внутренне перемещенные лица`: `лица`); every
//! word after the head stays (`зона безопасности` → `зоны безопасности`, `Совет Безопасности
//! ООН` → `Совета Безопасности ООН`). In a hyphenated word only the last part inflects
//! (`Хан-Шейхун` → `Хан-Шейхуне`, `пресс-конференция` → `пресс-конференции`). In a person's
//! name every word inflects (`Реджеп Тайип Эрдоган` → `Реджепа Тайипа Эрдогана`), except
//! particles and indeclinable words; a woman's name (one whose last word is a feminine surname,
//! or whose first name ends in `-а`/`-я` and whose last word ends in a consonant) keeps its
//! consonant-final words (`Ангела Меркель` → `Ангелы Меркель`).
//!
//! **Number**: names take the singular cells only; common terms also the plural. A term given
//! in the plural (`санкции`, `Сирийские демократические силы`) takes the plural cells only.
//!
//! Where the stress decides and the spelling does not show it (`Шольцем`/`отцом`), or the
//! gender of a plural does not (`сил`/`переговоров`), both forms are accepted, the usual one
//! first. A fleeting vowel (`Египет` → `Египта`) is not guessed: such a name is listed with
//! `inflection = "none"` and its `forms`.

use super::{combinations, ends_with_pattern, is_acronym, is_capitalized, Lemma, Nature};

/// The cells: the case and number of the head noun. Accusative and nominative plural forms
/// that equal another cell's are not repeated (a masculine accusative is the nominative or,
/// animate, the genitive). Cells from [`ADJECTIVE_GENDER_CELLS`] on are the other genders of
/// an adjective term (`контролируемый` → `контролируемая`, `контролируемой`, ...).
pub const CELLS: &[&str] = &[
    "gen.sg", "dat.sg", "acc.sg", "ins.sg", "prep.sg", "nom.pl", "gen.pl", "dat.pl", "ins.pl",
    "prep.pl",
];

const SG: std::ops::Range<usize> = 0..5;
const GEN: usize = 0;
const ACC: usize = 2;
const PL: std::ops::Range<usize> = 5..10;
/// The first of the cells `<gender>.<case>` of an adjective term: masculine, feminine and
/// neuter, each in the six cases from the nominative.
pub const ADJECTIVE_GENDER_CELLS: u16 = 10;
const GENDER_CASES: &[&str] = &["nom", "gen", "dat", "acc", "ins", "prep"];
const GENDERS: &[&str] = &["m", "f", "n"];

/// No form of its own in this cell.
const NO: &[&str] = &[];

/// One row of a declension table: a word ending in one of `ends` (patterns: letters, `[...]`
/// for one of several) drops its last `strip` letters and takes, per cell of [`CELLS`], the
/// first ending listed (the others are variants also accepted). `""` is a zero ending.
pub struct Declension {
    /// What the row is for, with example words: data for people and the tests, which check
    /// that every example fits the row.
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: &'static str,
    pub ends: &'static [&'static str],
    pub strip: usize,
    /// Singular gen, dat, acc, ins, prep (first line of each row); plural nom, gen, dat, ins,
    /// prep (second line).
    pub endings: [&'static [&'static str]; 10],
}

/// Singular nouns.
#[rustfmt::skip]
pub const NOUNS: &[Declension] = &[
    Declension {
        name: "neuter in -мя: время",
        ends: &["мя"],
        strip: 1,
        endings: [
            &["ени"], &["ени"], NO, &["енем"], &["ени"],
            &["ена"], NO, &["енам"], &["енами"], &["енах"],
        ],
    },
    Declension {
        name: "feminine in -ия: Сирия, Латакия, резолюция",
        ends: &["ия"],
        strip: 2,
        endings: [
            &["ии"], &["ии"], &["ию"], &["ией", "иею"], &["ии"],
            &["ии"], &["ий"], &["иям"], &["иями"], &["иях"],
        ],
    },
    Declension {
        name: "neuter in -ие: перемирие, прекращение, оружие",
        ends: &["ие"],
        strip: 2,
        endings: [
            &["ия"], &["ию"], NO, &["ием"], &["ии"],
            &["ия"], &["ий"], &["иям"], &["иями"], &["иях"],
        ],
    },
    Declension {
        name: "masculine in -ий: Дмитрий, Георгий",
        ends: &["ий"],
        strip: 2,
        endings: [
            &["ия"], &["ию"], NO, &["ием"], &["ии"],
            &["ии"], &["иев"], &["иям"], &["иями"], &["иях"],
        ],
    },
    Declension {
        name: "feminine in a vowel and -я: Корея, Гвинея",
        ends: &["[аеёоуэюя]я"],
        strip: 1,
        endings: [
            &["и"], &["е"], &["ю"], &["ей", "ею"], &["е"],
            &["и"], &["й"], &["ям"], &["ями"], &["ях"],
        ],
    },
    Declension {
        name: "feminine in -я: земля",
        ends: &["я"],
        strip: 1,
        endings: [
            &["и"], &["е"], &["ю"], &["ей", "ею"], &["е"],
            &["и"], NO, &["ям"], &["ями"], &["ях"],
        ],
    },
    Declension {
        name: "-а after к г х: атака, Доха, Ракка",
        ends: &["[кгх]а"],
        strip: 1,
        endings: [
            &["и"], &["е"], &["у"], &["ой", "ою"], &["е"],
            &["и"], &[""], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "-а after ж ш ч щ (unstressed -ей, stressed -ой): Саша",
        ends: &["[жшчщ]а"],
        strip: 1,
        endings: [
            &["и"], &["е"], &["у"], &["ей", "ой", "ею"], &["е"],
            &["и"], &[""], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "-а after ц: граница",
        ends: &["ца"],
        strip: 1,
        endings: [
            &["ы"], &["е"], &["у"], &["ей", "ой", "ею"], &["е"],
            &["ы"], &[""], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "-а: Астана, зона, Обама",
        ends: &["а"],
        strip: 1,
        endings: [
            &["ы"], &["е"], &["у"], &["ой", "ою"], &["е"],
            &["ы"], &[""], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "neuter in -ье: побережье",
        ends: &["ье"],
        strip: 1,
        endings: [
            &["я"], &["ю"], NO, &["ем"], &["е"],
            &["я"], &["ий"], &["ям"], &["ями"], &["ях"],
        ],
    },
    Declension {
        name: "neuter in -е after ж ш ч щ ц: жилище",
        ends: &["[жшчщц]е"],
        strip: 1,
        endings: [
            &["а"], &["у"], NO, &["ем"], &["е"],
            &["а"], &[""], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "neuter in -е: море",
        ends: &["е"],
        strip: 1,
        endings: [
            &["я"], &["ю"], NO, &["ем"], &["е"],
            &["я"], &["ей"], &["ям"], &["ями"], &["ях"],
        ],
    },
    Declension {
        name: "neuter in -о: государство, число",
        ends: &["о"],
        strip: 1,
        endings: [
            &["а"], &["у"], NO, &["ом"], &["е"],
            &["а"], &[""], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "feminine in -ь (see FEMININE_SOFT_SIGN): Беларусь, помощь",
        ends: FEMININE_SOFT_SIGN,
        strip: 1,
        endings: [
            &["и"], &["и"], NO, &["ью"], &["и"],
            &["и"], &["ей"], &["ям"], &["ями"], &["ях"],
        ],
    },
    Declension {
        name: "masculine in -ь: Израиль, Кремль, лагерь",
        ends: &["ь"],
        strip: 1,
        endings: [
            &["я"], &["ю"], NO, &["ем"], &["е"],
            &["и"], &["ей"], &["ям"], &["ями"], &["ях"],
        ],
    },
    Declension {
        name: "masculine in a vowel and -й: Хатай, Китай, Сергей",
        ends: &["[аеёоуыэюя]й"],
        strip: 1,
        endings: [
            &["я"], &["ю"], NO, &["ем"], &["е"],
            &["и"], &["ев"], &["ям"], &["ями"], &["ях"],
        ],
    },
    Declension {
        name: "masculine in к г х: Ирак, боевик",
        ends: &["[кгх]"],
        strip: 0,
        endings: [
            &["а"], &["у"], NO, &["ом"], &["е"],
            &["и"], &["ов"], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "masculine in ж ш ч щ (unstressed -ем, stressed -ом): Манбидж, Гутерриш",
        ends: &["[жшчщ]"],
        strip: 0,
        endings: [
            &["а"], &["у"], NO, &["ем", "ом"], &["е"],
            &["и"], &["ей"], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "masculine in ц (unstressed -ем, stressed -ом): Шольц, Мерц",
        ends: &["ц"],
        strip: 0,
        endings: [
            &["а"], &["у"], NO, &["ем", "ом"], &["е"],
            &["ы"], &["ев", "ов"], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "masculine in a hard consonant: Эрдоган, Идлиб, авиаудар",
        ends: &["[бвдзлмнпрстф]"],
        strip: 0,
        endings: [
            &["а"], &["у"], NO, &["ом"], &["е"],
            &["ы"], &["ов"], &["ам"], &["ами"], &["ах"],
        ],
    },
];

/// Soft-sign nouns that are feminine: after ж ш ч щ always; the abstract -ость/-есть/-знь;
/// and names that are.
pub const FEMININE_SOFT_SIGN: &[&str] = &[
    "[жшчщ]ь",
    "ость",
    "есть",
    "знь",
    "русь",
    "сибирь",
    "тверь",
    "пермь",
    "казань",
    "рязань",
    "астрахань",
    "тюмень",
    "обь",
];

/// Nouns the term gives in the plural: the nominative plural is the base; the genitive plural
/// of a hard stem is `-ов` (masculine: переговоров, Штатов) or zero (feminine: сил, высот), which
/// the plural does not tell apart: both are accepted.
#[rustfmt::skip]
pub const PLURAL_NOUNS: &[Declension] = &[
    Declension {
        name: "plural in -ии: санкции, территории",
        ends: &["ии"],
        strip: 1,
        endings: [
            NO, NO, NO, NO, NO,
            NO, &["й"], &["ям"], &["ями"], &["ях"],
        ],
    },
    Declension {
        name: "plural in -и after к г х: боевики, каски",
        ends: &["[кгх]и"],
        strip: 1,
        endings: [
            NO, NO, NO, NO, NO,
            NO, &["ов", ""], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "plural in -и after ж ш ч щ: врачи",
        ends: &["[жшчщ]и"],
        strip: 1,
        endings: [
            NO, NO, NO, NO, NO,
            NO, &["ей", ""], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "plural in -ы: силы, переговоры, Штаты",
        ends: &["ы"],
        strip: 1,
        endings: [
            NO, NO, NO, NO, NO,
            NO, &["ов", ""], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "plural in -и: сети",
        ends: &["и"],
        strip: 1,
        endings: [
            NO, NO, NO, NO, NO,
            NO, &["ей"], &["ям"], &["ями"], &["ях"],
        ],
    },
    Declension {
        name: "plural in -а: войска, лица",
        ends: &["а"],
        strip: 1,
        endings: [
            NO, NO, NO, NO, NO,
            NO, &[""], &["ам"], &["ами"], &["ах"],
        ],
    },
    Declension {
        name: "plural in -я: моря",
        ends: &["я"],
        strip: 1,
        endings: [
            NO, NO, NO, NO, NO,
            NO, &["ей"], &["ям"], &["ями"], &["ях"],
        ],
    },
];

/// Adjectives, by their own nominative ending (which shows their gender and number).
#[rustfmt::skip]
pub const ADJECTIVES: &[Declension] = &[
    Declension {
        name: "masculine -ий after к г х: Российский, Голанский",
        ends: &["[кгх]ий"],
        strip: 2,
        endings: [
            &["ого"], &["ому"], NO, &["им"], &["ом"],
            &["ие"], &["их"], &["им"], &["ими"], &["их"],
        ],
    },
    Declension {
        name: "masculine -ий after ж ш ч щ: хороший",
        ends: &["[жшчщ]ий"],
        strip: 2,
        endings: [
            &["его"], &["ему"], NO, &["им"], &["ем"],
            &["ие"], &["их"], &["им"], &["ими"], &["их"],
        ],
    },
    Declension {
        name: "masculine soft -ний: Ближний, средний",
        ends: &["ний"],
        strip: 2,
        endings: [
            &["его"], &["ему"], NO, &["им"], &["ем"],
            &["ие"], &["их"], &["им"], &["ими"], &["их"],
        ],
    },
    Declension {
        name: "masculine -ой after к г х ж ш ч щ: Донской, большой",
        ends: &["[кгхжшчщ]ой"],
        strip: 2,
        endings: [
            &["ого"], &["ому"], NO, &["им"], &["ом"],
            &["ие"], &["их"], &["им"], &["ими"], &["их"],
        ],
    },
    Declension {
        name: "masculine -ый, -ой: Западный, гуманитарный, Толстой",
        ends: &["ый", "ой"],
        strip: 2,
        endings: [
            &["ого"], &["ому"], NO, &["ым"], &["ом"],
            &["ые"], &["ых"], &["ым"], &["ыми"], &["ых"],
        ],
    },
    Declension {
        name: "feminine -ая after к г х: Шанхайская, химическая",
        ends: &["[кгх]ая"],
        strip: 2,
        endings: [
            &["ой"], &["ой"], &["ую"], &["ой", "ою"], &["ой"],
            &["ие"], &["их"], &["им"], &["ими"], &["их"],
        ],
    },
    Declension {
        name: "feminine -ая after ж ш ч щ (unstressed -ей, stressed -ой): хорошая",
        ends: &["[жшчщ]ая"],
        strip: 2,
        endings: [
            &["ей", "ой"], &["ей", "ой"], &["ую"], &["ей", "ой", "ею"], &["ей", "ой"],
            &["ие"], &["их"], &["им"], &["ими"], &["их"],
        ],
    },
    Declension {
        name: "feminine -ая: Свободная, буферная",
        ends: &["ая"],
        strip: 2,
        endings: [
            &["ой"], &["ой"], &["ую"], &["ой", "ою"], &["ой"],
            &["ые"], &["ых"], &["ым"], &["ыми"], &["ых"],
        ],
    },
    Declension {
        name: "feminine soft -яя: средняя",
        ends: &["яя"],
        strip: 2,
        endings: [
            &["ей"], &["ей"], &["юю"], &["ей", "ею"], &["ей"],
            &["ие"], &["их"], &["им"], &["ими"], &["их"],
        ],
    },
    Declension {
        name: "neuter -ое after к г х ж ш ч щ: Исламское, химическое",
        ends: &["[кгхжшчщ]ое"],
        strip: 2,
        endings: [
            &["ого"], &["ому"], NO, &["им"], &["ом"],
            &["ие"], &["их"], &["им"], &["ими"], &["их"],
        ],
    },
    Declension {
        name: "neuter -ое: Черное, воздушное",
        ends: &["ое"],
        strip: 2,
        endings: [
            &["ого"], &["ому"], NO, &["ым"], &["ом"],
            &["ые"], &["ых"], &["ым"], &["ыми"], &["ых"],
        ],
    },
    Declension {
        name: "neuter soft -ее: среднее, хорошее",
        ends: &["ее"],
        strip: 2,
        endings: [
            &["его"], &["ему"], NO, &["им"], &["ем"],
            &["ие"], &["их"], &["им"], &["ими"], &["их"],
        ],
    },
    Declension {
        name: "plural -ые: Соединенные, мирные",
        ends: &["ые"],
        strip: 2,
        endings: [
            NO, NO, NO, NO, NO,
            NO, &["ых"], &["ым"], &["ыми"], &["ых"],
        ],
    },
    Declension {
        name: "plural -ие: Голанские, Сирийские",
        ends: &["ие"],
        strip: 2,
        endings: [
            NO, NO, NO, NO, NO,
            NO, &["их"], &["им"], &["ими"], &["их"],
        ],
    },
];

/// The last word of a person's name with a Russian surname suffix: the instrumental of
/// `-ов`/`-ин` is `-ым` (`Путиным`, not the `Пекином` of a place), the feminine declines like
/// an adjective (`Захаровой`).
#[rustfmt::skip]
pub const SURNAMES: &[Declension] = &[
    Declension {
        name: "feminine surname -ова, -ева, -ина: Захарова",
        ends: &["[оеё]ва", "[иы]на"],
        strip: 1,
        endings: [
            &["ой"], &["ой"], &["у"], &["ой"], &["ой"],
            NO, NO, NO, NO, NO,
        ],
    },
    Declension {
        name: "masculine surname -ов, -ев, -ин: Путин, Лавров, Медведев",
        ends: &["[оеё]в", "[иы]н"],
        strip: 0,
        endings: [
            &["а"], &["у"], NO, &["ым"], &["е"],
            NO, NO, NO, NO, NO,
        ],
    },
];

/// Adjective endings that are always adjectival; `-ий` and `-ой` are adjectival only as
/// [`ADJECTIVE_IY`] says and where [`is_adjective`] decides, and `-ие` is a plural adjective
/// only before an adjective or a plural noun (else a neuter noun: `перемирие`).
pub const ADJECTIVE_ENDINGS: &[&str] = &["ый", "ая", "яя", "ое", "ее", "ые"];

/// `-ий` adjectives: after к г х ж ш ч щ, and the soft adjectives in -ний after these letters
/// (`Ближний`, `средний`, `последний`, `внешний`); other `-ий` words are nouns (`Дмитрий`,
/// `Евгений`, `Георгий`).
pub const ADJECTIVE_IY: &[&str] = &[
    "[кхжшчщ]ий",
    "жний",
    "шний",
    "хний",
    "дний",
    "нний",
    "тний",
    "мний",
];

/// The genders of an adjective term, by its masculine ending: (masculine, feminine, neuter,
/// plural).
pub const ADJECTIVE_GENDERS: &[(&str, &str, &str, &str)] = &[
    ("[кгх]ий", "ая", "ое", "ие"),
    ("[жшчщ]ий", "ая", "ее", "ие"),
    ("ний", "яя", "ее", "ие"),
    ("[кгхжшчщ]ой", "ая", "ое", "ие"),
    ("ый", "ая", "ое", "ые"),
    ("ой", "ая", "ое", "ые"),
];

/// Words of names that never inflect (`Стаффан де Мистура`, `Абу Бакр`, `Мухаммед бен Салман`).
pub const PARTICLES: &[&str] = &[
    "де",
    "ди",
    "да",
    "дель",
    "делла",
    "дос",
    "ван",
    "фон",
    "дер",
    "ле",
    "ла",
    "дю",
    "бен",
    "бин",
    "ибн",
    "аль",
    "ас",
    "аш",
    "ад",
    "ар",
    "ат",
    "аз",
    "эль",
    "оглы",
    "кызы",
    "Абу",
    "Абдель",
    "Абдул",
    "Абд",
    "Аль",
    "Бен",
    "Бин",
    "Ибн",
];

/// Prepositions: the words from one on are a complement that never inflects
/// (`Организация по запрещению химического оружия`).
pub const PREPOSITIONS: &[&str] = &[
    "в",
    "во",
    "на",
    "по",
    "о",
    "об",
    "с",
    "со",
    "для",
    "без",
    "из",
    "от",
    "до",
    "к",
    "ко",
    "при",
    "за",
    "над",
    "под",
    "между",
    "против",
    "через",
];

/// Endings of words already in an oblique case: never the head, never inflected
/// (`контролируемый повстанцами`, `министр иностранных дел`).
pub const OBLIQUE_ENDINGS: &[&str] = &[
    "ами",
    "ями",
    "ых",
    "[кгхжшчщн]их",
    "ого",
    "его",
    "ому",
    "ему",
];

/// Native neuter suffixes in -о that decline even at the head of a name (`Министерство
/// иностранных дел Турции`), unlike foreign names in -о (`Алеппо`, `Косово`).
pub const NATIVE_NEUTER: &[&str] = &["ство"];

pub(super) fn generate(lemma: &Lemma, out: &mut Vec<(String, u16)>) {
    let words: Vec<&str> = lemma.text.split(' ').collect();
    match lemma.nature() {
        Nature::Person => person(&words, out),
        Nature::Adjective => adjective_phrase(&words, out),
        nature => noun_phrase(&words, nature == Nature::Common, out),
    }
}

pub(super) fn cell_name(index: u16) -> String {
    let i = usize::from(index);
    if let Some(c) = CELLS.get(i) {
        return c.to_string();
    }
    let g = i.saturating_sub(usize::from(ADJECTIVE_GENDER_CELLS));
    match (GENDERS.get(g / 6), GENDER_CASES.get(g % 6)) {
        (Some(gender), Some(case)) => format!("{gender}.{case}"),
        _ => "?".to_string(),
    }
}

/// A word of a term: the part that inflects (after the last hyphen) and what it does.
struct Word<'a> {
    /// Everything before the inflecting part: `Хан-` of `Хан-Шейхун`.
    prefix: &'a str,
    part: &'a str,
    role: Role,
}

#[derive(Clone, Copy)]
enum Role {
    /// Stays as it is.
    Fixed,
    /// Declines by this row.
    Declines(&'static Declension),
}

impl<'a> Word<'a> {
    fn new(word: &'a str) -> Word<'a> {
        let split = word.rfind('-').map_or(0, |i| i + 1);
        Word {
            prefix: &word[..split],
            part: &word[split..],
            role: Role::Fixed,
        }
    }

    fn lower(&self) -> String {
        self.part.to_lowercase()
    }

    /// The word's forms in cell `c`: the usual first; the word itself when its row has none.
    fn forms(&self, c: usize) -> Vec<String> {
        let Role::Declines(row) = self.role else {
            return vec![format!("{}{}", self.prefix, self.part)];
        };
        let stem = super::strip_chars(self.part, row.strip);
        let endings = row.endings[c];
        if endings.is_empty() {
            return vec![format!("{}{}", self.prefix, self.part)];
        }
        let mut out = Vec::new();
        for e in endings {
            if e.is_empty()
                && (ends_in_two_consonants(stem) || stem.ends_with("йк") || stem.ends_with("ьк"))
            {
                // A zero ending after two consonants may take a fleeting vowel (каска →
                // касок, девушка → девушек) or not (войско → войск): both are accepted.
                out.push(format!("{}{}", self.prefix, stem));
                if let Some(fleeting) = with_fleeting_vowel(stem) {
                    out.push(format!("{}{}", self.prefix, fleeting));
                }
                continue;
            }
            out.push(format!("{}{stem}{e}", self.prefix));
        }
        out
    }

    fn declines(&self) -> bool {
        matches!(self.role, Role::Declines(_))
    }
}

/// A person's name: every word declines by its own row, in the singular.
fn person(words: &[&str], out: &mut Vec<(String, u16)>) {
    let mut ws: Vec<Word> = words.iter().map(|w| Word::new(w)).collect();
    let last = ws.len() - 1;
    let feminine = is_feminine_name(&ws);
    for (i, w) in ws.iter_mut().enumerate() {
        let lower = w.lower();
        if cannot_decline(w, words[i]) {
            continue;
        }
        if feminine && ends_with_pattern(&lower, "[бвгджзйклмнпрстфхцчшщь]") {
            continue; // Ангела Меркель → Ангелы Меркель
        }
        let surname = (i == last).then(|| find_row(SURNAMES, &lower)).flatten();
        let row = surname
            .or_else(|| {
                is_adjective_form(&lower, true)
                    .then(|| find_row(ADJECTIVES, &lower))
                    .flatten()
            })
            .or_else(|| find_row(NOUNS, &lower));
        if let Some(row) = row {
            w.role = Role::Declines(row);
        }
    }
    if !ws.iter().any(Word::declines) {
        return;
    }
    for c in SG {
        let choices: Vec<Vec<String>> = ws
            .iter()
            .map(|w| {
                // A person is animate: a masculine accusative is the genitive (Эрдогана).
                match w.role {
                    Role::Declines(row) if c == ACC && row.endings[ACC].is_empty() => w.forms(GEN),
                    _ => w.forms(c),
                }
            })
            .collect();
        for combo in combinations(&choices) {
            out.push((combo.join(" "), c as u16));
        }
    }
}

/// Whether a person's name is a woman's: the last word is a feminine surname (`Захарова`,
/// `Зеленская`), or the first name ends in `-а`/`-я` and the last word in a consonant that is
/// not a masculine surname suffix (`Ангела Меркель`, `Тереза Мэй`).
fn is_feminine_name(ws: &[Word]) -> bool {
    let last = ws[ws.len() - 1].lower();
    if find_row(SURNAMES, &last).is_some_and(|r| r.ends.contains(&"[оеё]ва"))
        || ends_with_pattern(&last, "ая")
    {
        return true;
    }
    if ws.len() < 2 {
        return false;
    }
    let first = ws[0].lower();
    ends_with_pattern(&first, "[ая]")
        && !is_indeclinable(ws[0].part, &first)
        && ends_with_pattern(&last, "[бвгджзйклмнпрстфхцчшщь]")
        && !ends_with_pattern(&last, "[оеё]в")
        && !ends_with_pattern(&last, "[иы]н")
        && !ends_with_pattern(&last, "ий")
        && !ends_with_pattern(&last, "ый")
        && !ends_with_pattern(&last, "ой")
}

/// A term that is not a person's name: adjectives agree with the head noun; the rest stays.
fn noun_phrase(words: &[&str], common: bool, out: &mut Vec<(String, u16)>) {
    let mut ws: Vec<Word> = words.iter().map(|w| Word::new(w)).collect();
    let n = ws.len();
    // Where a preposition starts a complement, nothing after it inflects.
    let end = (0..n)
        .find(|&i| PREPOSITIONS.contains(&words[i]))
        .unwrap_or(n);
    let lowers: Vec<String> = ws.iter().map(Word::lower).collect();
    let mut adjectives: Vec<bool> = Vec::with_capacity(n);
    for i in 0..n {
        let after_adjective = i == 0 || adjectives[i - 1];
        adjectives.push(
            i < end
                && !cannot_decline(&ws[i], words[i])
                && is_adjective(&lowers, i, end, after_adjective),
        );
    }
    // The head: the first word (before any preposition) that is not an adjective, not in an
    // oblique case, not a particle, and not followed by an adjective (`внутренне перемещенные`).
    let head = (0..end).find(|&i| {
        let followed_by_adjective = i + 1 < end && adjectives[i + 1];
        !(adjectives[i]
            || is_oblique(&lowers[i])
            || PARTICLES.contains(&words[i])
            || followed_by_adjective)
    });
    let Some(head) = head else {
        if adjectives.iter().any(|&a| a) {
            adjective_phrase(words, out);
        }
        return;
    };
    let plural = is_plural_noun(&ws[head], &lowers[head], &adjectives[..head], &lowers);
    for i in 0..head {
        if adjectives[i] {
            if let Some(row) = find_row(ADJECTIVES, &lowers[i]) {
                ws[i].role = Role::Declines(row);
            }
        }
    }
    if !cannot_decline(&ws[head], words[head]) {
        let table = if plural { PLURAL_NOUNS } else { NOUNS };
        if let Some(row) = find_row(table, &lowers[head]) {
            ws[head].role = Role::Declines(row);
        }
    }
    if plural {
        push_cells(&ws, 6..10, out);
    } else {
        push_cells(&ws, SG, out);
        if common {
            push_cells(&ws, PL, out);
        }
    }
}

/// A term that is an adjective (`контролируемый повстанцами`): it agrees with the noun of the
/// text, so every gender and case, and the plural.
fn adjective_phrase(words: &[&str], out: &mut Vec<(String, u16)>) {
    let lowers: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let n = words.len();
    let end = (0..n)
        .find(|&i| PREPOSITIONS.contains(&words[i]))
        .unwrap_or(n);
    // The adjectives before any complement, and the gender forms of each.
    let mut genders: Vec<Option<[String; 4]>> = Vec::with_capacity(n);
    for (i, w) in words.iter().enumerate() {
        let g = (i < end && !is_oblique(&lowers[i]))
            .then(|| {
                ADJECTIVE_GENDERS
                    .iter()
                    .find(|(m, ..)| ends_with_pattern(&lowers[i], m))
            })
            .flatten()
            .map(|(_, f, ne, pl)| {
                let stem = super::strip_chars(w, 2);
                [
                    w.to_string(),
                    format!("{stem}{f}"),
                    format!("{stem}{ne}"),
                    format!("{stem}{pl}"),
                ]
            });
        genders.push(g);
    }
    if genders.iter().all(Option::is_none) {
        return;
    }
    for g in 0..4 {
        let text: Vec<String> = words
            .iter()
            .zip(&genders)
            .map(|(w, forms)| forms.as_ref().map_or(w.to_string(), |f| f[g].clone()))
            .collect();
        let text_refs: Vec<&str> = text.iter().map(String::as_str).collect();
        let mut ws: Vec<Word> = text_refs.iter().map(|w| Word::new(w)).collect();
        for (i, w) in ws.iter_mut().enumerate() {
            if genders[i].is_some() {
                if let Some(row) = find_row(ADJECTIVES, &w.lower()) {
                    w.role = Role::Declines(row);
                }
            }
        }
        if g == 3 {
            out.push((text.join(" "), 5));
            push_cells(&ws, 6..10, out);
            continue;
        }
        let base = ADJECTIVE_GENDER_CELLS + (g as u16) * 6;
        out.push((text.join(" "), base));
        for (k, c) in SG.enumerate() {
            let before = out.len();
            push_cells(&ws, c..c + 1, out);
            for item in &mut out[before..] {
                item.1 = base + 1 + k as u16;
            }
        }
    }
}

/// Pushes, for every cell in `cells`, the forms of the words `ws` joined, the usual first;
/// cells where no word changes are skipped.
fn push_cells(ws: &[Word], cells: std::ops::Range<usize>, out: &mut Vec<(String, u16)>) {
    if !ws.iter().any(Word::declines) {
        return;
    }
    for c in cells {
        let choices: Vec<Vec<String>> = ws.iter().map(|w| w.forms(c)).collect();
        for combo in combinations(&choices) {
            out.push((combo.join(" "), c as u16));
        }
    }
}

/// Whether word `i` of a term (lower case, `end` where a complement starts) is an adjective;
/// `after_adjective`: it is the first word or follows an adjective.
fn is_adjective(lowers: &[String], i: usize, end: usize, after_adjective: bool) -> bool {
    let w = &lowers[i];
    let next = (i + 1 < end).then(|| lowers[i + 1].as_str());
    if ends_with_pattern(w, "ие") {
        // A plural adjective before an adjective or a plural noun (Голанские высоты), else a
        // neuter noun (перемирие, прекращение огня).
        return next.is_some_and(|n| {
            is_adjective_form(n, false)
                || ends_with_pattern(n, "[ыи]")
                || ends_with_pattern(n, "[ыи]е")
        });
    }
    if ends_with_pattern(w, "ой") {
        // A masculine adjective before its noun (Донской район); alone, a noun (конвой, бой);
        // after a noun, a feminine adjective in an oblique case (Отряды народной самообороны).
        return next.is_some() && after_adjective;
    }
    is_adjective_form(w, false)
}

/// Whether `w` (lower case) has an adjective's nominative ending; with `oi`, `-ой` counts too.
fn is_adjective_form(w: &str, oi: bool) -> bool {
    ADJECTIVE_ENDINGS.iter().any(|e| ends_with_pattern(w, e))
        || ADJECTIVE_IY.iter().any(|e| ends_with_pattern(w, e))
        || (oi && ends_with_pattern(w, "ой"))
}

/// Whether the head noun is given in the plural: a lower-case noun in -ы or -и, a name in -ы
/// (`Голаны`, `Штаты`), or a noun in -а/-я after a plural adjective (`правительственные войска`).
fn is_plural_noun(word: &Word, lower: &str, adjectives: &[bool], lowers: &[String]) -> bool {
    if ends_with_pattern(lower, "ы") {
        return true;
    }
    if ends_with_pattern(lower, "и") && !is_capitalized(word.part) {
        return true;
    }
    ends_with_pattern(lower, "[ая]")
        && adjectives
            .iter()
            .zip(lowers)
            .any(|(&a, l)| a && (ends_with_pattern(l, "ые") || ends_with_pattern(l, "ие")))
}

/// Whether a word of a term stays as it is whatever the case: see the module doc.
fn cannot_decline(w: &Word, whole: &str) -> bool {
    let lower = w.lower();
    PARTICLES.contains(&whole)
        || PREPOSITIONS.contains(&whole)
        || w.part.chars().count() < 2
        || is_acronym(w.part)
        || w.part.chars().any(|c| !is_cyrillic_letter(c))
        || is_indeclinable(w.part, &lower)
        || is_oblique(&lower)
}

/// Foreign names ending in a vowel other than -а/-я (`Сочи`, `Алеппо`, `Баку`, `Рютте`; a
/// final -е after a vowel or a soft sign is a declining ending: `Черное`, `Управление`,
/// `Приморье`), or in a vowel and -а (`Дараа`, `Шараа`, `Шиа`); lower-case loans in -у/-ю
/// (`рагу`, `меню`).
pub fn is_indeclinable(part: &str, lower: &str) -> bool {
    if is_capitalized(part) {
        (ends_with_pattern(lower, "[оиуюэё]")
            && !NATIVE_NEUTER.iter().any(|e| ends_with_pattern(lower, e)))
            || ends_with_pattern(lower, "[бвгджзклмнпрстфхцчшщ]е")
            || ends_with_pattern(lower, "[аиоуэ]а")
    } else {
        ends_with_pattern(lower, "[уюэ]")
    }
}

fn is_oblique(lower: &str) -> bool {
    OBLIQUE_ENDINGS.iter().any(|e| ends_with_pattern(lower, e))
}

fn is_cyrillic_letter(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn find_row(table: &'static [Declension], lower: &str) -> Option<&'static Declension> {
    table
        .iter()
        .find(|row| row.ends.iter().any(|p| ends_with_pattern(lower, p)))
}

const VOWELS: &str = "аеёиоуыэюяьй";

fn ends_in_two_consonants(stem: &str) -> bool {
    let mut it = stem.chars().rev();
    matches!((it.next(), it.next()), (Some(a), Some(b)) if !VOWELS.contains(a.to_lowercase().next().unwrap_or(a)) && !VOWELS.contains(b.to_lowercase().next().unwrap_or(b)))
}

/// The zero-ending genitive plural with a fleeting vowel before a final к: каск → касок,
/// девушк → девушек (е after ж ш ч щ), настройк → настроек (е for й).
fn with_fleeting_vowel(stem: &str) -> Option<String> {
    let body = stem.strip_suffix('к')?;
    let prev = body.chars().next_back()?;
    if prev == 'й' || prev == 'ь' {
        // настройк → настроек, письмо-like stems: the й or ь gives way to е.
        return Some(format!("{}ек", &body[..body.len() - prev.len_utf8()]));
    }
    let vowel = if "жшчщ".contains(prev) {
        'е'
    } else {
        'о'
    };
    Some(format!("{body}{vowel}к"))
}

#[cfg(test)]
mod tests {

    #[test]
    fn every_example_a_row_names_fits_the_row() {
        for table in [
            super::NOUNS,
            super::PLURAL_NOUNS,
            super::ADJECTIVES,
            super::SURNAMES,
        ] {
            for row in table {
                let (_, examples) = row.name.rsplit_once(": ").expect("name: examples");
                for word in examples.split(", ") {
                    let lower = word.to_lowercase();
                    assert!(
                        row.ends.iter().any(|p| super::ends_with_pattern(&lower, p)),
                        "'{word}' does not fit the row '{}'",
                        row.name
                    );
                }
            }
        }
    }
    use super::super::tests::forms_of;
    use super::super::{cell_name, forms, generated, Lemma};
    use crate::glossary::{Status, Term};

    fn cells(text: &str, kind: &str) -> Vec<(String, String)> {
        let term = Term::new("ru", text, Status::Preferred);
        generated(&Lemma::of(&term, crate::glossary::Kind::parse(kind)))
            .into_iter()
            .map(|(f, c)| (cell_name(c), f))
            .collect()
    }

    fn has(forms: &[String], want: &[&str]) {
        for w in want {
            assert!(forms.iter().any(|f| f == w), "{w} missing from {forms:?}");
        }
    }

    #[test]
    fn masculine_names_in_a_consonant() {
        assert_eq!(
            forms_of("ru", "Эрдоган", "person"),
            ["Эрдогана", "Эрдогану", "Эрдоганом", "Эрдогане"]
        );
        assert_eq!(
            forms_of("ru", "Идлиб", "place"),
            ["Идлиба", "Идлибу", "Идлибом", "Идлибе"]
        );
        has(&forms_of("ru", "Ирак", "place"), &["Ирака", "Ираком"]);
        has(&forms_of("ru", "Шольц", "person"), &["Шольцем", "Шольцом"]);
        has(
            &forms_of("ru", "Манбидж", "place"),
            &["Манбиджа", "Манбиджем"],
        );
    }

    #[test]
    fn feminine_names_in_a_and_ya() {
        assert_eq!(
            forms_of("ru", "Астана", "place"),
            ["Астаны", "Астане", "Астану", "Астаной", "Астаною"]
        );
        assert_eq!(
            forms_of("ru", "Латакия", "place"),
            ["Латакии", "Латакию", "Латакией", "Латакиею"]
        );
        has(
            &forms_of("ru", "Сирия", "place"),
            &["Сирии", "Сирию", "Сирией"],
        );
        has(
            &forms_of("ru", "Доха", "place"),
            &["Дохи", "Дохе", "Доху", "Дохой"],
        );
        has(
            &forms_of("ru", "Корея", "place"),
            &["Кореи", "Корее", "Корею"],
        );
        has(
            &forms_of("ru", "Обама", "person"),
            &["Обамы", "Обаме", "Обамой"],
        );
    }

    #[test]
    fn soft_sign_and_iy() {
        has(
            &forms_of("ru", "Израиль", "place"),
            &["Израиля", "Израилю", "Израилем", "Израиле"],
        );
        has(
            &forms_of("ru", "Беларусь", "place"),
            &["Беларуси", "Беларусью"],
        );
        assert!(!forms_of("ru", "Беларусь", "place").contains(&"Беларуся".to_string()));
        has(
            &forms_of("ru", "Хатай", "place"),
            &["Хатая", "Хатаем", "Хатае"],
        );
        has(
            &forms_of("ru", "Дмитрий Медведев", "person"),
            &[
                "Дмитрия Медведева",
                "Дмитрием Медведевым",
                "Дмитрии Медведеве",
            ],
        );
    }

    #[test]
    fn indeclinable_foreign_names_have_no_forms() {
        for name in ["Сочи", "Алеппо", "Баку", "Тбилиси", "Дараа", "Абу-Даби"]
        {
            assert!(forms_of("ru", name, "place").is_empty(), "{name}");
        }
        assert!(forms_of("ru", "ООН", "organization").is_empty());
        assert!(forms_of("ru", "Reuters", "organization").is_empty());
        assert_eq!(
            forms_of("ru", "Петр Порошенко", "person"),
            [
                "Петра Порошенко",
                "Петру Порошенко",
                "Петром Порошенко",
                "Петре Порошенко"
            ]
        );
    }

    #[test]
    fn adjective_and_noun_agree() {
        let f = forms_of("ru", "Российская Федерация", "place");
        has(
            &f,
            &[
                "Российской Федерации",
                "Российскую Федерацию",
                "Российской Федерацией",
                "Российскою Федерациею",
            ],
        );
        assert!(!f.iter().any(|f| f.contains("Российская Федерации")));
        has(
            &forms_of("ru", "Средиземное море", "place"),
            &["Средиземного моря", "Средиземном море", "Средиземным морем"],
        );
        has(
            &forms_of("ru", "Западный берег", "place"),
            &["Западного берега", "Западном береге"],
        );
        has(
            &forms_of("ru", "гуманитарная помощь", "term"),
            &[
                "гуманитарной помощи",
                "гуманитарную помощь",
                "гуманитарной помощью",
            ],
        );
        has(
            &forms_of("ru", "Сирийский арабский Красный Полумесяц", "organization"),
            &["Сирийского арабского Красного Полумесяца"],
        );
    }

    #[test]
    fn the_head_inflects_and_its_complement_does_not() {
        let f = forms_of("ru", "зона безопасности", "term");
        has(
            &f,
            &[
                "зоны безопасности",
                "зоне безопасности",
                "зону безопасности",
                "зоной безопасности",
                "зон безопасности",
                "зонам безопасности",
                "зонами безопасности",
                "зонах безопасности",
            ],
        );
        has(
            &forms_of("ru", "Совет Безопасности ООН", "organization"),
            &["Совета Безопасности ООН"],
        );
        has(
            &forms_of(
                "ru",
                "Организация по запрещению химического оружия",
                "organization",
            ),
            &["Организации по запрещению химического оружия"],
        );
        has(
            &forms_of("ru", "министр иностранных дел", "term"),
            &["министра иностранных дел", "министры иностранных дел"],
        );
        has(
            &forms_of("ru", "Министерство иностранных дел Турции", "organization"),
            &["Министерства иностранных дел Турции"],
        );
        has(
            &forms_of("ru", "Отряды народной самообороны", "organization"),
            &["Отрядов народной самообороны"],
        );
        assert!(forms_of("ru", "МИД Турции", "organization").is_empty());
        has(
            &forms_of("ru", "прекращение огня", "term"),
            &["прекращения огня", "прекращении огня"],
        );
        has(
            &forms_of("ru", "внутренне перемещенные лица", "term"),
            &["внутренне перемещенных лиц", "внутренне перемещенным лицам"],
        );
    }

    #[test]
    fn hyphenated_names_inflect_their_last_part() {
        assert_eq!(
            forms_of("ru", "Хан-Шейхун", "place"),
            ["Хан-Шейхуна", "Хан-Шейхуну", "Хан-Шейхуном", "Хан-Шейхуне"]
        );
        has(
            &forms_of("ru", "совместная пресс-конференция", "term"),
            &["совместной пресс-конференции"],
        );
        has(&forms_of("ru", "Нур-Султан", "place"), &["Нур-Султане"]);
    }

    #[test]
    fn plurals_of_common_nouns() {
        assert_eq!(
            forms_of("ru", "санкции", "term"),
            ["санкций", "санкциям", "санкциями", "санкциях"]
        );
        has(
            &forms_of("ru", "мирные переговоры", "term"),
            &["мирных переговоров", "мирным переговорам"],
        );
        has(
            &forms_of("ru", "правительственные войска", "term"),
            &["правительственных войск", "правительственными войсками"],
        );
        has(
            &forms_of("ru", "Голанские высоты", "place"),
            &["Голанских высот", "Голанских высотах"],
        );
        has(
            &forms_of("ru", "авиаудар", "term"),
            &["авиаудара", "авиаудары", "авиаударов", "авиаударами"],
        );
        assert!(!forms_of("ru", "Идлиб", "place").contains(&"Идлибы".to_string()));
    }

    #[test]
    fn persons_decline_every_word_women_keep_consonant_final_names() {
        has(
            &forms_of("ru", "Реджеп Тайип Эрдоган", "person"),
            &["Реджепа Тайипа Эрдогана", "Реджепом Тайипом Эрдоганом"],
        );
        has(
            &forms_of("ru", "Владимир Путин", "person"),
            &["Владимира Путина", "Владимиром Путиным"],
        );
        has(
            &forms_of("ru", "Мария Захарова", "person"),
            &["Марии Захаровой", "Марию Захарову"],
        );
        has(
            &forms_of("ru", "Хасан Насралла", "person"),
            &["Хасана Насраллу"],
        );
        has(
            &forms_of("ru", "Фридрих Мерц", "person"),
            &["Фридриха Мерца"],
        );
        has(
            &forms_of("ru", "Франсуа Олланд", "person"),
            &["Франсуа Олланда"],
        );
        has(
            &forms_of("ru", "Ангела Меркель", "person"),
            &["Ангелы Меркель", "Ангелой Меркель"],
        );
        has(
            &forms_of("ru", "Стаффан де Мистура", "person"),
            &["Стаффана де Мистуры"],
        );
        has(
            &forms_of("ru", "Зеленский", "person"),
            &["Зеленского", "Зеленским", "Зеленском"],
        );
        has(
            &forms_of("ru", "Башар аль-Асад", "person"),
            &["Башара аль-Асада"],
        );
        has(
            &forms_of("ru", "Абдель Фаттах ас-Сиси", "person"),
            &["Абдель Фаттаха ас-Сиси"],
        );
    }

    #[test]
    fn adjective_terms_take_every_gender() {
        let f = forms_of("ru", "контролируемый повстанцами", "term");
        has(
            &f,
            &[
                "контролируемая повстанцами",
                "контролируемой повстанцами",
                "контролируемое повстанцами",
                "контролируемые повстанцами",
                "контролируемых повстанцами",
                "контролируемого повстанцами",
            ],
        );
    }

    #[test]
    fn cells_are_named() {
        let c = cells("Астана", "place");
        assert_eq!(c[0], ("gen.sg".to_string(), "Астаны".to_string()));
        assert!(c.contains(&("ins.sg".to_string(), "Астаною".to_string())));
        let c = cells("зона безопасности", "term");
        assert!(c.contains(&("prep.pl".to_string(), "зонах безопасности".to_string())));
    }

    #[test]
    fn a_few_forms_per_term() {
        let term = Term::new("ru", "Российская Федерация", Status::Preferred);
        assert!(forms(&term, Some(crate::glossary::Kind::Place)).len() <= 12);
        let term = Term::new("ru", "зона безопасности", Status::Preferred);
        assert!(forms(&term, Some(crate::glossary::Kind::Term)).len() <= 14);
    }
}
