//! The TOML loader: the project's own glossary format, documented in `docs/glossary-format.md`.
//!
//! The file is parsed with `toml`'s spanned document parser, so every concept, term and error
//! keeps its place in the file. Unknown keys are errors naming the keys that are allowed.

use std::borrow::Cow;

use ::toml::de::{DeArray, DeTable, DeValue};
use ::toml::Spanned;
use unicode_normalization::UnicodeNormalization;

use super::{
    is_concept_id, is_language_tag, CaseRule, Concept, Date, Example, Glossary, GlossaryError,
    InflectionSetting, Kind, Origin, Origins, Pos, Related, Status, Term, TermType, KINDS,
    MIN_STEM, PARTS_OF_SPEECH,
};

/// Parses a TOML glossary; `name` is the file name used in origins and errors.
pub fn parse(name: &str, text: &str) -> Result<Glossary, GlossaryError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let cx = Cx {
        file: name,
        lines: Origins::new(text),
    };
    let doc = DeTable::parse(text).map_err(|e| {
        let at = cx.origin(e.span().map_or(0, |s| s.start));
        let message = e.message().trim().replace('\n', " ");
        GlossaryError::at(&at, format!("TOML syntax error: {message}"))
    })?;
    let mut glossary = Glossary::default();
    for (key, value) in sorted(doc.get_ref()) {
        match key.get_ref().as_ref() {
            "glossary" => cx.header(value)?,
            "concept" => {
                let DeValue::Array(items) = value.get_ref() else {
                    return Err(cx.expected(value, "an array of tables ([[concept]])"));
                };
                for item in items.iter() {
                    glossary.concepts.push(cx.concept(item)?);
                }
            }
            other => return Err(cx.unknown_key(key, other, &["glossary", "concept"])),
        }
    }
    Ok(glossary)
}

const HEADER_KEYS: [&str; 4] = ["name", "description", "source", "license"];
const CONCEPT_KEYS: [&str; 7] = [
    "id",
    "kind",
    "note",
    "source",
    "case",
    "near_misses",
    "examples",
];
const LANG_KEYS: [&str; 7] = [
    "preferred",
    "admitted",
    "forbidden",
    "terms",
    "related",
    "case",
    "note",
];
const TERM_KEYS: [&str; 10] = [
    "term",
    "case",
    "note",
    "pos",
    "type",
    "from",
    "until",
    "use",
    "inflection",
    "forms",
];
const EXAMPLE_KEYS: [&str; 3] = ["lang", "text", "expect"];
const CASES: [&str; 2] = ["sensitive", "insensitive"];
const INFLECTIONS: [&str; 2] = ["auto", "none"];

type Entry<'t, 'i> = (&'t Spanned<Cow<'i, str>>, &'t Spanned<DeValue<'i>>);

/// The entries of a table in the order they are written (the parser keeps them sorted by key).
fn sorted<'t, 'i>(table: &'t DeTable<'i>) -> Vec<Entry<'t, 'i>> {
    let mut entries: Vec<Entry<'t, 'i>> = table.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
}

/// The file being read.
struct Cx<'a> {
    file: &'a str,
    lines: Origins<'a>,
}

/// Defaults a language table passes down to its terms.
#[derive(Clone, Copy)]
struct Inherited {
    case: Option<CaseRule>,
}

impl Cx<'_> {
    fn origin(&self, offset: usize) -> Origin {
        self.lines.origin(self.file, offset)
    }

    fn err<T>(&self, at: &Spanned<T>, message: impl Into<String>) -> GlossaryError {
        GlossaryError::at(&self.origin(at.span().start), message)
    }

    fn unknown_key(
        &self,
        key: &Spanned<Cow<'_, str>>,
        name: &str,
        allowed: &[&str],
    ) -> GlossaryError {
        self.err(
            key,
            format!(
                "unknown key '{name}'; expected one of {}",
                allowed.join(", ")
            ),
        )
    }

    fn expected(&self, value: &Spanned<DeValue<'_>>, what: &str) -> GlossaryError {
        self.err(
            value,
            format!("expected {what}, found {}", value.get_ref().type_str()),
        )
    }

    fn string<'v>(&self, value: &'v Spanned<DeValue<'_>>) -> Result<&'v str, GlossaryError> {
        match value.get_ref() {
            DeValue::String(s) => Ok(s),
            _ => Err(self.expected(value, "a string")),
        }
    }

    fn boolean(&self, value: &Spanned<DeValue<'_>>) -> Result<bool, GlossaryError> {
        match value.get_ref() {
            DeValue::Boolean(b) => Ok(*b),
            _ => Err(self.expected(value, "true or false")),
        }
    }

    fn array<'v, 'i>(
        &self,
        value: &'v Spanned<DeValue<'i>>,
    ) -> Result<&'v DeArray<'i>, GlossaryError> {
        match value.get_ref() {
            DeValue::Array(a) => Ok(a),
            _ => Err(self.expected(value, "a list")),
        }
    }

    fn table<'v, 'i>(
        &self,
        value: &'v Spanned<DeValue<'i>>,
        what: &str,
    ) -> Result<&'v DeTable<'i>, GlossaryError> {
        match value.get_ref() {
            DeValue::Table(t) => Ok(t),
            _ => Err(self.expected(value, what)),
        }
    }

    /// A string value that must be one of `allowed`.
    fn one_of<'v>(
        &self,
        value: &'v Spanned<DeValue<'_>>,
        what: &str,
        allowed: &[&str],
    ) -> Result<&'v str, GlossaryError> {
        let s = self.string(value)?;
        if allowed.contains(&s) {
            Ok(s)
        } else {
            Err(self.err(
                value,
                format!(
                    "unknown {what} '{s}'; expected one of {}",
                    allowed.join(", ")
                ),
            ))
        }
    }

    fn case(&self, value: &Spanned<DeValue<'_>>) -> Result<CaseRule, GlossaryError> {
        let s = self.one_of(value, "case", &CASES)?;
        Ok(CaseRule::parse(s).unwrap_or(CaseRule::Sensitive))
    }

    fn date(&self, value: &Spanned<DeValue<'_>>) -> Result<Date, GlossaryError> {
        let written = match value.get_ref() {
            DeValue::String(s) => s.to_string(),
            DeValue::Datetime(d) => d.to_string(),
            _ => return Err(self.expected(value, "a date (YYYY-MM-DD)")),
        };
        Date::parse(&written).ok_or_else(|| {
            self.err(
                value,
                format!("invalid date '{written}'; expected a date YYYY-MM-DD, such as 2019-03-23"),
            )
        })
    }

    /// The optional `[glossary]` table: checked, not kept.
    fn header(&self, value: &Spanned<DeValue<'_>>) -> Result<(), GlossaryError> {
        let table = self.table(value, "a table ([glossary])")?;
        for (key, value) in sorted(table) {
            if !HEADER_KEYS.contains(&key.get_ref().as_ref()) {
                return Err(self.unknown_key(key, key.get_ref(), &HEADER_KEYS));
            }
            self.string(value)?;
        }
        Ok(())
    }

    fn concept(&self, value: &Spanned<DeValue<'_>>) -> Result<Concept, GlossaryError> {
        let table = self.table(value, "a table ([[concept]])")?;
        let mut concept = Concept {
            origin: self.origin(value.span().start),
            ..Concept::default()
        };
        let entries = sorted(table);
        // Concept-wide settings first: a language table may come before `case` in the file.
        let mut case = None;
        let mut near_misses = true;
        for (key, value) in &entries {
            match key.get_ref().as_ref() {
                "id" => {
                    let id = self.string(value)?;
                    if !is_concept_id(id) {
                        return Err(self.err(
                            value,
                            format!(
                                "invalid concept id '{id}'; expected lower-case letters, digits, '_', '-', '.'"
                            ),
                        ));
                    }
                    concept.id = id.to_string();
                }
                "kind" => concept.kind = Kind::parse(self.one_of(value, "kind", &KINDS)?),
                "note" => concept.note = Some(self.string(value)?.to_string()),
                "source" => concept.source = Some(self.string(value)?.to_string()),
                "case" => case = Some(self.case(value)?),
                "near_misses" => near_misses = self.boolean(value)?,
                "examples" => {
                    for item in self.array(value)?.iter() {
                        concept.examples.push(self.example(item)?);
                    }
                }
                _ => {}
            }
        }
        if concept.id.is_empty() {
            return Err(GlossaryError::at(
                &concept.origin,
                "concept without an id; expected a key id = \"...\" (lower-case letters, digits, '_', '-', '.')",
            ));
        }
        let inherited = Inherited { case };
        for (key, value) in &entries {
            let lang = key.get_ref().as_ref();
            if CONCEPT_KEYS.contains(&lang) {
                continue;
            }
            if !is_language_tag(lang) {
                return Err(self.err(
                    key,
                    format!(
                        "unknown key or invalid language tag '{lang}'; expected one of {}, or a BCP 47 language tag such as en, fr, pt-BR",
                        CONCEPT_KEYS.join(", ")
                    ),
                ));
            }
            self.language(lang, value, inherited, &mut concept)?;
        }
        for term in &mut concept.terms {
            term.near_misses = near_misses;
        }
        Ok(concept)
    }

    fn example(&self, value: &Spanned<DeValue<'_>>) -> Result<Example, GlossaryError> {
        let table = self.table(value, "an example table { lang, text, expect }")?;
        let (mut lang, mut text, mut expect) = (None, None, None);
        let mut origin = self.origin(value.span().start);
        for (key, value) in sorted(table) {
            match key.get_ref().as_ref() {
                "lang" => {
                    let tag = self.string(value)?;
                    if !is_language_tag(tag) {
                        return Err(self.err(
                            value,
                            format!("invalid language tag '{tag}'; expected a BCP 47 tag such as en, fr, pt-BR"),
                        ));
                    }
                    lang = Some(tag.to_string());
                }
                "text" => text = Some(self.string(value)?.nfc().collect::<String>()),
                "expect" => {
                    // A rule id: the registry is above the glossary, so the pipeline's loader
                    // checks it against the rules there are (`check::validate_examples`).
                    let rule = self.string(value)?;
                    origin = self.origin(value.span().start);
                    expect = Some((rule != "none").then(|| rule.to_string()));
                }
                other => return Err(self.unknown_key(key, other, &EXAMPLE_KEYS)),
            }
        }
        let missing = |k: &str| {
            self.err(
                value,
                format!("example without '{k}'; expected the keys lang, text, expect"),
            )
        };
        Ok(Example {
            lang: lang.ok_or_else(|| missing("lang"))?,
            text: text.ok_or_else(|| missing("text"))?,
            expect: expect.ok_or_else(|| missing("expect"))?,
            origin,
        })
    }

    /// The value of a language key: one preferred term, or a language table.
    fn language(
        &self,
        lang: &str,
        value: &Spanned<DeValue<'_>>,
        inherited: Inherited,
        concept: &mut Concept,
    ) -> Result<(), GlossaryError> {
        let out = &mut concept.terms;
        let table = match value.get_ref() {
            DeValue::String(_) => {
                out.push(self.term(lang, value, Status::Preferred, inherited, false)?);
                return Ok(());
            }
            DeValue::Table(t) => t,
            _ => {
                return Err(
                    self.expected(value, "a string (the preferred term) or a table of terms")
                )
            }
        };
        let entries = sorted(table);
        let mut inherited = inherited;
        for (key, value) in &entries {
            if key.get_ref().as_ref() == "case" {
                inherited.case = Some(self.case(value)?);
            }
        }
        let mut lang_note = None;
        for (key, value) in &entries {
            let status = match key.get_ref().as_ref() {
                "preferred" => Status::Preferred,
                "admitted" => Status::Admitted,
                "forbidden" => Status::Forbidden,
                "terms" => {
                    for item in self.array(value)?.iter() {
                        out.push(self.term(lang, item, Status::Preferred, inherited, true)?);
                    }
                    continue;
                }
                "related" => {
                    for item in self.array(value)?.iter() {
                        let stem: String = self.string(item)?.nfc().collect();
                        if stem.chars().filter(|c| c.is_alphabetic()).count() < MIN_STEM {
                            return Err(self.err(
                                item,
                                format!("related stem '{stem}' is too short; expected at least {MIN_STEM} letters"),
                            ));
                        }
                        concept.related.push(Related {
                            lang: lang.to_string(),
                            stem,
                        });
                    }
                    continue;
                }
                "case" => continue,
                "note" => {
                    lang_note = Some(self.string(value)?.to_string());
                    continue;
                }
                other => return Err(self.unknown_key(key, other, &LANG_KEYS)),
            };
            match value.get_ref() {
                // One term, as a string or a term table; or a list of them.
                DeValue::String(_) | DeValue::Table(_) => {
                    out.push(self.term(lang, value, status, inherited, false)?);
                }
                DeValue::Array(items) => {
                    for item in items.iter() {
                        out.push(self.term(lang, item, status, inherited, false)?);
                    }
                }
                _ => return Err(self.expected(value, "a term, a term table or a list of terms")),
            }
        }
        if let Some(note) = lang_note {
            for t in out
                .iter_mut()
                .filter(|t| t.lang == lang && t.note.is_none())
            {
                t.note = Some(note.clone());
            }
        }
        Ok(())
    }

    /// A term: a string, or a term table (with a `status` when `explicit`, in `terms`).
    fn term(
        &self,
        lang: &str,
        value: &Spanned<DeValue<'_>>,
        status: Status,
        inherited: Inherited,
        explicit: bool,
    ) -> Result<Term, GlossaryError> {
        let origin = self.origin(value.span().start);
        let table = match value.get_ref() {
            DeValue::String(s) if !explicit => {
                let text: String = s.nfc().collect();
                let mut term = Term::new(lang, &text, status);
                term.case = inherited.case.unwrap_or(term.case);
                term.case_given = inherited.case.is_some();
                term.origin = origin;
                return Ok(term);
            }
            DeValue::Table(t) => t,
            _ if explicit => {
                return Err(
                    self.expected(value, "a term table { term = \"...\", status = \"...\" }")
                )
            }
            _ => return Err(self.expected(value, "a string or a term table { term = \"...\" }")),
        };
        let mut term = Term::new(lang, "", status);
        term.origin = origin;
        let (mut text, mut case, mut has_status) = (None, None, false);
        for (key, value) in sorted(table) {
            match key.get_ref().as_ref() {
                "term" => text = Some(self.string(value)?.nfc().collect::<String>()),
                "status" if explicit => {
                    let s = self.one_of(value, "status", &Status::ALL)?;
                    term.status = Status::parse(s).unwrap_or(Status::Preferred);
                    has_status = true;
                }
                "case" => case = Some(self.case(value)?),
                "note" => term.note = Some(self.string(value)?.to_string()),
                "pos" => {
                    term.pos = Pos::parse(self.one_of(value, "part of speech", &PARTS_OF_SPEECH)?)
                }
                "type" => {
                    let s = self.one_of(value, "type", &TermType::ALL)?;
                    term.kind = TermType::parse(s).unwrap_or_default();
                }
                "from" => term.valid_from = Some(self.date(value)?),
                "until" => term.valid_until = Some(self.date(value)?),
                "use" => term.use_instead = Some(self.string(value)?.nfc().collect()),
                "inflection" => {
                    let s = self.one_of(value, "inflection", &INFLECTIONS)?;
                    term.inflection = if s == "none" {
                        InflectionSetting::None
                    } else {
                        InflectionSetting::Auto
                    };
                }
                "forms" => {
                    for form in self.array(value)?.iter() {
                        term.forms.push(self.string(form)?.nfc().collect());
                    }
                }
                other => {
                    let mut allowed = TERM_KEYS.to_vec();
                    if explicit {
                        allowed.insert(1, "status");
                    }
                    return Err(self.unknown_key(key, other, &allowed));
                }
            }
        }
        let Some(text) = text else {
            return Err(self.err(value, "term table without 'term'; expected term = \"...\""));
        };
        if explicit && !has_status {
            return Err(self.err(
                value,
                format!(
                    "term '{text}' in 'terms' without 'status'; expected one of {}",
                    Status::ALL.join(", ")
                ),
            ));
        }
        if let (Some(from), Some(until)) = (term.valid_from, term.valid_until) {
            if until < from {
                return Err(self.err(
                    value,
                    format!("term '{text}' is valid until {until}, before it is valid from {from}; expected from <= until"),
                ));
            }
        }
        term.case_given = case.is_some() || inherited.case.is_some();
        term.case = case
            .or(inherited.case)
            .unwrap_or_else(|| CaseRule::default_for(&text));
        term.text = text;
        Ok(term)
    }
}
