//! The TBX loader: TBX v3 (`<tbx>`, `conceptEntry/langSec/termSec`) and TBX v2 (`<martif>`,
//! `termEntry/langSet/tig|ntig`), read into the same model.
//!
//! The file is streamed with `quick-xml` (no DOM), so large termbases load fast. DTDs are never
//! processed: a `<!DOCTYPE>` is skipped with its internal subset, and any entity reference other
//! than the five predefined ones and numeric character references is an error. That makes
//! external entities (`<!ENTITY xxe SYSTEM "file:///etc/passwd">`) and entity expansion bombs
//! harmless: nothing is ever read or expanded.
//!
//! What TBX-Basic has no data category for (validity dates, case, extra forms, related stems,
//! examples, ...) is read from elements of termlint's namespace, as [`super::write::tbx`]
//! writes them (prefix `termlint:`), so a glossary written as TBX reads back whole.

use quick_xml::events::BytesStart;
use unicode_normalization::UnicodeNormalization;

use crate::formats::xml::{Node, Xml};
use crate::formats::FormatError;

use super::{
    is_language_tag, CaseRule, Concept, Date, Example, Glossary, GlossaryError, InflectionSetting,
    Kind, Origin, Origins, Pos, Related, Status, Term, TermType, MIN_STEM,
};

/// Elements nested deeper than this are refused.
pub const MAX_DEPTH: usize = 64;

/// Parses a TBX glossary (v2 or v3); `name` is the file name used in origins and errors.
pub fn parse(name: &str, text: &str) -> Result<Glossary, GlossaryError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        file: name,
        lines: Origins::new(text),
        glossary: Glossary::default(),
        concept: None,
        lang: None,
        term: None,
        capture: None,
        stack: Vec::new(),
        root_seen: false,
    };
    let mut xml = Xml::new(text).with_max_depth(MAX_DEPTH, "expected a TBX file");
    loop {
        let node = xml.next().map_err(|e| p.format_error(e))?;
        match node {
            Node::Start { tag, range, empty } => {
                p.start(&tag, range.start, empty)?;
            }
            Node::End { .. } => p.end()?,
            Node::Text { raw, .. } => {
                if let Some(c) = p.capture.as_mut() {
                    c.text.push_str(raw);
                }
            }
            Node::Char { c: ch, .. } => {
                if let Some(c) = p.capture.as_mut() {
                    c.text.push(ch);
                }
            }
            Node::Eof => break,
        }
    }
    if !p.root_seen {
        return Err(p.error(
            0,
            "not a TBX file; expected a root element <tbx> or <martif>",
        ));
    }
    Ok(p.glossary)
}

/// The statuses of TBX's `administrativeStatus` / `normativeAuthorization`, by prefix.
const STATUSES: [(&str, Status); 4] = [
    ("preferredTerm", Status::Preferred),
    ("admittedTerm", Status::Admitted),
    ("deprecatedTerm", Status::Forbidden),
    ("supersededTerm", Status::Forbidden),
];

/// What the text being captured is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Term,
    Status,
    TermType,
    PartOfSpeech,
    Note,
    Kind,
    /// `subjectField`: a kind when it names one (`person`, `place`, ...), else a note.
    Subject,
    /// `<admin type="source">` of a concept.
    Source,
    /// termlint's own: an example sentence of the concept (`xml:lang`, `expect`).
    Example,
    /// termlint's own: a related stem, in the language of its `langSec`.
    Related,
    Case,
    ValidFrom,
    ValidUntil,
    UseInstead,
    Inflection,
    NearMisses,
    /// An extra inflected form of the term.
    Form,
    /// A part of speech TBX-Basic's list lacks (`phrase`).
    Pos,
}

struct Capture {
    field: Field,
    /// Depth of the element whose text this is.
    depth: usize,
    at: usize,
    text: String,
    /// An example's `xml:lang` and `expect`.
    lang: Option<String>,
    expect: Option<String>,
}

/// The attributes of an element the loader uses: `xml:lang`, `id`, `type`, `expect`.
struct Attrs {
    lang: Option<String>,
    id: Option<String>,
    ty: Option<String>,
    expect: Option<String>,
}

struct Open {
    role: Role,
}

/// What an open element is to the loader.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Concept,
    Lang,
    Term,
    Other,
}

struct PendingConcept {
    concept: Concept,
    /// Per term: the status given in the file, if any.
    statuses: Vec<Option<Status>>,
}

struct PendingTerm {
    term: Term,
    status: Option<Status>,
    /// The case the file gives (`termlint:case`), set over the default once the term is read.
    case: Option<CaseRule>,
    has_text: bool,
    /// Where the term's element starts: the origin of an error when it has no `<term>` (the
    /// term's own origin is its `<term>`'s).
    at: usize,
}

struct Parser<'a> {
    file: &'a str,
    lines: Origins<'a>,
    glossary: Glossary,
    concept: Option<PendingConcept>,
    /// The language of the open `langSec`/`langSet`.
    lang: Option<String>,
    term: Option<PendingTerm>,
    capture: Option<Capture>,
    stack: Vec<Open>,
    root_seen: bool,
}

impl Parser<'_> {
    /// An error of the XML reader, placed in this file.
    fn format_error(&self, e: FormatError) -> GlossaryError {
        GlossaryError::At {
            message: e.message,
            file: self.file.to_string(),
            line: e.line,
            column: e.column,
        }
    }

    fn origin(&self, offset: usize) -> Origin {
        self.lines.origin(self.file, offset)
    }

    fn error(&self, offset: usize, message: impl Into<String>) -> GlossaryError {
        GlossaryError::at(&self.origin(offset), message)
    }

    /// The character an entity reference stands for; only the predefined entities and
    /// character references have one.
    fn entity(&self, name: &str, at: usize) -> Result<char, GlossaryError> {
        crate::formats::xml::reference_char(name).map_err(|e| self.error(at, e.message(name)))
    }

    /// An attribute value with its references resolved.
    fn attr_value(&self, raw: &[u8], at: usize) -> Result<String, GlossaryError> {
        let raw = std::str::from_utf8(raw).unwrap_or_default();
        crate::formats::xml::resolve_references(
            raw,
            |name| self.entity(name, at),
            || self.error(at, crate::formats::xml::UNTERMINATED_REFERENCE),
        )
    }

    /// The attributes of an element the loader uses, resolved.
    fn attributes(&self, e: &BytesStart<'_>, at: usize) -> Result<Attrs, GlossaryError> {
        let (mut lang, mut id, mut ty, mut expect) = (None, None, None, None);
        for attr in e.attributes() {
            let attr = attr.map_err(|err| self.error(at, format!("malformed XML: {err}")))?;
            let slot = match attr.key.as_ref() {
                b"xml:lang" => &mut lang,
                b"id" => &mut id,
                b"type" => &mut ty,
                b"expect" => &mut expect,
                _ => {
                    // Not used, but an undefined entity is refused wherever it is.
                    if attr.value.contains(&b'&') {
                        self.attr_value(&attr.value, at)?;
                    }
                    continue;
                }
            };
            *slot = Some(self.attr_value(&attr.value, at)?);
        }
        Ok(Attrs {
            lang,
            id,
            ty,
            expect,
        })
    }

    fn start(&mut self, e: &BytesStart<'_>, at: usize, empty: bool) -> Result<(), GlossaryError> {
        let qname = e.name();
        let name = std::str::from_utf8(qname.as_ref()).unwrap_or_default();
        let local = name.rsplit(':').next().unwrap_or(name);
        if self.stack.len() >= MAX_DEPTH {
            return Err(self.error(
                at,
                format!("XML elements nested deeper than {MAX_DEPTH}; expected a TBX file"),
            ));
        }
        if self.stack.is_empty() {
            if self.root_seen {
                return Err(self.error(at, "malformed XML: a second root element"));
            }
            if local != "tbx" && local != "martif" {
                return Err(self.error(
                    at,
                    format!("not a TBX file: root element <{name}>; expected <tbx> or <martif>"),
                ));
            }
            self.root_seen = true;
        }
        let Attrs {
            lang,
            id,
            ty,
            expect,
        } = self.attributes(e, at)?;
        let mut role = Role::Other;
        match local {
            "conceptEntry" | "termEntry" if self.concept.is_none() => {
                role = Role::Concept;
                let n = self.glossary.concepts.len() + 1;
                let id = match id {
                    Some(id) if !id.trim().is_empty() => id.trim().to_string(),
                    _ => format!("tbx-{n}"),
                };
                self.concept = Some(PendingConcept {
                    concept: Concept {
                        id,
                        origin: self.origin(at),
                        ..Concept::default()
                    },
                    statuses: Vec::new(),
                });
            }
            "langSec" | "langSet" if self.concept.is_some() && self.lang.is_none() => {
                role = Role::Lang;
                let Some(tag) = lang else {
                    return Err(self.error(
                        at,
                        format!("<{name}> without xml:lang; expected a language tag such as en, fr, pt-BR"),
                    ));
                };
                if !is_language_tag(&tag) {
                    return Err(self.error(
                        at,
                        format!("invalid language tag '{tag}'; expected a BCP 47 tag such as en, fr, pt-BR"),
                    ));
                }
                self.lang = Some(tag);
            }
            "termSec" | "tig" | "ntig" if self.lang.is_some() && self.term.is_none() => {
                role = Role::Term;
                let lang = self.lang.as_deref().unwrap_or_default();
                let term = Term::new(lang, "", Status::Admitted);
                self.term = Some(PendingTerm {
                    term,
                    status: None,
                    case: None,
                    has_text: false,
                    at,
                });
            }
            _ if self.capture.is_none() && self.concept.is_some() => {
                let field = if local == "term" && self.term.is_some() {
                    Some(Field::Term)
                } else {
                    match local {
                        "termNote" | "descrip" | "admin" => ty.as_deref().and_then(field_of),
                        _ => field_of(name).or_else(|| field_of(local)),
                    }
                };
                if let (Some(field), false) = (field, empty) {
                    if field == Field::Term {
                        if let Some(t) = self.term.as_mut() {
                            t.term.origin = self.lines.origin(self.file, at);
                        }
                    }
                    self.capture = Some(Capture {
                        field,
                        depth: self.stack.len() + 1,
                        at,
                        text: String::new(),
                        lang,
                        expect,
                    });
                }
            }
            _ => {}
        }
        if !empty {
            self.stack.push(Open { role });
        } else if role != Role::Other {
            self.close(role)?;
        }
        Ok(())
    }

    fn end(&mut self) -> Result<(), GlossaryError> {
        let depth = self.stack.len();
        if self.capture.as_ref().is_some_and(|c| c.depth == depth) {
            if let Some(c) = self.capture.take() {
                self.store(c)?;
            }
        }
        let Some(open) = self.stack.pop() else {
            return Ok(());
        };
        self.close(open.role)
    }

    /// Stores the text of a finished field where it belongs.
    fn store(&mut self, c: Capture) -> Result<(), GlossaryError> {
        let text = if c.text.contains('\r') {
            c.text.replace("\r\n", "\n")
        } else {
            c.text
        };
        let text = text.trim();
        let level_note = |note: &mut Option<String>| {
            if !text.is_empty() {
                match note {
                    Some(n) => {
                        n.push_str("; ");
                        n.push_str(text);
                    }
                    None => *note = Some(text.to_string()),
                }
            }
        };
        let at = || self.lines.origin(self.file, c.at);
        if c.field == Field::Related {
            let lang = self.lang.clone().unwrap_or_default();
            let stem: String = text.nfc().collect();
            if lang.is_empty() || stem.chars().filter(|c| c.is_alphabetic()).count() < MIN_STEM {
                return Err(GlossaryError::at(
                    &at(),
                    format!("related stem '{stem}' is too short or outside a langSec; expected at least {MIN_STEM} letters, inside a langSec"),
                ));
            }
            if let Some(pc) = self.concept.as_mut() {
                pc.concept.related.push(Related { lang, stem });
            }
            return Ok(());
        }
        if let Some(t) = self.term.as_mut() {
            match c.field {
                Field::Term => {
                    t.term.text = if text.is_ascii() {
                        text.to_string() // ASCII is in NFC already
                    } else {
                        text.nfc().collect()
                    };
                    t.term.case = CaseRule::default_for(&t.term.text);
                    t.has_text = true;
                }
                Field::Status => t.status = Some(status_of(text).ok_or_else(|| {
                    GlossaryError::at(
                        &self.lines.origin(self.file, c.at),
                        format!(
                            "unknown administrative status '{text}'; expected one of preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts"
                        ),
                    )
                })?),
                Field::TermType => t.term.kind = term_type_of(text),
                Field::PartOfSpeech => {
                    t.term.pos = match text {
                        "properNoun" => Some(Pos::ProperNoun),
                        other => Pos::parse(other),
                    }
                }
                Field::Note => level_note(&mut t.term.note),
                Field::Subject => level_note(&mut t.term.note),
                Field::Case => {
                    t.case = Some(CaseRule::parse(text).ok_or_else(|| {
                        GlossaryError::at(
                            &at(),
                            format!("unknown case '{text}'; expected one of sensitive, insensitive"),
                        )
                    })?)
                }
                Field::ValidFrom | Field::ValidUntil => {
                    let date = Date::parse(text).ok_or_else(|| {
                        GlossaryError::at(
                            &at(),
                            format!("invalid date '{text}'; expected a date YYYY-MM-DD, such as 2019-03-23"),
                        )
                    })?;
                    if c.field == Field::ValidFrom {
                        t.term.valid_from = Some(date);
                    } else {
                        t.term.valid_until = Some(date);
                    }
                }
                Field::UseInstead => t.term.use_instead = Some(text.nfc().collect()),
                Field::Inflection => {
                    t.term.inflection = match text {
                        "auto" => InflectionSetting::Auto,
                        "none" => InflectionSetting::None,
                        _ => {
                            return Err(GlossaryError::at(
                                &at(),
                                format!("unknown inflection '{text}'; expected one of auto, none"),
                            ))
                        }
                    }
                }
                Field::NearMisses => {
                    t.term.near_misses = match text {
                        "true" => true,
                        "false" => false,
                        _ => {
                            return Err(GlossaryError::at(
                                &at(),
                                format!("unknown nearMisses '{text}'; expected true or false"),
                            ))
                        }
                    }
                }
                Field::Form => t.term.forms.push(text.nfc().collect()),
                Field::Pos => t.term.pos = Pos::parse(text),
                Field::Kind | Field::Source | Field::Example | Field::Related => {}
            }
            if c.field != Field::Kind {
                return Ok(());
            }
        }
        let Some(pc) = self.concept.as_mut() else {
            return Ok(());
        };
        match c.field {
            Field::Note => level_note(&mut pc.concept.note),
            Field::Kind if !text.is_empty() => {
                pc.concept.kind = Some(Kind::parse(text).unwrap_or(Kind::Other))
            }
            Field::Source => level_note(&mut pc.concept.source),
            Field::Example => {
                let lang = match c.lang {
                    Some(lang) if is_language_tag(&lang) => lang,
                    _ => {
                        return Err(GlossaryError::at(
                            &at(),
                            "example without a valid xml:lang; expected a BCP 47 tag such as en, fr, pt-BR",
                        ))
                    }
                };
                let expect = c.expect.unwrap_or_else(|| "none".to_string());
                pc.concept.examples.push(Example {
                    lang,
                    text: text.nfc().collect(),
                    expect: (expect != "none").then_some(expect),
                    origin: at(),
                });
            }
            Field::Subject => {
                // A subject field that names a kind (`person`) says how the names inflect
                // (Russian surnames: `Лавровым`).
                let kind = Kind::parse(&text.trim().to_lowercase());
                if pc.concept.kind.is_none() && kind.is_some() {
                    pc.concept.kind = kind;
                } else {
                    level_note(&mut pc.concept.note);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Finishes a concept, language or term element.
    fn close(&mut self, role: Role) -> Result<(), GlossaryError> {
        match role {
            Role::Term => {
                let Some(t) = self.term.take() else {
                    return Ok(());
                };
                if !t.has_text {
                    return Err(GlossaryError::at(
                        &self.origin(t.at),
                        "term entry without a <term>; expected <term>...</term>",
                    ));
                }
                let mut t = t;
                if let Some(case) = t.case {
                    t.term.case = case;
                    t.term.case_given = true;
                }
                if let (Some(from), Some(until)) = (t.term.valid_from, t.term.valid_until) {
                    if until < from {
                        return Err(GlossaryError::at(
                            &self.origin(t.at),
                            format!("term '{}' is valid until {until}, before it is valid from {from}; expected from <= until", t.term.text),
                        ));
                    }
                }
                if let Some(pc) = self.concept.as_mut() {
                    pc.concept.terms.push(t.term);
                    pc.statuses.push(t.status);
                }
            }
            Role::Lang => self.lang = None,
            Role::Concept => {
                let Some(mut pc) = self.concept.take() else {
                    return Ok(());
                };
                resolve_statuses(&mut pc);
                pc.concept.terms.shrink_to_fit();
                self.glossary.concepts.push(pc.concept);
            }
            Role::Other => {}
        }
        Ok(())
    }
}

/// Which field a data category (`type` attribute or element name) fills.
fn field_of(category: &str) -> Option<Field> {
    Some(match category {
        "administrativeStatus" | "normativeAuthorization" => Field::Status,
        "termType" => Field::TermType,
        "partOfSpeech" => Field::PartOfSpeech,
        "definition" | "note" => Field::Note,
        "subjectField" => Field::Subject,
        "kind" | "termlint:kind" => Field::Kind,
        "source" => Field::Source,
        "termlint:example" => Field::Example,
        "termlint:related" => Field::Related,
        "termlint:case" => Field::Case,
        "termlint:validFrom" => Field::ValidFrom,
        "termlint:validUntil" => Field::ValidUntil,
        "termlint:useInstead" => Field::UseInstead,
        "termlint:inflection" => Field::Inflection,
        "termlint:nearMisses" => Field::NearMisses,
        "termlint:form" => Field::Form,
        "termlint:partOfSpeech" => Field::Pos,
        _ => return None,
    })
}

fn status_of(value: &str) -> Option<Status> {
    STATUSES
        .iter()
        .find(|(prefix, _)| value.starts_with(prefix))
        .map(|&(_, s)| s)
}

fn term_type_of(value: &str) -> TermType {
    match value {
        "abbreviation" => TermType::Abbreviation,
        "acronym" | "initialism" => TermType::Acronym,
        "shortForm" | "short" => TermType::Short,
        "variant" => TermType::Variant,
        _ => TermType::Full,
    }
}

/// A term without a status is preferred when it is the only term in its language, else
/// admitted (CONTRACT.md).
fn resolve_statuses(pc: &mut PendingConcept) {
    let terms = &mut pc.concept.terms;
    for i in 0..terms.len() {
        terms[i].status = match pc.statuses[i] {
            Some(s) => s,
            None => {
                let lang = &terms[i].lang;
                let alone = terms.iter().filter(|t| &t.lang == lang).count() == 1;
                if alone {
                    Status::Preferred
                } else {
                    Status::Admitted
                }
            }
        };
    }
}
