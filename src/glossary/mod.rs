//! The glossary model: concepts, their terms per language, and the loaders that read them.
//!
//! Every format (the project's TOML, TBX v2 and v3, CSV) is read into the same [`Glossary`].
//! Several glossaries are merged with [`Glossary::merge`]; a concept id defined twice is an
//! error naming both places.

pub(crate) mod compiled;
pub mod csv;
pub(crate) mod date;
pub mod lint;
pub mod merge;
pub mod sheet;
pub mod stats;
pub mod tbx;
pub mod toml;
pub mod write;

use std::fmt;
use std::path::Path;

use crate::diagnostic::LineIndex;

pub use date::Date;

/// The shortest stem `related` accepts, in letters: shorter ones would match unrelated words.
pub(crate) const MIN_STEM: usize = 3;

/// The largest glossary file read (256 MiB: 100,000 concepts take about 12 MB of TOML).
pub const MAX_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// A set of concepts, from one or more glossary files.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Glossary {
    pub concepts: Vec<Concept>,
}

/// One thing in the world (a person, a place, a term) and the words each language uses for it.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Concept {
    /// Stable identifier, unique across every glossary in use.
    pub id: String,
    /// What the concept is: a person, a place, a term, ...
    pub kind: Option<Kind>,
    pub note: Option<String>,
    /// Where the forms come from: the wire services, references or data the curator followed
    /// (`Reuters, TASS, AA, dpa, AFP, EFE; NTREX-128 references`).
    pub source: Option<String>,
    pub terms: Vec<Term>,
    /// Stems of words derived from the concept (adjectives, demonyms: `американск`,
    /// `britisch`), per language. In a bilingual unit a target word starting with one counts
    /// as translating the concept (`UK government` → `британское правительство`); they are
    /// never reported or suggested.
    pub related: Vec<Related>,
    /// Sentences that must or must not be flagged; the test suite runs them.
    pub examples: Vec<Example>,
    /// Where the concept was defined. Compiled apart ([`compiled`]), as are the origins of
    /// terms and examples.
    #[serde(skip)]
    pub origin: Origin,
}

/// The stem of a word derived from a concept, in one language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Related {
    pub lang: String,
    /// The stem as written (NFC); a word starting with it is derived from the concept.
    pub stem: String,
}

/// One form of a concept in one language.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Term {
    /// BCP 47 language tag, as written in the glossary (`en`, `pt-BR`).
    pub lang: String,
    /// The form, exactly as written (NFC).
    pub text: String,
    pub status: Status,
    pub case: CaseRule,
    /// Whether the glossary set `case` (on the term, its language table or its concept): the
    /// case then matters as said, even for a capitalised ordinary word (`Table`).
    pub case_given: bool,
    pub note: Option<String>,
    /// Part of speech.
    pub pos: Option<Pos>,
    pub kind: TermType,
    /// The period in which the term is in force, both ends included.
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    /// For a forbidden term: the form to suggest instead (default: the preferred form).
    pub use_instead: Option<String>,
    pub inflection: InflectionSetting,
    /// Extra inflected forms to accept as this term.
    pub forms: Vec<String>,
    /// Whether near misses of the term are looked for (`misspelling`). Off for the names a
    /// glossary generated from a registry lists by the hundred (CLDR's cities: a near miss of
    /// `Salta` in German is `Salat`, not a misspelling).
    pub near_misses: bool,
    /// Where the term was defined.
    #[serde(skip)]
    pub origin: Origin,
}

/// How a term may be used in a draft.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Status {
    Preferred,
    Admitted,
    Forbidden,
}

/// Whether a term is matched case-sensitively.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum CaseRule {
    Sensitive,
    Insensitive,
}

/// What kind of form a term is. Short forms, abbreviations and acronyms never count as the
/// second form of an `inconsistent` pair.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum TermType {
    #[default]
    Full,
    Short,
    Abbreviation,
    Acronym,
    Variant,
}

/// Whether termlint generates inflected forms of a term.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum InflectionSetting {
    #[default]
    Auto,
    None,
}

/// A sentence from a glossary that must (or must not) be flagged.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Example {
    pub lang: String,
    pub text: String,
    /// A rule id, or `None` for "nothing is flagged".
    pub expect: Option<String>,
    /// Where `expect` is written.
    #[serde(skip)]
    pub origin: Origin,
}

/// A place in a glossary file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    /// Shared by every origin in one file: a large glossary has hundreds of thousands.
    pub file: std::sync::Arc<str>,
    pub line: usize,
    pub column: usize,
}

/// A form approved in one concept and forbidden in another ([`Glossary::status_conflicts`]):
/// for each, the concept id, the term as written and where it is defined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusConflict {
    pub lang: String,
    pub approved: (String, String, Origin),
    pub forbidden: (String, String, Origin),
}

/// A glossary that could not be read, with the place and what was expected.
#[derive(Debug, thiserror::Error)]
pub enum GlossaryError {
    /// An error at a place. A `message` of the shape `what; expected ...` (or `what; termlint
    /// ...`) is shown with the place between its two halves: `unknown status 'prefered' at
    /// x.toml:12:11; expected one of preferred, admitted, forbidden`.
    #[error("{}", display_at(message, file, *line, *column))]
    At {
        message: String,
        file: String,
        line: usize,
        column: usize,
    },
    #[error("{message} in {file}")]
    File { message: String, file: String },
    /// The I/O error is part of the message (not a `source`), so it is shown once.
    #[error("cannot read glossary {file}: {}", crate::input::reason(.error))]
    Io { file: String, error: std::io::Error },
    #[error("concept id '{id}' is defined twice: at {first} and at {second}")]
    DuplicateId {
        id: String,
        first: Origin,
        second: Origin,
    },
}

impl GlossaryError {
    /// An error at a place in a file.
    pub fn at(origin: &Origin, message: impl Into<String>) -> Self {
        GlossaryError::At {
            message: message.into(),
            file: origin.file.to_string(),
            line: origin.line,
            column: origin.column,
        }
    }
}

/// What a concept is; the glossary formats write it as in [`KINDS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Kind {
    Person,
    Place,
    Organization,
    Term,
    Event,
    Work,
    Product,
    Other,
}

impl Kind {
    const ALL: [Kind; 8] = [
        Kind::Person,
        Kind::Place,
        Kind::Organization,
        Kind::Term,
        Kind::Event,
        Kind::Work,
        Kind::Product,
        Kind::Other,
    ];

    /// The kind as the glossary formats write it (`person`, `place`, ...).
    pub fn as_str(self) -> &'static str {
        KINDS[self as usize]
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A term's part of speech; the glossary formats write it as in [`PARTS_OF_SPEECH`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Pos {
    Noun,
    ProperNoun,
    Adjective,
    Verb,
    Adverb,
    Phrase,
}

impl Pos {
    const ALL: [Pos; 6] = [
        Pos::Noun,
        Pos::ProperNoun,
        Pos::Adjective,
        Pos::Verb,
        Pos::Adverb,
        Pos::Phrase,
    ];

    /// The part of speech as the glossary formats write it (`noun`, `proper-noun`, ...).
    pub fn as_str(self) -> &'static str {
        PARTS_OF_SPEECH[self as usize]
    }

    pub fn parse(s: &str) -> Option<Pos> {
        Pos::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// Concept kinds the glossary formats accept, in the order of [`Kind`].
pub(crate) const KINDS: [&str; 8] = [
    "person",
    "place",
    "organization",
    "term",
    "event",
    "work",
    "product",
    "other",
];

/// Parts of speech the glossary formats accept, in the order of [`Pos`].
pub(crate) const PARTS_OF_SPEECH: [&str; 6] = [
    "noun",
    "proper-noun",
    "adjective",
    "verb",
    "adverb",
    "phrase",
];

pub(crate) use crate::lang::is_language_tag;

/// Whether `id` is a valid concept id: lower-case ASCII letters, digits, `_`, `-`, `.`.
pub(crate) fn is_concept_id(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-' | b'.')
        })
}

/// A path and the sheet named after its last `#` (`terms.xlsx#Glossary`), when the path as
/// written is no file and the part before `#` is a spreadsheet's.
fn split_sheet(path: &Path) -> (std::path::PathBuf, Option<String>) {
    let whole = (path.to_path_buf(), None);
    if path.exists() {
        return whole;
    }
    let Some((file, sheet)) = path.to_str().and_then(|s| s.rsplit_once('#')) else {
        return whole;
    };
    let ext = Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if sheet::EXTENSIONS.contains(&ext.as_str()) {
        (file.into(), Some(sheet.to_string()))
    } else {
        whole
    }
}

/// `what at file:line:column[; hint]`.
fn display_at(message: &str, file: &str, line: usize, column: usize) -> String {
    let hint = ["; expected", "; termlint"]
        .iter()
        .filter_map(|h| message.find(h))
        .min();
    match hint {
        Some(i) => format!(
            "{} at {file}:{line}:{column}{}",
            &message[..i],
            &message[i..]
        ),
        None => format!("{message} at {file}:{line}:{column}"),
    }
}

/// The origins of a glossary file's entries: 1-based line and column (Unicode scalar values)
/// of byte offsets, counted by the one [`LineIndex`] reports use, with the file name shared.
pub(crate) struct Origins<'a> {
    text: &'a str,
    lines: LineIndex,
    /// The name of the file of the last origin made, shared by the next ones.
    file: std::cell::RefCell<Option<std::sync::Arc<str>>>,
}

impl<'a> Origins<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Origins {
            text,
            lines: LineIndex::new(text),
            file: Default::default(),
        }
    }

    /// The 1-based line and column of byte `offset` (clamped to the text).
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        self.lines.line_col(self.text, offset)
    }

    /// The origin of byte `offset` in file `file`.
    pub(crate) fn origin(&self, file: &str, offset: usize) -> Origin {
        let (line, column) = self.line_col(offset);
        let mut shared = self.file.borrow_mut();
        let file = match shared.as_ref() {
            Some(f) if **f == *file => f.clone(),
            _ => shared.insert(std::sync::Arc::from(file)).clone(),
        };
        Origin { file, line, column }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.file)
        } else {
            write!(f, "{}:{}:{}", self.file, self.line, self.column)
        }
    }
}

impl Status {
    pub const ALL: [&'static str; 3] = ["preferred", "admitted", "forbidden"];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Preferred => "preferred",
            Status::Admitted => "admitted",
            Status::Forbidden => "forbidden",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "preferred" => Some(Status::Preferred),
            "admitted" => Some(Status::Admitted),
            "forbidden" => Some(Status::Forbidden),
            _ => None,
        }
    }
}

impl TermType {
    pub const ALL: [&'static str; 5] = ["full", "short", "abbreviation", "acronym", "variant"];

    /// The type as the glossary formats write it (`full`, `short`, ...).
    pub fn as_str(self) -> &'static str {
        Self::ALL[self as usize]
    }

    pub fn parse(s: &str) -> Option<TermType> {
        match s {
            "full" => Some(TermType::Full),
            "short" => Some(TermType::Short),
            "abbreviation" => Some(TermType::Abbreviation),
            "acronym" => Some(TermType::Acronym),
            "variant" => Some(TermType::Variant),
            _ => None,
        }
    }

    /// Whether two forms of this type in one document may stand beside a full form.
    pub fn is_shortening(self) -> bool {
        matches!(
            self,
            TermType::Short | TermType::Abbreviation | TermType::Acronym
        )
    }
}

impl CaseRule {
    /// The rule as the glossary formats write it (`sensitive`, `insensitive`).
    pub fn as_str(self) -> &'static str {
        match self {
            CaseRule::Sensitive => "sensitive",
            CaseRule::Insensitive => "insensitive",
        }
    }

    /// The default for a term: a form with an upper-case letter is case-sensitive.
    pub fn default_for(text: &str) -> CaseRule {
        if text.chars().any(char::is_uppercase) {
            CaseRule::Sensitive
        } else {
            CaseRule::Insensitive
        }
    }

    pub fn parse(s: &str) -> Option<CaseRule> {
        match s {
            "sensitive" => Some(CaseRule::Sensitive),
            "insensitive" => Some(CaseRule::Insensitive),
            _ => None,
        }
    }
}

impl Term {
    /// A term with the defaults of the model: case from its letters, full form, inflecting.
    pub fn new(lang: &str, text: &str, status: Status) -> Term {
        Term {
            lang: lang.to_string(),
            text: text.to_string(),
            status,
            case: CaseRule::default_for(text),
            case_given: false,
            note: None,
            pos: None,
            kind: TermType::Full,
            valid_from: None,
            valid_until: None,
            use_instead: None,
            inflection: InflectionSetting::Auto,
            forms: Vec::new(),
            near_misses: true,
            origin: Origin::default(),
        }
    }

    /// Whether the term is in force on `date` (always, when there is no date).
    pub fn in_force(&self, date: Option<Date>) -> bool {
        let Some(date) = date else { return true };
        self.valid_from.is_none_or(|from| from <= date)
            && self.valid_until.is_none_or(|until| date <= until)
    }

    /// Whether the term's validity ended before `date` (never, when there is no date): an old
    /// name (`Nur-Sultan` in 2023). A name whose validity has not begun yet is not superseded:
    /// a story of 2018 that names the proposed `North Macedonia` is right to.
    pub fn superseded(&self, date: Option<Date>) -> bool {
        date.zip(self.valid_until)
            .is_some_and(|(date, until)| until < date)
    }
}

impl Concept {
    /// The terms of one language: written in `lang`, or in its bare language when `lang` has
    /// a region (`en` terms for `en-US` text), or in a regional variant when `lang` is bare
    /// (`en-US` terms for `en` text).
    pub fn terms_in<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms
            .iter()
            .filter(move |t| crate::lang::compatible(&t.lang, lang))
    }

    /// The preferred forms in `lang` in force on `date`, best first.
    pub fn preferred_in<'a>(&'a self, lang: &'a str, date: Option<Date>) -> Vec<&'a Term> {
        let mut v: Vec<&Term> = self
            .terms_in(lang)
            .filter(|t| t.status == Status::Preferred && t.in_force(date))
            .collect();
        if v.is_empty() {
            v = self
                .terms_in(lang)
                .filter(|t| t.status == Status::Admitted && t.in_force(date))
                .collect();
        }
        v
    }
}

impl Glossary {
    /// Reads a glossary file, choosing the loader by its extension (`.toml`, `.tbx`, `.xml`,
    /// `.csv`, `.tsv`, or a spreadsheet: `.xlsx`, `.xls`, `.ods`, ...). A spreadsheet's sheet
    /// may be named after `#` (`terms.xlsx#Glossary`); the default is the first.
    pub fn load(path: &Path) -> Result<Glossary, GlossaryError> {
        let (path, sheet) = split_sheet(path);
        let path = path.as_path();
        let name = path.display().to_string();
        let bytes = crate::input::read_file(path, MAX_FILE_SIZE).map_err(|e| match e {
            crate::input::ReadError::Io(error) => GlossaryError::Io {
                file: name.clone(),
                error,
            },
            crate::input::ReadError::TooLarge { size, limit } => GlossaryError::File {
                message: format!(
                    "glossary too large: {}",
                    crate::input::too_large(size, limit)
                ),
                file: name.clone(),
            },
        })?;
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        if sheet::EXTENSIONS.contains(&ext.as_str()) {
            return sheet::parse(&name, &ext, &bytes, sheet.as_deref())?.checked();
        }
        Glossary::parse(&name, &ext, &bytes)
    }

    /// Parses a glossary held in memory; `ext` names the format (`toml`, `tbx`, `csv`, `xlsx`,
    /// ...).
    pub fn parse(name: &str, ext: &str, bytes: &[u8]) -> Result<Glossary, GlossaryError> {
        if sheet::EXTENSIONS.contains(&ext) {
            return sheet::parse(name, ext, bytes, None)?.checked();
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
            Err(e) => {
                return Err(GlossaryError::File {
                    message: format!(
                        "invalid UTF-8 at byte offset {} (glossaries must be UTF-8)",
                        e.valid_up_to()
                    ),
                    file: name.to_string(),
                })
            }
        };
        let glossary = match ext {
            "toml" => toml::parse(name, text)?,
            "tbx" | "xml" => tbx::parse(name, text)?,
            "csv" | "tsv" => csv::parse(name, text, if ext == "tsv" { b'\t' } else { b',' })?,
            _ => {
                return Err(GlossaryError::File {
                    message: format!(
                        "unknown glossary format '.{ext}'; expected one of .toml, .tbx, .csv, .xlsx, .ods"
                    ),
                    file: name.to_string(),
                })
            }
        };
        glossary.checked()
    }

    /// The glossary a loader read, validated, its spare memory given back.
    fn checked(mut self) -> Result<Glossary, GlossaryError> {
        self.validate()?;
        self.shrink_to_fit();
        Ok(self)
    }

    /// The glossary that ships with termlint, used when none is given.
    /// The built-in glossary, from its compiled form: parsing the 1.8 MB of TOML of 2,500
    /// concepts took 60 ms, five times the start-up of a whole check before they came.
    pub fn builtin() -> Glossary {
        compiled::read(BUILTIN_COMPILED).expect("the compiled built-in glossary reads")
    }

    /// The built-in glossary parsed from its TOML files, what [`Glossary::builtin`] is compiled
    /// from (`tests/builtin_compiled.rs` checks that the compiled form is up to date).
    pub fn builtin_from_sources() -> Glossary {
        let mut all = Glossary::default();
        for (name, text) in BUILTIN {
            let g = toml::parse(name, text).expect("the built-in glossary is valid");
            all.merge(g).expect("the built-in glossary has unique ids");
        }
        all
    }

    /// The compiled form of a glossary, as `glossaries/builtin.postcard` holds the built-in one.
    pub fn compiled(&self) -> Vec<u8> {
        compiled::write(self)
    }

    /// Gives back the memory the loaders reserved and did not use (a concept's terms, pushed
    /// one by one, may hold room for twice as many): a large glossary stays in memory for the
    /// whole run.
    pub fn shrink_to_fit(&mut self) {
        self.concepts.shrink_to_fit();
        for c in &mut self.concepts {
            c.terms.shrink_to_fit();
            c.examples.shrink_to_fit();
        }
    }

    /// Adds the concepts of `other`; a concept id defined in both is an error.
    pub fn merge(&mut self, other: Glossary) -> Result<(), GlossaryError> {
        let mut seen: rustc_hash::FxHashMap<&str, &Origin> = self
            .concepts
            .iter()
            .map(|c| (c.id.as_str(), &c.origin))
            .collect();
        for c in &other.concepts {
            if let Some(first) = seen.insert(&c.id, &c.origin) {
                return Err(GlossaryError::DuplicateId {
                    id: c.id.clone(),
                    first: first.clone(),
                    second: c.origin.clone(),
                });
            }
        }
        self.concepts.extend(other.concepts);
        Ok(())
    }

    /// The same glossary with every origin cleared: what two glossaries read from different
    /// files (a round trip through another format) are compared by.
    pub fn without_origins(&self) -> Glossary {
        let mut g = self.clone();
        for c in &mut g.concepts {
            c.origin = Origin::default();
            for t in &mut c.terms {
                t.origin = Origin::default();
            }
            for e in &mut c.examples {
                e.origin = Origin::default();
            }
        }
        g
    }

    /// The languages that have at least one term, sorted.
    pub fn languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = Vec::new();
        for t in self.concepts.iter().flat_map(|c| &c.terms) {
            // Glossaries hold few languages: a look at each is cheaper than a copy per term.
            if !langs.contains(&t.lang) {
                langs.push(t.lang.clone());
            }
        }
        langs.sort();
        langs
    }

    /// The forms approved (preferred or admitted) in one concept and forbidden in another of
    /// the same language, compared in lower case: usually two glossaries that disagree. The
    /// matcher then takes the forbidden reading wherever the form is used, whatever the order
    /// of the glossaries; the caller says so.
    pub fn status_conflicts(&self) -> Vec<StatusConflict> {
        let mut forbidden: rustc_hash::FxHashMap<(&str, String), (usize, usize)> =
            Default::default();
        for (ci, c) in self.concepts.iter().enumerate() {
            for (ti, t) in c.terms.iter().enumerate() {
                if t.status == Status::Forbidden {
                    forbidden
                        .entry((t.lang.as_str(), t.text.to_lowercase()))
                        .or_insert((ci, ti));
                }
            }
        }
        let mut out = Vec::new();
        if forbidden.is_empty() {
            return out;
        }
        for (ci, c) in self.concepts.iter().enumerate() {
            for t in c.terms.iter().filter(|t| t.status != Status::Forbidden) {
                let key = (t.lang.as_str(), t.text.to_lowercase());
                if let Some(&(fc, ft)) = forbidden.get(&key) {
                    if fc != ci {
                        let f = &self.concepts[fc];
                        out.push(StatusConflict {
                            lang: t.lang.clone(),
                            approved: (c.id.clone(), t.text.clone(), t.origin.clone()),
                            forbidden: (
                                f.id.clone(),
                                f.terms[ft].text.clone(),
                                f.terms[ft].origin.clone(),
                            ),
                        });
                    }
                }
            }
        }
        out.sort_by(|a, b| {
            (&a.lang, &a.approved.0, &a.forbidden.0).cmp(&(&b.lang, &b.approved.0, &b.forbidden.0))
        });
        out
    }

    /// Checks what every loader must guarantee: unique ids, no empty term, no term that is
    /// two statuses at once in one language.
    pub fn validate(&self) -> Result<(), GlossaryError> {
        let mut ids: rustc_hash::FxHashMap<&str, &Origin> = Default::default();
        ids.reserve(self.concepts.len());
        for c in &self.concepts {
            if let Some(first) = ids.insert(&c.id, &c.origin) {
                return Err(GlossaryError::DuplicateId {
                    id: c.id.clone(),
                    first: first.clone(),
                    second: c.origin.clone(),
                });
            }
            for (i, t) in c.terms.iter().enumerate() {
                if t.text.trim().is_empty() {
                    return Err(GlossaryError::at(
                        &t.origin,
                        format!("empty term for '{}' in concept '{}'", t.lang, c.id),
                    ));
                }
                for u in &c.terms[..i] {
                    if u.lang == t.lang && u.text == t.text && u.status != t.status {
                        return Err(GlossaryError::at(
                            &t.origin,
                            format!(
                                "term '{}' is both {} and {} for '{}' in concept '{}'",
                                t.text,
                                u.status.as_str(),
                                t.status.as_str(),
                                t.lang,
                                c.id
                            ),
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}

/// The built-in glossary compiled from [`BUILTIN`] (`TERMLINT_REGENERATE=1 cargo test --test
/// builtin_compiled` writes it; the test fails when it is stale).
const BUILTIN_COMPILED: &[u8] = include_bytes!("../../glossaries/builtin.postcard");

/// The shipped glossary files, embedded in the binary.
const BUILTIN: &[(&str, &str)] = &[
    (
        "glossaries/people.toml",
        include_str!("../../glossaries/people.toml"),
    ),
    (
        "glossaries/places.toml",
        include_str!("../../glossaries/places.toml"),
    ),
    (
        "glossaries/organizations.toml",
        include_str!("../../glossaries/organizations.toml"),
    ),
    (
        "glossaries/terms.toml",
        include_str!("../../glossaries/terms.toml"),
    ),
    (
        "glossaries/regions.toml",
        include_str!("../../glossaries/regions.toml"),
    ),
    (
        "glossaries/people-west.toml",
        include_str!("../../glossaries/people-west.toml"),
    ),
    (
        "glossaries/people-world.toml",
        include_str!("../../glossaries/people-world.toml"),
    ),
    (
        "glossaries/institutions.toml",
        include_str!("../../glossaries/institutions.toml"),
    ),
    // Generated from Unicode CLDR (tests/cldr_glossary.rs): after the curated files, which
    // take precedence (a concept they have is left out of it).
    (
        "glossaries/cldr.toml",
        include_str!("../../glossaries/cldr.toml"),
    ),
];

#[cfg(test)]
mod status_conflict_tests {
    #[test]
    fn issue_12_the_builtin_glossary_never_approves_what_it_forbids() {
        let conflicts = super::Glossary::builtin().status_conflicts();
        assert!(conflicts.is_empty(), "{conflicts:#?}");
    }
}

#[cfg(test)]
mod kind_tests {
    use super::*;

    #[test]
    fn kinds_and_parts_of_speech_are_written_as_the_formats_accept_them() {
        for name in KINDS {
            assert_eq!(Kind::parse(name).map(Kind::as_str), Some(name));
        }
        for name in PARTS_OF_SPEECH {
            assert_eq!(Pos::parse(name).map(Pos::as_str), Some(name));
        }
        for name in TermType::ALL {
            assert_eq!(TermType::parse(name).map(TermType::as_str), Some(name));
        }
        for name in ["sensitive", "insensitive"] {
            assert_eq!(CaseRule::parse(name).map(CaseRule::as_str), Some(name));
        }
        assert_eq!(Kind::parse("city"), None);
    }
}
